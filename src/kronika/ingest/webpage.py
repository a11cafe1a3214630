"""Main text and metadata of a web page, via trafilatura (offline: it is only given the markup)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura

from kronika.ingest.dates import iso_date

# trafilatura logs a warning for every page it finds too little text in; we report those as
# Skipped instead, so its own messages are only noise.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

DATE_SEARCH = {"original_date": True, "extensive_search": False}  # publication date, from markup only


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    date: str | None
    url: str | None
    outlet: str | None
    lang: str | None


def extract_page(html: str, url: str | None = None) -> Page | None:
    """The article in `html`, or None when the page has no main text."""
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_SEARCH,
    )
    if extracted is None or not (extracted.text or "").strip():
        return None
    return Page(
        text=extracted.text,
        title=extracted.title or None,
        date=iso_date(extracted.date),
        url=extracted.url or url,
        outlet=extracted.sitename or None,
        lang=extracted.language or None,
    )
