"""Inflection-aware full-text search with the same results on SQLite (FTS5) and PostgreSQL.

A query is an AND over its words, each word an OR over its keys (`keys.query_groups`). Ranking is
FTS5's BM25 (k1 = 1.2, b = 0.75, one "phrase" per key in query order, IDF floored at 1e-6); on
PostgreSQL the same formula is evaluated over the `tsvector` key stream, term by term in the same
order, so scores agree to the last bit in practice and ties fall back to insertion order.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from kronika.store.keys import WORD, index_keys, query_groups, quote_lexeme

K1 = 1.2
B = 0.75
SNIPPET_MAX = 320
MARK_OPEN, MARK_CLOSE = "**", "**"


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    title: str | None
    date: str | None
    source: str
    snippet: str  # the sentence around the first match, matched words marked **like this**
    score: float  # BM25, higher is better


def fts_match(groups: list[tuple[str, ...]]) -> str:
    """FTS5 query: ("k1" OR "k2") AND ("k3"); keys are quoted so `~` and `-` are literal."""
    return " AND ".join("(" + " OR ".join(f'"{key}"' for key in group) + ")" for group in groups)


def pg_tsquery(groups: list[tuple[str, ...]]) -> str:
    return " & ".join("(" + " | ".join(quote_lexeme(key) for key in group) + ")" for group in groups)


def _sqlite_page(conn: sa.Connection, groups, limit: int, offset: int) -> list[tuple[int, float]]:
    rows = conn.execute(
        sa.text(
            "SELECT rowid, bm25(doc_fts) AS bm25 FROM doc_fts WHERE doc_fts MATCH :match "
            "ORDER BY bm25 ASC, rowid ASC LIMIT :limit OFFSET :offset"
        ),
        {"match": fts_match(groups), "limit": limit, "offset": offset},
    ).all()
    return [(pk, -bm25) for pk, bm25 in rows]  # FTS5's bm25() is negative: lower is better


def _idf(n_rows: int, n_hit: int) -> float:
    n_hit = min(n_hit, n_rows)
    idf = math.log((n_rows - n_hit + 0.5) / (n_hit + 0.5))
    return idf if idf > 0.0 else 1e-6


def _postgres_page(conn: sa.Connection, groups, limit: int, offset: int) -> list[tuple[int, float]]:
    phrases = [key for group in groups for key in group]
    distinct = sorted(set(phrases))
    n_rows, n_tokens = conn.execute(sa.text("SELECT count(*), coalesce(sum(n_keys), 0) FROM doc_search")).one()
    if not n_rows:
        return []
    params: dict[str, Any] = {"any": " | ".join(quote_lexeme(k) for k in distinct)}
    counts = ", ".join(f"count(*) FILTER (WHERE keys @@ CAST(:q{i} AS tsquery))" for i in range(len(distinct)))
    for i, key in enumerate(distinct):
        params[f"q{i}"] = quote_lexeme(key)
    hits = conn.execute(
        sa.text(f"SELECT {counts} FROM doc_search WHERE keys @@ CAST(:any AS tsquery)"), params
    ).one()
    n_hit = dict(zip(distinct, hits))

    params = {
        "match": pg_tsquery(groups),
        "keys": distinct,
        "k1": K1,
        "k1p1": K1 + 1.0,
        "omb": 1 - B,
        "b": B,
        "avgdl": float(n_tokens) / float(n_rows),
        "limit": limit,
        "offset": offset,
    }
    freq_columns, terms = [], []
    for i, key in enumerate(phrases):
        params[f"key{i}"] = key
        params[f"idf{i}"] = _idf(n_rows, n_hit[key])
        freq_columns.append(
            f"CAST(coalesce(max(array_length(u.positions, 1)) FILTER (WHERE u.lexeme = :key{i}), 0)"
            f" AS double precision) AS f{i}"
        )
        # idf * ((f * (k1 + 1)) / (f + k1 * ((1 - b) + (b * D) / avgdl))), summed left to right
        terms.append(
            f"CAST(:idf{i} AS double precision) * ((f{i} * CAST(:k1p1 AS double precision)) / "
            f"(f{i} + CAST(:k1 AS double precision) * (CAST(:omb AS double precision) + "
            f"(CAST(:b AS double precision) * dl) / CAST(:avgdl AS double precision))))"
        )
    score = "CAST(0.0 AS double precision)" + "".join(f" + {term}" for term in terms)
    sql = (
        "WITH m AS (SELECT doc_pk, n_keys, keys FROM doc_search WHERE keys @@ CAST(:match AS tsquery)), "
        "f AS (SELECT m.doc_pk, CAST(m.n_keys AS double precision) AS dl, "
        + ", ".join(freq_columns)
        + " FROM m CROSS JOIN LATERAL unnest(m.keys) AS u "
        "WHERE u.lexeme = ANY(CAST(:keys AS text[])) GROUP BY m.doc_pk, m.n_keys) "
        f"SELECT doc_pk, {score} AS score FROM f ORDER BY score DESC, doc_pk ASC LIMIT :limit OFFSET :offset"
    )
    return [(pk, float(s)) for pk, s in conn.execute(sa.text(sql), params).all()]


def ranked_page(conn: sa.Connection, query: str, limit: int, offset: int) -> tuple[list[tuple[int, float]], list]:
    """(pk, score) of the matching documents in rank order, one page; and the query's key groups."""
    groups = query_groups(query)
    if not groups or limit <= 0:
        return [], groups
    if conn.dialect.name == "sqlite":
        return _sqlite_page(conn, groups, limit, max(offset, 0)), groups
    return _postgres_page(conn, groups, limit, max(offset, 0)), groups


