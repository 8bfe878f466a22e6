"""Activiteiten: the programme, participants, the week's sessions and presentielijsten, figures, follow-up."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from buurtzaak_desktop.ui.activiteiten.figures import FiguresView, FollowUpView
from buurtzaak_desktop.ui.activiteiten.people import PeopleView
from buurtzaak_desktop.ui.activiteiten.programme import ProgrammeView
from buurtzaak_desktop.ui.activiteiten.week import WeekView
from buurtzaak_desktop.ui.operations import ACTIVITEITEN, ROOSTER, VRIJWILLIGERS
from buurtzaak_desktop.ui.page import TabPage


class ActiviteitenPage(TabPage):
    areas = frozenset({ACTIVITEITEN, ROOSTER, VRIJWILLIGERS})  # sessions sit in rooms; leaders are volunteers

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.programme = ProgrammeView(context, self)
        self.people = PeopleView(context, self)
        self.week = WeekView(context, self)
        self.figures = FiguresView(context, self)
        self.follow_up = FollowUpView(context, self)
        self.sections = QTabWidget(self)
        self.sections.setAccessibleName(self.tr("Onderdelen van Activiteiten"))
        self.sections.addTab(self.week, self.tr("Week en aanwezigheid"))
        self.sections.addTab(self.programme, self.tr("Programma"))
        self.sections.addTab(self.people, self.tr("Deelnemers"))
        self.sections.addTab(self.figures, self.tr("Cijfers"))
        self.sections.addTab(self.follow_up, self.tr("Nabellen"))
        self.sections.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)

    def refresh(self) -> None:
        """Only the visible section reads the database: the figures of ten years need not load with the week."""
        current = self.sections.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None:
            refresh()

    def focus_main(self) -> None:
        """Ctrl+4: the cursor in the section shown (in the week: on today's first session)."""
        focus = getattr(self.sections.currentWidget(), "focus_main", None)
        if focus is not None:
            focus()

    def print_current(self) -> bool:
        """Bestand > Afdrukken: the presentielijsten of the week shown in the week section."""
        self.sections.setCurrentWidget(self.week)
        return self.week.print_lists()
