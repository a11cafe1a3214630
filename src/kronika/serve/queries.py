"""Read-side queries for the web UI and the HTTP API, over the store's index tables.

Every function takes an open `Store` and returns plain dicts (JSON-ready). Lists are paginated
(`limit`, `offset`) and return `{"total": n, "items": [...]}`; nothing here parses more JSON bodies
than the page shows, so a page costs the same on ten documents and on ten thousand. All SQL is
built with SQLAlchemy Core: values are bound parameters, never pasted into the text.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

import sqlalchemy as sa

from kronika.chronicle import build_chronicle, filter_chronicle, public
from kronika.document import Document
from kronika.store import Store
from kronika.store.engine import reading, translate
from kronika.store.facts import name_keys
from kronika.store.schema import (
    doc_entities,
    doc_events,
    doc_quotes,
    doc_reports,
    document_data,
    documents,
    entity_index,
    entity_names,
    event_entities,
    quote_about,
)

ENTITY_PAGE_ITEMS = 20  # documents, quotations and events shown on an entity page, latest first
NEIGHBOUR_DOCS = 200  # co-occurrence is counted over the entity's latest documents, to bound the cost
NEIGHBOURS = 12
TIMELINE_MAX_DOCS = 400  # the merged timeline reads whole documents: at most this many, latest first

DOC_COLUMNS = (documents.c.id, documents.c.title, documents.c.date, documents.c.lang, documents.c.source,
               documents.c.url, documents.c.outlet, documents.c.near_duplicate_of, documents.c.n_words,
               documents.c.n_mentions, documents.c.n_entities, documents.c.n_quotes, documents.c.n_events)


def _doc_summary(row: Any) -> dict[str, Any]:
    return {column.name: getattr(row, column.name) for column in DOC_COLUMNS}


def _latest(column) -> list:
    """Newest first, undated last, on both backends (an index on the column serves it on SQLite)."""
    return [column.desc().nulls_last()]


def _page(total: int, items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _date_filters(column, since: str | None, until: str | None) -> list:
    """`until` is inclusive at its own granularity (to=2022-12 keeps 2022-12-19), as in the CLI."""
    filters = []
    if since:
        filters.append(column >= since)
    if until:
        filters.append(sa.func.substr(column, 1, len(until)) <= until)
    if since or until:
        filters.append(column.is_not(None))
    return filters


# -- entities: names → keys -------------------------------------------------------------------


def resolve_entity(conn: sa.Connection, wanted: str) -> list[str]:
    """Entity keys that `wanted` names: an exact key, else any form the texts or the KB give it."""
    exact = conn.execute(
        sa.select(entity_index.c.entity_key).where(entity_index.c.entity_key == wanted)
    ).scalar_one_or_none()
    if exact is not None:
        return [exact]
    keys = sorted(name_keys(wanted))
    if not keys:
        return []
    return list(conn.execute(
        sa.select(entity_names.c.entity_key).where(entity_names.c.name_key.in_(keys)).distinct()
        .order_by(entity_names.c.entity_key)
    ).scalars())


def _names(conn: sa.Connection, keys: Iterable[str]) -> dict[str, str]:
    """entity key → its name (the key itself for an id no document defines)."""
    keys = sorted(set(keys))
    if not keys:
        return {}
    rows = dict(conn.execute(
        sa.select(entity_index.c.entity_key, entity_index.c.name).where(entity_index.c.entity_key.in_(keys))
    ).all())
    return {key: rows.get(key, key) for key in keys}


# -- documents --------------------------------------------------------------------------------


def list_documents(store: Store, limit: int, offset: int, lang: str | None = None, since: str | None = None,
                   until: str | None = None, entity: str | None = None, outlet: str | None = None) -> dict[str, Any]:
    """Documents, newest first (undated last); filtered by language, date range, entity, outlet."""
    with translate("list documents"), reading(store.engine) as conn:
        filters = _date_filters(documents.c.date, since, until)
        if lang:
            filters.append(documents.c.lang == lang)
        if outlet:
            filters.append(documents.c.outlet == outlet)
        if entity:
            keys = resolve_entity(conn, entity)
            filters.append(documents.c.pk.in_(
                sa.select(doc_entities.c.doc_pk).where(doc_entities.c.entity_key.in_(keys or [""]))))
        total = conn.execute(sa.select(sa.func.count()).select_from(documents).where(*filters)).scalar_one()
        rows = conn.execute(
            sa.select(*DOC_COLUMNS).where(*filters)
            .order_by(*_latest(documents.c.date), documents.c.pk.desc()).limit(limit).offset(offset)
        ).all()
    return _page(total, [_doc_summary(r) for r in rows], limit, offset)


def get_document(store: Store, doc_id: str) -> Document | None:
    return store.get(doc_id)


def search(store: Store, query: str, limit: int, offset: int) -> dict[str, Any]:
    """Inflection-aware search (`Store.search`); `more` tells whether another page follows."""
    hits = store.search(query, limit=limit + 1, offset=offset)
    items = [{k: getattr(h, k) for k in ("doc_id", "title", "date", "source", "snippet", "score")}
             for h in hits[:limit]]
    return {"query": query, "limit": limit, "offset": offset, "more": len(hits) > limit, "items": items}


# -- entities ---------------------------------------------------------------------------------


def list_entities(store: Store, limit: int, offset: int, type_: str | None = None,
                  name: str | None = None) -> dict[str, Any]:
    """Entities by the number of documents that name them."""
    with translate("list entities"), reading(store.engine) as conn:
        filters = []
        if type_:
            filters.append(entity_index.c.type == type_)
        if name:
            filters.append(entity_index.c.entity_key.in_(resolve_entity(conn, name) or [""]))
        total = conn.execute(sa.select(sa.func.count()).select_from(entity_index).where(*filters)).scalar_one()
        rows = conn.execute(
            sa.select(entity_index).where(*filters)
            .order_by(entity_index.c.n_documents.desc(), entity_index.c.entity_key).limit(limit).offset(offset)
        ).all()
    items = [{"key": r.entity_key, "name": r.name, "type": r.type, "n_documents": r.n_documents,
              "n_mentions": r.n_mentions} for r in rows]
    return _page(total, items, limit, offset)


def _kb_entry(key: str):
    from kronika.entities.kb import default_kb

    return default_kb().get(key)


def get_entity(store: Store, key: str, items: int = ENTITY_PAGE_ITEMS) -> dict[str, Any] | None:
    """One entity: names and aliases by language, counts, latest documents, quotations by and
    about it, its latest events (in the order they happened) and the entities it appears with."""
    with translate(f"read entity {key}"), reading(store.engine) as conn:
        row = conn.execute(sa.select(entity_index).where(entity_index.c.entity_key == key)).one_or_none()
        if row is None:
            return None
        latest = conn.execute(
            sa.select(*DOC_COLUMNS).join(doc_entities, doc_entities.c.doc_pk == documents.c.pk)
            .where(doc_entities.c.entity_key == key)
            .order_by(*_latest(doc_entities.c.date), doc_entities.c.doc_pk.desc()).limit(items)
        ).all()
        quotes_by = _quotes(conn, [doc_quotes.c.speaker == key], items, 0)
        quotes_on = _quotes(conn, [], items, 0, about=[key])
        events = _events(conn, [], items, 0, involving=[key], latest_first=True)
        events["items"].reverse()  # the latest events, shown in the order they happened
        neighbours = _neighbours(conn, key)
    entry = _kb_entry(key)
    if entry is not None and entry.aliases:
        aliases = {lang: list(names) for lang, names in entry.aliases.items()}
    else:
        forms = json.loads(row.aliases)
        aliases = {"": forms} if forms else {}  # the forms the texts use, language unknown
    return {
        "key": key, "name": row.name, "type": row.type,
        "subtype": entry.subtype if entry is not None else row.subtype,
        "kb": (entry.wikidata if entry is not None else None) or row.kb,
        "in_kb": entry is not None, "aliases": aliases,
        "n_documents": row.n_documents, "n_mentions": row.n_mentions,
        "documents": [_doc_summary(r) for r in latest],
        "quotes_by": quotes_by, "quotes_about": quotes_on, "events": events, "neighbours": neighbours,
    }


def _neighbours(conn: sa.Connection, key: str) -> list[dict[str, Any]]:
    mine = (sa.select(doc_entities.c.doc_pk).where(doc_entities.c.entity_key == key)
            .order_by(*_latest(doc_entities.c.date), doc_entities.c.doc_pk.desc()).limit(NEIGHBOUR_DOCS)
            .scalar_subquery())
    shared = sa.func.count().label("shared")
    counted = (sa.select(doc_entities.c.entity_key, shared)
               .where(doc_entities.c.doc_pk.in_(mine), doc_entities.c.entity_key != key)
               .group_by(doc_entities.c.entity_key).order_by(shared.desc(), doc_entities.c.entity_key)
               .limit(NEIGHBOURS).subquery())
    rows = conn.execute(
        sa.select(counted.c.entity_key, counted.c.shared, entity_index.c.name, entity_index.c.type)
        .join(entity_index, entity_index.c.entity_key == counted.c.entity_key)
        .order_by(counted.c.shared.desc(), counted.c.entity_key)
    ).all()
    return [{"key": r.entity_key, "name": r.name, "type": r.type, "shared_documents": r.shared} for r in rows]


# -- quotations -------------------------------------------------------------------------------


def _quotes(conn: sa.Connection, filters: list, limit: int, offset: int,
            about: list[str] | None = None) -> dict[str, Any]:
    """A page of quotations, newest first; `about`: only those naming one of these entities."""
    source = doc_quotes
    date = doc_quotes.c.date
    if about is not None:
        source = quote_about.join(doc_quotes, sa.and_(doc_quotes.c.doc_pk == quote_about.c.doc_pk,
                                                      doc_quotes.c.idx == quote_about.c.idx))
        filters = [*filters, quote_about.c.entity_key.in_(about or [""])]
        date = quote_about.c.date  # the same value, read from the index that drives the query
    source = source.join(documents, documents.c.pk == doc_quotes.c.doc_pk)
    total = conn.execute(sa.select(sa.func.count()).select_from(source).where(*filters)).scalar_one()
    rows = conn.execute(
        sa.select(doc_quotes, documents.c.id.label("doc"), documents.c.title, documents.c.outlet)
        .select_from(source).where(*filters)
        .order_by(*_latest(date), doc_quotes.c.doc_pk.desc(), doc_quotes.c.idx)
        .limit(limit).offset(offset)
    ).all()
    names = _names(conn, [r.speaker for r in rows if r.speaker])
    items = [{"doc": r.doc, "index": r.idx, "date": r.date, "title": r.title, "outlet": r.outlet, "kind": r.kind,
              "speaker": {"key": r.speaker, "name": names.get(r.speaker, r.speaker)} if r.speaker else None,
              "speaker_text": r.speaker_text, "start": r.start, "end": r.end, "text": r.text} for r in rows]
    return _page(total, items, limit, offset)


def list_quotes(store: Store, limit: int, offset: int, speaker: str | None = None, entity: str | None = None,
                outlet: str | None = None, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Quotations, newest first: by a speaker, about an entity, in an outlet's articles, by date."""
    with translate("list quotations"), reading(store.engine) as conn:
        filters = _date_filters(doc_quotes.c.date, since, until)
        if speaker:
            filters.append(doc_quotes.c.speaker.in_(resolve_entity(conn, speaker) or [""]))
        if outlet:
            filters.append(documents.c.outlet == outlet)
        return _quotes(conn, filters, limit, offset, about=resolve_entity(conn, entity) if entity else None)


