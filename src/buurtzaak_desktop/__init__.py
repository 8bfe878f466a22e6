"""Buurtzaak Desktop: the desk application of Huis van de Wijk De Buurtzaak."""

from __future__ import annotations

APP_NAME = "Buurtzaak"
ORGANIZATION = "SWSL"
FALLBACK_VERSION = "0.1.0"  # only for a source tree that was never installed


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata (pyproject.toml is its one source) when first asked
    # for: importing importlib.metadata costs start-up time that most runs do not need.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("buurtzaak-desktop")
        except PackageNotFoundError:
            return FALLBACK_VERSION
    raise AttributeError(name)
