"""The desk's four daily tasks, driven through the real main window by key events only; keys and seconds per task.

A small demo data folder in a temporary directory, the clock set to Monday 2026-12-07 20:30, the real MainWindow
(offscreen unless QT_QPA_PLATFORM says otherwise). Each task is a script of key presses sent to the widget that has
the keyboard focus (QApplication.focusWidget()), run from a timer so that modal dialogs are driven the same way; no
widget methods do the work and no mouse is used (the bench only reads what a user sees, such as the selected
booking, and gives the main window the focus back when a dialog has closed, as a window manager does). After each
task the result is checked in the database through the services; a task that does not get there fails loudly (exit
status 1).

    (a) find a free room for 12 people on Thursday 19:00-21:00 and book it             goal <= 10 keys
    (b) change the end time of one occurrence of a series, from the week grid            goal <= 10 keys
        (typing the title's first word, then the arrow keys to the occurrence)
    (c) register a spreekuur walk-in (a new resident) with consent                       report only
    (d) tick 15 names on the presentielijst of one session                               goal <= 8 keys

"Keys" are the keys pressed beyond the typed text: typed text is the characters of names, titles, numbers, times
and dates the user must type; every Tab, Enter, Space, arrow, shortcut and modifier combination counts as one key.
In (d) a name is typed (its first letters, as many as make it the first match) and ended with Enter, which ticks it:
those 15 Enters are counted and printed, and the goal is on the keys beyond them (no path ticks a typed name without
a key; ticking by itself once the letters match one name would tick a wrong name for a user who types on).

    QT_QPA_PLATFORM=offscreen python bench/desk.py [--slow MS] [--verbose]

--slow waits MS milliseconds between keys (to watch it on a real screen); --verbose lists the keys sent.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BUURTZAAK_NOW"] = "2026-12-07T20:30"  # Monday evening: Kookgroep 1 has just ended; Thursday is ahead

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

TODAY = date(2026, 12, 7)
THURSDAY = date(2026, 12, 10)
PIN = "246810"


class TaskFailed(AssertionError):
    pass


@dataclass
class Figure:
    task: str
    keys: int
    goal: int | None
    seconds: float
    notes: list[str] = field(default_factory=list)
    per_name: int = 0  # (d): the Enter that ends each typed name (and ticks it)

    @property
    def met(self) -> bool:
        return self.goal is None or self.keys - self.per_name <= self.goal

    def line(self) -> str:
        keys = f"{self.keys:>3}"
        if self.per_name:
            keys += f" = {self.per_name} (Enter after each name) + {self.keys - self.per_name}"
        goal = "report only"
        if self.goal is not None:
            beyond = " beyond the names" if self.per_name else ""
            goal = f"goal <= {self.goal}{beyond}: {'met' if self.met else 'NOT MET'}"
        return f"{self.task:<46} keys beyond typing: {keys}  ({goal})  {self.seconds:6.2f} s"


Step = Callable[[], object]


class Keyboard:
    """Key presses on the focused widget, counted; typed text is sent the same way but not counted."""

    def __init__(self, app: QApplication, slow_ms: int) -> None:
        self.app = app
        self.slow_ms = slow_ms
        self.count = 0
        self.per_name = 0
        self.log: list[str] = []

    def target(self) -> QWidget:
        widget = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
        if widget is None:
            raise TaskFailed("no widget has the keyboard focus")
        return widget

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, ends_name: bool = False
    ) -> None:
        self.count += 1
        self.per_name += ends_name
        widget = self.target()
        self.log.append(f"{_key_name(key, modifiers)} on {_describe(widget)}")
        QTest.keyClick(widget, key, modifiers)

    def type(self, text: str) -> None:
        widget = self.target()
        self.log.append(f"'{text}' on {_describe(widget)}")
        QTest.keyClicks(widget, text)


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName() or '-'})"


def _key_name(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    name = key.name.removeprefix("Key_")
    for flag, word in (
        (Qt.KeyboardModifier.ControlModifier, "Ctrl"),
        (Qt.KeyboardModifier.ShiftModifier, "Shift"),
        (Qt.KeyboardModifier.AltModifier, "Alt"),
    ):
        if modifiers & flag:
            name = f"{word}+{name}"
    return name


class Script:
    """Runs steps one by one from a timer. The next step is scheduled before a step runs: a key that opens a modal
    dialog returns only when the dialog closes, and the dialog's own steps run meanwhile in its event loop."""

    def __init__(self, keyboard: Keyboard, steps: list[Step], timeout: float = 60.0) -> None:
        self.keyboard = keyboard
        self.steps = steps
        self.position = 0
        self.error: BaseException | None = None
        self.finished = False
        self.deadline = time.monotonic() + timeout

    def run(self) -> None:
        QTimer.singleShot(0, self._next)
        while not self.finished and self.error is None:
            if time.monotonic() > self.deadline:
                self.error = TaskFailed(f"timed out at step {self.position}")
            QApplication.processEvents()
            time.sleep(0.001)
        if self.error is not None:
            _close_modal_dialogs()
            raise self.error

    def _next(self) -> None:
        if self.finished or self.error is not None:
            return
        if self.position >= len(self.steps):
            self.finished = True
            return
        step = self.steps[self.position]
        self.position += 1
        QTimer.singleShot(self.keyboard.slow_ms, self._next)
        try:
            step()
        except BaseException as error:
            self.error = error


