"""``buurtzaak check`` must start fast (issue 17): the checks of the Vrijwilligers, Welzijn op Recept, the
Telefooncirkel and the Spreekuur (privacy, toeleiding) read through the Core tables (db/tables.py) and load no model
module and no heavy service, also when they have the demo's volunteers, matches, circles and links to judge."""

from __future__ import annotations

from datetime import date

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.demo import generate_demo
from tests.fresh_checks import run_finders_fresh

FINDERS = (
    "vrijwilligers.check:findings,shift_hours,course_certificates;"
    "welzijn.check:findings;"
    "telefooncirkel.check:findings;"
    "spreekuur.check:findings,link_findings"
)

LIGHT = {
    "buurtzaak_desktop.db.models.versioned",
    "buurtzaak_desktop.services.spreekuur",
    "buurtzaak_desktop.services.spreekuur.check",
    "buurtzaak_desktop.services.telefooncirkel",
    "buurtzaak_desktop.services.telefooncirkel.check",
    "buurtzaak_desktop.services.vrijwilligers",
    "buurtzaak_desktop.services.vrijwilligers.check",
    "buurtzaak_desktop.services.vrijwilligers.qualified",
    "buurtzaak_desktop.services.welzijn",
    "buurtzaak_desktop.services.welzijn.bondgenoten",
    "buurtzaak_desktop.services.welzijn.check",
}


def test_the_people_checks_build_no_model_classes(database: Database, data_paths: DataPaths) -> None:
    counts = generate_demo(database, today=date(2026, 12, 3))
    assert counts["urenregels"] and counts["wor-deelnemers"] and counts["belrondes"] and counts["toeleidingen"]
    count, loaded = run_finders_fresh(data_paths, database, FINDERS)
    assert count == 0  # the demo is sound
    assert sorted(loaded - LIGHT) == []
