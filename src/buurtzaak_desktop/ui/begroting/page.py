"""Begroting: the year budget with its actuals, the populaire begroting, the bewonersinitiatieven and the petty cash
(kleine kas).

The saldo and the fund stay in sight below whichever view is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
)

from buurtzaak_desktop.domain.begroting.budget import BudgetSummary
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting import budget as budget_service
from buurtzaak_desktop.services.begroting import initiatives as initiative_service
from buurtzaak_desktop.services.begroting.export import BegrotingExport, export_year
from buurtzaak_desktop.services.begroting.importing import import_budget, years_in_file
from buurtzaak_desktop.services.begroting.populair import popular_budget
from buurtzaak_desktop.ui.begroting.budget_view import BudgetView
from buurtzaak_desktop.ui.begroting.fund_panel import FundPanel
from buurtzaak_desktop.ui.begroting.initiative_dialogs import FormDialog
from buurtzaak_desktop.ui.begroting.initiatives_view import InitiativesView
from buurtzaak_desktop.ui.begroting.kas_view import KasView
from buurtzaak_desktop.ui.begroting.popular_view import PopularView
from buurtzaak_desktop.ui.begroting.widgets import AREAS, MoneyEdit, confirm
from buurtzaak_desktop.ui.operations import (
    ACTIVITEITEN,
    BEGROTING,
    ROOSTER,
    VRIJWILLIGERS,
    LongOperation,
    operations,
)
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.qt_values import int_setting
from buurtzaak_desktop.ui.regiegroep.month_pack_dialog import MonthPackDialog

SHORT_STYLE = "color: #c0392b; font-weight: bold"
VIEW_SETTING = "begroting/view"  # the view last open, per machine


class BegrotingPage(TabPage):
    # room rent comes from the Rooster, the vergoeding and hours from Vrijwilligers, in-kind hours from Activiteiten
    areas = frozenset({BEGROTING, ROOSTER, VRIJWILLIGERS, ACTIVITEITEN})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(now_local().year)
        self.year_box.setAccessibleName(self.tr("Jaar"))
        self.year_box.valueChanged.connect(lambda _: self.reload())
        self.copy_button = self._button(self.tr("Kopieer naar &volgend jaar…"), self.copy_to_next_year)
        self.import_button = self._button(self.tr("&Importeren…"), self.import_file)
        self.export_button = self._button(self.tr("E&xporteren…"), self.export_file)
        self.month_pack_button = self._button(self.tr("&Maandoverzicht regiegroep…"), self.print_current)
        self.import_button.setToolTip(self.tr("Begroting inlezen uit een Excel- of CSV-bestand"))
        self.export_button.setToolTip(self.tr("Begroting, populaire begroting en initiatieven naar Excel"))
        bar = QHBoxLayout()
        caption = QLabel(self.tr("&Jaar"))
        caption.setBuddy(self.year_box)
        for widget in (caption, self.year_box, self.copy_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.month_pack_button)

        self.budget_view = BudgetView(context)
        self.popular_view = PopularView(context)
        self.initiatives_view = InitiativesView(context)
        self.kas_view = KasView(context)
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Onderdelen van de begroting"))
        self.views.addTab(self.budget_view, self.tr("Begroting met &realisatie"))
        self.views.addTab(self.popular_view, self.tr("&Populaire begroting"))
        self.views.addTab(self.initiatives_view, self.tr("Bewonersi&nitiatieven"))
        self.views.addTab(self.kas_view, self.tr("&Kleine kas"))
        self.views.setCurrentIndex(int_setting(VIEW_SETTING, 0))
        self.views.currentChanged.connect(lambda index: QSettings().setValue(VIEW_SETTING, index))

        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totalen en saldo"))
        self.totals.setWordWrap(True)
        self.shortfall = QLabel()
        self.shortfall.setStyleSheet(SHORT_STYLE)
        self.shortfall.setAccessibleName(self.tr("Tekort"))
        totals = QHBoxLayout()
        totals.addWidget(self.totals, 1)
        totals.addWidget(self.shortfall)
        self.fund_panel = FundPanel()
        self.fund_panel.change_budget_button.clicked.connect(self.change_fund_budget)

        # The views scroll in a small window; the saldo and the fund below them stay in sight.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.views)
        self.views.setMinimumSize(860, 520)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroller, 1)
        layout.addLayout(totals)
        layout.addWidget(self.fund_panel)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    @property
    def year(self) -> int:
        return self.year_box.value()

    def refresh(self) -> None:
        database = self.context.database
        summary = budget_service.budget_summary(database, self.year)
        self.budget_view.show_year(self.year, summary)
        self.popular_view.show_popular(popular_budget(database, self.year))
        self.initiatives_view.show_year(self.year)
        self.kas_view.show_year(self.year)
        self.fund_panel.show_fund(initiative_service.fund_status(database, self.year))
        self._show_totals(summary)

    def _show_totals(self, summary: BudgetSummary) -> None:
        self.totals.setText(
            self.tr("Baten {income} · Lasten {expense} · Saldo {saldo} · Gerealiseerd saldo {actual}").format(
                income=format_cents(summary.income_budget_cents),
                expense=format_cents(summary.expense_budget_cents),
                saldo=format_cents(summary.saldo_budget_cents),
                actual=format_cents(summary.saldo_actual_cents),
            )
        )
        short = summary.shortfall_cents
        self.shortfall.setText(self.tr("Tekort: {amount}").format(amount=format_cents(short)) if short else "")
        self.shortfall.setVisible(bool(short))

    # --- actions -----------------------------------------------------------------------------------
    def copy_to_next_year(self) -> None:
        source, target = self.year, self.year + 1
        question = self.tr("De posten en bedragen van {source} kopiëren als begroting voor {target}?").format(
            source=source, target=target
        )
        if not confirm(self, self.tr("Begroting kopiëren"), question):
            return
        copied = self.tr("Begroting {source} gekopieerd naar {target}").format(source=source, target=target)
        if operations().ok(
            self, lambda: budget_service.copy_year(self.context.database, source, target), AREAS, copied
        ):
            self.year_box.setValue(target)

    def export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Begroting exporteren"), f"begroting-{self.year}.xlsx", self.tr("Excel-bestand (*.xlsx)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> LongOperation[BegrotingExport]:
        """Written on a worker thread (reading a year of figures and writing xlsx takes a while)."""
        database, year = self.context.database, self.year
        return operations().run_long(
            self,
            lambda _progress: export_year(database, year, path),
            self.tr("Begroting wordt geëxporteerd…"),
            done=self.tr("Begroting opgeslagen in {file}.").format(file=path),
        )

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Begroting importeren"), "", self.tr("Excel of CSV (*.xlsx *.csv)")
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> LongOperation[object] | None:
        """Read the file on a worker thread, after asking whether an existing year may be replaced."""
        database = self.context.database
        years = operations().run(self, lambda: years_in_file(path))
        if years is None:
            return None
        existing = set(years) & set(budget_service.budget_years(database))
        if existing:
            question = self.tr("Er is al een begroting voor {years}. Vervangen door die uit het bestand?").format(
                years=", ".join(map(str, sorted(existing)))
            )
            if not confirm(self, self.tr("Begroting vervangen?"), question):
                return None
        replace = bool(existing)

        def show_year(_result: object) -> None:
            if years:
                self.year_box.setValue(years[0])

        return operations().run_long(
            self,
            lambda _progress: import_budget(database, path, replace=replace),
            self.tr("Begroting wordt ingelezen…"),
            AREAS,
            self.tr("Begroting ingelezen uit {file}.").format(file=path.name),
            on_success=show_year,
        )

    def change_fund_budget(self) -> None:
        dialog = FormDialog(self.tr("Fondsbudget {year}").format(year=self.year), self)
        amount = MoneyEdit(self.tr("Fondsbudget"))
        amount.set_cents(initiative_service.fund_status(self.context.database, self.year).budget_cents)
        dialog.add(self.tr("Fondsbudget"), amount)
        dialog.checks.append(amount.cents)  # refuses bad text before closing
        dialog.finish()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            year = self.year
            operations().ok(
                self, lambda: initiative_service.set_fund_budget(self.context.database, year, amount.cents()), AREAS
            )

    def print_current(self) -> bool:
        """Bestand > Afdrukken on this tab: the regiegroep's month pack, saved as PDF to print or send."""
        MonthPackDialog(self.context, self).exec()
        return True
