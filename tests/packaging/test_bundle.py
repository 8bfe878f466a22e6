"""Build the one-folder bundle with PyInstaller and start it: --version, demo, check and the window (--smoke).

Slow (a build takes about half a minute on two cores): marked ``slow``; CI runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS = ROOT / "src" / "buurtzaak_desktop" / "db" / "migrations"
WINDOWS = sys.platform == "win32"
TAB_TITLES = ["Rooster", "Vrijwilligers", "Spreekuur", "Activiteiten", "Begroting"]
ENGLISH_TAB_TITLES = ["Schedule", "Volunteers", "Consultation hours", "Activities", "Budget"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle")
    build = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(folder / "dist")]
    result = subprocess.run(
        [*build, "--work", str(folder / "work")], capture_output=True, text=True, timeout=900, check=False
    )
    assert result.returncode == 0, result.stderr[-4000:]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert result.stdout.splitlines()[-1] == f"AppVersion={version}"
    return folder / "dist" / "buurtzaak"


def run(bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    program = bundle / ("buurtzaak-cli.exe" if WINDOWS else "buurtzaak")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(program), *args], capture_output=True, text=True, timeout=120, env=env, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def demo_folder(bundle: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    made = run(bundle, "--data-dir", str(folder), "demo")
    assert made.returncode == 0, made.stderr
    assert (folder / "buurtzaak.sqlite").is_file()
    return folder


def test_version_is_the_one_in_pyproject(bundle: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run(bundle, "--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"buurtzaak {version}")


def test_window_opens_the_five_tabs_in_dutch(bundle: Path, demo_folder: Path) -> None:
    result = run(bundle, "--data-dir", str(demo_folder), "--smoke")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:5] == TAB_TITLES
    assert lines[5] == "qm: qtbase_nl.qm"  # Qt's own Dutch (buttons, dialogs), found inside the bundle


def test_window_in_english_uses_the_bundled_translations(bundle: Path, demo_folder: Path) -> None:
    result = run(bundle, "--data-dir", str(demo_folder), "--smoke", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:5] == ENGLISH_TAB_TITLES
    assert {"qtbase_en.qm", "algemeen_en.qm"} <= set(lines[5].removeprefix("qm: ").split())


def test_migrations_run_from_the_bundle_and_check_is_clean(bundle: Path, demo_folder: Path) -> None:
    result = run(bundle, "--data-dir", str(demo_folder), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    bundled = bundle / "_internal" / "buurtzaak_desktop" / "db" / "migrations"
    assert sorted(p.name for p in (bundled / "versions").glob("*.py")) == sorted(
        p.name for p in (MIGRATIONS / "versions").glob("*.py")
    )
    assert (bundled / "env.py").is_file() and (bundled / "script.py.mako").is_file()


def test_the_bundle_speaks_to_a_server(bundle: Path) -> None:
    """psycopg (and its binary libpq) are in the bundle: an unreachable server gets the driver's Dutch answer, not
    "the driver is missing"."""
    result = run(bundle, "check", "--database-url", "postgresql+psycopg://balie@127.0.0.1:1/buurtzaak")
    assert result.returncode == 1
    assert "De server 127.0.0.1/buurtzaak is niet bereikbaar" in result.stderr, result.stderr


def test_bundle_holds_what_we_use_and_not_what_we_do_not(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = {path.name for path in internal.rglob("*")}
    platforms = {path.name for path in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    expected_platforms = {"qwindows.dll", "qoffscreen.dll"} if WINDOWS else {"libqxcb.so", "libqoffscreen.so"}
    assert platforms == expected_platforms
    # where paths.py looks in a frozen bundle: resources/ and translations/ under sys._MEIPASS (= _internal/)
    for wanted in ("resources/icons/buurtzaak-16.png", "resources/fonts/DejaVuSans.ttf", "translations/algemeen_en.qm"):
        assert (internal / wanted).is_file(), wanted
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").is_file()
    unused = [name for name in names if any(lib in name for lib in ("Qt6Qml", "Qt6Quick", "WebEngine", "wayland"))]
    assert unused == []
    assert not [name for name in names if name.startswith("qtbase_") and name not in ("qtbase_nl.qm", "qtbase_en.qm")]


@pytest.mark.skipif(WINDOWS, reason="the Linux install script")
def test_linux_install_puts_command_menu_entry_and_icons_in_place_and_uninstall_removes_them(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "prefix"
    script = str(ROOT / "packaging" / "linux" / "install.sh")
    env = {**os.environ, "PREFIX": str(prefix), "BUNDLE": str(bundle)}
    installed = subprocess.run(["sh", script], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert installed.returncode == 0, installed.stderr
    command = subprocess.run(  # through the symlink in bin/: the bundle still finds its _internal folder
        [str(prefix / "bin" / "buurtzaak"), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert command.returncode == 0 and command.stdout.startswith("buurtzaak "), command.stderr
    entry = (prefix / "share" / "applications" / "buurtzaak.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix / 'opt' / 'buurtzaak' / 'buurtzaak'}\n" in entry and "Icon=buurtzaak\n" in entry
    for size in (16, 32, 48, 256):
        assert (prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "buurtzaak.png").is_file()
    removed = subprocess.run(["sh", script, "--uninstall"], capture_output=True, text=True, env=env, check=False)
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "bin" / "buurtzaak").exists() and not (prefix / "opt" / "buurtzaak").exists()
    assert not (prefix / "share" / "applications" / "buurtzaak.desktop").exists()
