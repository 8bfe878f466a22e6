"""Month-pack section from the Rooster: occupancy per room and hygiene strikes and suspensions."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from buurtzaak_desktop.db.models import HygieneStrike, Room, Suspension
from buurtzaak_desktop.domain.dates import month_end
from buurtzaak_desktop.services.regiegroep.pack import Section, Table, Value
from buurtzaak_desktop.services.regiegroep.sections_vrijwilligers import hours_text
from buurtzaak_desktop.services.rooster.occupancy import occupancy_in


def percent_text(share: float) -> str:
    return f"{round(share * 100)}%"


def room_use(session: Session, month: date) -> Section:
    end = month_end(month)
    occupancy = occupancy_in(session, month)
    rooms: list[list[Value]] = [
        [o.room_name, hours_text(o.booked_minutes), hours_text(o.open_minutes), percent_text(o.share)]
        for o in occupancy
    ]
    names = {room.id: room.name for room in session.exec(select(Room))}
    strikes = session.exec(
        select(HygieneStrike)
        .where(col(HygieneStrike.day) >= month, col(HygieneStrike.day) < end)
        .order_by(col(HygieneStrike.day), col(HygieneStrike.id))
    ).all()
    suspensions = session.exec(
        select(Suspension)
        .where(col(Suspension.since) < end, col(Suspension.until) >= month)
        .order_by(col(Suspension.since), col(Suspension.id))
    ).all()
    return Section(
        title="",
        note="Bezetting = geboekte uren / openingsuren van het buurthuis in de maand.",
        figures=[("Hygiënemeldingen deze maand", len(strikes)), ("Groepen geschorst", len(suspensions))],
        tables=[
            Table("Bezetting per ruimte", ["Ruimte", "Geboekte uren", "Openingsuren", "Bezetting"], rooms),
            Table(
                "Hygiënemeldingen",
                ["Datum", "Groep", "Ruimte", "Opmerking"],
                [[f"{s.day:%d-%m-%Y}", s.group_name, names.get(s.room_id, ""), s.note] for s in strikes],
            ),
            Table(
                "Schorsingen",
                ["Groep", "Van", "Tot en met", "Reden"],
                [[s.group_name, f"{s.since:%d-%m-%Y}", f"{s.until:%d-%m-%Y}", s.reason] for s in suspensions],
            ),
        ],
    )
