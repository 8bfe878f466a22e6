"""The week's shifts with their gaps: add or stop a weekly shift, put someone on it, take them off, record it as
held."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.vrijwilligers.availability import part_of_day
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.hours import record_shift_held
from buurtzaak_desktop.services.vrijwilligers.printing import write_week_overview
from buurtzaak_desktop.services.vrijwilligers.reference import role_names
from buurtzaak_desktop.services.vrijwilligers.shifts import (
    ShiftRow,
    assign,
    create_shift,
    end_shift,
    unassign,
    unfit_on,
    week_shifts,
)
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.dates import weekday_name
from buurtzaak_desktop.ui.operations import VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.table_model import Column
from buurtzaak_desktop.ui.vrijwilligers.common import (
    Messages,
    NamedCombo,
    table,
    unfit_text,
)
from buurtzaak_desktop.ui.vrijwilligers.models import MarkedTableModel

AREAS = frozenset({VRIJWILLIGERS})


def shift_text(shift: ShiftRow) -> str:
    """'receptie maandag 09:00–13:00' / 'receptie Monday 09:00–13:00' (ShiftRow.label is the printed Dutch)."""
    return f"{shift.role} {weekday_name(shift.weekday)} {shift.start:%H:%M}–{shift.end:%H:%M}"


class ShiftsPanel(QWidget):
    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.model: MarkedTableModel[ShiftRow] = MarkedTableModel(
            [
                Column(self.tr("Dag"), lambda row: weekday_name(row.weekday)),
                Column(self.tr("Tijd"), lambda row: f"{row.start:%H:%M}–{row.end:%H:%M}"),
                Column(self.tr("Rol"), lambda row: row.role),
                Column(self.tr("Nodig"), lambda row: row.people_needed, align_right=True),
                Column(self.tr("Tekort"), lambda row: row.gap or "", align_right=True),
                Column(self.tr("Ingeroosterd"), lambda row: ", ".join(name for _, name in row.volunteers)),
                Column(self.tr("Volgende keer"), lambda row: f"{row.day:%d-%m-%Y}" if row.day else ""),
                Column(self.tr("Telt niet mee"), self._unfit_column),
            ],
            lambda row: "warning" if row.gap else None,
            self,
        )
        self.table = table(self, self.tr("Diensten van de week"), stretch=7)
        self.table.setModel(self.model)
        self.summary = QLabel(self)
        self.new_button = self._button(self.tr("&Nieuwe dienst…"), self.new_shift)
        self.end_button = self._button(self.tr("Dienst &stoppen…"), self.stop_shift)
        self.assign_button = self._button(self.tr("&Inroosteren…"), self.assign_someone)
        self.remove_button = self._button(self.tr("&Van dienst halen…"), self.remove_someone)
        self.held_button = self._button(self.tr("Dienst &gehouden"), self.record_held)
        enable_with_selection(self.table, self.end_button, self.assign_button, self.remove_button, self.held_button)
        self.print_button = self._button(self.tr("Week&overzicht afdrukken…"), self.print_week)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.end_button,
            self.assign_button,
            self.remove_button,
            self.held_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _unfit_column(row: ShiftRow) -> str:
        """Who is on the shift but leaves a gap on its next day, and why: 'Jan Jansen (VOG verlopen op …)'."""
        names = dict(row.volunteers)
        return "; ".join(f"{names[vid]} ({unfit_text(reasons)})" for vid, reasons in row.unfit)

    def refresh(self) -> None:
        rows = week_shifts(self.context.database, self.today)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        gaps = sum(row.gap for row in rows)
        self.summary.setText(self.tr("{shifts} diensten, {gaps} plaatsen open").format(shifts=len(rows), gaps=gaps))

    def selected(self) -> ShiftRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def assign_someone(self) -> None:
        shift = self.selected()
        if shift is None:
            return
        wanted = VolunteerFilter(role=shift.role, weekday=shift.weekday, part=part_of_day(shift.start), status="actief")
        people = [(row.id, row.name) for row in list_volunteers(self.context.database, wanted)]
        dialog = PickDialog(self.tr("Inroosteren: {shift}").format(shift=shift_text(shift)), people, self)
        volunteer_id = dialog.chosen() if dialog.exec() else None
        if volunteer_id is None:
            return
        warnings = operations().run(
            self,
            lambda: assign(self.context.database, shift.id, volunteer_id, self.today),
            AREAS,
            self.tr("Ingeroosterd: {shift}").format(shift=shift_text(shift)),
        )
        if warnings is None:
            return
        if warnings:
            text = "; ".join(self.tr("{name} verloopt op {day:%d-%m-%Y}").format(name=n, day=d) for n, d in warnings)
            Messages(self).refuse_text(self, self.tr("Ingeroosterd, maar let op: {text}").format(text=text))
        self._changed()

    def new_shift(self) -> None:
        dialog = ShiftDialog(role_names(self.context.database), self)
        if dialog.exec() and operations().run(
            self, lambda: create_shift(self.context.database, *dialog.values()), AREAS
        ):
            self._changed()

    def stop_shift(self) -> None:
        shift = self.selected()
        if shift is None:
            return
        question = self.tr("De dienst {shift} stoppen? Wie erop staat, wordt eraf gehaald; de uren blijven.").format(
            shift=shift_text(shift)
        )
        if Messages(self).confirm(self, self.tr("Dienst stoppen"), question):
            operations().run(self, lambda: end_shift(self.context.database, shift.id), AREAS)
            self._changed()

    def remove_someone(self) -> None:
        shift = self.selected()
        if shift is None or not shift.volunteers:
            return
        dialog = PickDialog(
            self.tr("Van dienst halen: {shift}").format(shift=shift_text(shift)), list(shift.volunteers), self
        )
        chosen = dialog.chosen() if dialog.exec() else None
        if chosen is None:
            return
        name = dict(shift.volunteers)[chosen]
        question = self.tr("{name} van de dienst {shift} halen?").format(name=name, shift=shift_text(shift))
        if Messages(self).confirm(self, self.tr("Van dienst halen"), question):
            operations().run(self, lambda: unassign(self.context.database, shift.id, chosen), AREAS)
            self._changed()

    def record_held(self) -> None:
        """The most recent day this shift fell on (today included) counts as held for everyone on it."""
        shift = self.selected()
        if shift is None:
            return
        day = self.today - timedelta(days=(self.today.weekday() - shift.weekday) % 7)
        added = operations().run(self, lambda: record_shift_held(self.context.database, shift.id, day), AREAS)
        if added is not None:
            text = self.tr("{count} urenregels geboekt voor {day:%d-%m-%Y}.").format(count=added, day=day)
            skipped = unfit_on(self.context.database, shift.id, day)
            if skipped:
                names = "; ".join(f"{name} ({unfit_text(reasons)})" for name, reasons in skipped)
                text += " " + self.tr("Geen uren voor: {names}.").format(names=names)
            self.summary.setText(text)

    def print_week(self) -> None:
        suggested = str(Path.home() / "diensten-van-de-week.pdf")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Weekoverzicht opslaan"), suggested, "PDF (*.pdf)")
        if (
            target
            and operations().run(self, lambda: write_week_overview(self.context.database, Path(target))) is not None
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(target))

    def _changed(self) -> None:
        self.refresh()


class PickDialog(QDialog):
    """Choose one person from a short list."""

    def __init__(self, title: str, people: list[tuple[int, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.person = NamedCombo(self)
        self.person.setAccessibleName(self.tr("Vrijwilliger"))
        for volunteer_id, name in people:
            self.person.addItem(name, volunteer_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if not people:
            form.addRow(QLabel(self.tr("Niemand beschikbaar met deze rol op dit dagdeel."), self))
        form.addRow(self.tr("&Vrijwilliger"), self.person)
        form.addRow(buttons)

    def chosen(self) -> int | None:
        return self.person.currentData()


class ShiftDialog(QDialog):
    """A new weekly shift: role, day, times and the number of people needed."""

    def __init__(self, roles: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe dienst"))
        self.setAccessibleName(self.windowTitle())
        self.role = NamedCombo(self)
        self.role.setAccessibleName(self.tr("Rol"))
        self.role.addItems(roles)
        self.day = NamedCombo(self)
        self.day.setAccessibleName(self.tr("Dag"))
        self.day.addItems([weekday_name(day) for day in range(7)])
        self.start = self._time(QTime(9, 0), self.tr("Begin"))
        self.end = self._time(QTime(13, 0), self.tr("Einde"))
        self.needed = QSpinBox(self)
        self.needed.setRange(1, 20)
        self.needed.setAccessibleName(self.tr("Aantal nodig"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Rol"), self.role)
        form.addRow(self.tr("&Dag (elke week)"), self.day)
        form.addRow(self.tr("&Begin"), self.start)
        form.addRow(self.tr("&Einde"), self.end)
        form.addRow(self.tr("&Aantal nodig"), self.needed)
        form.addRow(buttons)

    def _time(self, value: QTime, name: str) -> QTimeEdit:
        edit = QTimeEdit(value, self)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        return edit

    def values(self) -> tuple[str, int, time, time, int]:
        start, end = self.start.time(), self.end.time()
        return (
            self.role.currentText(),
            self.day.currentIndex(),
            time(start.hour(), start.minute()),
            time(end.hour(), end.minute()),
            self.needed.value(),
        )
