"""Link 9: the xlsx's "Verwacht jaareinde" column is the app's pro-rata year-end to the cent, on the demo data.

The formula is evaluated here as a spreadsheet does (binary floating point, ROUND half away from zero); with
LibreOffice installed, test_export.py also lets Calc recalculate it."""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.services.begroting.budget import budget_summary
from buurtzaak_desktop.services.begroting.export import export_year
from buurtzaak_desktop.services.demo import generate_demo

LINE_FORMULA = re.compile(r"=IF\(\$D\$3>0,ROUND\(ROUND\(E(\d+)\*100,0\)\*\$F\$3/\$D\$3,0\)/100,E\1\)")


def excel_round(value: float, digits: int) -> float:
    factor = 10**digits
    return math.copysign(math.floor(abs(value) * factor + 0.5), value) / factor


def test_the_forecast_column_equals_the_apps_figure_on_demo_data(database: Database, tmp_path: Path) -> None:
    generate_demo(database, today=date(2026, 12, 3))
    out = tmp_path / "begroting.xlsx"
    for year in (2025, 2026):
        export_year(database, year, out)
        app = budget_summary(database, year)  # what the Begroting tab shows today
        expected = {(f.kind, f.name): f.expected_cents for c in app.categories for f in c.lines}
        sheet = load_workbook(out)["Begroting"]
        elapsed, days = sheet["D3"].value, sheet["F3"].value
        found = {}
        for row in sheet.iter_rows(min_row=5):
            formula = row[7].value
            if not (isinstance(formula, str) and formula.startswith("=IF(")):
                continue
            match = LINE_FORMULA.fullmatch(formula)
            assert match and int(match[1]) == row[0].row, formula
            actual = row[4].value
            value = excel_round(excel_round(actual * 100, 0) * days / elapsed, 0) / 100 if elapsed > 0 else actual
            found[(row[0].value, row[2].value)] = round(value * 100)
        assert found == expected and len(found) == len(expected) > 20
        assert any(cents % 100 for cents in found.values())  # real cents, not only whole euros
