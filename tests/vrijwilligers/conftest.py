"""Fixtures for the Vrijwilligers tests: a database with the default roles and certificate types."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.vrijwilligers.availability import parse_availability
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData, create_volunteer

TODAY = date(2026, 11, 25)


@pytest.fixture
def vdb(database: Database) -> Database:
    with database.transaction() as session:
        ensure_reference_data(session)
    return database


@pytest.fixture
def add_volunteer(vdb: Database) -> Callable[..., int]:
    def make(
        name: str,
        roles: tuple[str, ...] = (),
        available: str = "",
        languages: tuple[str, ...] = (),
        **extra: object,
    ) -> int:
        data = VolunteerData(
            name=name,
            roles=list(roles),
            availability=parse_availability(available),
            languages=list(languages),
            start_date=extra.pop("start_date", date(2025, 1, 1)),  # type: ignore[arg-type]
            **extra,  # type: ignore[arg-type]
        )
        return create_volunteer(vdb, data)

    return make
