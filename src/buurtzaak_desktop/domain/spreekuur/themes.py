"""The spreekuur themes (DOMAIN.md §4) and the referral partners, as starting data for their tables.

Sensitive themes carry neutral labels: the screen says "geen vrede in de relatie", never "huiselijk geweld".
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ThemeSpec:
    code: str
    label: str
    sensitive: bool = False


THEMES = (
    ThemeSpec("formulieren", QT_TRANSLATE_NOOP("core", "Formulieren en brieven")),
    ThemeSpec("voorzieningen", QT_TRANSLATE_NOOP("core", "Inkomensondersteunende voorzieningen")),
    ThemeSpec("toeslagen", QT_TRANSLATE_NOOP("core", "Toeslagen")),
    ThemeSpec("schulden", QT_TRANSLATE_NOOP("core", "Geldzaken op orde"), sensitive=True),
    ThemeSpec("gezondheid", QT_TRANSLATE_NOOP("core", "Welzijn en gezondheid"), sensitive=True),
    ThemeSpec("huiselijke_vrede", QT_TRANSLATE_NOOP("core", "Geen vrede in de relatie"), sensitive=True),
    ThemeSpec("opvoeding", QT_TRANSLATE_NOOP("core", "Opvoeding")),
    ThemeSpec("taal", QT_TRANSLATE_NOOP("core", "Taal")),
    ThemeSpec("werk", QT_TRANSLATE_NOOP("core", "Werk en participatie")),
    ThemeSpec("empowerment", QT_TRANSLATE_NOOP("core", "Empowerment")),
    ThemeSpec("ontmoeting", QT_TRANSLATE_NOOP("core", "Ontmoeting")),
    ThemeSpec("vrijwilligerswerk", QT_TRANSLATE_NOOP("core", "Vrijwilligerswerk")),
    ThemeSpec("wonen", QT_TRANSLATE_NOOP("core", "Wonen")),
)

PARTNERS = (
    "Sociale raadslieden",
    "SEZO",
    "WPI (werk en inkomen)",
    "Juridisch loket",
    "Spuistraat 10 advocaten",
    "Bewindvoering",
    "Buurtteam",
    "Combiwel",
    "OKC",
    "Huisarts",
    "Vrijwilligers Academie",
    "Schuldhulpverlening",
)
