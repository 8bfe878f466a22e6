"""The attendance dialog's labels lead to their fields: Alt with the underlined letter moves there."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel

from buurtzaak_desktop.services.activiteiten.sessions import SessionService
from buurtzaak_desktop.ui.activiteiten.attendance import AttendanceDialog


def test_each_label_has_its_field_as_buddy(qtbot, database, yoga) -> None:
    session = next(s.session_id for s in SessionService(database).week(date(2026, 11, 23)) if s.activity == "Yoga")
    dialog = AttendanceDialog(SessionService(database), session)
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    buddies = {}
    for field in (dialog.walk_in, dialog.anonymous, dialog.reason):
        label = form.labelForField(field)
        assert isinstance(label, QLabel)
        buddies[label.text()] = label.buddy()
    assert buddies == {
        "&Nieuwe inloper": dialog.walk_in,
        "&Anonieme inlopers": dialog.anonymous,
        "&Reden niet doorgegaan": dialog.reason,
    }
