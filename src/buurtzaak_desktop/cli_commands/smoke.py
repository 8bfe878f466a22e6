"""What ``buurtzaak --smoke`` prints: the tabs the window opened and the translation files it loaded
(the packaging test starts a built bundle and reads this)."""

from __future__ import annotations

from collections.abc import Sequence


def smoke_report(tab_titles: Sequence[str], translations: Sequence[str]) -> None:
    for title in tab_titles:
        print(title)
    print("qm: " + " ".join(translations), flush=True)
