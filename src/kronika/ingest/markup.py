"""HTML fragments (feed summaries and contents) → plain text with paragraph breaks.

trafilatura looks for the main block of a whole page and drops short fragments, so a feed's
few-paragraph snippets are flattened here with the standard library instead.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header li main nav ol p pre section table td th tr ul".split()
)
INVISIBLE_TAGS = frozenset({"script", "style", "template", "noscript"})
PARAGRAPH_BREAK = "\n\n"

SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
BREAKS = re.compile(r"\s*\n\s*\n\s*")


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment: paragraphs separated by a blank line, spaces collapsed."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return _tidy("".join(collector.parts))


def _tidy(raw: str) -> str:
    lines = [SPACES.sub(" ", line).strip() for line in raw.split("\n")]
    return BREAKS.sub(PARAGRAPH_BREAK, "\n".join(lines)).strip()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in INVISIBLE_TAGS:
            self._hidden_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self.parts.append(PARAGRAPH_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in INVISIBLE_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(PARAGRAPH_BREAK)

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            # Source line breaks inside a paragraph are layout, not text.
            self.parts.append(data.replace("\n", " "))
