"""The stored Dutch words of Activiteiten (statuses, frequencies, 'gekomen via') and their labels for the window.

The stored values stay as they are (exports and import files use them); the UI shows
``QCoreApplication.translate("core", LABELS[value])``, so an English window says "weekly" where Dutch says "wekelijks".
"""

from __future__ import annotations

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP

# Activity.status values (Dutch words, stored as they are shown in exports); the models and ``buurtzaak check``
# (which reads plain tables, no models) both take them from here.
ACTIVE, PAUSED, ENDED = "actief", "gepauzeerd", "beëindigd"
# ActivitySession.status values
SESSION_PLANNED, SESSION_CANCELLED = "gepland", "niet doorgegaan"
REGISTERED, WAITING, LEFT = "ingeschreven", "wachtlijst", "vertrokken"  # a registration's status

ACTIVITY_STATUS_LABELS = {
    ACTIVE: QT_TRANSLATE_NOOP("core", "actief"),
    PAUSED: QT_TRANSLATE_NOOP("core", "gepauzeerd"),
    ENDED: QT_TRANSLATE_NOOP("core", "beëindigd"),
}
REGISTRATION_STATUS_LABELS = {
    REGISTERED: QT_TRANSLATE_NOOP("core", "ingeschreven"),
    WAITING: QT_TRANSLATE_NOOP("core", "wachtlijst"),
    LEFT: QT_TRANSLATE_NOOP("core", "vertrokken"),
}
FREQUENCY_LABELS = {
    "wekelijks": QT_TRANSLATE_NOOP("core", "wekelijks"),
    "tweewekelijks": QT_TRANSLATE_NOOP("core", "tweewekelijks"),
    "driewekelijks": QT_TRANSLATE_NOOP("core", "driewekelijks"),
    "zeswekelijks": QT_TRANSLATE_NOOP("core", "zeswekelijks"),
    "maandelijks": QT_TRANSLATE_NOOP("core", "maandelijks"),
    "driemaandelijks": QT_TRANSLATE_NOOP("core", "driemaandelijks"),
    "eenmalig": QT_TRANSLATE_NOOP("core", "eenmalig"),
}
CAME_VIA_LABELS = {
    "warm contact": QT_TRANSLATE_NOOP("core", "warm contact"),
    "buren of familie": QT_TRANSLATE_NOOP("core", "buren of familie"),
    "flyer of poster": QT_TRANSLATE_NOOP("core", "flyer of poster"),
    "website of social media": QT_TRANSLATE_NOOP("core", "website of social media"),
    "zelf binnengelopen": QT_TRANSLATE_NOOP("core", "zelf binnengelopen"),
    "anders": QT_TRANSLATE_NOOP("core", "anders"),
}
LEADER_KIND_LABELS = {
    "vrijwilliger": QT_TRANSLATE_NOOP("core", "vrijwilliger"),
    "partner": QT_TRANSLATE_NOOP("core", "partner"),
    "bewonersgroep": QT_TRANSLATE_NOOP("core", "bewonersgroep"),
    "staf": QT_TRANSLATE_NOOP("core", "staf"),
}
MONDAY_TO_FRIDAY = QT_TRANSLATE_NOOP("core", "ma t/m vr")
