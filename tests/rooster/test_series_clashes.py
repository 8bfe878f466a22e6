"""A series that clashes: refused with every clashing date named; with skip_clashes the rest is booked and the
skipped dates are listed (and kept as exceptions of the series)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlmodel import select

from buurtzaak_desktop.db.models import SeriesException
from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.services.rooster.bookings import BookingRequest, SeriesClashes, book
from buurtzaak_desktop.services.rooster.queries import bookings_between
from tests.rooster.conftest import MONDAY

WEEKS = [MONDAY + timedelta(weeks=n) for n in range(5)]


def _series(rooms, **extra) -> BookingRequest:
    return BookingRequest(
        room_id=rooms["Aula"],
        day=MONDAY,
        start=time(19),
        end=time(20),
        title="Koor",
        frequency="weekly",
        count=5,
        **extra,
    )


def _titles(database) -> list[tuple[date, str]]:
    with database.reading() as session:
        return [(b.day, b.title) for b in bookings_between(session, WEEKS[0], WEEKS[-1])]


def test_a_clashing_series_is_refused_naming_every_clashing_date(database, rooms, booker) -> None:
    booker("Aula", "19:30", "21:00", day=WEEKS[1], title="Buurtpanel")
    booker("Activiteitenruimte 1+2", "18:00", "19:30", day=WEEKS[3], title="Yoga")  # another room: no clash
    booker("Aula", "18:00", "19:15", day=WEEKS[4], title="Inloop")
    before = _titles(database)
    with pytest.raises(SeriesClashes) as refused:
        book(database, _series(rooms))
    assert [day for day, _clash in refused.value.clashes] == [WEEKS[1], WEEKS[4]]
    assert [clash.params["title"] for _day, clash in refused.value.clashes] == ["Buurtpanel", "Inloop"]
    assert "2 van de 5 datums" in refused.value.message
    assert _titles(database) == before  # nothing written


def test_skip_clashes_books_the_rest_and_lists_what_it_skipped(database, rooms, booker) -> None:
    booker("Aula", "19:30", "21:00", day=WEEKS[1], title="Buurtpanel")
    booker("Aula", "18:00", "19:15", day=WEEKS[4], title="Inloop")
    result = book(database, _series(rooms, skip_clashes=True))
    assert result.clashed_days == [WEEKS[1], WEEKS[4]] and len(result.booking_ids) == 3
    koor = [day for day, title in _titles(database) if title == "Koor"]
    assert koor == [WEEKS[0], WEEKS[2], WEEKS[3]]
    with database.reading() as session:
        kinds = {(e.day, e.kind) for e in session.exec(select(SeriesException))}
    assert kinds == {(WEEKS[1], "clash"), (WEEKS[4], "clash")}


def test_a_series_clashing_on_every_date_is_refused(database, rooms, booker) -> None:
    for day in WEEKS:
        booker("Aula", "19:00", "20:00", day=day, title="Vast")
    with pytest.raises(InputError):
        book(database, _series(rooms, skip_clashes=True))
    assert [title for _day, title in _titles(database)] == ["Vast"] * 5


def test_a_single_booking_that_clashes_is_refused_as_before(database, rooms, booker) -> None:
    booker("Aula", "19:30", "21:00", title="Buurtpanel")
    with pytest.raises(Exception) as refused:
        book(database, BookingRequest(room_id=rooms["Aula"], day=MONDAY, start=time(19), end=time(20), title="X"))
    assert not isinstance(refused.value, SeriesClashes) and "Buurtpanel" in str(refused.value)


def _dialog(qtbot, context, rooms):
    from buurtzaak_desktop.services.rooms import list_rooms
    from buurtzaak_desktop.ui.rooster.booking_dialog import BookingDialog

    dialog = BookingDialog(context, list_rooms(context.database), _series(rooms))
    qtbot.addWidget(dialog)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.until.setDate(dialog.until.date().fromString(WEEKS[-1].isoformat(), "yyyy-MM-dd"))
    return dialog


def _answer(choice: str, seen: list[str]) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    next(b for b in box.buttons() if b.text().startswith(choice)).click()


@pytest.mark.parametrize("choice", ["De overige 3 boeken", "Niet boeken"])
def test_the_dialog_lists_every_clashing_date_and_offers_the_rest(
    qtbot, qsettings_isolated, context, rooms, booker, choice
) -> None:
    from PySide6.QtCore import QTimer

    from buurtzaak_desktop.domain.dates import format_date

    booker("Aula", "19:30", "21:00", day=WEEKS[1], title="Buurtpanel")
    booker("Aula", "18:00", "19:15", day=WEEKS[4], title="Inloop")
    dialog = _dialog(qtbot, context, rooms)
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _answer(choice, seen))
    dialog.accept()
    assert "2 van de 5 datums" in seen[0]
    assert f"{format_date(WEEKS[1])}: al geboekt 19:30–21:00 voor 'Buurtpanel'" in seen[0]
    assert f"{format_date(WEEKS[4])}: al geboekt 18:00–19:15 voor 'Inloop'" in seen[0]
    koor = [day for day, title in _titles(context.database) if title == "Koor"]
    if choice == "Niet boeken":
        assert koor == [] and dialog.result() == 0  # nothing booked, the dialog stays open
    else:
        assert koor == [WEEKS[0], WEEKS[2], WEEKS[3]] and dialog.result() == 1
        assert format_date(WEEKS[1]) in dialog.messages[0] and format_date(WEEKS[4]) in dialog.messages[0]
