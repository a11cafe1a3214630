"""The store's API on both backends: round trip, duplicates, near-duplicates, stats, iteration."""

from __future__ import annotations

import pytest
from conftest import ARTICLE, full_document, generated_document, make_document, make_fingerprint


def test_add_and_get_round_trip(store):
    document = full_document()
    result = store.add(document, make_fingerprint(document.text))
    assert (result.status, result.doc_id, result.near_duplicate_of) == ("new", "full-1", None)
    assert store.get("full-1") == document
    assert store.get("full-1").model_dump_json() == document.model_dump_json()
    assert store.get("missing") is None
    assert store.has_content(document.content_hash) == "full-1"
    assert store.has_content("0" * 64) is None
    assert store.count() == 1
    assert store.check() == []


def test_content_hash_is_filled_from_the_fingerprint(store):
    document = make_document("Krótka notatka o niczym.", doc_id="n1").model_copy(update={"content_hash": None})
    fingerprint = make_fingerprint(document.text)
    store.add(document, fingerprint)
    assert store.get("n1").content_hash == fingerprint.content_hash


def test_exact_duplicate_is_not_stored_again(store):
    first = make_document(ARTICLE, doc_id="a-1")
    assert store.add(first, make_fingerprint(ARTICLE)).status == "new"
    again = store.add(first, make_fingerprint(ARTICLE))
    assert (again.status, again.doc_id) == ("duplicate", "a-1")
    # The same text under another id (e.g. another feed) is the same content: not stored.
    copy = make_document(ARTICLE, doc_id="a-2", source="other")
    result = store.add(copy, make_fingerprint(ARTICLE))
    assert (result.status, result.doc_id) == ("duplicate", "a-1")
    assert store.count() == 1
    assert store.get("a-2") is None


def test_same_id_with_other_text_is_an_error(store):
    from kronika.errors import StoreError

    store.add(make_document(ARTICLE, doc_id="x"), make_fingerprint(ARTICLE))
    other = "Zupełnie inny tekst o pogodzie na weekend."
    with pytest.raises(StoreError, match="already stored"):
        store.add(make_document(other, doc_id="x"), make_fingerprint(other))
    assert store.count() == 1


def test_near_duplicate_is_stored_and_linked(store):
    original = make_document(ARTICLE, doc_id="orig")
    edited_text = ARTICLE.replace("w poniedziałek", "we wtorek").replace("Ustce", "Orzyszu")
    edited = make_document(edited_text, doc_id="edit")
    unrelated_text = generated_document(1).text
    assert store.add(original, make_fingerprint(ARTICLE)).status == "new"

    result = store.add(edited, make_fingerprint(edited_text))
    assert (result.status, result.doc_id, result.near_duplicate_of) == ("near_duplicate", "edit", "orig")
    assert 0.8 <= result.similarity < 1.0
    stored = store.get("edit")
    assert stored.near_duplicate_of == "orig"
    assert stored.model_copy(update={"near_duplicate_of": None}) == edited

    other = store.add(make_document(unrelated_text, doc_id="other"), make_fingerprint(unrelated_text))
    assert (other.status, other.near_duplicate_of) == ("new", None)
    assert store.count() == 3
    assert store.stats()["near_duplicates"] == 1


def test_add_computes_the_fingerprint_when_not_given(store):
    pytest.importorskip("kronika.ingest.dedup")
    document = make_document(ARTICLE, doc_id="auto")
    assert store.add(document).status == "new"
    assert store.add(make_document(ARTICLE, doc_id="auto-2")).status == "duplicate"


def test_documents_iterates_in_order_and_filters_by_language(store):
    for i in range(5):
        store.add(generated_document(i), make_fingerprint(generated_document(i).text))
    english = make_document("The president met the prime minister in Warsaw.", doc_id="en-1", lang="en")
    store.add(english, make_fingerprint(english.text))
    assert [d.id for d in store.documents()] == [f"gen-{i:04d}" for i in range(5)] + ["en-1"]
    assert [d.id for d in store.documents(lang="en")] == ["en-1"]
    assert list(store.documents(lang="de")) == []
    assert len(store) == 6


def test_documents_streams_more_than_one_batch(store, monkeypatch):
    from kronika.store import store as store_module

    monkeypatch.setattr(store_module, "BATCH", 3)
    for i in range(8):
        store.add(generated_document(i), make_fingerprint(generated_document(i).text))
    assert [d.id for d in store.documents()] == [f"gen-{i:04d}" for i in range(8)]


def test_stats(store):
    empty = store.stats()
    assert empty["documents"] == 0 and empty["date_range"] is None and empty["by_language"] == {}
    full = full_document()
    store.add(full, make_fingerprint(full.text))
    store.add(make_document(ARTICLE, doc_id="orig", date="2021"), make_fingerprint(ARTICLE))
    edited = ARTICLE.replace("Ustce", "Orzyszu")
    store.add(make_document(edited, doc_id="edit", date="2023-01-15"), make_fingerprint(edited))
    english = make_document("Short English note.", doc_id="en", lang="en")
    store.add(english, make_fingerprint(english.text))

    stats = store.stats()
    assert stats["documents"] == 4
    assert stats["by_language"] == {"pl": 3, "en": 1}
    assert stats["near_duplicates"] == 1
    assert stats["date_range"] == ["2021", "2023-01-15"]
    assert stats["dated"] == 3
    assert stats["tokens"] == 2 and stats["mentions"] == 3 and stats["entities"] == 2
    assert stats["quotes"] == 1 and stats["events"] == 1 and stats["timexes"] == 1
    assert stats["sentences"] == 2 + 2 * len(make_document(ARTICLE).sentences) + 1
    assert stats["words"] > 100
    assert stats["backend"] == store.backend


def test_interrupted_add_leaves_nothing_behind(store, monkeypatch):
    """Ctrl-C in the middle of storing a document rolls the whole document back."""
    from kronika.store.store import Store

    document = make_document(ARTICLE, doc_id="interrupted")

    def interrupt(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_index", interrupt)
    with pytest.raises(KeyboardInterrupt):
        store.add(document, make_fingerprint(ARTICLE))
    monkeypatch.undo()
    assert store.count() == 0
    assert store.has_content(document.content_hash) is None
    assert store.add(document, make_fingerprint(ARTICLE)).status == "new"
    assert store.check() == []
    assert [hit.doc_id for hit in store.search("poligon")] == ["interrupted"]
