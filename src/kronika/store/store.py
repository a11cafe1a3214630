"""The `Store`: documents in, documents and search hits out; one transaction per document."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import IO, Any, Iterator, Literal, Protocol, Sequence

import sqlalchemy as sa

from kronika.document import Document
from kronika.errors import StoreError
from kronika.store import export as _export
from kronika.store import search as _search
from kronika.store.engine import reading, translate, writing
from kronika.store.facts import write_facts
from kronika.store.keys import key_stream
from kronika.store.schema import doc_bands, doc_fts, doc_search, document_data, documents

NEAR_DUPLICATE_SIMILARITY = 0.8
MAX_CANDIDATES = 200  # near-duplicate candidates checked per document, most shared bands first
BATCH = 200  # documents per round trip when iterating


class FingerprintLike(Protocol):
    """`kronika.ingest.dedup.Fingerprint` (duck-typed: any object with these attributes)."""

    content_hash: str
    minhash: Sequence[int]
    bands: Sequence[str]


@dataclass(frozen=True)
class AddResult:
    status: Literal["new", "duplicate", "near_duplicate"]
    doc_id: str  # the stored document's id; for "duplicate", the id of the copy already stored
    near_duplicate_of: str | None = None
    similarity: float | None = None  # estimated Jaccard similarity to `near_duplicate_of`


def _similarity(a: Sequence[int], b: Sequence[int]) -> float:
    try:
        from kronika.ingest.dedup import similarity
    except ImportError:  # the share of equal MinHash values, as dedup defines it
        if len(a) != len(b) or not a:
            return 0.0
        return sum(x == y for x, y in zip(a, b)) / len(a)
    try:
        return similarity(list(a), list(b))
    except ValueError:  # signatures of different lengths are not comparable
        return 0.0


def _fingerprint(text: str) -> FingerprintLike:
    from kronika.ingest.dedup import fingerprint

    return fingerprint(text)


class Store:
    """A document store on SQLite or PostgreSQL. Open with `kronika.store.open_store`."""

    def __init__(self, engine: sa.Engine, location: str) -> None:
        self._engine = engine
        self.location = location
        self.backend = engine.dialect.name

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    @property
    def engine(self) -> sa.Engine:
        """For read-side queries over the index tables (`kronika.serve.queries`)."""
        return self._engine

    # -- writing ---------------------------------------------------------------------------

    def add(self, document: Document, fingerprint: FingerprintLike | None = None) -> AddResult:
        """Store a document once: exact duplicates are skipped, near-duplicates stored and linked.

        The document row, its JSON, its search index entry and band keys are written in one
        transaction: an interrupted run leaves each document either complete or absent.
        """
        if fingerprint is None:
            fingerprint = _fingerprint(document.text)
        content_hash = document.content_hash or fingerprint.content_hash
        if document.content_hash and fingerprint.content_hash and document.content_hash != fingerprint.content_hash:
            raise StoreError(f"document {document.id}: the fingerprint is not of this document's text")
        stream = key_stream(document.text)  # the slow part, outside the transaction
        minhash = [int(v) for v in fingerprint.minhash]
        bands = sorted(set(fingerprint.bands))
        try:
            with translate(f"store document {document.id}"):
                return self._add(document, content_hash, minhash, bands, stream)
        except StoreError:
            # Another process may have stored the same text between our check and our insert.
            try:
                existing = self.has_content(content_hash)
            except StoreError:
                existing = None
            if existing is not None:
                return AddResult("duplicate", existing)
            raise

    def _add(self, document, content_hash, minhash, bands, stream) -> AddResult:
        with writing(self._engine) as conn:
            existing = conn.execute(
                sa.select(documents.c.id).where(documents.c.content_hash == content_hash)
            ).scalar_one_or_none()
            if existing is not None:
                return AddResult("duplicate", existing)
            if conn.execute(sa.select(documents.c.pk).where(documents.c.id == document.id)).first():
                raise StoreError(f"document id {document.id!r} is already stored with a different text")

            near, similarity = self._near_duplicate(conn, minhash, bands)
            link = near
            if link is None and document.near_duplicate_of:  # keep a link that the store can honour
                known = conn.execute(sa.select(documents.c.pk).where(documents.c.id == document.near_duplicate_of))
                link = document.near_duplicate_of if known.first() else None
            stored = document.model_copy(update={"content_hash": content_hash, "near_duplicate_of": link})

            pk = conn.execute(
                documents.insert()
                .values(
                    id=stored.id,
                    content_hash=content_hash,
                    source=stored.source,
                    title=stored.title,
                    date=stored.date,
                    lang=stored.lang,
                    url=stored.url,
                    outlet=stored.outlet,
                    near_duplicate_of=link,
                    similarity=similarity,
                    schema_version=stored.schema_version,
                    n_words=stream.n_words,
                    n_sentences=len(stored.sentences),
                    n_tokens=len(stored.tokens),
                    n_mentions=len(stored.mentions),
                    n_entities=len(stored.entities),
                    n_quotes=len(stored.quotes),
                    n_events=len(stored.events),
                    n_timexes=len(stored.timexes),
                )
                .returning(documents.c.pk)
            ).scalar_one()
            conn.execute(
                document_data.insert().values(doc_pk=pk, body=stored.model_dump_json(), minhash=json.dumps(minhash))
            )
            if bands:
                conn.execute(doc_bands.insert(), [{"band": band, "doc_pk": pk} for band in bands])
            self._index(conn, pk, stream)
            write_facts(conn, pk, stored)
        if near is not None:
            return AddResult("near_duplicate", stored.id, near, similarity)
        return AddResult("new", stored.id)

    def _index(self, conn: sa.Connection, pk: int, stream) -> None:
        if self.backend == "sqlite":
            conn.execute(doc_fts.insert().values(rowid=pk, keys=stream.fts_text()))
        else:
            conn.execute(
                doc_search.insert().values(
                    doc_pk=pk, n_keys=stream.length, keys=sa.cast(stream.tsvector(), doc_search.c["keys"].type)
                )
            )

    def _near_duplicate(self, conn: sa.Connection, minhash: list[int], bands: list[str]) -> tuple[str | None, float | None]:
        if not bands or not minhash:
            return None, None
        shared = sa.func.count().label("shared")
        candidates = (
            sa.select(doc_bands.c.doc_pk, shared)
            .where(doc_bands.c.band.in_(bands))
            .group_by(doc_bands.c.doc_pk)
            .order_by(shared.desc(), doc_bands.c.doc_pk)
            .limit(MAX_CANDIDATES)
            .subquery()
        )
        rows = conn.execute(
            sa.select(documents.c.pk, documents.c.id, document_data.c.minhash)
            .join(candidates, candidates.c.doc_pk == documents.c.pk)
            .join(document_data, document_data.c.doc_pk == documents.c.pk)
            .order_by(documents.c.pk)
        ).all()
        best: tuple[float, str] | None = None
        for _pk, doc_id, stored in rows:
            score = _similarity(minhash, json.loads(stored))
            if score >= NEAR_DUPLICATE_SIMILARITY and (best is None or score > best[0]):
                best = (score, doc_id)
        return (best[1], best[0]) if best else (None, None)

    # -- reading ---------------------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        with translate(f"read document {doc_id}"), reading(self._engine) as conn:
            body = conn.execute(
                sa.select(document_data.c.body)
                .join(documents, documents.c.pk == document_data.c.doc_pk)
                .where(documents.c.id == doc_id)
            ).scalar_one_or_none()
        return None if body is None else Document.model_validate_json(body)

    def has_content(self, content_hash: str) -> str | None:
        """Id of the stored document with this exact text (by SHA-256), or None."""
        with translate("look up a content hash"), reading(self._engine) as conn:
            return conn.execute(
                sa.select(documents.c.id).where(documents.c.content_hash == content_hash)
            ).scalar_one_or_none()

    def count(self) -> int:
        with translate("count documents"), reading(self._engine) as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()

    def _rows(self, lang: str | None = None) -> Iterator[tuple[Any, str]]:
        """(documents row, JSON body) in insertion order, fetched in batches (short transactions)."""
        last = 0
        while True:
            query = (
                sa.select(documents, document_data.c.body)
                .join(document_data, document_data.c.doc_pk == documents.c.pk)
                .where(documents.c.pk > last)
                .order_by(documents.c.pk)
                .limit(BATCH)
            )
            if lang is not None:
                query = query.where(documents.c.lang == lang)
            with translate("read documents"), reading(self._engine) as conn:
                rows = conn.execute(query).all()
            if not rows:
                return
            for row in rows:
                yield row, row.body
            last = rows[-1].pk

    def documents(self, lang: str | None = None) -> Iterator[Document]:
        """All stored documents (of one language), in the order they were added."""
        for _row, body in self._rows(lang):
            yield Document.model_validate_json(body)

    def __iter__(self) -> Iterator[Document]:
        return self.documents()

    def __len__(self) -> int:
        return self.count()

    def stats(self) -> dict[str, Any]:
        c = documents.c
        total = lambda column: sa.func.coalesce(sa.func.sum(column), 0)  # noqa: E731
        with translate("compute statistics"), reading(self._engine) as conn:
            row = conn.execute(
                sa.select(
                    sa.func.count().label("documents"),
                    sa.func.count(c.near_duplicate_of).label("near_duplicates"),
                    total(c.n_words).label("words"),
                    total(c.n_sentences).label("sentences"),
                    total(c.n_tokens).label("tokens"),
                    total(c.n_mentions).label("mentions"),
                    total(c.n_entities).label("entities"),
                    total(c.n_quotes).label("quotes"),
                    total(c.n_events).label("events"),
                    total(c.n_timexes).label("timexes"),
                    sa.func.min(c.date).label("first_date"),
                    sa.func.max(c.date).label("last_date"),
                    sa.func.count(c.date).label("dated"),
                )
            ).one()
            by_language = conn.execute(
                sa.select(c.lang, sa.func.count()).group_by(c.lang).order_by(sa.func.count().desc(), c.lang)
            ).all()
        counts = {key: int(value) for key, value in row._mapping.items() if key not in ("first_date", "last_date")}
        return {
            "backend": self.backend,
            "documents": counts["documents"],
            "by_language": {lang: int(n) for lang, n in by_language},
            "near_duplicates": counts["near_duplicates"],
            "dated": counts["dated"],
            "date_range": [row.first_date, row.last_date] if row.first_date else None,
            **{key: counts[key] for key in ("words", "sentences", "tokens", "mentions", "entities", "quotes", "events", "timexes")},
        }

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[_search.SearchHit]:
        """Documents containing every word of `query` in any inflected form, best first."""
        with translate(f"search for {query!r}"), reading(self._engine) as conn:
            page, groups = _search.ranked_page(conn, query, limit, offset)
            if not page:
                return []
            pks = [pk for pk, _ in page]
            rows = {
                row.pk: row
                for row in conn.execute(
                    sa.select(
                        documents.c.pk, documents.c.id, documents.c.title, documents.c.date,
                        documents.c.source, document_data.c.body,
                    )
                    .join(document_data, document_data.c.doc_pk == documents.c.pk)
                    .where(documents.c.pk.in_(pks))
                )
            }
        return [
            _search.SearchHit(
                doc_id=rows[pk].id,
                title=rows[pk].title,
                date=rows[pk].date,
                source=rows[pk].source,
                snippet=_search.snippet(rows[pk].body, groups),
                score=score,
            )
            for pk, score in page
            if pk in rows
        ]

    def check(self) -> list[str]:
        """Documents missing a part (JSON or search index entry): empty unless the database was
        edited by hand, since each document is written in one transaction."""
        if self.backend == "sqlite":
            parts = (("JSON", document_data.c.doc_pk), ("search index entry", doc_fts.c.rowid))
        else:
            parts = (("JSON", document_data.c.doc_pk), ("search index entry", doc_search.c.doc_pk))
        problems = []
        with translate("check the store"), reading(self._engine) as conn:
            for label, column in parts:
                missing = conn.execute(
                    sa.select(documents.c.id)
                    .where(~sa.exists().where(column == documents.c.pk))
                    .order_by(documents.c.pk)
                ).scalars()
                problems += [f"document {doc_id}: no {label}" for doc_id in missing]
        return problems

    def export(self, fmt: str, out: str | os.PathLike | IO, lang: str | None = None) -> int:
        """Write all documents as `jsonl`, `csv` or `parquet` to a path or file; returns the count."""
        return _export.export(self._rows(lang), fmt, out)

