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


# Segments Morfeusz splits off a word that do not change what the word is: the agglutinate of
# "być" (miałem = miał + em) and the conditional particle (zrobiłby = zrobił + by).
_CLITIC_TAGS = ("aglt", "qub", "part")


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """All interpretations of `word` as one unit: (lemma, tag, name-classes).

    Readings that span the whole word are kept, and so is a first segment followed only by
    clitics (miałem → mieć). A word the dictionary only knows as several segments ("S-400" as
    S + - + 400) has no reading here, so a search for S-400 does not find "sekunda".
    """
    edges = morfeusz().analyse(word)
    last = max(end for _, end, _ in edges)
    results = []
    for start, end, (_, lemma, tag, classes, _) in edges:
        if start == 0 and (end == last or _only_clitics_after(edges, end, last)):
            results.append((lemma, tag, tuple(classes)))
    return tuple(results)


def _only_clitics_after(edges, node: int, last: int) -> bool:
    following = [tag for start, _, (_, _, tag, _, _) in edges if start >= node]
    return bool(following) and all(tag.startswith(_CLITIC_TAGS) for tag in following) and node < last


def bare_lemma(lemma: str) -> str:
    """SGJP lemma without its homonym marker: "Łukaszenko:Sm1" → "Łukaszenko"."""
    head, _, _ = lemma.partition(":")
    return head or lemma


def is_demonym(name: str) -> bool:
    """One capitalised word the dictionary has, in this very form, as a common noun in the
    nominative: "Polka", "Amerykanin" (SGJP's names of inhabitants), not a surname like "Polko"."""
    if " " in name or not name[:1].isupper():
        return False
    return any(bare_lemma(lemma) == name and "nazwa_pospolita" in classes and ":nom" in tag
               for lemma, tag, classes in analyse_word(name))


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


# (start node, end node, surface, SGJP lemma, compact tag, name classes, qualifiers)
Edge = tuple[int, int, str, str, str, tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=200_000)
def analyse_graph(text: str) -> tuple[Edge, ...]:
    """Morfeusz's whole analysis graph of `text`, multi-segment paths included.

    Unlike :func:`analyse_word`, nothing is left out: "miałem" gives both the noun *miał* (one
    edge over the whole word) and the path *miał* + *em* (past tense + agglutinate), "S-400" the
    path S, -, 400. Used by the morphology component, which picks one reading per token.
    """
    raw = morfeusz()._morfeusz_obj  # the SWIG object: ids resolved once, not per reading
    out = []
    for i in raw.analyse(text):
        tag_id, name_id, labels_id = i.tagId, i.nameId, i.labelsId
        tag = _TAGS.get(tag_id)
        if tag is None:
            tag = _TAGS[tag_id] = i.getTag(raw)
        classes = _NAMES.get(name_id)
        if classes is None:
            classes = _NAMES[name_id] = tuple(i.getName(raw))
        quals = _LABELS.get(labels_id)
        if quals is None:
            quals = _LABELS[labels_id] = tuple(i.getLabels(raw))
        out.append((i.startNode, i.endNode, i.orth, i.lemma, tag, classes, quals))
    return tuple(out)


_TAGS: dict[int, str] = {}
_NAMES: dict[int, tuple[str, ...]] = {}
_LABELS: dict[int, tuple[str, ...]] = {}
