"""``buurtzaak check`` for the spreekuur: no names without consent, no open follow-ups on forgotten residents."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session


def findings(session: Session) -> list[str]:
    result = []
    without_consent = session.execute(
        text(
            # NOT IN lets SQLite index the consents once; NOT EXISTS scanned them all per resident (consent has
            # no index on resident_id), a second on the large demo
            "SELECT COUNT(*) FROM spreekuur_resident WHERE id NOT IN "
            "(SELECT resident_id FROM spreekuur_consent WHERE resident_id IS NOT NULL)"
        )
    ).scalar_one()
    if without_consent:
        result.append(f"Spreekuur: {without_consent} bewoner(s) zonder vastgelegde toestemming.")
    texts_without_resident = session.execute(
        text(
            "SELECT COUNT(*) FROM spreekuur_visit WHERE person_token IS NULL "
            "AND (need != '' OR question != '' OR action != '')"
        )
    ).scalar_one()
    if texts_without_resident:
        result.append(f"Spreekuur: {texts_without_resident} anoniem bezoek/bezoeken met vrije tekst.")
    return result
