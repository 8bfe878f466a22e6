"""Trainings: the courses, the participants of the chosen course, enrolment, attendance and certificates."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.printing import write_session_list
from buurtzaak_desktop.services.vrijwilligers.reference import certificate_type_names
from buurtzaak_desktop.services.vrijwilligers.training import (
    CourseRow,
    ParticipantRow,
    SessionPlan,
    create_course,
    enrol,
    list_courses,
    participants,
    present_at,
    record_attendance,
    sessions_of,
    settle_certificates,
    weekly_plans,
    withdraw,
)
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, ROOSTER, VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import Messages, NamedCombo, date_edit, table

AREAS = frozenset({VRIJWILLIGERS, ROOSTER, ACTIVITEITEN})  # certificates earned: BHV, leaders


class TrainingPanel(QWidget):
    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.courses: RowTableModel[CourseRow] = RowTableModel(
            [
                Column(self.tr("Training"), lambda row: row.name),
                Column(self.tr("Bijeenkomsten"), lambda row: f"{row.sessions_held}/{row.sessions}", align_right=True),
                Column(self.tr("Deelnemers"), lambda row: f"{row.enrolled}/{row.max_participants}", align_right=True),
                Column(self.tr("Wachtlijst"), lambda row: row.waiting, align_right=True),
                Column(self.tr("Volgende"), lambda row: f"{row.next_session:%d-%m-%Y}" if row.next_session else ""),
            ],
            self,
        )
        self.course_table = table(self, self.tr("Trainingen"), stretch=0)
        self.course_table.setModel(self.courses)
        self.course_table.selectionModel().selectionChanged.connect(self.show_participants)
        self.people: RowTableModel[ParticipantRow] = RowTableModel(
            [
                Column(self.tr("Naam"), lambda row: row.name),
                Column(
                    self.tr("Plaats"), lambda row: self.tr("wachtlijst") if row.waiting else self.tr("ingeschreven")
                ),
                Column(self.tr("Aanwezig"), lambda row: row.attended, align_right=True),
                Column(self.tr("Gemist"), lambda row: row.missed, align_right=True),
                Column(self.tr("Certificaat"), lambda row: f"{row.certified_on:%d-%m-%Y}" if row.certified_on else ""),
            ],
            self,
        )
        self.people_table = table(self, self.tr("Deelnemers"), stretch=0)
        self.people_table.setModel(self.people)
        self.person = NamedCombo(self)
        self.person.setAccessibleName(self.tr("Vrijwilliger"))
        self.new_button = self._button(self.tr("&Nieuwe training…"), self.new_course)
        self.enrol_button = self._button(self.tr("&Inschrijven"), self.enrol_person)
        self.withdraw_button = self._button(self.tr("&Uitschrijven"), self.withdraw_person)
        self.meeting = NamedCombo(self)
        self.meeting.setAccessibleName(self.tr("Bijeenkomst"))
        self.attendance_button = self._button(self.tr("&Aanwezigheid…"), self.attendance)
        self.settle_button = self._button(self.tr("&Certificaten toekennen"), self.settle)
        self.print_button = self._button(self.tr("&Presentielijst…"), self.print_list)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trainingen"), self), 1)
        top.addWidget(self.new_button)
        people = QHBoxLayout()
        people.addWidget(self._caption(self.tr("&Vrijwilliger"), self.person))
        people.addWidget(self.person, 1)
        people.addWidget(self.enrol_button)
        people.addWidget(self.withdraw_button)
        meetings = QHBoxLayout()
        meetings.addWidget(self._caption(self.tr("Bij&eenkomst"), self.meeting))
        meetings.addWidget(self.meeting, 1)
        for button in (self.attendance_button, self.print_button, self.settle_button):
            meetings.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.course_table, 1)
        layout.addWidget(QLabel(self.tr("Deelnemers van de gekozen training"), self))
        layout.addWidget(self.people_table, 2)
        layout.addLayout(people)
        layout.addLayout(meetings)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(buddy)
        caption.setMinimumWidth(90)
        return caption

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def refresh(self) -> None:
        chosen = self.course_id()
        self.courses.set_rows(list_courses(self.context.database, self.today))
        self.course_table.resizeColumnsToContents()
        rows = [index for index in range(self.courses.rowCount()) if self.courses._rows[index].id == chosen]
        self.course_table.selectRow(rows[0] if rows else 0)
        self.person.clear()
        for row in list_volunteers(self.context.database, VolunteerFilter(status="actief")):
            self.person.addItem(row.name, row.id)
        self.show_participants()

    def course_id(self) -> int | None:
        indexes = self.course_table.selectionModel().selectedRows()
        return self.courses.row_at(indexes[0]).id if indexes else None

    def show_participants(self) -> None:
        course = self.course_id()
        self.people.set_rows(participants(self.context.database, course, self.today) if course else [])
        self.people_table.resizeColumnsToContents()
        self.meeting.clear()
        chosen = self.list_session()
        for meeting in sessions_of(self.context.database, course) if course else []:
            label = self.tr("Bijeenkomst {number}, {day:%d-%m-%Y}").format(number=meeting.number, day=meeting.day)
            self.meeting.addItem(label + (f" — {meeting.topic}" if meeting.topic else ""), meeting.id)
        if chosen is not None:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(chosen.id)))

    def new_course(self) -> None:
        dialog = CourseDialog(certificate_type_names(self.context.database), self.today, self)
        if dialog.exec():
            made = operations().run(self, lambda: create_course(self.context.database, *dialog.values()), AREAS)
            if made is not None:
                self._changed()
                rows = [index for index in range(self.courses.rowCount()) if self.courses._rows[index].id == made]
                if rows:
                    self.course_table.selectRow(rows[0])

    def selected_participant(self) -> ParticipantRow | None:
        indexes = self.people_table.selectionModel().selectedRows()
        return self.people.row_at(indexes[0]) if indexes else None

    def withdraw_person(self) -> None:
        course, row = self.course_id(), self.selected_participant()
        if course is None or row is None:
            return
        question = self.tr("{name} uitschrijven? De eerste op de wachtlijst schuift door.").format(name=row.name)
        if not Messages(self).confirm(self, self.tr("Uitschrijven"), question):
            return
        moved = operations().run(self, lambda: withdraw(self.context.database, course, row.volunteer_id) or 0, AREAS)
        if moved is not None:
            self._changed()

    def enrol_person(self) -> None:
        course, person = self.course_id(), self.person.currentData()
        if course is None or person is None:
            return
        waiting = operations().run(self, lambda: enrol(self.context.database, course, person, now_local()), AREAS)
        if waiting:
            Messages(self).refuse_text(
                self,
                self.tr("De training is vol: {name} staat op de wachtlijst.").format(name=self.person.currentText()),
            )
        if waiting is not None:
            self._changed()

    def attendance(self) -> None:
        course = self.course_id()
        if course is None:
            return
        meeting = next(
            (m for m in sessions_of(self.context.database, course) if m.id == self.meeting.currentData()), None
        )
        if meeting is None or meeting.id is None:
            return
        if meeting.day > self.today:
            Messages(self).refuse_text(self, self.tr("Deze bijeenkomst is nog niet geweest."))
            return
        enrolled = [row for row in participants(self.context.database, course, self.today) if not row.waiting]
        dialog = AttendanceDialog(meeting, enrolled, present_at(self.context.database, meeting.id), self)
        if dialog.exec():
            meeting_id = meeting.id
            operations().run(
                self, lambda: record_attendance(self.context.database, meeting_id, dialog.present()), AREAS
            )
            self._changed()

    def settle(self) -> None:
        course = self.course_id()
        if course is not None and operations().ok(
            self, lambda: settle_certificates(self.context.database, course, self.today), AREAS
        ):
            self._changed()

    def list_session(self):
        """The session a presentielijst is printed for: the next one, or the last one once the course is over."""
        course = self.course_id()
        meetings = sessions_of(self.context.database, course) if course else []
        upcoming = [meeting for meeting in meetings if meeting.day >= self.today]
        return upcoming[0] if upcoming else (meetings[-1] if meetings else None)

    def print_list(self) -> None:
        course = self.course_id()
        chosen = self.meeting.currentData()
        meetings = sessions_of(self.context.database, course) if course else []
        meeting = next((m for m in meetings if m.id == chosen), None) or self.list_session()
        if meeting is None or meeting.id is None:
            return
        suggested = str(Path.home() / f"presentielijst-{meeting.day:%Y-%m-%d}.pdf")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Presentielijst opslaan"), suggested, "PDF (*.pdf)")
        if target:
            self.write_list(meeting.id, Path(target))

    def write_list(self, session_id: int, target: Path) -> None:
        if operations().run(self, lambda: write_session_list(self.context.database, session_id, target)) is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _changed(self) -> None:
        self.refresh()


class AttendanceDialog(QDialog):
    """Tick who was at one session (what was recorded before is ticked again; at first everyone is)."""

    def __init__(self, meeting, enrolled: list[ParticipantRow], recorded: set[int] | None, parent: QWidget) -> None:
        super().__init__(parent)
        title = self.tr("Aanwezigheid bijeenkomst {number} ({day:%d-%m-%Y})").format(
            number=meeting.number, day=meeting.day
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Aanwezig"))
        for row in enrolled:
            item = QListWidgetItem(row.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.volunteer_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            there = recorded is None or row.volunteer_id in recorded
            item.setCheckState(Qt.CheckState.Checked if there else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def present(self) -> set[int]:
        return {
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }


class CourseDialog(QDialog):
    """A new course: its name, the maximum, the certificate it grants, and weekly sessions of one dagdeel."""

    def __init__(self, certificates: list[str], today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe training"))
        self.setAccessibleName(self.windowTitle())
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Naam"))
        self.maximum = self._spin(1, 100, 12, self.tr("Maximum aantal deelnemers"))
        self.count = self._spin(1, 40, 8, self.tr("Aantal bijeenkomsten"))
        self.certificate = NamedCombo(self)
        self.certificate.setAccessibleName(self.tr("Certificaat"))
        self.certificate.addItem(self.tr("(geen)"), None)
        for name in certificates:
            self.certificate.addItem(name, name)
        self.first = date_edit(self, today + timedelta(days=7), self.tr("Eerste bijeenkomst"))
        self.start = self._time(QTime(9, 30), self.tr("Begin"))
        self.end = self._time(QTime(12, 30), self.tr("Einde"))
        self.topics = QPlainTextEdit(self)
        self.topics.setAccessibleName(self.tr("Onderwerpen"))
        self.topics.setPlaceholderText(self.tr("één onderwerp per regel, in volgorde (mag leeg)"))
        self.topics.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Naam"), self.name),
            (self.tr("&Maximum deelnemers"), self.maximum),
            (self.tr("&Certificaat"), self.certificate),
            (self.tr("&Eerste bijeenkomst"), self.first),
            (self.tr("&Begin"), self.start),
            (self.tr("Ein&de"), self.end),
            (self.tr("&Aantal (wekelijks)"), self.count),
            (self.tr("&Onderwerpen"), self.topics),
        ):
            form.addRow(label, widget)
        form.addRow(buttons)

    def _spin(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _time(self, value: QTime, name: str) -> QTimeEdit:
        edit = QTimeEdit(value, self)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        return edit

    def values(self) -> tuple[str, int, list[SessionPlan], str | None]:
        topics = [line.strip() for line in self.topics.toPlainText().splitlines() if line.strip()]
        start, end = self.start.time(), self.end.time()
        plans = weekly_plans(
            from_qdate(self.first.date()),
            self.count.value(),
            time(start.hour(), start.minute()),
            time(end.hour(), end.minute()),
            topics,
        )
        return self.name.text(), self.maximum.value(), plans, self.certificate.currentData()
