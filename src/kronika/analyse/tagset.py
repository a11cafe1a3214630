"""The NKJP / SGJP morphosyntactic tagset: parsing tags, expanding Morfeusz's compact tags, and
mapping tags to Universal Dependencies POS and features.

A tag is a grammatical class followed by attribute values, colon-separated:
``subst:sg:gen:m1`` (noun, singular, genitive, human masculine). Morfeusz (``expand_tags=False``)
writes alternatives with dots (``adj:pl:nom.voc:m2.m3.f.n:pos``); :func:`expand` turns such a
compact tag into the plain tags it stands for. Every attribute value belongs to exactly one
category, so a value alone says which category it fills (:data:`CATEGORY`).

UPOS mapping
------------
:data:`DEFAULT_UPOS` is the class → UPOS mapping used when nothing better is known. It follows
UD Polish PDB, whose conventions differ from a naive reading in a few places:

* ``subst``/``depr``/``ger`` → NOUN, but a noun whose lemma is capitalised (SGJP writes proper
  names with a capital: *Rosja*, *Putin*) → PROPN;
* ``adj``/``adja``/``adjp``/``adjc`` and the participles ``pact``/``ppas`` → ADJ (pronominal
  adjectives such as *ten*, *który*, *każdy* are DET in PDB);
* ``fin``/``praet``/``impt``/``imps``/``inf``/``pcon``/``pant``/``pred``/``winien`` → VERB,
  ``bedzie`` and ``aglt`` (the forms of *być*) → AUX;
* ``ppron12``/``ppron3``/``siebie`` → PRON; ``prep`` → ADP; ``conj`` → CCONJ; ``comp`` → SCONJ;
  ``part`` (SGJP's particle, formerly ``qub``) → PART, but reflexive *się* is PRON in PDB;
* ``num`` → NUM; ``dig``/``romandig`` (numbers written with digits) → X as in PDB;
* ``interp`` → PUNCT; ``interj`` → INTJ; ``sym`` → SYM; ``brev`` → NOUN; ``ign``/``frag``/``xxx`` → X.

Lemma-specific exceptions (być → AUX, się → PRON, ten → DET, co → PRON, …) are learned from UD
PDB's dev part and stored with the morphology model (``upos`` table, see
:mod:`kronika.train.morph`); :func:`default_upos` is the fall-back for what the table lacks.
Unknown words (``ign``) that look like names (capitalised, or all-caps acronyms) become PROPN.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

# Attribute categories and their values (NKJP as extended by SGJP / Morfeusz 2).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "number": ("sg", "pl"),
    "case": ("nom", "gen", "dat", "acc", "inst", "loc", "voc"),
    "gender": ("m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3"),
    "person": ("pri", "sec", "ter"),
    "degree": ("pos", "com", "sup"),
    "aspect": ("imperf", "perf"),
    "negation": ("aff", "neg"),
    "accommodability": ("congr", "rec"),
    "accentability": ("akc", "nakc"),
    "post_prepositionality": ("npraep", "praep"),
    "agglutination": ("agl", "nagl"),
    "vocalicity": ("nwok", "wok"),
    "fullstoppedness": ("pun", "npun"),
    "collectivity": ("col", "ncol", "pt"),
}
CATEGORY: dict[str, str] = {value: cat for cat, values in CATEGORIES.items() for value in values}

PUNCT_CLASSES = frozenset({"interp"})
NOMINAL_CLASSES = frozenset({"subst", "depr", "ger", "ppron12", "ppron3", "siebie", "num"})
ADJECTIVAL_CLASSES = frozenset({"adj", "adja", "adjp", "adjc", "pact", "ppas"})
VERBAL_CLASSES = frozenset(
    {"fin", "bedzie", "praet", "impt", "imps", "inf", "pcon", "pant", "pred", "winien", "aglt"}
)

DEFAULT_UPOS: dict[str, str] = {
    "subst": "NOUN", "depr": "NOUN", "ger": "NOUN", "brev": "NOUN",
    "adj": "ADJ", "adja": "ADJ", "adjp": "ADJ", "adjc": "ADJ", "pact": "ADJ", "ppas": "ADJ",
    "adv": "ADV",
    "num": "NUM", "numcol": "NUM", "dig": "X", "romandig": "X",
    "ppron12": "PRON", "ppron3": "PRON", "siebie": "PRON",
    "fin": "VERB", "praet": "VERB", "impt": "VERB", "imps": "VERB", "inf": "VERB",
    "pcon": "VERB", "pant": "VERB", "pred": "VERB", "winien": "VERB",
    "bedzie": "AUX", "aglt": "AUX",
    "prep": "ADP", "conj": "CCONJ", "comp": "SCONJ", "part": "PART", "qub": "PART",
    "interj": "INTJ", "interp": "PUNCT", "sym": "SYM", "emo": "SYM",
    "burk": "NOUN", "ign": "X", "frag": "X", "xxx": "X",
}

UPOS_TAGS = frozenset(
    "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X SPACE".split()
)


def tag_class(tag: str) -> str:
    return tag.partition(":")[0]


@lru_cache(maxsize=4096)
def expand(tag: str) -> tuple[str, ...]:
    """Plain tags a compact Morfeusz tag stands for: ``adj:sg:nom.voc:n:pos`` → two tags."""
    if "." not in tag:
        return (tag,)
    parts = [p.split(".") for p in tag.split(":")]
    return tuple(":".join(combo) for combo in product(*parts))


@lru_cache(maxsize=8192)
def attributes(tag: str) -> dict[str, str]:
    """Category → value for a plain tag: ``subst:sg:gen:m1`` → number=sg, case=gen, gender=m1."""
    out: dict[str, str] = {}
    for value in tag.split(":")[1:]:
        cat = CATEGORY.get(value)
        if cat is not None:
            out[cat] = value
    return out


def default_upos(tag: str, lemma: str = "", form: str = "") -> str:
    """UPOS from the tag (and the lemma's capitalisation), without lemma-specific exceptions."""
    cls = tag_class(tag)
    if cls in ("subst", "depr", "brev") and lemma[:1].isupper():
        return "PROPN"
    if cls == "ign":
        return "PROPN" if looks_like_name(form or lemma) else "X"
    return DEFAULT_UPOS.get(cls, "X")


def looks_like_name(form: str) -> bool:
    """Capitalised word or acronym, with at least one letter (S-400, OSW, Łepeszko, Iskander-M)."""
    return bool(form) and form[0].isupper() and any(ch.isalpha() for ch in form)


# --- UD features -----------------------------------------------------------------------------

_VALUE_FEATS: dict[str, tuple[str, ...]] = {
    "sg": ("Number=Sing",), "pl": ("Number=Plur",),
    "nom": ("Case=Nom",), "gen": ("Case=Gen",), "dat": ("Case=Dat",), "acc": ("Case=Acc",),
    "inst": ("Case=Ins",), "loc": ("Case=Loc",), "voc": ("Case=Voc",),
    "m1": ("Gender=Masc", "Animacy=Hum"), "m2": ("Gender=Masc", "Animacy=Nhum"),
    "m3": ("Gender=Masc", "Animacy=Inan"), "f": ("Gender=Fem",), "n": ("Gender=Neut",),
    "pri": ("Person=1",), "sec": ("Person=2",), "ter": ("Person=3",),
    "pos": ("Degree=Pos",), "com": ("Degree=Cmp",), "sup": ("Degree=Sup",),
    "imperf": ("Aspect=Imp",), "perf": ("Aspect=Perf",),
    "aff": ("Polarity=Pos",), "neg": ("Polarity=Neg",),
    "akc": ("Variant=Long",), "nakc": ("Variant=Short",),
    "npraep": ("PrepCase=Npr",), "praep": ("PrepCase=Pre",),
    "nwok": ("Variant=Short",), "wok": ("Variant=Long",),
    "pun": ("Abbr=Yes",), "npun": ("Abbr=Yes",),
    "pt": ("Number=Ptan",),
}
_CLASS_FEATS: dict[str, tuple[str, ...]] = {
    "fin": ("VerbForm=Fin", "Mood=Ind", "Tense=Pres", "Voice=Act"),
    "bedzie": ("VerbForm=Fin", "Mood=Ind", "Tense=Fut"),
    "praet": ("VerbForm=Part", "Tense=Past", "Voice=Act"),
    "impt": ("VerbForm=Fin", "Mood=Imp", "Voice=Act"),
    "imps": ("VerbForm=Fin", "Mood=Ind", "Person=0", "Tense=Past", "Voice=Act"),
    "inf": ("VerbForm=Inf", "Voice=Act"),
    "pcon": ("VerbForm=Conv", "Tense=Pres"),
    "pant": ("VerbForm=Conv", "Tense=Past"),
    "ger": ("VerbForm=Vnoun",),
    "pact": ("VerbForm=Part", "Tense=Pres", "Voice=Act"),
    "ppas": ("VerbForm=Part", "Voice=Pass"),
    "prep": ("AdpType=Prep",),
    "ppron12": ("PronType=Prs",), "ppron3": ("PronType=Prs",),
    "siebie": ("PronType=Prs", "Reflex=Yes"),
    "brev": ("Abbr=Yes",),
    "num": ("NumForm=Word",), "dig": ("NumForm=Digit",), "romandig": ("NumForm=Roman",),
    "interp": (), "ign": (),
}


@lru_cache(maxsize=8192)
def ud_feats(tag: str) -> str:
    """Rule-based UD FEATS string for an NKJP tag (the fall-back for tags the model's table lacks)."""
    cls, *values = tag.split(":")
    feats: dict[str, str] = {}
    for feat in _CLASS_FEATS.get(cls, ()):
        name, _, value = feat.partition("=")
        feats.setdefault(name, value)
    for value in values:
        if cls == "prep" and CATEGORY.get(value) == "case":
            continue  # PDB puts a preposition's case in MISC, not FEATS
        for feat in _VALUE_FEATS.get(value, ()):
            name, _, val = feat.partition("=")
            feats[name] = val
    return "|".join(f"{name}={feats[name]}" for name in sorted(feats, key=str.lower))
