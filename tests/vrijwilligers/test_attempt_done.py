"""A service call that gives nothing back: True when it went through, False (and the refusal shown) when not."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from buurtzaak_desktop.domain.errors import InputError
from buurtzaak_desktop.ui.vrijwilligers.common import Messages, attempt_done


def test_attempt_done_says_whether_the_call_went_through(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    calls: list[str] = []
    assert attempt_done(parent, lambda: calls.append("saved")) is True
    assert calls == ["saved"]

    def refused() -> None:
        raise InputError("Het uurtarief is geen bedrag.")

    Messages.last = None
    assert attempt_done(parent, refused) is False
    assert Messages.last is not None and Messages.last.text() == "Het uurtarief is geen bedrag."
    Messages.last.close()
