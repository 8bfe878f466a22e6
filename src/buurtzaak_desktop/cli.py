"""The command line ``buurtzaak``: starts the app, or runs one task for scripts at the desk.

Exit status: 0 on success, 1 on bad input or a refused action (a Dutch message on stderr),
2 on a usage error. This surface is a contract: scripts at the desk depend on it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import sys
from collections.abc import Callable, Sequence

import buurtzaak_desktop
from buurtzaak_desktop.cli_dutch import DutchArgumentParser
from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.logging_setup import setup_logging
from buurtzaak_desktop.paths import DataPaths, data_paths

log = logging.getLogger(__name__)

IMPORT_KINDS = ("ruimtes", "boekingen", "activiteiten", "deelnemers", "vrijwilligers", "begroting", "kas")
EXPORT_KINDS = (
    "boekingen",
    "activiteiten",
    "vrijwilligers",
    "begroting",
    "spreekuur-cijfers",
    "kas",
    "welzijn-op-recept",
)
PRINT_KINDS = ("presentielijsten", "weekrooster", "dagrooster")
REPORT_KINDS = ("regiegroep",)

# Commands that change the database take the data folder's lock, as the app does: a restore never swaps the file
# under a running import, and an import never writes while the app or another command holds the folder.
WRITING_COMMANDS = frozenset({"demo", "import", "restore"})


def _lock_when_writing(command: str, paths: DataPaths) -> contextlib.AbstractContextManager[None]:
    # on a server many desks write at once: the server's transactions keep them apart, not a file in one folder
    if command not in WRITING_COMMANDS or paths.on_server:
        return contextlib.nullcontext()
    from buurtzaak_desktop.backup.lock import holding_folder

    return holding_folder(paths)


class _VersionAction(argparse.Action):
    """--version, looking the version up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"buurtzaak {buurtzaak_desktop.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = DutchArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="MAP",
        default=argparse.SUPPRESS,
        help="de gegevensmap (standaard de gebruikersmap, of $BUURTZAAK_DATA_DIR)",
    )
    common.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="een PostgreSQL-server in plaats van het gegevensbestand, bijvoorbeeld "
        "postgresql+psycopg://gebruiker@host:5432/buurtzaak (of $BUURTZAAK_DATABASE_URL)",
    )
    common.add_argument(
        "--lang", choices=("nl", "en"), default=argparse.SUPPRESS, help="taal van het venster: nl (standaard) of en"
    )

    parser = DutchArgumentParser(
        prog="buurtzaak",
        parents=[common],
        description="Buurtzaak Desktop: rooster, vrijwilligers, spreekuur, activiteiten en begroting.",
        epilog="Zonder opdracht start het programma.",
    )
    parser.add_argument("--version", action=_VersionAction, help="toon het versienummer en stop")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], help=help_text, description=help_text)

    demo = command("demo", "vul een lege gegevensmap met demogegevens")
    demo.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help="small: een seizoen (standaard); large: tien jaar, voor metingen",
    )
    demo.add_argument("--seed", type=int, default=2026, help="startgetal voor herhaalbare gegevens")
    demo.add_argument("--force", action="store_true", help="vervang bestaande gegevens")

    command("check", "controleer het gegevensbestand; status 1 bij bevindingen")

    backup = command("backup", "maak een back-up in map DEST")
    backup.add_argument("dest", metavar="DEST", help="de map voor de back-up (bijvoorbeeld een USB-stick)")
    backup.add_argument("--encrypt", action="store_true", help="versleutel de back-up met een wachtwoord")

    restore = command("restore", "zet een back-up terug")
    restore.add_argument("file", metavar="FILE", help="het back-upbestand")
    restore.add_argument("--vervang", action="store_true", help="met --database-url: vervang de gegevens op de server")

    importing = command("import", "importeer een bestand (xlsx of csv); alles of niets")
    importing.add_argument("kind", metavar="KIND", choices=IMPORT_KINDS, help=", ".join(IMPORT_KINDS))
    importing.add_argument("file", metavar="FILE", help="het bestand")
    importing.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")
    importing.add_argument("--replace", action="store_true", help="vervang een bestaand jaar (begroting)")

    export = command("export", "exporteer gegevens")
    export.add_argument("kind", metavar="KIND", choices=EXPORT_KINDS, help=", ".join(EXPORT_KINDS))
    export.add_argument("--out", metavar="FILE", required=True, help="het bestand dat wordt geschreven")
    export.add_argument("--year", metavar="YYYY", type=int, help="alleen dit jaar")

    printing = command("print", "maak een pdf om af te drukken")
    printing.add_argument("kind", metavar="KIND", choices=PRINT_KINDS, help=", ".join(PRINT_KINDS))
    when = printing.add_mutually_exclusive_group(required=True)
    when.add_argument("--week", metavar="YYYY-Www", help="de week, bijvoorbeeld 2026-W49")
    when.add_argument("--date", metavar="YYYY-MM-DD", help="de dag")
    printing.add_argument("--out", metavar="FILE.pdf", required=True, help="het pdf-bestand")

    report = command("report", "maak een rapport")
    report.add_argument("kind", metavar="KIND", choices=REPORT_KINDS, help=", ".join(REPORT_KINDS))
    report.add_argument("--month", metavar="YYYY-MM", required=True, help="de maand")
    report.add_argument("--out", metavar="FILE.pdf", required=True, help="het pdf-bestand")
    report.add_argument("--xlsx", metavar="FILE.xlsx", help="dezelfde cijfers als Excel-bestand")

    free = command("free", "welke ruimtes zijn vrij?")
    free.add_argument("--date", metavar="YYYY-MM-DD", required=True, help="de dag")
    free.add_argument("--from", dest="start", metavar="HH:MM", required=True, help="begintijd")
    free.add_argument("--to", dest="end", metavar="HH:MM", required=True, help="eindtijd")
    free.add_argument("--people", metavar="N", type=int, help="aantal personen")
    free.add_argument("--wheelchair", action="store_true", help="alleen rolstoeltoegankelijke ruimtes")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = data_paths(getattr(args, "data_dir", None), getattr(args, "database_url", None))
    if getattr(args, "vervang", False) and not paths.on_server:
        parser.error(
            "--vervang hoort bij --database-url (een server). Op deze pc vervangt terugzetten het gegevensbestand "
            "altijd; het huidige wordt eerst apart gezet bij de back-ups."
        )
    setup_logging()
    if args.command is None:
        if argv is None:  # the whole process: as for a command (_loaded); the window resumes it once loaded (app.py)
            gc.disable()
        from buurtzaak_desktop.app import run_app  # Qt is imported only when the window is wanted

        return run_app(paths, language=getattr(args, "lang", None), smoke=args.smoke)
    return run_command(args, paths, whole_process=argv is None)


