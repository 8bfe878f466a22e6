"""De populaire begroting: the money budget plus the value of the hours volunteers and partners give."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.services.begroting import populair as service
from buurtzaak_desktop.services.begroting.populair import PopularBudget
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.begroting.initiative_dialogs import FormDialog
from buurtzaak_desktop.ui.begroting.widgets import MoneyEdit, show_refusal
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
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.popular: PopularBudget | None = None
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
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.hours_button = QPushButton(self.tr("Uren vastleggen…"))
        self.hours_button.setAccessibleName(self.tr("Uren vastleggen"))
        self.hours_button.clicked.connect(self.record_hours)
        self.rate_button = QPushButton(self.tr("Uurtarief wijzigen…"))
        self.rate_button.setAccessibleName(self.tr("Uurtarief wijzigen"))
        self.rate_button.clicked.connect(self.change_rate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.source, 1)
        buttons.addWidget(self.hours_button)
        buttons.addWidget(self.rate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_popular(self, popular: PopularBudget) -> None:
        self.popular = popular
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

    def record_hours(self) -> None:
        if self.popular is None:
            return
        dialog = HoursDialog(self.popular.year, self, self.popular.volunteer_source != "vrijwilligers")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            year, kind, what, hours, rate = self.popular.year, dialog.kind_value, dialog.what, dialog.hours, dialog.rate
            try:
                service.record_hours(self.context.database, year, kind, what, hours, rate)
            except BuurtzaakError as error:
                show_refusal(self, error)
                return
            self.changed.emit()

    def change_rate(self) -> None:
        if self.popular is None:
            return
        dialog = FormDialog(self.tr("Uurtarief vrijwilligers {year}").format(year=self.popular.year), self)
        rate = MoneyEdit(self.tr("Uurtarief"))
        rate.set_cents(self.popular.hour_rate_cents)
        dialog.add(self.tr("Uurtarief"), rate)
        dialog.collect = lambda: rate.cents()  # type: ignore[method-assign] - refuses bad text before closing
        dialog.finish()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                service.set_hour_rate(self.context.database, self.popular.year, rate.cents())
            except BuurtzaakError as error:
                show_refusal(self, error)
                return
            self.changed.emit()


class HoursDialog(FormDialog):
    """Volunteer hours (valued at the year's rate) or hours given in kind by a partner (with their own rate)."""

    def __init__(self, year: int, parent: QWidget | None = None, volunteer_hours_here: bool = True) -> None:
        super().__init__(self.tr("Uren vastleggen voor {year}").format(year=year), parent)
        self.kind = self.add(self.tr("Soort uren"), QComboBox())
        if volunteer_hours_here:  # otherwise they are written in the Vrijwilligers tab, never twice
            self.kind.addItem(self.tr("vrijwilligersuren"), service.VOLUNTEERS)
        self.kind.addItem(self.tr("uren in natura"), service.IN_KIND)
        self.description = self.add(self.tr("Omschrijving"), QLineEdit())
        self.hours_edit = self.add(self.tr("Aantal uren"), QLineEdit())
        self.hours_edit.setPlaceholderText("12,5")
        self.rate_edit = self.add(self.tr("Uurtarief (leeg: het tarief van het jaar)"), MoneyEdit(self.tr("Uurtarief")))
        self.kind_value, self.what, self.hours, self.rate = service.VOLUNTEERS, "", 0, None
        self.finish()

    def collect(self) -> None:
        self.kind_value = self.kind.currentData()
        self.what = self.description.text()
        self.hours = parse_cents(self.hours_edit.text())  # hours with two decimals read as hundredths, like cents
        self.rate = self.rate_edit.cents() if self.rate_edit.text().strip() else None
