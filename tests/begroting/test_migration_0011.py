"""Migration 0011 takes a file at 0008 with volunteer allowances (then called handgeld) to head: every allowance row
survives as a vrijwilligersvergoeding, the budget line that showed them keeps its figures (now linked to the
vrijwilligersvergoeding), and a new handgeld line takes the petty cash."""

from __future__ import annotations

import sqlite3
from datetime import date

from buurtzaak_desktop.db.migrate import head_revisions, open_database
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.begroting.budget import budget_summary
from buurtzaak_desktop.services.begroting.sources import HANDGELD, VERGOEDING
from buurtzaak_desktop.services.vrijwilligers.hours import handgeld_payments
from tests.schema_versions import file_at, migrate_file, write_rows

ROWS = [
    "INSERT INTO volunteer (id, name, email, phone, is_staff, staff_function, ladder_step, availability, languages,"
    " emergency_contact, status, archived, notes) VALUES"
    " (1, 'Ayse', '', '', 0, '', 'vrijwilliger', 0, '', '', 'actief', 0, ''),"
    " (2, 'Bram', '', '', 0, '', 'vrijwilliger', 0, '', '', 'actief', 0, '')",
    "INSERT INTO handgeld_payment (id, volunteer_id, month, amount_cents, category) VALUES"
    " (1, 1, '2026-01-01', 15000, 'handgeld'),"
    " (2, 1, '2026-02-01', 15000, 'handgeld'),"
    " (3, 2, '2026-02-01', 5000, 'reiskosten'),"
    " (4, 2, '2026-03-01', 9000, 'handgeld'),"
    " (5, 2, '2026-03-01', 1000, 'vrijwilligersvergoeding')",  # clashes with row 4 once renamed: row 4 keeps its name
    "INSERT INTO budget_line (id, year, kind, category, name, budget_cents, position, source) VALUES"
    " (1, 2026, 'lasten', 'Handgeld', 'Vrijwilligersvergoedingen', 2400000, 1, 'handgeld'),"
    " (2, 2026, 'baten', 'Eigen inkomsten', 'Zaalhuur', 1800000, 2, 'room_rent')",
    "INSERT INTO budget_actual (line_id, day, description, amount_cents) VALUES (1, '2026-01-31', 'Bonus', 2500)",
]


def test_a_file_at_0008_with_allowances_is_migrated_and_keeps_every_row(data_paths: DataPaths) -> None:
    file_at(data_paths, "0008", ROWS)

    migrated = open_database(data_paths)
    try:
        with sqlite3.connect(data_paths.database) as connection:
            assert {r[0] for r in connection.execute("SELECT version_num FROM alembic_version")} == head_revisions()
            payments = connection.execute(
                "SELECT id, volunteer_id, month, amount_cents, category FROM handgeld_payment ORDER BY id"
            ).fetchall()
            lines = connection.execute("SELECT id, name, budget_cents, source FROM budget_line ORDER BY id").fetchall()
        connection.close()
        assert payments == [
            (1, 1, "2026-01-01", 15000, "vrijwilligersvergoeding"),
            (2, 1, "2026-02-01", 15000, "vrijwilligersvergoeding"),
            (3, 2, "2026-02-01", 5000, "reiskosten"),
            (4, 2, "2026-03-01", 9000, "handgeld"),
            (5, 2, "2026-03-01", 1000, "vrijwilligersvergoeding"),
        ]
        assert lines == [
            (1, "Vrijwilligersvergoedingen", 2400000, VERGOEDING),
            (2, "Zaalhuur", 1800000, "room_rent"),
            (3, "Handgeld (kleine kas)", 0, HANDGELD),
        ]
        assert len(handgeld_payments(migrated, 2026)) == 5
        summary = budget_summary(migrated, 2026, as_of=date(2026, 12, 31))
        figures = {f.name: f for c in summary.categories for f in c.lines}
        # the line keeps what it showed: every allowance plus what was typed on it
        assert figures["Vrijwilligersvergoedingen"].actual_cents == 15000 * 2 + 5000 + 9000 + 1000 + 2500
        assert figures["Handgeld (kleine kas)"].actual_cents == 0
        assert figures["Handgeld (kleine kas)"].category == "Handgeld"
    finally:
        migrated.close()


def test_0011_goes_down_again_keeping_the_allowances(data_paths: DataPaths) -> None:
    open_database(data_paths).close()
    # at head the allowance line is linked to the vergoeding
    write_rows(
        data_paths, (s.replace("'handgeld'", "'vrijwilligersvergoeding'") if "budget_line" in s else s for s in ROWS)
    )
    migrate_file(data_paths, "0008", "downgrade")
    with sqlite3.connect(data_paths.database) as connection:
        assert connection.execute("SELECT count(*) FROM handgeld_payment").fetchone() == (5,)
        assert connection.execute("SELECT source FROM budget_line WHERE id = 1").fetchone() == ("handgeld",)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "kas_entry" not in tables
    connection.close()
