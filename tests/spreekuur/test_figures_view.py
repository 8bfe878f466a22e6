"""The Cijfers view: the labels get the width (none cut off), hours are written as the Vrijwilligers tab does."""

from __future__ import annotations

from buurtzaak_desktop.ui.spreekuur.figures_view import FiguresView


def test_labels_are_readable_and_hours_are_hours_and_minutes(qtbot, database) -> None:
    view = FiguresView(database)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    header = view.table.horizontalHeader()
    labels = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    widest = max(view.table.fontMetrics().horizontalAdvance(label) for label in labels)
    assert header.sectionSize(0) > widest > header.sectionSize(1)
    values = {label: view.model.index(row, 1).data() for row, label in enumerate(labels)}
    assert values["Uren"] == "0:00"
