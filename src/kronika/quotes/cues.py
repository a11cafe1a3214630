"""The speech words Kronika knows, read from ``data/speech_cues.toml`` (users can extend it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kronika.datafiles import read_with_additions


@dataclass(frozen=True)
class Cues:
    verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    needs_clause: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    source_verbs: frozenset[str]
    source_nouns: frozenset[str]
    unnamed: frozenset[str]
    impersonal: tuple[tuple[str, ...], ...]
    roles: frozenset[str]
    title_nouns: frozenset[str]
    not_speakers: frozenset[str]


def _merge(target: dict[str, list[str]], extra: dict) -> None:
    for key, values in extra.items():
        target.setdefault(key, []).extend(values)


@lru_cache(maxsize=4)
def load_cues(extra_path: str | None = None) -> Cues:
    data, extra = read_with_additions("speech_cues.toml", extra_path, "KRONIKA_SPEECH_CUES")
    _merge(data, extra)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, []))

    def sequences(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(p.lower().split()) for p in data.get(key, [])}, key=len, reverse=True))

    return Cues(words("verbs"), sequences("phrases"), words("needs_clause"), sequences("prepositions"),
                words("source_verbs"), words("source_nouns"), words("unnamed"), sequences("impersonal"),
                words("roles"), words("title_nouns"), words("not_speakers"))
