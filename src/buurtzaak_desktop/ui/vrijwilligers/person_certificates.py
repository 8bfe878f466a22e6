"""One volunteer's certificates: see the status of each, renew one, remove one, add one."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.vrijwilligers.certificates import CertificateState, suggested_expiry
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.certificates import (
    CertificateRow,
    add_certificate,
    certificates_of,
    remove_certificate,
    renew_certificate,
    warning_window,
)
from buurtzaak_desktop.services.vrijwilligers.reference import list_certificate_types
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, ROOSTER, VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.shortcuts import widget_shortcut
from buurtzaak_desktop.ui.table_model import Column
from buurtzaak_desktop.ui.vrijwilligers.certificates_panel import CertificateDialog
from buurtzaak_desktop.ui.vrijwilligers.common import Messages, date_edit, table, to_qdate
from buurtzaak_desktop.ui.vrijwilligers.models import MarkedTableModel

AREAS = frozenset({VRIJWILLIGERS, ROOSTER, ACTIVITEITEN})  # BHV for bookings, leaders


def _named_buttons(buttons: QDialogButtonBox) -> None:
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))


class PersonCertificatesDialog(QDialog):
    """The certificates of one person; ``changed`` tells the caller to reload its lists afterwards."""

    def __init__(
        self, context: AppContext, today: date, volunteer_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.volunteer_id = volunteer_id
        self.changed = False
        self.window_days = warning_window(context.database)
        self.setWindowTitle(self.tr("Certificaten van {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.model: MarkedTableModel[CertificateRow] = MarkedTableModel(
            [
                Column(self.tr("Certificaat"), lambda row: row.certificate),
                Column(self.tr("Geldig tot"), self._until),
                Column(self.tr("Status"), self._state),
            ],
            self._mark,
            self,
        )
        self.table = table(self, self.tr("Certificaten"))
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self.renew_selected)
        self.add_button = self._button(self.tr("&Toevoegen…"), self.add)
        self.renew_button = self._button(self.tr("&Vernieuwen…"), self.renew_selected)
        self.remove_button = self._button(self.tr("Ver&wijderen"), self.remove_selected)
        enable_with_selection(self.table, self.renew_button, self.remove_button)
        widget_shortcut(self.table, Qt.Key.Key_Return, self.renew_selected)
        widget_shortcut(self.table, Qt.Key.Key_Enter, self.renew_selected)
        widget_shortcut(self.table, QKeySequence.StandardKey.Delete, self.remove_selected)
        self.empty = QLabel(self.tr("Nog geen certificaten."), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        _named_buttons(close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.renew_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.resize(520, 320)
        self.refresh()

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)  # Enter in the table renews; it does not press a button
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _until(self, row: CertificateRow) -> str:
        return f"{row.valid_until:%d-%m-%Y}" if row.valid_until else self.tr("verloopt niet")

    def _state(self, row: CertificateRow) -> str:
        if row.state is CertificateState.EXPIRED:
            return self.tr("verlopen")
        if row.state is CertificateState.EXPIRING:
            return self.tr("verloopt binnen {days} dagen").format(days=self.window_days)
        return self.tr("geldig")

    @staticmethod
    def _mark(row: CertificateRow) -> str | None:
        if row.state is CertificateState.EXPIRED:
            return "warning"
        return "notice" if row.state is CertificateState.EXPIRING else None

    def refresh(self, select_id: int | None = None) -> None:
        rows = certificates_of(self.context.database, self.volunteer_id, self.today)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        for button in (self.renew_button, self.remove_button):
            button.setEnabled(bool(rows))
        if rows:
            # the given certificate, or else the first that needs attention (expired or expiring)
            attention = [n for n, row in enumerate(rows) if row.state is not CertificateState.VALID]
            ids = [row.id for row in rows]
            self.table.selectRow(ids.index(select_id) if select_id in ids else (attention or [0])[0])

    def selected(self) -> CertificateRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def add(self) -> None:
        dialog = CertificateDialog(self.context, self.today, self.volunteer_id, self)
        dialog.volunteer.setEnabled(False)  # this dialog is about one person
        if not dialog.exec():
            return
        _volunteer, kind, until = dialog.values()
        new_id = operations().run(
            self, lambda: add_certificate(self.context.database, self.volunteer_id, kind, until), AREAS
        )
        if new_id is not None:
            self.changed = True
            self.refresh(new_id)

    def renew_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        years = {kind.name: kind.valid_years for kind in list_certificate_types(self.context.database)}
        dialog = RenewDialog(row, suggested_expiry(self.today, years.get(row.certificate)), self.today, self)
        if not dialog.exec():
            return
        until = dialog.value()
        if operations().ok(self, lambda: renew_certificate(self.context.database, row.id, until), AREAS):
            self.changed = True
            self.refresh(row.id)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        until = self._until(row)
        if not Messages(self).confirm(
            self,
            self.tr("Certificaat verwijderen"),
            self.tr("{certificate} (geldig tot {until}) van {name} verwijderen?").format(
                certificate=row.certificate, until=until, name=row.volunteer_name
            ),
        ):
            return
        if operations().ok(self, lambda: remove_certificate(self.context.database, row.id), AREAS):
            self.changed = True
            self.refresh()
            self.table.setFocus()


class RenewDialog(QDialog):
    """A new expiry date for one certificate, suggested from the type's usual validity."""

    def __init__(self, row: CertificateRow, suggested: date | None, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificaat vernieuwen"))
        self.setAccessibleName(self.windowTitle())
        what = QLabel(
            self.tr("{certificate} van {name}").format(certificate=row.certificate, name=row.volunteer_name), self
        )
        self.until = date_edit(self, suggested or today + timedelta(days=3 * 365), self.tr("Nieuwe geldigheidsdatum"))
        self.forever = QCheckBox(self.tr("Verloopt niet"), self)
        self.forever.setAccessibleName(self.tr("Verloopt niet"))
        self.forever.toggled.connect(lambda checked: self.until.setEnabled(not checked))
        self.forever.setChecked(suggested is None and row.valid_until is None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        _named_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(self.tr("&Nieuwe geldigheidsdatum"), self.until)
        form.addRow("", self.forever)
        form.addRow(buttons)
        self.until.setFocus()

    def set_date(self, day: date) -> None:
        self.forever.setChecked(False)
        self.until.setDate(to_qdate(day))

    def value(self) -> date | None:
        return None if self.forever.isChecked() else from_qdate(self.until.date())
