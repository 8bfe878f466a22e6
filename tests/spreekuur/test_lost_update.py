"""A traject changed at another desk is not advanced or closed again on the strength of an old list."""

from __future__ import annotations

from datetime import date

import pytest

from buurtzaak_desktop.domain.errors import ChangedElsewhere
from buurtzaak_desktop.services.spreekuur.trajecten import advance_phase, close_traject, list_trajecten, open_traject


def test_advancing_a_phase_twice_from_two_desks_is_refused_once(database, zoe) -> None:
    open_traject(database, zoe, date(2026, 1, 5), "Henk")
    other_desk = database.reopened()
    try:
        [seen] = list_trajecten(database)
        [also_seen] = list_trajecten(other_desk)
        assert advance_phase(other_desk, also_seen.id, date(2026, 2, 1), "Fatima", also_seen.version) == "contract"
        with pytest.raises(ChangedElsewhere, match="Gewijzigd door een andere balie om 10:00"):
            advance_phase(database, seen.id, date(2026, 2, 1), "Henk", seen.version)
        with pytest.raises(ChangedElsewhere):
            close_traject(database, seen.id, date(2026, 2, 1), list_outcome(), "Henk", seen.version)
        [now] = list_trajecten(database)
        assert now.phase == "contract" and now.closed_on is None
        assert advance_phase(database, now.id, date(2026, 3, 1), "Henk", now.version) == "oplossing"
    finally:
        other_desk.close()


def list_outcome() -> str:
    from buurtzaak_desktop.domain.spreekuur.flows import OUTCOMES

    return next(iter(OUTCOMES))