# -- events and the timeline ------------------------------------------------------------------


def _event_filters(type_, since, until, modality) -> list:
    filters = _date_filters(doc_events.c.time_key, since, until)
    if since or until:
        filters.append(doc_events.c.time.is_not(None))
    if type_:
        filters.append(doc_events.c.type == type_)
    if modality:
        filters.append(doc_events.c.modality == modality)
    return filters


def _event_source(filters: list, involving: list[str] | None):
    """doc_events joined to their documents; driven by the participants' index when `involving`."""
    source = doc_events
    if involving is not None:
        source = event_entities.join(doc_events, sa.and_(doc_events.c.doc_pk == event_entities.c.doc_pk,
                                                         doc_events.c.idx == event_entities.c.idx))
        filters = [*filters, event_entities.c.entity_key.in_(involving or [""])]
    return source.join(documents, documents.c.pk == doc_events.c.doc_pk), filters


def _events(conn: sa.Connection, filters: list, limit: int, offset: int, involving: list[str] | None = None,
            latest_first: bool = False) -> dict[str, Any]:
    joined, filters = _event_source(filters, involving)
    total = conn.execute(sa.select(sa.func.count()).select_from(joined).where(*filters)).scalar_one()
    when = event_entities.c.time_key if involving is not None else doc_events.c.time_key
    order = [when.desc(), doc_events.c.doc_pk.desc()] if latest_first else [when, doc_events.c.doc_pk]
    rows = conn.execute(
        sa.select(doc_events, documents.c.id.label("doc"), documents.c.date, documents.c.title)
        .select_from(joined).where(*filters).order_by(*order, doc_events.c.idx).limit(limit).offset(offset)
    ).all()
    args = {(r.doc_pk, r.idx): json.loads(r.args) for r in rows}
    keys = {i for a in args.values() for v in a.values() for i in ([v] if isinstance(v, str) else v)}
    keys |= {r.source for r in rows if r.source}
    names = _names(conn, keys)

    def named(value) -> list[dict[str, str]]:
        return [{"key": i, "name": names.get(i, i)} for i in ([value] if isinstance(value, str) else value)]

    items = [{"doc": r.doc, "index": r.idx, "date": r.date, "title": r.title, "type": r.type, "cameo": r.cameo,
              "time": r.time, "modality": r.modality,
              "source": {"key": r.source, "name": names.get(r.source, r.source)} if r.source else None,
              "args": {role: named(v) for role, v in sorted(args[(r.doc_pk, r.idx)].items())},
              "trigger": r.trigger, "evidence": r.evidence, "start": r.start, "end": r.end} for r in rows]
    return _page(total, items, limit, offset)


