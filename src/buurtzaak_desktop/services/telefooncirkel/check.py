"""``buurtzaak check`` for the Telefooncirkel: every stall reaches the coordinator, the calling order has no gaps."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlmodel import Session

from buurtzaak_desktop.db import tables
from buurtzaak_desktop.domain.telefooncirkel import order_gaps


def order_positions(session: Session) -> dict[int, list[int]]:
    """The members' places in the calling order, per circle."""
    member = tables.telefooncirkel_member.c
    result: dict[int, list[int]] = {}
    for circle_id, position in session.execute(select(member.circle_id, member.position)):
        result.setdefault(circle_id, []).append(position)
    return result


def findings(session: Session) -> list[str]:
    result = []
    without_action = session.execute(
        text(
            "SELECT id FROM telefooncirkel_round WHERE stalled "
            "AND id NOT IN (SELECT round_id FROM telefooncirkel_action) ORDER BY id"
        )
    ).all()
    result += [f"Telefooncirkel: gestokte belronde {row[0]} staat niet op de actielijst." for row in without_action]
    stray = session.execute(
        text(
            "SELECT a.id FROM telefooncirkel_action a JOIN telefooncirkel_round r ON r.id = a.round_id "
            "WHERE NOT r.stalled ORDER BY a.id"
        )
    ).all()
    result += [f"Telefooncirkel: actie {row[0]} hoort bij een belronde die rond is gekomen." for row in stray]
    result += [
        f"Telefooncirkel {circle_id}: de belvolgorde heeft een gat of een dubbele plaats."
        for circle_id, positions in sorted(order_positions(session).items())
        if order_gaps(positions)
    ]
    return result
