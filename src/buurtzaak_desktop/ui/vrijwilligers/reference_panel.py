"""Roles (with the certificates each requires) and certificate types: data the coordinator adds and changes; and
the tab's two rules (sessions one may miss for a certificate, the retention period after stopping)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.reference import (
    CertificateTypeRow,
    RoleRow,
    list_certificate_types,
    list_roles,
    save_certificate_type,
    save_role,
)
from buurtzaak_desktop.services.vrijwilligers.rules import Rules, read_rules, save_rules
from buurtzaak_desktop.ui.operations import VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import table

AREAS = frozenset({VRIJWILLIGERS})


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReferencePanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.roles: RowTableModel[RoleRow] = RowTableModel(
            [
                Column(self.tr("Rol"), lambda row: row.name),
                Column(self.tr("Vereiste certificaten"), lambda row: ", ".join(row.certificates) or "—"),
            ],
            self,
        )
        self.role_table = table(self, self.tr("Rollen"))
        self.role_table.setModel(self.roles)
        self.role_table.doubleClicked.connect(self.edit_role)
        self.kinds: RowTableModel[CertificateTypeRow] = RowTableModel(
            [
                Column(self.tr("Certificaat"), lambda row: row.name),
                Column(self.tr("Omschrijving"), lambda row: row.description),
                Column(self.tr("Meestal geldig"), self._validity),
            ],
            self,
        )
        self.kind_table = table(self, self.tr("Certificaattypen"))
        self.kind_table.setModel(self.kinds)
        self.kind_table.doubleClicked.connect(self.edit_kind)
        self.new_role_button = self._button(self.tr("Nieuwe &rol…"), self.new_role)
        self.edit_role_button = self._button(self.tr("Rol &wijzigen…"), self.edit_role)
        self.new_kind_button = self._button(self.tr("Nieuw certificaat&type…"), self.new_kind)
        self.edit_kind_button = self._button(self.tr("Certificaattype w&ijzigen…"), self.edit_kind)
        columns = QHBoxLayout()
        columns.addLayout(
            self._column(
                self.tr("Rollen en de certificaten die ze vereisen"),
                self.role_table,
                self.new_role_button,
                self.edit_role_button,
            )
        )
        columns.addLayout(
            self._column(self.tr("Certificaattypen"), self.kind_table, self.new_kind_button, self.edit_kind_button)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self._rules_box())

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Regels"), self)
        self.max_missed = QSpinBox(box)
        self.max_missed.setRange(0, 10)
        self.max_missed.setAccessibleName(self.tr("Bijeenkomsten die iemand mag missen"))
        self.retention = QSpinBox(box)
        self.retention.setRange(1, 10)
        self.retention.setSuffix(self.tr(" jaar"))
        self.retention.setAccessibleName(self.tr("Bewaartermijn na stoppen"))
        self.rules_button = QPushButton(self.tr("Regels op&slaan"), box)
        self.rules_button.setAccessibleName(self.tr("Regels opslaan"))
        self.rules_button.clicked.connect(lambda _checked=False: self.save_rules())
        row = QHBoxLayout(box)
        for text, widget in (
            (self.tr("Voor een certificaat mag iemand &missen:"), self.max_missed),
            (self.tr("Persoonsgegevens bewaren na stoppen:"), self.retention),
        ):
            caption = QLabel(text, box)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(16)
        row.addStretch(1)
        row.addWidget(self.rules_button)
        return box

    def save_rules(self) -> None:
        rules = Rules(self.max_missed.value(), self.retention.value())
        if operations().ok(self, lambda: save_rules(self.context.database, rules), AREAS):
            self._changed()

    def _column(self, title: str, view: QWidget, *buttons: QPushButton) -> QVBoxLayout:
        heading = QLabel(title, self)
        heading.setProperty("role", "heading")
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(view, 1)
        column.addLayout(row)
        return column

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _validity(self, row: CertificateTypeRow) -> str:
        if row.valid_years is None:
            return self.tr("verloopt niet")
        return self.tr("{years} jaar").format(years=row.valid_years)

    def refresh(self) -> None:
        self.roles.set_rows(list_roles(self.context.database))
        self.kinds.set_rows(list_certificate_types(self.context.database))
        for view in (self.role_table, self.kind_table):
            view.resizeColumnsToContents()
        rules = read_rules(self.context.database)
        self.max_missed.setValue(rules.max_missed)
        self.retention.setValue(rules.retention_years)

    def _selected(self, view, model):
        indexes = view.selectionModel().selectedRows()
        return model.row_at(indexes[0]) if indexes else None

    def new_role(self) -> None:
        self._role_dialog(None)

    def edit_role(self) -> None:
        row = self._selected(self.role_table, self.roles)
        if row is not None:
            self._role_dialog(row)

    def _role_dialog(self, row: RoleRow | None) -> None:
        kinds = [kind.name for kind in list_certificate_types(self.context.database)]
        dialog = RoleDialog(kinds, row, self)
        if dialog.exec():
            name, required = dialog.values()
            role_id = row.id if row else None
            if (
                operations().run(self, lambda: save_role(self.context.database, name, required, role_id), AREAS)
                is not None
            ):
                self._changed()

    def new_kind(self) -> None:
        self._kind_dialog(None)

    def edit_kind(self) -> None:
        row = self._selected(self.kind_table, self.kinds)
        if row is not None:
            self._kind_dialog(row)

    def _kind_dialog(self, row: CertificateTypeRow | None) -> None:
        dialog = CertificateTypeDialog(row, self)
        if dialog.exec():
            name, text, years = dialog.values()
            type_id = row.id if row else None
            saved = operations().run(
                self, lambda: save_certificate_type(self.context.database, name, text, years, type_id), AREAS
            )
            if saved is not None:
                self._changed()

    def _changed(self) -> None:
        self.refresh()


class RoleDialog(QDialog):
    """A role's name and the certificates it requires (ticked)."""

    def __init__(self, kinds: list[str], row: RoleRow | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rol wijzigen") if row else self.tr("Nieuwe rol"))
        self.setAccessibleName(self.windowTitle())
        self.name = QLineEdit(row.name if row else "", self)
        self.name.setAccessibleName(self.tr("Naam"))
        self.required = QListWidget(self)
        self.required.setAccessibleName(self.tr("Vereiste certificaten"))
        for kind in kinds:
            item = QListWidgetItem(kind, self.required)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row is not None and kind in row.certificates
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        hint = QLabel(self.tr("Met een verlopen vereist certificaat kan niemand voor deze rol worden ingeroosterd."))
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Vereist"), self.required)
        form.addRow(hint)
        form.addRow(_buttons(self))

    def values(self) -> tuple[str, list[str]]:
        ticked = [
            self.required.item(index).text()
            for index in range(self.required.count())
            if self.required.item(index).checkState() == Qt.CheckState.Checked
        ]
        return self.name.text(), ticked


class CertificateTypeDialog(QDialog):
    def __init__(self, row: CertificateTypeRow | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificaattype wijzigen") if row else self.tr("Nieuw certificaattype"))
        self.setAccessibleName(self.windowTitle())
        self.name = QLineEdit(row.name if row else "", self)
        self.name.setAccessibleName(self.tr("Naam"))
        self.description = QLineEdit(row.description if row else "", self)
        self.description.setAccessibleName(self.tr("Omschrijving"))
        self.years = QSpinBox(self)
        self.years.setRange(1, 50)
        self.years.setSuffix(self.tr(" jaar"))
        self.years.setAccessibleName(self.tr("Meestal geldig"))
        self.forever = QCheckBox(self.tr("Verloopt niet"), self)
        self.forever.setAccessibleName(self.tr("Verloopt niet"))
        self.forever.toggled.connect(lambda checked: self.years.setEnabled(not checked))
        self.years.setValue(row.valid_years if row and row.valid_years else 3)
        self.forever.setChecked(row is not None and row.valid_years is None)
        form = QFormLayout(self)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Omschrijving"), self.description)
        form.addRow(self.tr("&Meestal geldig"), self.years)
        form.addRow("", self.forever)
        form.addRow(_buttons(self))

    def values(self) -> tuple[str, str, int | None]:
        return self.name.text(), self.description.text(), None if self.forever.isChecked() else self.years.value()
