"""The HTTP API over a store of our sample corpus and the seeds: what it answers and what it refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_corpus import ROOT, SEEDS, copy_store, corpus_store, nlp

from kronika.chronicle import build_chronicle, filter_chronicle, public
from kronika.serve.app import Settings, create_app, openapi_schema
from kronika.store import open_store

TOKEN = "s3cret-token"


def client_for(db: Path, **settings) -> TestClient:
    app = create_app(Settings(db=str(db), **settings))
    app.state.nlp = nlp()  # loaded once for the session
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def api():
    with client_for(corpus_store(), token=TOKEN) as client:
        yield client


@pytest.fixture
def writable(tmp_path):
    """A client over a private copy of the corpus store."""
    with client_for(copy_store(corpus_store(), tmp_path), token=TOKEN) as client:
        yield client


def stored_count() -> int:
    with open_store(str(corpus_store())) as store:
        return store.count()


# -- reading --------------------------------------------------------------------------------


def test_documents_are_listed_page_by_page():
    total = stored_count()
    with client_for(corpus_store()) as api:
        first = api.get("/api/documents", params={"limit": 5}).json()
        rest = api.get("/api/documents", params={"limit": 100, "offset": 5}).json()
    assert first["total"] == total >= 10
    assert len(first["items"]) == 5 and len(rest["items"]) == total - 5
    ids = [d["id"] for d in first["items"] + rest["items"]]
    assert len(set(ids)) == total
    dates = [d["date"] for d in first["items"] + rest["items"] if d["date"]]
    assert dates == sorted(dates, reverse=True)


def test_a_document_comes_with_its_full_analysis(api):
    doc_id = api.get("/api/search", params={"q": "Łukaszenka", "limit": 1}).json()["items"][0]["doc_id"]
    document = api.get(f"/api/documents/{doc_id}").json()
    assert document["id"] == doc_id
    for part in ("sentences", "tokens", "mentions", "entities", "quotes", "events", "timexes"):
        assert document[part], part
    missing = api.get("/api/documents/no-such-document")
    assert missing.status_code == 404 and "no-such-document" in missing.json()["error"]


def test_search_is_inflection_aware(api):
    found = api.get("/api/search", params={"q": "Łukaszenką"}).json()
    assert found["items"] and not found["more"]
    assert any("Łukaszenk" in hit["snippet"] for hit in found["items"])
    assert api.get("/api/search", params={"q": "Łukaszenką", "limit": 1}).json()["more"] is True


def test_entities_filter_by_type_and_name(api):
    people = api.get("/api/entities", params={"type": "PER", "limit": 100}).json()
    assert people["total"] == len(people["items"]) > 5
    assert {e["type"] for e in people["items"]} == {"PER"}
    counts = [e["n_documents"] for e in people["items"]]
    assert counts == sorted(counts, reverse=True)
    named = api.get("/api/entities", params={"name": "Łukaszenki"}).json()
    assert [e["key"] for e in named["items"]] == ["lukaszenka"]


def test_an_entity_has_aliases_across_languages_quotes_events_and_companions(api):
    entity = api.get("/api/entities/lukaszenka").json()
    assert entity["name"] == "Alaksandr Łukaszenka" and entity["type"] == "PER"
    assert "Лукашенко" in entity["aliases"]["ru"] and "Lukashenko" in entity["aliases"]["en"]
    assert entity["quotes_by"]["total"] > 0
    assert {q["speaker"]["key"] for q in entity["quotes_by"]["items"]} == {"lukaszenka"}
    assert entity["events"]["items"]
    for event in entity["events"]["items"]:
        involved = {r["key"] for refs in event["args"].values() for r in refs} | {(event["source"] or {}).get("key")}
        assert "lukaszenka" in involved
    assert "putin" in {n["key"] for n in entity["neighbours"]}
    assert api.get("/api/entities/nobody-at-all").status_code == 404


def test_quotations_filter_by_speaker_entity_and_date(api):
    by = api.get("/api/quotes", params={"speaker": "Chrenina", "limit": 100}).json()  # an inflected form
    assert by["total"] > 0 and {q["speaker"]["key"] for q in by["items"]} == {"chrenin"}
    about = api.get("/api/quotes", params={"entity": "Polska", "limit": 100}).json()
    assert about["total"] > 0
    dated = api.get("/api/quotes", params={"from": "2025-01", "to": "2025-08", "limit": 100}).json()
    assert dated["total"] > 0 and all("2025-01" <= q["date"][:7] <= "2025-08" for q in dated["items"])


def test_events_filter_by_entity_type_and_date(api):
    events = api.get("/api/events", params={"entity": "Putin", "from": "2022", "to": "2023-06", "limit": 100}).json()
    assert events["total"] > 0
    for e in events["items"]:
        assert e["time"] and "2022" <= e["time"][:7] <= "2023-06"
    meetings = api.get("/api/events", params={"type": "meet", "limit": 100}).json()
    assert meetings["total"] > 0 and {e["type"] for e in meetings["items"]} == {"meet"}
    times = [e["time"] or "9999" for e in meetings["items"]]
    assert times == sorted(times)


def test_the_timeline_is_the_chronicle_the_cli_shows(api):
    with open_store(str(corpus_store())) as store:
        events, _ = build_chronicle(store.documents())
    expected = [public(e) for e in filter_chronicle(events, entity="Łukaszenką")]
    got = api.get("/api/timeline", params={"entity": "Łukaszenką", "limit": 100}).json()
    assert got["total"] == len(expected) > 0 and not got["partial"]
    strip = lambda e: {**e, "mentions": [{k: v for k, v in m.items() if k != "index"} for m in e["mentions"]]}  # noqa: E731
    assert [strip(e) for e in got["items"]] == json.loads(json.dumps(expected, ensure_ascii=False))


def test_sources_say_what_each_outlet_reported(api):
    sources = api.get("/api/sources", params={"limit": 100}).json()
    belta = next(s for s in sources["items"] if s["key"] == "bielta")
    assert belta["country"] == "BY" and belta["outlet_kind"] == "state-affiliated" and belta["n_reports"] > 0
    assert [s["key"] for s in api.get("/api/sources", params={"source": "BelTA"}).json()["items"]] == ["bielta"]
    one = api.get("/api/sources/bielta", params={"limit": 2}).json()
    assert one["reports"]["total"] == belta["n_reports"] and len(one["reports"]["items"]) <= 2


@pytest.mark.parametrize("url, params, named", [
    ("/api/documents", {"limit": 101}, "limit"),
    ("/api/documents", {"limit": 0}, "limit"),
    ("/api/documents", {"offset": -1}, "offset"),
    ("/api/documents", {"from": "2022-13"}, "from"),
    ("/api/quotes", {"to": "yesterday"}, "to"),
    ("/api/entities", {"type": "PERSON"}, "type"),
    ("/api/events", {"type": "party"}, "party"),
    ("/api/events", {"modality": "certain"}, "modality"),
    ("/api/timeline", {"type": "party"}, "party"),
    ("/api/search", {}, "q"),
    ("/api/search", {"q": "   "}, "q"),
    ("/api/search", {"q": "x" * 501}, "q"),
])
def test_invalid_parameters_get_422_with_a_message(api, url, params, named):
    response = api.get(url, params=params)
    assert response.status_code == 422
    assert named in response.json()["error"]


def test_odd_but_valid_input_is_not_an_error(api):
    for url, params in [("/api/search", {"q": "\"'; DROP TABLE documents; --"}), ("/api/search", {"q": "AND OR NOT *"}),
                        ("/api/entities", {"name": "%"}), ("/api/quotes", {"speaker": "' OR 1=1 --"}),
                        ("/api/documents/%27%20OR%201%3D1", {}), ("/api/entities/a%2Fb", {})]:
        response = api.get(url, params=params)
        assert response.status_code in (200, 404), (url, response.text)
    assert api.get("/api/quotes", params={"speaker": "' OR 1=1 --"}).json()["total"] == 0
    assert api.get("/api/documents").json()["total"] == stored_count()  # nothing was dropped


def test_openapi_schema_matches_the_committed_snapshot(api):
    committed = json.loads((ROOT / "schema" / "openapi.json").read_text(encoding="utf-8"))
    assert openapi_schema() == committed, "regenerate with `make openapi` (kronika serve --openapi)"
    served = api.get("/api/openapi.json").json()
    assert set(served["paths"]) == set(committed["paths"])


# -- writing and access ---------------------------------------------------------------------

ARTICLE = {"id": "api-1", "title": "Test", "date": "2024-03-01", "source": "Dziennik Testowy",
           "text": "Premier Donald Tusk spotkał się w Warszawie z prezydentem Ukrainy Wołodymyrem Zełenskim. "
                   "„Polska będzie pomagać” – powiedział Tusk."}


def test_writing_needs_the_operators_token(writable):
    body = {"articles": [ARTICLE]}
    assert writable.post("/api/documents", json=body).status_code == 401
    wrong = writable.post("/api/documents", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "token" in wrong.json()["error"]
    ok = writable.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["results"] == [
        {"status": "new", "id": "api-1", "near_duplicate_of": None, "reason": None}]
    again = writable.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["results"][0]["status"] == "duplicate"
    document = writable.get("/api/documents/api-1").json()
    assert document["outlet"] == "Dziennik Testowy" and any(m["entity"] == "tusk" for m in document["mentions"])
    assert writable.get("/api/entities/tusk").json()["quotes_by"]["total"] >= 1


def test_without_a_configured_token_writing_is_off(tmp_path):
    with client_for(copy_store(corpus_store(), tmp_path)) as client:
        response = client.post("/api/documents", json={"articles": [ARTICLE]}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 403 and "--token" in response.json()["error"]


def test_oversized_bodies_get_413(tmp_path):
    with client_for(copy_store(corpus_store(), tmp_path), token=TOKEN, max_body_bytes=10_000) as client:
        auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
        big = json.dumps({"articles": [{**ARTICLE, "text": "słowo " * 5000}]}).encode()
        assert client.post("/api/documents", content=big, headers=auth).status_code == 413
        chunks = (big[i:i + 1000] for i in range(0, len(big), 1000))  # no Content-Length: counted as it comes
        response = client.post("/api/documents", content=chunks, headers=auth)
        assert response.status_code == 413 and "limit" in response.json()["error"]


def test_bad_ingest_bodies_get_422(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for body in ({}, {"articles": []}, {"articles": [{"title": "no text"}]},
                 {"articles": [{**ARTICLE, "date": "1 marca"}]}, {"articles": [{**ARTICLE, "colour": "red"}]}):
        response = writable.post("/api/documents", json=body, headers=auth)
        assert response.status_code == 422 and response.json()["error"].startswith("invalid request")
    garbage = writable.post("/api/documents", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert garbage.status_code == 422


def test_reading_can_require_the_token_too(tmp_path):
    with client_for(copy_store(corpus_store(), tmp_path), token=TOKEN, protect_reads=True) as client:
        assert client.get("/api/documents").status_code == 401
        assert client.get("/").status_code == 401
        assert client.get("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        basic = client.get("/", auth=("kronika", TOKEN))  # what a browser sends after asking
        assert basic.status_code == 200 and "Kronika" in basic.text


def test_the_seeds_are_served():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not there")
    with client_for(corpus_store()) as api:
        sources = {d["source"] for d in api.get("/api/documents", params={"limit": 100}).json()["items"]}
    assert {p.name for p in SEEDS.glob("*.txt")} <= {Path(s).name for s in sources}


def test_kronika_serve_runs_several_worker_processes(tmp_path):
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = copy_store(corpus_store(), tmp_path)
    child = subprocess.Popen([sys.executable, "-m", "kronika.cli", "--db", str(db), "serve", "--port", str(port),
                              "--workers", "2", "--token", TOKEN], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None and time.monotonic() < deadline and child.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as response:
                    answer = json.load(response)
            except OSError:
                time.sleep(0.2)
        assert answer is not None and answer["documents"] == stored_count()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/documents", data=b"{}", method="POST",
                                         headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as refused:  # the workers got the token setting
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 401
    finally:
        child.terminate()
        child.wait(timeout=20)


def test_serve_refuses_a_bad_store_in_one_line(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "kronika.cli", "--db", str(tmp_path / "no" / "such.db"), "serve"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith("kronika: error: ") and len(result.stderr.strip().splitlines()) == 1
