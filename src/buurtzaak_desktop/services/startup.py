"""Tasks that run each time the app opens a database: retention clean-ups, rolling local back-ups.

Each task is ``run(context: AppContext) -> list[str]``, returning Dutch sentences for the user (e.g. "3 afgesloten
trajecten zijn geanonimiseerd."). A task that is refused is logged and does not stop the app.
"""

from __future__ import annotations

import logging

from buurtzaak_desktop.backup import startup as backup_startup
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.spreekuur import startup as spreekuur_startup
from buurtzaak_desktop.services.vrijwilligers import startup as vrijwilligers_startup
from buurtzaak_desktop.services.welzijn import startup as welzijn_startup

log = logging.getLogger(__name__)

STARTUP_TASKS = (backup_startup, spreekuur_startup, vrijwilligers_startup, welzijn_startup)


def run_startup_tasks(context: AppContext) -> list[str]:
    messages: list[str] = []
    for task in STARTUP_TASKS:
        try:
            messages.extend(task.run(context))
        except BuurtzaakError as error:
            log.warning("start-up task %s refused: %s", task.__name__, type(error).__name__)
            messages.append(error.message)
    return messages
