"""The Telefooncirkel sub-view: today's round in a few keys, the order and away periods, the coordinator's actions.

Today's round: the cursor starts on the circle; Enter there = the round came round. Or Tab to the names, arrow (or
type the first letters) to the name where it stalled and press Enter, or Alt+G ("Gestokt bij gekozen naam") from
anywhere. A mistake is undone from the list of latest rounds. Everything here sits behind the spreekuur PIN and is
emptied when the tab locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.telefooncirkel import AWAY_REASONS, FINDINGS
from buurtzaak_desktop.services.telefooncirkel import circles, rounds
from buurtzaak_desktop.ui.spreekuur.common import named
from buurtzaak_desktop.ui.spreekuur.lists import selected_row, table_view
from buurtzaak_desktop.ui.spreekuur.telefooncirkel_common import attempt, core
from buurtzaak_desktop.ui.spreekuur.telefooncirkel_order import OrderPanel
from buurtzaak_desktop.ui.table_model import Column, RowTableModel

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RoundPanel(QWidget):
    """Today's calling order of the chosen circle, with the away members marked. Enter on the circle records a
    completed round, Enter on a picked name a round that stalled there."""

    def __init__(self, database, actor, choose: QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.choose = database, actor, choose
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Nr."), lambda m: m.position, align_right=True),
                Column(self.tr("Naam"), lambda m: m.name),
                Column(self.tr("Telefoon"), lambda m: m.phone),
                Column(self.tr("Vandaag"), lambda m: core(AWAY_REASONS[m.away]) if m.away else self.tr("bellen")),
            ],
            self,
        )
        self.view = table_view(self.tr("Belvolgorde van vandaag"), self.model)
        self.day_label = QLabel()
        self.completed_button = named(QPushButton(self.tr("&Rond gekomen (Enter)")), self.tr("Rond gekomen"))
        self.stalled_button = named(QPushButton(self.tr("&Gestokt bij gekozen naam")), self.tr("Gestokt bij"))
        self.status = QLabel()
        self.history_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Dag"), lambda r: r.held_on.strftime("%d-%m-%Y")),
                Column(
                    self.tr("Afloop"),
                    lambda r: (
                        self.tr("gestokt bij {name}").format(name=r.stalled_at or "?") if r.stalled else self.tr("rond")
                    ),
                ),
            ],
            self,
        )
        self.history = table_view(self.tr("Laatste belrondes"), self.history_model)
        self.undo_button = named(
            QPushButton(self.tr("Gekozen belronde ongedaan maken")), self.tr("Gekozen belronde ongedaan maken")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.day_label)
        layout.addWidget(self.view, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.completed_button)
        buttons.addWidget(self.stalled_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Laatste belrondes")))
        layout.addWidget(self.history, 1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        layout.addLayout(undo_row)
        self.undo_button.clicked.connect(self.undo)
        self.completed_button.clicked.connect(self.record_completed)
        self.stalled_button.clicked.connect(self.record_stalled)
        for widget in (self.choose, self.view):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key, modifiers = event.key(), event.modifiers()  # type: ignore[attr-defined]
        if key in ENTER_KEYS and modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if watched is self.choose and self.choose.view().isVisible():
                return False  # Enter picks from the open list first
            if watched is self.view:
                self.record_stalled()  # Enter on a picked name: the round stalled there
            else:
                self.record_completed()
            return True
        return False

    def refresh(self) -> None:
        today = now_local().date()
        self.day_label.setText(self.tr("Belronde van {date}").format(date=today.strftime("%d-%m-%Y")))
        circle_id = self.choose.currentData()
        self.model.set_rows(circles.members(self.database, circle_id, today) if circle_id else [])
        self.history_model.set_rows(rounds.rounds(self.database, circle_id, limit=14) if circle_id else [])

    def clear(self) -> None:
        self.model.set_rows([])
        self.history_model.set_rows([])
        self.status.clear()

    def undo(self) -> None:
        held = selected_row(self.history, self.history_model)
        if held and attempt(self, lambda: rounds.undo_round(self.database, held.id))[0]:
            self.status.setText(
                self.tr("De belronde van {date} is ongedaan gemaakt.").format(date=held.held_on.strftime("%d-%m-%Y"))
            )
            self.refresh()

    def record_completed(self) -> None:
        self._record(None)

    def record_stalled(self) -> None:
        member = selected_row(self.view, self.model)
        if member is None:
            self.status.setText(self.tr("Kies eerst bij wie de belronde stokte."))
            self.view.setFocus()
            return
        self._record(member)

    def _record(self, member) -> None:
        circle_id = self.choose.currentData()
        if not circle_id:
            return
        today = now_local().date()
        stalled_at = member.id if member else None
        ok, _ = attempt(
            self, lambda: rounds.record_round(self.database, circle_id, today, self.actor(), stalled_at=stalled_at)
        )
        if ok:
            self.status.setText(
                self.tr("Vastgelegd: gestokt bij {name}; de actie staat op de lijst van de coördinator.").format(
                    name=member.name
                )
                if member
                else self.tr("Vastgelegd: de belronde is rond gekomen.")
            )
            self.refresh()


class ActionsPanel(QWidget):
    """The coordinator's list: "niemand neemt op bij …", open until closed with who checked and what was found."""

    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Dag"), lambda a: a.opened_on.strftime("%d-%m-%Y")),
                Column(self.tr("Cirkel"), lambda a: a.circle),
                Column(self.tr("Actie"), self._what),
                Column(self.tr("Telefoon"), lambda a: a.phone),
                Column(self.tr("Nagegaan door"), lambda a: a.checked_by),
                Column(self.tr("Gevonden"), lambda a: core(FINDINGS[a.found]) if a.found else self.tr("open")),
            ],
            self,
        )
        self.view = table_view(self.tr("Acties van de coördinator"), self.model)
        self.show_closed = named(QCheckBox(self.tr("Ook afgesloten acties")), self.tr("Ook afgesloten acties"))
        self.checked_by = named(QLineEdit(), self.tr("Nagegaan door"))
        self.checked_by.setPlaceholderText(self.tr("Wie heeft het nagegaan?"))
        self.checked_by.setMinimumWidth(200)
        self.month = QLabel()  # this month's figures, all circles together
        self.found = named(QComboBox(), self.tr("Gevonden"))
        for code, label in FINDINGS.items():
            self.found.addItem(core(label), code)
        self.close_button = named(QPushButton(self.tr("Actie afsluiten")), self.tr("Actie afsluiten"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.month)
        layout.addWidget(self.show_closed)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("Nagegaan door")), self.checked_by, self.found, self.close_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_closed.toggled.connect(self.refresh)
        self.close_button.clicked.connect(self.close_action)

    def _what(self, action) -> str:
        if action.name:
            return self.tr("Niemand neemt op bij {name}").format(name=action.name)
        return self.tr("Niemand nam op (deelnemer niet meer in de cirkel)")

    def refresh(self) -> None:
        self.model.set_rows(rounds.actions(self.database, include_closed=self.show_closed.isChecked()))
        today = now_local().date()
        figures = rounds.month_figures(self.database, today.replace(day=1))
        self.month.setText(
            self.tr(
                "Deze maand: {rounds} belrondes, {completed} rond gekomen, {stalled} gestokt ({open} nog open)."
            ).format(
                rounds=figures.rounds,
                completed=figures.completed,
                stalled=figures.stalled,
                open=figures.endings.get("open", 0),
            )
        )

    def clear(self) -> None:
        self.model.set_rows([])
        self.checked_by.clear()
        self.month.clear()

    def close_action(self) -> None:
        action = selected_row(self.view, self.model)
        if action is None:
            return
        today = now_local().date()
        ok, _ = attempt(
            self,
            lambda: rounds.close_action(
                self.database, action.id, self.checked_by.text(), self.found.currentData(), today
            ),
        )
        if ok:
            self.checked_by.clear()
            self.refresh()


