"""Tables every tab uses: the centre's settings and its rooms."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    """A centre setting (opening hours, rates, retention...), stored as JSON so it travels with a back-up."""

    key: str = Field(primary_key=True, max_length=100)
    value: str


class Room(SQLModel, table=True):
    """A room of the centre. Set-up/clean-up minutes are the defaults for new bookings of the room."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    capacity: int = Field(ge=0)
    wheelchair_accessible: bool = True
    # False for the garden and other outdoor spaces: "wat is vrij?" offers them last, never as best fit indoors.
    indoor: bool = Field(default=True, sa_column_kwargs={"server_default": "1"})
    notes: str = ""
    active: bool = True
    setup_minutes: int = Field(default=0, ge=0, sa_column_kwargs={"server_default": "0"})
    cleanup_minutes: int = Field(default=0, ge=0, sa_column_kwargs={"server_default": "0"})
    # Rent per hour for non-commercial use in cents; None means the centre's default rate (a setting).
    rate_cents: int | None = Field(default=None, ge=0)


class RoomPart(SQLModel, table=True):
    """A combined room is made of parts: booking the whole blocks every part, and a part blocks the whole."""

    __tablename__ = "room_part"

    combined_id: int = Field(foreign_key="room.id", primary_key=True, ondelete="CASCADE")
    part_id: int = Field(foreign_key="room.id", primary_key=True, ondelete="CASCADE")
