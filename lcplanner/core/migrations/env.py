"""Alembic environment: runs on the connection planfile hands over, inside its transaction."""

from alembic import context

from lcplanner.core.model import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
