"""WARC archives (plain or gzipped): each HTML response record is a page to extract.

Other records (requests, metadata, images, scripts…) are part of any crawl and are passed
over silently. The archive is streamed, so the size limit applies to each record's payload,
not to the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from kronika.ingest.article import Article, Skipped
from kronika.ingest.dates import iso_date
from kronika.ingest.decoding import UndecodableError, binary_kind, decode
from kronika.ingest.formats import WARC
from kronika.ingest.webpage import extract_page

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    """Articles from the archive's HTML responses, with source "path#N" (N counts records from 1)."""
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        number = end = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as error:  # noqa: BLE001 - warcio fails in many ways on damaged input
                yield Skipped(str(path), f"broken WARC file ({_after(number)}): {error}")
                return
            number += 1
            source = f"{path}#{number}"
            result = record_to_article(record, source, max_bytes) if is_html_response(record) else None
            if is_cut_short(record):  # asked after reading the payload: it drains the record
                yield Skipped(source, "record is cut short (the archive ends inside it)")
                return
            # warcio knows a record's offset and length only once it has been read to its end.
            end = records.get_record_offset() + records.get_record_length()
            if isinstance(result, Article):
                result.meta["warc_offset"] = records.get_record_offset()
            if result is not None:
                yield result
        if has_data_after(stream, end):
            # warcio stops quietly at a record it cannot parse, e.g. in a cut-off download.
            yield Skipped(str(path), f"broken WARC file ({_after(number)}): unreadable or cut-off record")


def has_data_after(stream: BinaryIO, end: int) -> bool:
    stream.seek(end)
    return bool(stream.read(4096).strip())  # a plain record's closing blank lines are not counted


def _after(number: int) -> str:
    return f"after record {number}" if number else "at the start"


def is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(HTML_TYPES)


def record_to_article(record: Any, source: str, max_bytes: int) -> Article | Skipped:
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return Skipped(source, f"HTTP {status or 'response without a status'}, not a page")
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Skipped(source, f"page is over the limit of {max_bytes} bytes")
    kind = binary_kind(payload)
    if kind:
        return Skipped(source, f"binary payload ({kind}) although the server said HTML")
    try:
        decoded = decode(payload)
    except UndecodableError as error:
        return Skipped(source, str(error))
    target_uri = record.rec_headers.get_header("WARC-Target-URI")
    page = extract_page(decoded.text, url=target_uri)
    if page is None:
        return Skipped(source, "no main text found in the page")
    return Article(
        text=page.text,
        source=source,
        format=WARC,
        title=page.title,
        date=page.date or iso_date(record.rec_headers.get_header("WARC-Date")),
        url=target_uri or page.url,
        outlet=page.outlet,
        lang=page.lang,
        encoding=decoded.encoding,
        meta=_provenance(record, page.url, target_uri),
    )


def is_cut_short(record: Any) -> bool:
    """Whether the archive ended inside the record, which warcio does not report: its headers
    stop before Content-Length, or its block before Content-Length bytes."""
    if record.rec_headers.get_header("Content-Length") is None:
        return True
    block = record.raw_stream  # counts down the bytes of Content-Length still unread
    while block.read(1 << 16):
        pass
    return getattr(block, "limit", 0) > 0


def _provenance(record: Any, page_url: str | None, target_uri: str | None) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    if record_id:
        meta["warc_record_id"] = record_id
    if page_url and page_url != target_uri:
        meta["canonical_url"] = page_url  # what the page says its address is
    return meta
