"""The .ics export's own writer: read back by the icalendar package as the same events, in Amsterdam time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar

from buurtzaak_desktop.reports.ics import LINE_OCTETS, LocalEvent, calendar_text

AWKWARD = 'Kookgroep; Ça va, \\ "de" keuken\nregel twee — ' + "é" * 60  # escapes, a line break, long UTF-8


def test_events_read_back_alike() -> None:
    events = [
        LocalEvent("boeking-1@buurtzaak", date(2026, 7, 1), time(19), time(21, 30), AWKWARD, "Aula, zaal 1"),
        LocalEvent("boeking-2@buurtzaak", date(2026, 12, 3), time(9), time(10), "Overleg", "Keuken"),
    ]
    data = calendar_text("-//Buurtzaak Desktop//Rooster//NL", events, datetime(2026, 12, 3, 9, tzinfo=UTC))
    lines = data.decode().split("\r\n")
    assert all(len(line.encode()) <= LINE_OCTETS for line in lines) and lines[-1] == ""
    read = Calendar.from_ical(data).walk("VEVENT")
    assert [str(event["summary"]) for event in read] == [AWKWARD, "Overleg"]
    assert [str(event["location"]) for event in read] == ["Aula, zaal 1", "Keuken"]
    assert read[0].decoded("dtstart").astimezone(UTC) == datetime(2026, 7, 1, 17, tzinfo=UTC)  # summer: +2
    assert read[1].decoded("dtend").astimezone(UTC) == datetime(2026, 12, 3, 9, tzinfo=UTC)  # winter: +1
    assert read[1].decoded("dtstamp") == datetime(2026, 12, 3, 9, tzinfo=UTC)


def test_the_time_zone_holds_for_every_year() -> None:
    zone = Calendar.from_ical(calendar_text("p", [], datetime(2026, 1, 1, tzinfo=UTC))).walk("VTIMEZONE")[0].to_tz()
    for year in (2026, 2037, 2045):  # also after 2038, where a list of dates would have stopped
        assert datetime(year, 7, 1, 12).replace(tzinfo=zone).utcoffset() == timedelta(hours=2)
        assert datetime(year, 1, 15, 12).replace(tzinfo=zone).utcoffset() == timedelta(hours=1)
