"""Turning the dates that inputs carry into the full or partial ISO dates the document model takes."""

from __future__ import annotations

import re
import time

from kronika.document import PARTIAL_DATE

# "2022-12-06T10:00:00Z" or "2022-12-06 10:00": keep only the calendar date.
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]")


def iso_date(value: str | None) -> str | None:
    """A partial ISO date (2022, 2022-12, 2022-12-06) from an ISO date or datetime, else None."""
    if value is None:
        return None
    value = value.strip()
    datetime_match = ISO_DATETIME.match(value)
    if datetime_match:
        value = datetime_match.group(1)
    return value if PARTIAL_DATE.match(value) else None


def date_from_struct_time(value: time.struct_time | None) -> str | None:
    """feedparser's parsed dates (UTC struct_time) → YYYY-MM-DD."""
    if value is None:
        return None
    return time.strftime("%Y-%m-%d", value)
