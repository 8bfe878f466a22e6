"""POP-gesprekken: who is overdue, planning a talk and recording one as held (with a short note)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.pop import OverdueTalk, hold_talk, overdue_talks, plan_talk
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import attempt, date_edit, from_qdate, notify_changed, table


class PopPanel(QWidget):
    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        heading = QLabel(self.tr("POP-gesprekken te laat (twee per jaar)"), self)
        heading.setProperty("role", "heading")
        self.model: RowTableModel[OverdueTalk] = RowTableModel(
            [
                Column(self.tr("Naam"), lambda row: row.name),
                Column(self.tr("Te laat sinds"), lambda row: f"{row.due_since:%d-%m-%Y}"),
                Column(self.tr("Laatste gesprek"), lambda row: f"{row.last_held:%d-%m-%Y}" if row.last_held else ""),
            ],
            self,
        )
        self.table = table(self, self.tr("POP-gesprekken te laat"), stretch=0)
        self.table.setModel(self.model)
        self.day = date_edit(self, today + timedelta(days=14), self.tr("Datum"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Korte notitie"))
        self.note.setPlaceholderText(self.tr("korte notitie (alleen voor de coördinator)"))
        self.plan_button = self._button(self.tr("Gesprek &plannen"), self.plan)
        self.held_button = self._button(self.tr("Gesprek &gehouden"), self.held)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Datum"), self)
        caption.setBuddy(self.day)
        row.addWidget(caption)
        row.addWidget(self.day)
        row.addWidget(self.note, 1)
        row.addWidget(self.plan_button)
        row.addWidget(self.held_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        self.model.set_rows(overdue_talks(self.context.database, self.today))
        self.table.resizeColumnsToContents()

    def selected(self) -> OverdueTalk | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def plan(self) -> None:
        row = self.selected()
        if row and attempt(
            self, lambda: plan_talk(self.context.database, row.volunteer_id, from_qdate(self.day.date()))
        ):
            self._changed()

    def held(self) -> None:
        row = self.selected()
        day = min(from_qdate(self.day.date()), self.today)
        if row and attempt(self, lambda: hold_talk(self.context.database, row.volunteer_id, day, self.note.text())):
            self.note.clear()
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        notify_changed(self)
