"""What readers hand to the analyser: an article's text and metadata, or a reasoned skip."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One article as read from a file, before analysis.

    `text` is exactly what the analyser gets and what every span points into: for a plain-text
    file without a metadata header it is the decoded file content, unchanged.
    """

    text: str
    source: str  # path, "path:LINE" for JSON Lines, "path#N" for feed items and WARC records
    format: str  # text | jsonl | html | feed | warc
    title: str | None = None
    date: str | None = None  # full or partial ISO, validated by the document model
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Skipped:
    """An input that was not ingested, with a reason a user can act on."""

    source: str
    reason: str
