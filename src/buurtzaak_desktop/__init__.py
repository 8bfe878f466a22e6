"""Buurtzaak Desktop: the desk application of Huis van de Wijk De Buurtzaak."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "Buurtzaak"
ORGANIZATION = "SWSL"
DISTRIBUTION = "buurtzaak-desktop"


def _version() -> str:
    """The version lives in one place, pyproject.toml: read from the installed package's metadata (a frozen bundle
    carries that metadata too, see packaging/buurtzaak.spec), else from pyproject.toml in a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+onbekend"


def __getattr__(name: str) -> str:
    # Looked up when first asked for: importing importlib.metadata costs start-up time most runs do not need.
    if name == "__version__":
        return _version()
    raise AttributeError(name)
