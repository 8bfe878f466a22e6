"""The core (domain, db, services, reports, backup, command line) imports no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import buurtzaak_desktop

PACKAGE = Path(buurtzaak_desktop.__file__).parent
CORE = ("domain", "db", "services", "reports", "backup", "cli_commands")


def core_modules() -> list[str]:
    modules = ["buurtzaak_desktop.cli", "buurtzaak_desktop.paths", "buurtzaak_desktop.logging_setup"]
    for folder in CORE:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def test_core_modules_import_no_qt() -> None:
    modules = core_modules()
    assert len(modules) > 10
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout}"


def test_the_check_would_see_qt() -> None:
    """The test above can fail: importing a Qt page does show up."""
    script = "import sys, buurtzaak_desktop.ui.page; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
