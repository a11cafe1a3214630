"""After the recogniser: knowledge-base identities, subtypes and titles of a document's mentions.

The recogniser gives mentions with base forms and within-document groups (``entity`` ids from
training names or ``TYPE:base form``). This step, which needs the analysed spaCy ``Doc``:

1. **Knowledge base** (:mod:`kronika.entities.kb`): a group whose name or any member's base form
   is a KB name or alias takes the KB entry's id, canonical name, subtype and Wikidata id, so
   that Łukaszenka, Łukaszenko and Lukashenko become one entity in every document. Groups that
   land on one KB entry merge.
2. **Forgivable typos**: an acronym that the KB does not know and that differs by one swapped or
   changed letter from an acronym of an entity named in the same document ("OWS" in a text
   about OSW) joins that entity — only when exactly one candidate exists.
3. **Subtypes** from the KB, else from the cue lists in ``kronika/data/subtype_cues.toml``.
4. **Titles** next to a person's name ("prezydent Białorusi Alaksandr Łukaszenka",
   "Paweł Kordecki, analityk OSW,") from the title words in ``kronika/data/titles.txt``, with
   the title's first word in its base form.
"""

from __future__ import annotations

import bisect
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex as re

from kronika.analyse.lexicon import is_demonym

DATA = Path(__file__).resolve().parent.parent / "data"
MAX_TITLE_TOKENS = 8
# Words that may sit inside a title between its first word and the name ("szef komisji ds. obrony");
# other prepositions end it ("spotkanie prezydenta z ministrem X": the title is "minister").
_TITLE_LINKS = {"ds.", "do", "spraw", "-", "w", "we", "przy"}  # "korespondent TVP w Niemczech"


@dataclass
class SubtypeCues:
    """One type's subtypes with the cues that suggest them, in the file's order."""

    rules: dict[str, list[tuple[str, frozenset, frozenset, Any]]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = DATA / "subtype_cues.toml") -> "SubtypeCues":
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rules: dict[str, list] = {}
        for type_, subtypes in data.items():
            for subtype, cue in subtypes.items():
                shape = re.compile(cue["shape"]) if cue.get("shape") else None
                rules.setdefault(type_, []).append(
                    (subtype, frozenset(w.lower() for w in cue.get("head", ())),
                     frozenset(w.lower() for w in cue.get("before", ())), shape))
        return cls(rules)

    def subtype(self, type_: str, lemma: str, text: str, before: str | None) -> str | None:
        head = lemma.split()[0].lower() if lemma.split() else ""
        for subtype, heads, befores, shape in self.rules.get(type_, ()):
            if head in heads or (before is not None and before in befores) or (shape and shape.match(text)):
                return subtype
        return None


def load_titles(path: Path = DATA / "titles.txt") -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _default_kb():
    try:
        from kronika.entities.kb import KnowledgeBase
    except ImportError:  # the KB module is optional for the recogniser's own experiments
        return None
    return KnowledgeBase.load()


