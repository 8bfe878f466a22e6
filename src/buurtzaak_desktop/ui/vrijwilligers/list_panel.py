"""The one list of volunteers and staff, with the filter bar: role, dagdeel, language, status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.dates import WEEKDAY_NAMES
from buurtzaak_desktop.domain.vrijwilligers.availability import PART_LABELS, PARTS, is_available
from buurtzaak_desktop.domain.vrijwilligers.people import LADDER_LABELS, STATUS_LABELS, STATUSES
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.vrijwilligers.reference import role_names
from buurtzaak_desktop.services.vrijwilligers.volunteers import (
    VolunteerFilter,
    VolunteerRow,
    create_volunteer,
    get_data,
    known_languages,
    list_volunteers,
    set_status,
    update_volunteer,
)
from buurtzaak_desktop.ui.dates import weekday_name, weekday_short
from buurtzaak_desktop.ui.i18n import core_label
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, ROOSTER, VRIJWILLIGERS, operations
from buurtzaak_desktop.ui.selection import enable_with_selection
from buurtzaak_desktop.ui.shortcuts import widget_shortcut
from buurtzaak_desktop.ui.table_model import Column, RowTableModel
from buurtzaak_desktop.ui.vrijwilligers.common import (
    Messages,
    NamedCombo,
    search_field,
    table,
)
from buurtzaak_desktop.ui.vrijwilligers.detail_dialog import VolunteerDialog
from buurtzaak_desktop.ui.vrijwilligers.person_certificates import PersonCertificatesDialog

ARCHIVED = "gearchiveerd"

AREAS = frozenset({VRIJWILLIGERS, ROOSTER, ACTIVITEITEN})  # BHV beheerders and activity leaders


def availability_text(mask: int) -> str:
    """'ma-ochtend, wo-avond' / 'Mon-morning, Wed-evening' (domain's format_availability is the Dutch one)."""
    return ", ".join(
        f"{weekday_short(day)}-{core_label(PART_LABELS[part])}"
        for day in range(7)
        for part in range(3)
        if is_available(mask, day, part)
    )


class VolunteerListPanel(QWidget):
    certificates_changed = Signal()  # the page reloads its 'verloopt / verlopen' list

    def __init__(self, context: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.search = search_field(self, self.tr("Zoeken"), self.tr("Zoek op naam of e-mail"))
        self.role = self._combo(self.tr("Rol"))
        self.day = self._combo(self.tr("Dag"), [(name, weekday_name(day)) for day, name in enumerate(WEEKDAY_NAMES)])
        self.part = self._combo(
            self.tr("Dagdeel"), [(part, core_label(PART_LABELS[i])) for i, part in enumerate(PARTS)]
        )
        self.language = self._combo(self.tr("Taal"))
        self.status = self._combo(self.tr("Status"), [(s, core_label(STATUS_LABELS[s])) for s in (*STATUSES, ARCHIVED)])
        self.model: RowTableModel[VolunteerRow] = RowTableModel(
            [
                Column(self.tr("Naam"), lambda row: row.name),
                Column(self.tr("Soort"), self._kind),
                Column(self.tr("Rollen"), lambda row: ", ".join(row.roles)),
                Column(self.tr("Beschikbaar"), lambda row: availability_text(row.availability)),
                Column(self.tr("Talen"), lambda row: ", ".join(row.languages)),
                Column(self.tr("Telefoon"), lambda row: row.phone),
                Column(self.tr("Status"), lambda row: core_label(STATUS_LABELS.get(row.status, row.status))),
            ],
            self,
        )
        self.table = table(self, self.tr("Vrijwilligers"))  # wide rows scroll sideways
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self.edit_selected)
        self.count = QLabel(self)
        self.new_button = self._button(self.tr("&Nieuwe vrijwilliger…"), self.add_new)
        self.edit_button = self._button(self.tr("&Bewerken…"), self.edit_selected)
        self.certificates_button = self._button(self.tr("C&ertificaten…"), self.certificates_of_selected)
        enable_with_selection(self.table, self.edit_button, self.certificates_button)
        widget_shortcut(self.table, Qt.Key.Key_Return, self.edit_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        for combo in (self.role, self.day, self.part, self.language, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self._layout()

    def _combo(self, name: str, items: list[tuple[str, str]] | None = None) -> NamedCombo:
        """A filter: 'alle', then (stored value, shown label) pairs."""
        combo = NamedCombo(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("alle"), None)
        for value, label in items or []:
            combo.addItem(label, value)
        return combo

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        bar = QGridLayout()
        bar.addWidget(self.search, 0, 0, 1, 2)
        places = ((0, 2), (0, 4), (1, 0), (1, 2), (1, 4))
        for (row, column), (label, combo) in zip(
            places,
            (
                (self.tr("&Rol"), self.role),
                (self.tr("&Status"), self.status),
                (self.tr("&Dag"), self.day),
                (self.tr("Dag&deel"), self.part),
                (self.tr("&Taal"), self.language),
            ),
            strict=True,
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            bar.addWidget(caption, row, column)
            bar.addWidget(combo, row, column + 1)
        for column in (1, 3, 5):
            bar.setColumnStretch(column, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.certificates_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _kind(self, row: VolunteerRow) -> str:
        if row.is_staff:
            return self.tr("medewerker") + (f" ({row.staff_function})" if row.staff_function else "")
        return core_label(LADDER_LABELS.get(row.ladder_step, row.ladder_step))

    def load_choices(self) -> None:
        """The roles and languages come from the data; keep the user's choice when reloading."""
        for combo, values in (
            (self.role, role_names(self.context.database)),
            (self.language, known_languages(self.context.database)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> VolunteerFilter:
        status = self.status.currentData()
        return VolunteerFilter(
            role=self.role.currentData(),
            weekday=WEEKDAY_NAMES.index(self.day.currentData()) if self.day.currentData() else None,
            part=PARTS.index(self.part.currentData()) if self.part.currentData() else None,
            language=self.language.currentData(),
            status=None if status in (None, ARCHIVED) else status,
            text=self.search.text(),
            include_archived=status in (ARCHIVED, "gestopt"),
        )

    def refresh(self) -> None:
        wanted = self.current_filter()
        rows = list_volunteers(self.context.database, wanted)
        if self.status.currentData() == ARCHIVED:
            rows = [row for row in rows if row.archived]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{count} personen").format(count=len(rows)))

    def selected(self) -> VolunteerRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def add_new(self) -> None:
        dialog = VolunteerDialog(role_names(self.context.database), today=self.today, parent=self)
        if dialog.exec() and operations().run(
            self,
            lambda: create_volunteer(self.context.database, dialog.data()),
            AREAS,
            self.tr("Vrijwilliger toegevoegd: {name}").format(name=dialog.data().name),
        ):
            self._changed()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        volunteer, data = get_data(self.context.database, row.id)
        dialog = VolunteerDialog(role_names(self.context.database), data, volunteer.status, self.today, self)
        if not dialog.exec():
            return
        if not operations().ok(self, lambda: update_volunteer(self.context.database, row.id, dialog.data()), AREAS):
            return
        status, since = dialog.chosen_status()
        if status != volunteer.status and self._status_confirmed(status, row.name):
            operations().run(self, lambda: set_status(self.context.database, row.id, status, since), AREAS)
        self._changed()

    def certificates_of_selected(self) -> None:
        """The selected person's certificates: renew, remove or add one."""
        row = self.selected()
        if row is not None:
            self.open_certificates(row.id, row.name)

    def open_certificates(self, volunteer_id: int, name: str) -> None:
        dialog = PersonCertificatesDialog(self.context, self.today, volunteer_id, name, self)
        dialog.exec()
        if dialog.changed:
            self.certificates_changed.emit()

    def _status_confirmed(self, status: str, name: str) -> bool:
        if status != "gestopt":
            return True
        return Messages(self).confirm(
            self,
            self.tr("Vrijwilliger stoppen"),
            self.tr(
                "{name} stoppen? Het wordt gearchiveerd en van de diensten gehaald. Na de bewaartermijn worden de "
                "persoonsgegevens verwijderd; de uren blijven anoniem bewaard."
            ).format(name=name),
        )

    def _changed(self) -> None:
        self.load_choices()
        self.refresh()
