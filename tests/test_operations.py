"""The one runner for writes from the UI: one refusal dialog, long work off the window's thread, one signal."""

from __future__ import annotations

import threading
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book
from buurtzaak_desktop.services.rooster.queries import bookings_for
from buurtzaak_desktop.ui.main_window import MainWindow
from buurtzaak_desktop.ui.operations import ROOSTER, Cancelled, Progress, operations

DAY = date(2026, 12, 10)


@pytest.fixture
def room(database) -> int:
    with database.transaction() as session:
        made = Room(name="Aula", capacity=80)
        session.add(made)
        session.flush()
        return made.id  # type: ignore[return-value]


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def request(room: int, start: int = 19, end: int = 21) -> BookingRequest:
    return BookingRequest(room_id=room, day=DAY, start=time(start), end=time(end), title="Buurtoverleg")


def test_a_refusal_shows_one_dialog_writes_nothing_and_emits_nothing(qtbot, parent, database, room) -> None:
    ops = operations()
    emitted: list[frozenset[str]] = []
    ops.changed.connect(emitted.append)
    ops.last_refusal = None
    result = ops.run(parent, lambda: book(database, request(room, 21, 19)), {ROOSTER}, done="Geboekt")
    assert result is None
    assert ops.last_refusal is not None and ops.last_refusal.isVisible()
    assert ops.last_refusal.windowTitle() == "Niet gelukt" and ops.last_refusal.text()
    assert len([w for w in parent.findChildren(type(ops.last_refusal)) if w.isVisible()]) == 1
    assert emitted == [] and bookings_for(database, first=DAY, last=DAY) == []
    ops.last_refusal.close()
    ops.changed.disconnect(emitted.append)


def test_success_emits_changed_once_and_names_what_happened(qtbot, parent, database, room) -> None:
    ops = operations()
    emitted: list[frozenset[str]] = []
    ops.changed.connect(emitted.append)
    result = ops.run(
        parent, lambda: book(database, request(room)), {ROOSTER}, done=lambda r: f"Geboekt: {len(r.booking_ids)}"
    )
    assert result is not None
    assert emitted == [frozenset({ROOSTER})]
    assert ops.last_message == "Geboekt: 1"
    ops.changed.disconnect(emitted.append)


def test_long_work_runs_off_the_window_thread_and_emits_changed_once(qtbot, parent, database, room) -> None:
    ops = operations()
    emitted: list[frozenset[str]] = []
    ops.changed.connect(emitted.append)
    threads: list[threading.Thread] = []
    results: list[object] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread())
        progress.step(1, 2)
        made = book(database, request(room))
        progress.step(2, 2)
        return len(made.booking_ids)

    operation = ops.run_long(parent, work, "Bezig…", {ROOSTER}, done="Klaar", on_success=results.append)
    assert ops.busy()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert operation.succeeded and operation.result == 1 and results == [1]
    assert emitted == [frozenset({ROOSTER})] and ops.last_message == "Klaar" and not ops.busy()
    assert len(bookings_for(database, first=DAY, last=DAY)) == 1
    ops.changed.disconnect(emitted.append)


def test_long_work_refused_shows_the_dialog_on_the_window_thread(qtbot, parent, database, room) -> None:
    ops = operations()
    emitted: list[frozenset[str]] = []
    ops.changed.connect(emitted.append)
    ops.last_refusal = None
    operation = ops.run_long(parent, lambda _p: book(database, request(room, 21, 19)), "Bezig…", {ROOSTER})
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert not operation.succeeded and emitted == []
    assert ops.last_refusal is not None and ops.last_refusal.text()
    ops.last_refusal.close()
    ops.changed.disconnect(emitted.append)


def test_cancelling_stops_at_the_next_step_and_changes_nothing(qtbot, parent) -> None:
    ops = operations()
    started = threading.Event()
    go_on = threading.Event()

    def work(progress: Progress) -> int:
        started.set()
        go_on.wait(5)
        progress.step(1, 2)  # raises Cancelled: the user pressed Annuleren meanwhile
        return 1

    operation = ops.run_long(parent, work, "Bezig…", {ROOSTER}, cancellable=True)
    cancel = operation.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuleren"
    started.wait(5)
    cancel.click()
    go_on.set()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert not operation.succeeded and "Afgebroken" in ops.last_message


def test_long_work_that_is_not_safe_to_stop_has_no_cancel_button(qtbot, parent) -> None:
    operation = operations().run_long(parent, lambda _p: 1, "Bezig…")
    assert operation.dialog.findChild(QPushButton) is None
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass


def test_cancelled_is_what_a_step_raises_after_annuleren() -> None:
    progress = Progress()
    progress.step(1, 2)
    progress.cancelled = True
    with pytest.raises(Cancelled):
        progress.step(2, 2)


def test_a_file_that_cannot_be_written_is_a_refusal_not_a_crash(qtbot, parent, tmp_path: Path) -> None:
    ops = operations()
    assert ops.run(parent, lambda: (tmp_path / "weg" / "x.pdf").write_text("x")) is None
    assert ops.last_refusal is not None and "kon niet worden" in ops.last_refusal.text()
    ops.last_refusal.close()


def test_the_status_bar_shows_what_happened(qtbot, qsettings_isolated, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    operations().run(window, lambda: None, done="Geboekt: Aula, do 10-12 19:00–21:00")
    assert window.statusBar().currentMessage() == "Geboekt: Aula, do 10-12 19:00–21:00"
