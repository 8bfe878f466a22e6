"""Finding a person by name in a few keystrokes, whatever accents the name or the typing has."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

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


def similarity(typed: str, name_key: str) -> float:
    """How alike a typed name is to a known one (its ``search_key``), 0..1; case, accents and spaces do not count.

    1.0: the same letters ('zoe sahin', 'ZoëŞahin' and 'Zoë  Şahin' are 'Zoë Şahin'), or the same words in another
    order ('Şahin Zoë'). 0.9: every typed word starts a word of the name ('zoe s'). Otherwise the letters' likeness,
    so a typo ('Zoe Sahim') still comes close."""
    key = search_key(typed)
    if not key or not name_key:
        return 0.0
    if key.replace(" ", "") == name_key.replace(" ", "") or sorted(key.split()) == sorted(name_key.split()):
        return 1.0
    if matches(key, name_key):
        return 0.9
    letters = SequenceMatcher(None, key.replace(" ", ""), name_key.replace(" ", ""))
    if letters.real_quick_ratio() < SIMILAR or letters.quick_ratio() < SIMILAR:  # cheap upper bounds first
        return 0.0
    return letters.ratio()


SIMILAR = 0.85  # from here on a name is offered as "the same person?" (a one-letter typo in a ten-letter name is 0.9)


def is_similar(typed: str, name_key: str) -> bool:
    return similarity(typed, name_key) >= SIMILAR
