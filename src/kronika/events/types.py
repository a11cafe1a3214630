"""The event schema of ``data/event_types.toml``: types, CAMEO codes, trigger words and roles.
Users add words or types in a file of the same shape named by ``$KRONIKA_EVENT_TYPES``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kronika.datafiles import read_with_additions


# statements: the act of saying (a warning, a demand), dated and asserted as an act whatever it says
STATEMENTS = frozenset({"thank", "praise", "criticise", "threaten", "warn", "demand"})
# done with someone: "A met B" is "B met A", so agent and partner are one set
SYMMETRIC = frozenset({"meet", "consult", "agree", "exercise"})


@dataclass(frozen=True)
class EventType:
    name: str
    cameo: str
    label: str
    verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]   # multiword verbs as lemma sequences ("nałożyć sankcja")
    nouns: frozenset[str]
    roles: tuple[str, ...]
    note: str = ""
    objects: frozenset[str] = frozenset()
    bare_nouns: bool = False
    judging: frozenset[str] = frozenset()  # verbs that count when a judgement follows ("nazwał … „farsą”")
    objects_for: frozenset[str] = frozenset()  # the verbs `objects` applies to; empty: all of them
    # verbs that threaten when the speaker sets them as what they will or may do if…
    # ("Jeśli będziecie strajkować, przeniesiemy miejsca pracy do Polski", "jest gotów zwolnić ludzi")
    consequences: frozenset[str] = frozenset()
    plural_nouns: frozenset[str] = frozenset()  # nouns that name the event only in the plural ("manewry", not "manewr podatkowy")


@dataclass(frozen=True, eq=False)
class Schema:
    types: dict[str, EventType]

    def by_verb(self, lemma: str) -> list[EventType]:
        return [t for t in self.types.values() if lemma in t.verbs]

    def by_judging_verb(self, lemma: str) -> list[EventType]:
        return [t for t in self.types.values() if lemma in t.judging]

    def by_consequence(self, lemma: str) -> list[EventType]:
        return [t for t in self.types.values() if lemma in t.consequences]

    def by_noun(self, lemma: str) -> list[EventType]:
        return [t for t in self.types.values() if lemma in t.nouns]

    def phrases(self) -> dict[str, list[tuple[tuple[str, ...], EventType]]]:
        """Multiword triggers by their first word, longest first."""
        return _phrase_index(self)


@lru_cache(maxsize=8)
def _phrase_index(schema: "Schema") -> dict[str, list[tuple[tuple[str, ...], EventType]]]:
    out: dict[str, list[tuple[tuple[str, ...], EventType]]] = {}
    for t in schema.types.values():
        for phrase in t.phrases:
            out.setdefault(phrase[0], []).append((phrase, t))
    for entries in out.values():
        entries.sort(key=lambda item: -len(item[0]))
    return out


def _split(words: list[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    single = frozenset(w for w in words if " " not in w)
    multi = tuple(tuple(w.split()) for w in words if " " in w)
    return single, multi


@lru_cache(maxsize=4)
def load_schema(extra_path: str | None = None) -> Schema:
    data, extra = read_with_additions("event_types.toml", extra_path, "KRONIKA_EVENT_TYPES")
    for name, table in extra.items():  # words are added to a type's lists, other keys replaced
        entry = data.setdefault(name, {})
        for key, value in table.items():
            entry[key] = entry.get(key, []) + value if isinstance(value, list) else value
    types = {}
    for name, table in data.items():
        verbs, phrases = _split(table.get("verbs", []))
        nouns, noun_phrases = _split(table.get("nouns", []))
        types[name] = EventType(name, table["cameo"], table.get("label", name), verbs, phrases + noun_phrases,
                                nouns, tuple(table.get("roles", ["agent"])), table.get("note", ""),
                                frozenset(table.get("objects", [])), bool(table.get("bare_nouns", False)),
                                frozenset(table.get("judging", [])), frozenset(table.get("objects_for", [])),
                                frozenset(table.get("consequences", [])), frozenset(table.get("plural_nouns", [])))
    return Schema(types)
