"""User groups as one entity: a typed name finds its group whatever its capitals or spaces, or makes a new one."""

from __future__ import annotations

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.models import Group
from buurtzaak_desktop.domain.rooster.groups import group_key, group_name


def find_group(session: Session, name: str) -> Group | None:
    """The group a typed name means ("kookgroep 1 " finds "Kookgroep 1"); None when there is none (or no name)."""
    key = group_key(name)
    if not key:
        return None
    return session.exec(select(Group).where(Group.key == key)).first()


def group_for(session: Session, name: str) -> Group | None:
    """The group a typed name means, made when it is new (named as typed); None for an empty name."""
    found = find_group(session, name)
    if found is not None or not group_key(name):
        return found
    group = Group(name=group_name(name), key=group_key(name))
    session.add(group)
    session.flush()
    return group


def group_names(database: Database) -> list[str]:
    """The names of the known groups, for a choice in a dialog."""
    with database.reading() as session:
        return list(session.exec(select(col(Group.name)).order_by(col(Group.key))))
