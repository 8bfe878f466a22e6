"""Money is exact: integer cents everywhere, shown and read the Dutch way ("€ 1.234,56")."""

from __future__ import annotations

import re

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError


def format_cents(cents: int, symbol: bool = True) -> str:
    """-123456 -> '€ -1.234,56'."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    text = f"{sign}{grouped},{rest:02d}"
    return f"€ {text}" if symbol else text


def parse_cents(text: str) -> int:
    """Amounts as people write them: 1234.56, 1234,56, '€ 1.234,56', '1.234', '-12,5', '1,234.56'."""
    value = text.strip().replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    negative = value.startswith("-")
    value = value.lstrip("+-")
    if not re.fullmatch(r"[\d.,]+", value or "x"):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen geldig bedrag (bijvoorbeeld 1.234,56)."), value=text.strip()
        )
    whole, fraction = _split_decimal(value)
    if (not whole.isdigit() and whole != "") or len(fraction) > 2 or not (whole or fraction):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "'{value}' is geen geldig bedrag (bijvoorbeeld 1.234,56)."), value=text.strip()
        )
    cents = int(whole or "0") * 100 + int(fraction.ljust(2, "0") or "0")
    return -cents if negative else cents


def _split_decimal(value: str) -> tuple[str, str]:
    """Which of '.' and ',' is the decimal mark: the last one, if it has 1 or 2 digits after it."""
    last = max(value.rfind("."), value.rfind(","))
    if last >= 0 and len(value) - last - 1 in (1, 2):
        whole, fraction = value[:last], value[last + 1 :]
    else:
        whole, fraction = value, ""
    return _ungroup(whole), fraction


def _ungroup(whole: str) -> str:
    """'1.234.567' -> '1234567'; groups must be of three digits."""
    parts = re.split(r"[.,]", whole)
    if len(parts) > 1 and (not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:])):
        return "invalid"
    return "".join(parts)
