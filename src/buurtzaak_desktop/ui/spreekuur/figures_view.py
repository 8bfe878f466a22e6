"""Anonymous figures for a year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTableView, QVBoxLayout, QWidget

from buurtzaak_desktop.domain.dates import now_local
from buurtzaak_desktop.domain.spreekuur.flows import REFERRAL_LABELS
from buurtzaak_desktop.services.spreekuur.figures import year_figures
from buurtzaak_desktop.ui.spreekuur.common import named
from buurtzaak_desktop.ui.table_model import Column, RowTableModel


class FiguresView(QWidget):
    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.year = named(QSpinBox(), self.tr("Jaar"))
        self.year.setRange(2000, 2100)
        self.year.setValue(now_local().year)
        self.model: RowTableModel = RowTableModel(
            [Column(self.tr("Cijfer"), lambda r: r[0]), Column(self.tr("Aantal"), lambda r: r[1], align_right=True)],
            self,
        )
        self.table = named(QTableView(), self.tr("Cijfers"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jaar")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.year.valueChanged.connect(self.refresh)

    def refresh(self) -> None:
        f = year_figures(self.database, self.year.value())
        core = lambda text: QCoreApplication.translate("core", text)  # noqa: E731
        rows: list[tuple[str, object]] = [
            (self.tr("Bezoeken"), f.visits),
            (self.tr("Unieke bewoners"), f.unique_residents),
            (self.tr("Nieuwe bewoners"), f.new_residents),
            (self.tr("Anonieme bezoeken"), f.anonymous_visits),
            (self.tr("Nieuwe anonieme bezoekers"), f.new_anonymous),
            (self.tr("Uren"), round(f.minutes / 60, 1)),
            (self.tr("Trajecten gestart"), f.trajecten_opened),
            (self.tr("Trajecten afgesloten"), f.trajecten_closed),
        ]
        rows += [
            (self.tr("Afspraken gepland"), f.appointments_planned),
            (self.tr("Afspraken gehouden"), f.appointments_held),
            (self.tr("Afspraken niet verschenen"), f.appointments_not_shown),
        ]
        rows += [(self.tr("Thema: {theme}").format(theme=core(k)), v) for k, v in f.per_theme.items()]
        rows += [(self.tr("Maand {month}").format(month=k), v) for k, v in f.per_month.items()]
        rows += [
            (
                self.tr("Afspraken {month}: gepland / gehouden / niet verschenen").format(month=k),
                " / ".join(str(n) for n in v),
            )
            for k, v in f.appointments_per_month.items()
        ]
        rows += [
            (self.tr("Doorverwijzing {partner}: {status}").format(partner=p, status=core(REFERRAL_LABELS[s])), v)
            for (p, s), v in f.per_partner.items()
        ]
        self.model.set_rows(rows)
