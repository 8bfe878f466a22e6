"""One way for the UI to write: run the service, say no in one place, tell every page what changed.

The pattern of Anki's ``CollectionOp``. A view never catches ``BuurtzaakError`` itself:

    booking = operations().run(self, lambda: create_booking(db, request), {ROOSTER}, done=lambda b: ...)

- a refusal (``BuurtzaakError``, or a file that cannot be read or written) is shown as one Dutch dialog and the call
  gives ``None`` (the service's own transaction left the database unchanged);
- on success ``changed(areas)`` is emitted once, app-wide, and the status bar names what happened;
- long work (month pack, import, export, restore, back-up) goes through ``run_long``: it runs on a worker thread
  while a progress dialog shows, with a cancel button only where the work says cancelling is safe.

Pages subscribe to ``changed`` (see ``ui/page.py``) and reload only when an area they show was touched.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from buurtzaak_desktop.domain.errors import BuurtzaakError, ChangedElsewhere
from buurtzaak_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)

T = TypeVar("T")

# The areas a write can touch; a page names the ones it shows.
ROOSTER = "rooster"
ACTIVITEITEN = "activiteiten"
BEGROTING = "begroting"
VRIJWILLIGERS = "vrijwilligers"
SPREEKUUR = "spreekuur"
SETTINGS = "instellingen"
ALL_AREAS = frozenset({ROOSTER, ACTIVITEITEN, BEGROTING, VRIJWILLIGERS, SPREEKUUR, SETTINGS})

Areas = frozenset[str]
Done = str | Callable[[T], str] | None  # the status-bar message, or how to make it from the result


class Cancelled(Exception):
    """Raised inside long work by ``Progress.step`` once the user pressed Annuleren."""


def refusal_text(error: BaseException) -> str | None:
    """What the user is told for an expected refusal; None for a bug (which goes to the error reporter)."""
    if isinstance(error, BuurtzaakError):
        return error_text(error)
    if isinstance(error, OSError):  # a file chosen by the user: full disk, no rights, locked by Excel
        reason = error.strerror or str(error)
        return QCoreApplication.translate(
            "operations", "Het bestand kon niet worden gelezen of geschreven: {reason}"
        ).format(reason=reason)
    return None


class Progress(QObject):
    """Handed to long work: ``step(done, total)`` moves the bar; it raises ``Cancelled`` after Annuleren."""

    stepped = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    def step(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled
        self.stepped.emit(done, total)


@dataclass
class _Outcome(Generic[T]):
    value: T | None = None
    error: BaseException | None = None
    traceback: object = field(default=None)


class _Worker(QThread):
    def __init__(self, work: Callable[[Progress], object], progress: Progress) -> None:
        super().__init__()
        self.work, self.progress = work, progress
        self.outcome: _Outcome[object] = _Outcome()

    def run(self) -> None:
        try:
            self.outcome.value = self.work(self.progress)
        except BaseException as error:  # handed to the window's thread, which decides what the user sees
            self.outcome.error = error
            self.outcome.traceback = sys.exc_info()[2]


class LongOperation(QObject, Generic[T]):
    """One piece of long work on its thread; ``finished`` fires on the window's thread when it is over."""

    finished = Signal()

    def __init__(
        self,
        owner: Operations,
        parent: QWidget | None,
        work: Callable[[Progress], T],
        label: str,
        areas: Areas,
        done: Done[T],
        on_success: Callable[[T], None] | None,
        cancellable: bool,
    ) -> None:
        super().__init__()
        self.owner, self.parent_widget, self.areas, self.done, self.on_success = owner, parent, areas, done, on_success
        self.succeeded = False
        self.result: T | None = None
        self.progress = Progress()
        self.dialog = QProgressDialog(label, QCoreApplication.translate("operations", "Annuleren"), 0, 0, parent)
        self.dialog.setAccessibleName(label)
        self.dialog.setWindowTitle(QCoreApplication.translate("operations", "Even geduld"))
        from PySide6.QtCore import Qt  # here: the Qt namespace makes its ~100 enums on first use (~15 ms at start-up)

        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no second write on the data meanwhile
        self.dialog.setMinimumDuration(300)  # quick work shows no dialog at all
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)  # stopping halfway would leave a half-made file or database
        self.dialog.canceled.connect(self._cancel)
        self.progress.stepped.connect(self._step)
        self.worker = _Worker(work, self.progress)
        self.worker.finished.connect(self._finish)

    def start(self) -> None:
        self.worker.start()

    @Slot()
    def _cancel(self) -> None:
        self.progress.cancelled = True
        self.dialog.setLabelText(QCoreApplication.translate("operations", "Wordt afgebroken…"))

    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    @Slot()
    def _finish(self) -> None:
        self.worker.wait()
        self.dialog.close()
        self.dialog.deleteLater()
        outcome = self.worker.outcome
        self.owner.running.remove(self)
        if isinstance(outcome.error, Cancelled):
            self.owner.say(QCoreApplication.translate("operations", "Afgebroken; er is niets gewijzigd."))
        elif outcome.error is not None:
            self.owner.refuse(self.parent_widget, outcome.error, outcome.traceback)
        else:
            value = cast(T, outcome.value)  # what the work returned
            self.succeeded, self.result = True, value
            self.owner.succeed(self.areas, self.done, value)
            if self.on_success is not None:
                self.on_success(value)
        self.finished.emit()


