"""Trainings: a maximum with a waiting list, and the certificate for those who missed few enough sessions."""

from __future__ import annotations

DEFAULT_MAX_MISSED = 2


def goes_on_waiting_list(enrolled: int, maximum: int) -> bool:
    return enrolled >= maximum


def earns_certificate(sessions_held: int, sessions_attended: int, max_missed: int = DEFAULT_MAX_MISSED) -> bool:
    """Earned once every session has taken place and no more than ``max_missed`` of them were missed."""
    if sessions_held <= 0:
        return False
    return sessions_held - sessions_attended <= max_missed
