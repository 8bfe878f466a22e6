"""Inzage: everything the centre holds about one resident, for the resident to read and take home.

Reading it for a print is an export of the record: it is written in the audit log (no content there).
"""

from __future__ import annotations

import logging
from datetime import date

from sqlmodel import col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import (
    SpreekuurConsent,
    SpreekuurPartner,
    SpreekuurReferral,
    SpreekuurReferralEvent,
    SpreekuurResident,
    SpreekuurTraject,
    SpreekuurVisit,
)
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFound
from buurtzaak_desktop.reports.spreekuur.model import OverviewReferral, OverviewTraject, OverviewVisit, ResidentOverview
from buurtzaak_desktop.services.settings import read_setting
from buurtzaak_desktop.services.spreekuur.appointments import appointments_for_overview
from buurtzaak_desktop.services.spreekuur.audit import audit
from buurtzaak_desktop.services.spreekuur.privacy import RETENTION_KEY
from buurtzaak_desktop.services.spreekuur.visits import theme_labels
from buurtzaak_desktop.services.telefooncirkel.circles import resident_circles
from buurtzaak_desktop.services.welzijn.participants import resident_wor

log = logging.getLogger(__name__)


def resident_overview(database: Database, resident_id: int, actor: str) -> ResidentOverview:
    """All of one resident's data (for inzage); written in the audit log as an export."""
    with database.transaction() as session:
        resident = session.get(SpreekuurResident, resident_id)
        if resident is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze bewoner bestaat niet (meer)."))
        consents = session.exec(
            select(SpreekuurConsent)
            .where(SpreekuurConsent.resident_id == resident_id)
            .order_by(col(SpreekuurConsent.given_on), col(SpreekuurConsent.id))
        ).all()
        visits = session.exec(
            select(SpreekuurVisit)
            .where(SpreekuurVisit.resident_id == resident_id)
            .order_by(col(SpreekuurVisit.visited_on), col(SpreekuurVisit.id))
        ).all()
        themes = theme_labels(session, [v.id or 0 for v in visits])
        trajecten = session.exec(
            select(SpreekuurTraject)
            .where(SpreekuurTraject.resident_id == resident_id)
            .order_by(col(SpreekuurTraject.opened_on), col(SpreekuurTraject.id))
        ).all()
        referrals = session.exec(
            select(SpreekuurReferral, SpreekuurPartner.name)
            .join(SpreekuurPartner, col(SpreekuurPartner.id) == SpreekuurReferral.partner_id)
            .where(SpreekuurReferral.resident_id == resident_id)
            .order_by(col(SpreekuurReferral.referred_on), col(SpreekuurReferral.id))
        ).all()
        steps: dict[int, list[tuple[str, date]]] = {}
        referral_ids = [r.id or 0 for r, _ in referrals]
        if referral_ids:
            for event in session.exec(
                select(SpreekuurReferralEvent)
                .where(col(SpreekuurReferralEvent.referral_id).in_(referral_ids))
                .order_by(col(SpreekuurReferralEvent.id))
            ).all():
                steps.setdefault(event.referral_id, []).append((event.status, event.happened_on))
        overview = ResidentOverview(
            resident_id=resident_id,
            name=resident.name,
            phone=resident.phone,
            email=resident.email,
            notes=resident.notes,
            created_on=resident.created_on,
            retention_years=int(read_setting(session, RETENTION_KEY, 2)),
            centre_name=str(read_setting(session, "centre_name")),
            consents=[(c.given_on, c.purpose, c.recorded_by) for c in consents],
            visits=[
                OverviewVisit(
                    v.visited_on,
                    v.helped_by,
                    themes.get(v.id or 0, []),
                    v.need,
                    v.question,
                    v.action,
                    v.minutes,
                    v.follow_up_on,
                )
                for v in visits
            ],
            trajecten=[
                OverviewTraject(t.opened_on, t.phase, t.phase_since, t.closed_on, t.outcome, t.notes) for t in trajecten
            ],
            referrals=[
                OverviewReferral(partner, r.direction, r.status, r.referred_on, r.notes, steps.get(r.id or 0, []))
                for r, partner in referrals
            ],
            circles=resident_circles(session, resident_id),
            wor=resident_wor(session, resident_id),
            appointments=appointments_for_overview(session, resident_id),
        )
        audit(session, actor, "geexporteerd", resident_id)
    log.info("spreekuur overview of resident %s read for inzage", resident_id)
    return overview
