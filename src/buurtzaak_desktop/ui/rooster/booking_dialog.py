"""The booking dialog: room, date, start–end in 15-minute steps, title, group, contact, people, an optional
activity, tariff, set-up/clean-up, repeat, and the BHV beheerder for use outside opening hours: chosen from the
volunteers and staff whose BHV certificate is valid on the booking's day. A note warns outside the opening hours.

The group is chosen from the known ones or typed as a new one; the room's capacity stands next to the number of
people; set-up and clean-up follow the chosen room until the user changes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.rooster.enums import Scope, Tariff
from buurtzaak_desktop.domain.rooster.hours import within
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooster.activity import activity_choices
from buurtzaak_desktop.services.rooster.bookings import (
    BookingChanges,
    BookingRequest,
    BookingResult,
    SeriesClashes,
    book,
    update_booking,
)
from buurtzaak_desktop.services.rooster.calendar import calendar_for
from buurtzaak_desktop.services.rooster.queries import known_groups
from buurtzaak_desktop.services.rooster.read_models import BookingInfo, RoomInfo
from buurtzaak_desktop.services.vrijwilligers.certificates import bhv_holders
from buurtzaak_desktop.ui.dates import day_and_month, format_date
from buurtzaak_desktop.ui.i18n import error_text
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.rooster.questions import ask_book_rest
from buurtzaak_desktop.ui.rooster.time_boxes import BOOKING_AREAS, chosen_time, select_time, time_box


def short_day(day: date) -> str:
    """'do 10-12' in Dutch, 'Thu 10-12' in English."""
    return day_and_month(day)


class BookingDialog(QDialog):
    """New booking (``booking`` None) or edit one (with the scope asked before)."""

    def __init__(
        self,
        context: AppContext,
        rooms: Sequence[RoomInfo],
        request: BookingRequest,
        booking: BookingInfo | None = None,
        scope: Scope = Scope.THIS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.booking, self.scope = context, booking, scope
        self.setWindowTitle(self.tr("Boeking wijzigen") if booking else self.tr("Nieuwe boeking"))
        self.messages: list[str] = []
        self.booking_ids: list[int] = []  # what the dialog booked or changed, for the grid to show
        self.booked_day: date | None = None
        self._build(rooms, request.activity_id)
        self._fill(request)

    def _named(self, widget, label: str):
        widget.setAccessibleName(label)
        return widget

    def _build(self, rooms: Sequence[RoomInfo], activity_id: int | None) -> None:
        self.rooms = {room.id: room for room in rooms}
        self.room = self._named(QComboBox(self), self.tr("Ruimte"))
        for room in rooms:
            self.room.addItem(f"{room.name} ({room.capacity})", room.id)
        self.day = self._named(QDateEdit(self), self.tr("Datum"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.start = time_box(self, self.tr("Begin"))
        self.end = time_box(self, self.tr("Eind"))
        self.title = self._named(QLineEdit(self), self.tr("Omschrijving"))
        self.group = self._named(QComboBox(self), self.tr("Groep of organisatie"))
        self.group.setEditable(True)  # a known group, or a new one typed here (the service makes it)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group.addItems(["", *known_groups(self.context.database)])
        self.contact = self._named(QLineEdit(self), self.tr("Contactpersoon"))
        self.people = self._named(QSpinBox(self), self.tr("Verwacht aantal personen"))
        self.people.setRange(0, 1000)
        self.capacity = self._named(QLabel(self), self.tr("Hoogstens (brandveiligheid)"))
        self.activity = self._named(QComboBox(self), self.tr("Activiteit"))
        self.activity.addItem(self.tr("(geen activiteit)"), None)
        for key, name in activity_choices(self.context.database, keep=activity_id):
            self.activity.addItem(name, key)
        self.tariff = self._named(QComboBox(self), self.tr("Tarief"))
        for tariff, text in (
            (Tariff.FREE, self.tr("gratis")),
            (Tariff.NON_COMMERCIAL, self.tr("niet-commercieel")),
            (Tariff.COMMERCIAL, self.tr("commercieel")),
        ):
            self.tariff.addItem(text, tariff.value)  # the plain stored word: findData matches a booking's tariff
        self.setup = self._named(QSpinBox(self), self.tr("Opbouw (minuten)"))
        self.cleanup = self._named(QSpinBox(self), self.tr("Afbouw (minuten)"))
        for box in (self.setup, self.cleanup):
            box.setRange(0, 240)
            box.setSingleStep(15)
        self.repeat = self._named(QComboBox(self), self.tr("Herhaling"))
        for repeat, text in (
            (None, self.tr("niet")),
            ("weekly", self.tr("wekelijks")),
            ("biweekly", self.tr("om de week")),
            ("monthly", self.tr("maandelijks (zelfde weekdag)")),
        ):
            self.repeat.addItem(text, repeat)
        self.until = self._named(QDateEdit(self), self.tr("Herhalen tot en met"))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd-MM-yyyy")
        self.bhv = self._named(
            QCheckBox(self.tr("Beheerder met BHV aanwezig (buiten openingstijden)"), self),
            self.tr("Beheerder met BHV aanwezig"),
        )
        self.bhv_person = self._named(QComboBox(self), self.tr("Beheerder met geldig BHV-certificaat"))
        self.bhv_note = QLabel(self)  # says so when nobody's BHV is valid on the day
        self.bhv_note.setWordWrap(True)
        self.hours_note = QLabel(self)  # "Let op: buiten de openingstijden; alleen met BHV."
        self.hours_note.setWordWrap(True)
        self.hours_note.setAccessibleName(self.tr("Openingstijden"))
        form = QFormLayout()
        form.addRow(self.tr("&Ruimte"), self.room)
        form.addRow(self.tr("&Datum"), self.day)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        form.addRow(self.tr("Van – tot"), times)
        form.addRow(self.tr("&Omschrijving"), self.title)
        form.addRow(self.tr("&Groep"), self.group)
        form.addRow(self.tr("&Contactpersoon"), self.contact)
        people = QHBoxLayout()
        people.addWidget(self.people)
        people.addWidget(self.capacity)
        form.addRow(self.tr("&Personen"), people)
        form.addRow(self.tr("&Activiteit"), self.activity)
        form.addRow(self.tr("&Tarief"), self.tariff)
        bands = QHBoxLayout()
        bands.addWidget(self.setup)
        bands.addWidget(self.cleanup)
        form.addRow(self.tr("Opbouw / afbouw (min.)"), bands)
        if self.booking is None:
            form.addRow(self.tr("&Herhaling"), self.repeat)
            form.addRow(self.tr("Tot en met"), self.until)
        else:
            self.repeat.hide()
            self.until.hide()
        form.addRow(self.hours_note)
        form.addRow(self.bhv)
        form.addRow(self.tr("&Beheerder (BHV)"), self.bhv_person)
        form.addRow(self.bhv_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for combo in self.findChildren(QComboBox):
            combo.view().setAccessibleName(combo.accessibleName())
        self.repeat.currentIndexChanged.connect(self._sync_enabled)
        self.bhv.toggled.connect(self._sync_enabled)
        self.day.dateChanged.connect(self._day_changed)
        self.start.currentIndexChanged.connect(self._show_hours)
        self.end.currentIndexChanged.connect(self._show_hours)
        self.room.currentIndexChanged.connect(lambda _index: self._room_chosen())
        self._room_minutes = (0, 0)  # the set-up/clean-up the dialog last filled in (not typed by the user)

    def _room_chosen(self) -> None:
        """Show the room's capacity; set-up and clean-up follow the room unless the user has changed them."""
        room = self.rooms.get(self.room.currentData())
        if room is None:
            return
        self.capacity.setText(self.tr("max. {capacity}").format(capacity=room.capacity))
        for box, was, now in zip(
            (self.setup, self.cleanup), self._room_minutes, (room.setup_minutes, room.cleanup_minutes), strict=True
        ):
            if box.value() == was:
                box.setValue(now)
        self._room_minutes = (room.setup_minutes, room.cleanup_minutes)

    def _sync_enabled(self) -> None:
        self.until.setEnabled(self.repeat.currentData() is not None)
        self.bhv_person.setEnabled(self.bhv.isChecked() and self.bhv_person.currentData() is not None)

    def _day_changed(self) -> None:
        self._fill_bhv(self.bhv_person.currentData())
        self._show_hours()

    def _fill_bhv(self, keep: int | None) -> None:
        """The people whose BHV is valid on the booking's day (the one chosen stays chosen if still valid)."""
        day = from_qdate(self.day.date())
        holders = bhv_holders(self.context.database, day)
        self.bhv_person.blockSignals(True)
        self.bhv_person.clear()
        for holder in holders:
            until = (
                self.tr("geldig tot {day}").format(day=format_date(holder.valid_until))
                if holder.valid_until
                else self.tr("verloopt niet")
            )
            self.bhv_person.addItem(f"{holder.name} ({until})", holder.volunteer_id)
        if not holders:
            self.bhv_person.addItem(self.tr("(niemand beschikbaar)"), None)
        self.bhv_person.setCurrentIndex(max(0, self.bhv_person.findData(keep)))
        self.bhv_person.blockSignals(False)
        self.bhv_note.setText(
            ""
            if holders
            else self.tr(
                "Niemand heeft op {day} een geldig BHV-certificaat. Leg het certificaat vast bij Vrijwilligers."
            ).format(day=format_date(day))
        )
        self.bhv_note.setVisible(not holders)
        self._sync_enabled()

    def _show_hours(self) -> None:
        """Warn when the booking lies outside the opening hours (or on a closed day): it then needs a BHV."""
        day = from_qdate(self.day.date())
        hours = calendar_for(self.context.database, day, day)[0]
        if not hours.is_open:
            text = self.tr("Let op: gesloten ({reason}); alleen met BHV.").format(reason=hours.reason)
        elif not within(hours, chosen_time(self.start), chosen_time(self.end)):
            text = (
                self.tr("Let op: buiten de openingstijden; alleen met BHV.")
                + " "
                + self.tr("Open {opens}–{closes}.").format(opens=f"{hours.opens:%H:%M}", closes=f"{hours.closes:%H:%M}")
            )
        else:
            text = ""
        self.hours_note.setText(text)
        self.hours_note.setVisible(bool(text))

    def _fill(self, request: BookingRequest) -> None:
        self.room.setCurrentIndex(max(0, self.room.findData(request.room_id)))
        self._room_chosen()  # the room's minutes; a booking's own minutes below count as the user's choice
        if request.setup_minutes is not None:
            self.setup.setValue(request.setup_minutes)
        if request.cleanup_minutes is not None:
            self.cleanup.setValue(request.cleanup_minutes)
        self.day.setDate(to_qdate(request.day))
        self.until.setDate(to_qdate(request.day).addMonths(3))
        select_time(self.start, request.start)
        select_time(self.end, request.end)
        self.title.setText(request.title)
        self.group.setCurrentText(request.group_name)
        self.contact.setText(request.contact)
        self.people.setValue(request.people)
        self.tariff.setCurrentIndex(max(0, self.tariff.findData(request.tariff)))
        self.activity.setCurrentIndex(max(0, self.activity.findData(request.activity_id)))
        self.bhv.setChecked(request.bhv_volunteer_id is not None)
        self._fill_bhv(request.bhv_volunteer_id)
        self._show_hours()
        self._sync_enabled()
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def request(self) -> BookingRequest:
        frequency = self.repeat.currentData()
        return BookingRequest(
            room_id=self.room.currentData(),
            day=from_qdate(self.day.date()),
            start=chosen_time(self.start),
            end=chosen_time(self.end),
            title=self.title.text(),
            group_name=self.group.currentText(),
            contact=self.contact.text(),
            people=self.people.value(),
            tariff=self.tariff.currentData(),
            setup_minutes=self.setup.value(),
            cleanup_minutes=self.cleanup.value(),
            bhv_volunteer_id=self.bhv_person.currentData() if self.bhv.isChecked() else None,
            activity_id=self.activity.currentData(),
            frequency=frequency,
            until=from_qdate(self.until.date()) if frequency else None,
        )

    def accept(self) -> None:
        request = self.request()
        if self.booking is None or self.booking.id is None:
            made = self._book_new(request)
            if made is None:  # refused, or a clashing series the user chose not to book: the dialog stays open
                return
            self.booking_ids = list(made.booking_ids)
            warnings, skipped = made.warnings, made.skipped_days
        else:
            booking_id = self.booking.id
            changes = self._changes(request)
            edited = operations().run(
                self,
                lambda: update_booking(self.context.database, booking_id, changes, self.scope),
                BOOKING_AREAS,
                lambda _edited: self._describe(self.tr("Gewijzigd"), request),
            )
            if edited is None:
                return
            self.booking_ids = [booking_id]
            warnings, skipped = edited.warnings, edited.skipped_days
        self.booked_day = request.day
        if skipped:
            self.messages.append(
                self.tr("Niet geboekt op sluitingsdagen: {days}.").format(
                    days=", ".join(format_date(day) for day in skipped)
                )
            )
        self.messages += [error_text(warning) for warning in warnings]
        super().accept()

    def _book_new(self, request: BookingRequest) -> BookingResult | None:
        """Book; a series that clashes lists every clashing date and offers to book the rest (None: not booked)."""
        database = self.context.database
        try:
            return operations().run(
                self, lambda: book(database, request), BOOKING_AREAS, self._booked, passing=(SeriesClashes,)
            )
        except SeriesClashes as clashing:
            if not ask_book_rest(self, clashing.clashes, int(clashing.params["total"])):
                return None
        result = operations().run(
            self, lambda: book(database, replace(request, skip_clashes=True)), BOOKING_AREAS, self._booked
        )
        if result is not None:
            self.messages.append(
                self.tr("Niet geboekt, de ruimte is dan al bezet: {days}.").format(
                    days=", ".join(format_date(day) for day in result.clashed_days)
                )
            )
        return result

    def _booked(self, made: BookingResult) -> str:
        """The status-bar line: the booking, or how the series went."""
        request = self.request()
        if request.frequency is None:
            return self._describe(self.tr("Geboekt"), request)
        text = self.tr("Reeks: {count} boekingen").format(count=len(made.booking_ids))
        if made.skipped_days:
            text += self.tr(", {count} overgeslagen (sluitingsdag)").format(count=len(made.skipped_days))
        return text

    def _describe(self, verb: str, request: BookingRequest) -> str:
        room = self.rooms.get(request.room_id)
        return self.tr("{verb}: {room}, {day} {start}–{end}").format(
            verb=verb,
            room=room.name if room is not None else "?",
            day=short_day(request.day),
            start=f"{request.start:%H:%M}",
            end=f"{request.end:%H:%M}",
        )

    def _changes(self, request: BookingRequest) -> BookingChanges:
        assert self.booking is not None
        return BookingChanges(
            room_id=request.room_id,
            day=request.day if request.day != self.booking.day else None,
            start=request.start,
            end=request.end,
            title=request.title,
            group_name=request.group_name,
            contact=request.contact,
            people=request.people,
            tariff=request.tariff,
            setup_minutes=request.setup_minutes,
            cleanup_minutes=request.cleanup_minutes,
            bhv_volunteer_id=request.bhv_volunteer_id,
            clear_bhv=request.bhv_volunteer_id is None,
            activity_id=request.activity_id,
            unlink_activity=request.activity_id is None,
            seen_version=self.booking.version,  # refused, not overwritten, when another desk changed it meanwhile
        )