def _close_modal_dialogs() -> None:
    for _ in range(10):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        dialog.close()
        QApplication.processEvents()


def modal_titled(title: str) -> Callable[[], bool]:
    def ready() -> bool:
        dialog = QApplication.activeModalWidget()
        return dialog is not None and dialog.windowTitle() == title and QApplication.focusWidget() is not None

    return ready


def no_modal() -> bool:
    return QApplication.activeModalWidget() is None


# --- the session ---------------------------------------------------------------------------------------------------
class Desk:
    def __init__(self, folder: Path, slow_ms: int, verbose: bool = False) -> None:
        self.verbose = verbose
        from buurtzaak_desktop.app import make_application
        from buurtzaak_desktop.db.migrate import open_database
        from buurtzaak_desktop.paths import DataPaths
        from buurtzaak_desktop.services.context import AppContext
        from buurtzaak_desktop.services.demo import generate_demo
        from buurtzaak_desktop.services.spreekuur import privacy
        from buurtzaak_desktop.ui.main_window import MainWindow

        os.environ["BUURTZAAK_LOG_DIR"] = str(folder / "logs")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        self.app = make_application()
        paths = DataPaths(folder / "data")
        self.database = open_database(paths)
        generate_demo(self.database, "small")
        privacy.set_pin(self.database, PIN)  # set by the coordinator once; the desk types it to unlock
        self.window = MainWindow(AppContext(paths=paths, database=self.database))
        self.window.remember_state = False
        self.window.resize(1366, 768)
        self.window.show()
        self.window.activateWindow()
        deadline = time.monotonic() + 10
        while not self.window.isActiveWindow() and time.monotonic() < deadline:
            QApplication.processEvents()
        self.keyboard = Keyboard(self.app, slow_ms)
        self.figures: list[Figure] = []

    def perform(self, task: str, goal: int | None, steps: list[Step], check: Callable[[], list[str]]) -> Figure:
        self.keyboard.count = self.keyboard.per_name = 0
        self.keyboard.log.clear()
        self._script = Script(self.keyboard, steps)
        started = time.perf_counter()
        try:
            self._script.run()
        except BaseException:
            print(f"{task}: FAILED; keys sent:", *self.keyboard.log, sep="\n  ", file=sys.stderr)
            raise
        seconds = time.perf_counter() - started
        notes = check()
        figure = Figure(task, self.keyboard.count, goal, seconds, notes, self.keyboard.per_name)
        self.figures.append(figure)
        print(figure.line(), flush=True)
        for note in notes:
            print(f"    {note}")
        if self.verbose:
            print("    keys:", "; ".join(self.keyboard.log))
        return figure

    # small step builders -----------------------------------------------------------------------------------------
    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Step:
        return lambda: self.keyboard.press(key, modifiers)

    def text(self, text: str) -> Step:
        return lambda: self.keyboard.type(text)

    def until(
        self,
        key: Qt.Key,
        done: Callable[[], bool],
        what: str,
        most: int = 40,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> Step:
        """Press ``key`` until ``done`` holds, as a user does who watches the screen (each press counts)."""
        pressed = [0]

        def step() -> None:
            if done():
                pressed[0] = 0
                return
            if pressed[0] >= most:
                raise TaskFailed(f"{what}: not reached after {most} presses of {key.name}")
            pressed[0] += 1
            self.keyboard.press(key, modifiers)
            self.script_repeat()

        return step

    def script_repeat(self) -> None:
        """The running step runs again next (it waits, or presses its key once more)."""
        self._script.position -= 1

    def wait(self, ready: Callable[[], bool], what: str) -> Step:
        """Wait (no key) until ``ready`` holds: a dialog shown, a list filled."""
        limit: list[float] = []

        def step() -> None:
            if not limit:
                limit.append(time.monotonic() + 10)
            if ready():
                limit.clear()
                return
            if time.monotonic() > limit[0]:
                raise TaskFailed(f"waited in vain for {what}")
            self.script_repeat()

        return step

    # --- what the user sees ---------------------------------------------------------------------------------------
    @staticmethod
    def focus_named(name: str) -> Callable[[], bool]:
        def ready() -> bool:
            widget = QApplication.focusWidget()
            return widget is not None and widget.accessibleName() == name

        return ready

    def page(self, key: str):
        return self.window.pages[key]

    def back_in_window(self) -> Step:
        """When a dialog has closed, a window manager gives the main window the focus again; offscreen nobody
        does, so the bench does (no key)."""

        def step() -> None:
            if QApplication.activeModalWidget() is None and not self.window.isActiveWindow():
                self.window.activateWindow()
                self.script_repeat()

        return step

    def close_info(self, title: str) -> Step:
        """An information box that may follow a save (warnings): read it and press Enter."""

        def step() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.windowTitle() == title:
                self.keyboard.press(Qt.Key.Key_Return)

        return step


# --- the tasks -----------------------------------------------------------------------------------------------------
TITLE_A = "Buurtoverleg Sterrenbuurt"


def task_free_room(desk: Desk) -> Figure:
    from buurtzaak_desktop.services.rooster.queries import bookings_for, free_rooms

    best = free_rooms(desk.database, THURSDAY, clock_time(19), clock_time(21), 12, False)[0].room
    free = lambda: desk.page("rooster").free  # noqa: E731

    def first_room_current() -> bool:
        item = free().results.currentItem()
        return item is not None and item.data(Qt.ItemDataRole.UserRole) is not None

    search = FreeSearch(desk, first_room_current)
    steps: list[Step] = [
        desk.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier),
        desk.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
        desk.wait(desk.focus_named("Vrij op datum"), "the cursor in 'Wat is vrij?'"),
        desk.text(f"{THURSDAY:%d-%m-%Y}"),
        desk.key(Qt.Key.Key_Tab),
        desk.text("19:00"),
        desk.key(Qt.Key.Key_Tab),
        desk.text("21:00"),
        desk.key(Qt.Key.Key_Tab),
        desk.text("12"),
        search.step,
        desk.key(Qt.Key.Key_Return),
        desk.wait(modal_titled("Nieuwe boeking"), "the booking dialog"),
        desk.text(TITLE_A),
        desk.key(Qt.Key.Key_Return),
        desk.wait(lambda: QApplication.activeModalWidget() is None or _title_is("Geboekt"), "the dialog to close"),
        desk.close_info("Geboekt"),
        desk.wait(no_modal, "no dialog open"),
        desk.back_in_window(),
    ]

    def check() -> list[str]:
        found = [b for b in bookings_for(desk.database, first=THURSDAY, last=THURSDAY) if b.title == TITLE_A]
        live = [b for b in found if b.status == "live"]
        if len(live) != 1:
            raise TaskFailed(f"(a) expected one live booking '{TITLE_A}' on {THURSDAY}, found {len(live)}")
        booking = live[0]
        if (booking.start, booking.end, booking.people, booking.room_id) != (
            clock_time(19),
            clock_time(21),
            12,
            best.id,
        ):
            raise TaskFailed(f"(a) booked {booking.start}-{booking.end} for {booking.people} in room {booking.room_id}")
        how = "Zoeken reached by Tab (Enter in the fields does not search)" if search.by_button else "Enter searched"
        return [f"booked: {best.name} ({best.capacity}), {THURSDAY:%d-%m-%Y} 19:00-21:00, 12 people; {how}"]

    return desk.perform("(a) free room Thu 19-21 for 12, book it", 10, steps, check)


