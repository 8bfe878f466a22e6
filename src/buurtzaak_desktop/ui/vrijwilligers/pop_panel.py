"""POP-gesprekken: who is overdue, planning a talk and recording one as held (with a short note).

The notes are for the coordinator: the list of talks says only whether there is one, and shows the text after the
coordinator's PIN is typed; leaving the sub-tab hides them again.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.pop import (
    OverdueTalk,
    TalkRow,
    has_coordinator_pin,
    hold_talk,
    list_talks,
    overdue_talks,
    plan_talk,
    read_notes,
    set_coordinator_pin,
)
from buurtzaak_desktop.ui.operations import VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import Messages, date_edit, table

AREAS = frozenset({VRIJWILLIGERS})


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
                Column(self.tr("Gepland op"), lambda row: f"{row.planned_on:%d-%m-%Y}" if row.planned_on else ""),
            ],
            self,
        )
        self.table = table(self, self.tr("POP-gesprekken te laat"), stretch=0)
        self.table.setModel(self.model)
        self.day = date_edit(self, today + timedelta(days=14), self.tr("Datum"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Korte notitie"))
        self.note.setPlaceholderText(self.tr("korte notitie (alleen voor de coördinator)"))
        self.notes: dict[int, str] = {}
        self.talks: RowTableModel[TalkRow] = RowTableModel(
            [
                Column(self.tr("Naam"), lambda row: row.name),
                Column(self.tr("Gepland"), lambda row: f"{row.planned_on:%d-%m-%Y}"),
                Column(self.tr("Gehouden"), lambda row: f"{row.held_on:%d-%m-%Y}" if row.held_on else ""),
                Column(self.tr("Notitie"), self._note),
            ],
            self,
        )
        self.talk_table = table(self, self.tr("POP-gesprekken"), stretch=3)
        self.talk_table.setModel(self.talks)
        self.notes_button = self._button(self.tr("&Notities tonen (coördinator)…"), self.ask_pin)
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
        talks_heading = QLabel(self.tr("Gesprekken van het afgelopen jaar en gepland"), self)
        talks_heading.setProperty("role", "heading")
        notes_row = QHBoxLayout()
        notes_row.addWidget(talks_heading, 1)
        notes_row.addWidget(self.notes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(notes_row)
        layout.addWidget(self.talk_table, 1)

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _note(self, row: TalkRow) -> str:
        if not row.has_note:
            return ""
        return self.notes.get(row.id, self.tr("(verborgen)"))

    def refresh(self) -> None:
        self.model.set_rows(overdue_talks(self.context.database, self.today))
        self.table.resizeColumnsToContents()
        self.talks.set_rows(list_talks(self.context.database, self.today))
        self.talk_table.resizeColumnsToContents()

    def hideEvent(self, event) -> None:
        """Leaving the sub-tab (or the tab) hides the notes again."""
        self.hide_notes()
        super().hideEvent(event)

    def hide_notes(self) -> None:
        if self.notes:
            self.notes = {}
            self.talks.set_rows(list(self.talks._rows))

    def ask_pin(self) -> None:
        """First use: the coordinator chooses a PIN; then the PIN shows the notes."""
        if not has_coordinator_pin(self.context.database) and not self._set_pin():
            return
        pin, ok = QInputDialog.getText(
            self, self.tr("Notities tonen"), self.tr("Pincode van de coördinator:"), QLineEdit.EchoMode.Password
        )
        if ok:
            self.show_notes(pin)

    def _set_pin(self) -> bool:
        title = self.tr("Pincode instellen")
        pin, ok = QInputDialog.getText(
            self,
            title,
            self.tr("Kies als coördinator een pincode (minstens 6 tekens) die de POP-notities toont:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        again, ok = QInputDialog.getText(
            self, title, self.tr("Dezelfde pincode nog eens:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return False
        if pin != again:
            Messages(self).refuse_text(self, self.tr("De twee pincodes zijn niet gelijk."))
            return False
        return operations().ok(self, lambda: set_coordinator_pin(self.context.database, pin), AREAS)

    def show_notes(self, pin: str) -> bool:
        ids = [row.id for row in self.talks._rows if row.has_note]
        notes = operations().run(self, lambda: read_notes(self.context.database, pin, ids))
        if notes is None:
            return False
        self.notes = notes
        self.talks.set_rows(list(self.talks._rows))
        self.talk_table.resizeColumnsToContents()
        return True

    def selected(self) -> OverdueTalk | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def plan(self) -> None:
        row = self.selected()
        if row and operations().run(
            self, lambda: plan_talk(self.context.database, row.volunteer_id, from_qdate(self.day.date())), AREAS
        ):
            self._changed()

    def held(self) -> None:
        row = self.selected()
        day = min(from_qdate(self.day.date()), self.today)
        if row and operations().run(
            self, lambda: hold_talk(self.context.database, row.volunteer_id, day, self.note.text()), AREAS
        ):
            self.note.clear()
            self._changed()

    def _changed(self) -> None:
        self.refresh()
