"""The activity dialog and the participant dialog. They only collect input; the page calls the services."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.activiteiten.followup import CAME_VIA_CHOICES
from buurtzaak_desktop.domain.activiteiten.labels import CAME_VIA_LABELS, FREQUENCY_LABELS, LEADER_KIND_LABELS
from buurtzaak_desktop.domain.activiteiten.recurrence import FREQUENCIES, decode_weekdays
from buurtzaak_desktop.services.activiteiten.bookings import SkippedDay
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput
from buurtzaak_desktop.services.activiteiten.programme import (
    LEADER_KINDS,
    VOLUNTEER_LEADER,
    ActivityInput,
    LeaderWarning,
    SavePreview,
)
from buurtzaak_desktop.services.activiteiten.read_models import ActivityInfo, ParticipantInfo
from buurtzaak_desktop.services.rooster.read_models import RoomInfo
from buurtzaak_desktop.ui.dates import format_date, weekday_short
from buurtzaak_desktop.ui.i18n import core_label, error_text
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate, from_qtime


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


def _add_row(form: QFormLayout, label: str, widget: QWidget) -> None:
    """A labelled row whose label is the input's accessible name and its buddy (Alt+letter jumps to it)."""
    _named(widget, label.replace("&", ""))
    if isinstance(widget, QComboBox):
        widget.view().setAccessibleName(label.replace("&", ""))  # the drop-down list
    text = QLabel(label)
    text.setBuddy(widget)
    form.addRow(text, widget)


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for standard, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Opslaan")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Annuleren")),
        ):
            self.buttons.button(standard).setText(name)
            self.buttons.button(standard).setAccessibleName(name)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.result_value: object = None

    def build(self) -> object:
        raise NotImplementedError

    def try_accept(self) -> None:
        """Check the input with the core's rules first: a refusal is shown in the dialog, which stays open."""

        def checked() -> tuple[object, bool]:
            value = self.build()
            check = getattr(value, "check", None)
            if check is not None:
                check()
            return value, self.confirm_value(value)

        outcome = operations().run(self, checked, inline=self.message)  # nothing written yet: no areas
        if outcome is None or not outcome[1]:
            return
        self.result_value = outcome[0]
        self.accept()

    def confirm_value(self, value: object) -> bool:
        """A last question before the dialog closes with ``value``; False keeps it open."""
        return True


Preview = Callable[[ActivityInput], SavePreview]
SHOWN_DATES = 12  # more dates than this are counted, not listed, so the question fits on a screen


def skip_summary(skipped: list[SkippedDay], question: bool = True) -> str:
    """The dates the rooster refused, counted by reason and then listed date by date; ends with the question
    whether to save anyway (when saving an activity) or not (when resuming one, the dates are already skipped).

    The texts keep the dialog's translation context, also when the programme view shows them after resuming."""
    closed = [s for s in skipped if s.closed]
    clashes = Counter(
        (str(s.clash_title), str(s.error.params.get("room", "")))
        for s in skipped
        if not s.closed and s.clash_title is not None
    )
    other = [s for s in skipped if not s.closed and s.clash_title is None]
    parts = []
    if closed:
        parts.append(
            QCoreApplication.translate("ActivityDialog", "1 bijeenkomst valt op een sluitingsdag")
            if len(closed) == 1
            else QCoreApplication.translate("ActivityDialog", "{n} bijeenkomsten vallen op een sluitingsdag").format(
                n=len(closed)
            )
        )
    for (title, room), count in sorted(clashes.items()):
        text = (
            QCoreApplication.translate("ActivityDialog", "1 botst met '{title}' in {room}")
            if count == 1
            else QCoreApplication.translate("ActivityDialog", "{n} botsen met '{title}' in {room}")
        )
        parts.append(text.format(n=count, title=title, room=room))
    if other:
        parts.append(
            QCoreApplication.translate("ActivityDialog", "1 kan om een andere reden niet worden geboekt")
            if len(other) == 1
            else QCoreApplication.translate(
                "ActivityDialog", "{n} kunnen om een andere reden niet worden geboekt"
            ).format(n=len(other))
        )
    lines = [f"• {format_date(s.day)}: {error_text(s.error)}" for s in skipped[:SHOWN_DATES]]
    if len(skipped) > SHOWN_DATES:
        lines.append(
            QCoreApplication.translate("ActivityDialog", "… en nog {n} datums").format(n=len(skipped) - SHOWN_DATES)
        )
    ending = ["", QCoreApplication.translate("ActivityDialog", "Toch opslaan zonder die datums?")] if question else []
    return "\n".join(
        [
            QCoreApplication.translate(
                "ActivityDialog", "{reasons}. Die datums worden overgeslagen (niet doorgegaan):"
            ).format(reasons="; ".join(parts)),
            *lines,
            *ending,
        ]
    )