class FreeSearch:
    """Enter in the last field searches and leaves the cursor on the best-fit room. Where Enter does not search,
    the user goes on by Tab to "Zoeken", Space, and Tab (and arrows) to the first room; said so."""

    def __init__(self, desk: Desk, first_room_current: Callable[[], bool]) -> None:
        self.desk, self.first_room_current = desk, first_room_current
        self.entered = self.by_button = self.searched = False

    def step(self) -> None:
        keyboard, on = self.desk.keyboard, self.desk.focus_named
        if not self.entered:
            self.entered = True
            keyboard.press(Qt.Key.Key_Return)
        elif on("Vrije ruimtes")() and self.first_room_current():
            return
        elif not self.by_button and not on("Vrije ruimtes")() and not on("Aantal personen")():
            raise TaskFailed("(a) Enter left the free-room fields without choosing a room")
        else:
            self.by_button = True
            if on("Zoek vrije ruimtes")() and not self.searched:
                keyboard.press(Qt.Key.Key_Space)
                self.searched = True
            elif on("Vrije ruimtes")() and self.searched:
                keyboard.press(Qt.Key.Key_Down)
            else:
                keyboard.press(Qt.Key.Key_Tab)
        if keyboard.count > 40:
            raise TaskFailed("(a) the free rooms were not reached")
        self.desk.script_repeat()


