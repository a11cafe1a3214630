"""Which reader a file needs: by extension, and by its first bytes when the name does not say."""

from __future__ import annotations

import zlib
from pathlib import Path

from kronika.ingest.decoding import UNICODE_BOMS, UTF8_BOM

TEXT, JSONL, HTML, FEED, WARC, UNKNOWN = "text", "jsonl", "html", "feed", "warc", "unknown"

FORMAT_BY_EXTENSION = {
    ".txt": TEXT,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".html": HTML,
    ".htm": HTML,
    ".rss": FEED,
    ".atom": FEED,
    ".xml": FEED,  # only if it parses as a feed; the feed reader says when it does not
    ".warc": WARC,
    ".warc.gz": WARC,
}
KNOWN_EXTENSIONS = ", ".join(FORMAT_BY_EXTENSION)

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")
HTML_STARTS = ("<!doctype html", "<html")


def extension(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def detect_format(path: Path, head: bytes) -> str:
    """One of TEXT, JSONL, HTML, FEED, WARC or UNKNOWN.

    A known extension decides. Otherwise the content is sniffed for the structured formats;
    a file with no extension that is none of them is taken as plain text, while an unknown
    extension (.pdf, .docx, .csv…) is reported as unknown rather than guessed at.
    """
    suffix = extension(path)
    if suffix in FORMAT_BY_EXTENSION:
        return FORMAT_BY_EXTENSION[suffix]
    sniffed = sniff_format(head)
    if sniffed:
        return sniffed
    return TEXT if not suffix else UNKNOWN


def sniff_format(head: bytes) -> str | None:
    if head.startswith(WARC_MAGIC) or (head.startswith(GZIP_MAGIC) and _gunzipped_start(head).startswith(WARC_MAGIC)):
        return WARC
    start = _text_start(head)
    if start.startswith("<?xml"):
        # XHTML is a page; any other XML goes to the feed reader, which says if it is not a feed.
        return HTML if "<html" in start else FEED
    if start.startswith(FEED_ROOTS):
        return FEED
    if start.startswith(HTML_STARTS):
        return HTML
    if start.startswith('{"'):
        return JSONL
    return None


def _text_start(head: bytes) -> str:
    """The first kilobyte, lower-cased, without byte-order mark or leading whitespace."""
    for bom, encoding in ((UTF8_BOM, "utf-8"), *UNICODE_BOMS):
        if head.startswith(bom):
            return head[:1024].decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n").lower()
    return head[:1024].decode("latin-1").lstrip(" \t\r\n").lower()


def _gunzipped_start(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, len(WARC_MAGIC))
    except zlib.error:
        return b""