def leader_warning_text(warnings: list[LeaderWarning]) -> str:
    """One line per certificate of the leader that expires soon; empty when there is none."""
    return "\n".join(
        QCoreApplication.translate(
            "ActivityDialog",
            "Let op: {certificate} van {name} verloopt op {date}. Opslaan kan nog; zorg op tijd voor een nieuw.",
        ).format(certificate=w.certificate, name=w.leader, date=format_date(w.valid_until))
        for w in warnings
    )


class ActivityDialog(_FormDialog):
    """``preview`` (the programme service's ``check``, for this activity and today) tells which dates the rooster
    would refuse: they are shown before saving, and saving goes on only when the user agrees to skip them. It also
    refuses a chosen volunteer leader whose certificate has expired (shown in the dialog, which stays open) and warns
    when it expires soon.

    ``volunteers`` (id, name) are offered as leader: only a volunteer chosen there is checked, a typed name never is.
    """

    def __init__(
        self,
        rooms: Sequence[RoomInfo],
        activity: ActivityInfo | None = None,
        parent: QWidget | None = None,
        preview: Preview | None = None,
        volunteers: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(self.tr("Activiteit") if activity else self.tr("Nieuwe activiteit"), parent)
        self.preview = preview
        today = clock.today()
        self.name = QLineEdit(self)
        self.category = QLineEdit(self)
        self.target_group = QLineEdit(self)
        self.room = QComboBox(self)
        self.room.addItem(self.tr("(geen ruimte)"), None)
        for room in rooms:
            self.room.addItem(f"{room.name} ({room.capacity})", room.id)
        self.days = [QCheckBox(weekday_short(day), self) for day in range(7)]
        days_row = QWidget(self)
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.days:
            box.setAccessibleName(box.text())
            days_layout.addWidget(box)
        self.start = QTimeEdit(QTime(10, 0), self)
        self.end = QTimeEdit(QTime(12, 0), self)
        self.frequency = QComboBox(self)
        for name in FREQUENCIES:
            self.frequency.addItem(core_label(FREQUENCY_LABELS[name]), name)
        self.season_start = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.season_end = QDateEdit(QDate(today.year, today.month, today.day).addMonths(6), self)
        for edit in (self.season_start, self.season_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.leader = QLineEdit(self)
        self.leader_kind = QComboBox(self)
        for kind in LEADER_KINDS:
            self.leader_kind.addItem(core_label(LEADER_KIND_LABELS.get(kind, kind)), kind)
        self.leader_volunteer = QComboBox(self)
        self.leader_volunteer.addItem(self.tr("(geen vrijwilliger gekozen)"), None)
        for volunteer_id, volunteer_name in volunteers or []:
            self.leader_volunteer.addItem(volunteer_name, volunteer_id)
        self.leader_volunteer.currentIndexChanged.connect(lambda _index: self._choose_volunteer())
        self.leader.textEdited.connect(self._leader_typed)
        self.expected = QSpinBox(self)
        self.expected.setRange(0, 1000)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 1000)
        self.capacity.setSpecialValueText(self.tr("geen maximum"))
        self.cost = QSpinBox(self)
        self.cost.setRange(0, 100_000)
        self.cost.setSuffix(self.tr(" cent"))
        self.walk_in_rows = QSpinBox(self)
        self.walk_in_rows.setRange(0, 40)
        self.walk_in_rows.setValue(5)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        for label, widget in (
            (self.tr("&Naam"), self.name),
            (self.tr("&Categorie"), self.category),
            (self.tr("&Doelgroep"), self.target_group),
            (self.tr("&Ruimte"), self.room),
            (self.tr("Dag(en)"), days_row),
            (self.tr("&Begin"), self.start),
            (self.tr("&Eind"), self.end),
            (self.tr("&Frequentie"), self.frequency),
            (self.tr("Seizoen &van"), self.season_start),
            (self.tr("Seizoen &tot"), self.season_end),
            (self.tr("&Leiding"), self.leader),
            (self.tr("Soort leiding"), self.leader_kind),
            (self.tr("Vr&ijwilliger als leiding"), self.leader_volunteer),
            (self.tr("&Verwacht aantal"), self.expected),
            (self.tr("&Plaatsen"), self.capacity),
            (self.tr("&Kosten per keer"), self.cost),
            (self.tr("Lege &regels voor inlopers"), self.walk_in_rows),
            (self.tr("&Opmerkingen"), self.notes),
        ):
            _add_row(self.form, label, widget)
        if activity is not None:
            self._fill(activity)

    def _fill(self, a: ActivityInfo) -> None:
        self.name.setText(a.name)
        self.category.setText(a.category)
        self.target_group.setText(a.target_group)
        self.room.setCurrentIndex(max(0, self.room.findData(a.room_id)))
        for day in decode_weekdays(a.weekdays):
            self.days[day].setChecked(True)
        self.start.setTime(QTime(a.start_time.hour, a.start_time.minute))
        self.end.setTime(QTime(a.end_time.hour, a.end_time.minute))
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(a.frequency)))
        self.season_start.setDate(QDate(a.season_start.year, a.season_start.month, a.season_start.day))
        self.season_end.setDate(QDate(a.season_end.year, a.season_end.month, a.season_end.day))
        self.leader_volunteer.setCurrentIndex(max(0, self.leader_volunteer.findData(a.leader_volunteer_id)))
        self.leader.setText(a.leader)
        self.leader_kind.setCurrentIndex(max(0, self.leader_kind.findData(a.leader_kind)))
        self.expected.setValue(a.expected)
        self.capacity.setValue(a.capacity or 0)
        self.cost.setValue(a.cost_cents)
        self.walk_in_rows.setValue(a.walk_in_rows)
        self.notes.setPlainText(a.notes)

    def _choose_volunteer(self) -> None:
        """A volunteer chosen from the list leads the activity: their name is the leader, their certificates count."""
        volunteer_id = self.leader_volunteer.currentData()
        if volunteer_id is None:
            return
        self.leader.setText(self.leader_volunteer.currentText())
        self.leader_kind.setCurrentIndex(max(0, self.leader_kind.findData(VOLUNTEER_LEADER)))

    def _leader_typed(self, text: str) -> None:
        """Typing another name unlinks the chosen volunteer: a typed name is never matched to a volunteer."""
        if self.leader_volunteer.currentData() is not None and text != self.leader_volunteer.currentText():
            self.leader_volunteer.setCurrentIndex(0)

    def confirm_value(self, value: object) -> bool:
        if self.preview is None or not isinstance(value, ActivityInput):
            return True
        result = self.preview(value)  # a refusal (the leader's certificate has expired) is raised and shown
        warning = leader_warning_text(result.warnings)
        if not result.skipped:
            if warning:
                self.message.setText(warning)
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Certificaat verloopt binnenkort"),
                    warning,
                    QMessageBox.StandardButton.NoButton,
                    self,
                )
                box.setAccessibleName(self.tr("Certificaat verloopt binnenkort"))
                ok = box.addButton(self.tr("Opslaan"), QMessageBox.ButtonRole.AcceptRole)
                ok.setAccessibleName(ok.text())
                box.exec()  # a warning, never a block: saving goes on
            return True
        summary = "\n\n".join(part for part in (warning, skip_summary(result.skipped)) if part)
        self.message.setText(summary)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Niet elke datum kan worden geboekt"),
            summary,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setAccessibleName(self.tr("Niet elke datum kan worden geboekt"))
        save = box.addButton(self.tr("Toch opslaan"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Terug naar het formulier"), QMessageBox.ButtonRole.RejectRole)
        for widget in (save, back):
            widget.setAccessibleName(widget.text())
        box.setDefaultButton(back)  # Enter does not skip dates by accident
        box.exec()
        return box.clickedButton() is save

    def build(self) -> ActivityInput:
        return ActivityInput(
            name=self.name.text(),
            category=self.category.text(),
            target_group=self.target_group.text(),
            room_id=self.room.currentData(),
            weekdays=tuple(i for i, box in enumerate(self.days) if box.isChecked()),
            start_time=from_qtime(self.start.time()),
            end_time=from_qtime(self.end.time()),
            frequency=self.frequency.currentData(),
            season_start=from_qdate(self.season_start.date()),
            season_end=from_qdate(self.season_end.date()),
            leader=self.leader.text(),
            leader_kind=self.leader_kind.currentData(),
            leader_volunteer_id=self.leader_volunteer.currentData(),
            expected=self.expected.value(),
            capacity=self.capacity.value() or None,
            cost_cents=self.cost.value(),
            walk_in_rows=self.walk_in_rows.value(),
            notes=self.notes.toPlainText(),
        )


class ParticipantDialog(_FormDialog):
    def __init__(self, person: ParticipantInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deelnemer") if person else self.tr("Nieuwe deelnemer"), parent)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.born_from = QSpinBox(self)
        self.born_to = QSpinBox(self)
        for spin in (self.born_from, self.born_to):
            spin.setRange(1899, 2100)
            spin.setSpecialValueText(self.tr("onbekend"))
            spin.setValue(1899)
        self.postcode = QLineEdit(self)
        self.postcode.setMaxLength(4)
        self.came_via = QComboBox(self)
        self.came_via.setEditable(True)
        self.came_via.addItem("")
        for value in CAME_VIA_CHOICES:  # shown in the window's language, stored as the Dutch word
            self.came_via.addItem(core_label(CAME_VIA_LABELS[value]), value)
        self.photos = QCheckBox(self.tr("mag op foto's"), self)
        self.print_phone = QCheckBox(self.tr("telefoonnummer mag op de presentielijst"), self)
        for label, widget in (
            (self.tr("&Naam"), self.name),
            (self.tr("&Telefoon"), self.phone),
            (self.tr("&E-mail"), self.email),
            (self.tr("Geboren &vanaf"), self.born_from),
            (self.tr("Geboren t/&m"), self.born_to),
            (self.tr("&Postcodegebied"), self.postcode),
            (self.tr("&Gekomen via"), self.came_via),
            (self.tr("Toestemming foto's"), self.photos),
            (self.tr("Toestemming telefoon"), self.print_phone),
        ):
            _add_row(self.form, label, widget)
        if person is not None:
            self.name.setText(person.name)
            self.phone.setText(person.phone)
            self.email.setText(person.email)
            self.born_from.setValue(person.birth_year_from or 1899)
            self.born_to.setValue(person.birth_year_to or 1899)
            self.postcode.setText(person.postcode_area)
            self.came_via.setCurrentText(core_label(CAME_VIA_LABELS.get(person.came_via, person.came_via)))
            self.photos.setChecked(person.consent_photos)
            self.print_phone.setChecked(person.consent_print_phone)

    def _came_via(self) -> str:
        """The stored word for a listed choice; what the user typed otherwise."""
        index = self.came_via.findText(self.came_via.currentText())
        value = self.came_via.itemData(index) if index > 0 else None
        return str(value) if value else self.came_via.currentText()

    def build(self) -> ParticipantInput:
        def year(spin: QSpinBox) -> int | None:
            return None if spin.value() == spin.minimum() else spin.value()

        return ParticipantInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            birth_year_from=year(self.born_from),
            birth_year_to=year(self.born_to),
            postcode_area=self.postcode.text(),
            came_via=self._came_via(),
            consent_photos=self.photos.isChecked(),
            consent_print_phone=self.print_phone.isChecked(),
        )
