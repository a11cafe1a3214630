"""Plain-text articles: the text is the file content, exactly, so outside offsets line up."""

from __future__ import annotations

import re

from kronika.ingest.article import Article, Skipped
from kronika.ingest.decoding import DecodedText
from kronika.ingest.formats import TEXT

# Optional metadata header: " date 2022-12 Article text…" (whitespace, the word, the date, then
# one space or one line break). The date must be a real month (and day) to count as a header.
DATE_MARKER = re.compile(r"\A\s*date (\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?: |\r?\n)")

# A title is a first line followed by a blank line ("Title\n\nBody…", as in SlavicNER).
FIRST_LINE_THEN_BLANK = re.compile(r"[ \t\r\n]*([^\r\n]+)\r?\n[ \t]*\r?\n")
MAX_TITLE_CHARS = 200
SENTENCE_BODY_ENDINGS = (".", ",", ";", ":")


def read_text(decoded: DecodedText, source: str) -> Article | Skipped:
    content = decoded.text
    if not content.strip():
        return Skipped(source, "empty document (only whitespace)" if content else "empty document")
    date, text = split_date_marker(content)
    if not text.strip():
        return Skipped(source, "empty document (nothing after the date marker)")
    meta = {"header_chars": len(content) - len(text)} if date else {}
    return Article(
        text=text,
        source=source,
        format=TEXT,
        title=guess_title(text),
        date=date,
        encoding=decoded.encoding,
        meta=meta,
    )


def split_date_marker(content: str) -> tuple[str | None, str]:
    """(date, text after the marker), or (None, content) when there is no marker."""
    marker = DATE_MARKER.match(content)
    if not marker:
        return None, content
    return marker.group(1), content[marker.end() :]


def guess_title(text: str) -> str | None:
    """The first line, if it reads like a headline: short, set off by a blank line, and not
    ending like part of a sentence ("." but not "...", "," ";" ":")."""
    first = FIRST_LINE_THEN_BLANK.match(text)
    if not first:
        return None
    line = first.group(1).strip()
    if not line or len(line) > MAX_TITLE_CHARS or not any(char.isalpha() for char in line):
        return None
    if line.endswith(SENTENCE_BODY_ENDINGS) and not line.endswith("..."):
        return None
    if not text[first.end() :].strip():
        return None  # a lone line is the article, not its title
    return line
