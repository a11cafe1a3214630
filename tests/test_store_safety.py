"""Opening, migrating, concurrent use, kill -9 and bad locations."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import ARTICLE, generated_document, make_document, make_fingerprint

from kronika.errors import StoreError
from kronika.store import migrate, open_store
from kronika.store.store import Store

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"


def python(code: str, **env: str) -> subprocess.Popen:
    """A child Python process that can import kronika and the test helpers."""
    environment = {**os.environ, **env, "PYTHONPATH": os.pathsep.join([str(SRC), str(TESTS)])}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# -- migrations ---------------------------------------------------------------------------------


def tables(store: Store) -> set[str]:
    return set(sa.inspect(store._engine).get_table_names())


def test_opening_twice_is_idempotent(store_url):
    with open_store(store_url) as first:
        first.add(make_document(ARTICLE, doc_id="a"), make_fingerprint(ARTICLE))
        names = tables(first)
    with open_store(store_url) as second:
        assert tables(second) == names
        with second._engine.connect() as conn:
            assert migrate.current(conn) == migrate.head()
            assert conn.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
        assert second.count() == 1
        assert second.get("a").id == "a"
    assert {"documents", "document_data", "doc_bands", "alembic_version"} <= names
    assert ("doc_fts" if "sqlite" in store_url or "://" not in store_url else "doc_search") in names


def test_processes_opening_a_new_store_together(store_url):
    """Several processes migrating the same empty database at once: all succeed, one schema."""
    code = """
        import os
        from kronika.store import open_store
        with open_store(os.environ["URL"]) as store:
            print(store.count())
    """
    children = [python(code, URL=store_url) for _ in range(3)]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0, 0], [err for _, err in outputs]
    assert [out.strip() for out, _ in outputs] == ["0", "0", "0"]
    with open_store(store_url) as store, store._engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [migrate.head()]


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    with open_store(tmp_path / "wal.db") as store, store._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_default_location_and_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KRONIKA_DB", raising=False)
    with open_store() as store:
        assert store.backend == "sqlite"
    assert (tmp_path / "kronika.db").is_file()
    monkeypatch.setenv("KRONIKA_DB", str(tmp_path / "from-env.db"))
    open_store().close()
    assert (tmp_path / "from-env.db").is_file()
    open_store("sqlite:///relative.db").close()
    assert (tmp_path / "relative.db").is_file()
    open_store(f"sqlite:///{tmp_path / 'absolute.db'}").close()
    assert (tmp_path / "absolute.db").is_file()


# -- bad locations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, message",
    [
        ("mysql://user@localhost/db", "unsupported database URL scheme 'mysql'"),
        ("postgresql://nobody:s3cret@127.0.0.1:1/nowhere", "cannot open store postgresql"),
        ("postgresql://nobody:s3cret@[bad", "cannot"),
        ("/nonexistent-kronika-dir/x.db", "does not exist"),
        ("", "empty"),
    ],
)
def test_bad_location_is_a_one_line_store_error(url, message):
    with pytest.raises(StoreError) as caught:
        open_store(url)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text and "s3cret" not in text and "Traceback" not in text


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not a database, just some text " * 50)
    with pytest.raises(StoreError, match="not a database") as caught:
        open_store(path)
    assert "\n" not in str(caught.value)
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)


def test_a_store_of_a_newer_version(tmp_path):
    path = tmp_path / "future.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer Kronika"):
        open_store(path)


def test_failures_while_open_are_store_errors(tmp_path):
    path = tmp_path / "gone.db"
    store = open_store(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE doc_bands")
    with pytest.raises(StoreError, match="^cannot store document a: .*doc_bands"):
        store.add(make_document(ARTICLE, doc_id="a"), make_fingerprint(ARTICLE))
    store.close()


# -- concurrent readers and writers ---------------------------------------------------------


def test_reader_reads_while_a_writer_writes(store_url):
    """A writer holds a write transaction open mid-document; a second store (own connections)
    counts, searches and reads at once, seeing the last committed state; then sees the new one."""
    writer, reader = open_store(store_url), open_store(store_url)
    release = threading.Event()
    try:
        first = make_document(ARTICLE, doc_id="first")
        writer.add(first, make_fingerprint(ARTICLE))

        inside = threading.Event()
        original_index = Store._index

        def slow_index(self, conn, pk, stream):
            original_index(self, conn, pk, stream)
            inside.set()
            assert release.wait(30)

        second = generated_document(7)
        errors: list[BaseException] = []

        def write():
            try:
                writer.add(second, make_fingerprint(second.text))
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        writer._index = slow_index.__get__(writer)  # only this store instance is slowed down
        thread = threading.Thread(target=write)
        thread.start()
        assert inside.wait(30)
        started = time.monotonic()
        assert reader.count() == 1
        assert [hit.doc_id for hit in reader.search("poligon")] == ["first"]
        assert reader.search("wiadomość") == []
        assert reader.get(second.id) is None
        assert time.monotonic() - started < 5, "the reader waited for the writer"
        release.set()
        thread.join(30)
        assert not errors
        assert reader.count() == 2
        assert [hit.doc_id for hit in reader.search("wiadomość")] == [second.id]
    finally:
        release.set()
        writer.close()
        reader.close()


def test_two_writers_and_a_reader(store_url):
    """Two writer threads with their own stores add overlapping sets; a reader searches meanwhile."""
    documents = [generated_document(i) for i in range(24)]
    results: dict[str, list] = {"a": [], "b": []}
    errors: list[BaseException] = []

    def write(name, items):
        try:
            with open_store(store_url) as store:
                for document in items:
                    results[name].append(store.add(document, make_fingerprint(document.text)).status)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    open_store(store_url).close()  # migrate first
    threads = [
        threading.Thread(target=write, args=("a", documents[:16])),
        threading.Thread(target=write, args=("b", documents[8:])),
    ]
    for thread in threads:
        thread.start()
    try:
        with open_store(store_url) as reader:
            while any(thread.is_alive() for thread in threads):
                reader.search("wiadomość numer")
                reader.stats()
    finally:
        for thread in threads:
            thread.join()
    assert not errors, errors
    with open_store(store_url) as reader:
        assert reader.count() == 24
        assert results["a"].count("new") + results["b"].count("new") == 24
        assert results["a"].count("duplicate") + results["b"].count("duplicate") == 8
        assert reader.check() == []


# -- kill -9 ----------------------------------------------------------------------------------


CHILD = """
    import os, sys
    from conftest import generated_document, make_fingerprint
    from kronika.store import open_store
    store = open_store(os.environ["URL"])
    for i in range(int(os.environ["N"])):
        document = generated_document(i)
        store.add(document, make_fingerprint(document.text))
        print(i, flush=True)
