"""A resident's dossier: consents (and adding one), past visits (and correcting one), and the inzage print.

Opened from the intake for the chosen resident. Every write goes through a service that writes the audit log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
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

from buurtzaak_desktop.domain.dates import now_local, parse_date
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, BuurtzaakError
from buurtzaak_desktop.reports.spreekuur.overview_pdf import write_overview
from buurtzaak_desktop.services.spreekuur.appointments import STATUS_LABELS, AppointmentRow, list_appointments
from buurtzaak_desktop.services.spreekuur.overview import resident_overview
from buurtzaak_desktop.services.spreekuur.reference import list_themes
from buurtzaak_desktop.services.spreekuur.residents import open_record, record_consent
from buurtzaak_desktop.services.spreekuur.visits import VisitEdit, update_visit, visits_of
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.qt_values import from_qdate, to_qdate
from buurtzaak_desktop.ui.spreekuur.appointments import AppointmentDialog
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.spreekuur.lists import selected_row, table_view
from buurtzaak_desktop.ui.spreekuur.plan import PlanPanel
from buurtzaak_desktop.ui.spreekuur.toeleiding import ToeleidingList
from buurtzaak_desktop.ui.table_model import Column, RowTableModel

ROLE_ID = Qt.ItemDataRole.UserRole + 1


def date_edit(name: str) -> QDateEdit:
    edit = named(QDateEdit(), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(to_qdate(now_local().date()))
    return edit


class DossierDialog(QDialog):
    """The chosen resident's dossier. The window title carries the resident number, never the name."""

    def __init__(self, database, resident_id: int, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.resident_id, self.actor = database, resident_id, actor
        self.setWindowTitle(self.tr("Dossier bewoner nr. {number}").format(number=resident_id))
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.theme_labels = {t.id: QCoreApplication.translate("core", t.label) for t in list_themes(database)}
        self._build_consents()
        self._build_visits()
        self._build_method()
        self.print_button = named(
            QPushButton(self.tr("Overzicht voor de bewoner afdrukken (inzage)…")),
            self.tr("Overzicht voor de bewoner afdrukken"),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.appointment_button = named(QPushButton(self.tr("Afspraak maken…")), self.tr("Afspraak maken"))
        self.appointment_dialog: AppointmentDialog | None = None
        close = named(QPushButton(self.tr("Sluiten")), self.tr("Sluiten"))  # Qt's own "Close" is not translated
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.appointment_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.print_button.clicked.connect(self.print_overview)
        self.appointment_button.clicked.connect(self.make_appointment)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field saves that field's part, not the dialog's default
        self.resize(820, 720)

    # --- consents --------------------------------------------------------------------------------------------

    def _build_consents(self) -> None:
        self.consent_box = QGroupBox(self.tr("Toestemming"))
        self.consent_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Datum"), lambda c: c[0].strftime("%d-%m-%Y")),
                Column(self.tr("Waarvoor"), lambda c: c[1]),
                Column(self.tr("Vastgelegd door"), lambda c: c[2]),
            ],
            self,
        )
        self.consent_view = table_view(self.tr("Toestemmingen"), self.consent_model)
        self.consent_view.setMaximumHeight(100)
        self.consent_date = date_edit(self.tr("Datum toestemming"))
        self.consent_purpose = named(QLineEdit(), self.tr("Waarvoor"))
        self.consent_purpose.setPlaceholderText(self.tr("bijv. gegevens delen met de schuldhulpverlening"))
        self.consent_button = named(QPushButton(self.tr("Toestemming vastleggen")), self.tr("Toestemming vastleggen"))
        row = QHBoxLayout()
        row.addWidget(self.consent_date)
        row.addWidget(self.consent_purpose, 1)
        row.addWidget(self.consent_button)
        layout = QVBoxLayout(self.consent_box)
        layout.addWidget(self.consent_view)
        layout.addLayout(row)
        self.consent_button.clicked.connect(self.add_consent)
        self.consent_purpose.returnPressed.connect(self.add_consent)

    def add_consent(self) -> None:
        purpose = " ".join(self.consent_purpose.text().split())
        if not purpose:
            self.status.setText(self.tr("Vul in waarvoor de bewoner toestemming geeft."))
            self.consent_purpose.setFocus()
            return
        given_on = from_qdate(self.consent_date.date())
        if operations().ok(
            self, lambda: record_consent(self.database, self.resident_id, given_on, purpose, self.actor), AREAS
        ):
            self.consent_purpose.clear()
            self.status.setText(self.tr("Toestemming vastgelegd."))
            self.refresh()

    # --- visits ----------------------------------------------------------------------------------------------

    def _build_visits(self) -> None:
        self.visit_box = QGroupBox(self.tr("Bezoeken"))
        self.visit_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Datum"), lambda v: v.visited_on.strftime("%d-%m-%Y")),
                Column(self.tr("Geholpen door"), lambda v: v.helped_by),
                Column(self.tr("Thema's"), lambda v: ", ".join(self.theme_labels.get(t, "?") for t in v.theme_ids)),
                Column(self.tr("Minuten"), lambda v: v.minutes, align_right=True),
                Column(self.tr("Hulpbehoefte"), lambda v: v.need),
            ],
            self,
        )
        self.visit_view = table_view(self.tr("Bezoeken van de bewoner"), self.visit_model)
        self.visit_view.setMinimumHeight(140)  # a few visits stay in sight above the correction form
        self.edit_date = date_edit(self.tr("Datum bezoek"))
        self.edit_need = named(QLineEdit(), self.tr("Hulpbehoefte"))
        self.edit_question = named(QLineEdit(), self.tr("Hulpvraag"))
        self.edit_action = named(QLineEdit(), self.tr("Actie"))
        self.edit_minutes = named(QSpinBox(), self.tr("Minuten"))
        self.edit_minutes.setRange(0, 480)
        self.edit_minutes.setSingleStep(5)
        self.edit_follow_up = named(QLineEdit(), self.tr("Opvolgen op"))
        self.edit_follow_up.setPlaceholderText(self.tr("dd-mm-jjjj, leeg: geen"))
        self.edit_themes = named(QListWidget(), self.tr("Thema's van het bezoek"))
        self.edit_themes.setMaximumHeight(100)
        for theme_id, label in self.theme_labels.items():
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ROLE_ID, theme_id)
            self.edit_themes.addItem(item)
        self.save_visit_button = named(QPushButton(self.tr("Wijziging opslaan")), self.tr("Wijziging opslaan"))
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.edit_date)
        form.addRow(self.tr("Hulpbehoefte"), self.edit_need)
        form.addRow(self.tr("Hulpvraag"), self.edit_question)
        form.addRow(self.tr("Thema's"), self.edit_themes)
        form.addRow(self.tr("Actie"), self.edit_action)
        form.addRow(self.tr("Minuten"), self.edit_minutes)
        form.addRow(self.tr("Opvolgen op"), self.edit_follow_up)
        layout = QVBoxLayout(self.visit_box)
        layout.addWidget(QLabel(self.tr("Kies een bezoek om het te corrigeren.")))
        layout.addWidget(self.visit_view, 1)
        layout.addLayout(form)
        layout.addWidget(self.save_visit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._set_editing(False)
        self.visit_view.selectionModel().selectionChanged.connect(self._fill_visit)
        self.save_visit_button.clicked.connect(self.save_visit)
        for field in (self.edit_need, self.edit_question, self.edit_action, self.edit_follow_up):
            field.returnPressed.connect(self.save_visit)

    def _set_editing(self, enabled: bool) -> None:
        for widget in (
            self.edit_date,
            self.edit_need,
            self.edit_question,
            self.edit_action,
            self.edit_minutes,
            self.edit_follow_up,
            self.edit_themes,
            self.save_visit_button,
        ):
            widget.setEnabled(enabled)

    def _fill_visit(self, *_args) -> None:
        visit = selected_row(self.visit_view, self.visit_model)
        self._set_editing(visit is not None)
        if visit is None:
            return
        self.edit_date.setDate(to_qdate(visit.visited_on))
        self.edit_need.setText(visit.need)
        self.edit_question.setText(visit.question)
        self.edit_action.setText(visit.action)
        self.edit_minutes.setValue(visit.minutes)
        self.edit_follow_up.setText(visit.follow_up_on.strftime("%d-%m-%Y") if visit.follow_up_on else "")
        for row in range(self.edit_themes.count()):
            item = self.edit_themes.item(row)
            checked = int(item.data(ROLE_ID)) in visit.theme_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _edit(self) -> VisitEdit:
        follow = self.edit_follow_up.text().strip()
        return VisitEdit(
            visited_on=from_qdate(self.edit_date.date()),
            theme_ids=[
                int(self.edit_themes.item(r).data(ROLE_ID))
                for r in range(self.edit_themes.count())
                if self.edit_themes.item(r).checkState() == Qt.CheckState.Checked
            ],
            need=self.edit_need.text(),
            question=self.edit_question.text(),
            action=self.edit_action.text(),
            minutes=self.edit_minutes.value(),
            follow_up_on=parse_date(follow) if follow else None,
        )

    def save_visit(self) -> None:
        visit = selected_row(self.visit_view, self.visit_model)
        if visit is None:
            return
        if operations().ok(self, lambda: update_visit(self.database, visit.id, self._edit(), self.actor), AREAS):
            self.status.setText(self.tr("Bezoek van {date} gecorrigeerd.").format(date=self.edit_date.text()))
            self.refresh()

    # --- appointments --------------------------------------------------------------------------------------------

    def make_appointment(self) -> None:
        """ "Afspraak maken…": the dialog plans it in the Spreekkamer (ui/spreekuur/appointments.py)."""
        dialog = AppointmentDialog(self.database, self.resident_id, self.actor, self)
        self.appointment_dialog = dialog

        def finished(result: int) -> None:
            self.appointment_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.status.setText(dialog.done_text)
                self._fill_appointments()

        dialog.finished.connect(finished)
        dialog.open()

    def _build_appointments(self) -> None:
        """The resident's own appointments, cancelled ones included (to answer "wanneer was mijn afspraak?")."""
        self.appointment_model: RowTableModel[AppointmentRow] = RowTableModel(
            [
                Column(self.tr("Datum"), lambda a: a.day.strftime("%d-%m-%Y")),
                Column(self.tr("Tijd"), lambda a: f"{a.start:%H:%M}–{a.end:%H:%M}"),
                Column(self.tr("Vertrouwenspersoon"), lambda a: a.person_name),
                Column(self.tr("Ruimte"), lambda a: a.room_name),
                Column(self.tr("Stand"), lambda a: QCoreApplication.translate("core", STATUS_LABELS[a.status])),
            ],
            self,
        )
        self.appointment_view = table_view(self.tr("Afspraken van de bewoner"), self.appointment_model)

    def _fill_appointments(self) -> None:
        rows = list_appointments(self.database, resident_id=self.resident_id, include_cancelled=True)
        self.appointment_model.set_rows(rows)

    # --- the method: plan van aanpak and toeleiding (ui/spreekuur/plan.py, toeleiding.py) ----------------------

    def _build_method(self) -> None:
        self.plan = PlanPanel(self.database, self.resident_id, self.actor)
        self.toeleiding = ToeleidingList(self.database, self.resident_id, self.actor, self.plan.running_traject_id)
        self.plan.traject_changed.connect(self.toeleiding.update_button)
        self.toeleiding.changed.connect(self.refresh)
        self.parts = named(QTabWidget(), self.tr("Delen van het dossier"))
        self.parts.addTab(self.visit_box, self.tr("Bezoeken"))
        self.parts.addTab(self.plan, self.tr("Plan van aanpak"))
        self.parts.addTab(self.toeleiding, self.tr("Toeleiding"))
        self._build_appointments()
        self.parts.addTab(self.appointment_view, self.tr("Afspraken"))

    # --- inzage ----------------------------------------------------------------------------------------------

    def print_overview(self) -> Path | None:
        """Save the resident's own overview as a PDF (audited as an export) and open it to print."""
        today = now_local().date()
        suggested = str(Path.home() / f"inzage-spreekuur-{self.resident_id}-{today:%Y-%m-%d}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Overzicht opslaan"), suggested, "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)

        def write() -> Path:
            overview = resident_overview(self.database, self.resident_id, self.actor)
            try:
                write_overview(overview, path, today)
            except OSError as error:
                raise BuurtzaakError(
                    QT_TRANSLATE_NOOP("core", "Het bestand kon niet worden geschreven: {reason}"),
                    reason=str(error.strerror),
                ) from error
            return path

        written = operations().run(self, write, AREAS)
        if written is None:
            return None
        self.status.setText(self.tr("Overzicht opgeslagen in {path}.").format(path=written))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))  # opens in the PDF viewer, to print from there
        return written

    def refresh(self, reopened: bool = True) -> bool:
        """Show the record; ``reopened=False`` the first time, when the opening is audited."""
        record = operations().run(
            self, lambda: open_record(self.database, self.resident_id, self.actor, reopened=reopened)
        )
        if record is None:
            self.reject()
            return False
        self.heading.setText(
            self.tr("{name} · {visits} bezoeken, {open} lopende trajecten").format(
                name=record.name, visits=record.visits, open=record.open_trajecten
            )
        )
        self.consent_model.set_rows(record.consents)
        self.visit_model.set_rows(visits_of(self.database, self.resident_id))
        self._set_editing(False)
        self.plan.refresh()
        self.toeleiding.refresh()
        self._fill_appointments()
        return True

    def wipe(self) -> None:
        """Empty every widget that could show personal data (the tab locks)."""
        if self.appointment_dialog is not None:
            self.appointment_dialog.reject()
        self.appointment_model.set_rows([])
        for model in (self.consent_model, self.visit_model):
            model.set_rows([])
        self.plan.wipe()
        self.toeleiding.wipe()
        for field in (self.edit_need, self.edit_question, self.edit_action, self.edit_follow_up, self.heading):
            field.clear()
