"""A small painted bar chart of budget versus actual per category (QtCharts is not installed)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from buurtzaak_desktop.domain.begroting.budget import BudgetSummary
from buurtzaak_desktop.domain.money import format_cents

BUDGET_COLOUR = QColor("#b8c4d6")
ACTUAL_COLOUR = QColor("#2f6db5")
OVER_COLOUR = QColor("#c0392b")
ROW_HEIGHT = 30
LABEL_WIDTH = 150


@dataclass(frozen=True)
class Bar:
    label: str
    budget_cents: int
    actual_cents: int
    over: bool  # lasten spent beyond the budget, or baten short of it at the year's end


class BudgetChart(QWidget):
    """Horizontal bars: the light bar is the budget, the dark one the actual; red where lasten run over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setAccessibleName(self.tr("Grafiek begroot en gerealiseerd per categorie"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_summary(self, summary: BudgetSummary) -> None:
        self.bars = [
            Bar(
                category.category,
                category.budget_cents,
                category.actual_cents,
                category.kind == "lasten" and category.actual_cents > category.budget_cents,
            )
            for category in summary.categories
        ]
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{label}: {actual} van {budget}").format(
                    label=b.label, actual=format_cents(b.actual_cents), budget=format_cents(b.budget_cents)
                )
                for b in self.bars
            )
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(340, 40 + ROW_HEIGHT * max(1, len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._legend(painter)
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Geen begroting voor dit jaar."))
            return
        scale = max(max(b.budget_cents, b.actual_cents) for b in self.bars) or 1
        width = max(10, self.width() - LABEL_WIDTH - 20)
        for number, bar in enumerate(self.bars):
            top = 30 + number * ROW_HEIGHT
            label = QRectF(4, top, LABEL_WIDTH - 8, ROW_HEIGHT - 6)
            painter.setPen(self.palette().text().color())
            text = painter.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label.width()))
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BUDGET_COLOUR)
            painter.drawRect(QRectF(LABEL_WIDTH, top + 2, width * bar.budget_cents / scale, 10))
            painter.setBrush(OVER_COLOUR if bar.over else ACTUAL_COLOUR)
            painter.drawRect(QRectF(LABEL_WIDTH, top + 13, width * max(0, bar.actual_cents) / scale, 10))
        painter.end()

    def _legend(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for offset, (colour, text) in enumerate(
            (
                (BUDGET_COLOUR, self.tr("begroot")),
                (ACTUAL_COLOUR, self.tr("gerealiseerd")),
                (OVER_COLOUR, self.tr("over budget")),
            )
        ):
            x = 8 + offset * 110
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, 8, 12, 12))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 16, 4, 100, 20), Qt.AlignmentFlag.AlignVCenter, text)
            painter.setPen(Qt.PenStyle.NoPen)
