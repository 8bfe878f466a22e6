"""Toeleiden…: from the dossier, with consent, on to an activity or to volunteering; and the list of toeleidingen.

The consent question starts unanswered and must be answered (the service refuses otherwise, shown in the dialog,
which stays open). The dialog writes only through ``operations()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.spreekuur.plan import TO_ACTIVITY, TO_VOLUNTEERING, TOELEIDING_LABELS
from buurtzaak_desktop.domain.vrijwilligers.people import STATUS_LABELS
from buurtzaak_desktop.services.spreekuur import toeleiding
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, SPREEKUUR, VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.spreekuur.common import named
from buurtzaak_desktop.ui.spreekuur.lists import table_view
from buurtzaak_desktop.ui.spreekuur.plan import today
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


def _core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def status_text(code: str) -> str:
    """The Activiteiten' registration words and the Vrijwilligers' statuses, as the tabs show them."""
    labels = {
        "ingeschreven": QCoreApplication.translate("toeleiding", "ingeschreven"),
        "wachtlijst": QCoreApplication.translate("toeleiding", "op de wachtlijst"),
        "vertrokken": QCoreApplication.translate("toeleiding", "gestopt met de activiteit"),
        "voorgesteld": QCoreApplication.translate("toeleiding", "voorgesteld"),
        toeleiding.GONE: QCoreApplication.translate("toeleiding", "niet meer in de lijst"),
    }
    return labels.get(code) or _core(STATUS_LABELS.get(code, code))


class ToeleidingList(QWidget):
    """The resident's toeleidingen and where they stand now, with the Toeleiden… button."""

    changed = Signal()  # a toeleiding was made: the dossier reloads (it also holds a new consent)

    def __init__(self, database, resident_id: int, actor: str, traject_id, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.resident_id, self.actor = database, resident_id, actor
        self.traject_id = traject_id  # a callable: the traject chosen in the plan van aanpak
        self.dialog: ToeleidenDialog | None = None
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Datum"), lambda t: t.made_on.strftime("%d-%m-%Y")),
                Column(self.tr("Naar"), lambda t: _core(TOELEIDING_LABELS.get(t.kind, t.kind))),
                Column(self.tr("Activiteit of rol"), lambda t: t.target),
                Column(self.tr("Eerst"), lambda t: status_text(t.first_status)),
                Column(self.tr("Nu"), lambda t: status_text(t.status_now)),
            ],
            self,
        )
        self.view = table_view(self.tr("Toeleidingen"), self.model)
        self.button = named(QPushButton(self.tr("Toeleiden…")), self.tr("Toeleiden"))
        self.hint = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.button.clicked.connect(self.open_dialog)

    def refresh(self) -> None:
        self.model.set_rows(toeleiding.toeleidingen_of(self.database, self.resident_id))
        self.update_button()

    def update_button(self) -> None:
        has_traject = self.traject_id() is not None
        self.button.setEnabled(has_traject)
        self.hint.setText("" if has_traject else self.tr("Kies of start eerst een lopend traject."))

    def open_dialog(self) -> None:
        traject_id = self.traject_id()
        if traject_id is None:
            return
        dialog = ToeleidenDialog(self.database, self.resident_id, traject_id, self.actor, self)
        self.dialog = dialog

        def done(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.changed.emit()

        dialog.finished.connect(done)
        dialog.open()

    def wipe(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.model.set_rows([])


class ToeleidenDialog(QDialog):
    """To an activity (registered, or on its waiting list) or to volunteering (proposed with the wanted role)."""

    def __init__(self, database, resident_id: int, traject_id: int, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.traject_id, self.actor = database, traject_id, actor
        self.result_value: str | int | None = None  # the registration's status, or the volunteer's id
        self.setWindowTitle(self.tr("Toeleiden (bewoner nr. {number})").format(number=resident_id))
        self.to_activity = named(QRadioButton(self.tr("Aanmelden bij een activiteit")), self.tr("Naar een activiteit"))
        self.to_volunteering = named(
            QRadioButton(self.tr("Voorstellen als vrijwilliger")), self.tr("Naar vrijwilligerswerk")
        )
        self.to_activity.setChecked(True)
        self.activity = named(QComboBox(), self.tr("Activiteit"))
        for choice in toeleiding.open_activities(database):
            if choice.free is None:
                label = choice.name
            elif choice.free:
                label = self.tr("{name} ({free} plaatsen vrij)").format(name=choice.name, free=choice.free)
            else:
                label = self.tr("{name} (vol: op de wachtlijst)").format(name=choice.name)
            self.activity.addItem(label, choice.id)
        self.participant = named(QComboBox(), self.tr("Deelnemer bij Activiteiten"))
        self.participant.addItem(self.tr("Nieuwe deelnemer (naam en telefoon uit het spreekuur)"), None)
        for choice in toeleiding.participant_matches(database, resident_id):
            self.participant.addItem(
                self.tr("Bestaande deelnemer: {name} {phone}").format(name=choice.name, phone=choice.detail), choice.id
            )
        self.role = named(QComboBox(), self.tr("Gewenste rol"))
        for role in toeleiding.volunteer_roles(database):
            self.role.addItem(role, role)
        self.volunteer = named(QComboBox(), self.tr("Vrijwilliger"))
        self.volunteer.addItem(self.tr("Nieuwe vrijwilliger (naam en telefoon uit het spreekuur)"), None)
        for choice in toeleiding.volunteer_matches(database, resident_id):
            self.volunteer.addItem(self.tr("Bestaande vrijwilliger: {name}").format(name=choice.name), choice.id)
        self.consent_yes = named(QRadioButton(self.tr("Ja")), self.tr("Toestemming: ja"))
        self.consent_no = named(QRadioButton(self.tr("Nee")), self.tr("Toestemming: nee"))
        self.consent_group = QButtonGroup(self)
        for button in (self.consent_yes, self.consent_no):
            self.consent_group.addButton(button)
        consent_box = QGroupBox(
            self.tr(
                "Geeft de deelnemer toestemming om naam en telefoonnummer door te geven aan de activiteit of de "
                "vrijwilligerscoördinator?"
            )
        )
        consent_row = QHBoxLayout(consent_box)
        consent_row.addWidget(self.consent_yes)
        consent_row.addWidget(self.consent_no)
        consent_row.addStretch(1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.ok_button = named(QPushButton(self.tr("Toeleiden")), self.tr("Toeleiden bevestigen"))
        self.ok_button.setDefault(True)
        cancel = named(QPushButton(self.tr("Annuleren")), self.tr("Annuleren"))
        form = QFormLayout()
        form.addRow(self.to_activity)
        form.addRow(self.tr("Activiteit"), self.activity)
        form.addRow(self.tr("Deelnemer"), self.participant)
        form.addRow(self.to_volunteering)
        form.addRow(self.tr("Gewenste rol"), self.role)
        form.addRow(self.tr("Vrijwilliger"), self.volunteer)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(consent_box)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.to_activity.toggled.connect(self._kind_changed)
        self.ok_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self._kind_changed()

    def kind(self) -> str:
        return TO_ACTIVITY if self.to_activity.isChecked() else TO_VOLUNTEERING

    def consent(self) -> bool | None:
        if self.consent_yes.isChecked():
            return True
        return False if self.consent_no.isChecked() else None

    def _kind_changed(self, *_args) -> None:
        activity = self.kind() == TO_ACTIVITY
        for widget in (self.activity, self.participant):
            widget.setEnabled(activity)
        for widget in (self.role, self.volunteer):
            widget.setEnabled(not activity)

    def submit(self) -> None:
        consent, on = self.consent(), today()
        if self.kind() == TO_ACTIVITY:
            activity_id, participant_id = self.activity.currentData(), self.participant.currentData()
            if activity_id is None:
                self.error.setText(self.tr("Er is geen activiteit om bij aan te melden."))
                return
            result: str | int | None = operations().run(
                self,
                lambda: toeleiding.to_activity(
                    self.database, self.traject_id, int(activity_id), consent, on, self.actor, participant_id
                ),
                {SPREEKUUR, ACTIVITEITEN},
                inline=self.error,
            )
        else:
            role, volunteer_id = self.role.currentData(), self.volunteer.currentData()
            result = operations().run(
                self,
                lambda: toeleiding.to_volunteering(
                    self.database, self.traject_id, str(role or ""), consent, on, self.actor, volunteer_id
                ),
                {SPREEKUUR, VRIJWILLIGERS},
                inline=self.error,
            )
        if result is not None:
            self.result_value = result
            self.accept()
