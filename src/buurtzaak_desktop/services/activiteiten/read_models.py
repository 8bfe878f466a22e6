"""What the Activiteiten services hand to the UI: read-only views of activities and participants.

The UI imports these, never ``db.models``; the database rows the services return fit these shapes as they are.
"""

from __future__ import annotations

from datetime import date, time
from typing import Protocol


class ActivityInfo(Protocol):
    """An activity of the programme as the services hand it to the UI."""

    @property
    def id(self) -> int | None: ...

    @property
    def name(self) -> str: ...

    @property
    def category(self) -> str: ...

    @property
    def target_group(self) -> str: ...

    @property
    def room_id(self) -> int | None: ...

    @property
    def weekdays(self) -> str: ...

    @property
    def start_time(self) -> time: ...

    @property
    def end_time(self) -> time: ...

    @property
    def frequency(self) -> str: ...

    @property
    def season_start(self) -> date: ...

    @property
    def season_end(self) -> date: ...

    @property
    def leader(self) -> str: ...

    @property
    def leader_kind(self) -> str: ...

    @property
    def leader_volunteer_id(self) -> int | None: ...

    @property
    def expected(self) -> int: ...

    @property
    def capacity(self) -> int | None: ...

    @property
    def cost_cents(self) -> int: ...

    @property
    def walk_in_rows(self) -> int: ...

    @property
    def notes(self) -> str: ...

    @property
    def status(self) -> str: ...


class ParticipantInfo(Protocol):
    """A participant as the services hand them to the UI."""

    @property
    def id(self) -> int | None: ...

    @property
    def version(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def phone(self) -> str: ...

    @property
    def email(self) -> str: ...

    @property
    def birth_year_from(self) -> int | None: ...

    @property
    def birth_year_to(self) -> int | None: ...

    @property
    def postcode_area(self) -> str: ...

    @property
    def came_via(self) -> str: ...

    @property
    def consent_photos(self) -> bool: ...

    @property
    def consent_print_phone(self) -> bool: ...

    @property
    def created_on(self) -> date: ...
