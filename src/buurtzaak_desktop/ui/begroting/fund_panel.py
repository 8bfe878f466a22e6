"""The bewonersinitiatieven fund, always in sight: budget, paid, committed but not paid, still available."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from buurtzaak_desktop.domain.begroting.initiatives import FundStatus
from buurtzaak_desktop.domain.money import format_cents


class FundPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Fonds bewonersinitiatieven"))
        self.labels = {key: QLabel() for key in ("budget", "granted", "paid", "unpaid", "available")}
        self.change_budget_button = QPushButton(self.tr("&Fondsbudget wijzigen…"))
        self.change_budget_button.setAccessibleName(self.tr("Fondsbudget wijzigen"))
        layout = QGridLayout(self)
        for number, label in enumerate(self.labels.values()):
            label.setWordWrap(True)
            layout.addWidget(label, number // 3, number % 3)
        layout.addWidget(self.change_budget_button, 1, 2, Qt.AlignmentFlag.AlignRight)

    def show_fund(self, fund: FundStatus) -> None:
        texts = {
            "budget": self.tr("Budget {year}: {amount}").format(year=fund.year, amount=format_cents(fund.budget_cents)),
            "granted": self.tr("Toegekend: {amount}").format(amount=format_cents(fund.granted_cents)),
            "paid": self.tr("Betaald: {amount}").format(amount=format_cents(fund.paid_cents)),
            "unpaid": self.tr("Toegekend, nog niet betaald: {amount}").format(
                amount=format_cents(fund.committed_unpaid_cents)
            ),
            "available": self.tr("Nog beschikbaar: {amount}").format(amount=format_cents(fund.available_cents)),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].setAccessibleName(text)
        short = fund.available_cents < 0
        self.labels["available"].setStyleSheet("color: #c0392b; font-weight: bold" if short else "font-weight: bold")
