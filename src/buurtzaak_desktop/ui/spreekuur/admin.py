"""Referral partners with their contact details, and the audit log (who did what to which record; no content)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtzaak_desktop.services.spreekuur.audit import ACTION_LABELS, audit_lines
from buurtzaak_desktop.services.spreekuur.people import COORDINATOR
from buurtzaak_desktop.services.spreekuur.reference import list_partners, save_partner
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.spreekuur.lists import selected_row, table_view
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class PartnersView(QWidget):
    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Organisatie"), lambda p: p.name),
                Column(self.tr("Contactpersoon"), lambda p: p.contact_person),
                Column(self.tr("Telefoon"), lambda p: p.phone),
                Column(self.tr("E-mail"), lambda p: p.email),
                Column(self.tr("Adres"), lambda p: p.address),
            ],
            self,
        )
        self.view = table_view(self.tr("Organisaties"), self.model)
        self.fields = {
            key: named(QLineEdit(), label)
            for key, label in (
                ("name", self.tr("Organisatie")),
                ("contact_person", self.tr("Contactpersoon")),
                ("phone", self.tr("Telefoon")),
                ("email", self.tr("E-mail")),
                ("address", self.tr("Adres")),
            )
        }
        self.save_button = named(QPushButton(self.tr("Organisatie opslaan")), self.tr("Organisatie opslaan"))
        form = QFormLayout()
        for field in self.fields.values():
            form.addRow(field.accessibleName(), field)
            field.returnPressed.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self._save)
        self.view.selectionModel().selectionChanged.connect(self._fill)

    def refresh(self) -> None:
        self.model.set_rows(list_partners(self.database))

    def _fill(self, *_args) -> None:
        partner = selected_row(self.view, self.model)
        if partner is not None:
            for key, field in self.fields.items():
                field.setText(getattr(partner, key))

    def _save(self) -> None:
        values = {key: field.text().strip() for key, field in self.fields.items()}
        if operations().ok(self, lambda: save_partner(self.database, **values), AREAS):
            self.refresh()


class AuditView(QWidget):
    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Wanneer"), lambda a: a.at.strftime("%d-%m-%Y %H:%M")),
                Column(self.tr("Wie"), lambda a: self._person(a.actor)),
                Column(self.tr("Wat"), lambda a: QCoreApplication.translate("core", ACTION_LABELS[a.action])),
                Column(self.tr("Bewoner nr."), lambda a: a.resident_id or "", align_right=True),
                Column(self.tr("Bij"), lambda a: self._person(a.detail)),  # whose PIN, how long: never a resident
            ],
            self,
        )
        self.view = table_view(self.tr("Logboek"), self.model)
        QVBoxLayout(self).addWidget(self.view)

    def _person(self, name: str) -> str:
        """The coordinator is stored by function, in Dutch; shown in the window's language."""
        return self.tr("Coördinator") if name == COORDINATOR else name

    def refresh(self) -> None:
        self.model.set_rows(audit_lines(self.database))