class Operations(QObject):
    """The one runner for writes from the UI. ``operations()`` gives the app's instance."""

    changed = Signal(object)  # frozenset[str]: the areas written
    message = Signal(str)  # for the status bar
    refused = Signal(str)  # the text of each refusal shown (the log keeps only its type)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_refusal: QMessageBox | None = None
        self.last_message = ""
        self.running: list[LongOperation[Any]] = []

    # --- short work, on the window's thread -------------------------------------------------------------------
    def run(
        self,
        parent: QWidget | None,
        action: Callable[[], T],
        areas: Iterable[str] = (),
        done: Done[T] = None,
        passing: tuple[type[BuurtzaakError], ...] = (),
        inline: QLabel | None = None,
    ) -> T | None:
        """Run ``action``; its result, or None after a refusal was shown (nothing written, nothing emitted).

        Errors of the ``passing`` types reach the caller: they are questions to ask (e.g. "sessions would lapse:
        cancel them too?"), not refusals. With ``inline``, a dialog shows the refusal in its own label and stays
        open for the correction, instead of a message box on top of it.
        """
        try:
            value = action()
        except passing:
            raise
        except ChangedElsewhere as error:
            self.reload_after(parent, error, areas)
            return None
        except (BuurtzaakError, OSError) as error:
            self.refuse(parent, error, inline=inline)
            return None
        self.succeed(frozenset(areas), done, value)
        return value

    def ok(
        self,
        parent: QWidget | None,
        action: Callable[[], object],
        areas: Iterable[str] = (),
        done: Done[None] = None,
        inline: QLabel | None = None,
    ) -> bool:
        """Like ``run``, for actions that give nothing back: True when it went through."""
        went_through = False

        def mark() -> None:
            nonlocal went_through
            action()
            went_through = True

        self.run(parent, mark, areas, done, inline=inline)
        return went_through

    # --- long work, on a worker thread ------------------------------------------------------------------------
    def run_long(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], T],
        label: str,
        areas: Iterable[str] = (),
        done: Done[T] = None,
        on_success: Callable[[T], None] | None = None,
        cancellable: bool = False,
    ) -> LongOperation[T]:
        """Start ``work`` on a worker thread; the window stays responsive and shows progress.

        ``work`` must not touch widgets. After it, on the window's thread: the refusal dialog, or ``changed``, the
        status-bar message and ``on_success(result)``.
        """
        operation = LongOperation(self, parent, work, label, frozenset(areas), done, on_success, cancellable)
        self.running.append(operation)
        operation.start()
        return operation

    def busy(self) -> bool:
        return bool(self.running)

    # --- the one place that answers ---------------------------------------------------------------------------
    def refuse(
        self, parent: QWidget | None, error: BaseException, traceback: object = None, inline: QLabel | None = None
    ) -> None:
        text = refusal_text(error)
        if text is None:  # a bug: the app's error reporter logs it and says so
            sys.excepthook(type(error), error, traceback)  # type: ignore[arg-type]
            return
        log.info("refused: %s", type(error).__name__)  # the type only: messages can hold names
        if inline is not None:
            inline.setText(text)
            self.refused.emit(text)
            return
        title = QCoreApplication.translate("operations", "Niet gelukt")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(title)
        self.last_refusal = box
        box.open()  # window-modal without a nested event loop: the app and tests carry on
        self.refused.emit(text)

    def reload_after(self, parent: QWidget | None, error: ChangedElsewhere, areas: Iterable[str]) -> None:
        """Another desk changed the row this edit was made on: a dialog holding the old copy closes, the pages
        reload what is true now, and the message says so (over the window, as the dialog is gone)."""
        if isinstance(parent, QDialog):
            owner = parent.parentWidget()
            parent.reject()
            parent = owner
        self.refuse(parent, error)
        self.announce(areas)

    def announce(self, areas: Iterable[str]) -> None:
        """Tell the pages what was written (``run`` does this itself; for a write whose view must settle first)."""
        self.changed.emit(frozenset(areas))

    def succeed(self, areas: Areas, done: Done[T], value: T) -> None:
        if areas:
            self.announce(areas)
        text = done(value) if callable(done) else done
        if text:
            self.say(text)

    def say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)


_instance: Operations | None = None


def operations() -> Operations:
    """The app's one runner (made on first use, owned by the QApplication)."""
    global _instance
    if _instance is None:
        _instance = Operations(QCoreApplication.instance())
    return _instance
