"""Tasks that run each time the app opens a database: retention clean-ups, rolling local back-ups.

Areas add a module to ``STARTUP_TASKS`` with ``run(context: AppContext) -> list[str]``, returning Dutch sentences
for the user (e.g. "3 afgesloten trajecten zijn geanonimiseerd."); a module that does not exist yet is skipped.
A task that fails is logged and does not stop the app.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging

from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.services.context import AppContext

log = logging.getLogger(__name__)

STARTUP_TASKS = (
    "buurtzaak_desktop.backup.startup",
    "buurtzaak_desktop.services.spreekuur.startup",
    "buurtzaak_desktop.services.vrijwilligers.startup",
)


def run_startup_tasks(context: AppContext) -> list[str]:
    messages: list[str] = []
    for name in STARTUP_TASKS:
        try:
            if importlib.util.find_spec(name) is None:
                continue
        except ModuleNotFoundError:
            continue
        try:
            messages.extend(importlib.import_module(name).run(context))
        except BuurtzaakError as error:
            log.warning("start-up task %s refused: %s", name, type(error).__name__)
            messages.append(error.message)
    return messages
