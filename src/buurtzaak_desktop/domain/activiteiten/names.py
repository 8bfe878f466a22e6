"""Finding a person by name in a few keystrokes, whatever accents the name or the typing has."""

from __future__ import annotations

import unicodedata

# letters that do not decompose into a base letter + accent
_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l"})


def search_key(text: str) -> str:
    """'Zoë Şahin' -> 'zoe sahin': lower case, accents removed, spaces squeezed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def matches(query: str, name_key: str) -> bool:
    """Every word typed is the start of a word in the name ('zoe sah' finds 'Zoë Şahin')."""
    words = name_key.split()
    return all(any(word.startswith(part) for word in words) for part in search_key(query).split())
