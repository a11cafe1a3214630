"""The web UI's pages on the corpus store, and that article text can never become markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from serve_corpus import copy_store, corpus_store, nlp

from kronika.document import Document
from kronika.serve.app import Settings, create_app
from kronika.serve.highlight import highlighted_text

TOKEN = "ui-token"
HOSTILE_TITLE = "Tytuł <script>alert('tytuł')</script>"
HOSTILE_TEXT = ("Minister Radosław Sikorski spotkał się w Wilnie z kolegami. <script>alert('x')</script> "
                "„Nie damy się zastraszyć <img src=x onerror=alert(1)>” – powiedział Sikorski. "
                "Wizyta <b onmouseover=\"alert(2)\">zaplanowana</b> jest na maj.")


@pytest.fixture(scope="module")
def ui():
    app = create_app(Settings(db=str(corpus_store())))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


class Tags(HTMLParser):
    """Every start tag with its attributes, to check what the page really contains."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def first_document_with(ui, what: str) -> str:
    found = ui.get("/api/documents", params={"limit": 100}).json()["items"]
    return next(d["id"] for d in found if d[what] > 0)


@pytest.mark.parametrize("path, heading", [
    ("/", "Kronika"), ("/documents", "Dokumenty"), ("/entities", "Encje"), ("/entities?type=LOC", "Encje"),
    ("/timeline", "Oś czasu"), ("/timeline?entity=Łukaszenka&from=2022&to=2025-12", "Oś czasu"),
    ("/quotes", "Cytaty"), ("/quotes?speaker=Chrenin", "Cytaty"), ("/search?q=Łukaszenki", "Szukaj"),
    ("/search", "Szukaj"), ("/sources", "Źródła"), ("/sources/bielta", "BiełTA"), ("/entities/lukaszenka", "Łukaszenka"),
])
def test_every_page_answers_in_polish(ui, path, heading):
    response = ui.get(path)
    assert response.status_code == 200, response.text[:500]
    assert '<html lang="pl">' in response.text
    assert re.search(r"<h1>.*" + re.escape(heading), response.text)


def test_pages_use_only_local_assets(ui):
    for path in ("/", "/entities/lukaszenka", "/timeline"):
        for tag, attrs in tags(ui.get(path).text):
            if tag in ("script", "link", "img"):
                target = attrs.get("src") or attrs.get("href") or ""
                assert target.startswith("/static/"), (path, tag, target)
    assert ui.get("/static/kronika.css").status_code == ui.get("/static/kronika.js").status_code == 200


def test_the_document_page_marks_mentions_quotes_and_events(ui):
    doc_id = first_document_with(ui, "n_events")
    html = ui.get(f"/documents/{doc_id}").text
    found = tags(html)
    article = html.split('<div class="text" id="text">', 1)[1].split("</div>", 1)[0]
    mentions = [a for t, a in tags(article) if t == "a" and "m" in (a.get("class") or "").split()]
    assert mentions and all(a["title"].startswith("forma podstawowa: ") and " · encja: " in a["title"] for a in mentions)
    assert {c for a in mentions for c in a["class"].split()} & {"m-PER", "m-LOC", "m-ORG"}
    jumps = [a["href"] for t, a in found if t == "a" and a.get("class") == "jump" and a["href"].startswith("#ev-")]
    anchors = {a["id"] for t, a in found if a.get("id")}
    assert jumps and all(href[1:] in anchors for href in jumps)
    document = ui.get(f"/api/documents/{doc_id}").json()
    n_events = len(document["events"])
    assert len(jumps) == n_events
    lit = [a for t, a in found if "0" in (a.get("data-ev") or "").split()]
    assert lit, "the pieces of the first event's sentence are marked"
    speakers = [a["href"] for t, a in found if t == "a" and a.get("class") == "speaker"]
    named = {q["speaker"] for q in document["quotes"] if q["speaker"]}
    assert {h.removeprefix("/entities/") for h in speakers} <= {s.replace(":", "%3A").replace(" ", "%20") for s in named}


def test_the_entity_page_shows_aliases_graph_quotes_and_events(ui):
    html = ui.get("/entities/lukaszenka").text
    assert "Лукашенко" in html and "Lukashenko" in html
    assert "<svg" in html and "/entities/putin" in html
    assert "Wypowiedzi (" in html and "Cytaty o tej encji (" in html
    assert re.search(r'href="/documents/[^"#]+#ev-\d+"', html)
    assert re.search(r'href="/documents/[^"#]+#q-\d+"', html)


def test_the_timeline_shows_modality_and_sources(ui):
    html = ui.get("/timeline?limit=100").text
    events = [a for t, a in tags(html) if t == "li" and "event" in (a.get("class") or "")]
    classes = {a["class"] for a in events}
    assert events and all(re.fullmatch(r"event mod-\w+", c) for c in classes)
    assert len(classes) > 1, "planned or reported events look different from asserted ones"
    assert "według:" in html
    assert re.search(r'href="/documents/[^"#]+#ev-\d+"', html)


def test_invalid_parameters_get_a_polish_422_page_not_a_500(ui):
    for path in ("/documents?from=2022-13", "/timeline?type=party", "/entities?type=XX", "/documents?page=0",
                 "/search?q=" + "x" * 600):
        response = ui.get(path)
        assert response.status_code == 422, path
        assert "Niepoprawne parametry" in response.text
    assert ui.get("/documents/does-not-exist").status_code == 404
    assert ui.get("/entities/nobody").status_code == 404


def test_hostile_article_text_is_shown_as_text(tmp_path):
    app = create_app(Settings(db=str(copy_store(corpus_store(), tmp_path)), token=TOKEN))
    app.state.nlp = nlp()
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                               json={"articles": [{"id": "hostile", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT}]})
        assert response.status_code == 200 and response.json()["results"][0]["status"] == "new"
        pages = [client.get(p).text for p in ("/documents/hostile", "/documents", "/search?q=zastraszyć",
                                              "/quotes?speaker=Sikorski", "/entities/sikorski")]
    html = pages[0]
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    for page in pages:
        found = tags(page)
        assert [a for t, a in found if t == "script"] == [{"src": "/static/kronika.js", "defer": None}]
        assert not [t for t, _ in found if t in ("img", "b")]
        assert not [a for _, a in found if any(k.startswith("on") for k in a)]
    assert "Tytuł &lt;script&gt;" in html


def test_highlighting_escapes_every_piece_and_keeps_offsets():
    text = "A<b>Putin</b> & „x”"
    document = Document.model_validate({
        "id": "t", "source": "t", "lang": "pl", "text": text,
        "mentions": [{"start": 4, "end": 9, "text": "Putin", "type": "PER", "lemma": "Putin", "entity": "p\"x"}],
        "entities": [{"id": "p\"x", "name": "Putin <i>", "type": "PER"}],
        "quotes": [{"start": 17, "end": 19, "kind": "direct", "speaker": "p\"x"}],
        "events": [{"type": "meet", "trigger": {"start": 4, "end": 9}, "evidence": {"start": 0, "end": 19}}],
    })
    html = str(highlighted_text(document))
    assert "<b>" not in html and "<i>" not in html
    assert 'href="/entities/p%22x"' in html and 'title="forma podstawowa: Putin · osoba · encja: Putin &lt;i&gt;"' in html
    assert html.startswith('<span id="ev-0" class="anchor"></span>')
    assert '<span id="q-0" class="anchor"></span>' in html
    visible = re.sub(r'<span class="who">[^<]*</span>', "", html)
    plain = re.sub(r"<[^>]+>", "", visible).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert plain == text
