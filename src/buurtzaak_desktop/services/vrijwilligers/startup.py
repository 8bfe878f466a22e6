"""Start-up task: the default roles and certificate types, then the volunteers past their retention period."""

from __future__ import annotations

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.privacy import anonymise_due
from buurtzaak_desktop.services.vrijwilligers.reference import ensure_reference_data


def run(context: AppContext) -> list[str]:
    with context.database.transaction() as session:
        ensure_reference_data(session)
    count = anonymise_due(context.database, now_local().date())
    if count:
        return [f"{count} gestopte vrijwilliger(s) na de bewaartermijn geanonimiseerd; hun uren tellen mee."]
    return []
