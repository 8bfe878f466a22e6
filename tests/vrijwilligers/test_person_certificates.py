"""One volunteer's certificates: renew (Enter), remove (Delete, after asking), add; the dialog from the list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from buurtzaak_desktop.domain.errors import InputError, NotFound
from buurtzaak_desktop.domain.vrijwilligers.certificates import CertificateState, suggested_expiry
from buurtzaak_desktop.services.vrijwilligers.certificates import (
    add_certificate,
    certificates_of,
    expiring_certificates,
    remove_certificate,
    renew_certificate,
)
from buurtzaak_desktop.ui.vrijwilligers.certificates_panel import CertificateDialog
from buurtzaak_desktop.ui.vrijwilligers.page import VrijwilligersPage
from buurtzaak_desktop.ui.vrijwilligers.person_certificates import PersonCertificatesDialog, RenewDialog
from tests.helpers import unnamed_widgets

from .conftest import TODAY


def test_suggested_expiry_from_the_usual_validity() -> None:
    assert suggested_expiry(date(2026, 11, 25), 3) == date(2029, 11, 25)
    assert suggested_expiry(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert suggested_expiry(date(2026, 11, 25), None) is None


def test_renewing_takes_the_person_off_the_expired_list(vdb, add_volunteer) -> None:
    person = add_volunteer("Kofi Mensah")
    cert = add_certificate(vdb, person, "EHBO", TODAY - timedelta(days=3))
    assert [row.volunteer_name for row in expiring_certificates(vdb, TODAY)] == ["Kofi Mensah"]
    renew_certificate(vdb, cert, TODAY + timedelta(days=730))
    assert expiring_certificates(vdb, TODAY) == []
    (row,) = certificates_of(vdb, person, TODAY)
    assert (row.valid_until, row.state) == (TODAY + timedelta(days=730), CertificateState.VALID)


def test_renewing_refuses_a_date_before_issue_and_a_removed_certificate(vdb, add_volunteer) -> None:
    person = add_volunteer("Ana Silva")
    cert = add_certificate(vdb, person, "VOG", TODAY + timedelta(days=10), obtained_on=TODAY - timedelta(days=1000))
    with pytest.raises(InputError):
        renew_certificate(vdb, cert, TODAY - timedelta(days=1001))
    remove_certificate(vdb, cert)
    with pytest.raises(NotFound):
        renew_certificate(vdb, cert, TODAY + timedelta(days=100))


@pytest.fixture
def person_dialog(qtbot, qsettings_isolated, context, vdb, add_volunteer):
    person = add_volunteer("Kofi Mensah")
    add_certificate(vdb, person, "VOG", TODAY - timedelta(days=5))
    add_certificate(vdb, person, "BHV", TODAY + timedelta(days=30))
    add_certificate(vdb, person, "Hygiëne", None)
    dialog = PersonCertificatesDialog(context, TODAY, person, "Kofi Mensah")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cells(dialog: PersonCertificatesDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [
        tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_table_shows_type_expiry_and_status_and_is_named(person_dialog, qtmodeltester) -> None:
    assert _cells(person_dialog) == [
        ("BHV", f"{TODAY + timedelta(days=30):%d-%m-%Y}", "verloopt binnen 60 dagen"),
        ("Hygiëne", "verloopt niet", "geldig"),
        ("VOG", f"{TODAY - timedelta(days=5):%d-%m-%Y}", "verlopen"),
    ]
    qtmodeltester.check(person_dialog.model)
    assert unnamed_widgets(person_dialog) == []
    assert person_dialog.accessibleName() == "Certificaten van Kofi Mensah"
    assert person_dialog.table.accessibleName() == "Certificaten"
    names = {button.accessibleName() for button in (person_dialog.add_button, person_dialog.renew_button)}
    assert names == {"Toevoegen", "Vernieuwen"} and person_dialog.remove_button.accessibleName() == "Verwijderen"


def test_enter_renews_with_the_usual_validity_suggested(person_dialog, qtbot, vdb) -> None:
    person_dialog.table.setFocus()
    person_dialog.table.selectRow(2)  # the expired VOG
    seen: list[object] = []

    def look_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RenewDialog)
        assert unnamed_widgets(dialog) == []
        seen.append(dialog.value())
        dialog.accept()

    QTimer.singleShot(0, look_and_save)
    qtbot.keyClick(person_dialog.table, Qt.Key.Key_Return)
    assert seen == [date(2029, 11, 25)]  # a VOG: 3 years from today
    assert [row.certificate for row in expiring_certificates(vdb, TODAY)] == ["BHV"]  # the VOG is off the list
    assert person_dialog.changed
    assert _cells(person_dialog)[2] == ("VOG", "25-11-2029", "geldig")


def test_delete_asks_first_and_removes_only_after_yes(person_dialog, qtbot, vdb, monkeypatch) -> None:
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def ask(_parent, _title, text, *rest):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", ask)
    person_dialog.table.setFocus()
    person_dialog.table.selectRow(0)  # BHV
    qtbot.keyClick(person_dialog.table, Qt.Key.Key_Delete)
    assert questions == [f"BHV (geldig tot {TODAY + timedelta(days=30):%d-%m-%Y}) van Kofi Mensah verwijderen?"]
    assert person_dialog.model.rowCount() == 3 and not person_dialog.changed
    qtbot.keyClick(person_dialog.table, Qt.Key.Key_Delete)
    assert len(questions) == 2
    assert [row[0] for row in _cells(person_dialog)] == ["Hygiëne", "VOG"]
    assert [row.certificate for row in certificates_of(vdb, person_dialog.volunteer_id, TODAY)] == ["Hygiëne", "VOG"]
    assert person_dialog.changed


def test_add_for_this_person_with_the_type_suggesting_the_expiry(person_dialog, qtbot) -> None:
    def choose_ehbo() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CertificateDialog)
        assert dialog.volunteer.currentText() == "Kofi Mensah" and not dialog.volunteer.isEnabled()
        dialog.kind.setCurrentText("EHBO")
        dialog.accept()

    QTimer.singleShot(0, choose_ehbo)
    person_dialog.add_button.click()
    assert ("EHBO", "25-11-2028", "geldig") in _cells(person_dialog)


def test_the_list_opens_the_dialog_for_the_selected_person_and_the_expiry_list_follows(
    qtbot, qsettings_isolated, context, vdb, add_volunteer, monkeypatch
) -> None:
    person = add_volunteer("Naïma El Amrani")
    add_certificate(vdb, person, "EHBO", TODAY - timedelta(days=1))
    page = VrijwilligersPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    assert page.certificates.model.rowCount() == 1
    assert page.volunteers.certificates_button.accessibleName() == "Certificaten"
    page.volunteers.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    seen: list[str] = []

    def remove_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonCertificatesDialog)
        seen.append(dialog.windowTitle())
        assert unnamed_widgets(dialog) == []
        dialog.remove_selected()
        dialog.reject()

    QTimer.singleShot(0, remove_and_close)
    page.volunteers.certificates_button.click()
    assert seen == ["Certificaten van Naïma El Amrani"]
    assert page.certificates.model.rowCount() == 0


def test_enter_on_the_expiry_list_opens_that_persons_certificates_and_renewing_empties_it(
    qtbot, qsettings_isolated, context, vdb, add_volunteer
) -> None:
    add_volunteer("Ana Silva")
    person = add_volunteer("Kofi Mensah")
    add_certificate(vdb, person, "BHV", TODAY - timedelta(days=2))
    page = VrijwilligersPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.windowHandle().requestActivate()  # keys go to the focused table only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.refresh()
    panel = page.certificates
    panel.table.setFocus()
    panel.table.selectRow(0)
    seen: list[str] = []

    def renew_in_dialog(dialog: PersonCertificatesDialog) -> None:
        seen.append(dialog.windowTitle())
        QTimer.singleShot(0, lambda: _accept_renewal(seen))
        dialog.renew_selected()
        dialog.reject()

    QTimer.singleShot(0, lambda: renew_in_dialog(QApplication.activeModalWidget()))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert seen == ["Certificaten van Kofi Mensah", "BHV van Kofi Mensah"]
    assert panel.model.rowCount() == 0
    assert expiring_certificates(vdb, TODAY) == []


def _accept_renewal(seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RenewDialog)
    seen.append(dialog.findChildren(QLabel)[0].text())
    dialog.accept()


def test_the_first_certificate_that_needs_attention_is_chosen(qtbot, qsettings_isolated, context, vdb, add_volunteer):
    person = add_volunteer("Ana Silva")
    add_certificate(vdb, person, "BHV", TODAY + timedelta(days=300))
    add_certificate(vdb, person, "VOG", TODAY - timedelta(days=1))
    dialog = PersonCertificatesDialog(context, TODAY, person, "Ana Silva")
    qtbot.addWidget(dialog)
    selected = dialog.selected()
    assert selected is not None and selected.certificate == "VOG"
