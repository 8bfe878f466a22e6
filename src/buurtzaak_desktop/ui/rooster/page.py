"""Rooster: the room planning. For now the rooms and their capacity."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout

from buurtzaak_desktop.db.models import Room
from buurtzaak_desktop.services.rooms import list_rooms
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class RoosterPage(TabPage):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        heading = QLabel(self.tr("Ruimtes"))
        heading.setProperty("role", "heading")
        self.model: RowTableModel[Room] = RowTableModel(
            [
                Column(self.tr("Ruimte"), lambda room: room.name),
                Column(self.tr("Capaciteit"), lambda room: room.capacity, align_right=True),
                Column(
                    self.tr("Rolstoeltoegankelijk"),
                    lambda room: self.tr("ja") if room.wheelchair_accessible else self.tr("nee"),
                ),
                Column(self.tr("Bijzonderheden"), lambda room: room.notes),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ruimtes"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.model.set_rows(list_rooms(self.context.database))
        self.table.resizeColumnsToContents()