class Resolver:
    def __init__(self, kb=None, cues: SubtypeCues | None = None, titles: frozenset[str] | None = None) -> None:
        self.kb = kb
        self.cues = cues or SubtypeCues.load()
        self.titles = titles if titles is not None else load_titles()

    @classmethod
    def default(cls) -> "Resolver":
        return cls(_default_kb())

    # -- the whole step ---------------------------------------------------------------------
    def resolve(self, doc, mentions: list[dict], entities: list[dict]) -> tuple[list[dict], list[dict]]:
        tokens = _Tokens(doc)
        by_id = {e["id"]: e for e in entities}
        members: dict[str, list[dict]] = {}
        for m in mentions:
            members.setdefault(m["entity"], []).append(m)
        remap = {}
        for ident, entity in by_id.items():
            entry = self._kb_entry(entity, members.get(ident, []))
            if entry is not None:
                remap[ident] = entry
        resolved = self._merge(by_id, members, remap)
        self._join_typos(resolved, members)
        out_mentions = []
        person_starts = {m["start"] for m in mentions if m["type"] == "PER"}
        for m in mentions:
            entity = resolved[m["entity"]]
            m["entity"] = entity["id"]
            before = tokens.lemma_before(m["start"])
            m["subtype"] = entity.get("subtype") or self.cues.subtype(m["type"], m["lemma"], m["text"], before)
            m["titles"] = self._titles(tokens, m, person_starts) if m["type"] == "PER" else []
            out_mentions.append(m)
        unique = {}
        for entity in resolved.values():
            if entity["id"] not in unique:
                if entity.get("subtype") is None:
                    entity["subtype"] = next((m["subtype"] for m in out_mentions
                                              if m["entity"] == entity["id"] and m["subtype"]), None)
                unique[entity["id"]] = entity
        return out_mentions, list(unique.values())

    # -- knowledge base ---------------------------------------------------------------------
    def _kb_entry(self, entity: dict, group: list[dict]):
        if self.kb is None:
            return None
        names = [entity["name"], *entity.get("aliases", []), *(m["lemma"] for m in group), *(m["text"] for m in group)]
        for name in dict.fromkeys(names):
            entry = self.kb.lookup(name, entity["type"])
            if entry is not None and _compatible(entry.type, entity["type"]):
                return entry
        from kronika.entities.linking import stem_key

        for name in dict.fromkeys(names):
            if entity["type"] == "PER" and is_demonym(name):
                continue  # "Polka" shares a stem with "Polko" but is a Polish woman, not the general
            entry = self.kb.lookup_stem(stem_key(name))
            if entry is not None and _compatible(entry.type, entity["type"]):
                return entry
        return None

    def _merge(self, by_id: dict[str, dict], members: dict[str, list[dict]], remap: dict) -> dict[str, dict]:
        """Old id → resolved entity dict; entities that resolved to one KB entry share one dict."""
        merged: dict[str, dict] = {}
        out: dict[str, dict] = {}
        for ident, entity in by_id.items():
            entry = remap.get(ident)
            if entry is None:
                out[ident] = {**entity, "subtype": None, "kb": entity.get("kb")}
                continue
            target = merged.get(entry.id)
            seen = {entity["name"], *entity.get("aliases", [])}
            if target is None:
                target = merged[entry.id] = {
                    "id": entry.id, "name": entry.name, "type": entity["type"], "subtype": entry.subtype,
                    "aliases": [], "kb": entry.wikidata, "_seen": set()}
            target["_seen"] |= seen
            out[ident] = target
        for target in merged.values():
            entry = self.kb.get(target["id"])
            kb_aliases = [a for a in entry.all_names if a != entry.name] if entry is not None else []
            target["aliases"] = list(dict.fromkeys([*sorted(target.pop("_seen") - {target["name"]}), *kb_aliases]))
        return out

    def _join_typos(self, resolved: dict[str, dict], members: dict[str, list[dict]]) -> None:
        acronyms: dict[str, set[str]] = {}
        for entity in {id(e): e for e in resolved.values()}.values():
            for name in [entity["name"], *entity.get("aliases", [])]:
                if _is_acronym(name):
                    acronyms.setdefault(name, set()).add(entity["id"])
        by_new_id = {e["id"]: e for e in resolved.values()}
        for old, entity in list(resolved.items()):
            name = entity["name"]
            if entity.get("kb") or not _is_acronym(name) or name in acronyms:
                continue
            targets = {t for acro, ids in acronyms.items() if _one_typo(name, acro) for t in ids}
            targets.discard(entity["id"])
            if len(targets) == 1:
                target = by_new_id[targets.pop()]
                target["aliases"] = list(dict.fromkeys([*target.get("aliases", []), name]))
                resolved[old] = target

    # -- titles -----------------------------------------------------------------------------
    def _titles(self, tokens: "_Tokens", mention: dict, person_starts: set[int]) -> list[str]:
        found = []
        before = self._title_before(tokens, mention["start"])
        if before:
            found.append(before)
        after = self._title_after(tokens, mention["end"], person_starts)
        if after:
            found.append(after)
        return found

    def _is_title_word(self, tokens: "_Tokens", k: int) -> bool:
        return tokens.text(k).lower() in self.titles or tokens.lemma(k).lower() in self.titles

    def _title_before(self, tokens: "_Tokens", start: int) -> str | None:
        first = tokens.index_at(start)
        if first is None:
            return None
        best = None
        for k in range(first - 1, max(-1, first - 1 - MAX_TITLE_TOKENS), -1):
            if not _may_be_in_title(tokens, k):
                break
            if self._is_title_word(tokens, k):
                best = k
        return tokens.title_text(best, first) if best is not None else None

    def _title_after(self, tokens: "_Tokens", end: int, person_starts: set[int]) -> str | None:
        k = tokens.index_after(end)
        if k is None or tokens.text(k) != "," or k + 1 >= len(tokens) or not self._is_title_word(tokens, k + 1):
            return None
        stop = k + 1
        while stop < len(tokens) and stop - k <= MAX_TITLE_TOKENS and tokens.text(stop) not in {",", ".", "–", "-", ";", ":", "(", ")"}:
            if stop > k + 1 and tokens.pos(stop) in {"VERB", "AUX", "SCONJ"}:
                break
            if tokens.starts[stop] in person_starts:
                return None  # "Ron Johnson, wiceprzewodniczący PE profesor Zdzisław Krasnodębski": the next name's
            stop += 1
        return tokens.title_text(k + 1, stop)


