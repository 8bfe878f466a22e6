"""Participants of one activity: find a person (accent-insensitive), register, the waiting list, leaving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.activiteiten.labels import CAME_VIA_LABELS, REGISTRATION_STATUS_LABELS
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.activiteiten.participants import ParticipantService, RegistrationRow
from buurtzaak_desktop.services.activiteiten.programme import ProgrammeService
from buurtzaak_desktop.services.activiteiten.read_models import ParticipantInfo
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.activiteiten.dialogs import ParticipantDialog
from buurtzaak_desktop.ui.activiteiten.widgets import button, confirm, table
from buurtzaak_desktop.ui.i18n import core_label
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, operations
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class PeopleView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.people = ParticipantService(context.database)
        self.programme = ProgrammeService(context.database)
        self.activity = QComboBox(self)
        self.activity.setAccessibleName(self.tr("Activiteit"))
        self.activity.view().setAccessibleName(self.tr("Activiteiten"))
        self.activity.currentIndexChanged.connect(lambda _i: self.load_registrations())
        self.registrations: RowTableModel[RegistrationRow] = RowTableModel(
            [
                Column(self.tr("Naam"), lambda r: r.name),
                Column(self.tr("Telefoon"), lambda r: r.phone),
                Column(self.tr("Status"), lambda r: core_label(REGISTRATION_STATUS_LABELS.get(r.status, r.status))),
                Column(self.tr("Wachtlijst"), lambda r: r.waiting_position or ""),
                Column(self.tr("Ingeschreven op"), lambda r: f"{r.registered_on:%d-%m-%Y}"),
                Column(self.tr("Bellen"), lambda r: self.tr("bellen: plaats vrij") if r.to_call else ""),
            ],
            self,
        )
        self.registration_table = table(self.tr("Inschrijvingen"), self)
        self.registration_table.setModel(self.registrations)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Zoek deelnemer"))
        self.search.setPlaceholderText(self.tr("Zoek op naam (zoe vindt Zoë)"))
        self.search.textChanged.connect(lambda _t: self.load_people())
        self.found: RowTableModel[ParticipantInfo] = RowTableModel(
            [
                Column(self.tr("Naam"), lambda p: p.name),
                Column(self.tr("Telefoon"), lambda p: p.phone),
                Column(self.tr("Postcode"), lambda p: p.postcode_area),
                Column(self.tr("Gekomen via"), lambda p: core_label(CAME_VIA_LABELS.get(p.came_via, p.came_via))),
            ],
            self,
        )
        self.found_table = table(self.tr("Gevonden deelnemers"), self)
        self.found_table.setModel(self.found)
        self.found_table.activated.connect(lambda _i: self.register())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Activiteit:"), self))
        row.addWidget(self.activity, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.registration_table)
        actions = QHBoxLayout()
        self.registration_buttons = [
            button(self.tr("&Uitschrijven"), self, self.leave),
            button(self.tr("&Gebeld over plaats"), self, self.called),
        ]
        for widget in self.registration_buttons:
            actions.addWidget(widget)
        enable_with_selection(self.registration_table, *self.registration_buttons)
        actions.addStretch(1)
        left_layout.addLayout(actions)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.found_table)
        buttons = QHBoxLayout()
        buttons.addWidget(button(self.tr("&Inschrijven"), self, self.register))
        buttons.addWidget(button(self.tr("Nieuwe &deelnemer…"), self, self.new_person))
        buttons.addWidget(button(self.tr("Deelnemer &wijzigen…"), self, self.edit_person))
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        current = self.activity.currentData()
        self.activity.blockSignals(True)
        self.activity.clear()
        for activity in self.programme.list(include_ended=False):
            self.activity.addItem(activity.name, activity.id)
        self.activity.setCurrentIndex(max(0, self.activity.findData(current)))
        self.activity.blockSignals(False)
        self.load_registrations()
        self.load_people()

    def load_registrations(self) -> None:
        activity_id = self.activity.currentData()
        self.registrations.set_rows(self.people.registrations(activity_id) if activity_id else [])
        self.registration_table.resizeColumnsToContents()

    def load_people(self) -> None:
        self.found.set_rows(self.people.find(self.search.text()))

    def _selected_person(self) -> ParticipantInfo | None:
        index = self.found_table.currentIndex()
        if not index.isValid() and self.found.rowCount() == 1:
            return self.found.row_at(self.found.index(0, 0))
        return self.found.row_at(index) if index.isValid() else None

    def register(self) -> None:
        person, activity_id = self._selected_person(), self.activity.currentData()
        if person is None or person.id is None or activity_id is None:
            return
        person_id = person.id  # narrowed to int here, not inside the lambda
        self._do(lambda: self.people.register(activity_id, person_id, now_local().date()))

    def new_person(self) -> None:
        dialog = ParticipantDialog(parent=self)
        if dialog.exec():
            self._do(lambda: self.people.add(dialog.result_value, now_local().date()))  # type: ignore[arg-type]
            self.search.setText(dialog.name.text())

    def edit_person(self) -> None:
        person = self._selected_person()
        if person is None or person.id is None:
            return
        dialog = ParticipantDialog(person, parent=self)
        if dialog.exec():
            seen = person.version  # as shown: refused, not overwritten, if another desk changed it meanwhile
            self._do(lambda: self.people.update(person.id, dialog.result_value, seen))  # type: ignore[arg-type]

    def _selected_registration(self) -> RegistrationRow | None:
        index = self.registration_table.currentIndex()
        return self.registrations.row_at(index) if index.isValid() else None

    def leave(self) -> None:
        row = self._selected_registration()
        if row is None or not confirm(
            self,
            self.tr("Uitschrijven"),
            self.tr("{name} uitschrijven? De naam verdwijnt van de volgende presentielijsten.").format(name=row.name),
        ):
            return
        self._do(lambda: self.people.leave(row.registration_id, now_local().date()))

    def called(self) -> None:
        row = self._selected_registration()
        if row is not None:
            self._do(lambda: self.people.mark_called_about_place(row.registration_id))

    def _do(self, action: Callable[[], object]) -> None:
        if operations().ok(self, action, {ACTIVITEITEN}, self.tr("Deelnemers bijgewerkt")):
            self.load_registrations()
            self.load_people()