def _title_is(title: str) -> bool:
    dialog = QApplication.activeModalWidget()
    return dialog is not None and dialog.windowTitle() == title


def _series_occurrence(desk: Desk):
    """The occurrence to change: the first live one of a series, later this week, not holding an activity."""
    from buurtzaak_desktop.services.rooster.queries import rooster_view

    monday = TODAY - timedelta(days=TODAY.weekday())
    view = rooster_view(desk.database, monday, monday + timedelta(days=6))
    rooms = [room.id for room in view.rooms]
    now = datetime.fromisoformat(os.environ["BUURTZAAK_NOW"])
    candidates = [
        b
        for b in view.bookings
        if b.series_id is not None and b.activity_id is None and datetime.combine(b.day, b.start) > now
    ]
    if not candidates:
        raise TaskFailed("(b) the demo has no series occurrence later this week")
    return min(candidates, key=lambda b: (b.day, rooms.index(b.room_id), b.start))


class GridPath:
    """Arrow keys to the booking in the week grid, as the issue specifies them: left/right a day, up/down a room
    (through the blocks of a cell first), watching the grid's keyboard cell (``key_cell``) as a user watches its
    cursor. A grid without that cursor steps through the bookings in time order: it is walked so, and said so."""

    def __init__(self, desk: Desk, target_id: int) -> None:
        self.desk, self.target_id = desk, target_id
        self.in_time_order = False

    def grid(self):
        return self.desk.page("rooster").grid

    def place(self, booking_id: int | None) -> tuple[int, int]:
        grid = self.grid()
        booking = grid.booking(booking_id)
        rooms = [room.id for room in grid.view.rooms]
        days = [hours.day for hours in grid.view.days]
        return rooms.index(booking.room_id), days.index(booking.day)

    def order(self, booking_id: int | None) -> int:
        ordered = [b.id for b in sorted(self.grid().view.bookings, key=lambda b: (b.day, b.start, b.room_id))]
        return ordered.index(booking_id) if booking_id in ordered else -1

    def step(self) -> None:
        grid = self.grid()
        if grid.selected == self.target_id:
            return
        if self.desk.keyboard.count > 80:
            raise TaskFailed("(b) the booking was not reached with the arrow keys")
        self.in_time_order = not hasattr(grid, "key_cell")
        self.desk.keyboard.press(self._key_in_time_order() if self.in_time_order else self._key_by_cell())
        self.desk.script_repeat()

    def _key_in_time_order(self) -> Qt.Key:
        ahead = self.order(self.grid().selected) < self.order(self.target_id)
        return Qt.Key.Key_Right if ahead else Qt.Key.Key_Left

    def _key_by_cell(self) -> Qt.Key:
        grid = self.grid()
        (room, day), (target_room, target_day) = grid.key_cell, self.place(self.target_id)
        if day != target_day:
            return Qt.Key.Key_Right if day < target_day else Qt.Key.Key_Left
        if room != target_room:
            return Qt.Key.Key_Down if room < target_room else Qt.Key.Key_Up
        stack = [b.id for b in grid.cell_bookings(room, day)]
        here = stack.index(grid.selected) if grid.selected in stack else -1
        return Qt.Key.Key_Down if here < stack.index(self.target_id) else Qt.Key.Key_Up


