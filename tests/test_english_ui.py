"""With --lang en the window holds no Dutch: every tab and sub-tab, every view mode, read the way a user sees it.

The window is started on the small demo; the test visits each tab, each sub-tab and each rooster view (day, week,
list), selects the first row of each table (details panels fill in), and reads every visible text: labels, buttons,
group boxes, tab texts, combo items, line edits, spin boxes, table headers and the first rows' cells, the menus, the
window title, the status bar, and what custom widgets paint (the rooster grid, the begroting chart). Names of
people, rooms, activities, budget lines and the like are the centre's data and stay Dutch: the columns, combo boxes
and painted strings that hold them are left out by name below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QPicture
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from buurtzaak_desktop.services.demo import generate_demo
from buurtzaak_desktop.ui.i18n import install_translations
from buurtzaak_desktop.ui.main_window import MainWindow

_DUTCH = (
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober "
    "gepland geannuleerd gehouden geboekt uitgevallen ruimte ruimtes zoeken boeking boekingen vrijwilliger "
    "vrijwilligers deelnemer deelnemers aanwezig afwezig vandaag morgen gisteren opslaan annuleren nieuw nieuwe "
    "bewerken wijzigen verwijderen totaal begroting actief gestopt gearchiveerd pauze ochtend middag avond maand "
    "maanden jaar jaren dag dagen datum tijd uur uren gesloten geopend wachtlijst aangemeld afgemeld ingeschreven "
    "ja nee bedrag omschrijving nog nooit sinds meer minder het een niet geen naar voor zijn wordt kies "
    "wekelijks tweewekelijks maandelijks driemaandelijks eenmalig nederlands engels arabisch frans turks pools "
    "buren familie zelf binnengelopen aangevuld ingediend toegekend afgewezen afgerond betaald openstaand "
    "verlopen geldig ongeldig dienst diensten gewerkt correctie overige inkomsten uitgaven saldo"
)
# Months that English spells the same are Dutch only in lower case ("3 december 2026"; English: "3 December 2026").
_SAME_IN_ENGLISH = "april september november december"
_SHORT_DAYS = "ma di wo do vr za zo"
DUTCH = re.compile(
    rf"\b(?:(?i:{'|'.join(_DUTCH.split())})|{'|'.join(_SAME_IN_ENGLISH.split())}"
    # "do 3 december", "di-ochtend", or a cell that is only the short day: not the English verb "do"
    rf"|(?:{'|'.join(_SHORT_DAYS.split())})(?=[ -]\d|-[a-z]|$))\b"
)

# Columns (by their English header) whose cells are the centre's data: names, rooms, titles, descriptions.
DATA_COLUMNS = {
    "Name",
    "Activity",
    "Room",
    "Leader",
    "Description",
    "Group",
    "Title",
    "Applicant",
    "Organisation",
    "Resident",
    "Helped by",
    "Scheduled",
    "Line",
    "Signed off by",
    "Training",
    "Role",
    "Roles",
    "Contact person",
    "Address",
    "Note",
    "What",  # an agreement of a plan van aanpak, as typed in the spreekuur
}
# Combo boxes (by accessible name) that list the centre's data, or languages by their own names ("Nederlands").
DATA_COMBOS = {"Organisation", "Language"}


@dataclass(frozen=True)
class Seen:
    where: str
    text: str
    mixed: bool = False  # labels and data word by word: what a widget of ours paints, or an accessible description

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def dutch_words(text: str) -> list[str]:
    return DUTCH.findall(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


def painted_texts(widget: QWidget) -> list[str]:
    """The strings a custom widget draws: rendered into a QPicture, whose stream stores each drawn text as a
    length-prefixed UTF-16 string."""
    picture = QPicture()
    widget.render(picture)
    data = bytes(picture.data())
    found = []
    for start in range(len(data) - 4):
        length = int.from_bytes(data[start : start + 4], "big")
        if not (2 <= length <= 4000 and length % 2 == 0 and start + 4 + length <= len(data)):
            continue
        try:
            text = data[start + 4 : start + 4 + length].decode("utf-16-be")
        except UnicodeDecodeError:
            continue
        if text.isprintable() and any(c.isascii() and c.isalnum() for c in text):
            found.append(text)
    return found


def _model_texts(view: QAbstractItemView, where: str, rows: int = 8) -> list[Seen]:
    model = view.model()
    if model is None:
        return []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model's columnCount is private in PySide6
        columns = 1
    seen = []
    is_table = isinstance(view, QTableView)
    for column in range(columns):
        header = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if is_table else ""
        if header:
            seen.append(Seen(f"{where} header", header))
        if header in DATA_COLUMNS or (not is_table and view.accessibleName() in DATA_COMBOS):
            continue
        for row in range(min(rows, model.rowCount(root))):
            value = model.index(row, column, root).data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                seen.append(Seen(f"{where} [{row},{header or column}]", str(value)))
    return seen


def _own_paint(widget: QWidget) -> bool:
    """A widget of ours that paints itself (its text is in no label or model)."""
    return any(
        "paintEvent" in vars(kind) and kind.__module__.startswith("buurtzaak_desktop") for kind in type(widget).__mro__
    )


def visible_texts(root: QWidget, where: str) -> list[Seen]:
    seen: list[Seen] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        here = f"{where} {type(widget).__name__} {name!r}"
        texts: list[str] = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            if widget.accessibleName() not in DATA_COMBOS:
                texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
            texts.append(widget.specialValueText())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            seen += _model_texts(widget, here)
        if _own_paint(widget):
            fonts = {widget.font().family(), "Sans Serif", *QFontDatabase.families()}
            words = " ".join(text for text in painted_texts(widget) if text not in fonts).split()
            seen.append(Seen(here + " painted", " ".join(words), mixed=True))
        texts += [widget.toolTip(), widget.accessibleName()]  # the name is what a screen reader says
        # a description (the chart's figures for a screen reader) mixes labels and data like a painting does
        seen.append(Seen(here + " description", widget.accessibleDescription(), mixed=True))
        seen += [Seen(here, text) for text in texts if text]
    return seen


def window_texts(window: QMainWindow) -> list[Seen]:
    seen = [Seen("window title", window.windowTitle())]
    for menu_action in window.menuBar().actions():
        seen.append(Seen("menu", menu_action.text()))
        menu = menu_action.menu()
        if menu is not None:
            seen += [Seen(f"menu {menu_action.text()}", a.text()) for a in menu.actions() if not a.isSeparator()]
    seen += visible_texts(window.statusBar(), "status bar")
    return seen


def _select_first_rows(page: QWidget) -> None:
    for table in page.findChildren(QTableView):
        if table.isVisible() and table.model() is not None and table.model().rowCount(QModelIndex()):
            table.selectRow(0)


# Free-text columns: what the centre typed (names, titles, descriptions, reasons, budget categories, languages).
# Status words, kinds, frequencies and other codes are not here: the window must translate those.
DATA_FIELDS = {
    "name", "title", "description", "applicant", "group_name", "decision_reason", "leader", "contact",
    "contact_person", "address", "bhv_name", "helped_by", "on_duty", "location", "note", "notes", "reason",
    "cancel_reason", "signed_by", "staff_function", "target_group", "topic", "category", "languages", "phone",
    "email", "question", "need", "receipt", "actor", "emergency_contact",
}  # fmt: skip


def data_strings(database) -> set[str]:
    """Every value the demo holds in a free-text column (a list like 'nederlands, turks' also by its parts)."""
    import sqlalchemy as sa
    from sqlmodel import SQLModel

    values: set[str] = set()
    with database.reading() as session:
        for table in SQLModel.metadata.sorted_tables:
            for column in table.columns:
                if column.name in DATA_FIELDS:
                    for value in session.execute(sa.select(column).distinct()).scalars():
                        if isinstance(value, str) and value.strip():
                            values |= {value.strip(), *(part.strip() for part in value.split(","))}
    return values


def visit(qtbot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every tab, every sub-tab and view (Spreekuur locked and open; Rooster day, week, list), the first booking
    and the first row of each table chosen: yields where it is and the page."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.current_page()
        tab = window.tabs.tabText(index)
        states: list[tuple[str, Callable[[], object] | None]] = [("", None)]
        if hasattr(page, "unlock") and page.is_locked:  # Spreekuur: the locked view, then the open one
            states = [("locked", None), ("open", page.unlock)]
        if hasattr(page, "mode"):  # Rooster: day, week and list
            states = [(page.mode.itemText(m), partial(page.set_mode, m)) for m in range(page.mode.count())]
        for state, enter in states:
            if enter is not None:
                enter()
            sub_tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
            for tabs in sub_tabs:
                for sub in range(tabs.count()) if tabs is not None else [0]:
                    if tabs is not None:
                        tabs.setCurrentIndex(sub)
                    qtbot.wait(1)
                    where = f"{tab}{'/' + state if state else ''}{'/' + tabs.tabText(sub) if tabs else ''}"
                    if hasattr(page, "grid") and page.view.bookings:  # the details panel of a booking
                        page.grid.select(page.view.bookings[0].id)
                    yield where, page
                    _select_first_rows(page)
                    qtbot.wait(1)
                    yield where + " (row chosen)", page


def english_window_texts(qtbot, window: MainWindow) -> list[Seen]:
    seen = window_texts(window) + [Seen("tab", window.tabs.tabText(i)) for i in range(window.tabs.count())]
    for where, page in visit(qtbot, window):
        seen += visible_texts(page, where)
    return seen


def dialog_texts(dialog: QWidget, where: str) -> list[Seen]:
    seen = [Seen(f"{where} title", dialog.windowTitle())]
    if isinstance(dialog, QMessageBox):
        seen += [Seen(f"{where} text", dialog.text()), Seen(f"{where} more", dialog.informativeText())]
    return seen + visible_texts(dialog, where)


def texts_of_dialogs(qtbot, window: MainWindow, triggers: list[tuple[str, Callable[[], object]]]) -> list[Seen]:
    """Starts each action; every dialog or message it opens (one after the other, nested too) is read and then
    closed unanswered (Escape), so nothing is saved."""
    seen: list[Seen] = []
    where = [""]

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            seen.extend(dialog_texts(dialog, f"{where[0]} → {type(dialog).__name__}"))
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    closer = QTimer()
    closer.setInterval(30)
    closer.timeout.connect(close_modal)
    closer.start()
    try:
        for name, trigger in triggers:
            where[0] = name
            trigger()
            qtbot.wait(40)
            close_modal()  # a dialog opened with open() instead of exec()
    finally:
        closer.stop()
    return seen


def dutch_in(seen: list[Seen], data: set[str]) -> list[str]:
    """The texts with a Dutch word once the centre's data is taken out: a value of one word only when it is the
    whole text (a cell, an item) or a word of a painting or description, a longer one wherever it stands (a name
    in a warning, a title in a details panel)."""
    longer = sorted((value for value in data if " " in value), key=len, reverse=True)
    single = {value for value in data if " " not in value}
    found = set()
    for s in seen:
        text = s.text.strip()
        if not dutch_words(text) or text in data:
            continue
        for value in longer:
            if value in text:
                text = text.replace(value, " ")
        if s.mixed:  # labels and data word by word: leave out the data's words too
            text = " ".join(word for word in re.split(r"[\s:;,]+", text) if word not in single)
        words = dutch_words(text)
        if words:
            found.add(f"{s} -> {', '.join(sorted(set(words)))}")
    return sorted(found)


def test_the_word_list_finds_dutch_dates_and_not_english() -> None:
    assert dutch_words("week 49: ma 30 november 2026 – zo 6 december 2026") == ["ma", "november", "zo", "december"]
    assert dutch_words("di-ochtend") == ["di", "ochtend"]
    assert dutch_words("&Opslaan") == ["Opslaan"]
    assert dutch_words("What do you want to do? Mon 30 November 2026, Sun 6 December") == []


def test_the_english_window_holds_no_dutch(qtbot, qsettings_isolated, qapp, context) -> None:
    generate_demo(context.database)
    install_translations(qapp, "en")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        seen = english_window_texts(qtbot, window)
        assert len(seen) > 500  # the visit reached every tab
        found = dutch_in(seen, data_strings(context.database))
        assert not found, f"{len(found)} Dutch texts in the English window:\n" + "\n".join(found)
    finally:
        install_translations(qapp, "nl")


def test_a_message_names_its_day_in_the_window_language(qapp) -> None:
    """The core's Dutch message keeps its Dutch day; the English window's message says the day in English."""
    from datetime import date, time

    import pytest

    from buurtzaak_desktop.domain.errors import BuurtzaakError
    from buurtzaak_desktop.services.rooster.calendar import OpeningException, check_exception
    from buurtzaak_desktop.ui.i18n import error_text

    with pytest.raises(BuurtzaakError) as refused:
        check_exception(OpeningException(date(2026, 12, 3), True, time(18), time(9)))
    assert refused.value.message == "Op do 3 december 2026 ligt de sluitingstijd 09:00 niet na de openingstijd 18:00."
    assert error_text(refused.value) == refused.value.message  # the Dutch window
    install_translations(qapp, "en")
    try:
        shown = error_text(refused.value)
    finally:
        install_translations(qapp, "nl")
    assert "Thu 3 December 2026" in shown and not dutch_words(shown), shown


# Buttons that leave the window (files, printers, the backup's folder): their dialogs are Qt's own, in Qt's English.
LEAVES_THE_APP = ("Import", "Export", "Print", "File…", "Attendance list…", "Regiegroep month pack")


def test_the_english_dialogs_hold_no_dutch(qtbot, qsettings_isolated, qapp, context) -> None:
    """Every button that opens a dialog ("…"), on every tab and sub-tab with its first row chosen, and the menu's
    dialogs: each dialog and message is read, then closed unanswered."""
    generate_demo(context.database)
    install_translations(qapp, "en")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        triggers: list[tuple[str, Callable[[], object]]] = [
            ("Settings", window.settings_action.trigger),
            ("Restore", window.restore_action.trigger),
        ]
        seen = texts_of_dialogs(qtbot, window, triggers)
        clicked: set[str] = set()
        for where, page in visit(qtbot, window):
            if not where.endswith("(row chosen)"):
                continue  # "Edit…" and the like want a chosen row
            buttons = [
                b
                for b in page.findChildren(QPushButton)
                if b.isVisible() and b.isEnabled() and b.text().endswith("…")
                and not any(word in b.text().replace("&", "") for word in LEAVES_THE_APP)
                and f"{type(page).__name__} {b.text()}" not in clicked
            ]  # fmt: skip
            for b in buttons:
                clicked.add(f"{type(page).__name__} {b.text()}")
            seen += texts_of_dialogs(qtbot, window, [(f"{where} {b.text()!r}", b.click) for b in buttons])
        assert len(clicked) > 30  # the visit reached the dialogs of every tab
        found = dutch_in(seen, data_strings(context.database))
        assert not found, f"{len(found)} Dutch texts in the English dialogs:\n" + "\n".join(found)
    finally:
        install_translations(qapp, "nl")


def test_a_message_names_its_month_in_the_window_language(qapp, context) -> None:
    from datetime import date

    import pytest

    from buurtzaak_desktop.domain.errors import BuurtzaakError
    from buurtzaak_desktop.services.begroting.kas import close_month
    from buurtzaak_desktop.ui.i18n import error_text

    with pytest.raises(BuurtzaakError) as refused:
        close_month(context.database, date(2026, 12, 1), "Fatima", signed_on=date(2026, 12, 3))
    assert refused.value.message == "december 2026 is nog niet voorbij en kan nog niet worden afgesloten."
    install_translations(qapp, "en")
    try:
        assert error_text(refused.value) == "December 2026 is not over yet and cannot be closed yet."
    finally:
        install_translations(qapp, "nl")


def test_the_backup_summary_and_a_suspension_list_speak_the_window_language(qapp) -> None:
    from datetime import date, datetime, time

    from buurtzaak_desktop.backup.summary import describe
    from buurtzaak_desktop.backup.verify import Contents
    from buurtzaak_desktop.services.rooster.hygiene import SuspendedBooking
    from buurtzaak_desktop.ui.backup.actions import summary
    from buurtzaak_desktop.ui.rooster.strike_dialog import booking_line

    contents = Contents(frozenset(), {"room": 4, "booking": 12, "volunteer": 3})
    made = datetime(2026, 12, 3, 9, 30)
    booking = SuspendedBooking(1, date(2026, 12, 3), time(10), time(11), "Keuken", "Koken")
    dutch = "gemaakt op 03-12-2026 09:30; ruimtes: 4, boekingen: 12, vrijwilligers: 3"
    assert summary(contents, made) == describe(contents, made) == dutch  # the command line says the same
    assert booking_line(booking) == booking.describe() == "do 3 december 2026 10:00–11:00, Keuken: Koken"
    install_translations(qapp, "en")
    try:
        english = [summary(contents, made), booking_line(booking)]
    finally:
        install_translations(qapp, "nl")
    assert english == [
        "made on 03-12-2026 09:30; rooms: 4, bookings: 12, volunteers: 3",
        "Thu 3 December 2026 10:00–11:00, Keuken: Koken",
    ]


def test_a_list_of_sessions_in_a_message_speaks_the_window_language(qapp) -> None:
    from datetime import date, time

    from buurtzaak_desktop.db.models.activiteiten import Activity, ActivitySession
    from buurtzaak_desktop.domain.errors import RuleViolation
    from buurtzaak_desktop.services.rooster.session_link import describe
    from buurtzaak_desktop.ui.i18n import error_text

    yoga = Activity(name="Yoga")
    days = [date(2026, 12, 7) + (date(2026, 12, 14) - date(2026, 12, 7)) * week for week in range(7)]
    found = [(ActivitySession(day=day, start_time=time(10), end_time=time(11)), yoga) for day in days]
    refused = RuleViolation("Deze boeking hoort bij de activiteit {sessions}.", sessions=describe(found))
    assert refused.message.startswith("Deze boeking hoort bij de activiteit Yoga op ma 7 december 2026, Yoga op ma 14")
    assert refused.message.endswith("Yoga op ma 4 januari 2027, en 2 meer.")
    install_translations(qapp, "en")
    try:
        shown = error_text(refused)
    finally:
        install_translations(qapp, "nl")
    assert shown.endswith("Yoga on Mon 4 January 2027, and 2 more."), shown


def test_a_shift_in_a_message_names_its_weekday_in_the_window_language(qapp) -> None:
    from datetime import time

    from buurtzaak_desktop.db.models.vrijwilligers import VolunteerShift
    from buurtzaak_desktop.domain.errors import RuleViolation
    from buurtzaak_desktop.services.vrijwilligers.shifts import _label
    from buurtzaak_desktop.ui.i18n import error_text

    shift = VolunteerShift(role_id=1, weekday=0, start=time(9), end=time(13))
    refused = RuleViolation("{name} staat al op de dienst {shift}.", name="Henk", shift=_label(shift, "receptie"))
    assert refused.message == "Henk staat al op de dienst receptie maandag 09:00–13:00."
    install_translations(qapp, "en")
    try:
        shown = error_text(refused)
    finally:
        install_translations(qapp, "nl")
    assert "receptie Monday 09:00–13:00" in shown and not dutch_words(shown.replace("receptie", "")), shown


def test_the_dutch_window_keeps_its_dutch_words(qtbot, qsettings_isolated, qapp, context) -> None:
    """The labels are translated, not replaced: the Dutch window shows the stored Dutch words and Dutch dates."""
    generate_demo(context.database)
    install_translations(qapp, "nl")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    texts = {s.text for s in english_window_texts(qtbot, window)}
    assert "week 49: ma 30 november 2026 – zo 6 december 2026" in texts
    assert {"actief", "wekelijks", "buren of familie", "vrijwilliger", "ma 30-11", "maandag", "januari"} <= texts
    assert any(text.startswith("ma-") and "ochtend" in text for text in texts)
