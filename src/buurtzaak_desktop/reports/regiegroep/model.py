"""The month pack's input: sections of figures and tables, built by services/regiegroep and drawn here as PDF and xlsx.

The types live with the report, so that reports/ needs nothing from services/ (no import circle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from buurtzaak_desktop.domain.dates import format_month


@dataclass(frozen=True)
class Money:
    """An amount in cents, so that the xlsx gets a number in euro format and the PDF the Dutch text."""

    cents: int


Value = int | Decimal | str | Money | None  # Decimal: a figure with decimals, e.g. an average


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Value]] = field(default_factory=list)


@dataclass
class Section:
    title: str
    available: bool = True
    note: str = ""  # said plainly when a section has no data or its area is missing
    figures: list[tuple[str, Value]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    bars: list[tuple[str, int]] = field(default_factory=list)  # a small bar chart: label, cents


@dataclass
class MonthPack:
    centre_name: str
    month: date  # the first day of the month
    sections: list[Section]

    @property
    def month_title(self) -> str:
        return format_month(self.month)
