"""Names of weapon systems, military exercises and regions from the knowledge base, found by spelling.

The recogniser was trained on SlavicNER, whose news seldom names weapons, so it misses "S-400" and
reads "Iskandery" as a person. Weapon names are few, distinctive and listed in the KB
(``data/kb/products.toml``), so a spelling match is more reliable there: it adds them as PRO
mentions and takes the place of any mention it overlaps ("Iskandery Białorusi" as one ORG becomes
"Iskandery" PRO and, when the KB knows the rest as a place, "Białorusi" LOC).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex as re

# an inflected ending after a name that ends in a letter: Iskandery, Iskanderów, Oriesznikiem
ENDING = r"(?:[a-ząćęłńóśźż]{1,4})?"


@lru_cache(maxsize=4)
def _pattern(kb) -> tuple[re.Pattern | None, dict[str, Any]]:
    by_name: dict[str, Any] = {}
    for entry in [*kb.of_type("PRO", "weapon_system"), *kb.of_type("EVT", "exercise")]:
        for name in entry.all_names:
            # names as the texts capitalise them; "ćwiczenia Zapad-2025" would hide "Zapad-2025" after it
            if re.search(r"\p{Latin}", name) and len(name) >= 3 and (name[0].isupper() or name[0].isdigit()):
                by_name[name.lower()] = entry
    if not by_name:
        return None, {}
    names = sorted(by_name, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) + (ENDING if n[-1].isalpha() else "") for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE), by_name


def _entry_for(match: str, by_name: dict[str, Any]):
    low = match.lower()
    for cut in range(0, 5):
        stem = low[: len(low) - cut] if cut else low
        if stem in by_name:
            return by_name[stem], match[: len(stem)]
    return None, match


def add_weapon_systems(text: str, annotated: dict[str, list[dict]], kb) -> dict[str, list[dict]]:
    """`annotated` (the recogniser's mentions and entities) with KB weapon and exercise names added."""
    if kb is None:
        return annotated
    pattern, by_name = _pattern(kb)
    if pattern is None:
        return annotated
    found = []
    for m in pattern.finditer(text):
        if not m.group()[0].isupper() and not m.group()[0].isdigit():
            continue  # matched without regard to case, but a name is written capitalised
        entry, base = _entry_for(m.group(), by_name)
        if entry is not None:
            found.append((m.start(), m.end(), entry, base))
    return _with_found(text, annotated, found, kb)


# "w obwodzie grodzieńskim", "obwodach niżnonowogrodzkim i kaliningradzkim": a region is named by a
# common noun and an adjective, which the recogniser (trained on capitalised names) seldom marks
REGION_NOUN = r"(?:obw[óo]d|kraj)[a-ząęóż]{0,4}"
ADJECTIVE = r"[a-ząćęłńóśźż]{4,}"  # any word: only adjectives the KB knows are kept
REGION = re.compile(rf"(?<![\w-])({REGION_NOUN})\s+({ADJECTIVE})(?:\s+(?:i|oraz)\s+({ADJECTIVE}))?(?![\w-])",
                    re.IGNORECASE)
ADJECTIVE_ENDING = re.compile(r"(?:i|y|im|ym|iego|ego|iemu|emu|ich|ych|imi|ymi|a|ą|iej|ej|ie|e)$")


@lru_cache(maxsize=4)
def _regions(kb) -> dict[tuple[str, str], Any]:
    """KB regions by (noun, adjective stem): ("obwód", "grodzieńsk") → obwód grodzieński."""
    out = {}
    for entry in kb.of_type("LOC", "region"):
        for name in entry.all_names:
            words = name.lower().split()
            if len(words) == 2 and words[0] in ("obwód", "kraj"):
                out[(words[0], ADJECTIVE_ENDING.sub("", words[1]))] = entry
    return out


def add_regions(text: str, annotated: dict[str, list[dict]], kb) -> dict[str, list[dict]]:
    """`annotated` with KB regions named "obwód …" / "kraj …" added, a coordinated pair as two."""
    if kb is None:
        return annotated
    regions = _regions(kb)
    found = []
    for m in REGION.finditer(text):
        noun = "kraj" if m.group(1).lower().startswith("kra") else "obwód"
        for group in (2, 3):
            if m.group(group) is None:
                continue
            entry = regions.get((noun, ADJECTIVE_ENDING.sub("", m.group(group).lower())))
            if entry is not None:
                start = m.start(1) if group == 2 else m.start(group)  # the second of a pair is its adjective
                found.append((start, m.end(group), entry, entry.name))
    return _with_found(text, annotated, found, kb)


ORG_KINDS = frozenset({"fundacja", "stowarzyszenie", "instytut", "ośrodek", "komitet", "partia",
                       "związek", "federacja", "konfederacja", "akademia", "uniwersytet", "koalicja", "ruch"})


def add_named_bodies(doc, annotated: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """`annotated` with "Fundacja Ocalenie", "Fundacji Ocalenie": a capitalised kind of body and the
    capitalised words of its name after it, where the recogniser marked nothing."""
    covered = [(m["start"], m["end"]) for m in annotated["mentions"]]
    mentions, entities = list(annotated["mentions"]), list(annotated["entities"])
    known = {e["id"] for e in entities}
    for token in doc:
        if token.lemma_.lower() not in ORG_KINDS or not token.text[:1].isupper():
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        span = doc[token.i:end]
        if len(span) < 2 or any(a < span.end_char and span.start_char < b for a, b in covered):
            continue
        lemma = " ".join([token.lemma_.capitalize()] + [t.text for t in span[1:]])
        ident = f"ORG:{_stem(lemma)}"
        mentions.append({"start": span.start_char, "end": span.end_char, "text": span.text, "type": "ORG",
                         "lemma": lemma, "entity": ident})
        if ident not in known:
            entities.append(_entity(ident, lemma, "ORG"))
            known.add(ident)
    return {**annotated, "mentions": sorted(mentions, key=lambda m: m["start"]), "entities": entities}


CAPITALISED = re.compile(r"(?<=\p{Ll}[,;]?\s+)\p{Lu}\p{Ll}{4,}")


def add_capitalised_kb_names(text: str, annotated: dict[str, list[dict]], kb) -> dict[str, list[dict]]:
    """`annotated` with a one-word name of a KB body or place, capitalised inside a sentence where the
    recogniser marked nothing ("Sojusz uruchomił…" after a lower-case word: NATO by its alias)."""
    if kb is None:
        return annotated
    covered = [(m["start"], m["end"]) for m in annotated["mentions"]]
    found = []
    for word in CAPITALISED.finditer(text):
        if any(a < word.end() and word.start() < b for a, b in covered):
            continue
        entry = _lookup(kb, word.group())
        # its base form is the one-word name it was written as ("Sojusz", not "NATO")
        base = next((name for name in (entry.all_names if entry is not None else ())
                     if " " not in name and _stem(name) == _stem(word.group())), None)
        if entry is not None and entry.type in ("ORG", "LOC") and base is not None:
            found.append((word.start(), word.end(), entry, base))
    return _with_found(text, annotated, found, kb)


PLACE_THEN_NAME = re.compile(r"(?:^|\s)(?:w|we|na)\s+$", re.IGNORECASE)
GEOGRAPHIC = "nazwa_geograficzna"


def split_place_before_name(doc, annotated: dict[str, list[dict]], kb) -> dict[str, list[dict]]:
    """"w Belgradzie Vučić oskarżył": a place the dictionary knows, in the locative after "w", and the
    capitalised name after it, which the recogniser read as one place, are a place and a person."""
    text = doc.text
    mentions, entities = [], {e["id"]: e for e in annotated["entities"]}
    for m in annotated["mentions"]:
        span = doc.char_span(m["start"], m["end"]) if m["type"] == "LOC" else None
        if span is None or not 2 <= len(span) <= 4 or not _place_then_person(span) \
                or not PLACE_THEN_NAME.search(text[:m["start"]]) \
                or (kb is not None and _lookup(kb, m["text"], "LOC")):
            mentions.append(m)
            continue
        first, rest = span[0], span[1:]
        place = kb.lookup(first.lemma_, "LOC") if kb is not None else None
        place_name = place.name if place is not None else first.lemma_
        person = " ".join(t.lemma_ or t.text for t in rest)
        pieces = [{"start": first.idx, "end": first.idx + len(first), "text": first.text, "type": "LOC",
                   "lemma": place_name, "entity": f"LOC:{place.id if place is not None else _stem(place_name)}"},
                  {"start": rest.start_char, "end": rest.end_char, "text": rest.text, "type": "PER",
                   "lemma": person, "entity": f"PER:{_stem(person)}"}]
        for piece in pieces:
            mentions.append(piece)
            entities.setdefault(piece["entity"], _entity(piece["entity"], piece["lemma"], piece["type"]))
    used = {m["entity"] for m in mentions}
    return {**annotated, "mentions": mentions, "entities": [e for e in entities.values() if e["id"] in used]}


def _place_then_person(span) -> bool:
    """The place, then words no reading makes an adjective or a place ("Stanach Zjednoczonych", "Morzu
    Bałtyckim" stay whole), read as a name or not known at all, and then the verb they are subject of."""
    first, rest = span[0], span[1:]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return GEOGRAPHIC in first._.name_classes and ":loc" in first.tag_ \
        and all(t.text[:1].isupper() and not any(GEOGRAPHIC in a[2] or a[1].startswith(("adj", "ppas", "pact"))
                                                 for a in t._.analyses) for t in rest) \
        and any(all(a[1] == "ign" for a in t._.analyses) or any({"imię", "nazwisko"} & set(a[2]) for a in t._.analyses)
                or t.tag_.startswith(("ign", "inf")) for t in rest) \
        and after is not None and after.tag_.startswith(("praet", "fin"))


def _with_found(text: str, annotated: dict[str, list[dict]], found: list[tuple], kb) -> dict[str, list[dict]]:
    """`annotated` with the KB names `found` (start, end, entry, base form) as mentions, each taking
    the place of any mention it overlaps."""
    if not found:
        return annotated
    mentions = list(annotated["mentions"])
    entities = {e["id"]: e for e in annotated["entities"]}
    for start, end, entry, base in found:
        kept = []
        for old in mentions:
            if old["start"] < end and start < old["end"]:
                kept += _leftover(text, old, start, end, kb, entities)
            else:
                kept.append(old)
        ident = f"{entry.type}:{entry.id}"
        kept.append({"start": start, "end": end, "text": text[start:end], "type": entry.type, "lemma": base,
                     "entity": ident})
        entities.setdefault(ident, _entity(ident, base, entry.type))
        mentions = sorted(kept, key=lambda m: m["start"])
    used = {m["entity"] for m in mentions}
    return {**annotated, "mentions": mentions, "entities": [e for e in entities.values() if e["id"] in used]}


def _leftover(text: str, old: dict, start: int, end: int, kb, entities: dict) -> list[dict]:
    """What remains of an overlapped mention, kept when the KB knows it as a place ("Białorusi")."""
    out = []
    for piece_start, piece_end in ((old["start"], start), (end, old["end"])):
        piece = text[piece_start:piece_end]
        stripped = piece.strip()
        if not stripped:
            continue
        offset = piece_start + piece.index(stripped)
        entry = _lookup(kb, stripped, "LOC")
        if entry is None or entry.type != "LOC":
            continue
        ident = f"LOC:{entry.id}"
        out.append({"start": offset, "end": offset + len(stripped), "text": stripped, "type": "LOC",
                    "lemma": entry.name, "entity": ident})
        entities.setdefault(ident, _entity(ident, entry.name, "LOC"))
    return out


def _entity(ident: str, name: str, type_: str) -> dict[str, Any]:
    """A document entity as the recogniser writes one."""
    return {"id": ident, "name": name, "type": type_, "aliases": [], "kb": None}


def _lookup(kb, name: str, type_: str | None = None):
    """The KB entry a name is written as, or inflected from ("Wilna", "Sojuszu")."""
    return kb.lookup(name, type_) or kb.lookup_stem(_stem(name), type_)


def _stem(name: str) -> str:
    from kronika.entities.linking import stem_key

    return stem_key(name)


# the recogniser is weakest on a capitalised first word of a sentence, which it cannot tell from a common
# word written at the start ("Wilno wprowadziło stan nadzwyczajny" goes unmarked)
FIRST_WORD = re.compile(r"\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?")
PLACE_KINDS = ("city", "country", "capital")


def add_sentence_initial_places(text: str, annotated: dict[str, list[dict]], kb, starts: list[int]) -> dict[str, list[dict]]:
    """`annotated` with a KB city or country named by the first word of a sentence added when no mention
    covers it: the word written exactly as one of the place's names, or its stem ("Wilno", "Wilna")."""
    if kb is None:
        return annotated
    covered = [(m["start"], m["end"]) for m in annotated["mentions"]]
    found = []
    for start in starts:
        word = FIRST_WORD.match(text, start)
        if word is None or any(a <= start < b for a, b in covered):
            continue
        entry = kb.lookup(word.group(), "LOC")
        if entry is not None and entry.type == "LOC" and entry.subtype in PLACE_KINDS:
            found.append((start, word.end(), entry, entry.name))
    return _with_found(text, annotated, found, kb)
