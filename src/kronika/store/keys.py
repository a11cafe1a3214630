"""Words and search keys: what the search index holds for a document and looks up for a query.

Every word of a document's text is indexed under all its `search_keys` (lemmas, the word itself,
a crude stem for unknown names); a query word is looked up under its own keys, computed by the
same function, so "Łukaszenka" finds "Łukaszenki" and "system rakietowy" finds "systemy rakietowe".

A document's index entry is its *key stream*: every key, repeated once per occurrence of a word
that has it (at most `TF_CAP` times). SQLite stores the stream in FTS5, PostgreSQL as a
`tsvector` whose positions count the occurrences; both see the same keys, frequencies and
lengths, so both backends match and rank identically. Keys are restricted to characters the FTS5
tokenizer keeps inside one token (letters, digits, `_`, `~`, `-`), so one key is one token.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

# A word: letters/digits, hyphenated parts kept together (S-400, Bielsko-Biała).
WORD = re.compile(r"\w+(?:-\w+)*")
# PostgreSQL keeps at most 256 positions per lexeme; FTS5 gets the same cap so both count alike.
TF_CAP = 256
MAX_KEY_LENGTH = 100
_KEY_CHARS = frozenset("_~-")


def _valid_key(key: str) -> bool:
    return 0 < len(key) <= MAX_KEY_LENGTH and all(ch.isalnum() or ch in _KEY_CHARS for ch in key)


@lru_cache(maxsize=200_000)
def index_keys(word: str) -> frozenset[str]:
    """The keys a word is indexed and looked up under (index and query use this same function)."""
    from kronika.analyse.lexicon import search_keys

    word = unicodedata.normalize("NFC", word)
    return frozenset(key for key in search_keys(word) if _valid_key(key))


def words(text: str) -> list[str]:
    return WORD.findall(text)


@dataclass(frozen=True)
class KeyStream:
    """Key frequencies of one text, capped at TF_CAP, and their total (the indexed length)."""

    frequencies: dict[str, int]
    n_words: int

    @property
    def length(self) -> int:
        return sum(self.frequencies.values())

    def fts_text(self) -> str:
        """FTS5 column value: each key repeated by its frequency."""
        return " ".join(" ".join([key] * n) for key, n in sorted(self.frequencies.items()))

    def tsvector(self) -> str:
        """PostgreSQL tsvector literal: each key with positions 1..frequency."""
        return " ".join(
            f"{quote_lexeme(key)}:{','.join(str(p) for p in range(1, n + 1))}"
            for key, n in sorted(self.frequencies.items())
        )


def key_stream(text: str) -> KeyStream:
    counts: Counter[str] = Counter()
    found = words(text)
    for word, n in Counter(found).items():
        for key in index_keys(word):
            counts[key] += n
    return KeyStream({key: min(n, TF_CAP) for key, n in counts.items()}, len(found))


def quote_lexeme(key: str) -> str:
    """A lexeme quoted for tsvector/tsquery input (no normalisation is applied to it)."""
    return "'" + key.replace("\\", "\\\\").replace("'", "''") + "'"


def query_groups(query: str) -> list[tuple[str, ...]]:
    """A query as an AND of words, each an OR of its keys (sorted; repeated words dropped)."""
    groups: list[tuple[str, ...]] = []
    for word in words(query):
        keys = tuple(sorted(index_keys(word)))
        if keys and keys not in groups:
            groups.append(keys)
    return groups
