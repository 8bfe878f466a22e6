"""``buurtzaak check`` for Welzijn op Recept: a running match's bondgenoot still may be one (role, training, active),
its registration still exists in Activiteiten for the arrangement's activity, nobody who takes part structurally is
still on the activity's waiting list, and no intake note outlives its resident."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from buurtzaak_desktop.domain import clock, welzijn
from buurtzaak_desktop.domain.activiteiten.labels import WAITING
from buurtzaak_desktop.services.welzijn.bondgenoten import bondgenoot_ids


def findings(session: Session) -> list[str]:
    result = []
    running = session.execute(
        text(
            "SELECT p.id, p.bondgenoot_id, p.started_on IS NOT NULL, p.registration_id, r.id, r.activity_id, "
            "p.activity_id FROM wor_participant p LEFT JOIN registration r ON r.id = p.registration_id "
            "WHERE p.outcome IS NULL AND p.resident_id IS NOT NULL ORDER BY p.id"
        )
    ).all()
    allowed = bondgenoot_ids(session, clock.today())
    for participant_id, bondgenoot_id, started, registration_id, found, registered_for, activity_id in running:
        if bondgenoot_id is not None and bondgenoot_id not in allowed:
            result.append(
                f"Welzijn op Recept: deelnemer {participant_id} heeft als bondgenoot vrijwilliger {bondgenoot_id}, "
                "die geen actieve bondgenoot met een geldige training meer is."
            )
        if started and (registration_id is None or found is None or registered_for != activity_id):
            result.append(
                f"Welzijn op Recept: deelnemer {participant_id} heeft geen inschrijving bij Activiteiten voor de "
                "activiteit van het arrangement."
            )
    waiting = session.execute(
        text(
            "SELECT p.id, a.name FROM wor_participant p JOIN registration r ON r.id = p.registration_id "
            "JOIN activity a ON a.id = r.activity_id WHERE p.outcome = :structural AND r.status = :waiting "
            "ORDER BY p.id"
        ),
        {"structural": welzijn.STRUCTURAL, "waiting": WAITING},
    ).all()
    for participant_id, activity in waiting:
        result.append(
            f"Welzijn op Recept: deelnemer {participant_id} neemt volgens de uitkomst structureel deel, maar staat op "
            f"de wachtlijst van {activity}."
        )
    orphans = session.execute(
        text(
            "SELECT COUNT(*) FROM wor_participant WHERE resident_id IS NULL "
            "AND (interests != '' OR energy != '' OR talents != '' OR ambitions != '')"
        )
    ).scalar_one()
    if orphans:
        result.append(f"Welzijn op Recept: {orphans} intakenotitie(s) zonder bewoner.")
    return result
