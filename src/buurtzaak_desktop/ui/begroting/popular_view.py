"""De populaire begroting: the money budget plus the value of the hours volunteers and partners give."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting.populair import PopularBudget
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


@dataclass(frozen=True)
class PopularRow:
    label: str
    hours: str
    rate: str
    value: str


def _hours(centi: int) -> str:
    return f"{centi / 100:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


class PopularView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[PopularRow] = RowTableModel(
            [
                Column(self.tr("Onderdeel"), lambda r: r.label),
                Column(self.tr("Uren"), lambda r: r.hours, align_right=True),
                Column(self.tr("Uurtarief"), lambda r: r.rate, align_right=True),
                Column(self.tr("Waarde"), lambda r: r.value, align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Populaire begroting"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.source = QLabel()
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.source)

    def show_popular(self, popular: PopularBudget) -> None:
        rate = format_cents(popular.hour_rate_cents)
        rows = [
            PopularRow(self.tr("Baten in geld (begroot)"), "", "", format_cents(popular.income_cents)),
            PopularRow(self.tr("Lasten in geld (begroot)"), "", "", format_cents(popular.expense_cents)),
            PopularRow(
                self.tr("Vrijwilligersuren"),
                _hours(popular.volunteer_hours_centi),
                rate,
                format_cents(popular.volunteer_value_cents),
            ),
        ]
        rows += [
            PopularRow(
                self.tr("In natura: {what}").format(what=item.description),
                _hours(item.hours_centi),
                format_cents(item.rate_cents),
                format_cents(item.value_cents),
            )
            for item in popular.in_kind
        ]
        rows += [
            PopularRow(
                self.tr("Waarde van de gegeven uren"),
                "",
                "",
                format_cents(popular.volunteer_value_cents + popular.in_kind_value_cents),
            ),
            PopularRow(
                self.tr("Wat het centrum werkelijk kost (lasten + uren)"),
                "",
                "",
                format_cents(popular.total_value_cents),
            ),
        ]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        source = (
            self.tr("Vrijwilligersuren komen uit het tabblad Vrijwilligers.")
            if popular.volunteer_source == "vrijwilligers"
            else self.tr("Vrijwilligersuren zijn hier vastgelegd (het tabblad Vrijwilligers levert ze nog niet).")
        )
        self.source.setText(source)
