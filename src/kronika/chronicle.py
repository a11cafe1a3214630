"""The chronicle: events of many articles, merged when they are the same event, in the order they
happened (not the order they were published).

    >>> from kronika.chronicle import build_chronicle, filter_chronicle
    >>> events = build_chronicle(store.documents())
    >>> filter_chronicle(events, entity="Łukaszenka", since="2022-06", type_="transfer")

Two mentions are one event when they have the same type, compatible participants (the same agent or
one of them unnamed; for meetings and talks the same people either way round; the same theme or one
unnamed) and compatible times (equal, or one within the other — 2022-12 and 2022-12-19; an unknown
time only within one article).
The merged event keeps every mention's evidence, source and modality; it shows the most certain
modality reported and the most precise time.
"""

from __future__ import annotations

import csv
import re
import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

from kronika.document import Document
from kronika.events.types import SYMMETRIC

CERTAINTY = ("asserted", "reported", "promised", "planned", "speculated", "negated")
GDELT_COLUMNS = ("date", "actor1", "actor2", "cameo", "event_type", "place", "modality", "sources", "documents",
                 "evidence")


def _ids(value: Any) -> set[str]:
    if not value:
        return set()
    return {value} if isinstance(value, str) else set(value)


def _compatible_sets(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _compatible_times(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def time_key(value: str | None) -> str:
    """A sortable form of a TIMEX3 value: ISO weeks become their Monday, unknown times go last."""
    if not value:
        return "9999"
    week = re.match(r"^(\d{4})-W(\d{2})", value)
    if week:
        try:
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1).isoformat()
        except ValueError:
            return value
    return value


class ChronicleEvent:
    """One event of the chronicle and every mention of it."""

    def __init__(self, mention: dict[str, Any]) -> None:
        self.type = mention["type"]
        self.cameo = mention["cameo"]
        self.args: dict[str, set[str]] = {role: _ids(v) for role, v in mention["args"].items()}
        self.time = mention["time"]
        self.mentions = [mention]

    @property
    def actors(self) -> set[str]:
        return self.args.get("agent", set()) | (self.args.get("partner", set()) if self.type in SYMMETRIC else set())

    def accepts(self, mention: dict[str, Any]) -> bool:
        if mention["type"] != self.type or not _compatible_times(self.time, mention["time"]):
            return False
        if (self.time is None or mention["time"] is None) and mention["doc"] not in {m["doc"] for m in self.mentions}:
            return False  # across articles only a known, shared time makes two mentions one event
        args = {role: _ids(v) for role, v in mention["args"].items()}
        if self.type in SYMMETRIC:
            theirs = args.get("agent", set()) | args.get("partner", set())
            same_actors = bool(self.actors & theirs) if self.actors and theirs else False
        else:
            same_actors = bool(self.args.get("agent") and args.get("agent") and self.args["agent"] & args["agent"])
        # a shared participant is needed: two unnamed-agent "ćwiczenia" are not known to be one
        return same_actors and _compatible_sets(self.args.get("theme", set()), args.get("theme", set()))

    def absorb(self, mention: dict[str, Any]) -> None:
        for role, ids in mention["args"].items():
            self.args.setdefault(role, set()).update(_ids(ids))
        if mention["time"] and (self.time is None or len(mention["time"]) > len(self.time)):
            self.time = mention["time"]
        self.mentions.append(mention)

    @property
    def modality(self) -> str:
        return min((m["modality"] for m in self.mentions), key=CERTAINTY.index)

    def as_dict(self, names: dict[str, str]) -> dict[str, Any]:
        def named(ids: Iterable[str]) -> list[dict[str, str]]:
            return [{"id": i, "name": names.get(i, i)} for i in sorted(ids)]

        sources = {m["source"] for m in self.mentions if m["source"]}
        if "partner" in self.args:  # "A met B" and "B met A" merged: each side once
            self.args["partner"] -= self.args.get("agent", set())
        return {
            "type": self.type, "cameo": self.cameo, "time": self.time, "modality": self.modality,
            "modalities": sorted({m["modality"] for m in self.mentions}, key=CERTAINTY.index),
            "args": {role: named(ids) for role, ids in self.args.items() if ids},
            "sources": named(sources),
            "mentions": [{k: m[k] for k in ("doc", "date", "evidence", "trigger", "modality", "source", "start", "end")}
                         for m in self.mentions],
        }


def _mentions(document: Document) -> Iterable[dict[str, Any]]:
    for event in document.events:
        yield {
            "type": event.type, "cameo": event.cameo, "args": event.args,
            "time": event.time.value if event.time else None, "modality": event.modality,
            "source": event.source, "doc": document.id, "date": document.date,
            "start": event.evidence.start, "end": event.evidence.end,
            "evidence": document.text[event.evidence.start:event.evidence.end].strip(),
            "trigger": document.text[event.trigger.start:event.trigger.end],
        }


def build_chronicle(documents: Iterable[Document]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Merged events in time order, and the names of the entities they mention (id → name)."""
    events: list[ChronicleEvent] = []
    names: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    for document in documents:
        for entity in document.entities:
            names.setdefault(entity.id, entity.name)
        for ident, forms in entity_forms(document).items():
            aliases.setdefault(ident, set()).update(forms)
        for mention in _mentions(document):
            same = next((e for e in events if e.accepts(mention)), None)
            if same is None:
                events.append(ChronicleEvent(mention))
            else:
                same.absorb(mention)
    ordered = sorted(events, key=lambda e: (time_key(e.time), e.mentions[0]["doc"], e.mentions[0]["start"]))
    out = [e.as_dict(names) for e in ordered]
    stems = {ident: name_stems(forms) for ident, forms in aliases.items()}  # once per entity, not per filter
    for entry in out:
        ids = {a["id"] for role in entry["args"].values() for a in role}
        entry["_aliases"] = {i: aliases.get(i, set()) for i in ids}
        entry["_stems"] = {i: stems.get(i, set()) for i in ids}
    return out, names


def filter_chronicle(events: list[dict[str, Any]], entity: str | None = None, since: str | None = None,
                     until: str | None = None, type_: str | None = None) -> list[dict[str, Any]]:
    """Events of one entity (its id, name or any form the texts give it), type and time range.
    `until` is inclusive at its own granularity: --to 2022-12 keeps 2022-12-19."""
    out = []
    for e in events:
        if type_ and e["type"] != type_:
            continue
        if since and (not e["time"] or time_key(e["time"]) < since):
            continue
        if until and (not e["time"] or time_key(e["time"])[: len(until)] > until):
            continue
        if entity and not _involves(e, entity):
            continue
        out.append(e)
    return out


def entity_forms(document: Document) -> dict[str, set[str]]:
    """entity id → the names a document gives it, case-folded: its name, aliases (the KB's, in every
    language), and the base forms and words of its mentions."""
    forms: dict[str, set[str]] = {}
    for entity in document.entities:
        forms.setdefault(entity.id, set()).update({entity.name.casefold(), *(a.casefold() for a in entity.aliases)})
    for m in document.mentions:
        if m.entity:
            forms.setdefault(m.entity, set()).update({m.lemma.casefold(), m.text.casefold()})
    return forms


def name_stems(forms: Iterable[str]) -> set[str]:
    """Stems of the forms and of their last words, so that "Łukaszenką" finds "Alaksandr Łukaszenka"."""
    from kronika.entities.linking import stem_key

    return {stem_key(f) for form in forms for f in (form, *form.split()[-1:]) if f} - {""}


def _involves(event: dict[str, Any], wanted: str) -> bool:
    key = wanted.casefold()
    wanted_stems = name_stems([key])
    for ident, forms in event.get("_aliases", {}).items():
        if key == ident.casefold() or key in forms or wanted_stems & event["_stems"].get(ident, set()):
            return True
    return any(key == a["name"].casefold() for role in event["args"].values() for a in role)


def public(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if not k.startswith("_")}


def gdelt_rows(events: Iterable[dict[str, Any]]) -> Iterable[dict[str, str]]:
    """One GDELT-like row per merged event."""
    def names(event: dict, *roles: str) -> str:
        return "; ".join(a["name"] for role in roles for a in event["args"].get(role, []))

    for e in events:
        yield {
            "date": e["time"] or "", "actor1": names(e, "agent"), "actor2": names(e, "recipient", "partner"),
            "cameo": e["cameo"] or "", "event_type": e["type"], "place": names(e, "place"),
            "modality": e["modality"], "sources": "; ".join(s["name"] for s in e["sources"]),
            "documents": "; ".join(dict.fromkeys(m["doc"] for m in e["mentions"])),
            "evidence": e["mentions"][0]["evidence"],
        }


def to_csv(events: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=GDELT_COLUMNS)
    writer.writeheader()
    writer.writerows(gdelt_rows(events))
    return buffer.getvalue()
