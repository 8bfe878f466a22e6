"""The year's WoR figures against the targets: participants referred that year, per arrangement, per verwijzer type,
outcomes at three months. Counts only; forgotten residents still count."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.welzijn import WorParticipant, WorReferrer
from buurtzaak_desktop.domain import welzijn
from buurtzaak_desktop.services.welzijn.reference import settings_in


def year_figures(database: Database, year: int, until: date | None = None) -> welzijn.YearFigures:
    with database.reading() as session:
        return year_figures_in(session, year, until)


def year_figures_in(session: Session, year: int, until: date | None = None) -> welzijn.YearFigures:
    """Participants referred in ``year`` up to ``until`` (default: the year's end), with the outcomes known by
    then: a pack for a past month shows what was known at its end."""
    end = min(until, date(year, 12, 31)) if until is not None else date(year, 12, 31)
    settings = settings_in(session)
    figures = welzijn.YearFigures(year, settings.target_participants, settings.target_structural)
    rows = session.exec(
        select(WorParticipant, WorReferrer.kind)
        .join(WorReferrer, col(WorReferrer.id) == WorParticipant.referrer_id)
        .where(col(WorParticipant.referred_on) >= date(year, 1, 1), col(WorParticipant.referred_on) <= end)
    ).all()
    for participant, kind in rows:
        outcome = participant.outcome if participant.outcome_on and participant.outcome_on <= end else None
        figures.participants += 1
        _add(figures.per_arrangement, participant.arrangement or "")
        _add(figures.per_referrer_kind, kind)
        _add(figures.per_outcome, outcome or "")
        if welzijn.counts_as_structural(outcome):
            figures.structural += 1
        if outcome == welzijn.VOLUNTEER:
            figures.volunteers += 1
        elif outcome == welzijn.STOPPED:
            figures.stopped += 1
            _add(figures.stop_reasons, participant.stop_reason or "anders")
        elif outcome is None:
            figures.running += 1
    return figures


def _add(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1
