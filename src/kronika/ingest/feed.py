"""RSS and Atom feeds: one article per item, text from its content or summary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from kronika.ingest.article import Article, Skipped
from kronika.ingest.dates import date_from_struct_time
from kronika.ingest.formats import FEED
from kronika.ingest.language import normalise_language_tag
from kronika.ingest.markup import html_to_text

HTML_TYPES = ("text/html", "application/xhtml+xml")


def parse_feed(data: bytes) -> Any | None:
    """The parsed feed, or None when the bytes are not RSS or Atom.

    Always given bytes: feedparser treats a string as a URL or file name and would fetch it.
    """
    parsed = feedparser.parse(data)
    return parsed if parsed.get("version") else None


def feed_items(parsed: Any, source: str) -> Iterator[Article | Skipped]:
    """Articles of a parsed feed, each with source "path#N" (N counts items from 1)."""
    if not parsed.entries:
        yield Skipped(source, "feed has no items")
        return
    channel = parsed.feed
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_to_article(entry, channel, f"{source}#{number}", parsed.get("encoding"))


def entry_to_article(entry: Any, channel: Any, source: str, encoding: str | None) -> Article | Skipped:
    text = entry_text(entry)
    if not text:
        return Skipped(source, "feed item has no content or summary")
    return Article(
        text=text,
        source=source,
        format=FEED,
        title=_detail_text(entry.get("title_detail")) or None,
        date=date_from_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
        id=entry.get("id") or None,
        url=entry.get("link") or None,
        outlet=_detail_text(channel.get("title_detail")) or None,
        lang=normalise_language_tag(_entry_language(entry) or channel.get("language")),
        encoding=encoding,
        meta={"author": entry["author"]} if entry.get("author") else {},
    )


def entry_text(entry: Any) -> str:
    """Plain text of the fullest body the item has: its content, else its summary."""
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        text = _detail_text(detail)
        if text:
            return text
    return ""


def _detail_text(detail: Any) -> str:
    if not detail or not detail.get("value"):
        return ""
    value = detail["value"]
    return html_to_text(value) if detail.get("type") in HTML_TYPES else value.strip()


def _entry_language(entry: Any) -> str | None:
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if detail and detail.get("language"):
            return detail["language"]
    return None
