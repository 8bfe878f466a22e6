"""The rooster's centre settings: the hygiene strike period, the share one group may hold of a room, the hourly
rates per tariff, and the opening hours per weekday with their exceptions per date. In the database (they travel
with a back-up); saved together in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.rooster.hours import DEFAULT_WEEK, WeekdayHours, check_week, week_setting, weekly_hours
from buurtzaak_desktop.domain.rooster.rules import DEFAULT_GROUP_SHARE, STRIKE_PERIOD_DAYS
from buurtzaak_desktop.services.rooster.calendar import OpeningException, check_exception, set_exception_in
from buurtzaak_desktop.services.settings import DEFAULTS, read_setting, write_setting

log = logging.getLogger(__name__)
MAX_STRIKE_PERIOD_DAYS = 3 * 365


@dataclass
class RoosterSettings:
    strike_period_days: int  # setting rooster_strike_period_days
    group_share_percent: int  # setting rooster_group_share (stored as a fraction)
    non_commercial_cents: int  # per hour; setting room_rate_cents
    commercial_cents: int
    week: tuple[WeekdayHours, ...] = DEFAULT_WEEK  # setting opening_hours, Monday first


def read_rooster_settings(database: Database) -> RoosterSettings:
    with database.reading() as session:
        rates = read_setting(session, "room_rate_cents")
        return RoosterSettings(
            strike_period_days=int(read_setting(session, "rooster_strike_period_days", STRIKE_PERIOD_DAYS)),
            group_share_percent=round(float(read_setting(session, "rooster_group_share", DEFAULT_GROUP_SHARE)) * 100),
            non_commercial_cents=int(rates.get("non_commercial", 0)),
            commercial_cents=int(rates.get("commercial", 0)),
            week=weekly_hours(read_setting(session, "opening_hours")),
        )


def save_rooster_settings(
    database: Database, settings: RoosterSettings, exceptions: Mapping[date, OpeningException | None] | None = None
) -> None:
    """Check, then write all rooster settings at once, with the changed opening exceptions per date (None: the
    date follows its weekday again); a bad value writes nothing."""
    _check(settings)
    for exception in (exceptions or {}).values():
        if exception is not None:
            check_exception(exception)
    with database.transaction() as session:
        write_setting(session, "opening_hours", week_setting(settings.week))
        for day, exception in (exceptions or {}).items():
            set_exception_in(session, day, exception)
        write_setting(session, "rooster_strike_period_days", settings.strike_period_days)
        write_setting(session, "rooster_group_share", settings.group_share_percent / 100)
        rates = dict(read_setting(session, "room_rate_cents") or DEFAULTS["room_rate_cents"])
        rates.update(non_commercial=settings.non_commercial_cents, commercial=settings.commercial_cents)
        write_setting(session, "room_rate_cents", rates)
    log.info("rooster settings saved")


def _check(settings: RoosterSettings) -> None:
    if not 1 <= settings.strike_period_days <= MAX_STRIKE_PERIOD_DAYS:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De periode voor hygiënemeldingen moet tussen 1 en {most} dagen liggen."),
            most=MAX_STRIKE_PERIOD_DAYS,
        )
    if not 1 <= settings.group_share_percent <= 100:
        raise InputError(QT_TRANSLATE_NOOP("core", "Het aandeel van één groep moet tussen 1% en 100% liggen."))
    if settings.non_commercial_cents < 0 or settings.commercial_cents < 0:
        raise InputError(QT_TRANSLATE_NOOP("core", "Een tarief kan niet negatief zijn."))
    check_week(settings.week)
