"""The HTTP API under /api: what the CLI shows, as JSON, page by page.

Lists take `limit` (1..MAX_PAGE) and `offset` and answer `{"total", "limit", "offset", "items"}`
(search answers `more` instead of `total`). Dates are full or partial ISO (2022, 2022-12,
2022-12-06); `to` is inclusive at its own granularity. Entities are named by key (the `id` the
documents give them: a KB id or TYPE:stem) or by any form the texts use ("Łukaszenką").
"""

from __future__ import annotations

import json
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from kronika.document import Document
from kronika.errors import StoreError
from kronika.serve import queries

MAX_PAGE = 100
MAX_ARTICLES = 50  # per ingest request: analysis runs while the client waits
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
ENTITY_TYPES = ("PER", "ORG", "LOC", "PRO", "EVT")
Modality = Literal["asserted", "planned", "promised", "reported", "speculated", "negated"]

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Since = Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN, description="From this date (YYYY[-MM[-DD]]).")]
Until = Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN, description="Up to this date, inclusive.")]
Name = Annotated[str | None, Query(min_length=1, max_length=200)]


def store(request: Request):
    return request.app.state.store


def checked_event_type(type_: str | None) -> str | None:
    """The type, if the event schema knows it; 422 with the known types otherwise."""
    from kronika.events.types import load_schema

    known = load_schema().types
    if type_ is not None and type_ not in known:
        raise HTTPException(422, f"unknown event type {type_!r} (one of: {', '.join(known)})")
    return type_


def _found(value, what: str):
    if value is None:
        raise HTTPException(404, f"no {what} in the store")
    return value


# -- documents --------------------------------------------------------------------------------


@router.get("/documents", tags=["documents"], summary="List documents, newest first")
def list_documents(store=Depends(store), limit: Limit = 20, offset: Offset = 0,
                   lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
                   since: Since = None, until: Until = None, entity: Name = None, outlet: Name = None) -> dict[str, Any]:
    return queries.list_documents(store, limit, offset, lang=lang, since=since, until=until, entity=entity,
                                  outlet=outlet)


@router.get("/documents/{doc_id}", tags=["documents"], response_model=Document,
            summary="One document with its full analysis")
def get_document(doc_id: str, store=Depends(store)) -> Document:
    return _found(queries.get_document(store, doc_id), f"document with id {doc_id!r}")


@router.get("/search", tags=["documents"], summary="Inflection-aware search (Łukaszenka finds Łukaszenki)")
def search(q: Annotated[str, Query(min_length=1, max_length=500)], store=Depends(store), limit: Limit = 20,
           offset: Offset = 0) -> dict[str, Any]:
    if not q.strip():
        raise HTTPException(422, "q: the query is blank")
    return queries.search(store, q, limit, offset)


# -- entities ---------------------------------------------------------------------------------


@router.get("/entities", tags=["entities"], summary="Entities by the number of documents naming them")
def list_entities(store=Depends(store), limit: Limit = 20, offset: Offset = 0,
                  type: Literal[ENTITY_TYPES] | None = None, name: Name = None) -> dict[str, Any]:  # noqa: A002
    return queries.list_entities(store, limit, offset, type_=type, name=name)


@router.get("/entities/{key:path}", tags=["entities"],
            summary="One entity: aliases, quotations by and about it, events, entities it appears with")
def get_entity(key: str, store=Depends(store)) -> dict[str, Any]:
    return _found(queries.get_entity(store, key), f"entity {key!r}")


# -- quotations, events, timeline, sources ----------------------------------------------------


@router.get("/quotes", tags=["quotations"], summary="Quotations, newest first")
def list_quotes(store=Depends(store), limit: Limit = 20, offset: Offset = 0, speaker: Name = None,
                entity: Name = None, outlet: Name = None, since: Since = None, until: Until = None) -> dict[str, Any]:
    """`speaker`: who said it; `entity`: who or what it names; `outlet`: the publishing outlet."""
    return queries.list_quotes(store, limit, offset, speaker=speaker, entity=entity, outlet=outlet, since=since,
                               until=until)


