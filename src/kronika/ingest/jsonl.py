"""JSON Lines: one article per line, read as a stream so a large corpus file is fine.

Each line is an object with `text` (required, kept exactly) and optional `id`, `url`, `title`,
`date`, `source` (the outlet's name → Article.outlet) and `lang`; other fields go to `meta`.
JSON text is UTF-8 by definition (RFC 8259), so lines are decoded as UTF-8 only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from kronika.ingest.article import Article, Skipped
from kronika.ingest.dates import iso_date
from kronika.ingest.decoding import UTF8_BOM
from kronika.ingest.formats import JSONL
from kronika.ingest.language import normalise_language_tag

OPTIONAL_STRING_FIELDS = ("url", "title", "date", "source", "lang")
KNOWN_FIELDS = frozenset({"text", "id", *OPTIONAL_STRING_FIELDS})
JSON_TYPE_NAMES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    """Every line that is a valid record becomes an Article; a bad line is Skipped as
    "path:LINENO" and reading goes on with the next."""
    with path.open("rb") as stream:
        for lineno, raw, too_long in bounded_lines(stream, max_bytes):
            source = f"{path}:{lineno}"
            if too_long:
                yield Skipped(source, f"line is over the limit of {max_bytes} bytes")
                continue
            if lineno == 1 and raw.startswith(UTF8_BOM):
                raw = raw[len(UTF8_BOM) :]
            if raw.strip():
                yield record_to_article(raw, source)


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, line, is it over `limit`) without ever holding more than `limit` bytes."""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield lineno, b"", True
        else:
            yield lineno, line, False


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def record_to_article(raw: bytes, source: str) -> Article | Skipped:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Skipped(source, "line is not valid UTF-8 (JSON Lines files must be UTF-8)")
    except json.JSONDecodeError as error:
        return Skipped(source, f"malformed JSON: {error.msg} (column {error.colno})")
    problem = record_problem(record)
    if problem:
        return Skipped(source, problem)
    return Article(
        text=record["text"],
        source=source,
        format=JSONL,
        title=record.get("title") or None,
        date=iso_date(record.get("date")),
        id=None if record.get("id") is None else str(record["id"]),
        url=record.get("url") or None,
        outlet=record.get("source") or None,
        lang=normalise_language_tag(record.get("lang")),
        encoding="utf-8",
        meta={key: value for key, value in record.items() if key not in KNOWN_FIELDS},
    )


def record_problem(record: Any) -> str | None:
    """Why a parsed line cannot be an article, or None when it can."""
    if not isinstance(record, dict):
        return f"line is a JSON {JSON_TYPE_NAMES.get(type(record), 'value')}, not an object"
    text = record.get("text")
    if not isinstance(text, str):
        return "record has no \"text\" string" if text is None else "\"text\" is not a string"
    if not text.strip():
        return "empty document (\"text\" is blank)"
    if not isinstance(record.get("id"), (str, int, type(None))) or isinstance(record.get("id"), bool):
        return "\"id\" must be a string or an integer"
    for field in OPTIONAL_STRING_FIELDS:
        if not isinstance(record.get(field), (str, type(None))):
            return f"\"{field}\" must be a string"
    date = record.get("date")
    if date and iso_date(date) is None:
        return f"date {date!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    return None
