"""The questions the rooster asks before it changes a booking of a series, or cancels one, and how to print."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from buurtzaak_desktop.domain.rooster.enums import Scope
from buurtzaak_desktop.ui.dates import format_date


def ask_scope(parent: QWidget, cancelling: bool) -> Scope | None:
    """Which occurrences of a series (this, following or all); None when the user cancels."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    if cancelling:
        box.setWindowTitle(translate("RoosterQuestions", "Boeking annuleren"))
        box.setText(translate("RoosterQuestions", "Deze boeking hoort bij een reeks. Welke wilt u annuleren?"))
        back = translate("RoosterQuestions", "Niet doen")
    else:
        box.setWindowTitle(translate("RoosterQuestions", "Reeks wijzigen"))
        box.setText(translate("RoosterQuestions", "Deze boeking hoort bij een reeks. Welke wilt u wijzigen?"))
        back = translate("RoosterQuestions", "Annuleren")
    choices: dict[QAbstractButton, Scope] = {}
    for scope, text in (
        (Scope.THIS, translate("RoosterQuestions", "Alleen deze")),
        (Scope.FOLLOWING, translate("RoosterQuestions", "Deze en volgende")),
        (Scope.ALL, translate("RoosterQuestions", "De hele reeks")),
    ):
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(text)
        choices[button] = scope
    cancel = box.addButton(back, QMessageBox.ButtonRole.RejectRole)
    cancel.setAccessibleName(back)
    box.setEscapeButton(cancel)
    box.setDefaultButton(_scope_default(box, cancel, cancelling))
    box.exec()
    return choices.get(box.clickedButton())


def _scope_default(box: QMessageBox, cancel: QPushButton, cancelling: bool) -> QPushButton:
    """Changing: Enter takes "Alleen deze", the first choice (the booking dialog that follows can still be
    cancelled). Cancelling: Enter takes "Niet doen", so that no occurrence is cancelled by a quick Enter."""
    first = box.buttons()[0]
    return first if not cancelling and isinstance(first, QPushButton) else cancel


def confirm_cancel(parent: QWidget, title: str) -> bool:
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        parent,
        translate("RoosterQuestions", "Boeking annuleren"),
        translate("RoosterQuestions", "De boeking '{title}' annuleren? Ze blijft zichtbaar in de geschiedenis.").format(
            title=title
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_lapse(parent: QWidget, lapsing: list[tuple[str, date]]) -> bool:
    """Cancelling a booking that holds activity sessions: ask, naming the activity and dates."""
    translate = QCoreApplication.translate
    one = translate("RoosterQuestions", "{activity} op {day}")
    sessions = ", ".join(one.format(activity=name, day=format_date(day)) for name, day in lapsing)
    answer = QMessageBox.question(
        parent,
        translate("RoosterQuestions", "Bijeenkomst vervalt"),
        translate(
            "RoosterQuestions",
            "Deze boeking hoort bij de activiteit {sessions}. Die bijeenkomst wordt dan 'niet doorgegaan'. Doorgaan?",
        ).format(sessions=sessions),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_print_target(parent: QWidget) -> str | None:
    """'print' (the print dialog), 'preview' (print preview) or 'pdf' (save as PDF); None when the user cancels."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RoosterQuestions", "Rooster afdrukken"))
    box.setText(translate("RoosterQuestions", "Het rooster zoals het nu getoond wordt afdrukken of als pdf opslaan?"))
    choices: dict[QPushButton, str] = {}
    for target, text in (
        ("print", translate("RoosterQuestions", "Afdrukken…")),
        ("preview", translate("RoosterQuestions", "Afdrukvoorbeeld…")),
        ("pdf", translate("RoosterQuestions", "Opslaan als pdf…")),
    ):
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(text.rstrip("…"))
        choices[button] = target
    back = translate("RoosterQuestions", "Annuleren")
    cancel = box.addButton(back, QMessageBox.ButtonRole.RejectRole)
    cancel.setAccessibleName(back)
    box.setDefaultButton(next(iter(choices)))
    box.exec()
    clicked = box.clickedButton()  # typed QAbstractButton; addButton made QPushButtons
    return choices.get(clicked) if isinstance(clicked, QPushButton) else None


def ask_book_rest(parent: QWidget, clashes: list[tuple[date, Any]], total: int) -> bool:
    """A new series clashes on some dates: list every one (with what is booked there) and offer to book the rest.
    ``clashes`` holds (date, the clash's RuleViolation with its start, end and title)."""
    translate = QCoreApplication.translate
    line = translate("RoosterQuestions", "{day}: al geboekt {start}–{end} voor '{title}'")
    dates = "\n".join(
        line.format(
            day=format_date(day),
            start=clash.params.get("start", ""),
            end=clash.params.get("end", ""),
            title=clash.params.get("title", ""),
        )
        for day, clash in clashes
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RoosterQuestions", "Reeks botst"))
    box.setText(
        translate("RoosterQuestions", "De ruimte is op {count} van de {total} datums al geboekt:").format(
            count=len(clashes), total=total
        )
        + "\n\n"
        + dates
    )
    rest = total - len(clashes)
    book_text = translate("RoosterQuestions", "De overige {count} boeken").format(count=rest)
    book_rest = box.addButton(book_text, QMessageBox.ButtonRole.AcceptRole)
    book_rest.setAccessibleName(book_text)
    back = translate("RoosterQuestions", "Niet boeken")
    cancel = box.addButton(back, QMessageBox.ButtonRole.RejectRole)
    cancel.setAccessibleName(back)
    box.setDefaultButton(book_rest)
    box.exec()
    return box.clickedButton() is book_rest
