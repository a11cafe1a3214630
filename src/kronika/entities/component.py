"""``kronika_entities``: the entity recogniser as a spaCy pipeline component.

    >>> import kronika
    >>> nlp = kronika.load()
    >>> doc = nlp("Putin spotkał się z Łukaszenką w Mińsku.")
    >>> [(e.text, e.label_, e._.lemma, e.kb_id_) for e in doc.ents]
    [('Putin', 'PER', 'Władimir Putin', ...), ('Łukaszenką', 'PER', 'Alaksandr Łukaszenka', ...), ...]

The recogniser works on character offsets with its own tokens (it was trained on them), so its
mentions keep their exact ``[start, end)`` in ``doc._.mentions``; ``doc.ents`` holds the same
mentions snapped to spaCy tokens (a mention inside a token such as ``PiS`` in ``PiS-u`` covers
the whole token there), which is what displaCy and other spaCy tools read.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kronika.entities.gazetteer import (add_capitalised_kb_names, add_named_bodies, add_regions,
                                       add_sentence_initial_places, add_weapon_systems, split_place_before_name)
from kronika.entities.resolve import Resolver

for _name in ("lemma", "subtype", "titles"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("mentions", "entities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@lru_cache(maxsize=4)
def _recognizer(path: str | None):
    from kronika.entities.tagger import EntityRecognizer

    return EntityRecognizer.load(path)


def _names_by_type(kb) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for entry in kb:
        names.setdefault(entry.type, []).extend(entry.all_names)
    return names


class EntityComponent:
    """Finds mentions, their base forms and entity ids; fills ``doc.ents`` and ``doc._.mentions``."""

    def __init__(self, model: str | None = None, resolver: Resolver | None = None) -> None:
        self.model = model
        self.resolver = resolver or Resolver.default()
        if self.resolver.kb is not None:
            _recognizer(self.model).lemmatizer.use_names(_names_by_type(self.resolver.kb))

    def __call__(self, doc: Doc) -> Doc:
        kb = self.resolver.kb
        breaks = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else []
        annotated = add_weapon_systems(doc.text, _recognizer(self.model).annotate(doc.text, breaks=breaks), kb)
        annotated = add_regions(doc.text, annotated, kb)
        annotated = add_sentence_initial_places(doc.text, annotated, kb, breaks or [0])
        annotated = split_place_before_name(doc, annotated, kb)
        annotated = add_capitalised_kb_names(doc.text, annotated, kb)
        annotated = add_named_bodies(doc, annotated)
        mentions, entities = self.resolver.resolve(doc, annotated["mentions"], annotated["entities"])
        doc._.mentions = mentions
        doc._.entities = entities
        doc.ents = _token_spans(doc, mentions)
        return doc


def _token_spans(doc: Doc, mentions: list[dict[str, Any]]) -> list[Span]:
    spans = []
    for m in mentions:
        span = doc.char_span(m["start"], m["end"], label=m["type"], kb_id=m.get("entity") or "",
                             alignment_mode="expand")
        if span is None or not len(span):
            continue
        span._.lemma = m["lemma"]
        span._.subtype = m.get("subtype")
        span._.titles = m.get("titles") or []
        spans.append(span)
    return filter_spans(spans)


@Language.factory("kronika_entities", default_config={"model": None})
def make_entities(nlp: Language, name: str, model: str | None) -> EntityComponent:
    return EntityComponent(model)
