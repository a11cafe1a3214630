"""Where analysed documents are kept, searched and exported: SQLite or PostgreSQL.

    >>> from kronika.store import open_store
    >>> with open_store("kronika.db") as store:             # or "postgresql://user@host/db"
    ...     result = store.add(document, fingerprint)        # "new" | "duplicate" | "near_duplicate"
    ...     hits = store.search("system rakietowy")          # finds "systemy rakietowe"

The schema is managed with Alembic (scripts in `kronika/store/migrations`) and brought up to date
whenever a store is opened.
"""

from __future__ import annotations

import os

from sqlalchemy import exc

from kronika.errors import StoreError
from kronika.store.engine import create_engine, display, one_line, resolve_url
from kronika.store.search import SearchHit
from kronika.store.store import AddResult, FingerprintLike, Store

__all__ = ["AddResult", "FingerprintLike", "SearchHit", "Store", "StoreError", "open_store"]


def open_store(url: str | os.PathLike | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`.

    None: $KRONIKA_DB, else `kronika.db` in the current directory. A plain path: an SQLite file.
    `sqlite:///path` and `postgresql://user:password@host:port/db` URLs (driver: psycopg 3).
    Raises `StoreError` with a one-line reason when the database cannot be opened or migrated.
    """
    from kronika.store import migrate

    resolved = resolve_url(url)
    engine = create_engine(resolved)
    location = display(resolved)
    try:
        migrate.upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    except exc.SQLAlchemyError as error:
        engine.dispose()
        raise StoreError(f"cannot open store {location}: {one_line(error)}") from error
    return Store(engine, location)
