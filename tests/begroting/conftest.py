"""A hand-made budget with known answers, shared by the Begroting tests."""

from __future__ import annotations

import pytest

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.services.begroting.budget import LineDraft, add_line

# baten 10.000,00 + 2.500,00 = 12.500,00; lasten 8.000,00 + 3.000,00 + 1.503,47 = 12.503,47: short by € 3,47.
SHORT_BUDGET = [
    LineDraft("baten", "Gemeente", "Subsidie stadsdeel", 1_000_000),
    LineDraft("baten", "Eigen inkomsten", "Zaalhuur", 250_000),
    LineDraft("lasten", "Personeel", "Coördinatie", 800_000),
    LineDraft("lasten", "Huisvesting", "Huur", 300_000),
    LineDraft("lasten", "Huisvesting", "GWE", 150_347),
]


@pytest.fixture
def short_budget(database: Database) -> dict[str, int]:
    """The 2026 budget above; returns line ids by post name."""
    return {draft.name: add_line(database, 2026, draft) for draft in SHORT_BUDGET}
