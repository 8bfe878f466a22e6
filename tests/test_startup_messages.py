"""A fresh demo is a centre whose retention has already done its work: the first start announces no anonymisation."""

from __future__ import annotations

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired
from buurtzaak_desktop.services.startup import run_startup_tasks
from buurtzaak_desktop.services.vrijwilligers.privacy import anonymise_due


def test_a_fresh_demo_has_nothing_left_to_anonymise(context: AppContext) -> None:
    generate_demo(context.database)
    assert anonymise_expired(context.database, clock.today()).messages() == []
    assert anonymise_due(context.database, clock.today()) == 0
    assert not [m for m in run_startup_tasks(context) if "anonim" in m]
