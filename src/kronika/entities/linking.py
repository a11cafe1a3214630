"""Entity identity: which mentions of a document name the same entity, and a stable id for it.

Within a document, mentions are grouped by base form; then a shorter person name joins the
longer one whose words it repeats (Putin → Władimir Putin; also by stem: Władimirze Putinie), and an
acronym joins the name whose initials it spells (UE → Unia Europejska). Each group's id comes from
the names seen in training (base form → SlavicNER's cross-lingual id, a small knowledge base), and
otherwise from the group's longest base form: ``PER:Władimir Putin``, stable across documents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

import regex as re

from kronika.analyse.lexicon import crude_stem, is_demonym


def _key(lemma: str) -> str:
    return " ".join(lemma.split()).lower()


_SPLIT = re.compile(r"[^\w]+|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})")


def stem_key(lemma: str) -> str:
    """Spelling- and inflection-tolerant key of a name: Nord Stream-2 ≡ Nord Stream 2 ≡ Nord Streamu 2,
    ENGIE ≡ Engie, Gazpromu ≡ Gazprom."""
    return " ".join(crude_stem(w) for w in _SPLIT.split(lemma) if w)


def _initials(lemma: str) -> str:
    return "".join(w[0] for w in lemma.replace("-", " ").split() if w[:1].isupper())


class Linker:
    def __init__(self) -> None:
        self.ids: dict[str, Counter] = defaultdict(Counter)       # type \t lemma key → gold id
        self.any_type: dict[str, Counter] = defaultdict(Counter)  # lemma key → gold id
        self.surnames: dict[str, Counter] = defaultdict(Counter)  # last word of a person's name → id
        self.use_kb = True
        self.use_within = True

    @classmethod
    def train(cls, docs: Iterable[Any]) -> "Linker":
        linker = cls()
        for doc in docs:
            for m in doc.mentions:
                key = stem_key(m.lemma)
                linker.ids[f"{m.type}\t{key}"][m.entity] += 1
                linker.any_type[key][m.entity] += 1
                if m.type == "PER" and len(key.split()) > 1:
                    linker.surnames[key.split()[-1]][m.entity] += 1
        return linker

    def to_json(self) -> dict:
        return {name: {k: dict(v.most_common(2)) for k, v in getattr(self, name).items()}
                for name in ("ids", "any_type", "surnames")}

    @classmethod
    def from_json(cls, data: dict) -> "Linker":
        linker = cls()
        for name in ("ids", "any_type", "surnames"):
            setattr(linker, name, defaultdict(Counter, {k: Counter(v) for k, v in data.get(name, {}).items()}))
        return linker

    def _kb(self, type_: str, lemma: str) -> str | None:
        if not self.use_kb:
            return None
        key = stem_key(lemma)
        for table, k in ((self.ids, f"{type_}\t{key}"), (self.any_type, key)):
            counter = table.get(k)
            if counter:
                ident, c = counter.most_common(1)[0]
                if c / sum(counter.values()) >= 0.5:
                    return ident
        if type_ == "PER" and len(key.split()) == 1:
            counter = self.surnames.get(key)
            if counter and len(counter) == 1 and sum(counter.values()) >= 2:
                return next(iter(counter))
        return None

    def link(self, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Set each mention's ``entity``; return the document's entities."""
        groups: dict[tuple[str, str], list[dict]] = {}
        for m in mentions:
            groups.setdefault((m["type"], _group_key(m)), []).append(m)
        parent = {g: g for g in groups}

        def find(g):
            while parent[g] != g:
                parent[g] = parent[parent[g]]
                g = parent[g]
            return g

        if self.use_within:
            by_len = sorted(groups, key=lambda g: -len(g[1].split()))
            for g in by_len:
                type_, key = g
                words = key.split()
                for h in by_len:
                    if h == g or h[0] != type_ or len(h[1].split()) <= len(words):
                        continue
                    hw = h[1].split()
                    if type_ == "PER" and _contains(hw, words) and not is_demonym(groups[g][0]["lemma"]):
                        parent[find(g)] = find(h)
                        break
                    if len(words) == 1 and groups[g][0]["lemma"].isupper() and len(words[0]) > 1 \
                            and _initials(groups[h][0]["lemma"]).lower() == words[0]:
                        parent[find(g)] = find(h)
                        break
        clusters: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for g in groups:
            clusters[find(g)].append(g)
        entities = []
        for root, members in clusters.items():
            members.sort(key=lambda g: (-len(g[1].split()), -len(groups[g])))
            name = groups[members[0]][0]["lemma"]
            ident = None
            for g in members:
                ident = self._kb(g[0], groups[g][0]["lemma"])
                if ident:
                    break
            kb = ident
            ident = ident or f"{root[0]}:{root[1]}"
            aliases = sorted({groups[g][0]["lemma"] for g in members} - {name})
            entities.append({"id": ident, "name": name, "type": root[0], "aliases": aliases, "kb": None})
            for g in members:
                for m in groups[g]:
                    m["entity"] = ident
            entities[-1]["meta_kb"] = kb
        # entities are keyed by id: two groups resolved to one known id become one entity
        merged: dict[str, dict] = {}
        for e in entities:
            e.pop("meta_kb", None)
            if e["id"] in merged:
                merged[e["id"]]["aliases"] = sorted(set(merged[e["id"]]["aliases"]) | {e["name"], *e["aliases"]}
                                                    - {merged[e["id"]]["name"]})
            else:
                merged[e["id"]] = e
        return list(merged.values())


def _group_key(mention: dict[str, Any]) -> str:
    """Mentions of one name share a key; a nationality ("Polka") keeps its own, apart from the
    surname its stem looks like ("Polko")."""
    if mention["type"] == "PER" and is_demonym(mention["lemma"]):
        return mention["lemma"].lower()
    return stem_key(mention["lemma"])


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """All words of `shorter` occur in `longer` (exactly or by stem), in order."""
    j = 0
    for w in longer:
        if j < len(shorter) and (w == shorter[j] or crude_stem(w) == crude_stem(shorter[j])):
            j += 1
    return j == len(shorter)


def link_collection(docs: list[dict[str, Any]]) -> None:
    """Cross-document pass over a collection of annotated documents (in place): a person named by
    one word in one document (Jakóbik) takes the id of the only full name in the collection that
    ends with it (Wojciech Jakóbik), and an acronym takes the id of the only name it spells."""
    full_by_last: dict[str, set[str]] = defaultdict(set)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for e in doc.get("entities", []):
            words = [w for w in _SPLIT.split(e["name"]) if w]
            if e["type"] == "PER" and len(words) > 1:
                full_by_last[crude_stem(words[-1])].add(e["id"])
            initials = _initials(e["name"])
            if len(initials) > 1 and len(words) > 1:
                by_initials[e["type"] + "\t" + initials.lower()].add(e["id"])
    for doc in docs:
        remap = {}
        for e in doc.get("entities", []):
            words = [w for w in _SPLIT.split(e["name"]) if w]
            if len(words) != 1 or ":" not in e["id"]:
                continue  # several words, or an id from the knowledge base
            if e["type"] == "PER":
                targets = full_by_last.get(crude_stem(words[0]), set())
            elif e["name"].isupper():
                targets = by_initials.get(e["type"] + "\t" + e["name"].lower(), set())
            else:
                continue
            if len(targets) == 1:
                remap[e["id"]] = next(iter(targets))
        if remap:
            for m in doc.get("mentions", []):
                if m.get("entity") in remap:
                    m["entity"] = remap[m["entity"]]
            for e in doc.get("entities", []):
                if e["id"] in remap:
                    e["id"] = remap[e["id"]]
