"""The layers stay layered: reports/ draws what services hand it, the UI reads no database rows, no import circles.

Read from the source with ``ast`` (no import, no Qt): imports inside functions count too, they are edges all the same.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from pathlib import Path

PACKAGE = "buurtzaak_desktop"
SOURCE = Path(__file__).resolve().parents[1] / "src" / PACKAGE
LAYERS = ("domain", "db", "services", "reports", "backup", "ui")


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, package: list[str] | None = None) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (absolute name, relative imports resolved), with its line."""
    if package is None:
        package = module_name(path).split(".")
        if path.name != "__init__.py":
            package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            yield node.lineno, base
            for alias in node.names:  # ``from pkg import module`` imports the module
                yield node.lineno, f"{base}.{alias.name}"


def sources(under: str = "") -> list[Path]:
    return sorted((SOURCE / under).rglob("*.py"))


def offending(under: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sources(under):
        for line, name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(SOURCE)}:{line} imports {name}")
    return sorted(set(found))


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) > 1 and parts[0] == PACKAGE and parts[1] in LAYERS:
        return parts[1]
    return None


def layer_edges() -> dict[str, dict[str, str]]:
    """layer -> {imported layer: one example 'file:line imports module'}."""
    edges: dict[str, dict[str, str]] = {layer: {} for layer in LAYERS}
    for layer in LAYERS:
        for path in sources(layer):
            for line, name in imports_of(path):
                target = layer_of(name)
                if target is not None and target != layer:
                    edges[layer].setdefault(target, f"{path.relative_to(SOURCE)}:{line} imports {name}")
    return edges


def cycles(edges: dict[str, dict[str, str]]) -> list[list[str]]:
    """Each circle once, as the layers in order with the first repeated at the end."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()

    def walk(path: list[str]) -> None:
        for nxt in edges.get(path[-1], {}):
            if nxt == path[0]:
                key = frozenset(path)
                if key not in seen:
                    seen.add(key)
                    found.append([*path, path[0]])
            elif nxt not in path:
                walk([*path, nxt])

    for layer in LAYERS:
        walk([layer])
    return found


def test_reports_import_nothing_from_services_or_the_database() -> None:
    # Reports take their own input types (or domain values): services build them and call the report.
    assert offending("reports", (f"{PACKAGE}.services", f"{PACKAGE}.db")) == []


def test_the_ui_imports_no_database_rows() -> None:
    # The services hand the UI read models (e.g. services/rooster/read_models.py), never db.models.
    assert offending("ui", (f"{PACKAGE}.db.models",)) == []


def test_no_import_circle_between_layers() -> None:
    edges = layer_edges()
    described = [
        " -> ".join(circle) + "\n  " + "\n  ".join(edges[a][b] for a, b in itertools.pairwise(circle))
        for circle in cycles(edges)
    ]
    assert described == []


def test_the_guards_see_an_import_inside_a_function(tmp_path: Path) -> None:
    # The checks read every import, also the lazy ones inside a function, and resolve relative ones.
    module = SOURCE / "reports" / "rooster" / "pdf.py"
    names = {name for _, name in imports_of(module)}
    assert f"{PACKAGE}.domain.rooster.read_models.BookingInfo" in names
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def later():\n    from ...services.settings import read_setting\n    import buurtzaak_desktop.db\n"
    )
    assert sorted(name for _, name in imports_of(sample, [PACKAGE, "reports", "rooster"])) == [
        f"{PACKAGE}.db",
        f"{PACKAGE}.services.settings",
        f"{PACKAGE}.services.settings.read_setting",
    ]


def test_the_circle_finder_finds_a_circle() -> None:
    edges = {"services": {"reports": "a"}, "reports": {"services": "b"}, "domain": {}}
    assert cycles(edges) == [["services", "reports", "services"]]
