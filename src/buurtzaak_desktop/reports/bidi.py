"""The Unicode bidirectional algorithm (UAX #9) for one line of text, such as a name on a presentielijst.

A name like "محمد Jansen" is stored in logical order (the order it is typed); on paper the Arabic part reads from
right to left and, in a right-to-left line, comes to the right of "Jansen". This module gives each character its
embedding level (even: left-to-right, odd: right-to-left) and reorders pieces of the line into visual order, the
way Qt does on screen: the paragraph direction comes from the first strong character (rules P2-P3).

Names carry no explicit embeddings, overrides or isolates (U+202A-U+202E, U+2066-U+2069): those characters are
treated like boundary neutrals and ignored (rule X9), which keeps this a short single-line implementation of the
rules W1-W7, N0-N2, I1-I2, L1 and L2. python-bidi (a well-kept wrapper of the Rust unicode-bidi crate) exposes no
levels through its API, so the tests use it as the oracle for the visual order instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

_STRONG = {"L": "L", "R": "R", "AL": "R"}
_IGNORED = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
_NEUTRAL = {"B", "S", "WS", "ON"}
# BidiBrackets.txt for the brackets a name may hold (rule N0); the opening bracket of each pair.
_OPENING = {
    ")": "(",
    "]": "[",
    "}": "{",
    "»": "«",
    "›": "‹",
    "）": "（",
    "〉": "〈",
    "》": "《",
    "」": "「",
    "』": "『",
}


def paragraph_level(text: str) -> int:
    """0 (left-to-right) or 1 (right-to-left): the direction of the first strong character, left-to-right when
    there is none (rules P2-P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return 0


def embedding_levels(text: str, base: int | None = None) -> list[int]:
    """The resolved embedding level of each character of one line (``base``: the paragraph level, by default
    from the first strong character)."""
    if base is None:
        base = paragraph_level(text)
    kinds = [unicodedata.bidirectional(char) or "L" for char in text]
    # X9: the ignored characters take no part; they get the level of what precedes them at the end
    kept = [index for index, kind in enumerate(kinds) if kind not in _IGNORED]
    types = [kinds[index] for index in kept]
    edge = "R" if base % 2 else "L"  # sos and eos: no embeddings, so the paragraph's direction
    _resolve_weak(types, edge)
    _resolve_brackets(types, [text[index] for index in kept], edge)
    _resolve_neutral(types, edge)
    levels = [base] * len(text)
    for index, kind in zip(kept, types, strict=True):
        levels[index] = _implicit(base, kind)
    for index, kind in enumerate(kinds):  # X9 again: an ignored character follows its neighbour's level
        if kind in _IGNORED:
            levels[index] = levels[index - 1] if index else base
    _reset_whitespace(kinds, levels, base)
    return levels


def _resolve_weak(types: list[str], sos: str) -> None:
    """Rules W1-W7, in place."""
    previous = sos
    for index, kind in enumerate(types):  # W1: a non-spacing mark takes the type before it
        if kind == "NSM":
            types[index] = previous
        previous = types[index]
    strong = sos
    for index, kind in enumerate(types):  # W2: European digits after Arabic letters are Arabic digits; W3
        if kind in ("L", "R", "AL"):
            strong = kind
        if kind == "EN" and strong == "AL":
            types[index] = "AN"
    for index, kind in enumerate(types):
        if kind == "AL":
            types[index] = "R"
    for index in range(1, len(types) - 1):  # W4: one separator between two numbers of the same kind
        before, kind, after = types[index - 1], types[index], types[index + 1]
        if kind == "ES" and before == after == "EN":
            types[index] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[index] = before
    for start, end in _spans(types, {"ET"}):  # W5: terminators next to European digits
        if (start > 0 and types[start - 1] == "EN") or (end < len(types) and types[end] == "EN"):
            types[start:end] = ["EN"] * (end - start)
    for index, kind in enumerate(types):  # W6
        if kind in ("ES", "ET", "CS"):
            types[index] = "ON"
    strong = sos
    for index, kind in enumerate(types):  # W7: European digits in left-to-right text are left-to-right
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[index] = "L"


def _strong_of(kind: str) -> str | None:
    """The direction a resolved type counts as for rules N0-N1 (numbers count as right-to-left)."""
    if kind == "L":
        return "L"
    if kind in ("R", "EN", "AN"):
        return "R"
    return None


def _resolve_brackets(types: list[str], chars: Sequence[str], sos: str) -> None:
    """Rule N0: a pair of brackets takes the embedding direction when it encloses text of that direction, else
    the direction of the text before it when it encloses text of the other direction."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(chars):
        if types[index] != "ON":
            continue
        if char in _OPENING.values():
            if len(stack) == 63:  # BD16: too deeply nested, stop looking for pairs
                break
            stack.append((char, index))
        elif char in _OPENING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == _OPENING[char]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    embedding = sos  # no embeddings: the embedding direction is the paragraph's
    for opening, closing in sorted(pairs):
        inside = {_strong_of(kind) for kind in types[opening + 1 : closing]} - {None}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:  # only the other direction inside: the brackets follow the text before them
            direction = next((d for k in reversed(types[:opening]) if (d := _strong_of(k))), sos)
        types[opening] = types[closing] = direction
        for index in range(closing + 1, len(types)):  # marks after a bracket follow it
            if unicodedata.bidirectional(chars[index]) != "NSM":
                break
            types[index] = direction


def _resolve_neutral(types: list[str], edge: str) -> None:
    """Rules N1-N2: neutrals between text of one direction take it; others the embedding direction."""
    for start, end in _spans(types, _NEUTRAL):
        # the neighbours are resolved letters or numbers by now (W1 took the marks)
        before = (_strong_of(types[start - 1]) if start > 0 else None) or edge
        after = (_strong_of(types[end]) if end < len(types) else None) or edge
        direction = before if before == after else edge
        types[start:end] = [direction] * (end - start)


def _implicit(base: int, kind: str) -> int:
    """Rules I1-I2."""
    if base % 2 == 0:
        return base + {"R": 1, "AN": 2, "EN": 2}.get(kind, 0)
    return base + (1 if kind in ("L", "EN", "AN") else 0)


def _reset_whitespace(kinds: Sequence[str], levels: list[int], base: int) -> None:
    """Rule L1: separators, and whitespace before them or at the end of the line, take the paragraph level."""
    trailing = True
    for index in range(len(kinds) - 1, -1, -1):
        kind = kinds[index]
        if kind in ("S", "B"):
            levels[index] = base
            trailing = True
        elif trailing and (kind == "WS" or kind in _IGNORED):
            levels[index] = base
        else:
            trailing = False


def _spans(types: Sequence[str], wanted: set[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = None
    for index, kind in enumerate([*types, ""]):
        if kind in wanted and start is None:
            start = index
        elif kind not in wanted and start is not None:
            spans.append((start, index))
            start = None
    return spans


def visual_order(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Rule L2: the items (characters, or runs of one level) of a line from left to right on paper. From the
    highest level down to the lowest odd one, every stretch at that level or higher is reversed."""
    order = list(range(len(items)))
    if not levels:
        return []
    lowest_odd = min(levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                index = end
            else:
                index += 1
    return [items[index] for index in order]
