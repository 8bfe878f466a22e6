"""At start-up: the Vrijwilligers' roles and certificate types hold the bondgenoot role and its training."""

from __future__ import annotations

from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.welzijn.reference import ensure_bondgenoot_reference


def run(context: AppContext) -> list[str]:
    with context.database.transaction() as session:
        ensure_bondgenoot_reference(session)
    return []
