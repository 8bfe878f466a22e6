"""The detail/edit dialog of one volunteer or staff member."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.domain.vrijwilligers.availability import PART_LABELS, slot_bit
from buurtzaak_desktop.domain.vrijwilligers.people import LADDER, LADDER_LABELS, STATUS_LABELS, STATUSES, split_list
from buurtzaak_desktop.services.vrijwilligers.volunteers import VolunteerData
from buurtzaak_desktop.ui.dates import weekday_short
from buurtzaak_desktop.ui.i18n import core_label
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.vrijwilligers.common import NamedCombo, date_edit


class VolunteerDialog(QDialog):
    """Edits a VolunteerData; the status (with its date) is chosen here too."""

    def __init__(
        self,
        roles: list[str],
        data: VolunteerData | None = None,
        status: str = "actief",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        data = data or VolunteerData(name="", start_date=today)
        today = today or clock.today()
        self.setWindowTitle(self.tr("Vrijwilliger bewerken") if data.name else self.tr("Nieuwe vrijwilliger"))
        self.setAccessibleName(self.windowTitle())
        self.name = self._line(data.name, self.tr("Naam"))
        self.email = self._line(data.email, self.tr("E-mail"))
        self.phone = self._line(data.phone, self.tr("Telefoon"))
        self.start = date_edit(self, data.start_date or today, self.tr("Begonnen op"))
        self.staff = QCheckBox(self.tr("Betaalde medewerker"), self)
        self.staff.setAccessibleName(self.tr("Betaalde medewerker"))
        self.staff.setChecked(data.is_staff)
        self.function = self._line(data.staff_function, self.tr("Functie"))
        self.ladder = self._combo(LADDER, LADDER_LABELS, data.ladder_step, self.tr("Trede"))
        self.languages = self._line(", ".join(data.languages), self.tr("Talen"))
        self.languages.setPlaceholderText(self.tr("bijvoorbeeld nederlands, turks"))
        self.emergency = self._line(data.emergency_contact, self.tr("Contact bij nood"))
        self.status = self._combo(STATUSES, STATUS_LABELS, status, self.tr("Status"))
        self.status_date = date_edit(self, today, self.tr("Status sinds"))
        self.notes = QPlainTextEdit(data.notes, self)
        self.notes.setAccessibleName(self.tr("Notities"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.roles = self._roles(roles, data.roles)
        self.slots = self._availability(data.availability)

        form = QFormLayout()
        for label, widget in (
            (self.tr("&Naam"), self.name),
            (self.tr("&E-mail"), self.email),
            (self.tr("&Telefoon"), self.phone),
            (self.tr("&Begonnen op"), self.start),
            ("", self.staff),
            (self.tr("&Functie"), self.function),
            (self.tr("T&rede"), self.ladder),
            (self.tr("T&alen"), self.languages),
            (self.tr("Contact bij &nood"), self.emergency),
            (self.tr("&Status"), self.status),
            (self.tr("Status s&inds"), self.status_date),
            (self.tr("N&otities"), self.notes),
        ):
            form.addRow(label, widget)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Rollen")))
        right.addWidget(self.roles)
        right.addWidget(self._availability_box())
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        return edit

    def _combo(self, items: tuple[str, ...], labels: dict[str, str], current: str, name: str) -> NamedCombo:
        combo = NamedCombo(self)
        for item in items:
            combo.addItem(core_label(labels[item]), item)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setAccessibleName(name)
        return combo

    def _roles(self, roles: list[str], chosen: list[str]) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(self.tr("Rollen"))
        for role in roles:
            item = QListWidgetItem(role, widget)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if role in chosen else Qt.CheckState.Unchecked)
        return widget

    def _availability(self, mask: int) -> dict[int, QCheckBox]:
        boxes = {}
        for day in range(7):
            for part, name in enumerate(PART_LABELS):
                box = QCheckBox(self)
                box.setAccessibleName(f"{weekday_short(day)}-{core_label(name)}")
                box.setChecked(bool(mask & slot_bit(day, part)))
                boxes[slot_bit(day, part)] = box
        return boxes

    def _availability_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Beschikbaar"), self)
        grid = QGridLayout(group)
        for part, name in enumerate(PART_LABELS):
            grid.addWidget(QLabel(core_label(name)), part + 1, 0)
        for day in range(7):
            grid.addWidget(QLabel(weekday_short(day)), 0, day + 1, Qt.AlignmentFlag.AlignCenter)
            for part in range(3):
                grid.addWidget(self.slots[slot_bit(day, part)], part + 1, day + 1, Qt.AlignmentFlag.AlignCenter)
        return group

    def data(self) -> VolunteerData:
        roles = [
            self.roles.item(row).text()
            for row in range(self.roles.count())
            if self.roles.item(row).checkState() == Qt.CheckState.Checked
        ]
        return VolunteerData(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            start_date=from_qdate(self.start.date()),
            is_staff=self.staff.isChecked(),
            staff_function=self.function.text(),
            ladder_step=str(self.ladder.currentData()),
            availability=sum(bit for bit, box in self.slots.items() if box.isChecked()),
            languages=split_list(self.languages.text()),
            emergency_contact=self.emergency.text(),
            roles=roles,
            notes=self.notes.toPlainText(),
        )

    def chosen_status(self) -> tuple[str, date]:
        return str(self.status.currentData()), from_qdate(self.status_date.date())
