"""Instellingen rooster: the hygiene strike period, the share one group may hold of a room, the rates, and the
opening hours: a table of the weekdays (open, from, to) and the exceptions per date (closed, open, other hours).
Everything is saved together on OK; Cancel leaves all as it was. Every field is reachable with Tab and named."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.rooster.hours import WeekdayHours
from buurtzaak_desktop.domain.rooster.rules import STRIKES_FOR_SUSPENSION
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooster.calendar import OpeningException, list_exceptions
from buurtzaak_desktop.services.rooster.settings import (
    MAX_STRIKE_PERIOD_DAYS,
    RoosterSettings,
    read_rooster_settings,
    save_rooster_settings,
)
from buurtzaak_desktop.ui.dates import format_date, weekday_name
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, BEGROTING, ROOSTER, operations
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.rooster.time_boxes import chosen_time, select_time, time_box

CLOSED, OPEN, OTHER_HOURS = "closed", "open", "other"


def _euros(parent: QWidget, name: str, cents: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setAccessibleName(name)
    box.setPrefix("€ ")
    box.setDecimals(2)
    box.setRange(0, 1000)
    box.setSingleStep(0.5)
    box.setValue(cents / 100)
    return box


class RoosterSettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Instellingen rooster"))
        self.setMinimumWidth(440)
        current = read_rooster_settings(context.database)
        self.period = QSpinBox(self)
        self.period.setAccessibleName(self.tr("Periode hygiënemeldingen (dagen)"))
        self.period.setRange(1, MAX_STRIKE_PERIOD_DAYS)
        self.period.setSuffix(self.tr(" dagen"))
        self.period.setValue(current.strike_period_days)
        self.share = QSpinBox(self)
        self.share.setAccessibleName(self.tr("Grootste aandeel van één groep"))
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(current.group_share_percent)
        self.non_commercial = _euros(self, self.tr("Tarief niet-commercieel per uur"), current.non_commercial_cents)
        self.commercial = _euros(self, self.tr("Tarief commercieel per uur"), current.commercial_cents)
        form = QFormLayout()
        form.addRow(self.tr("&Hygiënemeldingen tellen over"), self.period)
        form.addRow(self.tr("&Eén groep hoogstens"), self.share)
        form.addRow(self.tr("&Niet-commercieel, per uur"), self.non_commercial)
        form.addRow(self.tr("&Commercieel, per uur"), self.commercial)
        note = QLabel(
            self.tr(
                "Bij de {count}e hygiënemelding binnen deze periode wordt een groep een maand geschorst. Heeft één "
                "groep in een week meer dan dit deel van de openingstijd van een ruimte, dan waarschuwt het rooster. "
                "Een ruimte met een eigen tarief houdt dat tarief."
            ).format(count=STRIKES_FOR_SUSPENSION),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(note)
        general_layout.addStretch()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Instellingen"))
        self.tabs.addTab(general, self.tr("&Algemeen"))
        self.tabs.addTab(self._opening_tab(current.week), self.tr("&Openingstijden"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    # --- opening hours ------------------------------------------------------------------------------------------
    def _opening_tab(self, week: tuple[WeekdayHours, ...]) -> QWidget:
        tab = QWidget(self)
        table = QGroupBox(self.tr("Per weekdag"), tab)
        grid = QGridLayout(table)
        for column, title in enumerate((self.tr("Dag"), self.tr("Open"), self.tr("Van"), self.tr("Tot"))):
            grid.addWidget(QLabel(f"<b>{title}</b>", table), 0, column)
        self.day_open: list[QCheckBox] = []
        self.day_from: list[QComboBox] = []
        self.day_to: list[QComboBox] = []
        for number, hours in enumerate(week):
            name = weekday_name(number)
            label = QLabel(name.capitalize(), table)
            is_open = QCheckBox(self.tr("open"), table)
            is_open.setAccessibleName(self.tr("Open op {day}").format(day=name))
            is_open.setChecked(hours.is_open)
            opens = time_box(table, self.tr("{day} van").format(day=name))
            closes = time_box(table, self.tr("{day} tot").format(day=name))
            select_time(opens, hours.opens)
            select_time(closes, hours.closes)
            label.setBuddy(is_open)
            for column, widget in enumerate((label, is_open, opens, closes)):
                grid.addWidget(widget, number + 1, column)
            self.day_open.append(is_open)
            self.day_from.append(opens)
            self.day_to.append(closes)
        hint = QLabel(
            self.tr(
                "Een gesloten dag houdt zijn tijden voor de data waarop hij als uitzondering open is "
                "(bijvoorbeeld een open zondag)."
            ),
            tab,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(table)
        layout.addWidget(hint)
        layout.addWidget(self._exceptions_box(tab))
        return tab

    def _exceptions_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Uitzonderingen per datum (feestdagen zijn vanzelf gesloten)"), parent)
        today = clock.today()
        # from this month on: what lies behind no longer matters for bookings
        self.known = {e.day: e for e in list_exceptions(self.context.database, today.replace(day=1))}
        self.pending: dict[date, OpeningException | None] = {}
        self.exceptions = QListWidget(box)
        self.exceptions.setAccessibleName(self.tr("Uitzonderingen"))
        self.exception_day = QDateEdit(to_qdate(today), box)
        self.exception_day.setCalendarPopup(True)
        self.exception_day.setDisplayFormat("dd-MM-yyyy")
        self.exception_day.setAccessibleName(self.tr("Datum van de uitzondering"))
        self.exception_kind = QComboBox(box)
        self.exception_kind.setAccessibleName(self.tr("Soort uitzondering"))
        for key, text in (
            (CLOSED, self.tr("gesloten")),
            (OPEN, self.tr("open (tijden van de weekdag)")),
            (OTHER_HOURS, self.tr("open, andere tijden")),
        ):
            self.exception_kind.addItem(text, key)
        self.exception_kind.view().setAccessibleName(self.exception_kind.accessibleName())
        self.exception_from = time_box(box, self.tr("Uitzondering van"))
        self.exception_to = time_box(box, self.tr("Uitzondering tot"))
        select_time(self.exception_from, time(10))
        select_time(self.exception_to, time(17))
        self.exception_reason = QLineEdit(box)
        self.exception_reason.setAccessibleName(self.tr("Reden of omschrijving"))
        self.exception_reason.setPlaceholderText(self.tr("bijvoorbeeld Teamdag of Kerstlunch"))
        self.add_exception = QPushButton(self.tr("Uitzondering &toevoegen"), box)
        self.add_exception.setAccessibleName(self.tr("Uitzondering toevoegen"))
        self.remove_exception = QPushButton(self.tr("Uitzondering &verwijderen"), box)
        self.remove_exception.setAccessibleName(self.tr("Uitzondering verwijderen"))
        self.add_exception.clicked.connect(self._add_exception)
        self.remove_exception.clicked.connect(self._remove_exception)
        self.exception_kind.currentIndexChanged.connect(self._sync_exception)
        form = QFormLayout()
        form.addRow(self.tr("&Datum"), self.exception_day)
        form.addRow(self.tr("&Soort"), self.exception_kind)
        times = QHBoxLayout()
        times.addWidget(self.exception_from)
        times.addWidget(self.exception_to)
        form.addRow(self.tr("Van – tot"), times)
        form.addRow(self.tr("&Reden"), self.exception_reason)
        row = QHBoxLayout()
        row.addWidget(self.add_exception)
        row.addWidget(self.remove_exception)
        layout = QVBoxLayout(box)
        layout.addWidget(self.exceptions)
        layout.addLayout(form)
        layout.addLayout(row)
        self._sync_exception()
        self._show_exceptions()
        return box

    def _sync_exception(self) -> None:
        other = self.exception_kind.currentData() == OTHER_HOURS
        self.exception_from.setEnabled(other)
        self.exception_to.setEnabled(other)

    def _show_exceptions(self) -> None:
        shown = dict(self.known)
        for day, exception in self.pending.items():
            if exception is None:
                shown.pop(day, None)
            else:
                shown[day] = exception
        self.exceptions.clear()
        for day in sorted(shown):
            exception = shown[day]
            if not exception.is_open:
                text = self.tr("{day}: gesloten").format(day=format_date(day))
            elif exception.opens and exception.closes:
                text = self.tr("{day}: open {opens}–{closes}").format(
                    day=format_date(day), opens=f"{exception.opens:%H:%M}", closes=f"{exception.closes:%H:%M}"
                )
            else:
                text = self.tr("{day}: open").format(day=format_date(day))
            item = QListWidgetItem(text + (f" ({exception.reason})" if exception.reason else ""))
            item.setData(256, day.isoformat())
            self.exceptions.addItem(item)

    def _add_exception(self) -> None:
        day, kind = from_qdate(self.exception_day.date()), self.exception_kind.currentData()
        other = kind == OTHER_HOURS
        self.pending[day] = OpeningException(
            day,
            kind != CLOSED,
            chosen_time(self.exception_from) if other else None,
            chosen_time(self.exception_to) if other else None,
            self.exception_reason.text().strip(),
        )
        self._show_exceptions()

    def _remove_exception(self) -> None:
        item = self.exceptions.currentItem()
        if item is not None:
            self.pending[date.fromisoformat(item.data(256))] = None
            self._show_exceptions()

    def week(self) -> tuple[WeekdayHours, ...]:
        return tuple(
            WeekdayHours(self.day_open[n].isChecked(), chosen_time(self.day_from[n]), chosen_time(self.day_to[n]))
            for n in range(7)
        )

    def settings(self) -> RoosterSettings:
        return RoosterSettings(
            strike_period_days=self.period.value(),
            group_share_percent=self.share.value(),
            non_commercial_cents=round(self.non_commercial.value() * 100),
            commercial_cents=round(self.commercial.value() * 100),
            week=self.week(),
        )

    def accept(self) -> None:
        settings = self.settings()
        if operations().ok(
            self,
            lambda: save_rooster_settings(self.context.database, settings, self.pending),
            {ROOSTER, ACTIVITEITEN, BEGROTING},  # hours, rooms and tariffs
            self.tr("Instellingen rooster opgeslagen"),
        ):
            super().accept()
