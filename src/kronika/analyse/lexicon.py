"""Morfeusz 2 (SGJP dictionary) as a shared, cached lexicon.

One analyser per process: building it loads the dictionary, which is slow; analysing a word is
fast and news repeats words, so results are cached.
"""

from __future__ import annotations

from functools import lru_cache

import morfeusz2

# Polish inflectional endings, longest first, stripped to get a crude stem for words Morfeusz does
# not know (foreign names: Łukaszenka/Łukaszenki/Łukaszenką share "łukaszenk").
_ENDINGS = sorted(
    "a e i o u y ą ę ie em om ów ami ach owi owie ego emu ej ich im imi ym ymi".split(),
    key=len,
    reverse=True,
)
_MIN_STEM = 4


@lru_cache(maxsize=1)
def morfeusz() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz(expand_tags=False)


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """All single-token interpretations of `word`: (lemma, tag, name-classes).

    Multi-segment analyses (e.g. "S-400" split into S, -, 400) are left out: a token is one unit.
    """
    results = []
    for start, end, (_, lemma, tag, classes, _) in morfeusz().analyse(word):
        if start == 0 and end == 1:
            results.append((lemma, tag, tuple(classes)))
    return tuple(results)


def bare_lemma(lemma: str) -> str:
    """SGJP lemma without its homonym marker: "Łukaszenko:Sm1" → "Łukaszenko"."""
    head, _, _ = lemma.partition(":")
    return head or lemma


def crude_stem(word: str) -> str:
    lower = word.lower()
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= _MIN_STEM:
            return lower[: -len(ending)]
    return lower


@lru_cache(maxsize=200_000)
def search_keys(word: str) -> frozenset[str]:
    """Keys under which a word is indexed and looked up, so that search understands inflection.

    The same function serves the index and the query, so a query word finds every form that
    shares a lemma (systemy → system) or, for names the dictionary lacks, a stem.
    """
    keys = {word.lower()}
    for lemma, tag, _ in analyse_word(word):
        if tag != "ign":
            keys.add(bare_lemma(lemma).lower())
    if word[:1].isupper() or len(keys) == 1:
        keys.add("~" + crude_stem(word))
        keys.update("~" + crude_stem(k) for k in list(keys) if not k.startswith("~"))
    return frozenset(keys)
