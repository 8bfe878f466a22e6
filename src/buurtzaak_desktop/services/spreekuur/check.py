"""``buurtzaak check`` for the spreekuur: no names without consent, no open follow-ups on forgotten residents, no
toeleiding that points to nothing. Plain SQL: no model class is built."""

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


def link_findings(session: Session) -> list[str]:
    """``buurtzaak check``: a toeleiding points to a row of its own kind that exists, or to nothing (removed).

    The foreign keys empty a link when its row is removed; a row removed with them switched off (a repair by hand, a
    tool) would leave a link to nothing that the dossier cannot show. Ids only, never a name."""
    rows = session.execute(
        text(
            """
            SELECT l.id FROM spreekuur_toeleiding l
            LEFT JOIN registration r ON r.id = l.registration_id
            LEFT JOIN participant p ON p.id = l.participant_id
            LEFT JOIN activity a ON a.id = l.activity_id
            LEFT JOIN volunteer v ON v.id = l.volunteer_id
            WHERE (l.registration_id IS NOT NULL AND r.id IS NULL)
               OR (l.participant_id IS NOT NULL AND p.id IS NULL)
               OR (l.activity_id IS NOT NULL AND a.id IS NULL)
               OR (l.volunteer_id IS NOT NULL AND v.id IS NULL)
               OR (l.kind = 'activiteit' AND l.volunteer_id IS NOT NULL)
               OR (l.kind = 'vrijwilliger' AND (l.registration_id IS NOT NULL OR l.activity_id IS NOT NULL))
               OR l.kind NOT IN ('activiteit', 'vrijwilliger')
               OR (r.id IS NOT NULL AND (r.participant_id != l.participant_id OR r.activity_id != l.activity_id))
            ORDER BY l.id
            """
        )
    ).all()
    message = "Spreekuur: toeleiding {} wijst naar een inschrijving of vrijwilliger die er niet is."
    return [message.format(link) for (link,) in rows]
