"""Maandoverzicht regiegroep: choose a month, save the pack as PDF (and xlsx), then open it to print or send."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
)

from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.regiegroep.pack import MonthPack, write_month_pack
from buurtzaak_desktop.ui.operations import LongOperation, operations


class MonthPackDialog(QDialog):
    def __init__(self, context: AppContext, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Maandoverzicht regiegroep"))
        today = today or clock.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setCalendarPopup(True)
        self.month.setAccessibleName(self.tr("Maand"))
        self.with_xlsx = QCheckBox(self.tr("Ook de cijfers als Excel-bestand"), self)
        self.with_xlsx.setAccessibleName(self.with_xlsx.text())
        self.open_after = QCheckBox(self.tr("Openen na het opslaan"), self)
        self.open_after.setChecked(True)
        self.open_after.setAccessibleName(self.open_after.text())
        form = QFormLayout()
        form.addRow(self.tr("Maand"), self.month)
        form.addRow("", self.with_xlsx)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Opslaan als pdf…"), QDialogButtonBox.ButtonRole.AcceptRole)
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.written: list[Path] = []

    def chosen_month(self) -> date:
        chosen = self.month.date()
        return date(chosen.year(), chosen.month(), 1)

    def accept(self) -> None:
        month = self.chosen_month()
        suggested = str(Path.home() / f"regiegroep-{month:%Y-%m}.pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Maandoverzicht opslaan"), suggested, self.tr("PDF-bestanden (*.pdf)")
        )
        if name:
            self.save(Path(name))

    def save(self, pdf: Path) -> LongOperation[MonthPack]:
        """Write the pack on a worker thread (a month of every tab's figures takes a few seconds); the dialog closes
        when it is written, and stays open after a refusal."""
        pdf = pdf.with_suffix(".pdf")
        xlsx = pdf.with_suffix(".xlsx") if self.with_xlsx.isChecked() else None
        database, month = self.context.database, self.chosen_month()

        def written(_pack: MonthPack) -> None:
            self.written = [pdf] + ([xlsx] if xlsx else [])
            if self.open_after.isChecked():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
            super(MonthPackDialog, self).accept()

        return operations().run_long(
            self,
            lambda _progress: write_month_pack(database, month, pdf, xlsx),
            self.tr("Maandoverzicht wordt gemaakt…"),
            done=self.tr("Maandoverzicht opgeslagen: {file}").format(file=pdf),
            on_success=written,
        )
