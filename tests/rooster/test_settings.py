"""Instellingen rooster: the dialog saves the strike period, the group share and the rates, and the rules use them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.services.rooster.hygiene import record_strike
from buurtzaak_desktop.services.rooster.settings import RoosterSettings, read_rooster_settings, save_rooster_settings
from buurtzaak_desktop.services.settings import SettingsService
from buurtzaak_desktop.ui.rooster.settings_dialog import RoosterSettingsDialog


def test_dialog_shows_the_defaults_and_saves_what_the_rules_then_use(
    qtbot, qsettings_isolated, context, rooms, booker
) -> None:
    dialog = RoosterSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert (dialog.period.value(), dialog.share.value(), dialog.non_commercial.value(), dialog.commercial.value()) == (
        365,
        40,
        5.0,
        15.0,
    )
    # 4 hours of 65 open hours in the week: 6%, no warning under the default 40%
    assert booker("Aula", "10:00", "14:00", group_name="Schaakclub").warnings == []
    dialog.period.setValue(30)
    dialog.share.setValue(5)
    dialog.non_commercial.setValue(6.5)
    dialog.accept()
    assert dialog.result() == 1
    assert read_rooster_settings(context.database) == RoosterSettings(30, 5, 650, 1500)
    assert SettingsService(context.database).get("room_rate_cents")["free"] == 0  # the other rate stays
    warnings = booker("Aula", "15:00", "16:00", group_name="Schaakclub").warnings
    assert len(warnings) == 1 and "meer dan 5%" in warnings[0].message
    # five strikes over 60 days: with a period of 30 days no suspension
    for number in range(5):
        day = date(2026, 10, 1) + timedelta(days=15 * number)
        assert record_strike(context.database, "Kookgroep", day, rooms["Keuken"], "") is None


def test_a_bad_value_saves_nothing(database) -> None:
    before = read_rooster_settings(database)
    with pytest.raises(InputError):
        save_rooster_settings(database, RoosterSettings(0, 50, 500, 1500))
    with pytest.raises(InputError):
        save_rooster_settings(database, RoosterSettings(100, 50, -1, 1500))
    assert read_rooster_settings(database) == before


def test_page_button_opens_the_settings(qtbot, qsettings_isolated, context, rooms, monkeypatch) -> None:
    from buurtzaak_desktop.ui.rooster.page import RoosterPage

    opened: list[int] = []
    monkeypatch.setattr(RoosterSettingsDialog, "exec", lambda dialog: opened.append(dialog.share.value()) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    page = RoosterPage(context)
    qtbot.addWidget(page)
    page.settings_button.click()
    assert opened == [40]
