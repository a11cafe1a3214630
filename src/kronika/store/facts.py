"""The rows of the read-side index tables (see `kronika.store.schema`) for one document.

Computed once, when a document is stored (and by migration 0002 for stores written before it), so
that the web UI and the HTTP API can answer "which documents name this entity", "what did this
person say" or "what happened in June 2022" from indexed rows instead of parsing every JSON body.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from kronika.chronicle import entity_forms, name_stems, time_key
from kronika.document import Document
from kronika.quotes.reports import reports_by_source
from kronika.store.schema import FACT_TABLES, entity_index, entity_names

NAME_KEY_MAX = 255


def name_keys(form: str) -> set[str]:
    """Stem keys of a form and of its last word, as the chronicle matches names ("Łukaszenką" → Łukaszenka)."""
    return {key for key in name_stems([form.casefold()]) if len(key) <= NAME_KEY_MAX}


def fact_rows(document: Document) -> dict[str, list[dict[str, Any]]]:
    """Rows per table name, without `doc_pk` (the caller adds it); `entity_index` rows are this
    document's contribution (one document, its mentions)."""
    text, date = document.text, document.date
    counts = Counter(m.entity for m in document.mentions if m.entity)
    entities: dict[str, dict[str, Any]] = {}
    for entity in document.entities:
        entities.setdefault(entity.id, {
            "entity_key": entity.id, "name": entity.name, "type": entity.type, "subtype": entity.subtype,
            "kb": entity.kb, "aliases": json.dumps(entity.aliases, ensure_ascii=False), "n_documents": 1,
            "n_mentions": counts.get(entity.id, 0)})
    quotes, about = [], set()
    for idx, quote in enumerate(document.quotes):
        quotes.append({"idx": idx, "kind": quote.kind, "speaker": quote.speaker, "speaker_text": quote.speaker_text,
                       "date": date, "start": quote.start, "end": quote.end,
                       "text": text[quote.start:quote.end].strip()})
        for mention in document.mentions:
            inside = quote.start <= mention.start and mention.end <= quote.end
            if inside and mention.entity and mention.entity != quote.speaker:
                about.add((mention.entity, idx))
    events, roles = [], {}
    for idx, event in enumerate(document.events):
        value = event.time.value if event.time else None
        events.append({
            "idx": idx, "type": event.type, "cameo": event.cameo, "time": value, "time_key": time_key(value),
            "modality": event.modality, "source": event.source,
            "start": event.evidence.start, "end": event.evidence.end,
            "trigger": text[event.trigger.start:event.trigger.end],
            "evidence": text[event.evidence.start:event.evidence.end].strip(),
            "args": json.dumps(event.args, ensure_ascii=False, sort_keys=True),
        })
        for role, ids in [*event.args.items(), ("source", event.source or [])]:
            for ident in [ids] if isinstance(ids, str) else ids:
                roles.setdefault((ident, idx), []).append(role)
    reports = []
    for entry in reports_by_source([document]):
        for report in entry["reports"]:
            reports.append({"idx": len(reports), "source_key": entry["id"], "name": entry["name"],
                            "label": report["as"], "how": report["how"], "date": date, "start": report["start"],
                            "end": report["end"], "text": report["text"]})
    return {
        "entity_index": list(entities.values()),
        "doc_entities": [{"entity_key": key, "date": date, "n_mentions": e["n_mentions"]} for key, e in entities.items()],
        "doc_quotes": quotes,
        "quote_about": [{"entity_key": key, "idx": idx, "date": date} for key, idx in sorted(about)],
        "doc_events": events,
        "event_entities": [{"entity_key": key, "idx": idx, "roles": ",".join(dict.fromkeys(r)),
                            "time_key": events[idx]["time_key"]} for (key, idx), r in sorted(roles.items())],
        "doc_reports": reports,
    }


def name_rows(document: Document) -> list[dict[str, str]]:
    # an entity is also found by its id ("lukaszenka"), beside every name the document gives it
    rows = {(key, ident) for ident, forms in entity_forms(document).items()
            for key in name_keys(ident) | {k for form in forms for k in name_keys(form)}}
    return [{"name_key": key, "entity_key": ident} for key, ident in sorted(rows)]


def _insert(conn: sa.Connection, table: sa.Table):
    return (sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert)(table)


def write_facts(conn: sa.Connection, pk: int, document: Document) -> None:
    """Insert the document's index rows (inside the caller's transaction)."""
    rows = fact_rows(document)
    for table in FACT_TABLES:
        if rows[table.name]:
            conn.execute(table.insert(), [{**row, "doc_pk": pk} for row in rows[table.name]])
    if rows["entity_index"]:
        insert = _insert(conn, entity_index)
        conn.execute(insert.on_conflict_do_update(index_elements=["entity_key"], set_={
            "n_documents": entity_index.c.n_documents + insert.excluded.n_documents,
            "n_mentions": entity_index.c.n_mentions + insert.excluded.n_mentions,
        }), rows["entity_index"])
    names = name_rows(document)
    if names:
        conn.execute(_insert(conn, entity_names).on_conflict_do_nothing(), names)
