"""Vrijwilligers: the list with its filter bar and the certificates that need attention; shifts, hours, vergoeding,
trainings, POP-gesprekken and the roles and certificate types on their own sub-tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.ui.operations import VRIJWILLIGERS
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.vrijwilligers.certificates_panel import CertificatesPanel
from buurtzaak_desktop.ui.vrijwilligers.handgeld_panel import HandgeldPanel
from buurtzaak_desktop.ui.vrijwilligers.hours_panel import HoursPanel
from buurtzaak_desktop.ui.vrijwilligers.list_panel import VolunteerListPanel
from buurtzaak_desktop.ui.vrijwilligers.pop_panel import PopPanel
from buurtzaak_desktop.ui.vrijwilligers.reference_panel import ReferencePanel
from buurtzaak_desktop.ui.vrijwilligers.shifts_panel import ShiftsPanel
from buurtzaak_desktop.ui.vrijwilligers.training_panel import TrainingPanel


class VrijwilligersPage(TabPage):
    areas = frozenset({VRIJWILLIGERS})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        today = now_local().date()
        self.volunteers = VolunteerListPanel(context, today, self)
        self.certificates = CertificatesPanel(context, today, self)
        self.shifts = ShiftsPanel(context, today, self)
        self.hours = HoursPanel(context, today, self)
        self.training = TrainingPanel(context, today, self)
        self.pop = PopPanel(context, today, self)
        self.handgeld = HandgeldPanel(context, today, self)
        self.reference = ReferencePanel(context, self)
        self.volunteers.certificates_changed.connect(self.certificates.refresh)
        self.certificates.person_requested.connect(self.volunteers.open_certificates)
        overview = QSplitter(Qt.Orientation.Horizontal, self)
        overview.addWidget(self.volunteers)
        overview.addWidget(self.certificates)
        overview.setStretchFactor(0, 3)
        overview.setStretchFactor(1, 1)
        overview.setChildrenCollapsible(False)
        overview.setSizes([880, 400])
        self.sections = QTabWidget(self)
        self.sections.setAccessibleName(self.tr("Onderdelen"))
        for widget, title in (
            (overview, self.tr("&Lijst en certificaten")),
            (self.shifts, self.tr("Diensten van de &week")),
            (self.hours, self.tr("&Uren")),
            (self.handgeld, self.tr("Ver&goeding")),
            (self.training, self.tr("T&rainingen")),
            (self.pop, self.tr("&POP-gesprekken")),
            (self.reference, self.tr("R&ollen en certificaten")),
        ):
            self.sections.addTab(widget, title)
        self.sections.currentChanged.connect(lambda _index: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sections)

    def panels(self) -> list[QWidget]:
        return [
            self.volunteers,
            self.certificates,
            self.shifts,
            self.hours,
            self.handgeld,
            self.training,
            self.pop,
            self.reference,
        ]

    def refresh(self) -> None:
        self.volunteers.load_choices()
        self._refresh_current()

    def _refresh_current(self) -> None:
        """Only the visible sub-tab reads the database, each time it is shown (so it follows the others' changes)."""
        index = self.sections.currentIndex()
        targets: dict[int, list[Callable[[], None]]] = {0: [self.volunteers.refresh, self.certificates.refresh]}
        targets.update({1: [self.shifts.refresh], 2: [self.hours.refresh], 3: [self.handgeld.refresh]})
        targets.update({4: [self.training.refresh], 5: [self.pop.refresh], 6: [self.reference.refresh]})
        if index == 0:
            self.volunteers.load_choices()  # a role added on its own sub-tab is offered in the filter bar
        for refresh in targets[index]:
            refresh()

    def print_current(self) -> bool:
        """Bestand > Afdrukken: the week's shifts, or the presentielijst of the chosen training."""
        if self.sections.currentWidget() is self.shifts:
            self.shifts.print_week()
            return True
        if self.sections.currentWidget() is self.training:
            self.training.print_list()
            return True
        return False
