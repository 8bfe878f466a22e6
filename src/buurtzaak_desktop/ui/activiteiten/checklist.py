"""The names of one session with a tick box each: the model behind the keyboard attendance screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from buurtzaak_desktop.services.activiteiten.sessions import SheetRow

Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """One row per name; the check state says present. Walk-ins are marked '(inloper)'."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SheetRow] = []
        self._present: set[int] = set()

    def set_rows(self, rows: list[SheetRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._present = {r.participant_id for r in rows if r.present}
        self.endResetModel()

    def set_present(self, ids: set[int]) -> None:
        self._present = set(ids)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )

    def present_ids(self) -> list[int]:
        return sorted(self._present)

    def participant_at(self, row: int) -> int:
        return self._rows[row].participant_id

    def toggle(self, row: int) -> None:
        index = self.index(row, 0)
        now = self.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.setData(index, Qt.CheckState.Unchecked if now else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} (inloper)" if row.walk_in else row.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.participant_id in self._present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        participant = self._rows[index.row()].participant_id
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        if checked:
            self._present.add(participant)
        else:
            self._present.discard(participant)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