def task_series_occurrence(desk: Desk) -> Figure:
    from buurtzaak_desktop.services.rooster.queries import booking_by_id, bookings_for

    target = _series_occurrence(desk)
    assert target.id is not None and target.series_id is not None
    siblings_before = {
        b.id: (b.day, b.start, b.end, b.room_id, b.status)
        for b in bookings_for(desk.database, first=TODAY - timedelta(days=400), last=TODAY + timedelta(days=400))
        if b.series_id == target.series_id and b.id != target.id
    }
    new_end = (datetime.combine(target.day, target.end) - timedelta(minutes=30)).time()
    path = GridPath(desk, target.id)
    grid_focused = lambda: QApplication.focusWidget() is path.grid()  # noqa: E731
    steps: list[Step] = [
        desk.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier),
        desk.until(Qt.Key.Key_Tab, grid_focused, "the week grid"),  # Ctrl+1 puts the cursor in the grid
        desk.text(target.title.split()[0].lower()),  # the title's first word: the grid jumps to its first match
        path.step,
        desk.key(Qt.Key.Key_Return),
        desk.wait(modal_titled("Reeks wijzigen"), "the question which occurrences"),
        desk.until(Qt.Key.Key_Tab, desk.focus_named("Alleen deze"), "the button 'Alleen deze'"),  # the default
        desk.key(Qt.Key.Key_Return),
        desk.wait(modal_titled("Boeking wijzigen"), "the booking dialog"),
        desk.until(
            Qt.Key.Key_Tab, desk.focus_named("Eind"), "the end time", modifiers=Qt.KeyboardModifier.ShiftModifier
        ),
        desk.text(f"{new_end:%H:%M}"),
        desk.key(Qt.Key.Key_Return),
        desk.wait(lambda: QApplication.activeModalWidget() is None or _title_is("Geboekt"), "the dialog to close"),
        desk.close_info("Geboekt"),
        desk.wait(no_modal, "no dialog open"),
        desk.back_in_window(),
    ]

    def check() -> list[str]:
        changed = booking_by_id(desk.database, target.id or 0)
        if changed is None or (changed.day, changed.start, changed.end, changed.status) != (
            target.day,
            target.start,
            new_end,
            "live",
        ):
            raise TaskFailed(f"(b) the occurrence was not changed to end at {new_end}: {changed}")
        siblings_after = {
            b.id: (b.day, b.start, b.end, b.room_id, b.status)
            for b in bookings_for(desk.database, first=TODAY - timedelta(days=400), last=TODAY + timedelta(days=400))
            if b.series_id == target.series_id and b.id != target.id
        }
        if siblings_after != siblings_before:
            raise TaskFailed("(b) other occurrences of the series changed too")
        how = (
            "in time order (this grid's arrows step through the bookings, not by day and room)"
            if path.in_time_order
            else "by day and room"
        )
        return [
            f"changed: '{target.title}' {target.day:%a %d-%m} ends {new_end:%H:%M}; "
            f"{len(siblings_after)} other occurrences unchanged; grid walked {how}"
        ]

    return desk.perform("(b) one occurrence of a series, from the grid", 10, steps, check)


NAME_C = "Noor Bakkali"
QUESTION_C = "Hulp bij aanvraag huurtoeslag"
THEME_C = "Toeslagen"


def task_walk_in(desk: Desk) -> Figure:
    from buurtzaak_desktop.services.spreekuur.residents import find_residents, open_record

    intake = lambda: desk.page("spreekuur").intake  # noqa: E731

    def new_resident_chosen() -> bool:
        item = intake().hits.currentItem()
        return item is not None and item.data(Qt.ItemDataRole.UserRole) == "new"

    steps: list[Step] = [
        desk.key(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier),
        desk.wait(lambda: desk.page("spreekuur").isVisible(), "the Spreekuur tab"),
        desk.until(Qt.Key.Key_Tab, desk.focus_named("Pincode"), "the PIN field"),
        desk.text(PIN),
        desk.key(Qt.Key.Key_Return),
        desk.wait(desk.focus_named("Bewoner zoeken"), "the resident search field"),
        desk.text(NAME_C),
        desk.until(Qt.Key.Key_Down, new_resident_chosen, "'Nieuwe bewoner'"),
        desk.until(Qt.Key.Key_Tab, lambda: QApplication.focusWidget() is intake().consent, "the consent box"),
        desk.key(Qt.Key.Key_Space),
        desk.until(Qt.Key.Key_Tab, desk.focus_named("Hulpvraag"), "the question field"),
        desk.text(QUESTION_C),
        desk.until(Qt.Key.Key_Tab, desk.focus_named("Thema's"), "the themes"),
        desk.text(THEME_C),
        desk.key(Qt.Key.Key_Space),
        desk.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        desk.wait(lambda: intake().status.text() == "Bezoek opgeslagen.", "'Bezoek opgeslagen.'"),
    ]

    def check() -> list[str]:
        hits = [hit for hit in find_residents(desk.database, NAME_C) if hit.name == NAME_C]
        if len(hits) != 1:
            raise TaskFailed(f"(c) expected one resident '{NAME_C}', found {len(hits)}")
        record = open_record(desk.database, hits[0].id, "bench desk (controle)")
        if not record.consents or record.visits != 1:
            raise TaskFailed(f"(c) consents {record.consents}, visits {record.visits}")
        return [f"stored: {NAME_C}, 1 visit, consent recorded ({record.consents[0][1]})"]

    return desk.perform("(c) spreekuur walk-in with consent", None, steps, check)


