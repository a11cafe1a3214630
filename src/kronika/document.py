"""The one document model that flows through ingest → analyse → store → serve.

Every span is a pair of Unicode code-point offsets ``[start, end)`` into ``Document.text``
(Python ``str`` indices are code points, so ``text[start:end]`` is the span's surface).
The JSON Schema published in ``schema/document.schema.json`` is generated from these
models (``kronika schema``); evolve by adding fields and bump ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.1.0"  # 1.1.0: attributions, disagreements

# Full or partial ISO date: 2022, 2022-12 or 2022-12-06.
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    start: int = Field(ge=0, description="First code point of the span in `text`.")
    end: int = Field(ge=0, description="Code point after the span's last one (exclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Sentence(Span):
    pass


class Token(Span):
    text: str
    lemma: str = Field(description="Base form chosen in context (Morfeusz 2 / SGJP).")
    tag: str = Field(description="Morphosyntactic tag in the NKJP tagset, e.g. subst:sg:gen:m1.")
    pos: str = Field(default="X", description="Universal POS derived from the tag.")
    space_after: bool = True


class Mention(Span):
    text: str
    type: str = Field(description="PER, ORG, LOC, PRO or EVT (SlavicNER scheme).")
    subtype: str | None = None
    lemma: str = Field(description="Base form of the whole name, e.g. Alaksandr Łukaszenka.")
    entity: str | None = Field(default=None, description="Id of an item of `entities`.")
    titles: list[str] = Field(default_factory=list, description="Titles and roles next to the name.")


class Entity(Model):
    id: str
    name: str
    type: str
    subtype: str | None = None
    aliases: list[str] = Field(default_factory=list)
    kb: str | None = Field(default=None, description="Wikidata id, when the knowledge base knows it.")


class Quote(Span):
    kind: Literal["direct", "indirect"]
    speaker: str | None = Field(default=None, description="Entity id, or null for an unnamed speaker.")
    speaker_text: str | None = None
    cue: str | None = None
    medium: str | None = Field(default=None, description="To whom it was said: an outlet or interviewer.")


class Attribution(Span):
    """Reported facts credited to a source ("jak relacjonuje BelTA"): `start`/`end` cover the sentences."""

    source: str | None = Field(default=None, description="Entity id of the outlet or body, or null.")
    source_text: str | None = Field(default=None, description="How the text names the source.")
    cue: str | None = None
    evidence: Span = Field(description="The clause that names the source.")


class Disagreement(Model):
    """One statement denies what another, by a different speaker or source, said about the same thing."""

    quote: int = Field(description="Index into `quotes` of the statement that disagrees.")
    contradicts: int = Field(description="Index into `quotes` of the statement it disagrees with.")
    topic: str = Field(description="Base form of the disputed word (przełom).")
    evidence: Span = Field(description="The disputed word in the disagreeing statement.")
    claim: Span = Field(description="The word of the same stem in the other statement.")


class Timex(Span):
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = Field(default=None, description="TIMEX3 value (2022-06, P6M, PRESENT_REF), null if unresolved.")


class EventTime(Model):
    value: str | None = None
    timex: int | None = Field(default=None, description="Index into `timexes` it was taken from.")


class Event(Model):
    type: str
    cameo: str | None = None
    trigger: Span
    args: dict[str, str | list[str]] = Field(default_factory=dict)
    time: EventTime | None = None
    modality: Literal["asserted", "planned", "promised", "reported", "speculated", "negated"] = "asserted"
    source: str | None = None
    evidence: Span


class Document(Model):
    schema_version: str = SCHEMA_VERSION
    id: str
    source: str = Field(description="Path or URL the article was read from.")
    title: str | None = None
    date: str | None = Field(default=None, description="Full or partial ISO date (2022-12), or null.")
    lang: str = Field(description="ISO 639-1 language code, detected when not given.")
    text: str
    url: str | None = None
    outlet: str | None = Field(default=None, description="Publishing outlet, when the input says.")
    content_hash: str | None = Field(default=None, description="SHA-256 of `text`, used to store content once.")
    near_duplicate_of: str | None = Field(default=None, description="Id of an earlier, nearly identical document.")
    sentences: list[Sentence] = Field(default_factory=list)
    tokens: list[Token] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    @field_validator("date")
    @classmethod
    def _partial_iso(cls, value: str | None) -> str | None:
        if value is not None and not PARTIAL_DATE.match(value):
            raise ValueError(f"date {value!r} is not a full or partial ISO date (YYYY[-MM[-DD]])")
        return value

    @model_validator(mode="after")
    def _spans_inside_text(self) -> "Document":
        limit = len(self.text)
        for name in ("sentences", "tokens", "mentions", "quotes", "attributions", "timexes"):
            for span in getattr(self, name):
                if span.end > limit:
                    raise ValueError(f"{name} span [{span.start}, {span.end}) is outside the text ({limit})")
        return self


def json_schema() -> dict[str, Any]:
    """JSON Schema of `Document`, as published in the repository."""
    schema = Document.model_json_schema()
    schema["$id"] = f"https://kronika.invalid/schema/document-{SCHEMA_VERSION}.json"
    schema["title"] = "Kronika document"
    return schema
