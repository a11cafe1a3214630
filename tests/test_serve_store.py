"""The read-side index tables: filled by Store.add, backfilled by migration 0002, on both backends."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from conftest import full_document, generated_document, make_document, make_fingerprint

from kronika.serve import queries
from kronika.store import migrate, open_store
from kronika.store.schema import doc_entities, doc_events, doc_quotes, entity_names, quote_about


def _count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_adding_a_document_indexes_its_entities_quotes_and_events(store):
    document = full_document()
    store.add(document, make_fingerprint(document.text))
    entity = queries.get_entity(store, "e2")
    assert entity["name"] == "Alaksandr Łukaszenka" and entity["n_mentions"] == 1
    assert entity["aliases"] == {"": ["Łukaszenko"]}  # not in the KB: the forms the documents give
    assert [n["key"] for n in entity["neighbours"]] == ["e1"]
    events = queries.list_events(store, 10, 0, entity="e1")["items"]
    assert [(e["type"], e["time"], e["evidence"]) for e in events] == \
        [("MEET", "2022-12", "Putin spotkał się z Łukaszenką w Mińsku.")]
    assert events[0]["args"]["partners"] == [{"key": "e2", "name": "Alaksandr Łukaszenka"}]
    quotes = queries.list_quotes(store, 10, 0)["items"]
    assert [(q["text"], q["speaker"], q["speaker_text"]) for q in quotes] == \
        [("„Rozmowy były owocne” –", None, "Pieskow")]


def test_an_inflected_form_finds_the_entity(store):
    document = full_document()
    store.add(document, make_fingerprint(document.text))
    with store.engine.connect() as conn:
        assert queries.resolve_entity(conn, "Łukaszenką") == ["e2"]
        assert queries.resolve_entity(conn, "Łukaszenko") == ["e2"]  # an alias
        assert queries.resolve_entity(conn, "e1") == ["e1"]  # a key
        assert queries.resolve_entity(conn, "Merkel") == []
    assert queries.list_documents(store, 10, 0, entity="Łukaszenki")["total"] == 1
    assert queries.list_documents(store, 10, 0, entity="Merkel")["total"] == 0


def test_a_duplicate_adds_no_index_rows(store):
    document = full_document()
    store.add(document, make_fingerprint(document.text))
    before = [_count(store, t) for t in (doc_entities, doc_events, doc_quotes, entity_names)]
    assert store.add(document, make_fingerprint(document.text)).status == "duplicate"
    assert [_count(store, t) for t in (doc_entities, doc_events, doc_quotes, entity_names)] == before
    assert before[:3] == [2, 1, 1]


def test_lists_are_paginated_and_filtered_by_date(store):
    for i in range(7):
        document = generated_document(i).model_copy(update={"date": f"2023-0{i + 1}-15"})
        store.add(document, make_fingerprint(document.text))
    page = queries.list_documents(store, 3, 0)
    assert page["total"] == 7 and [d["date"] for d in page["items"]] == ["2023-07-15", "2023-06-15", "2023-05-15"]
    assert [d["date"] for d in queries.list_documents(store, 3, 6)["items"]] == ["2023-01-15"]
    ranged = queries.list_documents(store, 10, 0, since="2023-02", until="2023-04")
    assert sorted(d["date"] for d in ranged["items"]) == ["2023-02-15", "2023-03-15", "2023-04-15"]


def test_migration_0002_backfills_a_store_written_before_it(store_url):
    document = full_document()
    other = make_document("Inny tekst o niczym szczególnym, bez nazw.", doc_id="plain-1")
    with open_store(store_url) as store:
        store.add(document, make_fingerprint(document.text))
        store.add(other, make_fingerprint(other.text))
        indexed = [_count(store, t) for t in (doc_entities, doc_events, doc_quotes, quote_about)]
        engine = store.engine
        with engine.begin() as conn:  # back to the schema of revision 0001, as an older Kronika left it
            command.downgrade(migrate.alembic_config(conn), "0001")
        with engine.connect() as conn:
            assert migrate.current(conn) == "0001"
            assert "doc_entities" not in sa.inspect(conn).get_table_names()
    with open_store(store_url) as store:  # opening upgrades and backfills
        assert [_count(store, t) for t in (doc_entities, doc_events, doc_quotes, quote_about)] == indexed
        assert queries.get_entity(store, "e1")["n_documents"] == 1
        assert store.count() == 2


def test_every_read_query_runs_on_both_backends(store):
    """The same answers from SQLite and PostgreSQL (GROUP BY, row-value IN, substr, paging)."""
    document = full_document()
    store.add(document, make_fingerprint(document.text))
    for i in range(3):
        other = generated_document(i)
        store.add(other, make_fingerprint(other.text))
    assert [e["key"] for e in queries.list_entities(store, 10, 0)["items"]] == ["e1", "e2"]
    assert queries.list_entities(store, 1, 1, type_="PER")["items"][0]["key"] == "e2"
    assert queries.list_entities(store, 10, 0, name="Putina")["total"] == 1
    assert queries.list_quotes(store, 10, 0, since="2022-12", until="2022-12")["total"] == 1
    assert queries.list_quotes(store, 10, 0, since="2023")["total"] == 0
    assert queries.list_quotes(store, 10, 0, entity="e1")["total"] == 0  # nobody is named inside it
    assert queries.list_events(store, 10, 0, since="2022-12-01", until="2022-12")["total"] == 0  # 2022-12 < 2022-12-01
    assert queries.list_events(store, 10, 0, since="2022", until="2022")["total"] == 1
    assert queries.list_events(store, 10, 0, modality="planned")["total"] == 0
    assert queries.timeline(store, 10, 0, entity="Putin")["total"] == 1
    assert queries.list_sources(store, 10, 0) == {"total": 0, "limit": 10, "offset": 0, "items": []}
    assert queries.get_entity(store, "nobody") is None and queries.get_source(store, "nobody", 10, 0) is None
    assert queries.search(store, "Łukaszenki", 10, 0)["items"][0]["doc_id"] == "full-1"
    assert queries.list_documents(store, 2, 0)["total"] == 4
