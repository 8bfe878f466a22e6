"""Instellingen rooster: the hygiene strike period, the share one group may hold of a room, and the rates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.domain.rooster.rules import STRIKES_FOR_SUSPENSION
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.rooster.settings import (
    MAX_STRIKE_PERIOD_DAYS,
    RoosterSettings,
    read_rooster_settings,
    save_rooster_settings,
)
from buurtzaak_desktop.ui.i18n import error_text


def _euros(parent: QWidget, name: str, cents: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setAccessibleName(name)
    box.setPrefix("€ ")
    box.setDecimals(2)
    box.setRange(0, 1000)
    box.setSingleStep(0.5)
    box.setValue(cents / 100)
    return box


class RoosterSettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Instellingen rooster"))
        self.setMinimumWidth(440)
        current = read_rooster_settings(context.database)
        self.period = QSpinBox(self)
        self.period.setAccessibleName(self.tr("Periode hygiënemeldingen (dagen)"))
        self.period.setRange(1, MAX_STRIKE_PERIOD_DAYS)
        self.period.setSuffix(self.tr(" dagen"))
        self.period.setValue(current.strike_period_days)
        self.share = QSpinBox(self)
        self.share.setAccessibleName(self.tr("Grootste aandeel van één groep"))
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(current.group_share_percent)
        self.non_commercial = _euros(self, self.tr("Tarief niet-commercieel per uur"), current.non_commercial_cents)
        self.commercial = _euros(self, self.tr("Tarief commercieel per uur"), current.commercial_cents)
        form = QFormLayout()
        form.addRow(self.tr("&Hygiënemeldingen tellen over"), self.period)
        form.addRow(self.tr("&Eén groep hoogstens"), self.share)
        form.addRow(self.tr("&Niet-commercieel, per uur"), self.non_commercial)
        form.addRow(self.tr("&Commercieel, per uur"), self.commercial)
        note = QLabel(self.tr(
            "Bij de {count}e hygiënemelding binnen deze periode wordt een groep een maand geschorst. Heeft één groep "
            "in een week meer dan dit deel van de openingstijd van een ruimte, dan waarschuwt het rooster. Een "
            "ruimte met een eigen tarief houdt dat tarief.").format(count=STRIKES_FOR_SUSPENSION), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def settings(self) -> RoosterSettings:
        return RoosterSettings(
            strike_period_days=self.period.value(),
            group_share_percent=self.share.value(),
            non_commercial_cents=round(self.non_commercial.value() * 100),
            commercial_cents=round(self.commercial.value() * 100),
        )

    def accept(self) -> None:
        try:
            save_rooster_settings(self.context.database, self.settings())
        except BuurtzaakError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        super().accept()
