"""The centre's rooms (DOMAIN.md §1), with set-up/clean-up defaults and one combined room."""

from __future__ import annotations

from buurtzaak_desktop.db.models import Room, RoomPart
from buurtzaak_desktop.services.demo import DemoContext

# name, capacity, notes, set-up minutes, clean-up minutes, wheelchair accessible, indoor (the garden is outside)
ROOMS = [
    ("Theaterrestaurant", 250, "Entreehal met podium: debatten, Open Mic, buurtmaaltijden.", 30, 30, True, True),
    ("Aula", 80, "Grote bijeenkomsten, armoededebatten, buurtpanel.", 15, 15, True, True),
    ("Keuken", 20, "Aparte keuken voor kookgroepen en buurtmaaltijden.", 15, 15, True, True),
    ("Activiteitenruimte 1", 25, "Lessen, yoga, zumba.", 0, 0, True, True),
    ("Activiteitenruimte 2", 15, "Computerles, schrijftafel, kleine groepen.", 0, 0, True, True),
    ("Spreekkamer", 4, "Afgesloten ruimte voor vertrouwelijke gesprekken.", 0, 0, True, True),
    ("Tuin / moestuin", 40, "Tuin met picknickbanken en moestuin; seizoensgebonden.", 0, 0, False, False),
]
COMBINED = {"Activiteitenruimte 1+2": (40, ("Activiteitenruimte 1", "Activiteitenruimte 2"))}


def generate(demo: DemoContext) -> dict[str, int]:
    rooms = [
        Room(
            name=name,
            capacity=capacity,
            notes=notes,
            setup_minutes=setup,
            cleanup_minutes=cleanup,
            wheelchair_accessible=wheelchair,
            indoor=indoor,
        )
        for name, capacity, notes, setup, cleanup, wheelchair, indoor in ROOMS
    ]
    for name, (capacity, _parts) in COMBINED.items():
        rooms.append(Room(name=name, capacity=capacity, notes="Beide activiteitenruimtes samen (schuifwand open)."))
    demo.session.add_all(rooms)
    demo.session.flush()
    ids = {room.name: room.id or 0 for room in rooms}
    for name, (_capacity, parts) in COMBINED.items():
        demo.session.add_all(RoomPart(combined_id=ids[name], part_id=ids[part]) for part in parts)
    demo.shared["rooms"] = ids
    return {"ruimtes": len(rooms)}