ACADEMIC = {"profesor", "prof.", "dr", "dr.", "doktor", "hab."}


def _may_be_in_title(tokens: "_Tokens", k: int) -> bool:
    word = tokens.text(k)
    if word == "," and k + 1 < len(tokens) and tokens.text(k + 1).lower() in ACADEMIC:
        return True  # "wiceprzewodniczący Parlamentu Europejskiego, profesor Zdzisław Krasnodębski"
    if word in _TITLE_LINKS or word.endswith(".") and word[:1].isalpha():
        return True  # "gen.", "ds." — but not the full stop that ends the sentence before
    if not any(ch.isalnum() for ch in word):
        return False
    return tokens.pos(k) in {"NOUN", "ADJ", "PROPN", "X", "NUM"}


def _compatible(kb_type: str, type_: str) -> bool:
    """SlavicNER types organisations' outlets as PRO and places' governments as LOC now and then;
    the KB's identity still holds across those two pairs."""
    return kb_type == type_ or {kb_type, type_} in ({"ORG", "PRO"},)


def _is_acronym(name: str) -> bool:
    return 2 <= len(name) <= 6 and name.isupper() and name.isalpha()


def _one_typo(a: str, b: str) -> bool:
    """a and b differ by one substituted letter or one swap of neighbours (same length)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return len(a) >= 3
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


class _Tokens:
    """The analysed spaCy ``Doc`` seen by character offset (whitespace tokens left out)."""

    def __init__(self, doc) -> None:
        self.toks = [t for t in doc if not t.is_space]
        self.starts = [t.idx for t in self.toks]

    def __len__(self) -> int:
        return len(self.toks)

    def text(self, k: int) -> str:
        return self.toks[k].text

    def lemma(self, k: int) -> str:
        return self.toks[k].lemma_ or self.toks[k].text

    def pos(self, k: int) -> str:
        return self.toks[k].pos_

    def index_at(self, char: int) -> int | None:
        """The token that contains character `char`."""
        k = bisect.bisect_right(self.starts, char) - 1
        return k if k >= 0 else None

    def index_after(self, char: int) -> int | None:
        """The first token that starts at or after `char`."""
        k = bisect.bisect_left(self.starts, char)
        return k if k < len(self.toks) else None

    def lemma_before(self, char: int) -> str | None:
        k = self.index_at(char)
        if k is None or k == 0:
            return None
        return self.lemma(k - 1).lower()

    def title_text(self, first: int, stop: int) -> str:
        """Tokens [first, stop) as text, the first word in its base form and lower case."""
        words = [self.lemma(first).lower() if not self.text(first).endswith(".") else self.text(first).lower()]
        for k in range(first + 1, stop):
            words.append((" " if self.toks[k - 1].whitespace_ else "") + self.text(k))
        return "".join(words).strip()
