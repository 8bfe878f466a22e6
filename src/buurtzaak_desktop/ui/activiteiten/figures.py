"""Figures per activity and month for a year, the unique participants over the year, and the follow-up list."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QSpinBox, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.activiteiten.figures import FiguresService, MonthFigures
from buurtzaak_desktop.services.activiteiten.followup import FollowUp, FollowUpService
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.activiteiten.widgets import button, table
from buurtzaak_desktop.ui.dates import month_name
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, operations
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class FiguresView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = QSpinBox(self)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.setRange(2000, 2100)
        self.year.setValue(now_local().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.total = QLabel(self)
        self.model: RowTableModel[MonthFigures] = RowTableModel(
            [
                Column(self.tr("Activiteit"), lambda f: f.activity),
                Column(self.tr("Maand"), lambda f: month_name(f.month.month)),
                Column(self.tr("Gehouden"), lambda f: f.sessions_held, align_right=True),
                Column(self.tr("Niet doorgegaan"), lambda f: f.sessions_cancelled, align_right=True),
                Column(self.tr("Bezoeken"), lambda f: f.visits, align_right=True),
                Column(self.tr("Unieke deelnemers"), lambda f: f.unique_participants, align_right=True),
                Column(self.tr("Nieuw"), lambda f: f.new_participants, align_right=True),
                Column(self.tr("Gemiddeld"), lambda f: f"{f.average_attendance:.1f}", align_right=True),
                Column(self.tr("Verwacht"), lambda f: f.expected, align_right=True),
                Column(
                    self.tr("T.o.v. verwacht"),
                    lambda f: "" if f.attendance_vs_expected is None else f"{f.attendance_vs_expected:.0%}",
                    align_right=True,
                ),
            ],
            self,
        )
        self.table = table(self.tr("Cijfers per activiteit en maand"), self)
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jaar:"), self))
        top.addWidget(self.year)
        top.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        first, end = date(self.year.value(), 1, 1), date(self.year.value() + 1, 1, 1)
        months, total = FiguresService(self.context.database).period(first, end)
        self.model.set_rows(months)
        self.total.setText(
            self.tr("{held} bijeenkomsten gehouden, {visits} bezoeken, {unique} unieke deelnemers in {year}").format(
                held=total.sessions_held, visits=total.visits, unique=total.unique_participants, year=self.year.value()
            )
        )
        self.table.resizeColumnsToContents()


class FollowUpView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = FollowUpService(context.database)
        self.model: RowTableModel[FollowUp] = RowTableModel(
            [
                Column(self.tr("Activiteit"), lambda f: f.activity),
                Column(self.tr("Naam"), lambda f: f.name),
                Column(self.tr("Telefoon"), lambda f: f.phone),
                Column(self.tr("Laatst geweest"), lambda f: f"{f.last_seen:%d-%m-%Y}" if f.last_seen else ""),
                Column(self.tr("Gemist"), lambda f: f.missed, align_right=True),
            ],
            self,
        )
        self.table = table(self.tr("Nabellen"), self)
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _i: self.called())
        explanation = QLabel(
            self.tr("Vaste deelnemers die de laatste bijeenkomsten hebben gemist: even bellen hoe het gaat."), self
        )
        explanation.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(explanation, 1)
        top.addWidget(button(self.tr("&Gebeld…"), self, self.called))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.model.set_rows(self.service.list())
        self.table.resizeColumnsToContents()

    def called(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index)
        note, ok = QInputDialog.getText(
            self, self.tr("Gebeld"), self.tr("Notitie bij het gesprek met {name}:").format(name=row.name)
        )
        if not ok:
            return
        if operations().ok(
            self,
            lambda: self.service.mark_called(row.activity_id, row.participant_id, now_local().date(), note),
            {ACTIVITEITEN},
            self.tr("Gebeld: {name}").format(name=row.name),
        ):
            self.refresh()