@router.get("/events", tags=["events"], summary="Event mentions in the order they happened")
def list_events(store=Depends(store), limit: Limit = 20, offset: Offset = 0, entity: Name = None,
                type: str | None = None, since: Since = None, until: Until = None,  # noqa: A002
                modality: Modality | None = None) -> dict[str, Any]:
    return queries.list_events(store, limit, offset, entity=entity, type_=checked_event_type(type), since=since,
                               until=until, modality=modality)


@router.get("/timeline", tags=["events"], summary="The chronicle: events merged across articles, in time order")
def timeline(store=Depends(store), limit: Limit = 50, offset: Offset = 0, entity: Name = None,
             type: str | None = None, since: Since = None, until: Until = None) -> dict[str, Any]:  # noqa: A002
    return queries.timeline(store, limit, offset, entity=entity, type_=checked_event_type(type), since=since, until=until)


@router.get("/sources", tags=["sources"], summary="What each outlet or agency reported")
def list_sources(store=Depends(store), limit: Limit = 20, offset: Offset = 0, source: Name = None) -> dict[str, Any]:
    return queries.list_sources(store, limit, offset, source=source)


@router.get("/sources/{key:path}", tags=["sources"], summary="One source and its reports")
def get_source(key: str, store=Depends(store), limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    return _found(queries.get_source(store, key, limit, offset), f"source {key!r}")


@router.get("/stats", tags=["documents"], summary="Counts of what the store holds")
def stats(store=Depends(store)) -> dict[str, Any]:
    return queries.stats(store)


# -- writing ----------------------------------------------------------------------------------


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article's text.")
    id: str | None = Field(default=None, max_length=255)
    title: str | None = None
    date: str | None = Field(default=None, pattern=DATE_PATTERN)
    url: str | None = None
    source: str | None = Field(default=None, description="The publishing outlet.")
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


class Stored(BaseModel):
    status: Literal["new", "duplicate", "near_duplicate", "skipped"]
    id: str | None = None
    near_duplicate_of: str | None = None
    reason: str | None = None


class IngestOut(BaseModel):
    results: list[Stored]


_nlp_lock = threading.Lock()


def _nlp(request: Request):
    with _nlp_lock:  # loaded on the first write, once
        if request.app.state.nlp is None:
            import kronika

            request.app.state.nlp = kronika.load()
        return request.app.state.nlp


def require_token(request: Request) -> None:
    from kronika.serve.app import token_matches

    settings = request.app.state.settings
    if not settings.token:
        raise HTTPException(403, "writing is off: start kronika serve with --token (or KRONIKA_TOKEN)")
    if not token_matches(settings, request):
        raise HTTPException(401, "writing needs the token: Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", tags=["documents"], response_model=IngestOut, status_code=200,
             dependencies=[Depends(require_token)], summary="Analyse and store articles (needs the token)")
def ingest(body: IngestIn, request: Request, store=Depends(store)) -> IngestOut:
    from kronika.analyse.convert import analyse_articles
    from kronika.ingest.article import Skipped
    from kronika.ingest.dedup import fingerprint
    from kronika.ingest.jsonl import record_to_article

    articles, results = [], []
    for n, article in enumerate(body.articles, 1):
        record = article.model_dump(exclude_none=True)
        read = record_to_article(json.dumps(record, ensure_ascii=False).encode(), f"api:{n}")
        if isinstance(read, Skipped):
            results.append(Stored(status="skipped", reason=read.reason))
        else:
            articles.append(read)
            results.append(None)
    pending = iter(analyse_articles(_nlp(request), articles)) if articles else iter(())
    for i, slot in enumerate(results):
        if slot is None:
            document = next(pending)
            try:
                added = store.add(document, fingerprint(document.text))
            except StoreError as error:  # e.g. an id already stored with another text
                results[i] = Stored(status="skipped", id=document.id, reason=str(error))
                continue
            results[i] = Stored(status=added.status, id=added.doc_id, near_duplicate_of=added.near_duplicate_of)
    return IngestOut(results=results)
