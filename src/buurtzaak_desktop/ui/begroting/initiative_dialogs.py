"""Dialogs for a bewonersinitiatief: the application, the regiegroep's decision, a payment, the verantwoording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.domain.money import format_cents, parse_cents
from buurtzaak_desktop.services.begroting.initiatives import Application, CostLine
from buurtzaak_desktop.ui.begroting.widgets import MoneyEdit
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate

W = TypeVar("W", bound=QWidget)


def date_edit(label: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setAccessibleName(label)
    return edit


class FormDialog(QDialog):
    """A form with OK/Annuleren that shows a refusal inside itself and stays open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        self.checks: list[Callable[[], object]] = []  # for a plain FormDialog: each raises InputError on bad input

    def add(self, label: str, widget: W) -> W:
        widget.setAccessibleName(label)
        self.form.addRow(label, widget)
        return widget

    def finish(self) -> None:
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def accept(self) -> None:
        if operations().ok(self, self.collect, inline=self.error):  # reads the form; nothing is written here
            super().accept()

    def collect(self) -> None:
        """Read the form into attributes; raise InputError on bad input."""
        for check in self.checks:
            check()


class ApplicationDialog(FormDialog):
    """A new application, or one to correct before the decision (``existing``). Cost lines are typed one a line
    as 'omschrijving; bedrag'."""

    def __init__(
        self, year: int, today: date, parent: QWidget | None = None, existing: Application | None = None
    ) -> None:
        super().__init__(self.tr("Aanvraag wijzigen") if existing else self.tr("Nieuwe aanvraag"), parent)
        self.year = year
        self.application: Application | None = None
        self.applicant = self.add(self.tr("Aanvrager"), QLineEdit())
        self.group = self.add(self.tr("Groep"), QLineEdit())
        self.title_edit = self.add(self.tr("Titel"), QLineEdit())
        self.description = self.add(self.tr("Omschrijving"), QPlainTextEdit())
        self.description.setTabChangesFocus(True)  # Tab moves on, as in the other fields
        self.submitted = self.add(self.tr("Ingediend op"), date_edit(self.tr("Ingediend op"), today))
        self.start = self.add(self.tr("Begindatum"), date_edit(self.tr("Begindatum"), today))
        self.end = self.add(self.tr("Einddatum"), date_edit(self.tr("Einddatum"), today))
        self.participants = self.add(self.tr("Verwachte deelnemers"), QSpinBox())
        self.participants.setRange(0, 10_000)
        self.costs = self.add(self.tr("Kosten (omschrijving; bedrag per regel)"), QPlainTextEdit())
        self.costs.setPlaceholderText("Boodschappen; 250,00\nZaalhuur; 50")
        self.costs.setTabChangesFocus(True)
        self.requested = self.add(self.tr("Gevraagd bedrag (zonder kostenregels)"), MoneyEdit(self.tr("Gevraagd")))
        self.cofunding = self.add(self.tr("Cofinanciering"), MoneyEdit(self.tr("Cofinanciering")))
        if existing is not None:
            self._fill(existing)
        self.finish()

    def _fill(self, application: Application) -> None:
        self.applicant.setText(application.applicant)
        self.group.setText(application.group_name)
        self.title_edit.setText(application.title)
        self.description.setPlainText(application.description)
        for edit, day in (
            (self.submitted, application.submitted_on),
            (self.start, application.start_date),
            (self.end, application.end_date),
        ):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.participants.setValue(application.expected_participants)
        self.costs.setPlainText(
            "\n".join(
                f"{line.description}; {format_cents(line.amount_cents, symbol=False)}"
                for line in application.cost_lines
            )
        )
        if not application.cost_lines and application.requested_cents:
            self.requested.set_cents(application.requested_cents)
        if application.cofunding_cents:
            self.cofunding.set_cents(application.cofunding_cents)

    def collect(self) -> None:
        lines = [
            _cost_line(number, text)
            for number, text in enumerate(self.costs.toPlainText().splitlines(), 1)
            if text.strip()
        ]
        self.application = Application(
            year=self.year,
            applicant=self.applicant.text(),
            group_name=self.group.text(),
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            submitted_on=from_qdate(self.submitted.date()),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            expected_participants=self.participants.value(),
            requested_cents=self.requested.cents() if self.requested.text().strip() else 0,
            cofunding_cents=self.cofunding.cents() if self.cofunding.text().strip() else 0,
            cost_lines=lines,
        )


def _cost_line(number: int, text: str) -> CostLine:
    description, _, amount = text.rpartition(";")
    if not description.strip():
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Kostenregel {number}: schrijf 'omschrijving; bedrag'."), number=number
        )
    return CostLine(description.strip(), parse_cents(amount))


class DecisionDialog(FormDialog):
    """The regiegroep's decision with its reasoning and, for a grant, the amount."""

    def __init__(self, title: str, requested_cents: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Besluit regiegroep over '{title}'").format(title=title), parent)
        self.outcome = self.add(self.tr("Besluit"), QComboBox())
        for status in (rules.GRANTED, rules.REJECTED, rules.ON_HOLD):
            self.outcome.addItem(self.tr_status(status), status)
        self.meeting = self.add(self.tr("Vergadering"), date_edit(self.tr("Vergadering"), today))
        self.amount = self.add(self.tr("Toegekend bedrag"), MoneyEdit(self.tr("Toegekend bedrag")))
        self.amount.set_cents(requested_cents)
        self.reason = self.add(self.tr("Motivering"), QPlainTextEdit())
        self.outcome.currentIndexChanged.connect(
            lambda: self.amount.setEnabled(self.outcome.currentData() == rules.GRANTED)
        )
        self.granted_cents: int | None = None
        self.finish()

    @staticmethod
    def tr_status(status: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("core", rules.STATUS_LABELS[status])

    def collect(self) -> None:
        self.granted_cents = self.amount.cents() if self.outcome.currentData() == rules.GRANTED else None


class PaymentDialog(FormDialog):
    def __init__(self, title: str, owed_cents: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Betaling aan '{title}'").format(title=title), parent)
        self.kind = self.add(self.tr("Soort betaling"), QComboBox())
        self.kind.addItem(self.tr("voorschot"), rules.ADVANCE)
        self.kind.addItem(self.tr("eindbetaling"), rules.FINAL)
        self.day = self.add(self.tr("Datum"), date_edit(self.tr("Datum"), today))
        self.amount = self.add(self.tr("Bedrag"), MoneyEdit(self.tr("Bedrag")))
        self.amount.set_cents(owed_cents)
        self.cents = 0
        self.finish()

    def collect(self) -> None:
        self.cents = self.amount.cents()


class AccountDialog(FormDialog):
    """The verantwoording: what it really cost, how many came, and whether the receipts are in."""

    def __init__(self, title: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Verantwoording van '{title}'").format(title=title), parent)
        self.cost = self.add(self.tr("Werkelijke kosten"), MoneyEdit(self.tr("Werkelijke kosten")))
        self.participants = self.add(self.tr("Aantal deelnemers"), QSpinBox())
        self.participants.setRange(0, 10_000)
        self.receipts = self.add(self.tr("Bonnen ontvangen"), QCheckBox(self.tr("Bonnen ontvangen")))
        self.day = self.add(self.tr("Datum"), date_edit(self.tr("Datum"), today))
        self.cost_cents = 0
        self.finish()

    def collect(self) -> None:
        self.cost_cents = self.cost.cents()