Handler = Callable[[argparse.Namespace, DataPaths], int]


def handler_of(command: str, kind: str | None) -> Handler:
    """The ``run`` of the cli_commands module that handles the subcommand. Imported here, only when asked: a command
    loads its own area and not the others (``free`` needs no ReportLab, ``check`` no openpyxl)."""
    if command in ("demo", "check"):
        from buurtzaak_desktop.cli_commands import foundation as module
    elif command in ("backup", "restore"):
        from buurtzaak_desktop.cli_commands import backup as module  # type: ignore[no-redef]
    elif command == "free" or kind in ("ruimtes", "boekingen", "weekrooster", "dagrooster"):
        from buurtzaak_desktop.cli_commands import rooster as module  # type: ignore[no-redef]
    elif kind in ("activiteiten", "deelnemers", "presentielijsten"):
        from buurtzaak_desktop.cli_commands import activiteiten as module  # type: ignore[no-redef]
    elif kind == "vrijwilligers":
        from buurtzaak_desktop.cli_commands import vrijwilligers as module  # type: ignore[no-redef]
    elif kind == "spreekuur-cijfers":
        from buurtzaak_desktop.cli_commands import spreekuur as module  # type: ignore[no-redef]
    elif kind == "welzijn-op-recept":
        from buurtzaak_desktop.cli_commands import welzijn as module  # type: ignore[no-redef]
    elif kind == "begroting":
        from buurtzaak_desktop.cli_commands import begroting as module  # type: ignore[no-redef]
    elif kind == "kas":
        from buurtzaak_desktop.cli_commands import kas as module  # type: ignore[no-redef]
    elif kind == "regiegroep":
        from buurtzaak_desktop.cli_commands import regiegroep as module  # type: ignore[no-redef]
    else:
        raise LookupError(f"no handler for {command} {kind}")
    return module.run


def _loaded(load: Callable[[], Handler], whole_process: bool) -> Handler:
    """Imports a command's modules with Python's cycle collector paused, then freezes what they built.

    Importing SQLAlchemy, SQLModel and our tables makes about 100,000 objects that live until the process ends. The
    collector would walk them again and again while they are made, and once more at exit; frozen, they are never
    walked. What the command itself makes afterwards is collected as usual. (bench/cli.py: ``free`` went from 1.3x
    to 0.9x ``python -c "import sqlmodel"`` in processor time.)

    Only when the command is the whole process: frozen objects are never freed, which a test run (or anything else
    that calls ``main`` with its own arguments and goes on) must not have."""
    if not whole_process:
        return load()
    gc.disable()
    try:
        return load()
    finally:
        gc.freeze()
        gc.enable()


def run_command(args: argparse.Namespace, paths: DataPaths, whole_process: bool = False) -> int:
    try:
        with _lock_when_writing(args.command, paths):
            handler = _loaded(lambda: handler_of(args.command, getattr(args, "kind", None)), whole_process)
            return int(handler(args, paths))
    except BuurtzaakError as error:
        print(f"buurtzaak: {error.message}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"buurtzaak: bestand {error.filename or ''} kon niet worden gelezen of geschreven: "
            f"{error.strerror or error}",
            file=sys.stderr,
        )
        return 1
