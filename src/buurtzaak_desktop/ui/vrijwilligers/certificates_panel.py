"""The panel 'verloopt binnen 60 dagen / verlopen', and adding a certificate."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.vrijwilligers.certificates import CertificateState, add_years
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.certificates import CertificateRow, add_certificate, expiring_certificates
from buurtzaak_desktop.services.vrijwilligers.reference import list_certificate_types
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, ROOSTER, VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.shortcuts import widget_shortcut
from buurtzaak_desktop.ui.table_model import Column
from buurtzaak_desktop.ui.vrijwilligers.common import NamedCombo, date_edit, table, to_qdate
from buurtzaak_desktop.ui.vrijwilligers.models import MarkedTableModel

AREAS = frozenset({VRIJWILLIGERS, ROOSTER, ACTIVITEITEN})  # BHV for bookings, leaders


class CertificatesPanel(QWidget):
    person_requested = Signal(int, str)  # double-click or Enter on a row: that person's certificates

    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        heading = QLabel(self.tr("Certificaten: verloopt binnen 60 dagen / verlopen"), self)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.model: MarkedTableModel[CertificateRow] = MarkedTableModel(
            [
                Column(self.tr("Naam"), lambda row: row.volunteer_name),
                Column(self.tr("Certificaat"), lambda row: row.certificate),
                Column(self.tr("Geldig tot"), lambda row: f"{row.valid_until:%d-%m-%Y}" if row.valid_until else ""),
                Column(self.tr("Stand"), self._state),
            ],
            lambda row: "warning" if row.state is CertificateState.EXPIRED else "notice",
            self,
        )
        self.table = table(self, self.tr("Certificaten die verlopen"))
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self.open_selected)
        widget_shortcut(self.table, Qt.Key.Key_Return, self.open_selected)
        self.add_button = QPushButton(self.tr("&Certificaat toevoegen…"), self)
        self.add_button.setAccessibleName(self.tr("Certificaat toevoegen"))
        self.add_button.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_button)

    def _state(self, row: CertificateRow) -> str:
        if row.state is CertificateState.EXPIRED:
            return self.tr("verlopen")
        assert row.valid_until is not None
        return self.tr("nog {days} dagen").format(days=(row.valid_until - self.today).days)

    def open_selected(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            row = self.model.row_at(indexes[0])
            self.person_requested.emit(row.volunteer_id, row.volunteer_name)

    def refresh(self) -> None:
        self.model.set_rows(expiring_certificates(self.context.database, self.today))
        self.table.resizeColumnsToContents()

    def add(self, volunteer_id: int | None = None) -> None:
        dialog = CertificateDialog(self.context, self.today, volunteer_id, self)
        if dialog.exec():
            volunteer, kind, until = dialog.values()
            if (
                operations().run(self, lambda: add_certificate(self.context.database, volunteer, kind, until), AREAS)
                is not None
            ):
                self.refresh()


class CertificateDialog(QDialog):
    def __init__(self, context: AppContext, today: date, volunteer_id: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificaat toevoegen"))
        self.setAccessibleName(self.windowTitle())
        self.volunteer = NamedCombo(self)
        self.volunteer.setAccessibleName(self.tr("Vrijwilliger"))
        for row in list_volunteers(context.database, VolunteerFilter()):
            self.volunteer.addItem(row.name, row.id)
        if volunteer_id is not None:
            self.volunteer.setCurrentIndex(max(0, self.volunteer.findData(volunteer_id)))
        self.today = today
        self.kind = NamedCombo(self)
        self.kind.setAccessibleName(self.tr("Certificaat"))
        for kind in list_certificate_types(context.database):
            self.kind.addItem(kind.name, kind.valid_years)
        self.until = date_edit(self, today + timedelta(days=3 * 365), self.tr("Geldig tot"))
        self.forever = QCheckBox(self.tr("Verloopt niet"), self)
        self.forever.setAccessibleName(self.tr("Verloopt niet"))
        self.forever.toggled.connect(lambda checked: self.until.setEnabled(not checked))
        self.kind.currentIndexChanged.connect(lambda _index: self.suggest_expiry())
        self.suggest_expiry()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Vrijwilliger"), self.volunteer)
        form.addRow(self.tr("&Certificaat"), self.kind)
        form.addRow(self.tr("&Geldig tot"), self.until)
        form.addRow("", self.forever)
        form.addRow(buttons)

    def suggest_expiry(self) -> None:
        """The type's usual validity from today (a VOG 3 years, a BHV 1); a type that does not expire is ticked."""
        years = self.kind.currentData()
        self.forever.setChecked(years is None and self.kind.count() > 0)
        if years is not None:
            self.until.setDate(to_qdate(add_years(self.today, years)))

    def values(self) -> tuple[int, str, date | None]:
        until = None if self.forever.isChecked() else from_qdate(self.until.date())
        return self.volunteer.currentData(), self.kind.currentText(), until
