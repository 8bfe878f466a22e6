"""What the app hands to every tab: the data folder and its open database."""

from __future__ import annotations

from dataclasses import dataclass

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.settings import SettingsService


@dataclass
class AppContext:
    paths: DataPaths
    database: Database

    @property
    def settings(self) -> SettingsService:
        return SettingsService(self.database)
