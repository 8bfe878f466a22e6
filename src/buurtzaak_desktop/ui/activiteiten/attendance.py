"""Typing in a session's attendance from the signed sheet, entirely by keyboard.

Type a few letters of a name and press Enter: the first match is ticked and the search field is ready for the
next name. Arrow keys and Space tick in the list. A walk-in who gives a name is typed in the "Nieuwe inloper" field
(Enter adds and ticks them; known participants with a similar name are offered first); anonymous walk-ins are a
number. Ctrl+S saves; "Niet doorgegaan" needs a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.activiteiten.names import matches, search_key
from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.services.activiteiten.participants import ParticipantInput
from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.ui.activiteiten.checklist import CheckListModel
from buurtzaak_desktop.ui.activiteiten.walk_in import choose_walk_in
from buurtzaak_desktop.ui.activiteiten.widgets import button
from buurtzaak_desktop.ui.dates import format_date
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, ROOSTER, operations


class NameFilter(QSortFilterProxyModel):
    """Accent-insensitive: 'zoe' shows 'Zoë'."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query.strip():
            return True
        name = self.sourceModel().index(source_row, 0, source_parent).data(Qt.ItemDataRole.AccessibleTextRole)
        return matches(self._query, search_key(str(name)))


class AttendanceDialog(QDialog):
    def __init__(self, service: SessionService, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.session_id = session_id
        info = service.info(session_id)
        self.setWindowTitle(self.tr("Aanwezigheid invoeren"))
        self.setAccessibleName(self.tr("Aanwezigheid invoeren"))
        heading = QLabel(f"{info.activity} — {format_date(info.day)} {info.start_time:%H:%M}", self)
        heading.setProperty("role", "heading")

        self.model = CheckListModel(self)
        self.proxy = NameFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Zoek naam"))
        self.search.setPlaceholderText(self.tr("Typ een naam en druk op Enter om aan te vinken"))
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.returnPressed.connect(self.tick_first_match)
        self.search.installEventFilter(self)
        self.names = QListView(self)
        self.names.setAccessibleName(self.tr("Deelnemers"))
        self.names.setModel(self.proxy)
        self.names.installEventFilter(self)

        self.walk_in = QLineEdit(self)
        self.walk_in.setAccessibleName(self.tr("Nieuwe inloper"))
        self.walk_in.setPlaceholderText(self.tr("Naam van een nieuwe inloper, Enter voegt toe"))
        self.walk_in.returnPressed.connect(self.add_walk_in)
        self.anonymous = QSpinBox(self)
        self.anonymous.setAccessibleName(self.tr("Anonieme inlopers"))
        self.anonymous.setRange(0, 999)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reden niet doorgegaan"))
        self.reason.setPlaceholderText(self.tr("Alleen als de bijeenkomst niet doorging"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.count = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("&Nieuwe inloper"), self.walk_in)
        form.addRow(self.tr("&Anonieme inlopers"), self.anonymous)
        form.addRow(self.tr("&Reden niet doorgegaan"), self.reason)
        for field in (self.walk_in, self.anonymous, self.reason):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.save_button = button(self.tr("&Opslaan"), self, self.save)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        cancel_button = button(self.tr("Niet &doorgegaan"), self, self.cancel_session)
        close_button = button(self.tr("Sluiten"), self, self.reject)
        for widget in (cancel_button, close_button):
            widget.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(cancel_button)
        buttons.addWidget(close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.names, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.model.dataChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.resize(520, 640)
        self.anonymous.setValue(self._anonymous_now())
        self.reload()
        self.search.setFocus()

    def _anonymous_now(self) -> int:
        info = self.service.info(self.session_id)
        return info.present - sum(1 for r in self.service.sheet(self.session_id) if r.present)

    def reload(self, keep: set[int] | None = None) -> None:
        """Read the names again; ``keep`` are the ticks typed so far (not yet saved) that stay ticked."""
        self.model.set_rows(self.service.sheet(self.session_id))
        if keep is not None:
            self.model.set_present(keep)

    def _update_count(self, *args: object) -> None:
        self.count.setText(self.tr("{count} aangevinkt").format(count=len(self.model.present_ids())))

    def tick_first_match(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        source = self.proxy.mapToSource(self.proxy.index(0, 0))
        self.model.toggle(source.row())
        self.search.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down and self.proxy.rowCount():
                self.names.setFocus()
                self.names.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if watched is self.names and key == Qt.Key.Key_Space:
                current = self.names.currentIndex()
                if current.isValid():
                    self.model.toggle(self.proxy.mapToSource(current).row())
                return True
        return super().eventFilter(watched, event)

    def add_walk_in(self) -> None:
        name = self.walk_in.text().strip()
        if not name:
            return
        known = self.service.similar_participants(name)
        existing = None
        if known:  # a walk-in who comes back is the same person: offer the known names first
            choice = choose_walk_in(self, name, known)
            if choice is None:
                self.walk_in.setFocus()
                return
            existing = choice or None
        participant = operations().run(
            self,
            lambda: self.service.add_walk_in(
                self.session_id, ParticipantInput(name), now_local().date(), existing_id=existing
            ),
            {ACTIVITEITEN},
            inline=self.message,
        )
        if participant is None:
            return
        self.reload(keep=set(self.model.present_ids()) | {participant})
        self.walk_in.clear()
        if existing is None:
            self.message.setText(self.tr("{name} is toegevoegd als inloper.").format(name=name))
        else:
            known_name = next(p.name for p in known if p.id == existing)
            self.message.setText(self.tr("{name} is aangevinkt.").format(name=known_name))

    def save(self) -> None:
        present, anonymous = self.model.present_ids(), self.anonymous.value()
        if operations().ok(
            self,
            lambda: self.service.save_attendance(self.session_id, present, anonymous),
            {ACTIVITEITEN},
            self.tr("Aanwezigheid opgeslagen: {count} aanwezig").format(count=len(present) + anonymous),
            inline=self.message,
        ):
            self.accept()

    def cancel_session(self) -> None:
        reason = self.reason.text()
        if operations().ok(
            self,
            lambda: self.service.cancel(self.session_id, reason),
            {ACTIVITEITEN, ROOSTER},  # the session's room comes free
            self.tr("Bijeenkomst afgelast"),
            inline=self.message,
        ):
            self.accept()
        else:
            self.reason.setFocus()
