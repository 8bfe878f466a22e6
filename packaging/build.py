"""Build the one-folder bundle of Buurtzaak Desktop on the machine this runs on (Linux or Windows).

    python packaging/build.py                     # -> dist/buurtzaak/
    python packaging/build.py --dist DIR --work DIR
    python packaging/build.py --installer         # Windows: also the installer, with Inno Setup's ISCC.exe

Needs PyInstaller in the same Python (pip install -e ".[test]"; on Windows also tzdata). The version comes from
pyproject.toml, the one place it is written, and must match the installed package's metadata, which the bundle
carries; the last line printed is ``AppVersion=<version>`` for scripts. Inno Setup 6.3 or newer for --installer.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "buurtzaak.spec"
ISS = ROOT / "packaging" / "windows" / "buurtzaak.iss"
DEFAULT_ISCC = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"


def project_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def check_installed_version(version: str) -> None:
    """The bundle takes its version from the installed package's metadata: it must match pyproject.toml."""
    try:
        installed = importlib.metadata.version("buurtzaak-desktop")
    except importlib.metadata.PackageNotFoundError:
        installed = None
    if installed != version:
        raise SystemExit(
            f"Geïnstalleerde versie {installed} is niet {version} uit pyproject.toml: installeer opnieuw met "
            f'pip install -e ".[test]"'
        )


def check_time_zones() -> None:
    """Windows has no time-zone database of its own: zoneinfo (Europe/Amsterdam in domain/dates.py) then needs the
    tzdata package, which PyInstaller bundles when it is installed."""
    if sys.platform == "win32" and importlib.util.find_spec("tzdata") is None:
        raise SystemExit("Het pakket tzdata ontbreekt (nodig voor Europe/Amsterdam op Windows): pip install tzdata")


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "buurtzaak"


def build_installer(bundle: Path, version: str) -> Path:
    """Windows only: compile the Inno Setup script into dist/Buurtzaak-<version>-setup.exe."""
    iscc = shutil.which("iscc") or (str(DEFAULT_ISCC) if DEFAULT_ISCC.exists() else None)
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) niet gevonden: installeer het of zet het in PATH.")
    output = bundle.parent
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}", f"/O{output}", str(ISS)], check=True, cwd=ROOT
    )
    return output / f"Buurtzaak-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--installer", action="store_true", help="Windows: also build the Inno Setup installer")
    args = parser.parse_args(argv)
    version = project_version()
    check_installed_version(version)
    check_time_zones()
    started = time.perf_counter()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    print(f"Bundle: {bundle} ({time.perf_counter() - started:.0f} s)")
    if args.installer:
        if sys.platform != "win32":
            print("--installer kan alleen op Windows.", file=sys.stderr)
            return 1
        print(f"Installer: {build_installer(bundle, version)}")
    print(f"AppVersion={version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
