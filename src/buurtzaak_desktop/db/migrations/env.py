"""Alembic environment: migrations run on the connection the app hands in (never a URL of their own)."""

from alembic import context
from sqlmodel import SQLModel

from buurtzaak_desktop.db.models import load_all

load_all()  # every table on SQLModel.metadata, for autogenerate

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
