"""Database URLs, engines and one-line errors.

SQLite connections run in WAL mode (a reader searches while a writer ingests), with a busy
timeout and foreign keys on; write transactions start with BEGIN IMMEDIATE so that two writers
queue up instead of failing on a lock upgrade. PostgreSQL URLs use the psycopg 3 driver.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from kronika.errors import StoreError

DEFAULT_PATH = "kronika.db"
ENV_VAR = "KRONIKA_DB"
BUSY_TIMEOUT_S = 30
PG_CONNECT_TIMEOUT_S = 10
WRITE = "kronika_write"  # execution option: start the transaction as a writer


def resolve_url(target: str | os.PathLike | None) -> URL:
    """None → $KRONIKA_DB or ./kronika.db; a path → SQLite file; sqlite:// and postgresql:// URLs."""
    if target is None:
        target = os.environ.get(ENV_VAR) or DEFAULT_PATH
    raw = os.fspath(target)
    if not raw.strip():
        raise StoreError("the store location is empty: give a file path or a database URL")
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(raw)
    except exc.ArgumentError:
        raise StoreError(f"cannot read the database URL {_mask(raw)!r}") from None
    backend, _, driver = url.drivername.partition("+")
    if backend == "postgres":
        backend = "postgresql"
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg" if not driver or driver == "psycopg" else url.drivername)
    if backend == "sqlite":
        return url
    raise StoreError(f"unsupported database URL scheme {backend!r}: use a file path, sqlite:/// or postgresql://")


def display(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _mask(raw: str) -> str:
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for a message
        return raw.split("@")[-1]


def create_engine(url: URL) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    try:
        return sa.create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "kronika"},
        )
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as error:
        raise StoreError(f"cannot use {display(url)}: {one_line(error)}") from None


def _sqlite_engine(url: URL) -> sa.Engine:
    memory = url.database in (None, "", ":memory:")
    if not memory:
        path = Path(url.database)
        if not path.parent.exists():
            raise StoreError(f"cannot open store {path}: directory {path.parent} does not exist")
        if path.is_dir():
            raise StoreError(f"cannot open store {path}: it is a directory")
    options: dict = {"connect_args": {"timeout": BUSY_TIMEOUT_S}}
    if memory:
        options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = sa.create_engine(url, **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        # Leave transaction control to us (pysqlite's own BEGIN handling is off) ...
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            if not memory:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # ... and begin ourselves: a writer takes the write lock up front (queued by busy_timeout).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine


@contextmanager
def reading(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One read transaction: a consistent snapshot (SQLite: WAL read; PostgreSQL: REPEATABLE READ,
    so that counts and matches computed by separate statements agree)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


@contextmanager
def writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One write transaction: committed at the end, rolled back on any exception (Ctrl-C too)."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


def one_line(error: BaseException) -> str:
    """The first line of a database error, without SQLAlchemy's SQL dump and links."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip() or type(original).__name__
    line = text.splitlines()[0].strip()
    if line.startswith("(") and ") " in line:  # "(sqlite3.OperationalError) message"
        line = line.split(") ", 1)[1]
    return line


@contextmanager
def translate(action: str) -> Iterator[None]:
    """Database errors → StoreError("cannot {action}: reason")."""
    try:
        yield
    except StoreError:
        raise
    except exc.SQLAlchemyError as error:
        raise StoreError(f"cannot {action}: {one_line(error)}") from error
