"""Migration 0010 takes a file at 0008 to head: a booking's typed BHV name becomes the link to the volunteer of that
name (case and spaces ignored) who holds a BHV; an unknown name stays as history; weekend openings stay."""

from __future__ import annotations

import sqlite3

from buurtzaak_desktop.db.migrate import head_revisions, open_database
from buurtzaak_desktop.paths import DataPaths
from tests.schema_versions import file_at

ROWS = [
    "INSERT INTO room (id, name, capacity, wheelchair_accessible, notes, active) VALUES (1, 'Aula', 80, 1, '', 1)",
    "INSERT INTO certificate_type (id, name, description) VALUES (1, 'BHV', ''), (2, 'VOG', '')",
    "INSERT INTO volunteer (id, name, email, phone, is_staff, staff_function, ladder_step, availability, languages,"
    " emergency_contact, status, archived, notes) VALUES"
    " (1, 'Henk Bakker', '', '', 1, '', 'vrijwilliger', 0, '', '', 'actief', 0, ''),"
    " (2, 'Vera Vog', '', '', 0, '', 'vrijwilliger', 0, '', '', 'actief', 0, '')",
    "INSERT INTO volunteer_certificate (id, volunteer_id, certificate_type_id, valid_until) VALUES"
    " (1, 1, 1, '2027-06-30'), (2, 2, 2, '2027-06-30')",
    'INSERT INTO booking (id, room_id, day, start, "end", setup_minutes, cleanup_minutes, title, group_name,'
    " contact, people, tariff, status, bhv_name, bhv_valid_until, created_at) VALUES"
    " (1, 1, '2026-12-07', '20:00:00.000000', '22:30:00.000000', 0, 0, 'Laat', '', '', 0, 'free', 'live',"
    " '  henk   BAKKER', '2027-06-30', '2026-11-01 10:00:00'),"
    " (2, 1, '2026-12-08', '20:00:00.000000', '22:30:00.000000', 0, 0, 'Partner', '', '', 0, 'free', 'live',"
    " 'Beheerder Combiwel', '2027-06-30', '2026-11-01 10:00:00'),"
    " (3, 1, '2026-12-09', '20:00:00.000000', '22:30:00.000000', 0, 0, 'Geen BHV-certificaat', '', '', 0, 'free',"
    " 'live', 'Vera Vog', '2027-06-30', '2026-11-01 10:00:00'),"
    " (4, 1, '2026-12-10', '10:00:00.000000', '11:00:00.000000', 0, 0, 'Overdag', '', '', 0, 'free', 'live',"
    " '', NULL, '2026-11-01 10:00:00')",
    "INSERT INTO weekend_opening (day) VALUES ('2026-12-13')",
]


def test_a_file_at_0008_links_typed_bhv_names_to_volunteers(data_paths: DataPaths) -> None:
    file_at(data_paths, "0008", ROWS)

    open_database(data_paths).close()

    with sqlite3.connect(data_paths.database) as connection:
        assert {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")} == head_revisions()
        rows = connection.execute("SELECT id, bhv_volunteer_id, bhv_name FROM booking ORDER BY id").fetchall()
        assert rows == [
            (1, 1, "  henk   BAKKER"),
            (2, None, "Beheerder Combiwel"),
            (3, None, "Vera Vog"),
            (4, None, ""),
        ]
        assert connection.execute("SELECT day, opens, closes, reason FROM weekend_opening").fetchall() == [
            ("2026-12-13", None, None, "")
        ]
    connection.close()
