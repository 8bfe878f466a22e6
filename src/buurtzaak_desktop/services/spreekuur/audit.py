"""The audit log: who opened, changed, exported or removed a resident's record, and who unlocked the tab or set a
PIN. Never any content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import SpreekuurAudit
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

ACTION_LABELS = {
    "geopend": QT_TRANSLATE_NOOP("core", "geopend"),
    "gewijzigd": QT_TRANSLATE_NOOP("core", "gewijzigd"),
    "geexporteerd": QT_TRANSLATE_NOOP("core", "geëxporteerd"),
    "verwijderd": QT_TRANSLATE_NOOP("core", "verwijderd"),
    "geanonimiseerd": QT_TRANSLATE_NOOP("core", "geanonimiseerd"),
    "aangemaakt": QT_TRANSLATE_NOOP("core", "aangemaakt"),
    "ontgrendeld": QT_TRANSLATE_NOOP("core", "ontgrendeld"),
    "pin_ingesteld": QT_TRANSLATE_NOOP("core", "pincode ingesteld"),
    "pin_gewijzigd": QT_TRANSLATE_NOOP("core", "pincode gewijzigd"),
    "pin_gereset": QT_TRANSLATE_NOOP("core", "pincode opnieuw ingesteld"),
    "pin_wacht": QT_TRANSLATE_NOOP("core", "te vaak een verkeerde pincode"),
}
ACTIONS = tuple(ACTION_LABELS)


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    resident_id: int | None
    detail: str = ""


def audit(session: Session, actor: str, action: str, resident_id: int | None, detail: str = "") -> None:
    assert action in ACTIONS, action
    session.add(
        SpreekuurAudit(at=clock.now(), actor=actor or "?", action=action, resident_id=resident_id, detail=detail)
    )


def audit_lines(database: Database, resident_id: int | None = None, limit: int = 500) -> list[AuditLine]:
    with database.reading() as session:
        query = select(SpreekuurAudit).order_by(SpreekuurAudit.id.desc())  # type: ignore[union-attr]
        if resident_id is not None:
            query = query.where(SpreekuurAudit.resident_id == resident_id)
        rows = session.exec(query.limit(limit)).all()
        return [AuditLine(r.at, r.actor, r.action, r.resident_id, r.detail) for r in rows]
