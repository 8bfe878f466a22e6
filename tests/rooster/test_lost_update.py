"""No lost update: an edit made on what a desk read is refused when another desk changed the booking meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import ChangedElsewhere
from buurtzaak_desktop.domain.rooster.enums import Scope
from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.rooster.bookings import (
    BookingChanges,
    BookingRequest,
    book,
    cancel_booking,
    request_from,
    update_booking,
)
from buurtzaak_desktop.services.rooster.queries import booking_by_id
from tests.rooster.conftest import MONDAY

CHANGED = "Gewijzigd door een andere balie om 10:00; opnieuw geladen."


@pytest.fixture
def other_desk(database: Database) -> Iterator[Database]:
    """A second connection to the same data, as another desk (or window) has."""
    desk = database.reopened()
    yield desk
    desk.close()


@pytest.fixture
def booking_id(database: Database, rooms) -> int:
    request = BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(10), end=time(12), title="Koor")
    return book(database, request).booking_ids[0]


def test_an_edit_on_an_old_copy_is_refused_and_changes_nothing(database, other_desk, booking_id) -> None:
    seen = booking_by_id(database, booking_id)
    assert seen is not None
    update_booking(other_desk, booking_id, BookingChanges(title="Buurtkoor", seen_version=seen.version))
    with pytest.raises(ChangedElsewhere) as refused:
        update_booking(database, booking_id, BookingChanges(title="Zangles", seen_version=seen.version))
    assert str(refused.value) == CHANGED
    now = booking_by_id(database, booking_id)
    assert now is not None and now.title == "Buurtkoor" and now.version > seen.version
    update_booking(database, booking_id, BookingChanges(title="Zangles", seen_version=now.version))
    assert booking_by_id(database, booking_id).title == "Zangles"  # type: ignore[union-attr]


def test_every_write_raises_the_version_not_only_edits(database, other_desk, booking_id) -> None:
    seen = booking_by_id(database, booking_id)
    assert seen is not None
    cancel_booking(other_desk, booking_id, Scope.THIS)
    with pytest.raises(ChangedElsewhere):
        update_booking(database, booking_id, BookingChanges(title="Zangles", seen_version=seen.version))


def test_a_change_on_another_day_names_the_day(database, other_desk, booking_id) -> None:
    from datetime import datetime

    from buurtzaak_desktop.domain import clock

    seen = booking_by_id(database, booking_id)
    assert seen is not None
    clock.set_now(datetime(2026, 12, 2, 14, 3))
    try:
        update_booking(other_desk, booking_id, BookingChanges(title="Buurtkoor"))
    finally:
        clock.set_now(datetime(2026, 12, 3, 10, 0))
    with pytest.raises(ChangedElsewhere) as refused:
        update_booking(database, booking_id, BookingChanges(title="Zangles", seen_version=seen.version))
    assert str(refused.value) == "Gewijzigd door een andere balie op wo 2 december 2026 om 14:03; opnieuw geladen."


def test_the_dialog_on_a_changed_booking_closes_and_the_grid_shows_the_other_change(
    refusals, qtbot, qsettings_isolated, context, other_desk, booking_id
) -> None:
    from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog
    from tests.rooster.conftest import shown_page

    page = shown_page(qtbot, context)
    shown = next(b for b in page.view.bookings if b.id == booking_id)
    dialog = BookingDialog(context, list_rooms(context.database), request_from(shown), shown, Scope.THIS, page)
    qtbot.addWidget(dialog)
    update_booking(other_desk, booking_id, BookingChanges(title="Buurtkoor"))  # the other desk saves first
    dialog.title.setText("Zangles")
    dialog.accept()
    assert dialog.result() == 0 and not dialog.isVisible()
    assert refusals == [CHANGED]
    assert [b.title for b in page.grid.view.bookings] == ["Buurtkoor"]  # reloaded: the other desk's change shows
    assert booking_by_id(context.database, booking_id).title == "Buurtkoor"  # type: ignore[union-attr]
