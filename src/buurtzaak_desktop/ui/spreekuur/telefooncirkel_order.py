"""Editing a Telefooncirkel: its name and two coordinators, the calling order (up/down), members and away periods."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.telefooncirkel import AWAY_REASONS
from buurtzaak_desktop.services.telefooncirkel import circles
from buurtzaak_desktop.ui.qt_values import from_qdate
from buurtzaak_desktop.ui.spreekuur.common import named
from buurtzaak_desktop.ui.spreekuur.dossier import date_edit
from buurtzaak_desktop.ui.spreekuur.lists import selected_row, table_view
from buurtzaak_desktop.ui.spreekuur.telefooncirkel_common import attempt, core
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class OrderPanel(QWidget):
    circles_changed = Signal(int)  # the circle to show after a circle was made or changed

    def __init__(self, database, actor, choose: QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.choose = database, actor, choose
        layout = QVBoxLayout(self)
        layout.addWidget(self._circle_box())
        self.model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Nr."), lambda m: m.position, align_right=True),
                Column(self.tr("Naam"), lambda m: m.name),
                Column(self.tr("Telefoon"), lambda m: m.phone),
                Column(self.tr("Rol"), lambda m: self.tr("vrijwilliger") if m.is_volunteer else self.tr("deelnemer")),
            ],
            self,
        )
        self.view = table_view(self.tr("Belvolgorde"), self.model)
        self.up_button = named(QPushButton(self.tr("Omhoog")), self.tr("Omhoog"))
        self.down_button = named(QPushButton(self.tr("Omlaag")), self.tr("Omlaag"))
        self.remove_button = named(QPushButton(self.tr("Uit de cirkel")), self.tr("Uit de cirkel"))
        moves = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(widget)
        moves.addStretch(1)
        layout.addWidget(self.view, 2)
        layout.addLayout(moves)
        layout.addWidget(self._add_box())
        layout.addWidget(self._away_box(), 1)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.remove_button.clicked.connect(self._remove)

    # --- building ------------------------------------------------------------------------------------------------

    def _circle_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cirkel"))
        self.name = named(QLineEdit(), self.tr("Naam van de cirkel"))
        self.coordinators = [named(QComboBox(), self.tr("Coördinator {n}").format(n=n)) for n in (1, 2)]
        self.active = named(QCheckBox(self.tr("Actief")), self.tr("Actief"))
        self.save_button = named(QPushButton(self.tr("Cirkel opslaan")), self.tr("Cirkel opslaan"))
        self.new_button = named(QPushButton(self.tr("Nieuwe cirkel")), self.tr("Nieuwe cirkel"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Naam")), 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.active, 0, 2)
        for row, combo in enumerate(self.coordinators, start=1):
            grid.addWidget(QLabel(self.tr("Coördinator {n}").format(n=row)), row, 0)
            grid.addWidget(combo, row, 1)
        grid.addWidget(self.save_button, 1, 2)
        grid.addWidget(self.new_button, 2, 2)
        self.save_button.clicked.connect(self._save_circle)
        self.new_button.clicked.connect(self._new_circle)
        return box

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Toevoegen aan het eind van de volgorde"))
        self.participant_name = named(QLineEdit(), self.tr("Naam deelnemer"))
        self.participant_phone = named(QLineEdit(), self.tr("Telefoon deelnemer"))
        self.participant_name.setPlaceholderText(self.tr("Naam"))
        self.participant_phone.setPlaceholderText(self.tr("Telefoonnummer"))
        self.consent = named(
            QCheckBox(self.tr("Toestemming voor naam en telefoonnummer")), self.tr("Toestemming deelnemer")
        )
        self.add_participant_button = named(QPushButton(self.tr("Deelnemer toevoegen")), self.tr("Deelnemer toevoegen"))
        self.volunteer = named(QComboBox(), self.tr("Vrijwilliger"))
        self.add_volunteer_button = named(
            QPushButton(self.tr("Vrijwilliger toevoegen")), self.tr("Vrijwilliger toevoegen")
        )
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Deelnemer")), 0, 0)
        grid.addWidget(self.participant_name, 0, 1)
        grid.addWidget(self.participant_phone, 0, 2)
        grid.addWidget(self.consent, 0, 3)
        grid.addWidget(self.add_participant_button, 0, 4)
        grid.addWidget(QLabel(self.tr("Vrijwilliger")), 1, 0)
        grid.addWidget(self.volunteer, 1, 1, 1, 3)
        grid.addWidget(self.add_volunteer_button, 1, 4)
        self.add_participant_button.clicked.connect(self._add_participant)
        self.add_volunteer_button.clicked.connect(self._add_volunteer)
        return box

    def _away_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Afwezig (wordt die dagen overgeslagen)"))
        self.away_from = date_edit(self.tr("Afwezig van"))
        self.away_to = date_edit(self.tr("Afwezig tot en met"))
        self.reason = named(QComboBox(), self.tr("Reden"))
        for code, label in AWAY_REASONS.items():
            self.reason.addItem(core(label), code)
        self.away_button = named(
            QPushButton(self.tr("Gekozen naam afwezig melden")), self.tr("Gekozen naam afwezig melden")
        )
        self.away_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Naam"), lambda a: a.name),
                Column(self.tr("Van"), lambda a: a.start.strftime("%d-%m-%Y")),
                Column(self.tr("Tot en met"), lambda a: a.end.strftime("%d-%m-%Y")),
                Column(self.tr("Reden"), lambda a: core(AWAY_REASONS.get(a.reason, a.reason))),
            ],
            self,
        )
        self.away_view = table_view(self.tr("Afwezig"), self.away_model)
        self.away_remove = named(QPushButton(self.tr("Afmelding intrekken")), self.tr("Afmelding intrekken"))
        row = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Van")),
            self.away_from,
            QLabel(self.tr("tot en met")),
            self.away_to,
            self.reason,
            self.away_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.away_view)
        below = QHBoxLayout()
        below.addWidget(self.away_remove)
        below.addStretch(1)
        layout.addLayout(below)
        self.away_button.clicked.connect(self._add_away)
        self.away_remove.clicked.connect(self._remove_away)
        return box

    # --- reading -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        circle_id = self.choose.currentData()
        choices = circles.coordinator_choices(self.database)
        rows = {row.id: row for row in circles.list_circles(self.database)}
        current = rows.get(circle_id)
        for index, combo in enumerate(self.coordinators):
            combo.clear()
            combo.addItem(self.tr("(nog niemand)"), None)
            for volunteer_id, name in choices:
                combo.addItem(name, volunteer_id)
            chosen = current.coordinator_ids[index] if current else None
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        self.volunteer.clear()
        for volunteer_id, name in choices:
            self.volunteer.addItem(name, volunteer_id)
        self.name.setText(current.name if current else "")
        self.active.setChecked(current.active if current else True)
        self._refresh_members()

    def _refresh_members(self, select_member: int | None = None) -> None:
        circle_id = self.choose.currentData()
        today = now_local().date()
        self.model.set_rows(circles.members(self.database, circle_id) if circle_id else [])
        self.away_model.set_rows(circles.away_periods(self.database, circle_id, today) if circle_id else [])
        if select_member is not None:
            for row_number in range(self.model.rowCount()):
                if self.model.row_at(self.model.index(row_number, 0)).id == select_member:
                    self.view.selectRow(row_number)

    def clear(self) -> None:
        self.model.set_rows([])
        self.away_model.set_rows([])
        for widget in (self.name, self.participant_name, self.participant_phone):
            widget.clear()
        for combo in (*self.coordinators, self.volunteer):
            combo.clear()
        self.consent.setChecked(False)

    # --- writing -------------------------------------------------------------------------------------------------

    def _chosen_coordinators(self) -> tuple[int | None, int | None]:
        return self.coordinators[0].currentData(), self.coordinators[1].currentData()

    def _save_circle(self) -> None:
        circle_id = self.choose.currentData()
        if not circle_id:
            self._new_circle()
            return
        ok, _ = attempt(
            self,
            lambda: circles.update_circle(
                self.database, circle_id, self.name.text(), self._chosen_coordinators(), self.active.isChecked()
            ),
        )
        if ok:
            self.circles_changed.emit(circle_id)

    def _new_circle(self) -> None:
        ok, circle_id = attempt(
            self, lambda: circles.create_circle(self.database, self.name.text(), self._chosen_coordinators())
        )
        if ok:
            self.circles_changed.emit(circle_id)

    def _move(self, step: int) -> None:
        member = selected_row(self.view, self.model)
        if member and attempt(self, lambda: circles.move_member(self.database, member.id, step))[0]:
            self._refresh_members(select_member=member.id)

    def _remove(self) -> None:
        member = selected_row(self.view, self.model)
        if member and attempt(self, lambda: circles.remove_member(self.database, member.id))[0]:
            self._refresh_members()

    def _add_participant(self) -> None:
        circle_id = self.choose.currentData()
        if not circle_id:
            return
        name, phone, consent = self.participant_name.text(), self.participant_phone.text(), self.consent.isChecked()
        ok, member_id = attempt(
            self,
            lambda: circles.add_participant(
                self.database,
                circle_id,
                name,
                phone,
                consent_given=consent,
                consent_by=self.actor(),
                actor=self.actor(),
            ),
        )
        if ok:
            self.participant_name.clear()
            self.participant_phone.clear()
            self.consent.setChecked(False)
            self._refresh_members(select_member=member_id)

    def _add_volunteer(self) -> None:
        circle_id, volunteer_id = self.choose.currentData(), self.volunteer.currentData()
        if circle_id and volunteer_id:
            ok, member_id = attempt(self, lambda: circles.add_volunteer_member(self.database, circle_id, volunteer_id))
            if ok:
                self._refresh_members(select_member=member_id)

    def _add_away(self) -> None:
        member = selected_row(self.view, self.model)
        if member is None:
            return
        start, end = from_qdate(self.away_from.date()), from_qdate(self.away_to.date())
        reason = self.reason.currentData()
        if attempt(self, lambda: circles.add_away(self.database, member.id, start, end, reason))[0]:
            self._refresh_members(select_member=member.id)

    def _remove_away(self) -> None:
        away = selected_row(self.away_view, self.away_model)
        if away and attempt(self, lambda: circles.remove_away(self.database, away.id))[0]:
            self._refresh_members()
