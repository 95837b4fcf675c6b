"""Alembic environment: run with the connection the store hands over."""

from alembic import context

from tangible.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used through tangible.store.migrate
    raise RuntimeError("Run migrations through `tangible db migrate`.")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
