"""A notice above a page's main view: what the user should know after an action, without a box to click away.

A modal box after every booking with a warning ("geen BHV'er…") cost the desk an extra key and hid the grid the user
was about to look at; the notice stays readable beside the result until it is closed or the next action starts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#notice { background: #fff4ce; border: 1px solid #c8a600; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        self.close_button.setToolTip(self.tr("Melding sluiten"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_lines(self, heading: str, lines: list[str]) -> None:
        if not lines:
            self.clear()
            return
        self.label.setText("\n".join([heading + ":", *lines]))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(self.label.text())
        self.show()

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.hide()
