"""The five tabs, in their order. Each tab is a package under ui/ with a TabPage subclass."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from buurtzaak_desktop.ui.activiteiten.page import ActiviteitenPage
from buurtzaak_desktop.ui.begroting.page import BegrotingPage
from buurtzaak_desktop.ui.page import TabPage
from buurtzaak_desktop.ui.rooster.page import RoosterPage
from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage
from buurtzaak_desktop.ui.vrijwilligers.page import VrijwilligersPage


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    page: type[TabPage]


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("MainWindow", text)


TABS = (
    TabSpec("rooster", _title(QT_TRANSLATE_NOOP("MainWindow", "Rooster")), RoosterPage),
    TabSpec("vrijwilligers", _title(QT_TRANSLATE_NOOP("MainWindow", "Vrijwilligers")), VrijwilligersPage),
    TabSpec("spreekuur", _title(QT_TRANSLATE_NOOP("MainWindow", "Spreekuur")), SpreekuurPage),
    TabSpec("activiteiten", _title(QT_TRANSLATE_NOOP("MainWindow", "Activiteiten")), ActiviteitenPage),
    TabSpec("begroting", _title(QT_TRANSLATE_NOOP("MainWindow", "Begroting")), BegrotingPage),
)
