"""The intake form: one visit in under a minute, by keyboard.

Type a few letters of the name (accents do not matter), Up/Down to choose among the hits, "Nieuwe bewoner" or
"Anoniem"; Tab through the fields; Space ticks a theme; Enter in any text field (or Ctrl+Enter anywhere) saves.
A new name whose consent box is not ticked is never saved by Enter alone: the form asks whether there is consent,
and going back keeps everything typed. "Geholpen door" is the person who unlocked the tab.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local, parse_date
from buurtzaak_desktop.services.spreekuur import privacy
from buurtzaak_desktop.services.spreekuur.people import Person
from buurtzaak_desktop.services.spreekuur.reference import list_partners, list_themes
from buurtzaak_desktop.services.spreekuur.referrals import refer
from buurtzaak_desktop.services.spreekuur.residents import NewResident, find_residents, open_record
from buurtzaak_desktop.services.spreekuur.trajecten import open_traject
from buurtzaak_desktop.services.spreekuur.visits import VisitInput, record_visit
from buurtzaak_desktop.ui.operations import operations
from buurtzaak_desktop.ui.spreekuur.common import AREAS, named
from buurtzaak_desktop.ui.spreekuur.dossier import DossierDialog

OPEN_DELAY_MS = 400
ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class IntakeForm(QWidget):
    saved = Signal()

    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.session_id: int | None = None  # the spreekuur session opened today, if any
        self.person: Person | None = None  # who unlocked the tab
        self.consent_question: QMessageBox | None = None
        self._build()
        self._connect()

    def _build(self) -> None:
        self.visit_date = named(QDateEdit(), self.tr("Datum"))
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("dd-MM-yyyy")
        self.helped_by = named(QLineEdit(), self.tr("Geholpen door"))
        self.helped_by.setReadOnly(True)  # whoever unlocked the tab with their own PIN
        self.search = named(QLineEdit(), self.tr("Bewoner zoeken"))
        self.search.setPlaceholderText(self.tr("Typ een deel van de naam; pijltjes om te kiezen"))
        self.hits = named(QListWidget(), self.tr("Gevonden bewoners"))
        self.hits.setMaximumHeight(110)
        self.hits.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down in the search field move through it
        self.chosen = QLabel()
        self.consent = named(
            QCheckBox(self.tr("Toestemming gegeven om gegevens te bewaren")),
            self.tr("Toestemming gegeven om gegevens te bewaren"),
        )
        self.phone = named(QLineEdit(), self.tr("Telefoon"))
        self.need = named(QLineEdit(), self.tr("Hulpbehoefte"))
        self.question = named(QLineEdit(), self.tr("Hulpvraag"))
        self.themes = named(QListWidget(), self.tr("Thema's"))
        self.action = named(QLineEdit(), self.tr("Actie"))
        self.minutes = named(QSpinBox(), self.tr("Minuten"))
        self.minutes.setRange(0, 480)
        self.minutes.setSingleStep(5)
        self.follow_up = named(QLineEdit(), self.tr("Opvolgen op"))
        self.follow_up.setPlaceholderText(self.tr("dd-mm-jjjj, leeg: geen"))
        self.save_button = named(QPushButton(self.tr("Opslaan (Enter)")), self.tr("Opslaan"))
        self.remove_button = named(
            QPushButton(self.tr("Bewoner verwijderen op verzoek…")), self.tr("Bewoner verwijderen op verzoek")
        )
        self.dossier_button = named(QPushButton(self.tr("Dossier…")), self.tr("Dossier van de bewoner"))
        self.dossier: DossierDialog | None = None
        self.partner = named(QComboBox(), self.tr("Organisatie"))
        self.refer_button = named(QPushButton(self.tr("Doorverwijzen")), self.tr("Doorverwijzen"))
        self.traject_button = named(QPushButton(self.tr("Traject starten")), self.tr("Traject starten"))
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.visit_date)
        form.addRow(self.tr("Geholpen door"), self.helped_by)
        form.addRow(self.tr("Bewoner"), self.search)
        form.addRow("", self.hits)
        form.addRow("", self.chosen)
        form.addRow("", self.consent)
        form.addRow(self.tr("Telefoon"), self.phone)
        form.addRow(self.tr("Hulpbehoefte"), self.need)
        form.addRow(self.tr("Hulpvraag"), self.question)
        form.addRow(self.tr("Thema's"), self.themes)
        form.addRow(self.tr("Actie"), self.action)
        form.addRow(self.tr("Minuten"), self.minutes)
        form.addRow(self.tr("Opvolgen op"), self.follow_up)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        for widget in (self.dossier_button, self.partner, self.refer_button, self.traject_button, self.remove_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self.need.setFocus)
        self.hits.currentItemChanged.connect(self._chosen)
        self.open_delay = QTimer(self)
        self.open_delay.setSingleShot(True)
        self.open_delay.setInterval(OPEN_DELAY_MS)
        self.open_delay.timeout.connect(self._open_chosen)
        for field in (self.phone, self.need, self.question, self.action, self.follow_up):
            field.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.dossier_button.clicked.connect(self.open_dossier)
        self.refer_button.clicked.connect(self.refer)
        self.traject_button.clicked.connect(self.start_traject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.hits.setCurrentRow(max(0, min(self.hits.count() - 1, self.hits.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self.themes.clear()
        for theme in list_themes(self.database):
            item = QListWidgetItem(QCoreApplication.translate("core", theme.label))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ROLE_ID, theme.id)
            self.themes.addItem(item)
        self.partner.clear()
        for partner in list_partners(self.database):
            self.partner.addItem(partner.name, partner.id)
        self.clear()

    def set_person(self, person: Person | None) -> None:
        self.person = person
        name = "" if person is None else self.tr("Coördinator") if person.is_coordinator else person.name
        self.helped_by.setText(name)

    def clear(self) -> None:
        self.open_delay.stop()
        if self.consent_question is not None:
            self.consent_question.reject()
        today = now_local().date()
        self.visit_date.setDate(QDate(today.year, today.month, today.day))
        for field in (self.search, self.phone, self.need, self.question, self.action, self.follow_up):
            field.clear()
        self.minutes.setValue(15)
        self.consent.setChecked(False)
        for row in range(self.themes.count()):
            self.themes.item(row).setCheckState(Qt.CheckState.Unchecked)
        self._search("")
        self.search.setFocus()

    def _search(self, text: str) -> None:
        self.hits.clear()
        for hit in find_residents(self.database, text, limit=8) if text.strip() else []:
            when = hit.last_visit.strftime("%d-%m-%Y") if hit.last_visit else "—"
            self._add_choice(
                self.tr("{name} (laatste bezoek {date})").format(name=hit.name, date=when), "existing", hit.id
            )
        if text.strip():
            self._add_choice(self.tr("Nieuwe bewoner: {name}").format(name=" ".join(text.split())), "new", 0)
        self._add_choice(self.tr("Anoniem"), "anonymous", 0)
        self.hits.setCurrentRow(0)

    def _add_choice(self, label: str, kind: str, resident_id: int) -> None:
        item = QListWidgetItem(label)
        item.setData(ROLE_KIND, kind)
        item.setData(ROLE_ID, resident_id)
        self.hits.addItem(item)

    def _kind(self) -> tuple[str, int]:
        item = self.hits.currentItem()
        return (item.data(ROLE_KIND), int(item.data(ROLE_ID))) if item else ("anonymous", 0)

    def _chosen(self, *_args) -> None:
        kind, _ = self._kind()
        self.consent.setEnabled(kind == "new")
        self.phone.setEnabled(kind == "new")
        for button in (self.dossier_button, self.remove_button, self.refer_button, self.traject_button):
            button.setEnabled(kind == "existing")
        if kind == "existing":
            self.chosen.clear()
            self.open_delay.start()  # opened (and audited) once the choice settles, not at every keystroke
        elif kind == "new":
            self.chosen.setText(self.tr("Nieuw: zonder toestemming wordt het bezoek anoniem bewaard."))
        else:
            self.chosen.setText(self.tr("Anoniem bezoek: er wordt geen naam en geen tekst bewaard."))

    def _open_chosen(self) -> None:
        kind, resident_id = self._kind()
        if kind != "existing":
            return
        record = operations().run(self, lambda: open_record(self.database, resident_id, self.actor()))
        if record is not None:
            self.chosen.setText(
                self.tr("{visits} eerdere bezoeken, {open} lopende trajecten.").format(
                    visits=record.visits, open=record.open_trajecten
                )
            )

    def actor(self) -> str:
        return self.person.name if self.person is not None else self.tr("spreekuur")

    def _visit(self) -> VisitInput:
        kind, resident_id = self._kind()
        follow = self.follow_up.text().strip()
        new = None
        if kind == "new":
            new = NewResident(
                name=self.search.text(),
                consent_given=self.consent.isChecked(),
                consent_by=self.actor(),
                phone=self.phone.text(),
            )
        return VisitInput(
            visited_on=self._date(),
            helped_by=self.actor(),
            theme_ids=[
                int(self.themes.item(r).data(ROLE_ID))
                for r in range(self.themes.count())
                if self.themes.item(r).checkState() == Qt.CheckState.Checked
            ],
            need=self.need.text(),
            question=self.question.text(),
            action=self.action.text(),
            minutes=self.minutes.value(),
            follow_up_on=parse_date(follow) if follow else None,
            resident_id=resident_id if kind == "existing" else None,
            new=new,
            session_id=self.session_id,
            helper_id=None if self.person is None else self.person.volunteer_id,
        )

    def save(self) -> None:
        """Enter or Ctrl+Enter: a new name without a consent answer is asked about first, never saved anonymously."""
        kind, _ = self._kind()
        if kind == "new" and not self.consent.isChecked():
            self._ask_consent()
            return
        self._save()

    def _ask_consent(self) -> None:
        if self.consent_question is not None:
            return
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Toestemming"), "", parent=self)
        question.setText(self.tr("Heeft de nieuwe bewoner toestemming gegeven om gegevens te bewaren?"))
        question.setInformativeText(
            self.tr("Zonder toestemming wordt het bezoek anoniem bewaard: zonder naam en zonder tekst.")
        )
        self.consent_yes = question.addButton(self.tr("Ja, met toestemming"), QMessageBox.ButtonRole.YesRole)
        self.consent_no = question.addButton(self.tr("Nee, anoniem bewaren"), QMessageBox.ButtonRole.NoRole)
        back = question.addButton(self.tr("Terug naar het formulier"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(back)  # an Enter too many loses nothing and stores no name
        question.setEscapeButton(back)
        question.finished.connect(self._consent_answered)
        self.consent_question = question
        question.open()

    def _consent_answered(self, *_args) -> None:
        question, self.consent_question = self.consent_question, None
        if question is None:
            return
        clicked = question.clickedButton()
        question.deleteLater()
        if clicked is self.consent_yes:
            self.consent.setChecked(True)
            self._save()
        elif clicked is self.consent_no:
            self._save()
        else:
            self.consent.setFocus()

    def _save(self) -> None:
        saved = operations().run(
            self,
            lambda: record_visit(self.database, self._visit(), self.actor()),
            AREAS,
            self.tr("Bezoek opgeslagen."),  # no name in the status bar: it is in sight of whoever is at the desk
        )
        if saved is None:
            return
        self.status.setText(self.tr("Anoniem bezoek opgeslagen.") if saved.anonymous else self.tr("Bezoek opgeslagen."))
        self.clear()
        self.saved.emit()

    def refer(self) -> None:
        kind, resident_id = self._kind()
        partner_id = self.partner.currentData()
        if (
            kind == "existing"
            and partner_id is not None
            and operations().ok(
                self, lambda: refer(self.database, resident_id, int(partner_id), self._date(), self.actor()), AREAS
            )
        ):
            self.status.setText(self.tr("Doorverwezen naar {partner}.").format(partner=self.partner.currentText()))
            self.saved.emit()

    def start_traject(self) -> None:
        kind, resident_id = self._kind()
        if kind == "existing" and operations().ok(
            self, lambda: open_traject(self.database, resident_id, self._date(), self.actor()), AREAS
        ):
            self.status.setText(self.tr("Traject gestart (fase oriëntatie)."))
            self.saved.emit()

    def open_dossier(self) -> None:
        """Consents, past visits to correct, and the inzage print of the chosen resident."""
        kind, resident_id = self._kind()
        if kind != "existing":
            return
        self.close_dossier()
        dialog = DossierDialog(self.database, resident_id, self.actor(), self)
        if not dialog.refresh(reopened=False):
            dialog.deleteLater()
            return
        dialog.finished.connect(self._dossier_closed)
        self.dossier = dialog
        dialog.open()

    def _dossier_closed(self, *_args) -> None:
        dialog, self.dossier = self.dossier, None
        if dialog is not None:
            dialog.wipe()
            dialog.deleteLater()
        self.saved.emit()  # corrections may change the follow-ups and figures

    def close_dossier(self) -> None:
        if self.dossier is not None:
            self.dossier.reject()

    def _date(self) -> date:
        qdate = self.visit_date.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def remove(self) -> None:
        kind, resident_id = self._kind()
        if kind != "existing":
            return
        answer = QMessageBox.question(
            self,
            self.tr("Bewoner verwijderen"),
            self.tr(
                "Alle gegevens van deze bewoner worden verwijderd; alleen anonieme tellingen blijven. "
                "Dit kan niet ongedaan worden gemaakt.\n\nDe automatische kopieën in de map backups bewaren de "
                "gegevens nog tot ze vervallen (tot ongeveer een jaar); back-ups op een USB-stick houden ze tot ze "
                "worden gewist. Doorgaan?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not operations().ok(self, lambda: privacy.remove_resident(self.database, resident_id, self.actor()), AREAS):
            return
        self.status.setText(self.tr("De bewoner is verwijderd."))
        self.clear()
        self.saved.emit()
