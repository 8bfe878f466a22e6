"""Budget versus actuals: per line, per category, baten, lasten and the saldo. Integer cents throughout."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from buurtzaak_desktop.domain.begroting.codes import EXPENSE, INCOME, KINDS


@dataclass(frozen=True)
class LineInput:
    line_id: int
    kind: str
    category: str
    name: str
    budget_cents: int
    actual_cents: int  # typed here and flowed in from other tabs together
    linked_cents: int = 0  # the part of actual_cents that came from another tab


@dataclass(frozen=True)
class LineFigures:
    line_id: int
    kind: str
    category: str
    name: str
    budget_cents: int
    actual_cents: int
    difference_cents: int  # actual − budget: for lasten a positive difference is an overspend
    percent_spent: float | None  # None when nothing was budgeted
    expected_cents: int  # pro-rata year-end
    linked_cents: int = 0  # the part of the actual that flowed in from another tab


@dataclass(frozen=True)
class CategoryFigures:
    kind: str
    category: str
    lines: tuple[LineFigures, ...]
    budget_cents: int
    actual_cents: int
    expected_cents: int

    @property
    def difference_cents(self) -> int:
        return self.actual_cents - self.budget_cents


@dataclass(frozen=True)
class BudgetSummary:
    year: int
    as_of: date
    elapsed_fraction: float  # the share of the year gone by on as_of, for display only
    categories: tuple[CategoryFigures, ...] = field(default_factory=tuple)
    income_budget_cents: int = 0
    income_actual_cents: int = 0
    expense_budget_cents: int = 0
    expense_actual_cents: int = 0

    @property
    def saldo_budget_cents(self) -> int:
        """Baten − lasten as budgeted; below zero is a shortfall (tekort)."""
        return self.income_budget_cents - self.expense_budget_cents

    @property
    def saldo_actual_cents(self) -> int:
        return self.income_actual_cents - self.expense_actual_cents

    @property
    def shortfall_cents(self) -> int:
        """How much the budgeted lasten exceed the baten; 0 when the budget closes."""
        return max(0, -self.saldo_budget_cents)

    def of_kind(self, kind: str) -> list[CategoryFigures]:
        return [c for c in self.categories if c.kind == kind]


def year_progress(year: int, as_of: date) -> tuple[int, int]:
    """(days gone by including as_of, days in the year): a year in the past is complete, one ahead not begun."""
    days = 366 if calendar.isleap(year) else 365
    if as_of.year < year:
        return 0, days
    if as_of.year > year:
        return days, days
    return as_of.timetuple().tm_yday, days


def pro_rata(actual_cents: int, elapsed_days: int, year_days: int) -> int:
    """The year-end to expect if the rest of the year goes as it went so far (rounded half away from zero)."""
    if elapsed_days <= 0:
        return actual_cents
    numerator = abs(actual_cents) * year_days
    value = (2 * numerator + elapsed_days) // (2 * elapsed_days)
    return value if actual_cents >= 0 else -value


def percent(part_cents: int, whole_cents: int) -> float | None:
    if whole_cents == 0:
        return None
    return round(100 * part_cents / whole_cents, 1)


def line_figures(line: LineInput, elapsed_days: int, year_days: int) -> LineFigures:
    return LineFigures(
        line_id=line.line_id,
        kind=line.kind,
        category=line.category,
        name=line.name,
        budget_cents=line.budget_cents,
        actual_cents=line.actual_cents,
        difference_cents=line.actual_cents - line.budget_cents,
        percent_spent=percent(line.actual_cents, line.budget_cents),
        expected_cents=pro_rata(line.actual_cents, elapsed_days, year_days),
        linked_cents=line.linked_cents,
    )


def summarise(year: int, lines: Iterable[LineInput], as_of: date) -> BudgetSummary:
    """Lines grouped by kind (baten first) and category in the order given, with subtotals and totals."""
    elapsed, days = year_progress(year, as_of)
    grouped: dict[tuple[str, str], list[LineFigures]] = {}
    ordered = sorted(lines, key=lambda line: KINDS.index(line.kind) if line.kind in KINDS else len(KINDS))
    for line in ordered:
        grouped.setdefault((line.kind, line.category), []).append(line_figures(line, elapsed, days))
    categories = tuple(_category(kind, category, figures) for (kind, category), figures in grouped.items())
    return BudgetSummary(
        year=year,
        as_of=as_of,
        elapsed_fraction=elapsed / days,
        categories=categories,
        income_budget_cents=_sum(categories, INCOME, "budget_cents"),
        income_actual_cents=_sum(categories, INCOME, "actual_cents"),
        expense_budget_cents=_sum(categories, EXPENSE, "budget_cents"),
        expense_actual_cents=_sum(categories, EXPENSE, "actual_cents"),
    )


def _category(kind: str, category: str, lines: Sequence[LineFigures]) -> CategoryFigures:
    return CategoryFigures(
        kind=kind,
        category=category,
        lines=tuple(lines),
        budget_cents=sum(line.budget_cents for line in lines),
        actual_cents=sum(line.actual_cents for line in lines),
        expected_cents=sum(line.expected_cents for line in lines),
    )


def _sum(categories: Sequence[CategoryFigures], kind: str, attribute: str) -> int:
    return sum(getattr(c, attribute) for c in categories if c.kind == kind)
