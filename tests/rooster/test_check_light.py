"""``buurtzaak check`` must start fast (issue 17): the checks of the Rooster, Activiteiten and the spreekuur
appointments read through the Core tables (db/tables.py) and load no model module and no heavy service, also when
they have out-of-hours bookings, sessions and appointments to judge (the demo's data)."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.demo import generate_demo
from tests.fresh_checks import run_finders_fresh

FINDERS = (
    "rooster.check:findings,capacity_findings,suspension_findings,bhv_findings;"
    "activiteiten.check:findings,booking_findings;"
    "spreekuur.appointment_check:findings"
)

LIGHT = {
    "buurtzaak_desktop.db.models.versioned",
    "buurtzaak_desktop.services.activiteiten",
    "buurtzaak_desktop.services.activiteiten.check",
    "buurtzaak_desktop.services.rooster",
    "buurtzaak_desktop.services.rooster.check",
    "buurtzaak_desktop.services.rooster.opening",
    "buurtzaak_desktop.services.settings",
    "buurtzaak_desktop.services.spreekuur",
    "buurtzaak_desktop.services.spreekuur.appointment_check",
}


def test_the_checks_build_no_model_classes(database: Database, data_paths: DataPaths) -> None:
    counts = generate_demo(database, today=date(2026, 12, 3))
    assert counts["boekingen buiten openingstijd"] and counts["activiteitenboekingen"] and counts["spreekuurafspraken"]
    count, loaded = run_finders_fresh(data_paths, database, FINDERS)
    assert count == 0  # the demo is sound
    assert sorted(loaded - LIGHT) == []
