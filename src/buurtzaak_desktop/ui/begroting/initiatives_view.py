"""Bewonersinitiatieven: the year's applications and their status flow, with the actions for each step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.begroting import initiatives as rules
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.money import format_cents
from buurtzaak_desktop.services.begroting import initiatives as service
from buurtzaak_desktop.services.begroting.initiatives import InitiativeView
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.begroting.initiative_dialogs import (
    AccountDialog,
    ApplicationDialog,
    DecisionDialog,
    FormDialog,
    PaymentDialog,
)
from buurtzaak_desktop.ui.begroting.widgets import AREAS, confirm
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.shortcuts import widget_shortcut
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


def status_text(status: str) -> str:
    return QCoreApplication.translate("core", rules.STATUS_LABELS[status])


def _money(cents: int | None) -> str:
    return "" if cents is None else format_cents(cents)


class InitiativesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = now_local().year
        self.model: RowTableModel[InitiativeView] = RowTableModel(
            [
                Column(self.tr("Ingediend"), lambda i: i.submitted_on.strftime("%d-%m-%Y")),
                Column(self.tr("Titel"), lambda i: i.title),
                Column(self.tr("Aanvrager"), lambda i: i.applicant),
                Column(self.tr("Groep"), lambda i: i.group_name),
                Column(self.tr("Status"), lambda i: status_text(i.status)),
                Column(
                    self.tr("Besluit"), lambda i: i.decision_meeting.strftime("%d-%m-%Y") if i.decision_meeting else ""
                ),
                Column(self.tr("Gevraagd"), lambda i: _money(i.requested_cents), align_right=True),
                Column(self.tr("Toegekend"), lambda i: _money(i.granted_cents), align_right=True),
                Column(self.tr("Betaald"), lambda i: _money(i.paid_cents), align_right=True),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(4)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Bewonersinitiatieven"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.table.doubleClicked.connect(lambda *_: self.next_step())
        # From the keyboard: Enter takes the next step (as a double-click does), F2 corrects the application.
        for key, slot in (
            (Qt.Key.Key_Return, self.next_step),
            (Qt.Key.Key_Enter, self.next_step),
            (Qt.Key.Key_F2, self.edit_application),
        ):
            widget_shortcut(self.table, key, slot)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Toon status"))
        self.status_filter.view().setAccessibleName(self.tr("Toon status"))  # its pop-up list
        self.status_filter.addItem(self.tr("alle statussen"), "")
        for status in rules.STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.detail = QLabel()
        self.detail.setWordWrap(True)

        self.buttons = {
            "new": self._button(self.tr("Nieuwe &aanvraag…"), self.new_application),
            "edit": self._button(self.tr("Aanvraag wijzigen…"), self.edit_application),
            "review": self._button(self.tr("In behandeling nemen"), self.start_review),
            "decide": self._button(self.tr("Besluit regiegroep…"), self.decide),
            "pay": self._button(self.tr("Betaling…"), self.pay),
            "unpay": self._button(self.tr("Betaling terugdraaien…"), self.take_back_payment),
            "account": self._button(self.tr("Verantwoording…"), self.account),
        }
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Toon &status"))
        caption.setBuddy(self.status_filter)
        bar.addWidget(caption)
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        for button in self.buttons.values():
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self._update_actions()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def show_year(self, year: int) -> None:
        self.year = year
        selected = self.selected()
        self.model.set_rows(service.list_initiatives(self.context.database, year))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            self.select(selected.id)
        self._update_actions()

    def select(self, initiative_id: int) -> None:
        for number in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(number, 0))
            if self.model.row_at(source).id == initiative_id:
                self.table.setCurrentIndex(self.proxy.index(number, 0))
                return

    def selected(self) -> InitiativeView | None:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def _filter(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.setFilterFixedString(status_text(status) if status else "")
        self._update_actions()

    def _update_actions(self) -> None:
        initiative = self.selected()
        status = initiative.status if initiative else None
        self.buttons["edit"].setEnabled(status in service.EDITABLE)
        self.buttons["review"].setEnabled(status == rules.SUBMITTED)
        self.buttons["decide"].setEnabled(status in (rules.IN_REVIEW, rules.ON_HOLD))
        self.buttons["pay"].setEnabled(status == rules.GRANTED)
        self.buttons["unpay"].setEnabled(
            status == rules.GRANTED and initiative is not None and initiative.paid_cents > 0
        )
        self.buttons["account"].setEnabled(status == rules.GRANTED)
        self.detail.setText(self._detail(initiative) if initiative else self.tr("Kies een aanvraag in de lijst."))

    def _detail(self, i: InitiativeView) -> str:
        parts = [self.tr("{title}: {status}").format(title=i.title, status=status_text(i.status))]
        if i.decision_reason:
            parts.append(self.tr("motivering: {reason}").format(reason=i.decision_reason))
        costs = service.cost_lines(self.context.database, i.id)
        if costs:
            parts.append(
                self.tr("begroting: {lines}").format(
                    lines="; ".join(f"{line.description} {format_cents(line.amount_cents)}" for line in costs)
                )
            )
        if i.cofunding_cents:
            parts.append(self.tr("cofinanciering {amount}").format(amount=format_cents(i.cofunding_cents)))
        if i.actual_cost_cents is not None:
            parts.append(
                self.tr("werkelijke kosten {amount}, {people} deelnemers").format(
                    amount=format_cents(i.actual_cost_cents), people=i.actual_participants or 0
                )
            )
        return " · ".join(parts)

    # --- the status flow ---------------------------------------------------------------------------
    def next_step(self) -> None:
        initiative = self.selected()
        if initiative is None:
            return
        step = {
            rules.SUBMITTED: self.start_review,
            rules.IN_REVIEW: self.decide,
            rules.ON_HOLD: self.decide,
            rules.GRANTED: self.pay,
        }.get(initiative.status)
        if step:
            step()

    def _run(self, action: Callable[[], object], initiative_id: int | None = None) -> bool:
        if not operations().ok(self, action, AREAS):
            return False
        if initiative_id is not None:
            self.select(initiative_id)
        return True

    def new_application(self) -> None:
        dialog = ApplicationDialog(self.year, now_local().date(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.application is not None:
            application = dialog.application
            created: list[int] = []
            if self._run(lambda: created.append(service.submit(self.context.database, application))):
                self.select(created[0])

    def edit_application(self) -> None:
        initiative = self.selected()
        if initiative is None or initiative.status not in service.EDITABLE:
            return
        existing = operations().run(self, lambda: service.application_of(self.context.database, initiative.id))
        if existing is None:
            return
        dialog = ApplicationDialog(initiative.year, existing.submitted_on, self, existing)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.application is not None:
            changed = dialog.application
            self._run(lambda: service.update_application(self.context.database, initiative.id, changed), initiative.id)

    def start_review(self) -> None:
        initiative = self.selected()
        if initiative:
            self._run(lambda: service.start_review(self.context.database, initiative.id), initiative.id)

    def decide(self) -> None:
        initiative = self.selected()
        if initiative is None:
            return
        dialog = DecisionDialog(initiative.title, initiative.requested_cents, now_local().date(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, granted = dialog.outcome.currentData(), dialog.granted_cents
        confirmed = False
        if outcome == rules.GRANTED and granted is not None:
            fund = service.fund_status(self.context.database, self.year)
            overrun = fund.overrun_if_granted(granted)
            if overrun:
                confirmed = self.confirm_overrun(initiative.title, granted, overrun, fund.available_cents)
                if not confirmed:
                    return
        meeting, reason = from_qdate(dialog.meeting.date()), dialog.reason.toPlainText()
        self._run(
            lambda: service.decide(self.context.database, initiative.id, outcome, meeting, reason, granted, confirmed),
            initiative.id,
        )

    def confirm_overrun(self, title: str, granted: int, overrun: int, available: int) -> bool:
        text = self.tr(
            "Het fonds heeft nog {available}. Toekennen van {amount} aan '{title}' gaat {overrun} over het fonds "
            "heen.\n\nToch toekennen?"
        ).format(
            available=format_cents(available), amount=format_cents(granted), title=title, overrun=format_cents(overrun)
        )
        return confirm(self, self.tr("Fonds overschrijden?"), text)

    def pay(self) -> None:
        initiative = self.selected()
        if initiative is None:
            return
        owed = max(0, (initiative.granted_cents or 0) - initiative.paid_cents)
        dialog = PaymentDialog(initiative.title, owed, now_local().date(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            kind, day, cents = dialog.kind.currentData(), from_qdate(dialog.day.date()), dialog.cents
            self._run(lambda: service.pay(self.context.database, initiative.id, kind, day, cents), initiative.id)

    def take_back_payment(self) -> None:
        """A payment booked by mistake: choose which, confirm, and the fund takes it back."""
        initiative = self.selected()
        if initiative is None:
            return
        payments = service.payments_of(self.context.database, initiative.id)
        if not payments:
            return
        dialog = FormDialog(self.tr("Betaling terugdraaien bij '{title}'").format(title=initiative.title), self)
        choice = dialog.add(self.tr("Betaling"), QComboBox())
        for payment in payments:
            kind = QCoreApplication.translate("core", rules.PAYMENT_LABELS[payment.kind])
            choice.addItem(
                f"{payment.day.strftime('%d-%m-%Y')} {kind} {format_cents(payment.amount_cents)}", payment.id
            )
        choice.setCurrentIndex(len(payments) - 1)  # the last one is the likeliest mistake
        dialog.finish()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        question = self.tr(
            "De betaling {payment} aan '{title}' terugdraaien? Het bedrag komt terug in het fonds."
        ).format(payment=choice.currentText(), title=initiative.title)
        if confirm(self, self.tr("Betaling terugdraaien"), question):
            payment_id = choice.currentData()
            self._run(lambda: service.delete_payment(self.context.database, payment_id), initiative.id)

    def account(self) -> None:
        initiative = self.selected()
        if initiative is None:
            return
        dialog = AccountDialog(initiative.title, now_local().date(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            cost, people = dialog.cost_cents, dialog.participants.value()
            receipts, day = dialog.receipts.isChecked(), from_qdate(dialog.day.date())
            self._run(
                lambda: service.account(self.context.database, initiative.id, cost, people, receipts, day),
                initiative.id,
            )
