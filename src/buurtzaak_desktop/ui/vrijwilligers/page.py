"""Vrijwilligers: a first page; its own issue fills it in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from buurtzaak_desktop.ui.page import TabPage


class VrijwilligersPage(TabPage):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        heading = QLabel(self.tr("Vrijwilligers"))
        heading.setProperty("role", "heading")
        text = QLabel(
            self.tr(
                "Hier komen de vrijwilligers: rollen, beschikbaarheid, trainingen, certificaten (VOG, BHV) en uren."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