def name_query(name: str, others: list[str]) -> str:
    """The fewest letters (word starts, Latin words first) that make ``name`` the first match on the sheet."""
    from buurtzaak_desktop.domain.activiteiten.names import matches, search_key

    keys = [search_key(other) for other in others]
    index = others.index(name)
    words = [w for w in search_key(name).split() if w.isascii()] or search_key(name).split()
    queries = [word[:n] for word in words for n in range(1, len(word) + 1)]
    queries += [f"{a[:n]} {b[:m]}" for a in words for b in words if a != b for n in range(1, 4) for m in range(1, 4)]
    for query in sorted(queries, key=len):
        first = next(i for i, key in enumerate(keys) if matches(query, key) or i == index)
        if first == index:
            return query
    return search_key(name)


def task_presentielijst(desk: Desk) -> Figure:
    from buurtzaak_desktop.services.activiteiten.sessions import SessionService

    service = SessionService(desk.database)
    monday = TODAY - timedelta(days=TODAY.weekday())
    session = next(s for s in service.week(monday) if s.day == TODAY and len(service.sheet(s.session_id)) >= 15)
    sheet = [row.name for row in service.sheet(session.session_id)]
    present = sheet[:15]
    week = lambda: desk.page("activiteiten").week  # noqa: E731

    def session_current() -> bool:
        chosen = week().selected()
        return chosen is not None and chosen.session_id == session.session_id

    steps: list[Step] = [
        desk.key(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier),
        desk.wait(lambda: desk.page("activiteiten").isVisible(), "the Activiteiten tab"),
        desk.until(Qt.Key.Key_Tab, desk.focus_named("Bijeenkomsten van de week"), "the week's sessions"),
        desk.until(Qt.Key.Key_Down, session_current, f"the session {session.activity}"),
        desk.key(Qt.Key.Key_Return),
        desk.wait(modal_titled("Aanwezigheid invoeren"), "the attendance dialog"),
    ]
    for name in present:
        steps += [desk.text(name_query(name, sheet)), lambda: desk.keyboard.press(Qt.Key.Key_Return, ends_name=True)]
    steps += [desk.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier), desk.wait(no_modal, "the dialog to close")]
    steps.append(desk.back_in_window())

    def check() -> list[str]:
        rows = service.sheet(session.session_id)
        ticked = sorted(row.name for row in rows if row.present)
        if ticked != sorted(present) or not service.info(session.session_id).attendance_entered:
            raise TaskFailed(f"(d) present: {ticked}, expected {sorted(present)}")
        return [f"stored: {len(ticked)} present at {session.activity} {session.day:%d-%m}"]

    return desk.perform("(d) tick 15 names on a presentielijst", 8, steps, check)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slow", type=int, default=0, help="milliseconds between keys")
    parser.add_argument("--verbose", action="store_true", help="list the keys of each task")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        desk = Desk(Path(folder), options.slow, options.verbose)
        print(f"clock {os.environ['BUURTZAAK_NOW']}, small demo, platform {QApplication.platformName()}")
        failed = False
        for task in (task_free_room, task_series_occurrence, task_walk_in, task_presentielijst):
            try:
                task(desk)
            except TaskFailed as error:
                print(f"FAILED: {error}", flush=True)
                failed = True
        met = all(f.met for f in desk.figures)
        print("all goals met" if met and not failed else "goals NOT all met")
        desk.window.close()
        desk.database.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
