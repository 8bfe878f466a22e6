"""The dossier's plan van aanpak (contract phase): the hulpvragen in the agreed order and the agreements.

Keyboard: Enter in a text field adds it; in the list of hulpvragen Alt+Up / Alt+Down move the chosen one and F2
changes its text; in the table of agreements Enter or F2 opens the chosen one to change it, Alt+G marks it done,
Alt+V lapsed, Alt+O open again. Every write goes through ``operations()``; the panel reads, never writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.spreekuur.flows import PHASE_LABELS
from buurtzaak_desktop.domain.spreekuur.plan import AGREEMENT_LABELS, DONE, LAPSED, OPEN, PARTNER, WHO_LABELS
from buurtzaak_desktop.services.spreekuur import plan
from buurtzaak_desktop.services.spreekuur.reference import list_partners
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.spreekuur.lists import selected_row, table_view
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


def _core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def today() -> date:
    return now_local().date()


def who_text(row: plan.AgreementRow) -> str:
    return row.partner if row.who == PARTNER and row.partner else _core(WHO_LABELS.get(row.who, row.who))


def view_shortcut(view: QWidget, keys: str, slot) -> None:
    """A key that acts on the chosen row while the list has the focus."""
    shortcut = QShortcut(QKeySequence(keys), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)


class AgreementFields(QWidget):
    """Wie, wat, wanneer: the panel's form for a new agreement, and the edit dialog's."""

    def __init__(self, database, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = named(QComboBox(), self.tr("Wie"))
        for code, label in WHO_LABELS.items():
            self.who.addItem(_core(label), code)
        self.partner = named(QComboBox(), self.tr("Organisatie"))
        for partner in list_partners(database):
            self.partner.addItem(partner.name, partner.id)
        self.what = named(QLineEdit(), self.tr("Wat"))
        self.what.setPlaceholderText(placeholder)
        self.due = named(QDateEdit(), self.tr("Wanneer"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who)
        who_row.addWidget(self.partner, 1)
        form.addRow(self.tr("Wie"), who_row)
        form.addRow(self.tr("Wat"), self.what)
        form.addRow(self.tr("Wanneer"), self.due)
        self.who.currentIndexChanged.connect(self._who_changed)
        self._who_changed()

    def _who_changed(self, *_args) -> None:
        self.partner.setEnabled(self.who.currentData() == PARTNER)

    def reset(self) -> None:
        self.what.clear()
        self.due.setDate(to_qdate(today() + timedelta(days=7)))  # a week on: the next spreekuur

    def fill(self, row: plan.AgreementRow) -> None:
        self.who.setCurrentIndex(self.who.findData(row.who))
        if row.partner_id is not None:
            self.partner.setCurrentIndex(self.partner.findData(row.partner_id))
        self.what.setText(row.what)
        self.due.setDate(to_qdate(row.due_on))

    def value(self) -> plan.AgreementInput:
        who = str(self.who.currentData())
        partner = self.partner.currentData() if who == PARTNER else None
        return plan.AgreementInput(who, self.what.text(), from_qdate(self.due.date()), partner)


class _EditDialog(QDialog):
    """A small dialog that saves through ``save`` (set by its opener) and stays open, with the refusal, if refused."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save: Callable[[], bool] = lambda: False
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.save_button = named(QPushButton(self.tr("Opslaan")), self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.cancel_button = named(QPushButton(self.tr("Annuleren")), self.tr("Annuleren"))
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    def buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        return row

    def submit(self) -> None:
        if self.save():
            self.accept()


class NeedDialog(_EditDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlanPanel", "Hulpvraag wijzigen"), parent)
        self.text = named(QLineEdit(text), self.tr("Hulpvraag"))
        self.text.returnPressed.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons())
        self.resize(520, self.sizeHint().height())


class AgreementDialog(_EditDialog):
    def __init__(self, database, row: plan.AgreementRow, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlanPanel", "Afspraak wijzigen"), parent)
        self.fields = AgreementFields(database, "")
        self.fields.fill(row)
        self.fields.what.returnPressed.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons())
        self.resize(560, self.sizeHint().height())


class PlanPanel(QWidget):
    """The plan of one of the resident's trajecten (chosen at the top; open ones first)."""

    traject_changed = Signal()

    def __init__(self, database, resident_id: int, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.resident_id, self.actor = database, resident_id, actor
        self.current: plan.Plan | None = None
        self.traject_choice = named(QComboBox(), self.tr("Traject"))
        self.phase_label = QLabel()
        self.start_button = named(QPushButton(self.tr("Traject starten")), self.tr("Traject starten"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Traject")))
        top.addWidget(self.traject_choice, 1)
        top.addWidget(self.phase_label)
        top.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._build_needs())
        layout.addWidget(self._build_agreements(), 1)
        self.traject_choice.currentIndexChanged.connect(self._show_plan)
        self.start_button.clicked.connect(self.start_traject)

    # --- hulpvragen --------------------------------------------------------------------------------------------

    def _build_needs(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hulpvragen, in de volgorde die met de deelnemer is afgesproken"))
        self.need_model: RowTableModel = RowTableModel(
            [Column(self.tr("Hulpvraag"), lambda n: f"{n.position}. {n.text}")], self
        )
        self.need_view = named(QListView(), self.tr("Hulpvragen"))
        self.need_view.setModel(self.need_model)
        self.need_view.setMaximumHeight(110)
        self.need_text = named(QLineEdit(), self.tr("Hulpvraag"))
        self.need_text.setPlaceholderText(self.tr("Nieuwe hulpvraag; Enter voegt toe"))
        self.add_need_button = named(QPushButton(self.tr("Toevoegen")), self.tr("Hulpvraag toevoegen"))
        self.edit_need_button = named(QPushButton(self.tr("Wijzigen… (F2)")), self.tr("Hulpvraag wijzigen"))
        self.up_button = named(QPushButton(self.tr("Hoger (Alt+↑)")), self.tr("Hulpvraag hoger"))
        self.down_button = named(QPushButton(self.tr("Lager (Alt+↓)")), self.tr("Hulpvraag lager"))
        self.remove_need_button = named(QPushButton(self.tr("Weghalen")), self.tr("Hulpvraag weghalen"))
        enable_with_selection(
            self.need_view, self.edit_need_button, self.up_button, self.down_button, self.remove_need_button
        )
        row = QHBoxLayout()
        row.addWidget(self.need_text, 1)
        for button in (self.add_need_button, self.edit_need_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addWidget(self.remove_need_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.need_view)
        layout.addLayout(row)
        self.need_text.returnPressed.connect(self.add_need)
        self.add_need_button.clicked.connect(self.add_need)
        self.edit_need_button.clicked.connect(self.edit_need)
        self.up_button.clicked.connect(lambda: self.move_need(-1))
        self.down_button.clicked.connect(lambda: self.move_need(+1))
        self.remove_need_button.clicked.connect(self.remove_need)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            view_shortcut(self.need_view, keys, lambda step=step: self.move_need(step))
        view_shortcut(self.need_view, "F2", self.edit_need)
        self.need_dialog: NeedDialog | None = None
        return box

    def _chosen_need(self) -> plan.NeedRow | None:
        rows = self.need_view.selectionModel().selectedRows()
        return self.need_model.row_at(rows[0]) if rows else None

    def add_need(self) -> None:
        traject_id, text = self.traject_id(), self.need_text.text()
        if traject_id is None:
            return
        if operations().ok(self, lambda: plan.add_need(self.database, traject_id, text, today(), self.actor), AREAS):
            self.need_text.clear()
            self.refresh()

    def edit_need(self) -> None:
        """The chosen hulpvraag's text in a small dialog (Enter saves, Escape leaves it as it was)."""
        need = self._chosen_need()
        if need is None or self.current is None or self.current.closed or self.need_dialog is not None:
            return
        dialog = NeedDialog(need.text, self)

        def save() -> bool:
            return operations().ok(
                dialog,
                lambda: plan.edit_need(self.database, need.id, dialog.text.text(), self.actor),
                AREAS,
                inline=dialog.error,
            )

        def done(result: int) -> None:
            self.need_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.refresh(keep_need=need.position - 1)
                self.need_view.setFocus()

        dialog.save = save
        dialog.finished.connect(done)
        self.need_dialog = dialog
        dialog.open()

    def move_need(self, step: int) -> None:
        need = self._chosen_need()
        if need is None:
            return
        position = operations().run(self, lambda: plan.move_need(self.database, need.id, step, self.actor), AREAS)
        if position is not None:
            self.refresh(keep_need=position - 1)
            self.need_view.setFocus()

    def remove_need(self) -> None:
        need = self._chosen_need()
        if need is not None and operations().ok(
            self, lambda: plan.remove_need(self.database, need.id, self.actor), AREAS
        ):
            self.need_text.clear()
            self.refresh()

    # --- agreements --------------------------------------------------------------------------------------------

    def _build_agreements(self) -> QGroupBox:
        box = QGroupBox(self.tr("Afspraken: wie doet wat, wanneer"))
        self.agreement_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Wanneer"), lambda a: a.due_on.strftime("%d-%m-%Y")),
                Column(self.tr("Wie"), who_text),
                Column(self.tr("Wat"), lambda a: a.what),
                Column(self.tr("Stand"), self._status_text),
            ],
            self,
        )
        self.agreement_view = table_view(self.tr("Afspraken"), self.agreement_model)
        self.fields = AgreementFields(self.database, self.tr("Wat is er afgesproken? Enter voegt toe"))
        self.who, self.partner, self.what, self.due = (
            self.fields.who,
            self.fields.partner,
            self.fields.what,
            self.fields.due,
        )
        self.add_agreement_button = named(QPushButton(self.tr("Afspraak &toevoegen")), self.tr("Afspraak toevoegen"))
        self.save_agreement_button = named(
            QPushButton(self.tr("Afspraak &wijzigen… (F2)")), self.tr("Afspraak wijzigen")
        )
        self.done_button = named(QPushButton(self.tr("&Gedaan")), self.tr("Afspraak gedaan"))
        self.lapse_button = named(QPushButton(self.tr("&Vervallen")), self.tr("Afspraak vervallen"))
        self.reopen_button = named(QPushButton(self.tr("Weer &open")), self.tr("Afspraak weer open"))
        enable_with_selection(
            self.agreement_view, self.save_agreement_button, self.done_button, self.lapse_button, self.reopen_button
        )
        buttons = QHBoxLayout()
        for button in (
            self.add_agreement_button,
            self.save_agreement_button,
            self.done_button,
            self.lapse_button,
            self.reopen_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.agreement_view, 1)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        self.what.returnPressed.connect(self.add_agreement)
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.save_agreement_button.clicked.connect(self.edit_agreement)
        self.done_button.clicked.connect(lambda: self.set_status(DONE))
        self.lapse_button.clicked.connect(lambda: self.set_status(LAPSED))
        self.reopen_button.clicked.connect(lambda: self.set_status(OPEN))
        for keys in ("F2", "Return", "Enter"):
            view_shortcut(self.agreement_view, keys, self.edit_agreement)
        self.agreement_dialog: AgreementDialog | None = None
        self.fields.reset()
        return box

    def _status_text(self, row: plan.AgreementRow) -> str:
        label = _core(AGREEMENT_LABELS.get(row.status, row.status))
        return self.tr("{status}, te laat").format(status=label) if row.overdue(today()) else label

    def add_agreement(self) -> None:
        traject_id = self.traject_id()
        if traject_id is None:
            return
        if operations().ok(
            self,
            lambda: plan.add_agreement(self.database, traject_id, self.fields.value(), today(), self.actor),
            AREAS,
        ):
            self.fields.reset()
            self.refresh()
            self.what.setFocus()

    def edit_agreement(self) -> None:
        """The chosen agreement in a dialog: who, what, when (Enter saves, Escape leaves it as it was)."""
        row = selected_row(self.agreement_view, self.agreement_model)
        if row is None or self.current is None or self.current.closed or self.agreement_dialog is not None:
            return
        dialog = AgreementDialog(self.database, row, self)

        def save() -> bool:
            return operations().ok(
                dialog,
                lambda: plan.update_agreement(self.database, row.id, dialog.fields.value(), self.actor),
                AREAS,
                inline=dialog.error,
            )

        def done(result: int) -> None:
            self.agreement_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.refresh()

        dialog.save = save
        dialog.finished.connect(done)
        self.agreement_dialog = dialog
        dialog.open()

    def set_status(self, status: str) -> None:
        row = selected_row(self.agreement_view, self.agreement_model)
        if row is not None and operations().ok(
            self, lambda: plan.set_agreement_status(self.database, row.id, status, today(), self.actor), AREAS
        ):
            self.refresh()

    # --- the traject and reading -------------------------------------------------------------------------------

    def traject_id(self) -> int | None:
        data = self.traject_choice.currentData()
        return None if data is None else int(data)

    def running_traject_id(self) -> int | None:
        """The chosen traject while it runs (a closed one takes no new agreements or toeleidingen)."""
        return self.traject_id() if self.current is not None and not self.current.closed else None

    def start_traject(self) -> None:
        if operations().ok(self, lambda: open_traject(self.database, self.resident_id, today(), self.actor), AREAS):
            self.refresh()
            self.traject_changed.emit()

    def refresh(self, keep_need: int | None = None) -> None:
        """Reload the trajecten and the chosen one's plan; ``keep_need``: the row of the list to choose after."""
        chosen = self.traject_id()
        trajecten = plan.trajecten_of(self.database, self.resident_id)
        self.traject_choice.blockSignals(True)
        self.traject_choice.clear()
        for traject in trajecten:
            label = self.tr("Gestart {date} · {phase}").format(
                date=traject.opened_on.strftime("%d-%m-%Y"), phase=_core(PHASE_LABELS[traject.phase])
            )
            if traject.closed_on is not None:
                label = self.tr("{traject} · afgesloten").format(traject=label)
            self.traject_choice.addItem(label, traject.id)
        index = self.traject_choice.findData(chosen) if chosen is not None else -1
        self.traject_choice.setCurrentIndex(index if index >= 0 else (0 if trajecten else -1))
        self.traject_choice.blockSignals(False)
        self._show_plan(keep_need=keep_need)

    def _show_plan(self, *_args, keep_need: int | None = None) -> None:
        traject_id = self.traject_id()
        current = None
        if traject_id is not None:
            # the dossier's opening is the audited access; the plan is a part of it
            current = operations().run(self, lambda: plan.plan_of(self.database, traject_id, self.actor, reopened=True))
        self.current = current
        self.need_model.set_rows(current.needs if current else [])
        self.agreement_model.set_rows(current.agreements if current else [])
        writable = current is not None and not current.closed
        for widget in (self.need_text, self.add_need_button, self.fields, self.add_agreement_button):
            widget.setEnabled(writable)
        self.phase_label.setText(
            self.tr("Fase: {phase}").format(phase=_core(PHASE_LABELS[current.phase])) if current else ""
        )
        if keep_need is not None and 0 <= keep_need < self.need_model.rowCount():
            self.need_view.setCurrentIndex(self.need_model.index(keep_need, 0))
        self.traject_changed.emit()

    def wipe(self) -> None:
        for dialog in (self.need_dialog, self.agreement_dialog):
            if dialog is not None:
                dialog.reject()
        self.need_model.set_rows([])
        self.agreement_model.set_rows([])
        self.traject_choice.clear()
        for field in (self.need_text, self.what):
            field.clear()


class AgreementsDueView(QWidget):
    """On the follow-up list: open agreements due this week, overdue ones first; mark one done or lapsed."""

    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor  # actor: a callable, as the follow-up list's
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Wanneer"), lambda a: a.due_on.strftime("%d-%m-%Y")),
                Column(self.tr("Bewoner"), lambda a: a.resident_name),
                Column(self.tr("Wie"), who_text),
                Column(self.tr("Wat"), lambda a: a.what),
                Column(self.tr("Te laat"), lambda a: self.tr("te laat") if a.overdue(today()) else ""),
            ],
            self,
        )
        self.view = table_view(self.tr("Afspraken deze week"), self.model)
        self.done_button = named(QPushButton(self.tr("Afspraak gedaan")), self.tr("Afspraak gedaan"))
        self.lapse_button = named(QPushButton(self.tr("Afspraak vervallen")), self.tr("Afspraak vervallen"))
        enable_with_selection(self.view, self.done_button, self.lapse_button)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addWidget(self.lapse_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Afspraken uit de plannen van aanpak (deze week en te laat)")))
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.done_button.clicked.connect(lambda: self._set(DONE))
        self.lapse_button.clicked.connect(lambda: self._set(LAPSED))

    def refresh(self) -> None:
        self.model.set_rows(plan.agreements_this_week(self.database, today()))

    def _set(self, status: str) -> None:
        row = selected_row(self.view, self.model)
        if row is not None and operations().ok(
            self, lambda: plan.set_agreement_status(self.database, row.id, status, today(), self.actor()), AREAS
        ):
            self.refresh()
