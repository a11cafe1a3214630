"""Bring a store's schema to the newest Alembic revision, safely for processes opening it together.

Alembic is configured here, in code (no alembic.ini): the scripts live in
`kronika/store/migrations`. The upgrade runs in one transaction that first takes a lock
(SQLite: BEGIN IMMEDIATE, the database write lock; PostgreSQL: a transaction-level advisory lock),
so a second process waits, then finds the schema current and does nothing. PostgreSQL's DDL is
transactional and so is SQLite's: a failed upgrade leaves the previous schema.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from kronika.errors import StoreError
from kronika.store.engine import writing

MIGRATIONS = Path(__file__).with_name("migrations")
# pg_advisory_xact_lock key: "kronika" in ASCII, any constant shared by all Kronika processes.
PG_LOCK_KEY = 0x6B726F6E696B61


def alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise StoreError(f"the store's migrations have {len(heads)} heads; expected one")
    return heads[0]


def current(connection: sa.Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: sa.Engine) -> None:
    target = head()
    with engine.connect() as conn:
        revision = current(conn)
        conn.rollback()
    if revision == target:
        return
    with writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        try:
            command.upgrade(alembic_config(conn), "head")
        except CommandError as error:
            message = str(error).splitlines()[0]
            if "Can't locate revision" in message:
                message = f"the store was written by a newer Kronika ({message})"
            raise StoreError(f"cannot migrate the store: {message}") from error
