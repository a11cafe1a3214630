"""Language identification (py3langid, offline: its model ships inside the package)."""

from __future__ import annotations

import py3langid

UNDETERMINED = "und"  # ISO 639-2 code for text with no letters to judge by
SAMPLE_CHARS = 5000  # the first few thousand characters decide; longer input only costs time


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, e.g. "pl", or "und" for text without letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(char.isalpha() for char in sample):
        return UNDETERMINED
    code, _score = py3langid.classify(sample)
    return code


def normalise_language_tag(tag: str | None) -> str | None:
    """ "pl-PL", "PL" or "pl_pl" → "pl"; None for a tag that names no two-letter language."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if len(primary) == 2 and primary.isalpha() else None
