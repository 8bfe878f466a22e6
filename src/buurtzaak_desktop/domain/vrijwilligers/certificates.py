"""Certificate expiry: warn within the window (default 60 days), block only once it has expired."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

WARNING_DAYS = 60


class CertificateState(StrEnum):
    VALID = "geldig"
    EXPIRING = "verloopt binnenkort"
    EXPIRED = "verlopen"


def certificate_state(valid_until: date | None, on: date, warning_days: int = WARNING_DAYS) -> CertificateState:
    """A certificate is valid through its last day; it warns from ``warning_days`` before that day."""
    if valid_until is None:
        return CertificateState.VALID
    if valid_until < on:
        return CertificateState.EXPIRED
    if valid_until <= on + timedelta(days=warning_days):
        return CertificateState.EXPIRING
    return CertificateState.VALID


def missing_certificates(required: Iterable[str], held: dict[str, date | None], on: date) -> list[str]:
    """The required certificate names that are absent or expired on ``on`` (held: name -> latest expiry)."""
    return [
        name for name in required if name not in held or certificate_state(held[name], on) is CertificateState.EXPIRED
    ]


def add_years(day: date, years: int) -> date:
    """The same date ``years`` later; 29 February becomes 28 February in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def suggested_expiry(on: date, valid_years: int | None) -> date | None:
    """The usual expiry of a certificate obtained or renewed on ``on`` (a VOG 3 years); None: it does not expire."""
    return None if valid_years is None else add_years(on, valid_years)
