"""House rules of the rooster: capacity, share per group, hygiene strikes, rent. (BHV outside the opening hours:
services/rooster/bhv.py, from the volunteers' certificates.)"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from buurtzaak_desktop.domain.rooster.enums import Tariff

BHV = "BHV"  # the certificate type (Vrijwilligers) a booking's beheerder needs outside the opening hours
STRIKES_FOR_SUSPENSION = 5
STRIKE_PERIOD_DAYS = 365  # default of the setting rooster_strike_period_days
DEFAULT_GROUP_SHARE = 0.4  # default of the setting rooster_group_share


def fit_order(indoor: bool, capacity: int, name: str) -> tuple[bool, int, str]:
    """The order of "wat is vrij?", best fit first: indoor rooms before outdoor ones (the garden is never the best
    fit for a meeting, whatever its size), then the smallest room that holds the group, then by name."""
    return (not indoor, capacity, name)


def over_capacity(people: int, capacity: int) -> bool:
    return people > capacity > 0 or (capacity == 0 and people > 0)


def group_share(group_minutes: int, open_minutes: int) -> float:
    return group_minutes / open_minutes if open_minutes else 0.0


def suspension_due(strike_days: Iterable[date], today: date, period_days: int = STRIKE_PERIOD_DAYS) -> bool:
    """True when the group has reached the 5th strike within the period ending today."""
    since = today - timedelta(days=period_days)
    return sum(1 for day in strike_days if since < day <= today) >= STRIKES_FOR_SUSPENSION


def suspension_end(start: date) -> date:
    """One month of suspension; the end day is the first day the group may book again."""
    return start + relativedelta(months=1)


def price_cents(tariff: str, minutes_booked: int, rates: dict[str, int], room_rate: int | None = None) -> int:
    """Rent in cents: the hourly rate of the tariff (setting ``room_rate_cents``) times the hours, rounded to the
    cent. A room's own rate replaces the non-commercial rate; the commercial rate scales with it."""
    rate = rates.get(tariff, 0)
    if room_rate is not None and tariff != Tariff.FREE:
        default = rates.get(Tariff.NON_COMMERCIAL, 0)
        rate = room_rate if tariff == Tariff.NON_COMMERCIAL or not default else round(rate * room_rate / default)
    return round(rate * minutes_booked / 60)
