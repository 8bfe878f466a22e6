"""Spreekuur: locked (counts only) until the PIN is given; locks again when idle or when the user stays away.

Everything personal sits in the unlocked part, which is rebuilt from the services each time it is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.spreekuur import privacy
from buurtzaak_desktop.services.spreekuur.visits import open_session
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.spreekuur.admin import AuditView, PartnersView
from buurtzaak_desktop.ui.spreekuur.appointments import AppointmentsView
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.spreekuur.figures_view import FiguresView
from buurtzaak_desktop.ui.spreekuur.intake import IntakeForm
from buurtzaak_desktop.ui.spreekuur.lists import FollowUpView, TrajectView
from buurtzaak_desktop.ui.spreekuur.lock_view import LockView
from buurtzaak_desktop.ui.spreekuur.pin_dialog import ChangePinDialog
from buurtzaak_desktop.ui.spreekuur.telefooncirkel import TelefooncirkelView
from buurtzaak_desktop.ui.spreekuur.welzijn import WelzijnView

ACTIVITY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class SpreekuurPage(TabPage):
    areas = AREAS

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        database = context.database
        self.lock_view = LockView(database)
        self.open_view = QWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_view)
        self.stack.addWidget(self.open_view)
        QVBoxLayout(self).addWidget(self.stack)
        self._build_open_view(database)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.away_timer = QTimer(self)
        self.away_timer.setSingleShot(True)
        self.away_timer.timeout.connect(self.lock)
        self.lock_view.unlocked.connect(self.unlock)
        self._counts_stale = False  # locked while hidden: the lock view reads its counts when shown (see lock)

    def _build_open_view(self, database) -> None:
        self.location = named(QLineEdit(self.tr("Spreekkamer")), self.tr("Locatie"))
        self.on_duty = named(QLineEdit(), self.tr("Dienst"))
        self.on_duty.setPlaceholderText(self.tr("Wie hebben er dienst?"))
        self.on_duty.setMinimumWidth(220)
        self.open_session_button = named(QPushButton(self.tr("Spreekuur openen")), self.tr("Spreekuur openen"))
        self.session_label = QLabel()
        self.lock_button = named(QPushButton(self.tr("Vergrendelen")), self.tr("Vergrendelen"))
        self.pin_button = named(QPushButton(self.tr("Pincode wijzigen…")), self.tr("Pincode wijzigen"))
        self.pin_dialog: ChangePinDialog | None = None
        bar = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Locatie")),
            self.location,
            QLabel(self.tr("Dienst")),
            self.on_duty,
            self.open_session_button,
            self.session_label,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pin_button)
        bar.addWidget(self.lock_button)
        self.intake = IntakeForm(database)
        self.follow_ups = FollowUpView(database, self.intake.actor)
        self.appointments = AppointmentsView(database, self.intake.actor)
        self.trajecten = TrajectView(database, self.intake.actor)
        self.figures = FiguresView(database)
        self.partners = PartnersView(database)
        self.audit = AuditView(database)
        self.telefoon = TelefooncirkelView(database, self.intake.actor)
        self.welzijn = WelzijnView(database, self.intake.actor)
        self.views = QTabWidget()
        intake_scroll = QScrollArea()
        intake_scroll.setWidget(self.intake)
        intake_scroll.setWidgetResizable(True)  # the window may be small; the form scrolls
        self.views.addTab(intake_scroll, self.tr("Intake"))
        self.views.addTab(self.follow_ups, self.tr("Opvolgen"))
        self.views.addTab(self.appointments, self.tr("Afspraken"))
        self.views.addTab(self.trajecten, self.tr("Trajecten"))
        self.views.addTab(self.figures, self.tr("Cijfers"))
        self.views.addTab(self.telefoon, self.tr("Telefooncirkel"))
        self.views.addTab(self.welzijn, self.tr("Welzijn op Recept"))
        self.views.addTab(self.partners, self.tr("Organisaties"))
        self.views.addTab(self.audit, self.tr("Logboek"))
        layout = QVBoxLayout(self.open_view)
        layout.addLayout(bar)
        layout.addWidget(self.views)
        self.open_session_button.clicked.connect(self._open_session)
        self.lock_button.clicked.connect(self.lock)
        self.pin_button.clicked.connect(self.change_pin)
        self.views.currentChanged.connect(self._refresh_current)
        self.intake.saved.connect(self._refresh_lists)

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_view

    def refresh(self) -> None:
        if self.is_locked:
            self.lock_view.refresh()
        else:
            self._refresh_current()

    def focus_main(self) -> None:
        """Ctrl+3: the cursor in the PIN field when locked, else in the resident search of the intake."""
        field = self.lock_view.pin if self.is_locked else self.intake.search
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def unlock(self) -> None:
        self.intake.set_person(self.lock_view.person)  # "Geholpen door" and the audit log name who unlocked
        self.intake.refresh()
        self._refresh_lists()
        self.stack.setCurrentWidget(self.open_view)
        self.idle_timer.setInterval(privacy.idle_minutes(self.context.database) * 60_000)
        self.idle_timer.start()
        self.away_timer.setInterval(privacy.away_seconds(self.context.database) * 1000)
        app = QApplication.instance()
        if app is not None:  # always, while the window is shown
            app.installEventFilter(self)
        self.intake.search.setFocus()

    def lock(self) -> None:
        """Back to counts only; the forms are emptied so no name stays on screen or in a widget."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self.away_timer.stop()
        self.intake.close_dossier()
        self.intake.set_person(None)
        if self.pin_dialog is not None:
            self.pin_dialog.reject()
        self.intake.clear()
        self.intake.hits.clear()
        self.intake.chosen.clear()
        self.intake.status.clear()
        for model in (
            self.follow_ups.follow_model,
            self.follow_ups.chase_model,
            self.follow_ups.agreements.model,
            self.trajecten.model,
            self.audit.model,
        ):
            model.set_rows([])
        self.telefoon.clear()
        self.welzijn.clear()
        self.appointments.clear()
        self.stack.setCurrentWidget(self.lock_view)
        # The counts are read when they can be seen: the away timer locks a hidden page (another tab, a closed
        # window), whose database may be gone by then (a window switched to a server, a test's server database).
        self._counts_stale = not self.isVisible()
        if not self._counts_stale:
            self.lock_view.refresh()

    def change_pin(self) -> None:
        person = self.intake.person
        if person is None:
            return
        dialog = ChangePinDialog(self.context.database, person, self)
        self.pin_dialog = dialog

        def done(result: int) -> None:
            self.pin_dialog = None
            dialog.deleteLater()
            if result == ChangePinDialog.DialogCode.Accepted:
                self.session_label.setText(self.tr("De pincode is gewijzigd."))

        dialog.finished.connect(done)
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and not self.is_locked:
            self.idle_timer.start()  # any key or click restarts the idle countdown
        return False

    def hideEvent(self, event) -> None:
        if not self.is_locked:
            self.away_timer.start()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        self.away_timer.stop()
        if self._counts_stale and self.is_locked:
            self._counts_stale = False
            self.lock_view.refresh()
        super().showEvent(event)

    def _refresh_lists(self) -> None:
        self.follow_ups.refresh()
        self.appointments.refresh()
        self.trajecten.refresh()
        self.figures.refresh()

    def _refresh_current(self, *_args) -> None:
        current = self.views.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def _open_session(self) -> None:
        today = now_local().date()
        session_id = operations().run(
            self, lambda: open_session(self.context.database, today, self.location.text(), self.on_duty.text()), AREAS
        )
        if session_id:
            self.intake.session_id = session_id
            self.session_label.setText(self.tr("Spreekuur geopend op {date}").format(date=today.strftime("%d-%m-%Y")))
            self.intake.search.setFocus()
