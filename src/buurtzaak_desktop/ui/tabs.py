"""The five tabs, in their order. Each tab is a package under ui/ with a TabPage subclass in page.py.

Pages are imported and built when their tab is first shown, so that start-up does not pay for every tab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP  # typed str (PySide6's gives object)
from buurtzaak_desktop.ui.page import TabPage


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    page_class: str  # in buurtzaak_desktop.ui.<key>.page

    def load_page_class(self) -> type[TabPage]:
        module = importlib.import_module(f"buurtzaak_desktop.ui.{self.key}.page")
        return getattr(module, self.page_class)


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("MainWindow", text)


TABS = (
    TabSpec("rooster", _title(QT_TRANSLATE_NOOP("MainWindow", "Rooster")), "RoosterPage"),
    TabSpec("vrijwilligers", _title(QT_TRANSLATE_NOOP("MainWindow", "Vrijwilligers")), "VrijwilligersPage"),
    TabSpec("spreekuur", _title(QT_TRANSLATE_NOOP("MainWindow", "Spreekuur")), "SpreekuurPage"),
    TabSpec("activiteiten", _title(QT_TRANSLATE_NOOP("MainWindow", "Activiteiten")), "ActiviteitenPage"),
    TabSpec("begroting", _title(QT_TRANSLATE_NOOP("MainWindow", "Begroting")), "BegrotingPage"),
)
