"""Live views: what another desk (a second window or program on the same data) writes shows without a click."""

from __future__ import annotations

import time as wall
from datetime import date, time

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.domain.rooster.enums import Scope
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, book, cancel_booking
from buurtzaak_desktop.ui.main_window import MainWindow

TODAY = date(2026, 12, 3)  # the tests' clock: the window opens on this week


def _room(database: Database) -> int:
    with database.transaction() as session:
        room = Room(name="Aula", capacity=80)
        session.add(room)
        session.flush()
        return room.id or 0


def _booking(database: Database, room_id: int, title: str, hour: int = 19) -> int:
    request = BookingRequest(room_id=room_id, day=TODAY, start=time(hour), end=time(hour + 1), title=title)
    return book(database, request).booking_ids[0]


def test_the_watcher_sees_another_connections_write_once(database) -> None:
    room_id = _room(database)
    watcher = database.change_watcher()
    assert _poll(watcher) is False
    other_desk = database.reopened()
    try:
        _booking(other_desk, room_id, "Koor")
    finally:
        other_desk.close()
    assert _poll(watcher) is True
    assert _poll(watcher) is False  # news once
    _booking(database, room_id, "Yoga", hour=10)
    watcher.mark_seen()  # the window announced its own write
    assert _poll(watcher) is False
    watcher.close()


def _poll(watcher) -> bool:
    """A server's notice travels over the network: what arrives within a second (a file's stamp is there at once)."""
    deadline = wall.monotonic() + 1
    while wall.monotonic() < deadline:
        if watcher.poll():
            return True
        wall.sleep(0.02)
    return False


def test_a_booking_at_another_desk_shows_in_the_week_within_two_seconds(qtbot, qsettings_isolated, context) -> None:
    room_id = _room(context.database)
    window = MainWindow(paths=DataPaths(context.paths.root))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_context(context)
    grid = window.pages["rooster"].grid  # type: ignore[attr-defined]
    assert grid.view.bookings == []
    other_desk = context.database.reopened()
    try:
        started = wall.monotonic()
        booking_id = _booking(other_desk, room_id, "Buurtkoor")
        qtbot.waitUntil(lambda: [b.title for b in grid.view.bookings] == ["Buurtkoor"], timeout=2000)
        assert wall.monotonic() - started < 2
        cancel_booking(other_desk, booking_id, Scope.THIS)
        qtbot.waitUntil(lambda: grid.view.bookings == [], timeout=2000)
    finally:
        other_desk.close()
