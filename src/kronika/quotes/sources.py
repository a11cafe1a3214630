"""According to whom: reported facts attributed to an outlet or a document, not quoted.

    "Po spotkaniu Putin, jak relacjonuje reżimowa BelTA, przekazał…"  → the sentence, BelTA
    "…podczas czerwcowej wizyty. Informowała o tym m.in. Agencja Reutera."  → the previous sentence too
    "Z komunikatów wynika, że…"  → the sentence, source "komunikaty" (no entity)

Each attribution covers whole sentences (`start`, `end`), names its source as an entity id when
the text names one (else null, with `source_text`), and keeps the clause that says so (`evidence`).
"""

from __future__ import annotations

from typing import Any

from kronika.quotes.cues import Cues
from kronika.quotes.direct import SENTENCE_END, is_dash
from kronika.quotes.view import DocView, Tok

ABOUT_IT = ({"o"}, {"tym"})
SOURCE_TYPES = ("ORG", "PRO", "PER")


def _is_source_verb(tok: Tok, cues: Cues) -> bool:
    return tok.low in cues.source_verbs and tok.tag.split(":")[0] in ("fin", "praet", "imps", "pcon", "bedzie")


def find_attributions(view: DocView, cues: Cues) -> list[dict[str, Any]]:
    found = []
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        low = tok.text.lower()
        if low == "jak" and k + 1 < len(tokens) and _is_source_verb(tokens[k + 1], cues):
            found += _attribution(view, k, k + 2, sentences=0, cue=tokens[k + 1].text)
        elif _is_source_verb(tok, cues) and _opens_sentence(view, k) and _about_it(tokens, k + 1):
            found += _attribution(view, k, k + 3, sentences=1, cue=tok.text)
        elif low in ("z", "ze") and k + 1 < len(tokens) and tokens[k + 1].low in cues.source_nouns:
            verb = next((j for j in range(k + 2, min(k + 8, len(tokens)))
                         if tokens[j].low in ("wynikać", "wynika")), None)
            if verb is not None:
                found += _attribution(view, k, k + 1, sentences=0, cue=tokens[verb].text,
                                      fallback=tokens[k + 1].text, stop=verb)
        elif is_dash(tok) and k + 1 < len(tokens) and _is_source_verb(tokens[k + 1], cues):
            found += _attribution(view, k, k + 2, sentences=0, cue=tokens[k + 1].text, outlets_only=True)
    return found


def _opens_sentence(view: DocView, k: int) -> bool:
    return k == 0 or view.tokens[k - 1].text in SENTENCE_END or view.sentence_of(view.tokens[k].start)[0] == view.tokens[k].start


def _about_it(tokens: list[Tok], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k].text.lower() == "o" and tokens[k + 1].text.lower() == "tym"


def _attribution(view: DocView, first: int, np_from: int, sentences: int, cue: str,
                 fallback: str | None = None, stop: int | None = None, outlets_only: bool = False) -> list[dict]:
    tokens = view.tokens
    sent_start, sent_end = view.sentence_of(tokens[first].start)
    limit = stop if stop is not None else len(tokens)
    np_end = np_from
    source = None
    source_text = fallback
    for j in range(np_from, min(limit, np_from + 8)):
        tok = tokens[j]
        if tok.start >= sent_end or tok.text in (",", ";", ":") or tok.text in SENTENCE_END:
            break
        np_end = j + 1
        mention = next((m for m in view.mentions if m["start"] <= tok.start < m["end"]
                        and m["type"] in SOURCE_TYPES), None)
        if mention is not None and source is None:
            source = mention.get("entity")
            source_text = view.text[tokens[np_from].start:mention["end"]]
            while np_end < len(tokens) and tokens[np_end].start < mention["end"]:
                np_end += 1
            break
    if source is None and source_text is None:
        return []
    if outlets_only and not _is_outlet(view, source):
        return []
    start = sent_start
    if sentences:
        previous = [s for s in view.sentences if s[1] <= sent_start]
        if previous:
            start = previous[-1][0]
    evidence_end = tokens[max(np_end, np_from) - 1].end
    return [{"start": start, "end": sent_end, "source": source, "source_text": source_text, "cue": cue,
             "evidence": {"start": tokens[first].start, "end": evidence_end}}]


def _is_outlet(view: DocView, ident: str | None) -> bool:
    entity = view.entities.get(ident or "") or {}
    return entity.get("subtype") in ("media_outlet", "news_agency")


def clause_spans(attributions: list[dict]) -> list[tuple[int, int]]:
    """The attribution clauses themselves, where a name is a source, not a speaker."""
    return [(a["evidence"]["start"], a["evidence"]["end"]) for a in attributions]
