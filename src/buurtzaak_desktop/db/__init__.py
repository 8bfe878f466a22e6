"""The database: SQLModel models on one SQLite file, with Alembic migrations."""
