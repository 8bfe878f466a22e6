"""At start-up: the standard themes and partners are present, and expired spreekuur data is anonymised."""

from __future__ import annotations

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.spreekuur.privacy import anonymise_expired
from buurtzaak_desktop.services.spreekuur.reference import ensure_reference_data


def run(context: AppContext) -> list[str]:
    with context.database.transaction() as session:
        ensure_reference_data(session)
    return anonymise_expired(context.database, now_local().date()).messages()
