"""A new Welzijn op Recept referral: the verwijzer, the day, and the resident: found among the spreekuur's residents
(with consent on record) or new, with their consent. Enter saves; a refusal shows in the dialog, nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.welzijn import REFERRER_KINDS
from buurtzaak_desktop.services.spreekuur.residents import NewResident, find_residents
from buurtzaak_desktop.services.welzijn import participants, reference
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.spreekuur.dossier import date_edit
from buurtzaak_desktop.ui.spreekuur.telefooncirkel_common import core


class ReferralDialog(QDialog):
    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.participant_id: int | None = None
        self.setWindowTitle(self.tr("Nieuwe verwijzing Welzijn op Recept"))
        self.referrer = named(QComboBox(), self.tr("Verwijzer"))
        for row in reference.list_referrers(database, active_only=True):
            self.referrer.addItem(f"{row.name} ({core(REFERRER_KINDS.get(row.kind, row.kind))})", row.id)
        self.referred_on = date_edit(self.tr("Verwezen op"))
        self.search = named(QLineEdit(), self.tr("Bewoner zoeken"))
        self.search.setPlaceholderText(self.tr("Naam van een bekende bewoner"))
        self.hits = named(QListWidget(), self.tr("Gevonden bewoners"))
        self.hits.setMaximumHeight(110)
        self.name = named(QLineEdit(), self.tr("Naam nieuwe bewoner"))
        self.phone = named(QLineEdit(), self.tr("Telefoon"))
        self.consent = named(
            QCheckBox(self.tr("De bewoner geeft toestemming om naam en gegevens voor Welzijn op Recept te bewaren")),
            self.tr("Toestemming"),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Verwijzer"), self.referrer)
        form.addRow(self.tr("Verwezen &op"), self.referred_on)
        form.addRow(self.tr("&Bekende bewoner"), self.search)
        form.addRow("", self.hits)
        form.addRow(self.tr("of een &nieuwe bewoner"), self.name)
        form.addRow(self.tr("&Telefoon"), self.phone)
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Verwijzing opslaan"))
        named(self.save_button, self.tr("Verwijzing opslaan"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.referrer.count() == 0:
            layout.addWidget(QLabel(self.tr("Voeg eerst een verwijzer toe (tab Verwijzers en arrangementen).")))
            self.save_button.setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._find)
        self.name.textEdited.connect(lambda _text: self.hits.clearSelection())  # typing a name means a new one

    def _find(self, text: str) -> None:
        self.hits.clear()
        for hit in find_residents(self.database, text, limit=8) if len(text.strip()) >= 2 else []:
            item = QListWidgetItem(f"{hit.name} ({hit.phone})" if hit.phone else hit.name)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.hits.addItem(item)

    def chosen_resident(self) -> int | None:
        items = self.hits.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def save(self) -> None:
        resident_id = self.chosen_resident()
        new = None
        if resident_id is None:
            new = NewResident(
                name=self.name.text(),
                consent_given=self.consent.isChecked(),
                consent_by=self.actor(),
                phone=self.phone.text(),
            )
        referral = participants.Referral(
            referrer_id=self.referrer.currentData() or 0,
            referred_on=from_qdate(self.referred_on.date()),
            resident_id=resident_id,
            new=new,
        )
        saved = operations().run(
            self, lambda: participants.refer(self.database, referral, self.actor()), AREAS, inline=self.status
        )
        if saved:
            self.participant_id = saved
            self.accept()
