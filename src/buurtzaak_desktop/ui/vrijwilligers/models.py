"""A row model that can also colour a row (a gap in a shift, an expired certificate)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from buurtzaak_desktop.ui.table_model import Column, Index, Row, RowTableModel

WARNING = QColor("#fde2e1")
NOTICE = QColor("#fff4d6")


class MarkedTableModel(RowTableModel[Row]):
    """``mark(row)`` returns None, 'warning' (red) or 'notice' (amber) for the row's background."""

    def __init__(self, columns: Sequence[Column[Row]], mark: Callable[[Row], str | None], parent=None) -> None:
        super().__init__(columns, parent)
        self._mark = mark

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            mark = self._mark(self.row_at(index))
            if mark:
                return QBrush(WARNING if mark == "warning" else NOTICE)
            return None
        return super().data(index, role)
