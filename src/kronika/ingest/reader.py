"""Reading one file: every problem with it becomes a Skipped, never an exception."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

from kronika.ingest.article import Article, Skipped
from kronika.ingest.decoding import SNIFF_BYTES, UndecodableError, binary_kind, decode
from kronika.ingest.feed import feed_items, parse_feed
from kronika.ingest.formats import FEED, HTML, JSONL, KNOWN_EXTENSIONS, TEXT, UNKNOWN, WARC, detect_format, extension
from kronika.ingest.jsonl import read_jsonl
from kronika.ingest.plaintext import read_text
from kronika.ingest.warc import read_warc
from kronika.ingest.webpage import extract_page


def read_file(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    source = str(path)
    try:
        yield from _read_file(path, source, max_bytes)
    except PermissionError:
        yield Skipped(source, "cannot read file: permission denied")
    except OSError as error:
        yield Skipped(source, f"cannot read file: {(error.strerror or str(error)).lower()}")
    except Exception as error:  # noqa: BLE001 - one odd file must not stop a whole corpus
        yield Skipped(source, f"unexpected error while reading: {type(error).__name__}: {error}")


def _read_file(path: Path, source: str, max_bytes: int) -> Iterator[Article | Skipped]:
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        yield Skipped(source, "not a regular file")
        return
    if status.st_size == 0:
        yield Skipped(source, "empty document (0 bytes)")
        return
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
    file_format = detect_format(path, head)
    if file_format == WARC:  # streamed: the limit applies per record
        yield from read_warc(path, max_bytes)
        return
    problem = _content_problem(path, head, file_format)
    if problem:
        yield Skipped(source, problem)
    elif file_format == JSONL:  # streamed: the limit applies per line
        yield from read_jsonl(path, max_bytes)
    elif status.st_size > max_bytes:
        yield Skipped(source, f"file is {status.st_size} bytes, over the limit of {max_bytes} bytes")
    else:
        yield from _read_whole(path, source, file_format, max_bytes)


def _content_problem(path: Path, head: bytes, file_format: str) -> str | None:
    kind = binary_kind(head)
    if kind:
        return f"binary file ({kind})"
    if file_format == UNKNOWN:
        return f"unknown format '{extension(path)}' (expected {KNOWN_EXTENSIONS}, or a text file without extension)"
    return None


def _read_whole(path: Path, source: str, file_format: str, max_bytes: int) -> Iterator[Article | Skipped]:
    with path.open("rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew since we looked
        yield Skipped(source, f"file is over the limit of {max_bytes} bytes")
        return
    if file_format == FEED:
        yield from _read_feed(data, source)
        return
    try:
        decoded = decode(data)
    except UndecodableError as error:
        yield Skipped(source, str(error))
        return
    if file_format == TEXT:
        yield read_text(decoded, source)
    elif file_format == HTML:
        yield _read_html(decoded.text, decoded.encoding, source)


def _read_feed(data: bytes, source: str) -> Iterator[Article | Skipped]:
    # Feeds declare their encoding in the XML prolog, which feedparser honours: no guessing here.
    parsed = parse_feed(data)
    if parsed is None:
        yield Skipped(source, "unknown format: XML that is not an RSS or Atom feed")
    else:
        yield from feed_items(parsed, source)


def _read_html(html: str, encoding: str, source: str) -> Article | Skipped:
    if not html.strip():
        return Skipped(source, "empty document (only whitespace)")
    page = extract_page(html)
    if page is None:
        return Skipped(source, "no main text found in the HTML page")
    return Article(
        text=page.text,
        source=source,
        format=HTML,
        title=page.title,
        date=page.date,
        url=page.url,
        outlet=page.outlet,
        lang=page.lang,
        encoding=encoding,
    )
