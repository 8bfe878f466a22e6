"""The week's sessions: print the presentielijsten, type in attendance, mark a session as niet doorgegaan."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDateEdit, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.activiteiten.printing import print_presentielijsten
from buurtzaak_desktop.services.activiteiten.sessions import SessionInfo, SessionService
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.activiteiten.attendance import AttendanceDialog
from buurtzaak_desktop.ui.activiteiten.widgets import button, table
from buurtzaak_desktop.ui.dates import day_and_month
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class WeekView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = SessionService(context.database)
        today = now_local().date()
        self.week = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.week.setAccessibleName(self.tr("Week"))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("dd-MM-yyyy")
        self.week.dateChanged.connect(lambda _d: self.refresh())
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.model: RowTableModel[SessionInfo] = RowTableModel(
            [
                Column(self.tr("Dag"), lambda s: day_and_month(s.day)),
                Column(self.tr("Tijd"), lambda s: f"{s.start_time:%H:%M}–{s.end_time:%H:%M}"),
                Column(self.tr("Activiteit"), lambda s: s.activity),
                Column(self.tr("Ruimte"), lambda s: s.room),
                Column(self.tr("Leiding"), lambda s: s.leader),
                Column(self.tr("Status"), self.status_text),
                Column(self.tr("Aanwezig"), lambda s: s.present if s.attendance_entered else "", align_right=True),
            ],
            self,
        )
        self.table = table(self.tr("Bijeenkomsten van de week"), self)
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _i: self.enter_attendance())
        top = QHBoxLayout()
        top.addWidget(button(self.tr("◀ Vorige week"), self, lambda: self.shift(-7)))
        top.addWidget(self.week)
        top.addWidget(button(self.tr("Volgende week ▶"), self, lambda: self.shift(7)))
        top.addWidget(self.title, 1)
        actions = QHBoxLayout()
        actions.addWidget(button(self.tr("&Aanwezigheid invoeren…"), self, self.enter_attendance))
        actions.addWidget(button(self.tr("Presentielijsten &afdrukken…"), self, self.print_lists))
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table)

    def status_text(self, info: SessionInfo) -> str:
        if info.cancelled:
            return self.tr("niet doorgegaan") + (f": {info.cancel_reason}" if info.cancel_reason else "")
        return self.tr("gehouden") if info.held else self.tr("gepland")

    def monday(self) -> date:
        day = from_qdate(self.week.date())
        return day - timedelta(days=day.weekday())

    def shift(self, days: int) -> None:
        self.week.setDate(self.week.date().addDays(days))

    def refresh(self) -> None:
        monday = self.monday()
        iso = monday.isocalendar()
        self.title.setText(self.tr("Week {week} van {year}").format(week=iso.week, year=iso.year))
        self.model.set_rows(self.service.week(monday))
        self.table.resizeColumnsToContents()

    def focus_main(self) -> None:
        """The cursor in the list of sessions; with none chosen yet, on the first of today (or of the week)."""
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            today = now_local().date()
            coming = [r for r in range(self.model.rowCount()) if self.model.row_at(self.model.index(r, 0)).day >= today]
            self.table.selectRow(coming[0] if coming else 0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected(self) -> SessionInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def open_attendance(self, session_id: int) -> AttendanceDialog:
        dialog = AttendanceDialog(self.service, session_id, self)
        dialog.finished.connect(lambda _r: self._after_attendance())
        dialog.open()
        return dialog

    def enter_attendance(self) -> None:
        info = self.selected()
        if info is None:
            QMessageBox.information(
                self,
                self.tr("Aanwezigheid invoeren"),
                self.tr("Kies eerst een bijeenkomst in de lijst (pijltjestoetsen), dan Enter of deze knop."),
            )
            return
        self.open_attendance(info.session_id)

    def _after_attendance(self) -> None:
        row = self.table.currentIndex().row()
        self.refresh()
        if row >= 0:
            self.table.selectRow(row)

    def write_lists(self, path: Path) -> int:
        return print_presentielijsten(self.context.database, path, self.monday())

    def print_lists(self) -> bool:
        iso = self.monday().isocalendar()
        suggested = str(Path.home() / f"presentielijsten-{iso.year}-W{iso.week:02d}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Presentielijsten opslaan"), suggested, "PDF (*.pdf)")
        if not name:
            return True
        saved = self.tr("Opgeslagen: {file}").format(file=name)
        if operations().run(self, lambda: self.write_lists(Path(name)), done=saved) is None:
            return True
        QDesktopServices.openUrl(QUrl.fromLocalFile(name))  # opens in the PDF viewer, to print from there
        return True
