"""Themes and referral partners: data in their own tables, filled with DOMAIN.md's lists when missing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models.spreekuur import SpreekuurPartner, SpreekuurTheme
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.spreekuur.themes import PARTNERS, THEMES


@dataclass(frozen=True)
class ThemeRow:
    id: int
    label: str
    sensitive: bool


def ensure_reference_data(session: Session) -> None:
    """Add the standard themes and partners that are not there yet; leaves the centre's own edits alone."""
    codes = set(session.exec(select(SpreekuurTheme.code)).all())
    for order, spec in enumerate(THEMES):
        if spec.code not in codes:
            session.add(SpreekuurTheme(code=spec.code, label=spec.label, sensitive=spec.sensitive, sort_order=order))
    names = set(session.exec(select(SpreekuurPartner.name)).all())
    session.add_all(SpreekuurPartner(name=name) for name in PARTNERS if name not in names)
    session.flush()


def list_themes(database: Database) -> list[ThemeRow]:
    with database.transaction() as session:
        ensure_reference_data(session)
        themes = session.exec(
            select(SpreekuurTheme).where(SpreekuurTheme.active).order_by(col(SpreekuurTheme.sort_order))
        ).all()
        return [ThemeRow(id=t.id or 0, label=t.label, sensitive=t.sensitive) for t in themes]


def list_partners(database: Database) -> list[SpreekuurPartner]:
    with database.transaction() as session:
        ensure_reference_data(session)
        return list(session.exec(select(SpreekuurPartner).order_by(SpreekuurPartner.name)).all())


def save_partner(
    database: Database, name: str, contact_person: str = "", phone: str = "", email: str = "", address: str = ""
) -> int:
    name = name.strip()
    if not name:
        raise InputError(QT_TRANSLATE_NOOP("core", "Vul de naam van de organisatie in."), field="naam")
    with database.transaction() as session:
        partner = session.exec(select(SpreekuurPartner).where(SpreekuurPartner.name == name)).first()
        partner = partner or SpreekuurPartner(name=name)
        partner.contact_person, partner.phone, partner.email, partner.address = contact_person, phone, email, address
        session.add(partner)
        session.flush()
        return partner.id or 0