def list_events(store: Store, limit: int, offset: int, entity: str | None = None, type_: str | None = None,
                since: str | None = None, until: str | None = None, modality: str | None = None) -> dict[str, Any]:
    """Event mentions, one per article sentence, in the order they happened (undated last)."""
    with translate("list events"), reading(store.engine) as conn:
        involving = resolve_entity(conn, entity) if entity else None
        return _events(conn, _event_filters(type_, since, until, modality), limit, offset, involving=involving)


def timeline(store: Store, limit: int, offset: int, entity: str | None = None, type_: str | None = None,
             since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """The chronicle as the CLI's `timeline` gives it (mentions merged across articles), over the
    documents whose events match; when more than TIMELINE_MAX_DOCS do, over the latest of them,
    and `partial` says so."""
    with translate("build the timeline"), reading(store.engine) as conn:
        joined, filters = _event_source(_event_filters(type_, since, until, None),
                                        resolve_entity(conn, entity) if entity else None)
        matching = sa.select(doc_events.c.doc_pk).select_from(joined).where(*filters).distinct().subquery()
        n_docs = conn.execute(sa.select(sa.func.count()).select_from(matching)).scalar_one()
        bodies = conn.execute(
            sa.select(document_data.c.body).where(document_data.c.doc_pk.in_(sa.select(matching.c.doc_pk)))
            .order_by(document_data.c.doc_pk.desc()).limit(TIMELINE_MAX_DOCS)
        ).scalars().all()
    docs = [Document.model_validate_json(body) for body in reversed(bodies)]
    events, _ = build_chronicle(docs)
    events = [public(e) for e in filter_chronicle(events, entity=entity, since=since, until=until, type_=type_)]
    by_id = {d.id: d for d in docs}
    for event in events:
        for mention in event["mentions"]:  # which of its document's events it is, to link to its evidence
            mine = by_id[mention["doc"]].events
            mention["index"] = next((i for i, e in enumerate(mine) if e.evidence.start == mention["start"]
                                     and e.type == event["type"]), None)
    return {"total": len(events), "limit": limit, "offset": offset, "documents": n_docs,
            "partial": n_docs > TIMELINE_MAX_DOCS, "items": events[offset:offset + limit]}


# -- sources ----------------------------------------------------------------------------------


def _describe_source(key: str, name: str) -> dict[str, Any]:
    entry = _kb_entry(key)
    return {"key": key, "name": entry.name if entry is not None else name,
            "country": getattr(entry, "country", None), "outlet_kind": getattr(entry, "outlet_kind", None)}


def list_sources(store: Store, limit: int, offset: int, source: str | None = None,
                 reports_per_source: int = 5) -> dict[str, Any]:
    """What each source reported (attributed sentences and an outlet's quotations), most reports first."""
    with translate("list sources"), reading(store.engine) as conn:
        filters = []
        if source:
            keys = set(resolve_entity(conn, source))
            keys |= set(conn.execute(sa.select(doc_reports.c.source_key).where(
                sa.or_(doc_reports.c.label == source, doc_reports.c.name == source))).scalars())
            filters.append(doc_reports.c.source_key.in_(sorted(keys) or [""]))
        n = sa.func.count().label("n_reports")
        grouped = (sa.select(doc_reports.c.source_key, sa.func.min(doc_reports.c.name).label("name"), n)
                   .where(*filters).group_by(doc_reports.c.source_key))
        total = conn.execute(sa.select(sa.func.count()).select_from(grouped.subquery())).scalar_one()
        rows = conn.execute(grouped.order_by(n.desc(), doc_reports.c.source_key).limit(limit).offset(offset)).all()
        items = []
        for row in rows:
            item = _describe_source(row.source_key, row.name)
            item["n_reports"] = row.n_reports
            item["reports"] = _reports(conn, row.source_key, reports_per_source, 0)["items"]
            items.append(item)
    return _page(total, items, limit, offset)


def _reports(conn: sa.Connection, key: str, limit: int, offset: int) -> dict[str, Any]:
    where = doc_reports.c.source_key == key
    total = conn.execute(sa.select(sa.func.count()).select_from(doc_reports).where(where)).scalar_one()
    rows = conn.execute(
        sa.select(doc_reports, documents.c.id.label("doc"), documents.c.title)
        .join(documents, documents.c.pk == doc_reports.c.doc_pk).where(where)
        .order_by(*_latest(doc_reports.c.date), doc_reports.c.doc_pk.desc(), doc_reports.c.idx)
        .limit(limit).offset(offset)
    ).all()
    items = [{"doc": r.doc, "date": r.date, "title": r.title, "how": r.how, "as": r.label, "start": r.start,
              "end": r.end, "text": r.text} for r in rows]
    return _page(total, items, limit, offset)


def get_source(store: Store, key: str, limit: int, offset: int) -> dict[str, Any] | None:
    with translate(f"read source {key}"), reading(store.engine) as conn:
        name = conn.execute(sa.select(doc_reports.c.name).where(doc_reports.c.source_key == key).limit(1)
                            ).scalar_one_or_none()
        if name is None:
            return None
        return {**_describe_source(key, name), "reports": _reports(conn, key, limit, offset)}


def stats(store: Store) -> dict[str, Any]:
    return store.stats()


def entity_types(store: Store) -> list[tuple[str, int]]:
    with translate("count entity types"), reading(store.engine) as conn:
        rows = conn.execute(sa.select(entity_index.c.type, sa.func.count())
                            .group_by(entity_index.c.type).order_by(entity_index.c.type)).all()
    return [(t, n) for t, n in rows]


def event_types(store: Store) -> list[str]:
    with translate("list event types"), reading(store.engine) as conn:
        return list(conn.execute(sa.select(doc_events.c.type).distinct().order_by(doc_events.c.type)).scalars())
