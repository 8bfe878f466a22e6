"""Write a new Alembic migration from the difference between the models and the migrations so far.

    python tools/new_migration.py "what it adds" --rev-id 0002

Read the generated file before committing it: autogenerate misses renames and data moves.
"""

import argparse
import tempfile
from pathlib import Path

from alembic import command

from buurtzaak_desktop.db.database import Database
from buurtzaak_desktop.db.migrate import alembic_config, migrate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    parser.add_argument("--rev-id", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = Database(Path(folder) / "head.sqlite")
        migrate(database)
        with database.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
            command.revision(config, message=args.message, autogenerate=True, rev_id=args.rev_id)
        database.close()


if __name__ == "__main__":
    main()
