"""The programme: every activity with its days, time, room and leader; new, change, pause, end, resume."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.activiteiten.labels import ACTIVITY_STATUS_LABELS, FREQUENCY_LABELS, MONDAY_TO_FRIDAY
from buurtzaak_desktop.domain.activiteiten.recurrence import DAILY_ALIASES, decode_weekdays
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.activiteiten.programme import ENDED, PAUSED, ProgrammeService
from buurtzaak_desktop.services.activiteiten.read_models import ActivityInfo
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.activiteiten.dialogs import ActivityDialog, skip_summary
from buurtzaak_desktop.ui.activiteiten.widgets import button, confirm, table
from buurtzaak_desktop.ui.dates import weekday_short
from buurtzaak_desktop.ui.i18n import core_label
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, BEGROTING, ROOSTER, operations
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


def weekdays_text(encoded: str) -> str:
    """'ma, do' / 'Mon, Thu'; the five weekdays as 'ma t/m vr' / 'Mon to Fri'."""
    days = decode_weekdays(encoded)
    if days == DAILY_ALIASES["dagelijks"]:
        return core_label(MONDAY_TO_FRIDAY)
    return ", ".join(weekday_short(day) for day in days)


class ProgrammeView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = ProgrammeService(context.database)
        self.rooms: dict[int | None, str] = {}
        self.model: RowTableModel[ActivityInfo] = RowTableModel(
            [
                Column(self.tr("Activiteit"), lambda a: a.name),
                Column(self.tr("Categorie"), lambda a: a.category),
                Column(self.tr("Dag"), lambda a: weekdays_text(a.weekdays)),
                Column(self.tr("Tijd"), lambda a: f"{a.start_time:%H:%M}–{a.end_time:%H:%M}"),
                Column(self.tr("Frequentie"), lambda a: core_label(FREQUENCY_LABELS.get(a.frequency, a.frequency))),
                Column(self.tr("Ruimte"), lambda a: self.rooms.get(a.room_id, "")),
                Column(self.tr("Leiding"), lambda a: a.leader),
                Column(self.tr("Verwacht"), lambda a: a.expected, align_right=True),
                Column(self.tr("Seizoen"), lambda a: f"{a.season_start:%d-%m-%Y} – {a.season_end:%d-%m-%Y}"),
                Column(self.tr("Status"), lambda a: core_label(ACTIVITY_STATUS_LABELS.get(a.status, a.status))),
            ],
            self,
        )
        self.table = table(self.tr("Programma"), self)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        actions = QHBoxLayout()
        actions.addWidget(button(self.tr("&Nieuwe activiteit…"), self, self.new))
        self.row_buttons = [
            button(text, self, action)
            for text, action in (
                (self.tr("&Wijzigen…"), self.edit),
                (self.tr("&Pauzeren"), lambda: self.set_status(PAUSED)),
                (self.tr("&Hervatten"), self.resume),
                (self.tr("&Beëindigen"), lambda: self.set_status(ENDED)),
            )
        ]
        for widget in self.row_buttons:
            actions.addWidget(widget)
        enable_with_selection(self.table, *self.row_buttons)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.rooms = {room.id: room.name for room in list_rooms(self.context.database, include_inactive=True)}
        self.model.set_rows(self.service.list())
        self.table.resizeColumnsToContents()

    def selected(self) -> ActivityInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def new(self) -> None:
        self._open(None, None)

    def edit(self) -> None:
        activity = self.selected()
        if activity is None or activity.id is None:
            return
        self._open(activity.id, activity)

    def _open(self, activity_id: int | None, activity: ActivityInfo | None) -> None:
        """The dialog previews the rooster's refusals before it closes; saving books the rest in one go."""
        today = now_local().date()
        active = list_volunteers(self.context.database, VolunteerFilter(status="actief"))
        volunteers = [(row.id, row.name) for row in active if not row.is_staff]
        dialog = ActivityDialog(
            list_rooms(self.context.database),
            activity,
            parent=self,
            preview=lambda data: self.service.check(activity_id, data, today),
            volunteers=volunteers,
        )
        if dialog.exec():
            self._save(lambda: self.service.save(activity_id, dialog.result_value, today))  # type: ignore[arg-type]

    def set_status(self, status: str) -> None:
        activity = self.selected()
        if activity is None or activity.id is None:
            return
        if status in (PAUSED, ENDED):
            question = self.tr("{name} {action}? De bijeenkomsten vanaf vandaag vervallen en hun ruimte komt vrij.")
            action = self.tr("pauzeren") if status == PAUSED else self.tr("beëindigen")
            if not confirm(
                self,
                self.tr("Activiteit {action}").format(action=action),
                question.format(name=activity.name, action=action),
            ):
                return
        activity_id = activity.id
        self._save(lambda: self.service.set_status(activity_id, status, now_local().date()))

    def resume(self) -> None:
        """Active again: the sessions come back and are booked; the dates the rooster refuses are shown."""
        activity = self.selected()
        if activity is None or activity.id is None:
            return
        activity_id = activity.id
        skipped: list = []

        def action() -> None:
            skipped.extend(self.service.resume(activity_id, now_local().date()))

        self._save(action)
        if skipped:
            title = self.tr("Niet elke datum kan worden geboekt")
            box = QMessageBox(
                QMessageBox.Icon.Information,
                title,
                skip_summary(skipped, question=False),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAccessibleName(title)
            self.skipped_message = box
            box.open()

    def _save(self, action: Callable[[], object]) -> None:
        # an activity's sessions hold room bookings, which bring in room rent
        if operations().ok(self, action, {ACTIVITEITEN, ROOSTER, BEGROTING}, self.tr("Programma bijgewerkt")):
            self.refresh()
