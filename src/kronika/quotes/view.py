"""What the quotation finders read from an analysed ``Doc``: tokens with base forms and tags,
sentences, paragraphs and entity mentions, all as code-point offsets into the text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

import regex as re


@dataclass(frozen=True, slots=True)
class Tok:
    i: int
    start: int
    end: int
    text: str
    lemma: str
    tag: str

    @property
    def low(self) -> str:
        return self.lemma.lower()

    def has(self, feature: str) -> bool:
        return feature in self.tag.replace(".", ":").split(":")


@dataclass
class DocView:
    text: str
    tokens: list[Tok]
    sentences: list[tuple[int, int]]
    mentions: list[dict[str, Any]]
    entities: dict[str, dict[str, Any]]
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.tokens]
        if not self.paragraphs:
            self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)
                               if m.group().strip()]

    @classmethod
    def from_doc(cls, doc) -> "DocView":
        """The document's tokens with their lemma and tag (see `_reading`), sentences and names."""
        tokens = [Tok(t.i, t.idx, t.idx + len(t.text), t.text, *_reading(t)) for t in doc if not t.is_space]
        sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc.text))]
        mentions = list(getattr(doc._, "mentions", None) or [])
        entities = {e["id"]: e for e in (getattr(doc._, "entities", None) or [])}
        return cls(doc.text, tokens, sentences, mentions, entities)

    # -- lookups ------------------------------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect.bisect_left(self._starts, offset)

    def tokens_in(self, start: int, end: int) -> list[Tok]:
        return self.tokens[self.token_at(start):self.token_at(end)]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for s in self.sentences:
            if s[0] <= offset < s[1]:
                return s
        return (offset, offset)

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        for p in self.paragraphs:
            if p[0] <= offset < p[1]:
                return p
        return (offset, offset)

    def mentions_in(self, start: int, end: int) -> list[dict[str, Any]]:
        return [m for m in self.mentions if m["start"] >= start and m["end"] <= end]

    def entity_name(self, ident: str | None) -> str | None:
        entity = self.entities.get(ident or "")
        return entity["name"] if entity else None


def trim(text: str, start: int, end: int, chars: str = " \t\n–—-,:;") -> tuple[int, int]:
    """Shrink [start, end) past surrounding spaces, dashes and separators."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


PASSIVE_AUXILIARIES = frozenset({"zostać", "zostawać", "być"})


def _reading(token) -> tuple[str, str]:
    """Lemma and tag; after "zostać"/"być" an adjective the dictionary also reads as a passive
    participle is that participle ("zostanie przyjęta": przyjąć, not the adjective przyjęty)."""
    lemma, tag = token.lemma_ or token.text, token.tag_ or ""
    if not tag.startswith("adj"):
        return lemma, tag
    before = [t for t in token.doc[max(0, token.i - 3):token.i] if not t.tag_.startswith(("adv", "qub"))][-1:]
    if before and before[0].lemma_ in PASSIVE_AUXILIARIES:  # "byłoby faktycznie przyjęte"
        analyses = getattr(token._, "analyses", None) or ()
        participle = next((a for a in analyses if a[1].startswith("ppas")), None)
        if participle is not None:
            return participle[0], participle[1]
    return lemma, tag
