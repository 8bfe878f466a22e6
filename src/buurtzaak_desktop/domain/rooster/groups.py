"""User groups are one entity: a name typed with other capitals or spaces is the same group."""

from __future__ import annotations


def group_name(text: str) -> str:
    """The display spelling of a typed name: outer spaces removed, inner runs of spaces made one."""
    return " ".join(text.split())


def group_key(text: str) -> str:
    """What makes two names the same group: "Kookgroep 1", "kookgroep 1 " and "KOOKGROEP  1" give one key."""
    return group_name(text).casefold()
