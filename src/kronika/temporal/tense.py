"""The tense of the clause a time expression sits in, which decides whether "w piątek" is the
last Friday or the next one (TIMEX3's convention)."""

from __future__ import annotations

from typing import Literal

from kronika.quotes.view import Tok

Tense = Literal["past", "present", "future"]

VERB_CLASSES = ("praet", "fin", "bedzie", "inf", "imps", "impt", "winien", "pred")
# verbs that put the infinitive after them in the future: "mają podpisać", "planuje odwiedzić"
FUTURE_MODALS = frozenset({"mieć", "planować", "zamierzać", "chcieć", "zapowiadać", "zapowiedzieć", "musieć"})


def verb_class(tok: Tok) -> str | None:
    head = tok.tag.split(":", 1)[0]
    return head if head in VERB_CLASSES else None


def _nearest_verbs(tokens: list[Tok], first: int, last: int, lo: int, hi: int) -> list[int]:
    """Verb token indices in [lo, hi), nearest to the expression [first, last] first."""
    found = []
    for step in range(1, 16):
        for k in (last + step, first - step):
            # a capitalised word inside the sentence is a name the tagger took for a verb ("Vučić": inf)
            if lo <= k < hi and verb_class(tokens[k]) and (k == lo or not tokens[k].text[:1].isupper()):
                found.append(k)
        if len(found) >= 2:
            break
    return sorted(found, key=lambda k: min(abs(k - first), abs(k - last)))


def clause_tense(tokens: list[Tok], first: int, last: int, lo: int, hi: int) -> Tense:
    """Tense of the verb nearest to tokens[first:last + 1] within the sentence tokens[lo:hi]."""
    for k in _nearest_verbs(tokens, first, last, lo, hi):
        tense = tense_of_verb(tokens, k, lo, hi)
        if tense:
            return tense
    return "past"  # news reports what happened; a clause without a verb mostly refers back


def tense_of_verb(tokens: list[Tok], k: int, lo: int, hi: int) -> Tense | None:
    """Tense of the verb tokens[k] (None if it is not a verb), read with its auxiliaries."""
    tok = tokens[k]
    kind = verb_class(tok)
    if kind in ("praet", "imps"):
        return "future" if _before(tokens, k, lo, "bedzie") else "past"
    if kind == "bedzie":
        return "future"
    if kind == "fin":
        if tok.has("perf"):
            return "future"
        if tok.low in FUTURE_MODALS:
            # "mają podpisać" is planned; "mają obronny charakter" is not
            followed = any(verb_class(tokens[j]) == "inf" for j in range(k + 1, min(hi, k + 4)))
            return "future" if followed or tok.low != "mieć" else "present"
        return "present"
    if kind == "inf":
        for j in range(k - 1, max(lo, k - 5) - 1, -1):
            governing = verb_class(tokens[j])
            if governing == "praet":
                return "past"
            if governing in ("fin", "bedzie"):
                return "future" if tokens[j].low in FUTURE_MODALS or governing == "bedzie" else "present"
        return "future"
    if kind == "impt":
        return "future"
    return None


def _before(tokens: list[Tok], k: int, lo: int, kind: str) -> bool:
    return any(verb_class(tokens[j]) == kind for j in range(max(lo, k - 4), k))
