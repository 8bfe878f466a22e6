"""``buurtzaak free``, ``import ruimtes|boekingen``, ``export boekingen``, ``print weekrooster|dagrooster``."""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtzaak_desktop.db.migrate import open_database
from buurtzaak_desktop.domain.dates import format_date, parse_date, parse_iso_week, parse_time
from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, InputError
from buurtzaak_desktop.paths import DataPaths


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    database = open_database(paths)
    try:
        if args.command == "free":
            return _free(args, database)
        if args.command == "import":
            return _import(args, database)
        if args.command == "export":
            return _export(args, database)
        return _print(args, database)
    finally:
        database.close()


def _free(args, database) -> int:
    from buurtzaak_desktop.domain.rooster.hours import within
    from buurtzaak_desktop.services.rooster.calendar import calendar_for
    from buurtzaak_desktop.services.rooster.queries import free_rooms

    day, start, end = parse_date(args.date), parse_time(args.start), parse_time(args.end)
    if end <= start:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "De eindtijd {end} ligt niet na de begintijd {start}."),
            start=args.start,
            end=args.end,
        )
    found = free_rooms(database, day, start, end, args.people, args.wheelchair)
    hours = calendar_for(database, day, day)[0]
    if not hours.is_open:
        print(f"Let op: het centrum is op {format_date(day)} gesloten ({hours.reason}); alleen met BHV.")
    elif not within(hours, start, end):
        print(
            f"Let op: buiten de openingstijden; alleen met BHV. Open op {format_date(day)}: "
            f"{hours.opens:%H:%M}–{hours.closes:%H:%M}."
        )
    if not found:
        print(f"Geen ruimte vrij op {format_date(day)} van {start:%H:%M} tot {end:%H:%M}.")
        return 0
    print(f"Vrij op {format_date(day)} van {start:%H:%M} tot {end:%H:%M} (beste keuze eerst):")
    for free in found:
        wheelchair = "rolstoeltoegankelijk" if free.room.wheelchair_accessible else "niet rolstoeltoegankelijk"
        print(f"  {free.room.name} ({free.room.capacity} personen, {wheelchair})")
    return 0


def _import(args, database) -> int:
    from buurtzaak_desktop.services.rooster.importing import import_bookings, import_rooms

    importer = import_rooms if args.kind == "ruimtes" else import_bookings
    report = importer(database, Path(args.file), dry_run=args.dry_run)
    print(report.summary())
    return 0


def _export(args, database) -> int:
    from buurtzaak_desktop.services.rooster.exporting import export_ics, export_xlsx

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".ics"):
        raise InputError(
            QT_TRANSLATE_NOOP("core", "Kies een bestand dat eindigt op .xlsx, .csv of .ics, niet {file}."),
            file=str(out),
        )
    count = (export_ics if suffix == ".ics" else export_xlsx)(database, out, args.year)
    print(f"{count} boekingen geschreven naar {out}.")
    return 0


def _print(args, database) -> int:
    from buurtzaak_desktop.services.rooster.printing import print_day, print_week

    out = Path(args.out)
    if args.kind == "weekrooster":
        if not args.week:
            raise InputError(QT_TRANSLATE_NOOP("core", "Geef de week met --week, bijvoorbeeld 2026-W49."))
        print_week(database, parse_iso_week(args.week), out)
    else:
        if not args.date:
            raise InputError(QT_TRANSLATE_NOOP("core", "Geef de dag met --date, bijvoorbeeld 2026-12-03."))
        print_day(database, parse_date(args.date), out)
    print(f"Rooster geschreven naar {out}.")
    return 0
