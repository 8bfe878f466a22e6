"""Typing in the rooster grid jumps to a booking, as typing in a list does: the first letters of a word of its
title or group ('verg' finds 'Vergadering regiegroep', accents do not matter). Typed quickly the letters add up;
after a pause they start again, from the booking after the selected one, so repeating the letters goes on to the
next match. The grid's own keys (arrows, Enter, Delete) are untouched."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.domain.activiteiten.names import matches, search_key
from buurtzaak_desktop.ui.rooster.grid import RoosterGrid

COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class TitleJump(QObject):
    def __init__(self, grid: RoosterGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.typed = ""
        self.since = QElapsedTimer()
        grid.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            typing = text.isprintable() and (text.strip() or self.typed)  # a space only inside the letters
            if text and typing and not event.modifiers() & COMMAND_KEYS:
                self.jump(text)
                return True
        return super().eventFilter(watched, event)

    def jump(self, text: str) -> None:
        """Add ``text`` to the letters typed (or start again after a pause) and select the next booking they find."""
        again = not self.since.isValid() or self.since.elapsed() > QApplication.keyboardInputInterval()
        self.since.start()
        self.typed = text if again else self.typed + text
        rooms = {room.id: index for index, room in enumerate(self.grid.view.rooms)}
        ordered = sorted(self.grid.view.bookings, key=lambda b: (b.day, rooms.get(b.room_id, 0), b.start))
        ids = [booking.id for booking in ordered]
        first = ids.index(self.grid.selected) + (1 if again else 0) if self.grid.selected in ids else 0
        for booking in ordered[first:] + ordered[:first]:
            if matches(self.typed, search_key(f"{booking.title} {booking.group_name}")):
                self.grid.select(booking.id)
                return
