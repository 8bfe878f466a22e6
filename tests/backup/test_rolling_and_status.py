"""Rolling local copies (7 daily, 4 weekly, 12 monthly), the last back-up's time and the reminder."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from buurtzaak_desktop.backup import startup
from buurtzaak_desktop.backup.rolling import make_rolling_copy, prune, rolling_copies, to_keep
from buurtzaak_desktop.backup.status import last_backup, record_backup, reminder
from buurtzaak_desktop.domain import clock
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.services.startup import run_startup_tasks

from .conftest import add_rooms


def test_retention_keeps_7_daily_4_weekly_12_monthly() -> None:
    today = date(2026, 11, 25)
    days = [today - timedelta(days=n) for n in range(800)]
    keep = to_keep(days)
    assert all(today - timedelta(days=n) in keep for n in range(7))
    assert today - timedelta(days=7) not in keep
    weeks = {d.isocalendar()[:2] for d in keep}
    assert len(weeks) <= 7 + 4 + 12
    months = {(d.year, d.month) for d in keep}
    assert len(months) == 12
    assert min(keep) >= date(2025, 12, 1)
    assert len(keep) <= 7 + 4 + 12


def test_one_rolling_copy_a_day_and_old_ones_thinned(context: AppContext) -> None:
    paths = context.paths
    assert make_rolling_copy(paths, date(2026, 11, 25)) is not None
    assert make_rolling_copy(paths, date(2026, 11, 25)) is None  # today's copy exists
    template = next(iter(rolling_copies(paths)))
    for n in range(1, 400):
        day = date(2026, 11, 25) - timedelta(days=n)
        (paths.backups / f"buurtzaak-dagelijks-{day:%Y%m%d}-090000.sqlite").write_bytes(template.read_bytes())
    prune(paths)
    assert len(rolling_copies(paths)) <= 23
    assert (paths.backups / "buurtzaak-dagelijks-20261124-090000.sqlite").exists()


def test_last_backup_lives_beside_the_database(data_paths: DataPaths) -> None:
    data_paths.ensure()
    assert last_backup(data_paths) is None
    moment = datetime(2026, 11, 20, 14, 5)
    record_backup(data_paths, moment, encrypted=True)
    assert last_backup(data_paths) == moment
    assert reminder(data_paths, 7, now=datetime(2026, 11, 26)) is None
    assert "7 dagen" in (reminder(data_paths, 7, now=datetime(2026, 11, 27)) or "")


def test_a_servers_back_up_is_remembered_apart_from_the_files(data_paths: DataPaths) -> None:
    """A desk that switches between its file and a server: the one's last back-up is not shown for the other."""
    server = DataPaths(data_paths.root, "postgresql+psycopg://balie@db.example.org:5432/buurtzaak")
    record_backup(server, datetime(2026, 12, 1, 9, 0), encrypted=True)
    assert last_backup(server) == datetime(2026, 12, 1, 9, 0)
    assert last_backup(data_paths) is None
    assert last_backup(DataPaths(data_paths.root, "postgresql+psycopg://balie@db.example.org/andere")) is None


def test_startup_task_copies_and_reminds_only_with_data(context: AppContext) -> None:
    assert startup.run(context) == []  # an empty folder: nothing to lose, no reminder
    assert len(rolling_copies(context.paths)) == 1
    add_rooms(context.database, 2)
    messages = run_startup_tasks(context)
    assert any("nog nooit een back-up" in m for m in messages)
    record_backup(context.paths, clock.now(), encrypted=False)
    assert startup.run(context) == []


def test_reminder_days_setting_is_used(context: AppContext) -> None:
    add_rooms(context.database, 1)
    record_backup(context.paths, clock.now() - timedelta(days=3), encrypted=False)
    assert startup.run(context) == []
    context.settings.set("backup_reminder_days", 2)
    assert "3 dagen" in startup.run(context)[0]


def test_status_file_is_not_in_the_database(context: AppContext, tmp_path: Path) -> None:
    before = context.database.path.stat().st_mtime_ns
    record_backup(context.paths, clock.now(), encrypted=False)
    assert context.database.path.stat().st_mtime_ns == before
