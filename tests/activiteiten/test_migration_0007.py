"""Migration 0007 takes a file at 0004 with data to head: sessions, attendance and links survive; the link to a
booking becomes a foreign key that lets go (SET NULL) when the booking is deleted."""

from __future__ import annotations

import sqlite3

from buurtzaak_desktop.db.migrate import head_revisions, open_database
from buurtzaak_desktop.paths import DataPaths
from tests.schema_versions import file_at, migrate_file

ROWS = [
    "INSERT INTO room (id, name, capacity, wheelchair_accessible, notes, active) VALUES (1, 'Aula', 80, 1, '', 1)",
    'INSERT INTO booking (id, room_id, day, start, "end", setup_minutes, cleanup_minutes, title, group_name,'
    " contact, people, tariff, status, bhv_name, activity_id, created_at)"
    " VALUES (7, 1, '2026-12-07', '10:00:00.000000', '11:30:00.000000', 0, 0, 'Yoga', '', '', 0, 'free', 'live',"
    " '', 1, '2026-11-01 10:00:00')",
    "INSERT INTO activity (id, name, category, target_group, room_id, weekdays, start_time, end_time, frequency,"
    " season_start, season_end, leader, leader_kind, expected, cost_cents, walk_in_rows, notes, status)"
    " VALUES (1, 'Yoga', '', '', 1, '0', '10:00:00.000000', '11:30:00.000000', 'wekelijks', '2026-11-02',"
    " '2026-12-28', '', 'vrijwilliger', 4, 0, 5, '', 'actief')",
    "INSERT INTO activity_session (id, activity_id, day, start_time, end_time, room_id, status, cancel_reason,"
    " anonymous_walk_ins, attendance_entered, booking_id) VALUES"
    " (1, 1, '2026-11-30', '10:00:00.000000', '11:30:00.000000', 1, 'gepland', '', 2, 1, NULL),"
    " (2, 1, '2026-12-07', '10:00:00.000000', '11:30:00.000000', 1, 'gepland', '', 0, 0, 7),"
    " (3, 1, '2026-12-14', '10:00:00.000000', '11:30:00.000000', 1, 'gepland', '', 0, 0, 999)",
    "INSERT INTO participant (id, name, search_name, phone, email, postcode_area, came_via, consent_photos,"
    " consent_print_phone, created_on) VALUES (1, 'Zoë', 'zoe', '', '', '', '', 0, 0, '2026-10-01')",
    "INSERT INTO attendance (session_id, participant_id, walk_in) VALUES (1, 1, 0)",
]


def test_a_file_at_0004_with_sessions_is_migrated_and_keeps_its_data(data_paths: DataPaths) -> None:
    file_at(data_paths, "0004", ROWS)  # written as an older version would: the link had no constraint yet

    open_database(data_paths).close()

    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        assert {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")} == head_revisions()
        links = connection.execute("SELECT id, booking_id, anonymous_walk_ins FROM activity_session ORDER BY id")
        assert links.fetchall() == [(1, None, 2), (2, 7, 0), (3, None, 0)]  # the dangling 999 was let go
        assert connection.execute("SELECT session_id, participant_id FROM attendance").fetchall() == [(1, 1)]
        keys = connection.execute("PRAGMA foreign_key_list(activity_session)").fetchall()
        assert ("booking", "booking_id", "id", "SET NULL") in {(k[2], k[3], k[4], k[6]) for k in keys}
        connection.execute("DELETE FROM booking WHERE id = 7")
        assert connection.execute("SELECT booking_id FROM activity_session WHERE id = 2").fetchone() == (None,)
    connection.close()


def test_0007_goes_down_again_keeping_sessions_and_attendance(data_paths: DataPaths) -> None:
    # 0008: the rows below still name their group as text
    file_at(data_paths, "0008", [statement.replace(" 999)", " NULL)") for statement in ROWS])
    migrate_file(data_paths, "0004", "downgrade")
    with sqlite3.connect(data_paths.database) as connection:
        assert connection.execute("SELECT count(*) FROM activity_session").fetchone() == (3,)
        assert connection.execute("SELECT count(*) FROM attendance").fetchone() == (1,)
        keys = connection.execute("PRAGMA foreign_key_list(activity_session)").fetchall()
        assert "booking" not in {k[2] for k in keys}
    connection.close()
