"""Follow-ups due this week, referrals to chase, and running trajecten."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.spreekuur.flows import OUTCOMES, PHASE_LABELS, REFERRAL_LABELS
from buurtzaak_desktop.services.spreekuur import referrals, trajecten, visits
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


def _core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def table_view(name: str, model: RowTableModel) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # short lists: names stay readable
    header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView, model: RowTableModel):
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0]) if rows else None


class FollowUpView(QWidget):
    """Follow-ups due this week (overdue ones first) and referrals without news."""

    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.follow_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Opvolgen op"), lambda f: f.due_on.strftime("%d-%m-%Y")),
                Column(self.tr("Bewoner"), lambda f: f.resident_name),
                Column(self.tr("Geholpen door"), lambda f: f.helped_by),
                Column(self.tr("Thema's"), lambda f: ", ".join(_core(t) for t in f.themes)),
            ],
            self,
        )
        self.follow_view = table_view(self.tr("Opvolgen deze week"), self.follow_model)
        self.done_button = named(QPushButton(self.tr("Opgevolgd")), self.tr("Opgevolgd"))
        self.chase_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Bewoner"), lambda r: r.resident_name),
                Column(self.tr("Organisatie"), lambda r: r.partner),
                Column(self.tr("Stand"), lambda r: _core(REFERRAL_LABELS[r.status])),
                Column(self.tr("Laatste nieuws"), lambda r: r.last_news_on.strftime("%d-%m-%Y")),
            ],
            self,
        )
        self.chase_view = table_view(self.tr("Doorverwijzingen zonder nieuws"), self.chase_model)
        self.show_all = named(
            QCheckBox(self.tr("Alle lopende doorverwijzingen tonen")), self.tr("Alle lopende doorverwijzingen tonen")
        )
        self.status_choice = named(QComboBox(), self.tr("Nieuwe stand"))
        for code, label in REFERRAL_LABELS.items():
            self.status_choice.addItem(_core(label), code)
        self.status_button = named(QPushButton(self.tr("Stand bijwerken")), self.tr("Stand bijwerken"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Opvolgen deze week")))
        layout.addWidget(self.follow_view)
        layout.addWidget(self.done_button)
        chase_header = QHBoxLayout()
        chase_header.addWidget(QLabel(self.tr("Doorverwijzingen zonder nieuws")))
        chase_header.addStretch(1)
        chase_header.addWidget(self.show_all)
        layout.addLayout(chase_header)
        layout.addWidget(self.chase_view)
        row = QHBoxLayout()
        row.addWidget(self.status_choice)
        row.addWidget(self.status_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.done_button.clicked.connect(self._done)
        self.status_button.clicked.connect(self._update_status)
        self.show_all.toggled.connect(self.refresh)

    def refresh(self) -> None:
        today = now_local().date()
        self.follow_model.set_rows(visits.follow_ups_this_week(self.database, today))
        self.chase_model.set_rows(
            referrals.running_referrals(self.database, today, without_news_only=not self.show_all.isChecked())
        )

    def _done(self) -> None:
        row = selected_row(self.follow_view, self.follow_model)
        if row and operations().ok(
            self, lambda: visits.mark_follow_up_done(self.database, row.visit_id, self.actor()), AREAS
        ):
            self.refresh()

    def _update_status(self) -> None:
        row = selected_row(self.chase_view, self.chase_model)
        status = self.status_choice.currentData()
        if row and operations().ok(
            self, lambda: referrals.set_status(self.database, row.id, status, now_local().date(), self.actor()), AREAS
        ):
            self.refresh()


class TrajectView(QWidget):
    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Bewoner"), lambda t: t.resident_name),
                Column(self.tr("Gestart"), lambda t: t.opened_on.strftime("%d-%m-%Y")),
                Column(self.tr("Fase"), lambda t: _core(PHASE_LABELS[t.phase])),
                Column(self.tr("Sinds"), lambda t: t.phase_since.strftime("%d-%m-%Y")),
            ],
            self,
        )
        self.view = table_view(self.tr("Lopende trajecten"), self.model)
        self.next_button = named(QPushButton(self.tr("Volgende fase")), self.tr("Volgende fase"))
        self.outcome = named(QComboBox(), self.tr("Uitkomst"))
        for code, label in OUTCOMES.items():
            self.outcome.addItem(_core(label), code)
        self.close_button = named(QPushButton(self.tr("Afsluiten")), self.tr("Afsluiten"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        for widget in (self.next_button, self.outcome, self.close_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self._close)

    def refresh(self) -> None:
        self.model.set_rows(trajecten.list_trajecten(self.database))

    def _next(self) -> None:
        row = selected_row(self.view, self.model)
        if row and operations().ok(
            self,
            lambda: trajecten.advance_phase(self.database, row.id, now_local().date(), self.actor(), row.version),
            AREAS,
        ):
            self.refresh()

    def _close(self) -> None:
        row = selected_row(self.view, self.model)
        outcome = self.outcome.currentData()
        if row and operations().ok(
            self,
            lambda: trajecten.close_traject(
                self.database, row.id, now_local().date(), outcome, self.actor(), row.version
            ),
            AREAS,
        ):
            self.refresh()
