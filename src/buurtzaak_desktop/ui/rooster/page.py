"""Rooster: the beheerder's main screen. A day or week grid of rooms × time, a list view, and 'wat is vrij?'."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.rooster.enums import BookingStatus, Scope
from buurtzaak_desktop.services.rooster.queries import RoosterView, booking_by_id, bookings_for, rooster_view
from buurtzaak_desktop.services.rooster.read_models import BookingInfo
from buurtzaak_desktop.ui.dates import format_date
from buurtzaak_desktop.ui.i18n import error_text
from buurtzaak_desktop.ui.notice import NoticeBar
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.rooster.free_panel import FreePanel
from buurtzaak_desktop.ui.rooster.grid import RoosterGrid, scrolling, week_of
from buurtzaak_desktop.ui.rooster.questions import ask_print_target, ask_scope, confirm_cancel, confirm_lapse
from buurtzaak_desktop.ui.rooster.time_boxes import BOOKING_AREAS
from buurtzaak_desktop.ui.rooster.type_ahead import TitleJump
from buurtzaak_desktop.ui.shortcuts import widget_shortcut
from buurtzaak_desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from buurtzaak_desktop.services.rooster.bookings import BookingRequest

# The dialogs and the services that write (bookings, with the BHV certificates and the activities they check) are
# imported where they are used: the page shows its week without them (~0.1 s sooner at start-up).

DAY, WEEK, LIST = 0, 1, 2


def name_popup_lists(root: QWidget) -> None:
    """A combo box's popup list gets the combo's name, for screen readers (and the accessibility test)."""
    for combo in root.findChildren(QComboBox):
        combo.view().setAccessibleName(combo.accessibleName())


class RoosterPage(TabPage):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.day = now_local().date()
        self.view = RoosterView([], [], [])
        self._build_toolbar()
        self.grid = RoosterGrid(self)
        self.grid.setAccessibleName(self.tr("Roostergrid"))
        self.grid.createRequested.connect(self._create_from_grid)
        self.grid.editRequested.connect(self.edit_booking)
        self.grid.cancelRequested.connect(self.cancel_booking)
        self.grid.selectionChanged.connect(self._show_selection)
        self.grid.moveRequested.connect(self.move_booking)
        self.title_jump = TitleJump(self.grid)  # typing a title's first letters selects that booking
        self._build_list()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scrolling(self.grid))
        self.stack.addWidget(self.list_panel)
        self.free = FreePanel(context, self)
        self.free.bookRequested.connect(self._create_from_free)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.free)
        side_layout.addWidget(self.details)
        side_layout.addWidget(self.calendar_button)
        side_layout.addWidget(self.strike_button)
        side_layout.addWidget(self.settings_button)
        side_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        self.notice = NoticeBar(self)  # warnings after booking or moving, beside the grid that shows the result
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        name_popup_lists(self)
        QShortcut(QKeySequence("Ctrl+F"), self, self.free.day.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_booking)

    # --- building -----------------------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build_toolbar(self) -> None:
        self.previous_button = self._button(self.tr("◀ &Vorige"), self.tr("Vorige"), lambda: self._step(-1))
        self.today_button = self._button(self.tr("Van&daag"), self.tr("Vandaag"), self.go_today)
        self.next_button = self._button(self.tr("V&olgende ▶"), self.tr("Volgende"), lambda: self._step(1))
        self.date_edit = QDateEdit(to_qdate(self.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd dd-MM-yyyy")
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.date_edit.dateChanged.connect(lambda value: self.set_day(from_qdate(value)))
        self.mode = QComboBox(self)
        self.mode.addItems([self.tr("Dag"), self.tr("Week"), self.tr("Lijst")])
        self.mode.setCurrentIndex(WEEK)
        self.mode.setAccessibleName(self.tr("Weergave"))
        self.mode.currentIndexChanged.connect(lambda _index: self.refresh())
        self.new_button = self._button(self.tr("&Nieuwe boeking…"), self.tr("Nieuwe boeking"), self.new_booking)
        self.strike_button = self._button(
            self.tr("Hygiënemelding…"), self.tr("Hygiënemelding vastleggen"), self.record_strike
        )
        self.calendar_button = self._button(
            self.tr("Sluitingsdagen…"), self.tr("Sluitingsdagen en weekendopening"), self.edit_calendar
        )
        self.settings_button = self._button(
            self.tr("Instellingen rooster…"), self.tr("Instellingen rooster"), self.edit_settings
        )
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.toolbar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button, self.date_edit, self.mode):
            self.toolbar.addWidget(widget)
        self.toolbar.addWidget(self.title, 1)
        self.toolbar.addWidget(self.new_button)

    def _build_list(self) -> None:
        self.list_model: RowTableModel[tuple[BookingInfo, str]] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda row: format_date(row[0].day)),
                Column(self.tr("Tijd"), lambda row: f"{row[0].start:%H:%M}–{row[0].end:%H:%M}"),
                Column(self.tr("Ruimte"), lambda row: row[1]),
                Column(self.tr("Omschrijving"), lambda row: row[0].title),
                Column(self.tr("Groep"), lambda row: row[0].group_name),
                Column(
                    self.tr("Status"),
                    lambda row: (
                        self.tr("geannuleerd") if row[0].status == BookingStatus.CANCELLED else self.tr("geboekt")
                    ),
                ),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Boekingen"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._list_action(self.edit_booking))
        # on the list only: Enter in the "wat is vrij?" fields must not open a booking
        widget_shortcut(self.table, Qt.Key.Key_Delete, lambda: self._list_action(self.cancel_booking))
        widget_shortcut(self.table, Qt.Key.Key_Return, lambda: self._list_action(self.edit_booking))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter op ruimte of groep"))
        self.filter.setAccessibleName(self.tr("Filter op ruimte of groep"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_panel = QWidget(self)
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    # --- navigation ---------------------------------------------------------------------------------------------
    def window_days(self) -> tuple[date, date]:
        if self.mode.currentIndex() == DAY:
            return self.day, self.day
        return week_of(self.day)

    def set_day(self, day: date) -> None:
        if day != self.day:
            self.day = day
            self.date_edit.setDate(to_qdate(day))
            self.free.set_day(day)
            self.refresh()

    def go_today(self) -> None:
        self.set_day(now_local().date())

    def _step(self, direction: int) -> None:
        self.set_day(self.day + timedelta(days=direction * (1 if self.mode.currentIndex() == DAY else 7)))

    def set_mode(self, mode: int) -> None:
        self.mode.setCurrentIndex(mode)

    def refresh(self) -> None:
        first, last = self.window_days()
        mode = self.mode.currentIndex()
        self.view = rooster_view(self.context.database, first, last)
        self.grid.set_view(self.view, week_mode=mode != DAY, now=now_local())
        self.stack.setCurrentIndex(1 if mode == LIST else 0)
        names = {room.id: room.name for room in self.view.rooms}
        if mode == LIST:
            history = bookings_for(self.context.database, first=first, last=last)
            self.list_model.set_rows([(b, names.get(b.room_id, "?")) for b in history])
            self.table.resizeColumnsToContents()
        iso = first.isocalendar()
        self.title.setText(
            format_date(first)
            if mode == DAY
            else self.tr("week {week}: {first} – {last}").format(
                week=iso.week, first=format_date(first), last=format_date(last)
            )
        )
        if self.free.results.count() == 0:
            self.free.set_day(self.day)

    def focus_main(self) -> None:
        """Ctrl+1: the cursor in the grid (or the list), where the arrow keys and Enter work."""
        view = self.table if self.mode.currentIndex() == LIST else self.grid
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self) -> None:
        super().reload()
        if self.free.results.count():  # a "wat is vrij?" answer stays true after a booking or a change
            self.free.find_free()

    # --- actions ------------------------------------------------------------------------------------------------
    def _rooms(self):
        return self.view.rooms

    def _open_dialog(
        self, request: BookingRequest, booking: BookingInfo | None = None, scope: Scope = Scope.THIS
    ) -> bool:
        from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog

        self.notice.clear()
        dialog = BookingDialog(self.context, self._rooms(), request, booking, scope, self)
        if not dialog.exec():
            return False
        if dialog.booked_day is not None and dialog.booking_ids:
            self.show_booking(dialog.booked_day, dialog.booking_ids[0])
        self.notice.show_lines(self.tr("Geboekt"), dialog.messages)
        return True

    def show_booking(self, day: date, booking_id: int) -> None:
        """After booking or changing: the grid on that day's week (or day), the booking selected and detailed."""
        if self.mode.currentIndex() == LIST:
            self.set_mode(WEEK)
        self.set_day(day)
        self.grid.select(booking_id)

    def new_booking(self) -> None:
        from buurtzaak_desktop.services.rooster.bookings import BookingRequest

        if not self.view.rooms:
            return
        room = self.view.rooms[0]
        self._open_dialog(
            BookingRequest(
                room_id=room.id or 0,
                day=self.day,
                start=time(19),
                end=time(21),
                title="",
                setup_minutes=room.setup_minutes,
                cleanup_minutes=room.cleanup_minutes,
            )
        )

    def _create_from_grid(self, room_id: int, day: date, start: int, end: int) -> None:
        from buurtzaak_desktop.services.rooster.bookings import BookingRequest

        room = next(r for r in self.view.rooms if r.id == room_id)
        request = BookingRequest(
            room_id=room_id,
            day=day,
            start=time(start // 60, start % 60),
            end=time(min(end, 23 * 60 + 45) // 60, min(end, 23 * 60 + 45) % 60),
            title="",
            setup_minutes=room.setup_minutes,
            cleanup_minutes=room.cleanup_minutes,
        )
        self._open_dialog(request)

    def _create_from_free(self, room_id: int, day: date, start: time, end: time) -> None:
        from buurtzaak_desktop.services.rooster.bookings import BookingRequest

        room = next(r for r in self.view.rooms if r.id == room_id)
        self._open_dialog(
            BookingRequest(
                room_id=room_id,
                day=day,
                start=start,
                end=end,
                title="",
                people=self.free.people.value(),
                setup_minutes=room.setup_minutes,
                cleanup_minutes=room.cleanup_minutes,
            )
        )

    def edit_booking(self, booking_id: int) -> None:
        from buurtzaak_desktop.services.rooster.bookings import request_from

        booking = booking_by_id(self.context.database, booking_id)
        if booking is None or booking.status != BookingStatus.LIVE:
            return
        scope = Scope.THIS
        if booking.series_id is not None:
            chosen = ask_scope(self, cancelling=False)
            if chosen is None:
                return
            scope = chosen
        self._open_dialog(request_from(booking), booking, scope)

    def move_booking(self, booking_id: int, room_id: int, start: int, end: int) -> None:
        """Dragged on the day grid: the same checks as any change; a refusal says why and changes nothing."""
        from buurtzaak_desktop.services.rooster.bookings import BookingChanges, update_booking

        booking = booking_by_id(self.context.database, booking_id)
        if booking is None or booking.status != BookingStatus.LIVE:
            return
        scope = ask_scope(self, cancelling=False) if booking.series_id is not None else Scope.THIS
        if scope is None:
            self.refresh()
            return
        shown = next((b for b in self.view.bookings if b.id == booking_id), booking)
        changes = BookingChanges(
            room_id=room_id,
            start=time(start // 60, start % 60),
            end=time(min(end, 24 * 60 - 1) // 60, min(end, 24 * 60 - 1) % 60),
            seen_version=shown.version,  # the block dragged is the one on screen: refused if it changed meanwhile
        )
        edited = operations().run(
            self,
            lambda: update_booking(self.context.database, booking_id, changes, scope),
            BOOKING_AREAS,
            self.tr("Verplaatst: {title}").format(title=booking.title),
        )
        if edited is None:
            self.refresh()  # the block snaps back to where it was
            return
        self.grid.select(booking_id)
        lines = [error_text(w) for w in edited.warnings]
        if edited.skipped_days:
            lines.append(
                self.tr("Niet geboekt op sluitingsdagen: {days}.").format(
                    days=", ".join(format_date(day) for day in edited.skipped_days)
                )
            )
        self.notice.show_lines(self.tr("Verplaatst"), lines)

    def cancel_booking(self, booking_id: int) -> None:
        from buurtzaak_desktop.services.rooster.appointment_link import check_may_change
        from buurtzaak_desktop.services.rooster.bookings import cancel_booking
        from buurtzaak_desktop.services.rooster.session_link import SessionsWouldLapse

        booking = booking_by_id(self.context.database, booking_id)
        if booking is None or booking.status != BookingStatus.LIVE:
            return
        if not operations().run(self, lambda: check_may_change(self.context.database, booking_id)):
            return  # a spreekuur appointment's booking: said at once, not after the question
        if booking.series_id is not None:
            scope = ask_scope(self, cancelling=True)
        else:
            scope = Scope.THIS if confirm_cancel(self, booking.title) else None
        if scope is None:
            return
        done = self.tr("Geannuleerd: {title}").format(title=booking.title)
        database = self.context.database
        try:
            operations().run(
                self,
                lambda: cancel_booking(database, booking_id, scope),
                BOOKING_AREAS,
                done,
                passing=(SessionsWouldLapse,),
            )
        except SessionsWouldLapse as question:  # it holds activity sessions: only when the user says so
            if confirm_lapse(self, question.lapsing):
                operations().run(
                    self,
                    lambda: cancel_booking(database, booking_id, scope, cancel_sessions=True),
                    BOOKING_AREAS,
                    done,
                )

    def _list_action(self, action) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            booking, _room = self.list_model.row_at(self.proxy.mapToSource(index))
            if booking.id is not None:
                action(booking.id)

    def _show_selection(self, booking_id: int | None) -> None:
        booking = self.grid.booking(booking_id)
        if booking is None:
            self.details.clear()
            return
        lines = [f"<b>{booking.title}</b>", f"{format_date(booking.day)} {booking.start:%H:%M}–{booking.end:%H:%M}"]
        if booking.group_name:
            lines.append(booking.group_name)
        if booking.contact:
            lines.append(booking.contact)
        if booking.activity_id is not None:
            from buurtzaak_desktop.services.rooster.activity import activity_choices

            names = dict(activity_choices(self.context.database, keep=booking.activity_id))
            lines.append(self.tr("activiteit: {name}").format(name=names.get(booking.activity_id, "?")))
        if booking.series_id:
            lines.append(self.tr("onderdeel van een reeks"))
        lines.append(self.tr("Enter: wijzigen · Delete: annuleren"))
        self.details.setText(
            "<br>".join(line.replace("&", "&amp;") if not line.startswith("<b>") else line for line in lines)
        )

    def edit_calendar(self) -> None:
        from buurtzaak_desktop.ui.rooster.calendar_dialog import OpeningCalendarDialog

        OpeningCalendarDialog(self.context, self.day.year, self).exec()  # its writes announce themselves

    def edit_settings(self) -> None:
        from buurtzaak_desktop.ui.rooster.settings_dialog import RoosterSettingsDialog

        RoosterSettingsDialog(self.context, self).exec()

    def record_strike(self) -> None:
        from buurtzaak_desktop.ui.rooster.strike_dialog import StrikeDialog

        StrikeDialog(self.context, self.view.rooms, self.day, self).exec()

    def print_current(self) -> bool:
        """Bestand > Afdrukken: the day or week grid shown, on a printer (dialog or preview) or as a PDF."""
        target = ask_print_target(self)
        if target == "pdf":
            self.save_pdf()
        elif target is not None:
            self.print_grid(preview=target == "preview")
        return True

    def _print_name(self) -> tuple[bool, date, str]:
        week = self.mode.currentIndex() != DAY
        first, _last = self.window_days()
        return week, first, f"weekrooster-{first:%G-W%V}" if week else f"dagrooster-{first.isoformat()}"

    def save_pdf(self) -> None:
        week, first, name = self._print_name()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Rooster opslaan als pdf"), f"{name}.pdf", self.tr("PDF-bestanden (*.pdf)")
        )
        if not path:
            return
        # imported here: ReportLab and Qt's print support cost ~0.1 s, and the window starts on this tab
        from buurtzaak_desktop.services.rooster.printing import print_day, print_week

        (print_week if week else print_day)(self.context.database, first, Path(path))
        QMessageBox.information(self, self.tr("Afdrukken"), self.tr("Opgeslagen: {file}").format(file=path))

    def print_grid(self, preview: bool) -> None:
        """The grid as shown (the list view prints the week grid), through the print dialog or a preview."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        from buurtzaak_desktop.ui.rooster.print_grid import new_printer, paint_rooster

        week, _first, name = self._print_name()
        printer = new_printer(name)
        heading = f"{self.context.settings.get('centre_name')} — {self.title.text()}"

        def paint(device: QPrinter) -> None:
            paint_rooster(device, self.view, week, heading)

        if preview:
            dialog = QPrintPreviewDialog(printer, self)
            dialog.setWindowTitle(self.tr("Afdrukvoorbeeld rooster"))
            dialog.paintRequested.connect(paint)
            dialog.exec()
        else:
            chooser = QPrintDialog(printer, self)
            chooser.setWindowTitle(self.tr("Rooster afdrukken"))
            if chooser.exec() == QPrintDialog.DialogCode.Accepted:
                paint(printer)
