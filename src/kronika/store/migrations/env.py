"""Alembic environment for the Kronika store.

Run through `kronika.store.migrate.upgrade` (on every `open_store`), which passes an open
connection already inside a locked transaction in `config.attributes["connection"]`; there is no
alembic.ini. Offline (SQL script) mode is not supported.
"""

from alembic import context

from kronika.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("Kronika migrations run through kronika.store.migrate (open_store), online only")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
