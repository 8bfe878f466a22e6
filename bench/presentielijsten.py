"""Benchmark: a week's presentielijsten on `demo --scale large` against a bare ReportLab script, and a year's figures.

    .venv/bin/python bench/presentielijsten.py [--data-dir DIR] [--week 2026-W49] [--year 2026]

Without --data-dir it builds the large demo data in a temporary folder first (a few seconds). Goals: the app's
lists at most 1.3x the bare script (which draws the same tables from data fetched beforehand, so the app's time
includes its database queries), and a year's figures under 1 s.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import parse_iso_week
from buurtzaak_desktop.paths import FONTS_DIR, DataPaths
from buurtzaak_desktop.services.activiteiten.figures import year_figures
from buurtzaak_desktop.services.activiteiten.printing import print_presentielijsten, sheets_between
from buurtzaak_desktop.services.demo import generate_demo

BARE_FONTS = (
    ("BareSans", "DejaVuSans.ttf"),
    ("BareSans-Bold", "DejaVuSans-Bold.ttf"),
    ("BareArabic", "NotoSansArabic-Regular.ttf"),
    ("BareDevanagari", "NotoSansDevanagari-Regular.ttf"),
)


def bare_font(name: str) -> str:
    """The plainest script test a bare script needs to print these names at all."""
    if any("\u0900" <= c <= "\u097f" for c in name):
        return "BareDevanagari"
    if any("\u0600" <= c <= "\u06ff" for c in name):
        return "BareArabic"
    return "BareSans"


def bare_reportlab(path: Path, sheets, scripts: bool = True) -> None:  # type: ignore[no-untyped-def]
    """The same pages drawn with nothing but a ReportLab canvas: header, grid, boxes, names. With ``scripts`` it
    draws Arabic and Devanagari names in the Noto fonts, shaped, as the app does (the same output); without, every
    name in DejaVu (Devanagari then prints as empty boxes)."""
    for name, filename in BARE_FONTS:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    canvas = Canvas(str(path), pagesize=A4)
    width, height = A4
    left, table_width = 15 * mm, width - 30 * mm
    xs = [left + table_width * f for f in (0, 0.07, 0.50, 0.68, 1.0)]
    for sheet in sheets:
        # the same page content as the app's: header, title, details, hint, grey column titles
        canvas.setFont("BareSans-Bold", 9)
        canvas.drawString(left, height - 15 * mm, "De Buurtzaak")
        canvas.setFont("BareSans", 9)
        canvas.drawRightString(width - 15 * mm, height - 15 * mm, "Presentielijsten")
        canvas.line(left, height - 17 * mm, width - 15 * mm, height - 17 * mm)
        canvas.setFont("BareSans-Bold", 16)
        canvas.drawString(left, height - 30 * mm, sheet.title)
        canvas.setFont("BareSans-Bold", 9)
        canvas.drawRightString(width - 15 * mm, height - 30 * mm, "PRESENTIELIJST")
        canvas.setFont("BareSans", 11)
        canvas.drawString(left, height - 37 * mm, f"{sheet.day} {sheet.start:%H:%M}-{sheet.end:%H:%M}")
        canvas.drawString(left, height - 43 * mm, f"Ruimte: {sheet.room}    Leiding: {sheet.leader}")
        canvas.setFont("BareSans", 8)
        canvas.drawString(left, height - 48 * mm, "Zet een vinkje bij wie er is; nieuwe deelnemers schrijven hun naam.")
        if sheet.cancelled:
            canvas.setFont("BareSans-Bold", 48)
            canvas.drawCentredString(width / 2, height / 2, "VERVALLEN")
            canvas.showPage()
            continue
        top = height - 53 * mm
        canvas.setFillGray(0.88)
        canvas.rect(xs[0], top - 7.5 * mm, table_width, 7.5 * mm, stroke=0, fill=1)
        canvas.setFillGray(0)
        canvas.setFont("BareSans-Bold", 9)
        for x, title in zip(xs, ("", "Naam", "Telefoon", "Handtekening"), strict=False):
            canvas.drawString(x + 2 * mm, top - 5 * mm, title)
        rows = len(sheet.lines) + sheet.blank_rows
        ys = [top - i * 7.5 * mm for i in range(rows + 2)]
        for y in ys:
            canvas.line(xs[0], y, xs[-1], y)
        for x in xs:
            canvas.line(x, ys[0], x, ys[-1])
        canvas.setFont("BareSans", 10)
        for index in range(rows):
            y = ys[index + 1]
            canvas.rect(xs[0] + 3 * mm, y - 6 * mm, 4 * mm, 4 * mm)
            if index < len(sheet.lines):
                font = bare_font(sheet.lines[index].name) if scripts else "BareSans"
                canvas.setFont(font, 10)
                canvas.drawString(xs[1] + 2 * mm, y - 5 * mm, sheet.lines[index].name, shaping=font != "BareSans")
                if sheet.lines[index].phone:
                    canvas.setFont("BareSans", 10)
                    canvas.drawString(xs[2] + 2 * mm, y - 5 * mm, sheet.lines[index].phone)
        canvas.setFont("BareSans", 9)
        canvas.drawRightString(width - 15 * mm, 7 * mm, f"pagina {canvas.getPageNumber()}")
        canvas.showPage()
    canvas.save()


def best_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(runs: int, *actions) -> list[float]:  # type: ignore[no-untyped-def]
    best = [float("inf")] * len(actions)
    for _ in range(runs):
        for number, action in enumerate(actions):
            start = time.perf_counter()
            action()
            best[number] = min(best[number], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--week")
    parser.add_argument("--year", type=int)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    today = date.today()
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="bench-activiteiten-"))
    paths = DataPaths(folder)
    database = open_database(paths)
    if not args.data_dir:
        start = time.perf_counter()
        counts = generate_demo(database, scale="large", today=today)
        print(f"large demo data: {counts} in {time.perf_counter() - start:.1f} s")
    monday = parse_iso_week(args.week) if args.week else today - timedelta(days=today.weekday())
    out = folder / "bench"
    out.mkdir(exist_ok=True)
    with database.reading() as session:
        sheets = sheets_between(session, monday, monday + timedelta(days=7))
    names = sum(len(s.lines) for s in sheets)
    print(f"week of {monday}: {len(sheets)} sessions, {names} names")
    # interleaved, best of N each: a busy machine slows all three alike
    app, bare, latin = interleaved(
        args.runs,
        lambda: print_presentielijsten(database, out / "app.pdf", monday),
        lambda: bare_reportlab(out / "bare.pdf", sheets),
        lambda: bare_reportlab(out / "bare-dejavu.pdf", sheets, scripts=False),
    )
    print(f"app presentielijsten (queries + drawing):               {app:.3f} s")
    print(f"bare ReportLab, same fonts and shaping (drawing only):  {bare:.3f} s")
    print(f"bare ReportLab, DejaVu only, no shaping (drawing only): {latin:.3f} s")
    print(f"ratio app / bare (same output): {app / bare:.2f}x (goal <= 1.3x)")
    print(f"ratio app / bare DejaVu only:   {app / latin:.2f}x")
    year = args.year or today.year

    def figures() -> None:
        with database.reading() as session:
            year_figures(session, year)

    seconds = best_of(args.runs, figures)
    with database.reading() as session:
        months, total = year_figures(session, year)
    print(
        f"figures {year}: {len(months)} activity-months, {total.visits} visits, "
        f"{total.unique_participants} unique participants in {seconds:.3f} s (goal < 1 s)"
    )
    database.close()


if __name__ == "__main__":
    main()
