"""Appointments in the Spreekuur: "Afspraak maken…" from a dossier, and the list to record held / not shown.

Every write goes through ``operations().run`` and touches the Rooster too (the appointment's booking), so both tabs
reload. A refusal (the room is taken, the vertrouwenspersoon has another talk, the centre is closed) shows in the
dialog's own line and the dialog stays open for the correction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.spreekuur.flows import PHASE_LABELS
from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.services.spreekuur import appointments
from buurtzaak_desktop.services.spreekuur.appointments import (
    DEFAULT_MINUTES,
    MAX_MINUTES,
    ROOM_NAME,
    STATUS_LABELS,
    AppointmentInput,
    AppointmentRow,
)
from buurtzaak_desktop.ui.operations import ROOSTER, operations
from buurtzaak_desktop.ui.qt_values import from_qdate, from_qtime, to_qdate
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.spreekuur.lists import selected_row, table_view
from buurtzaak_desktop.ui.table_model import Column, RowTableModel

WRITES = AREAS | {ROOSTER}  # an appointment's booking is in the Rooster


def _core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def _next_hour() -> datetime:
    now = now_local().replace(minute=0, second=0, microsecond=0)
    return now + timedelta(hours=1)


class AppointmentDialog(QDialog):
    """Plan an appointment for a resident (``moving`` None) or move a planned one (``moving`` its row)."""

    def __init__(
        self,
        database,
        resident_id: int | None,
        actor: str,
        parent: QWidget | None = None,
        moving: AppointmentRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.resident_id, self.actor, self.moving = database, resident_id, actor, moving
        self.result_id: int | None = None
        self.done_text = ""
        self.setWindowTitle(self.tr("Afspraak verplaatsen") if moving else self.tr("Afspraak maken"))
        self.traject = named(QComboBox(), self.tr("Traject"))
        self.person = named(QComboBox(), self.tr("Vertrouwenspersoon"))
        self.other_person = named(
            QCheckBox(self.tr("Andere vaste vertrouwenspersoon")), self.tr("Andere vaste vertrouwenspersoon")
        )
        self.day = named(QDateEdit(), self.tr("Datum"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.start = named(QTimeEdit(), self.tr("Tijd"))
        self.start.setDisplayFormat("HH:mm")
        self.minutes = named(QSpinBox(), self.tr("Duur in minuten"))
        self.minutes.setRange(5, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.room = named(QComboBox(), self.tr("Ruimte"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = named(
            QPushButton(self.tr("Verplaatsen") if moving else self.tr("Afspraak maken")),
            self.tr("Verplaatsen") if moving else self.tr("Afspraak maken"),
        )
        self.save_button.setDefault(True)
        close = named(QPushButton(self.tr("Sluiten")), self.tr("Sluiten"))
        form = QFormLayout()
        form.addRow(self.tr("Traject"), self.traject)
        form.addRow(self.tr("Vertrouwenspersoon"), self.person)
        form.addRow("", self.other_person)
        form.addRow(self.tr("Datum"), self.day)
        form.addRow(self.tr("Tijd"), self.start)
        form.addRow(self.tr("Duur"), self.minutes)
        form.addRow(self.tr("Ruimte"), self.room)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._fill()
        self.traject.currentIndexChanged.connect(self._traject_chosen)
        self.other_person.toggled.connect(self.person.setEnabled)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)

    def _fill(self) -> None:
        for person in appointments.vertrouwenspersonen(self.database):
            self.person.addItem(person.name, person.volunteer_id)
        for room in list_rooms(self.database):
            self.room.addItem(room.name, room.id)
        moving = self.moving
        if moving is not None:
            self.traject.addItem(self.tr("Traject van de afspraak"), moving.traject_id)
            self.person.clear()
            self.person.addItem(moving.person_name, None)
            self.traject.setEnabled(False)
            self.person.setEnabled(False)
            self.other_person.setVisible(False)
            self.day.setDate(to_qdate(moving.day))
            self.start.setTime(QTime(moving.start.hour, moving.start.minute))
            self.minutes.setValue(moving.minutes)
            self.room.setCurrentIndex(max(0, self.room.findText(moving.room_name or ROOM_NAME)))
            return
        for traject in appointments.open_trajecten_of(self.database, self.resident_id or 0):
            label = self.tr("gestart {date}, {phase}").format(
                date=traject.opened_on.strftime("%d-%m-%Y"), phase=_core(PHASE_LABELS[traject.phase])
            )
            self.traject.addItem(label, traject.id)
        if self.traject.count() == 0:
            self.status.setText(self.tr("Deze bewoner heeft geen lopend traject. Start eerst een traject."))
            self.save_button.setEnabled(False)
        start = _next_hour()
        self.day.setDate(to_qdate(start.date()))
        self.start.setTime(QTime(start.hour, 0))
        self.minutes.setValue(DEFAULT_MINUTES)
        self.room.setCurrentIndex(max(0, self.room.findText(ROOM_NAME)))  # the Spreekkamer, preselected
        self._traject_chosen()

    def _traject_chosen(self, *_args) -> None:
        """A traject with a fixed vertrouwenspersoon shows them, fixed; otherwise the first appointment fixes one."""
        if self.moving is not None or self.traject.currentData() is None:
            return
        fixed = appointments.traject_person(self.database, int(self.traject.currentData()))
        if fixed is not None:
            index = self.person.findData(fixed.volunteer_id)
            self.person.setCurrentIndex(max(0, index))
        self.other_person.setChecked(False)
        self.other_person.setVisible(fixed is not None)  # the first appointment fixes the one chosen anyway
        self.person.setEnabled(fixed is None)

    def save(self) -> None:
        day, start = from_qdate(self.day.date()), from_qtime(self.start.time())
        minutes, room_id = self.minutes.value(), self.room.currentData()
        when = self.tr("{date} om {time}").format(date=day.strftime("%d-%m-%Y"), time=start.strftime("%H:%M"))
        moving = self.moving
        action: Callable[[], int | None]
        if moving is not None:

            def action() -> int:
                appointments.move(self.database, moving.id, day, start, minutes, self.actor, room_id)
                return moving.id

            done = self.tr("Afspraak verplaatst naar {when}.").format(when=when)
        else:
            traject_id = self.traject.currentData()
            if traject_id is None:
                return
            data = AppointmentInput(
                traject_id=int(traject_id),
                day=day,
                start=start,
                minutes=minutes,
                room_id=room_id,
                person_id=self.person.currentData() if self.person.isEnabled() else None,
                new_fixed_person=self.other_person.isChecked(),
            )

            def action() -> int:
                return appointments.plan(self.database, data, self.actor)

            done = self.tr("Afspraak gemaakt op {when}.").format(when=when)
        result = operations().run(self, action, WRITES, done, inline=self.status)
        if result is not None:
            self.result_id = result
            self.done_text = done
            self.accept()


class AppointmentsView(QWidget):
    """Today's or this week's appointments, or those whose time has passed without a record."""

    TODAY, WEEK, UNRECORDED = range(3)

    def __init__(self, database, actor: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.period = named(QComboBox(), self.tr("Welke afspraken"))
        self.period.addItems([self.tr("Vandaag"), self.tr("Deze week"), self.tr("Nog niet vastgelegd")])
        self.period.setCurrentIndex(self.WEEK)
        self.model: RowTableModel[AppointmentRow] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda a: a.day.strftime("%d-%m-%Y")),
                Column(self.tr("Tijd"), lambda a: f"{a.start:%H:%M}–{a.end:%H:%M}"),
                Column(self.tr("Bewoner"), lambda a: a.resident_name),
                Column(self.tr("Vertrouwenspersoon"), lambda a: a.person_name),
                Column(self.tr("Ruimte"), lambda a: a.room_name),
                Column(self.tr("Stand"), lambda a: _core(STATUS_LABELS[a.status])),
            ],
            self,
        )
        self.view = table_view(self.tr("Afspraken"), self.model)
        self.held_button = named(QPushButton(self.tr("&Gehouden")), self.tr("Gehouden"))
        self.not_shown_button = named(QPushButton(self.tr("&Niet verschenen")), self.tr("Niet verschenen"))
        self.move_button = named(QPushButton(self.tr("&Verplaatsen…")), self.tr("Verplaatsen"))
        self.cancel_button = named(QPushButton(self.tr("&Annuleren…")), self.tr("Annuleren"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.move_dialog: AppointmentDialog | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Toon")))
        top.addWidget(self.period)
        top.addStretch(1)
        row = QHBoxLayout()
        for button in (self.held_button, self.not_shown_button, self.move_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        enable_with_selection(self.view, self.held_button, self.not_shown_button, self.move_button, self.cancel_button)
        self.period.currentIndexChanged.connect(self.refresh)
        self.held_button.clicked.connect(lambda: self._record("gehouden"))
        self.not_shown_button.clicked.connect(lambda: self._record("niet_verschenen"))
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)

    def refresh(self) -> None:
        now = now_local().replace(tzinfo=None)
        today = now.date()
        choice = self.period.currentIndex()
        if choice == self.UNRECORDED:
            rows = appointments.list_appointments(self.database, unrecorded_before=now)
        elif choice == self.TODAY:
            rows = appointments.list_appointments(self.database, today, today)
        else:
            monday = today - timedelta(days=today.weekday())
            rows = appointments.list_appointments(self.database, monday, monday + timedelta(days=6))
        self.model.set_rows(rows)

    def clear(self) -> None:
        """The tab locks: no name stays in a widget."""
        if self.move_dialog is not None:
            self.move_dialog.reject()
        self.model.set_rows([])
        self.status.clear()

    def _chosen(self) -> AppointmentRow | None:
        return selected_row(self.view, self.model)

    def _record(self, outcome: str) -> None:
        row = self._chosen()
        if row is None:
            return
        label = _core(STATUS_LABELS[outcome])
        done = self.tr("Afspraak van {date} vastgelegd als {outcome}.").format(
            date=row.day.strftime("%d-%m-%Y"), outcome=label
        )
        if operations().ok(self, lambda: appointments.record(self.database, row.id, outcome, self.actor()), WRITES):
            self.status.setText(done)
            self.refresh()

    def cancel_selected(self) -> None:
        row = self._chosen()
        if row is None:
            return
        question = self.tr(
            "De afspraak van {date} om {time} annuleren? De ruimte komt weer vrij in het rooster."
        ).format(date=row.day.strftime("%d-%m-%Y"), time=row.start.strftime("%H:%M"))
        no = QMessageBox.StandardButton.No  # the default: Enter does not cancel a talk
        answer = QMessageBox.question(
            self, self.tr("Afspraak annuleren"), question, QMessageBox.StandardButton.Yes | no, no
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if operations().ok(self, lambda: appointments.cancel(self.database, row.id, self.actor()), WRITES):
            self.status.setText(self.tr("Afspraak van {date} geannuleerd.").format(date=row.day.strftime("%d-%m-%Y")))
            self.refresh()

    def move_selected(self) -> None:
        row = self._chosen()
        if row is None:
            return
        dialog = AppointmentDialog(self.database, row.resident_id, self.actor(), self, moving=row)
        self.move_dialog = dialog

        def finished(result: int) -> None:
            self.move_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.status.setText(dialog.done_text)
                self.refresh()

        dialog.finished.connect(finished)
        dialog.open()
