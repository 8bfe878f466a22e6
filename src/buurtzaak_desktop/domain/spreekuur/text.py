"""Search keys and small counts."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_EXTRA = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"})
SMALL_COUNT = 5


def search_key(text: str) -> str:
    """Lower case without accents: "Zoë Şahin" -> "zoe sahin". Non-Latin scripts stay as they are."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).split())


def anonymous_count(count: int) -> int | str:
    """Counts of 1-4 are shown as "<5" in reports and exports, so that nobody can be recognised in a small group; other
    counts stay numbers (a spreadsheet can add them up)."""
    return "<5" if 0 < count < SMALL_COUNT else count


def masked(count: int) -> str:
    """``anonymous_count`` as text."""
    return str(anonymous_count(count))
