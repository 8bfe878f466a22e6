"""The Begroting workbook's input: everything it shows for one year, built by services/begroting/export.py."""

from __future__ import annotations

from dataclasses import dataclass

from buurtzaak_desktop.domain.begroting.budget import BudgetSummary
from buurtzaak_desktop.domain.begroting.initiatives import FundStatus, InitiativeView
from buurtzaak_desktop.domain.begroting.populair import PopularBudget


@dataclass(frozen=True)
class BegrotingExport:
    centre_name: str
    summary: BudgetSummary
    popular: PopularBudget
    initiatives: list[InitiativeView]
    fund: FundStatus
