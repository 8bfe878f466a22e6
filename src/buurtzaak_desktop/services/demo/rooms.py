"""The centre's rooms (DOMAIN.md §1)."""

from __future__ import annotations

from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.services.demo import DemoContext

ROOMS = [
    ("Theaterrestaurant", 250, "Entreehal met podium: debatten, Open Mic, buurtmaaltijden."),
    ("Aula", 80, "Grote bijeenkomsten, armoededebatten, buurtpanel."),
    ("Keuken", 20, "Aparte keuken voor kookgroepen en buurtmaaltijden."),
    ("Activiteitenruimte 1", 25, "Lessen, yoga, zumba."),
    ("Activiteitenruimte 2", 15, "Computerles, schrijftafel, kleine groepen."),
    ("Spreekkamer", 4, "Afgesloten ruimte voor vertrouwelijke gesprekken."),
    ("Tuin / moestuin", 40, "Tuin met picknickbanken en moestuin; seizoensgebonden."),
]


def generate(demo: DemoContext) -> dict[str, int]:
    rooms = [Room(name=name, capacity=capacity, notes=notes) for name, capacity, notes in ROOMS]
    demo.session.add_all(rooms)
    demo.session.flush()
    demo.shared["rooms"] = {room.name: room.id for room in rooms}
    return {"ruimtes": len(rooms)}
