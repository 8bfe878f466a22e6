"""Trainings: the courses, the participants of the chosen course, enrolment, attendance and certificates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.reports.vrijwilligers.presentielijst import write_session_list
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.training import (
    CourseRow,
    ParticipantRow,
    enrol,
    list_courses,
    participants,
    record_attendance,
    sessions_of,
    settle_certificates,
)
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerFilter, list_volunteers
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import Messages, NamedCombo, attempt, notify_changed, table


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
        self.enrol_button = self._button(self.tr("&Inschrijven"), self.enrol_person)
        self.attendance_button = self._button(self.tr("&Aanwezigheid…"), self.attendance)
        self.settle_button = self._button(self.tr("&Certificaten toekennen"), self.settle)
        self.print_button = self._button(self.tr("&Presentielijst…"), self.print_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.person, 1)
        for button in (self.enrol_button, self.attendance_button, self.settle_button, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.course_table, 1)
        layout.addWidget(QLabel(self.tr("Deelnemers van de gekozen training"), self))
        layout.addWidget(self.people_table, 2)
        layout.addLayout(buttons)

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
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

    def enrol_person(self) -> None:
        course, person = self.course_id(), self.person.currentData()
        if course is None or person is None:
            return
        waiting = attempt(self, lambda: enrol(self.context.database, course, person, now_local()))
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
        meetings = [m for m in sessions_of(self.context.database, course) if m.day <= self.today]
        if not meetings:
            return
        enrolled = [row for row in participants(self.context.database, course, self.today) if not row.waiting]
        dialog = AttendanceDialog(meetings[-1], enrolled, self)
        if dialog.exec():
            meeting_id = meetings[-1].id
            assert meeting_id is not None
            attempt(self, lambda: record_attendance(self.context.database, meeting_id, dialog.present()))
            self._changed()

    def settle(self) -> None:
        course = self.course_id()
        if course is not None and attempt(self, lambda: settle_certificates(self.context.database, course, self.today)):
            self._changed()

    def list_session(self):
        """The session a presentielijst is printed for: the next one, or the last one once the course is over."""
        course = self.course_id()
        meetings = sessions_of(self.context.database, course) if course else []
        upcoming = [meeting for meeting in meetings if meeting.day >= self.today]
        return upcoming[0] if upcoming else (meetings[-1] if meetings else None)

    def print_list(self) -> None:
        meeting = self.list_session()
        if meeting is None or meeting.id is None:
            return
        suggested = str(Path.home() / f"presentielijst-{meeting.day:%Y-%m-%d}.pdf")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Presentielijst opslaan"), suggested, "PDF (*.pdf)")
        if target:
            self.write_list(meeting.id, Path(target))

    def write_list(self, session_id: int, target: Path) -> None:
        if attempt(self, lambda: write_session_list(self.context.database, session_id, target)) is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _changed(self) -> None:
        self.refresh()
        notify_changed(self)


class AttendanceDialog(QDialog):
    """Tick who was at the latest session."""

    def __init__(self, meeting, enrolled: list[ParticipantRow], parent: QWidget) -> None:
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
            item.setCheckState(Qt.CheckState.Checked)
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