_SENTENCE_END = re.compile(r"[.!?…]+[\"”»']*\s+|\n\s*\n")


def snippet(body: str, groups: list[tuple[str, ...]]) -> str:
    """The sentence around the first matching word, matched words marked, whitespace collapsed."""
    data = json.loads(body)
    text: str = data["text"]
    wanted = {key for group in groups for key in group}
    matches = [m for m in WORD.finditer(text) if index_keys(m.group()) & wanted]
    if not matches:
        return _squash(text[:SNIPPET_MAX])
    first, first_end = matches[0].start(), matches[0].end()
    start, end = _sentence_around(text, first, data.get("sentences") or [])
    lead = trail = ""
    if end - start > SNIPPET_MAX:  # a very long "sentence": a window around the first match
        low = max(start, first - SNIPPET_MAX // 3)
        if low > start:
            low = _next_space(text, low, first)
            lead = "…"
        high = min(end, low + SNIPPET_MAX)
        if high < end:
            high = _previous_space(text, high, first_end)
            trail = "…"
        start, end = low, high
    pieces, cursor = [], start
    for m in matches:
        if m.start() < start or m.end() > end:
            continue
        pieces += [text[cursor : m.start()], MARK_OPEN, m.group(), MARK_CLOSE]
        cursor = m.end()
    pieces.append(text[cursor:end])
    return lead + _squash("".join(pieces)) + trail


def _next_space(text: str, position: int, limit: int) -> int:
    """First position after whitespace at or after `position` (not past `limit`)."""
    for i in range(position, limit):
        if text[i].isspace():
            return i + 1
    return position


def _previous_space(text: str, position: int, limit: int) -> int:
    """Last whitespace position before `position` (not before `limit`)."""
    for i in range(position - 1, limit - 1, -1):
        if text[i].isspace():
            return i
    return position


def _sentence_around(text: str, position: int, sentences: list[dict]) -> tuple[int, int]:
    for sentence in sentences:
        if sentence["start"] <= position < sentence["end"]:
            return sentence["start"], sentence["end"]
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= position:
            start = m.end()
        else:
            return start, m.start() + len(m.group().rstrip())
    return start, len(text)


def _squash(text: str) -> str:
    return " ".join(text.split())
