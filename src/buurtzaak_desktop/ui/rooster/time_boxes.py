"""Pieces the Rooster page, its panels and its dialogs share, light to import: the page is built before the booking
dialog's services (bookings, BHV certificates, activities) are needed, which load when a dialog first opens."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QComboBox, QWidget

from buurtzaak_desktop.ui.operations import ACTIVITEITEN, BEGROTING, ROOSTER

# a booking can hold activity sessions and brings in room rent
BOOKING_AREAS = frozenset({ROOSTER, ACTIVITEITEN, BEGROTING})

TIMES = [time(hour, minute) for hour in range(6, 24) for minute in (0, 15, 30, 45)]


def time_box(parent: QWidget, label: str) -> QComboBox:
    """A choice of times in 15-minute steps; typing '19:3' jumps to 19:30."""
    box = QComboBox(parent)
    box.setAccessibleName(label)
    box.addItems([moment.strftime("%H:%M") for moment in TIMES])
    return box


def chosen_time(box: QComboBox) -> time:
    return time.fromisoformat(box.currentText())


def select_time(box: QComboBox, moment: time) -> None:
    text = moment.strftime("%H:%M")
    if box.findText(text) < 0:  # a time that is not on the quarter (e.g. imported): keep it selectable
        box.addItem(text)
    box.setCurrentIndex(box.findText(text))
