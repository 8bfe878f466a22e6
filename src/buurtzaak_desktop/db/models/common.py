"""Tables every tab uses: the centre's settings and its rooms."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    """A centre setting (opening hours, rates, retention...), stored as JSON so it travels with a back-up."""

    key: str = Field(primary_key=True, max_length=100)
    value: str


class Room(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    capacity: int = Field(ge=0)
    wheelchair_accessible: bool = True
    notes: str = ""
    active: bool = True