"""


def test_kill_9_mid_ingest_leaves_only_complete_documents(store_url):
    total = 400
    open_store(store_url).close()
    child = python(CHILD, URL=store_url, N=str(total))
    seen = -1
    try:
        for line in child.stdout:
            seen = int(line)
            if seen >= 15:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    assert 15 <= seen < total - 1, child.stderr.read()

    with open_store(store_url) as store:
        assert store.check() == []
        stored = [document.id for document in store.documents()]
        # Documents are stored in order: a prefix of the series, at least what the child reported.
        assert stored == [generated_document(i).id for i in range(len(stored))]
        assert seen + 1 <= len(stored) < total
        with store._engine.connect() as conn:
            bands = conn.execute(sa.text("SELECT doc_pk, count(*) FROM doc_bands GROUP BY doc_pk")).all()
            pks = conn.execute(sa.text("SELECT pk FROM documents")).scalars().all()
        expected_bands = len(set(make_fingerprint(generated_document(0).text).bands))
        assert sorted(pk for pk, _ in bands) == sorted(pks)
        assert {n for _, n in bands} == {expected_bands}
        for i in (0, len(stored) - 1):
            assert store.search(f"numer {i}")[0].doc_id in stored

        # Rerun: only the missing documents are stored.
        statuses = [store.add(generated_document(i), make_fingerprint(generated_document(i).text)).status
                    for i in range(total // 8)]
        assert statuses == ["duplicate"] * len(stored) + ["new"] * (total // 8 - len(stored))
        assert store.count() == total // 8
        assert store.check() == []


def test_schema_module_matches_the_migrated_database(store):
    """`kronika.store.schema` and the migrations describe the same tables (Alembic's comparison)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kronika.store.schema import metadata

    def include(obj, name, type_, reflected, _compare_to):
        table = obj if type_ == "table" else getattr(obj, "table", None)
        if table is None:
            return True
        if reflected:  # FTS5's virtual and shadow tables are not in the metadata
            return table.name in metadata.tables
        return store.backend in table.info.get("dialects", (store.backend,))

    with store._engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": True})
        assert compare_metadata(context, metadata) == []
