"""Every visible text has its English, the compiled .qm files match the .ts files, and Qt speaks Dutch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from buurtzaak_desktop.ui.i18n import install_translations

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "translations.py"


def test_every_source_text_has_an_english_translation() -> None:
    result = subprocess.run([sys.executable, str(TOOL), "check"], capture_output=True, text=True)
    assert result.returncode == 0, f"texts without English (run tools/translations.py update):\n{result.stdout}"
    result = subprocess.run([sys.executable, str(TOOL), "missing"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"run tools/translations.py release ({ts.name})"
        )


def test_qt_own_dialog_texts_follow_the_language(qapp) -> None:
    install_translations(qapp, "nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    install_translations(qapp, "en")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QCoreApplication.translate("MainWindow", "Rooster") == "Schedule"
    finally:
        install_translations(qapp, "nl")
