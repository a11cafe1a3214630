"""What the finders hand to the speaker resolver: a quotation's content and where its speaker is named."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    """A quotation before its speaker is known.

    `start`/`end` bound the content (no quote marks, dashes or attribution clause). `speaker_zone`
    is the stretch of text that names the speaker ("– powiedział prezydent Białorusi", "Rosyjski
    przywódca powiedział,"); `case` is the grammatical case the speaker has there ("nom" after a
    speech verb, "gen" after "zdaniem"); `follows_previous` says the text leaves the speaker out on
    purpose ("Dodał, że…", a dash paragraph without attribution), so the previous speaker said it.
    """

    start: int
    end: int
    kind: str
    form: str
    cue: str | None = None
    speaker_zone: tuple[int, int] | None = None
    case: str = "nom"
    follows_previous: bool = False
    impersonal: str | None = None
    medium: str | None = None
    extra: dict = field(default_factory=dict)

    def overlaps(self, other: "Found") -> bool:
        return self.start < other.end and other.start < self.end

    def inside(self, other: "Found") -> bool:
        return other.start <= self.start and self.end <= other.end
