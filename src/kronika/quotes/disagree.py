"""Who contradicts whom: a speaker who denies a word another speaker used about the same thing.

Conservative on purpose (precision first): one statement must deny a word outright ("Nie
nazwałbym tego przełomem", "to nie jest przełom", "trudno mówić o przełomie") and another
statement, by a different speaker or source, must use a word of the same stem ("przełomowa
umowa"). Words share a stem when their base forms share their first six letters.
"""

from __future__ import annotations

from typing import Any

from kronika.quotes.view import DocView, Tok

# "nie nazwałbym tego X", "nie jest to X", "to nie jest X", "trudno mówić o X", "nie ma mowy o X"
DENIALS = (("nie", "nazwać", "tego"), ("nie", "nazywać", "tego"), ("nie", "być", "to"), ("to", "nie", "być"),
           ("trudno", "mówić", "o"), ("nie", "można", "mówić", "o"), ("nie", "mieć", "mowa", "o"))
# Words between the denial and the word denied; any other word there means the denial is of
# something else ("to nie jest zwykła granica" denies "zwykła", not "granica").
DETERMINERS = {"żaden", "jakiś", "taki", "ten", "wcale", "żadny"}
STEM = 6
CONTENT_TAGS = ("subst", "adj", "ger", "adv")


def _matches(tokens: list[Tok], k: int, pattern: tuple[str, ...]) -> bool:
    window = tokens[k:k + len(pattern)]
    return len(window) == len(pattern) and all(
        t.low == w or t.text.lower() == w for t, w in zip(window, pattern))


def denied_words(view: DocView, start: int, end: int) -> list[Tok]:
    """Content words that a statement denies: the word right after a denial pattern."""
    tokens = view.tokens_in(start, end)
    denied = []
    for k in range(len(tokens)):
        for pattern in DENIALS:
            if _matches(tokens, k, pattern):
                after = tokens[k + len(pattern):k + len(pattern) + 2]
                if len(after) == 2 and after[0].low in DETERMINERS:
                    after = after[1:]  # "to nie jest żaden przełom"
                word = after[0] if after and after[0].tag.startswith(CONTENT_TAGS) else None
                if word is not None and len(word.low) >= STEM:
                    denied.append(word)
    return denied


def find_disagreements(view: DocView, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for i, denial in enumerate(quotes):
        for word in denied_words(view, denial["start"], denial["end"]):
            stem = word.low[:STEM]
            for j, claim in enumerate(quotes):
                if j == i or _same_speaker(denial, claim) or _inside(claim, denial):
                    continue
                hit = next((t for t in view.tokens_in(claim["start"], claim["end"])
                            if t.low[:STEM] == stem and t is not word), None)
                if hit is not None:
                    found.append({"quote": i, "contradicts": j, "topic": word.lemma,
                                  "evidence": {"start": word.start, "end": word.end},
                                  "claim": {"start": hit.start, "end": hit.end}})
                    break
    return found


def _same_speaker(a: dict, b: dict) -> bool:
    return a.get("speaker") is not None and a.get("speaker") == b.get("speaker")


def _inside(a: dict, b: dict) -> bool:
    return (b["start"] <= a["start"] and a["end"] <= b["end"]) or (a["start"] <= b["start"] and b["end"] <= a["end"])