class TelefooncirkelView(QWidget):
    def __init__(self, database, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.choose = named(QComboBox(), self.tr("Telefooncirkel"))
        self.round = RoundPanel(database, actor, self.choose)
        self.order = OrderPanel(database, actor, self.choose)
        self.action_list = ActionsPanel(database)
        self.pages = QTabWidget()
        self.pages.addTab(self.round, self.tr("Belronde vandaag"))
        self.pages.addTab(self.order, self.tr("Volgorde en afwezig"))
        self.pages.addTab(self.action_list, self.tr("Acties"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Telefooncirkel")))
        top.addWidget(self.choose, 1)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        self.choose.currentIndexChanged.connect(self._refresh_pages)
        self.pages.currentChanged.connect(self._refresh_pages)
        self.order.circles_changed.connect(lambda circle_id: self.refresh(circle_id))

    def refresh(self, chosen: int | None = None) -> None:
        """Reload the circles (keeping the chosen one, or choosing ``chosen``) and the page on show."""
        chosen = chosen or self.choose.currentData()
        self.choose.blockSignals(True)
        self.choose.clear()
        for row in circles.list_circles(self.database):
            self.choose.addItem(row.name if row.active else self.tr("{name} (gestopt)").format(name=row.name), row.id)
        index = self.choose.findData(chosen)
        self.choose.setCurrentIndex(index if index >= 0 else 0)
        self.choose.blockSignals(False)
        self._refresh_pages()

    def _refresh_pages(self, *_args) -> None:
        self.pages.currentWidget().refresh()  # type: ignore[attr-defined]
        if self.pages.currentWidget() is self.round and self.isVisible():
            self.choose.setFocus()  # so that Enter records the round at once

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.choose.count() == 0:  # emptied by the lock: unlocking on this view fills it again
            self.refresh()

    def clear(self) -> None:
        """On lock: no name stays in a widget."""
        self.choose.clear()
        self.round.clear()
        self.order.clear()
        self.action_list.clear()
