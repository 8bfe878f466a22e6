"""One WoR participant, opened from the list: the intake talk's short notes, the arrangement and its activity, the
bondgenoot and the outcome at three months. Each part saves on its own button; every write goes through the app's
operations runner. Opening is written in the audit log; the panel is emptied when the tab locks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.welzijn import ARRANGEMENTS, NOTE_LENGTH, OUTCOMES, STOP_REASONS, STOPPED
from buurtzaak_desktop.services.welzijn import followup, participants, reference
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.spreekuur.common import named
from buurtzaak_desktop.ui.spreekuur.dossier import date_edit
from buurtzaak_desktop.ui.spreekuur.telefooncirkel_common import attempt, core


class ParticipantPanel(QWidget):
    changed = Signal()  # a part was saved: the list reloads

    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.participant_id: int | None = None
        self.activity_names: dict[int, str] = {}  # the activities in the list, by id: their names without places
        self.title = QLabel(self.tr("Kies een deelnemer en open die (Enter)."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        parts = QHBoxLayout()
        parts.addWidget(self._intake_box())
        side = QVBoxLayout()
        side.addWidget(self._arrangement_box())
        side.addWidget(self._bondgenoot_box())
        side.addWidget(self._outcome_box())
        parts.addLayout(side)
        layout.addLayout(parts)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._enable(False)

    # --- building ------------------------------------------------------------------------------------------------

    def _intake_box(self) -> QGroupBox:
        self.intake_box = QGroupBox(self.tr("Intakegesprek"))
        self.intake_on = date_edit(self.tr("Intake op"))
        self.notes = {
            "interests": named(QLineEdit(), self.tr("Interesses")),
            "energy": named(QLineEdit(), self.tr("Waar krijgt de deelnemer energie van")),
            "talents": named(QLineEdit(), self.tr("Talenten")),
            "ambitions": named(QLineEdit(), self.tr("Ambities")),
        }
        for edit in self.notes.values():
            edit.setMaxLength(NOTE_LENGTH)
        self.intake_button = named(QPushButton(self.tr("&Intake opslaan")), self.tr("Intake opslaan"))
        form = QFormLayout(self.intake_box)
        form.addRow(self.tr("Datum"), self.intake_on)
        form.addRow(self.tr("Interesses"), self.notes["interests"])
        form.addRow(self.tr("Energie van"), self.notes["energy"])
        form.addRow(self.tr("Talenten"), self.notes["talents"])
        form.addRow(self.tr("Ambities"), self.notes["ambitions"])
        form.addRow("", self.intake_button)
        self.intake_button.clicked.connect(self.save_intake)
        return self.intake_box

    def _arrangement_box(self) -> QGroupBox:
        self.arrangement_box = QGroupBox(self.tr("Arrangement en activiteit"))
        self.arrangement = named(QComboBox(), self.tr("Arrangement"))
        for code, label in ARRANGEMENTS.items():
            self.arrangement.addItem(core(label), code)
        self.activity = named(QComboBox(), self.tr("Activiteit"))
        self.register_button = named(QPushButton(self.tr("In&schrijven")), self.tr("Inschrijven voor de activiteit"))
        row = QHBoxLayout(self.arrangement_box)
        for widget in (self.arrangement, self.activity, self.register_button):
            row.addWidget(widget)
        self.arrangement.currentIndexChanged.connect(self._fill_activities)
        self.register_button.clicked.connect(self.register)
        return self.arrangement_box

    def _bondgenoot_box(self) -> QGroupBox:
        self.bondgenoot_box = QGroupBox(self.tr("Bondgenoot"))
        self.bondgenoot = named(QComboBox(), self.tr("Bondgenoot"))
        self.bondgenoot_button = named(QPushButton(self.tr("&Koppelen")), self.tr("Bondgenoot koppelen"))
        row = QHBoxLayout(self.bondgenoot_box)
        row.addWidget(self.bondgenoot, 1)
        row.addWidget(self.bondgenoot_button)
        self.bondgenoot_button.clicked.connect(self.pair)
        return self.bondgenoot_box

    def _outcome_box(self) -> QGroupBox:
        self.outcome_box = QGroupBox(self.tr("Uitkomst na drie maanden"))
        self.outcome = named(QComboBox(), self.tr("Uitkomst"))
        for code, label in OUTCOMES.items():
            self.outcome.addItem(core(label), code)
        self.reason = named(QComboBox(), self.tr("Reden van stoppen"))
        for code, label in STOP_REASONS.items():
            self.reason.addItem(core(label), code)
        self.outcome_on = date_edit(self.tr("Uitkomst op"))
        self.outcome_button = named(QPushButton(self.tr("&Uitkomst vastleggen")), self.tr("Uitkomst vastleggen"))
        row = QHBoxLayout(self.outcome_box)
        for widget in (self.outcome, self.reason, self.outcome_on, self.outcome_button):
            row.addWidget(widget)
        self.outcome.currentIndexChanged.connect(lambda: self.reason.setEnabled(self.outcome.currentData() == STOPPED))
        self.reason.setEnabled(False)
        self.outcome_button.clicked.connect(self.save_outcome)
        return self.outcome_box

    def _enable(self, on: bool) -> None:
        for box in (self.intake_box, self.arrangement_box, self.bondgenoot_box, self.outcome_box):
            box.setEnabled(on)

    # --- showing -------------------------------------------------------------------------------------------------

    def open(self, participant_id: int, reopened: bool = False) -> bool:
        # a read (its audit line aside): no areas, so no page reloads for it
        record = operations().run(
            self, lambda: participants.open_participant(self.database, participant_id, self.actor(), reopened=reopened)
        )
        if record is None:
            return False
        self.participant_id = participant_id
        row = record.row
        self.title.setText(
            self.tr("{name}, verwezen op {date} door {referrer}").format(
                name=row.name, date=row.referred_on.strftime("%d-%m-%Y"), referrer=row.referrer
            )
        )
        for key, edit in self.notes.items():
            edit.setText(getattr(record.notes, key))
        self.intake_on.setDate(to_qdate(row.intake_on or now_local().date()))
        index = self.arrangement.findData(row.arrangement) if row.arrangement else 0
        self.arrangement.setCurrentIndex(max(index, 0))
        self._fill_activities()
        if record.activity_id is not None:
            self.activity.setCurrentIndex(max(self.activity.findData(record.activity_id), 0))
        self._fill_bondgenoten(record.bondgenoot_id)
        self._enable(row.outcome is None)
        self.status.setText(
            self.tr("Uitkomst: {outcome}").format(outcome=core(OUTCOMES[row.outcome])) if row.outcome else ""
        )
        return True

    def _fill_activities(self, *_args) -> None:
        """The arrangement's activities with their free places, so the coach picks one with room; a full one stays
        a choice (the participant then goes on its waiting list)."""
        self.activity.clear()
        mapping = reference.arrangement_activities(self.database)
        free = reference.free_places(self.database)
        self.activity_names = dict(mapping.get(self.arrangement.currentData(), []))
        for activity_id, name in self.activity_names.items():
            places = free.get(activity_id)
            if places is None:
                label = name
            elif places == 1:
                label = self.tr("{name} (1 plaats vrij)").format(name=name)
            elif places:
                label = self.tr("{name} ({free} plaatsen vrij)").format(name=name, free=places)
            else:
                label = self.tr("{name} (vol: op de wachtlijst)").format(name=name)
            self.activity.addItem(label, activity_id)

    def _fill_bondgenoten(self, current: int | None) -> None:
        self.bondgenoot.clear()
        for choice in participants.bondgenoot_choices(self.database, now_local().date()):
            label = self.tr("{name} ({count} van {maximum})").format(
                name=choice.name, count=choice.participants, maximum=choice.maximum
            )
            self.bondgenoot.addItem(label, choice.id)
        if current is not None:
            self.bondgenoot.setCurrentIndex(max(self.bondgenoot.findData(current), 0))

    def clear(self) -> None:
        """On lock: no name or note stays in a widget."""
        self.participant_id = None
        self.title.setText(self.tr("Kies een deelnemer en open die (Enter)."))
        for edit in self.notes.values():
            edit.clear()
        self.activity.clear()
        self.bondgenoot.clear()
        self.status.clear()
        self._enable(False)

    # --- saving --------------------------------------------------------------------------------------------------

    def _saved(self, text: str) -> None:
        if self.participant_id is not None:
            self.open(self.participant_id, reopened=True)
        self.status.setText(text)
        self.changed.emit()

    def save_intake(self) -> None:
        if self.participant_id is None:
            return
        notes = participants.IntakeNotes(**{key: edit.text() for key, edit in self.notes.items()})
        day = from_qdate(self.intake_on.date())
        participant_id = self.participant_id
        if attempt(self, lambda: participants.record_intake(self.database, participant_id, notes, day, self.actor()))[
            0
        ]:
            self._saved(self.tr("Het intakegesprek is opgeslagen."))

    def register(self) -> None:
        if self.participant_id is None:
            return
        participant_id, arrangement, activity_id = (
            self.participant_id,
            self.arrangement.currentData(),
            self.activity.currentData(),
        )
        if activity_id is None:
            self.status.setText(self.tr("Dit arrangement heeft nog geen activiteiten; kies ze bij Verwijzers."))
            return
        today = now_local().date()
        ok, status = attempt(
            self,
            lambda: participants.choose_arrangement(
                self.database, participant_id, arrangement, activity_id, today, self.actor()
            ),
        )
        if ok:
            name = self.activity_names.get(activity_id, "")
            self._saved(
                self.tr("Ingeschreven voor {activity}.").format(activity=name)
                if status == "ingeschreven"
                else self.tr("{activity} is vol: de deelnemer staat op de wachtlijst.").format(activity=name)
            )

    def pair(self) -> None:
        volunteer_id = self.bondgenoot.currentData()
        if self.participant_id is None or volunteer_id is None:
            return
        participant_id, today = self.participant_id, now_local().date()
        if attempt(
            self,
            lambda: participants.assign_bondgenoot(self.database, participant_id, volunteer_id, today, self.actor()),
        )[0]:
            self._saved(self.tr("De bondgenoot is gekoppeld."))

    def save_outcome(self) -> None:
        if self.participant_id is None:
            return
        participant_id, outcome = self.participant_id, self.outcome.currentData()
        reason = self.reason.currentData() if outcome == STOPPED else None
        day = from_qdate(self.outcome_on.date())
        if attempt(
            self,
            lambda: followup.record_outcome(self.database, participant_id, outcome, day, self.actor(), reason),
        )[0]:
            self._saved(self.tr("De uitkomst is vastgelegd."))
