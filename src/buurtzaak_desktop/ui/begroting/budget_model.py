"""The budget table: lines under their categories, subtotals, totals and the saldo, budget versus actual."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from buurtzaak_desktop.domain.begroting.budget import EXPENSE, INCOME, BudgetSummary, percent
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.ui.begroting.widgets import percent_text

Index = QModelIndex | QPersistentModelIndex
LINE, SUBTOTAL, TOTAL, SALDO, HEADING = "line", "subtotal", "total", "saldo", "heading"
SHORT_COLOUR = QColor("#c0392b")
BUDGET_COLUMN = 1


@dataclass(frozen=True)
class TableRow:
    role: str
    label: str
    budget_cents: int | None = None
    actual_cents: int | None = None
    expected_cents: int | None = None
    line_id: int | None = None
    kind: str = ""

    @property
    def difference_cents(self) -> int | None:
        if self.budget_cents is None or self.actual_cents is None:
            return None
        return self.actual_cents - self.budget_cents


class BudgetTableModel(QAbstractTableModel):
    """Read-only but for the budgeted amount of a line, which the page saves through the service."""

    def __init__(self, save_budget: Callable[[int, str], bool], parent=None) -> None:
        super().__init__(parent)
        self._save_budget = save_budget
        self._rows: list[TableRow] = []
        self._headers = [
            self.tr("Post"),
            self.tr("Begroot"),
            self.tr("Realisatie"),
            self.tr("Verschil"),
            self.tr("% besteed"),
            self.tr("Verwacht jaareinde"),
        ]

    def set_summary(self, summary: BudgetSummary) -> None:
        self.beginResetModel()
        self._rows = self._flatten(summary)
        self.endResetModel()

    def _flatten(self, summary: BudgetSummary) -> list[TableRow]:
        rows: list[TableRow] = []
        for kind, heading, total_label in (
            (INCOME, self.tr("Baten"), self.tr("Totaal baten")),
            (EXPENSE, self.tr("Lasten"), self.tr("Totaal lasten")),
        ):
            rows.append(TableRow(HEADING, heading, kind=kind))
            budget = actual = expected = 0
            for category in summary.of_kind(kind):
                rows.extend(
                    TableRow(
                        LINE,
                        f"    {line.name}",
                        line.budget_cents,
                        line.actual_cents,
                        line.expected_cents,
                        line.line_id,
                        kind,
                    )
                    for line in category.lines
                )
                rows.append(
                    TableRow(
                        SUBTOTAL,
                        self.tr("Subtotaal {category}").format(category=category.category),
                        category.budget_cents,
                        category.actual_cents,
                        category.expected_cents,
                        kind=kind,
                    )
                )
                budget += category.budget_cents
                actual += category.actual_cents
                expected += category.expected_cents
            rows.append(TableRow(TOTAL, total_label, budget, actual, expected, kind=kind))
        rows.append(
            TableRow(SALDO, self.tr("Saldo (baten − lasten)"), summary.saldo_budget_cents, summary.saldo_actual_cents)
        )
        return rows

    def row_at(self, row: int) -> TableRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == BUDGET_COLUMN and self._rows[index.row()].role == LINE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return (
                format_cents(row.budget_cents or 0, symbol=False)
                if column == BUDGET_COLUMN
                else self._text(row, column)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.role != LINE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._is_short(row, column):
            return SHORT_COLOUR
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        line_id = self._rows[index.row()].line_id
        return line_id is not None and self._save_budget(line_id, str(value))

    def _text(self, row: TableRow, column: int) -> str:
        if column == 0:
            return row.label
        if row.role == HEADING:
            return ""
        if column == 4:
            if row.role == SALDO or row.budget_cents is None or row.actual_cents is None:
                return ""
            return percent_text(percent(row.actual_cents, row.budget_cents))
        if row.role == SALDO and column == 3:
            short = -(row.budget_cents or 0)
            return self.tr("tekort {amount}").format(amount=format_cents(short)) if short > 0 else ""
        value = {1: row.budget_cents, 2: row.actual_cents, 3: row.difference_cents, 5: row.expected_cents}[column]
        return "" if value is None else format_cents(value)

    @staticmethod
    def _is_short(row: TableRow, column: int) -> bool:
        if row.role == SALDO:
            return (row.budget_cents or 0) < 0 if column in (0, 1, 3) else (row.actual_cents or 0) < 0
        overspent = row.kind == EXPENSE and (row.difference_cents or 0) > 0
        return row.role == LINE and column == 3 and overspent
