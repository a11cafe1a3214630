"""Inflection-aware search: the same matches, ranking and snippets on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from conftest import generated_document, make_document, make_fingerprint, pg_schema_url

from kronika.store import open_store
from kronika.store.keys import index_keys, key_stream, query_groups

TEXTS = {
    "luk": "Opozycja na Białorusi od lat domaga się wolnych wyborów. Według Łukaszenki protesty były inspirowane z zagranicy.",
    "rak": "Do Polski trafiły nowe systemy rakietowe. Wojsko przetestuje je jeszcze w tym roku na poligonie.",
    "weather": "Pogoda w weekend będzie słoneczna, a temperatura w Krakowie sięgnie dwudziestu stopni.",
    "luk3": "Łukaszenka przyjął delegację. Rozmowy z Łukaszenką trwały długo, a Łukaszenki nie przekonano.",
    "s400": "Turcja kupiła od Rosji system S-400, co wywołało spór w NATO.",
    "rak1": "Wojsko kupiło system rakietowy krótkiego zasięgu.",
}


def fill(store, ids=TEXTS):
    for doc_id in ids:
        text = TEXTS[doc_id]
        store.add(make_document(text, doc_id=doc_id, title=f"Tytuł {doc_id}", date="2022-06"), make_fingerprint(text))


def ids(hits):
    return [hit.doc_id for hit in hits]


def test_a_name_is_found_in_another_case(store):
    fill(store, ["luk", "rak", "weather"])
    hits = store.search("Łukaszenka")
    assert ids(hits) == ["luk"]
    assert hits[0].snippet == "Według **Łukaszenki** protesty były inspirowane z zagranicy."
    assert (hits[0].title, hits[0].date, hits[0].source) == ("Tytuł luk", "2022-06", "test://luk")
    assert hits[0].score > 0


def test_a_phrase_is_found_in_another_number(store):
    fill(store, ["luk", "rak", "weather"])
    hits = store.search("system rakietowy")
    assert ids(hits) == ["rak"]
    assert hits[0].snippet == "Do Polski trafiły nowe **systemy** **rakietowe**."


def test_unrelated_documents_are_not_returned(store):
    fill(store, ["luk", "rak", "weather"])
    assert store.search("Kraków") and ids(store.search("Kraków")) == ["weather"]
    assert store.search("tramwaj") == []
    assert store.search("system pogoda") == []  # every word must match
    assert store.search("") == [] and store.search("  ,. !") == []


def test_ranking_puts_more_mentions_first(store):
    fill(store, ["luk", "rak", "weather", "luk3", "s400", "rak1"])
    hits = store.search("Łukaszenko")
    assert ids(hits) == ["luk3", "luk"]
    assert hits[0].score > hits[1].score
    assert ids(store.search("system rakietowy")) == ["rak1", "rak"]  # shorter document first at equal counts


def test_hyphenated_words_and_special_keys(store):
    fill(store, ["s400", "rak", "weather"])
    assert ids(store.search("S-400")) == ["s400"]
    assert ids(store.search("s-400")) == ["s400"]
    assert "**S-400**" in store.search("S-400")[0].snippet
    assert any(key.startswith("~") for key in index_keys("Łukaszenki"))
    # Query syntax in the user's words is taken literally, never as FTS5/tsquery operators.
    for query in ['"S-400"', "S-400*", "S-400 & |", "(S-400)", "S-400:*", "'S-400'", "!S-400", "S-400 -", "^S-400"]:
        assert ids(store.search(query)) == ["s400"], query
    # Operator words are words: all of them must occur.
    assert store.search("S-400 OR Turcja") == [] and store.search("NOT") == [] and store.search("NEAR") == []


def test_pagination(store):
    documents = [generated_document(i) for i in range(25)]
    for document in documents:
        store.add(document, make_fingerprint(document.text))
    everything = store.search("wiadomość", limit=100)
    assert len(everything) == 25
    pages = [store.search("wiadomość", limit=10, offset=offset) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 5]
    assert [hit.doc_id for page in pages for hit in page] == ids(everything)
    scores = [hit.score for hit in everything]
    assert scores == sorted(scores, reverse=True)
    assert store.search("wiadomość", limit=10, offset=30) == []
    assert store.search("wiadomość", limit=0) == []


def test_snippet_of_a_long_sentence_is_a_window(store):
    filler = " ".join(["słowo"] * 150)
    text = f"{filler} Łukaszenki {filler}."
    store.add(make_document(text, doc_id="long"), make_fingerprint(text))
    snippet = store.search("Łukaszenka")[0].snippet
    assert "**Łukaszenki**" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 400


def test_keys_of_query_and_index_agree():
    stream = key_stream("Systemy rakietowe, systemy! S-400 i Łukaszenki.")
    for group in query_groups("system rakietowy S-400 Łukaszenka"):
        assert set(group) & set(stream.frequencies), group
    assert stream.frequencies["system"] == 2
    assert stream.n_words == 6
    assert query_groups("system systemy") == [tuple(sorted(index_keys("system"))), tuple(sorted(index_keys("systemy")))]
    assert query_groups("system system") == [tuple(sorted(index_keys("system")))]


def test_both_backends_give_the_same_results(tmp_path):
    """The same corpus and queries: identical hits, order and scores on SQLite and PostgreSQL."""
    corpus = [generated_document(i) for i in range(30)]
    corpus += [make_document(text, doc_id=doc_id) for doc_id, text in TEXTS.items()]
    queries = ["Łukaszenka", "system rakietowy", "S-400", "wiadomość", "rząd podatek", "Wojsko",
               "gaz prąd elektrownia", "numer 7", "energia", "tramwaj"]
    results = {}
    with pg_schema_url() as pg_url:
        for name, url in (("sqlite", str(tmp_path / "same.db")), ("postgresql", pg_url)):
            with open_store(url) as store:
                for document in corpus:
                    store.add(document, make_fingerprint(document.text))
                results[name] = {
                    q: [(h.doc_id, h.score, h.snippet) for h in store.search(q, limit=50)] for q in queries
                }
    for query in queries:
        sqlite_hits, pg_hits = results["sqlite"][query], results["postgresql"][query]
        assert [h[0] for h in sqlite_hits] == [h[0] for h in pg_hits], query
        assert [h[2] for h in sqlite_hits] == [h[2] for h in pg_hits], query
        assert [h[1] for h in sqlite_hits] == pytest.approx([h[1] for h in pg_hits], rel=1e-12), query
    assert results["sqlite"]["wiadomość"] and results["sqlite"]["tramwaj"] == []
