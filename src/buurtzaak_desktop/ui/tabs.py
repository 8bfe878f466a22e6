"""The five tabs, in their order. Each tab is a package under ui/ with a TabPage subclass in page.py.

Pages are imported and built when their tab is first shown, so that start-up does not pay for every tab: each
loader below is a plain ``import`` inside a function, so that readers and tools see the edge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP  # typed str (PySide6's gives object)
from buurtzaak_desktop.ui.page import TabPage


def _rooster() -> type[TabPage]:
    from buurtzaak_desktop.ui.rooster.page import RoosterPage

    return RoosterPage


def _vrijwilligers() -> type[TabPage]:
    from buurtzaak_desktop.ui.vrijwilligers.page import VrijwilligersPage

    return VrijwilligersPage


def _spreekuur() -> type[TabPage]:
    from buurtzaak_desktop.ui.spreekuur.page import SpreekuurPage

    return SpreekuurPage


def _activiteiten() -> type[TabPage]:
    from buurtzaak_desktop.ui.activiteiten.page import ActiviteitenPage

    return ActiviteitenPage


def _begroting() -> type[TabPage]:
    from buurtzaak_desktop.ui.begroting.page import BegrotingPage

    return BegrotingPage


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    load_page_class: Callable[[], type[TabPage]]


def _title(text: object) -> Callable[[], str]:  # QT_TRANSLATE_NOOP is typed as giving an object
    return lambda: QCoreApplication.translate("MainWindow", str(text))


TABS = (
    TabSpec("rooster", _title(QT_TRANSLATE_NOOP("MainWindow", "Rooster")), _rooster),
    TabSpec("vrijwilligers", _title(QT_TRANSLATE_NOOP("MainWindow", "Vrijwilligers")), _vrijwilligers),
    TabSpec("spreekuur", _title(QT_TRANSLATE_NOOP("MainWindow", "Spreekuur")), _spreekuur),
    TabSpec("activiteiten", _title(QT_TRANSLATE_NOOP("MainWindow", "Activiteiten")), _activiteiten),
    TabSpec("begroting", _title(QT_TRANSLATE_NOOP("MainWindow", "Begroting")), _begroting),
)
