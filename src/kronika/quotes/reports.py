"""What each source reported: attributions ("jak relacjonuje BelTA") and quotations an outlet
speaks, gathered over stored documents and described by the source registry (``kb/media.toml``).

    >>> from kronika.quotes.reports import reports_by_source
    >>> for source in reports_by_source(store.documents()):
    ...     print(source["name"], source["outlet_kind"], len(source["reports"]))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kronika.document import Document


def reports_by_source(documents: Iterable[Document], kb=None, source: str | None = None) -> list[dict[str, Any]]:
    """One entry per source, most reports first: its id, name, country and outlet kind (from the
    KB when it is registered there) and each report with its document, date and sentence."""
    if kb is None:
        from kronika.entities.kb import default_kb

        kb = default_kb()
    found: dict[str, dict[str, Any]] = {}
    for document in documents:
        for ident, label, start, end, how in _reports_in(document, kb):
            entry = found.setdefault(ident, _describe(ident, label, document, kb))
            entry["reports"].append({"doc": document.id, "date": document.date, "start": start, "end": end,
                                     "text": document.text[start:end].strip(), "how": how, "as": label})
    entries = [e for e in found.values() if source is None or _named(e, source, kb)]
    return sorted(entries, key=lambda e: (-len(e["reports"]), e["name"]))


def _named(entry: dict[str, Any], wanted: str, kb) -> bool:
    """`wanted` is the source's id, name, a KB alias or a word the texts call it by ("BelTA")."""
    kb_entry = kb.get(entry["id"])
    names = {entry["id"], entry["name"], *(kb_entry.all_names if kb_entry is not None else ())}
    names |= {r["as"] for r in entry["reports"] if r["as"]}
    key = wanted.casefold()
    return any(key == n.casefold() or key in n.casefold().split() for n in names)


def _reports_in(document: Document, kb) -> Iterable[tuple[str, str | None, int, int, str]]:
    for a in document.attributions:
        if a.source:
            yield a.source, a.source_text, a.start, a.end, "attribution"
    for q in document.quotes:
        if q.speaker and _is_outlet(q.speaker, document, kb):
            yield q.speaker, q.speaker_text, q.start, q.end, q.kind


def _is_outlet(ident: str, document: Document, kb) -> bool:
    entry = kb.get(ident)
    if entry is not None:
        return entry.subtype == "media_outlet"
    return any(e.id == ident and e.subtype in ("media_outlet", "news_agency") for e in document.entities)


def _describe(ident: str, label: str | None, document: Document, kb) -> dict[str, Any]:
    entry = kb.get(ident)
    name = entry.name if entry is not None else next(
        (e.name for e in document.entities if e.id == ident), label or ident)
    return {"id": ident, "name": name, "country": getattr(entry, "country", None),
            "outlet_kind": getattr(entry, "outlet_kind", None), "reports": []}
