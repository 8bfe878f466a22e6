"""The Welzijn op Recept sub-view of the Spreekuur tab: the year's figures against the targets, the participants
(new referral, then intake, arrangement, bondgenoot and outcome), the coach's follow-up list, and the verwijzers,
arrangements and settings. Everything here sits behind the spreekuur PIN and is emptied when the tab locks.

Keys: in the list of participants Enter opens the chosen one; Alt+N makes a new referral; in the follow-up list
Alt+G marks the chosen contact moment done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.welzijn import ARRANGEMENTS, OUTCOMES, REFERRER_KINDS, parse_weeks
from buurtzaak_desktop.services.welzijn import followup, participants, reference
from buurtzaak_desktop.services.welzijn.figures import year_figures
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.spreekuur.common import named
from buurtzaak_desktop.ui.spreekuur.lists import selected_row, table_view
from buurtzaak_desktop.ui.spreekuur.telefooncirkel_common import attempt, core
from buurtzaak_desktop.ui.spreekuur.welzijn_participant import ParticipantPanel
from buurtzaak_desktop.ui.spreekuur.welzijn_referral import ReferralDialog
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


def _day(value) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class ParticipantsPage(QWidget):
    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.running_only = named(
            QCheckBox(self.tr("Alleen lopende begeleiding")), self.tr("Alleen lopende begeleiding")
        )
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Verwezen"), lambda r: _day(r.referred_on)),
                Column(self.tr("Naam"), lambda r: r.name),
                Column(self.tr("Verwijzer"), lambda r: r.referrer),
                Column(self.tr("Arrangement"), lambda r: core(ARRANGEMENTS[r.arrangement]) if r.arrangement else ""),
                Column(self.tr("Activiteit"), self._activity),
                Column(self.tr("Bondgenoot"), lambda r: r.bondgenoot),
                Column(self.tr("Volgend contact"), lambda r: _day(r.next_contact)),
                Column(self.tr("Uitkomst"), lambda r: core(OUTCOMES[r.outcome]) if r.outcome else self.tr("loopt")),
            ],
            self,
        )
        self.view = table_view(self.tr("Deelnemers Welzijn op Recept"), self.model)
        self.new_button = named(QPushButton(self.tr("&Nieuwe verwijzing…")), self.tr("Nieuwe verwijzing"))
        self.open_button = named(QPushButton(self.tr("&Openen")), self.tr("Deelnemer openen"))
        self.panel = ParticipantPanel(database, actor)
        self.dialog: ReferralDialog | None = None
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.running_only):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addLayout(buttons)
        # The list gets the room the panel does not need (at 1366x768 it showed five rows); the splitter lets the
        # user give the panel more.
        self.parts = QSplitter(Qt.Orientation.Vertical)
        self.parts.addWidget(self.view)
        self.parts.addWidget(self.panel)
        self.parts.setStretchFactor(0, 1)
        self.parts.setStretchFactor(1, 0)
        self.parts.setChildrenCollapsible(False)
        layout.addWidget(self.parts, 1)
        enable_with_selection(self.view, self.open_button)
        self.new_button.clicked.connect(self.new_referral)
        self.open_button.clicked.connect(self.open_chosen)
        self.view.activated.connect(self._open_index)  # Enter or a double click
        self.running_only.toggled.connect(self.refresh)
        self.panel.changed.connect(self.refresh)

    def _activity(self, row) -> str:
        if row.registration_status == "wachtlijst":
            return self.tr("{activity} (wachtlijst)").format(activity=row.activity)
        return row.activity

    def refresh(self) -> None:
        today = now_local().date()
        chosen = selected_row(self.view, self.model)
        rows = participants.list_participants(
            self.database, None if self.running_only.isChecked() else today.year, self.running_only.isChecked()
        )
        self.model.set_rows(rows)
        if chosen is not None:
            for number, row in enumerate(rows):
                if row.id == chosen.id:
                    self.view.selectRow(number)
        figures = year_figures(self.database, today.year)
        self.figures.setText(
            self.tr(
                "{year}: {participants} van {target} deelnemers; {structural} van {target_structural} nemen "
                "structureel deel of werden vrijwilliger; {stopped} gestopt, {running} in begeleiding."
            ).format(
                year=today.year,
                participants=figures.participants,
                target=figures.target_participants,
                structural=figures.structural,
                target_structural=figures.target_structural,
                stopped=figures.stopped,
                running=figures.running,
            )
        )

    def open_chosen(self) -> None:
        row = selected_row(self.view, self.model)
        if row is not None and self.panel.open(row.id):
            self.panel.notes["interests"].setFocus()

    def _open_index(self, index) -> None:
        """Enter on the current row opens it, also when the arrow keys made it current without selecting it."""
        if index.isValid() and self.panel.open(self.model.row_at(index).id):
            self.view.selectRow(index.row())
            self.panel.notes["interests"].setFocus()

    def open_participant(self, participant_id: int) -> None:
        self.refresh()
        for number in range(self.model.rowCount()):
            if self.model.row_at(self.model.index(number, 0)).id == participant_id:
                self.view.selectRow(number)
        self.panel.open(participant_id)

    def new_referral(self) -> None:
        dialog = ReferralDialog(self.database, self.actor, self)
        self.dialog = dialog

        def done(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == ReferralDialog.DialogCode.Accepted and dialog.participant_id:
                self.open_participant(dialog.participant_id)
                # after the dialog has given the focus back to where it was: then to the intake's first note
                QTimer.singleShot(0, self.panel.notes["interests"].setFocus)

        dialog.finished.connect(done)
        dialog.open()

    def clear(self) -> None:
        self.model.set_rows([])
        self.figures.clear()
        self.panel.clear()
        if self.dialog is not None:
            self.dialog.reject()


class FollowUpPage(QWidget):
    """Contact moments due within a week or overdue, and outcomes due at three months."""

    def __init__(self, database, actor, open_participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.open_participant = database, actor, open_participant
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Datum"), lambda r: _day(r.due_on)),
                Column(self.tr("Naam"), lambda r: r.name),
                Column(self.tr("Wat"), self._what),
                Column(self.tr("Stand"), lambda r: self.tr("te laat") if r.overdue else self.tr("deze week")),
            ],
            self,
        )
        self.view = table_view(self.tr("Opvolgen Welzijn op Recept"), self.model)
        self.done_button = named(QPushButton(self.tr("Contact &gedaan")), self.tr("Contact gedaan"))
        self.open_button = named(QPushButton(self.tr("Deelnemer &openen")), self.tr("Deelnemer openen"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        enable_with_selection(self.view, self.done_button, self.open_button)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self._open)

    def _what(self, row) -> str:
        if row.contact_id is None:
            return self.tr("Uitkomst na drie maanden vastleggen")
        return self.tr("Contact na {weeks} weken").format(weeks=row.week)

    def refresh(self) -> None:
        self.model.set_rows(followup.follow_ups(self.database, now_local().date()))

    def mark_done(self) -> None:
        row = selected_row(self.view, self.model)
        if row is None:
            return
        if row.contact_id is None:
            self.status.setText(self.tr("Leg de uitkomst vast bij de deelnemer (Deelnemer openen)."))
            return
        contact_id, today = row.contact_id, now_local().date()
        if attempt(self, lambda: followup.mark_contact_done(self.database, contact_id, today, self.actor()))[0]:
            self.status.setText(self.tr("Afgevinkt: contact na {weeks} weken.").format(weeks=row.week))
            self.refresh()
            self.view.setFocus()

    def _open(self) -> None:
        row = selected_row(self.view, self.model)
        if row is not None:
            self.open_participant(row.participant_id)

    def clear(self) -> None:
        self.model.set_rows([])
        self.status.clear()


class ListsPage(QWidget):
    """Verwijzers, which activities make each arrangement, and the settings (follow-up weeks, maximum, targets)."""

    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QHBoxLayout(self)
        layout.addWidget(self._referrer_box(), 1)
        right = QVBoxLayout()
        right.addWidget(self._arrangement_box(), 1)
        right.addWidget(self._settings_box())
        layout.addLayout(right, 1)

    def _referrer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Verwijzers"))
        self.referrer_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Naam"), lambda r: r.name),
                Column(self.tr("Soort"), lambda r: core(REFERRER_KINDS.get(r.kind, r.kind))),
                Column(self.tr("Actief"), lambda r: self.tr("ja") if r.active else self.tr("nee")),
            ],
            self,
        )
        self.referrers = table_view(self.tr("Verwijzers"), self.referrer_model)
        self.referrer_name = named(QLineEdit(), self.tr("Naam verwijzer"))
        self.referrer_kind = named(QComboBox(), self.tr("Soort verwijzer"))
        for code, label in REFERRER_KINDS.items():
            self.referrer_kind.addItem(core(label), code)
        self.add_referrer_button = named(QPushButton(self.tr("Verwijzer &toevoegen")), self.tr("Verwijzer toevoegen"))
        self.stop_referrer_button = named(
            QPushButton(self.tr("Gekozen verwijzer (de)activeren")), self.tr("Gekozen verwijzer activeren")
        )
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.referrer_name)
        form.addRow(self.tr("Soort"), self.referrer_kind)
        layout = QVBoxLayout(box)
        layout.addWidget(self.referrers)
        layout.addWidget(self.stop_referrer_button)
        layout.addLayout(form)
        layout.addWidget(self.add_referrer_button)
        enable_with_selection(self.referrers, self.stop_referrer_button)
        self.add_referrer_button.clicked.connect(self.add_referrer)
        self.stop_referrer_button.clicked.connect(self.toggle_referrer)
        return box

    def _arrangement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Activiteiten per arrangement"))
        self.arrangement = named(QComboBox(), self.tr("Arrangement"))
        for code, label in ARRANGEMENTS.items():
            self.arrangement.addItem(core(label), code)
        self.activities = named(QListWidget(), self.tr("Activiteiten van het arrangement"))
        self.save_arrangement_button = named(
            QPushButton(self.tr("Arrangement &opslaan")), self.tr("Arrangement opslaan")
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.arrangement)
        layout.addWidget(self.activities)
        layout.addWidget(self.save_arrangement_button)
        self.arrangement.currentIndexChanged.connect(self._fill_activities)
        self.save_arrangement_button.clicked.connect(self.save_arrangement)
        return box

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Instellingen"))
        self.weeks = named(QLineEdit(), self.tr("Contactmomenten na (weken)"))
        self.maximum = named(QSpinBox(), self.tr("Maximum deelnemers per bondgenoot"))
        self.maximum.setRange(1, 20)
        self.target = named(QSpinBox(), self.tr("Doel deelnemers per jaar"))
        self.target.setRange(0, 1000)
        self.target_structural = named(QSpinBox(), self.tr("Doel structureel per jaar"))
        self.target_structural.setRange(0, 1000)
        self.save_settings_button = named(
            QPushButton(self.tr("Instellingen op&slaan")), self.tr("Instellingen opslaan")
        )
        form = QFormLayout(box)
        form.addRow(self.tr("Contactmomenten na (weken)"), self.weeks)
        form.addRow(self.tr("Maximum per bondgenoot"), self.maximum)
        form.addRow(self.tr("Doel deelnemers per jaar"), self.target)
        form.addRow(self.tr("Doel structureel per jaar"), self.target_structural)
        form.addRow("", self.save_settings_button)
        self.save_settings_button.clicked.connect(self.save_settings)
        return box

    def refresh(self) -> None:
        self.referrer_model.set_rows(reference.list_referrers(self.database))
        self._fill_activities()
        settings = reference.read_settings(self.database)
        self.weeks.setText(", ".join(str(w) for w in settings.weeks))
        self.maximum.setValue(settings.max_per_bondgenoot)
        self.target.setValue(settings.target_participants)
        self.target_structural.setValue(settings.target_structural)

    def _fill_activities(self, *_args) -> None:
        self.activities.clear()
        chosen = {a for a, _ in reference.arrangement_activities(self.database).get(self.arrangement.currentData(), [])}
        for activity_id, name in reference.programme_activities(self.database):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, activity_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if activity_id in chosen else Qt.CheckState.Unchecked)
            self.activities.addItem(item)

    def add_referrer(self) -> None:
        name, kind = self.referrer_name.text(), self.referrer_kind.currentData()
        if attempt(self, lambda: reference.save_referrer(self.database, name, kind))[0]:
            self.referrer_name.clear()
            self.refresh()

    def toggle_referrer(self) -> None:
        row = selected_row(self.referrers, self.referrer_model)
        if (
            row is not None
            and attempt(
                self, lambda: reference.save_referrer(self.database, row.name, row.kind, row.id, active=not row.active)
            )[0]
        ):
            self.refresh()

    def save_arrangement(self) -> None:
        code = self.arrangement.currentData()
        wanted = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.activities.item(n) for n in range(self.activities.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        attempt(self, lambda: reference.set_arrangement_activities(self.database, code, wanted))

    def save_settings(self) -> None:
        try:
            weeks = tuple(parse_weeks(self.weeks.text()))
        except ValueError:
            weeks = ()  # the service refuses it in plain Dutch
        settings = reference.WorSettings(
            weeks, self.maximum.value(), self.target.value(), self.target_structural.value()
        )
        attempt(self, lambda: reference.save_settings(self.database, settings))

    def clear(self) -> None:
        self.referrer_model.set_rows([])
        self.activities.clear()


class WelzijnView(QWidget):
    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.participants = ParticipantsPage(database, actor)
        self.follow_up = FollowUpPage(database, actor, self._open_participant)
        self.lists = ListsPage(database)
        self.pages = QTabWidget()
        self.pages.addTab(self.participants, self.tr("Deelnemers"))
        self.pages.addTab(self.follow_up, self.tr("Opvolgen"))
        self.pages.addTab(self.lists, self.tr("Verwijzers en arrangementen"))
        QVBoxLayout(self).addWidget(self.pages)
        self.pages.currentChanged.connect(self.refresh)

    def refresh(self, *_args) -> None:
        self.pages.currentWidget().refresh()  # type: ignore[attr-defined]

    def _open_participant(self, participant_id: int) -> None:
        self.pages.setCurrentWidget(self.participants)
        self.participants.open_participant(participant_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # emptied by the lock: unlocking on this view fills it again

    def clear(self) -> None:
        """On lock: no name or note stays in a widget."""
        self.participants.clear()
        self.follow_up.clear()
        self.lists.clear()
