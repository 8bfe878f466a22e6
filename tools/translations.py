"""Keep the English translations in step with the Dutch source texts.

    python tools/translations.py update        # lupdate: one translations/<area>_en.ts per area
    python tools/translations.py missing       # the source texts that have no English yet
    python tools/translations.py fill F.json   # {"Dutch source": "English"} into the .ts files
    python tools/translations.py release       # lrelease: .ts -> .qm (committed, loaded by the app)

A source file belongs to the first area named in its path (src/.../ui/rooster/..., services/rooster/...,
domain/rooster.py, ...); everything else belongs to "algemeen". One .ts per area keeps merges small.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "buurtzaak_desktop"
TRANSLATIONS = ROOT / "translations"
AREAS = ("rooster", "vrijwilligers", "spreekuur", "activiteiten", "begroting", "backup", "regiegroep")
LANGUAGE = "en"
BIN = Path(sys.executable).parent


def area_of(path: Path) -> str:
    parts = path.relative_to(SOURCE).as_posix()
    return next((area for area in AREAS if area in parts), "algemeen")


def sources_by_area() -> dict[str, list[Path]]:
    grouped: dict[str, list[Path]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        if "migrations" not in path.parts:
            grouped.setdefault(area_of(path), []).append(path)
    return grouped


def lupdate(target_dir: Path) -> None:
    for area, files in sources_by_area().items():
        ts = target_dir / f"{area}_{LANGUAGE}.ts"
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *map(str, files),
                "-ts",
                str(ts),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "nl",
                "-target-language",
                LANGUAGE,
                "-silent",
            ],
            check=True,
        )


def unfinished(ts_dir: Path = TRANSLATIONS) -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {}
    for ts in sorted(ts_dir.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or ""):
                missing.setdefault(ts.name, []).append(message.findtext("source") or "")
    return missing


def fill(mapping: dict[str, str]) -> int:
    filled = 0
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and source in mapping and translation.get("type") == "unfinished":
                translation.text = mapping[source]
                del translation.attrib["type"]
                filled += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "missing"
    if command == "update":
        lupdate(TRANSLATIONS)
    elif command == "fill":
        print(f"{fill(json.loads(Path(sys.argv[2]).read_text(encoding='utf-8')))} vertalingen ingevuld")
    elif command == "release":
        release()
    elif command == "missing":
        missing = unfinished()
        for name, sources in missing.items():
            for source in sources:
                print(f"{name}: {source}")
        return 1 if missing else 0
    elif command == "check":  # the committed .ts files are up to date with the sources
        with tempfile.TemporaryDirectory() as folder:
            for ts in TRANSLATIONS.glob("*.ts"):
                (Path(folder) / ts.name).write_bytes(ts.read_bytes())
            lupdate(Path(folder))
            stale = unfinished(Path(folder))
        for name, sources in stale.items():
            for source in sources:
                print(f"{name}: {source}")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
