"""Buurtzaak Desktop: the desk application of Huis van de Wijk De Buurtzaak."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Buurtzaak"
ORGANIZATION = "SWSL"

try:
    __version__ = version("buurtzaak-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed (e.g. a frozen bundle)
    __version__ = "0.1.0"
