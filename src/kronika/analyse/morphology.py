"""Morphology: Morfeusz 2 readings per token, and one lemma + NKJP tag chosen in context.

How a reading is chosen
-----------------------
1. **Candidates.** Morfeusz 2 (SGJP dictionary, via :mod:`kronika.analyse.lexicon`) gives every
   reading of the token; compact tags are expanded (``adj:pl:nom.voc:m2.m3.f.n:pos`` is eight
   tags). The token's neighbours are looked at where segmentation depends on them: an
   abbreviation with its dot (``r.`` → *rok* ``brev:pun``), an agglutinate or the conditional
   particle glued to a verb in UD-style tokenisation (``miał`` + ``em``), the first part of a
   hyphenated compound (``biało-`` → *biały* ``adja``). A token our tokenizer keeps whole where
   Morfeusz sees several segments gets a composite reading: ``zrobiłbym`` → *zrobić*
   ``praet:sg:m1:perf`` (the verb; the clitics are dropped), ``polsko-rosyjski`` →
   *polsko-rosyjski* ``adj:…`` (the last part's tag). Words Morfeusz does not know get ``ign``
   with the form as lemma; numbers get ``dig``.
2. **Choice.** An averaged perceptron (trained by :mod:`kronika.train.morph` on UD Polish PDB
   dev) scores each candidate from features of the candidate (tag, class, word × tag,
   suffix × tag, lemma, SGJP qualifiers and name classes) and of its context (the previous two
   chosen tags, agreement in case / number / gender with the previous word and possible
   agreement with the next one, the case governed by a preceding preposition, the last verb and
   subject, neighbouring words, capitalisation at sentence start). Decoding is greedy, left to
   right, in two passes: the second pass also sees the first pass's choices for the next two
   words, and reconsiders only words whose first-pass runner-up came close (``MARGIN``). Words
   Morfeusz does not know get candidate tags and lemmas from an ending-based guesser learned
   from the words it does know (*Saszki* → *Saszka* ``subst:sg:gen:…``). A handful of lemmas
   whose UPOS depends on the sentence (*być* AUX/VERB, *to*, *a*, *jak*…) get it from the same
   perceptron. Without a model file the first Morfeusz reading wins.
3. **Output.** ``token.lemma_`` is the SGJP lemma without its homonym marker
   (``Łukaszenko:Sm1`` → ``Łukaszenko``); the marked lemma is ``token._.lemma_id``.
   ``token.tag_`` is the NKJP tag, ``token.pos_`` the UPOS (see :mod:`kronika.analyse.tagset`
   and the model's lemma-specific table), ``token.morph`` UD features.
   ``token._.name_classes`` are the Morfeusz name classes of the chosen reading (``nazwisko``,
   ``imię``, ``nazwa_geograficzna``, ``organizacja``…), ``token._.analyses`` every candidate.
"""

from __future__ import annotations

import copy
import gzip
import json
import re
from collections import defaultdict
from functools import lru_cache
from itertools import repeat
from operator import add
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from kronika.analyse import lexicon, tagset

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODEL = MODEL_DIR / "morph-pl-pdb.json.gz"
MODEL_VERSION = 1

# Forms that UD-style tokenisation splits off a preceding word: agglutinates of "być",
# the conditional particle and its personal forms, the pronoun "-ń" (dlań, nań).
CLITICS = frozenset(
    "m em ś eś śmy eśmy ście eście by bym byś byśmy byście ń".split()
)
OPENERS = frozenset("„\"“«»‚‘'([{–—-‒―")
NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f\u2009.,:/-]\d+)*")
PUNCT_ONLY = re.compile(r"[\W_]+")
NONE = "-"  # attribute value of a candidate that lacks the attribute
_VERBAL = frozenset({"fin", "praet", "bedzie", "impt", "imps", "inf", "pred", "winien", "pcon", "pant"})


_TAG_PARTS: dict[str, tuple] = {}


def _tag_parts(tag: str) -> tuple:
    attrs = tagset.attributes(tag)
    num, case, gen = attrs.get("number", NONE), attrs.get("case", NONE), attrs.get("gender", NONE)
    return tagset.tag_class(tag), num, case, gen, (case, num, gen)


class Cand:
    """One reading of a token: lemma and plain NKJP tag, with what Morfeusz said about it."""

    __slots__ = (
        "lemma", "lemma_id", "tag", "cls", "num", "case", "gen", "classes", "quals", "source",
        "lcap", "agr", "static", "score0", "score2", "upos", "keys", "ivar", "jvar", "mvar", "pvar",
        "gcl", "keys2",
    )

    def __init__(self, lemma_id: str, tag: str, classes=(), quals=(), source: str = "", lemma: str | None = None):
        self.lemma_id = lemma_id
        self.lemma = lemma if lemma is not None else lexicon.bare_lemma(lemma_id)
        self.tag = tag
        parts = _TAG_PARTS.get(tag)
        if parts is None:
            parts = _TAG_PARTS[tag] = _tag_parts(tag)
        self.cls, self.num, self.case, self.gen, self.agr = parts
        self.classes = classes if type(classes) is tuple else tuple(classes)
        self.quals = quals if type(quals) is tuple else tuple(quals)
        self.source = source
        self.lcap = self.lemma[:1].isupper()
        self.static: list[str] = []
        self.score0 = self.score2 = 0.0
        self.upos: str | None = None  # filled in when the candidate is chosen
        self.ivar = self.jvar = self.mvar = self.pvar = None
        self.keys = self.keys2 = ()
        self.gcl = ""

    def prepare(self) -> None:
        """Precompute the candidate's side of every context feature (see MorphTagger.pairs)."""
        key = (self.tag, self.lcap)
        parts = _PREPARED.get(key)
        if parts is None:
            parts = _PREPARED[key] = _candidate_side(self.tag, self.cls, self.case, self.gen, self.lcap)
        self.keys, self.keys2, self.ivar, self.jvar, self.mvar, self.pvar, self.gcl = parts

    def __repr__(self) -> str:
        return f"Cand({self.lemma_id!r}, {self.tag!r}{', ' + self.source if self.source else ''})"

    def as_tuple(self) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
        return (self.lemma_id, self.tag, self.classes, self.quals)


_PREPARED: dict[tuple[str, bool], tuple] = {}


def _candidate_side(tag: str, cl: str, case: str, gen: str, lcap: bool) -> tuple:
    cc = f"{case}|{cl}"
    keys = (cl, tag, cl, cl, cl, cl, f"{lcap}|{cl}", tag, tag, tag, cc, case, cc, case, cl, cl)
    keys2 = keys + (cl, tag, cl)
    ivar = jvar = mvar = pvar = None
    if case != NONE:
        ivar = tuple(f"{cl}|{p}" for p in range(8))
        jvar = (f"{cl}|0|{case}", f"{cl}|1|{case}")
    if cl == "prep":
        mvar = tuple(f"{p}|{tag}" for p in range(4))
    if gen != NONE and cl in _VERBAL:
        pvar = tuple(f"{p}|{cl}" for p in range(4))
    return keys, keys2, ivar, jvar, mvar, pvar, f"{gen}|{cl}"


@lru_cache(maxsize=4096)
def _tag_features(tag: str) -> tuple[str, str, str]:
    cl, num, case, gen, _ = _tag_parts(tag)
    return ("t" + tag, "c" + cl, f"x{case}|{num}|{gen}")


_NOTHING: frozenset = frozenset()


class FormInfo:
    """Everything about one token in its segmentation context that does not depend on the sentence."""

    __slots__ = ("word", "wl", "kind", "cands", "agr", "cases", "sig", "cap", "outers", "cols")

    def __init__(self, word: str, kind: str, cands: list[Cand]):
        self.word = word
        self.wl = word.lower()
        self.kind = kind
        self.cands = cands
        if len(cands) == 1:
            c = cands[0]
            self.agr = frozenset((c.agr,)) if c.case != NONE else _NOTHING
            self.cases = frozenset((c.case,))
            self.sig = c.cls
        else:
            self.agr = frozenset(c.agr for c in cands if c.case != NONE)
            self.cases = frozenset(c.case for c in cands)
            self.sig = "+".join(sorted({c.cls for c in cands}))
        self.cap = "U" if word[:1].isupper() else ("l" if word[:1].islower() else "o")
        self.outers = _word_outers(self.wl, self.sig)
        self.cols: _Columns | None = None  # set for ambiguous words (MorphTagger._make_info)


def _word_outers(wl: str, sig: str) -> tuple[str, ...]:
    """The sentence side of the features that read a neighbouring word, built once per word type:
    as the previous word (D, T, L), the next (E, U, F) and the one after (R)."""
    return ("D" + wl, "T" + wl, "L" + wl, "E" + wl, "U" + wl, "F" + sig, "R" + wl)


_START_OUTERS = _word_outers("<s>", "<s>")
_END_OUTERS = _word_outers("</s>", "</s>")


@lru_cache(maxsize=4096)
def _tag_outers(tag: str | None) -> tuple[str, ...]:
    """The sentence side of the features that read a chosen neighbour's tag: as the previous
    word (A, B, H, I, class) and as the first pass's choice for the next one (W, X, Z, class)."""
    if tag is None:
        return ("A<s>", "B<s>", "H<s>", "I<s>", "<s>", "W</s>", "X</s>", "Z</s>", "</s>")
    cl = tagset.tag_class(tag)
    return ("A" + cl, "B" + tag, "H" + cl, "I" + cl, cl, "W" + tag, "X" + cl, "Z" + cl, cl)


class _Columns:
    """An ambiguous word's candidates column by column, for scoring them all at once.

    Scoring adds each feature's weight to every candidate's score with ``map`` over these lists
    (C loops, no Python bytecode per candidate). Every candidate still gets the same terms in
    the same order as in :meth:`MorphTagger.score`, so its float score is bit-for-bit the same.
    """

    __slots__ = ("cands", "cls", "tag", "cc", "gk", "classes", "cc_case", "agreeing", "m_idx", "p_idx",
                 "s0", "s2", "_by_agr", "_by_next")

    def __init__(self, cands: list[Cand]):
        self.cands = cands
        self.cls = [c.cls for c in cands]
        self.tag = [c.tag for c in cands]
        self.cc = [c.keys[10] for c in cands]  # case|class
        self.gk = [c.keys[6] for c in cands]  # capitalised lemma|class
        self.classes = tuple(dict.fromkeys(self.cls))
        self.cc_case = {c.keys[10]: c.case for c in cands}
        self.agreeing = any(c.ivar is not None for c in cands)
        self.m_idx = [k for k, c in enumerate(cands) if c.mvar is not None]
        self.p_idx = [k for k, c in enumerate(cands) if c.pvar is not None]
        self.s0 = [c.score0 for c in cands]
        self.s2 = [c.score2 for c in cands]
        self._by_agr: dict[tuple, list] = {}
        self._by_next: dict[frozenset, list] = {}

    def agree_keys(self, agr: tuple[str, str, str]) -> list[str | None]:
        """Each candidate's agreement key (I, Z features) with a neighbour of case/number/gender `agr`."""
        keys = self._by_agr.get(agr)
        if keys is None:
            case, num, gen = agr
            keys = [
                c.ivar[(case == c.case) * 4 + (num == c.num) * 2 + (gen == c.gen)] if c.ivar is not None else None
                for c in self.cands
            ]
            self._by_agr[agr] = keys
        return keys

    def next_keys(self, nagr: frozenset) -> list[str | None]:
        """Each candidate's key for possible agreement with the next word (J feature)."""
        keys = self._by_next.get(nagr)
        if keys is None:
            if len(self._by_next) > 256:
                self._by_next.clear()
            keys = [c.jvar[c.agr in nagr] if c.jvar is not None else None for c in self.cands]
            self._by_next[nagr] = keys
        return keys


# --- candidates ------------------------------------------------------------------------------

def _offsets(graph: Sequence[lexicon.Edge]) -> dict[int, int]:
    off = {0: 0}
    for start, end, orth, *_ in sorted(graph, key=lambda e: (e[0], e[1])):
        if start in off and end not in off:
            off[end] = off[start] + len(orth)
    return off


def _span_edges(text: str, start: int, end: int) -> list[lexicon.Edge]:
    graph = lexicon.analyse_graph(text)
    off = _offsets(graph)
    return [e for e in graph if off.get(e[0]) == start and off.get(e[1]) == end]


def _is_clitic(edge: lexicon.Edge) -> bool:
    cls = tagset.tag_class(edge[4])
    return cls == "aglt" or (cls in ("part", "qub") and edge[2].lower() == "by")


def _paths(graph: Sequence[lexicon.Edge], final: int, limit: int = 64) -> list[list[lexicon.Edge]]:
    out: dict[int, list[lexicon.Edge]] = defaultdict(list)
    for edge in graph:
        out[edge[0]].append(edge)
    paths: list[list[lexicon.Edge]] = []
    stack: list[tuple[int, list[lexicon.Edge]]] = [(0, [])]
    while stack and len(paths) < limit:
        node, path = stack.pop()
        if node == final:
            if len(path) > 1:
                paths.append(path)
            continue
        if len(path) >= 6:
            continue
        for edge in out.get(node, ()):
            stack.append((edge[1], path + [edge]))
    return paths


def _edge_cands(edges, source: str = "") -> list[Cand]:
    return [
        Cand(lemma, tag, classes, quals, source)
        for _, _, _, lemma, compact, classes, quals in edges
        for tag in tagset.expand(compact)
    ]


def _composites(word: str, graph: Sequence[lexicon.Edge], final: int) -> list[Cand]:
    """Readings of a token that Morfeusz segments: verb + clitics, hyphenated adjective compounds."""
    out: list[Cand] = []
    off = _offsets(graph)
    for path in _paths(graph, final):
        head, rest = path[0], path[1:]
        head_cls = tagset.tag_class(head[4])
        if all(_is_clitic(e) for e in rest) and head_cls not in ("interp", "ign", "dig"):
            out += _edge_cands([head], "cmp")
            continue
        words, seps = path[0::2], path[1::2]
        if (
            len(path) >= 3
            and len(path) % 2 == 1
            and all(e[2] == "-" for e in seps)
            and all(tagset.tag_class(e[4]) == "adja" for e in words[:-1])
            and tagset.tag_class(words[-1][4]) not in ("interp", "ign", "dig", "romandig", "brev")
        ):
            last = words[-1]
            prefix = word[: off.get(last[0], 0)]
            for tag in tagset.expand(last[4]):
                out.append(Cand(prefix + last[3], tag, last[5], last[6], "cmp", lemma=prefix + lexicon.bare_lemma(last[3])))
    return out


def _unknown(word: str) -> list[Cand]:
    if PUNCT_ONLY.fullmatch(word):
        return [Cand(word, "interp", source="unk")]
    if any(ch.isdigit() for ch in word) and not any(ch.isalpha() for ch in word):
        return [Cand(word, "dig", source="unk")]
    return [Cand(word, "ign", source="unk")]


def plain_candidates(word: str) -> list[Cand]:
    """Readings of `word` as one token, without context."""
    if not word or word.isspace():
        return []
    if NUMBER.fullmatch(word):
        return [Cand(word, "dig")]
    if any(ch.isspace() for ch in word):
        return _unknown(word)
    graph = lexicon.analyse_graph(word)
    if not graph:
        return _unknown(word)
    final = max(e[1] for e in graph)
    cands = _edge_cands([e for e in graph if e[0] == 0 and e[1] == final])
    if final > 1 or not cands:
        cands += _composites(word, graph, final)
    if cands and all(c.cls == "ign" for c in cands):
        return [Cand(word, "ign", source="unk")]
    return cands or _unknown(word)


def _dedup(cands: list[Cand]) -> list[Cand]:
    seen: dict[tuple[str, str], Cand] = {}
    out = []
    for c in cands:
        key = (c.lemma, c.tag)
        first = seen.get(key)
        if first is None:
            seen[key] = c
            out.append(c)
        elif c.classes and not set(c.classes) <= set(first.classes):
            first.classes = tuple(dict.fromkeys(first.classes + c.classes))
    return out


def context_key(words: Sequence[str], spaces: Sequence[bool], i: int) -> tuple[str, ...]:
    """How token `i` is analysed: alone ("P"), with its dot ("D"), as a clitic ("L"), before a hyphen ("H")."""
    word = words[i]
    n = len(words)
    if len(word) > 1 and word.endswith(".") and not word.endswith("..") and any(ch.isalpha() for ch in word):
        return ("D", word[:-1])  # an abbreviation token that kept its dot: "r.", "m.in."
    if i + 1 < n and not spaces[i] and words[i + 1] == "." and 0 < len(word) <= 6 and word.replace(".", "").isalpha():
        return ("D", word)  # "r" + "." in UD-style tokenisation
    if word in CLITICS and i > 0 and not spaces[i - 1] and words[i - 1][-1:].isalpha():
        return ("L", word, words[i - 1])
    if (
        i + 2 < n and words[i + 1] == "-" and not spaces[i] and not spaces[i + 1]
        and word.isalpha() and words[i + 2][:1].isalpha()
    ):
        return ("H", word, words[i + 2])
    return ("P", word)


def key_candidates(key: tuple[str, ...]) -> list[Cand]:
    kind, word = key[0], key[1]
    cands = plain_candidates(word)
    if kind == "D":
        extra = [e for e in _span_edges(word + ".", 0, len(word)) if tagset.tag_class(e[4]) == "brev"]
        cands = _edge_cands(extra, "dot") + [c for c in cands if c.source != "unk" or not extra]
    elif kind == "L":
        prev = key[2]
        spanned = _span_edges(prev + word, len(prev), len(prev) + len(word))
        if spanned:
            cands = _edge_cands(spanned, "glue")
    elif kind == "H":
        spanned = _span_edges(word + "-" + key[2], 0, len(word))
        cands = cands + _edge_cands([e for e in spanned if tagset.tag_class(e[4]) == "adja"], "glue")
    return _dedup(cands)


# --- the model -------------------------------------------------------------------------------

def guess_shape(word: str) -> str:
    """Capitalisation class used by the unknown-word guesser: A (ALL CAPS), U (Capitalised), l."""
    if len(word) > 1 and word.isupper():
        return "A"
    return "U" if word[:1].isupper() else "l"


_NOMINAL = frozenset({"subst", "depr", "ger", "ppron12", "ppron3", "siebie", "num"})
_GOV_BREAK = frozenset({"subst", "depr", "ppron12", "ppron3", "siebie", "ger", "fin", "praet", "inf", "conj", "comp"})
_EMPTY: dict[str, float] = {}


class _State:
    """What the left context says while decoding one sentence."""

    __slots__ = ("p1", "p2", "initial", "gov", "verb", "subj")

    def __init__(self) -> None:
        self.p1: Cand | None = None
        self.p2: Cand | None = None
        self.initial = True  # no word yet in this sentence (opening quotes and dashes aside)
        self.gov = NONE  # case governed by the last preposition, until a noun or verb closes it
        self.verb = NONE  # lemma of the last verb
        self.subj: Cand | None = None  # the last nominative noun or pronoun

    def advance(self, best: Cand, word: str) -> None:
        cl = best.cls
        if cl != "interp" or word not in OPENERS:
            self.initial = False
            if cl == "interp":
                self.gov = NONE
        if cl == "prep":
            self.gov = best.case
        elif cl in _GOV_BREAK:
            self.gov = NONE
        if cl in _VERBAL:
            self.verb = best.lemma
        elif cl in _NOMINAL and best.case == "nom":
            self.subj = best
        self.p2, self.p1 = self.p1, best


# Positions in _Context.outers by the candidate side they pair with (see Cand.prepare).
_CLS_IDX = (0, 2, 3, 4, 5, 14, 15, 16, 18)
_TAG_IDX = (1, 7, 8, 9, 17)
SHORTLIST = 3  # candidates the second pass reconsiders: the first pass's best three
MARGIN = 4.0
_ZEROS = repeat(0.0)
_INF = float("inf")
_NEG_INF = float("-inf")
_EPS = 1e-6  # far above float rounding in a sum of weights, far below any real difference  # default weights for map(sub.get, keys, _ZEROS)
# "N" + whether a verb has been seen + whether a subject has: _N_OUTERS[verb][subj]
_N_OUTERS = (("NFalse|False", "NFalse|True"), ("NTrue|False", "NTrue|True"))


class _Context:
    """The sentence's side of the features at one position."""

    __slots__ = ("outers", "p1", "nxt", "nxt2", "subj", "i_outer", "q_outer", "u_outers", "r1", "z_outer")

    def __init__(self, infos: Sequence[FormInfo], i: int, st: _State, right: Sequence[Cand] | None = None):
        n = len(infos)
        p1, p2 = st.p1, st.p2
        pw = infos[i - 1].wl if i > 0 else "<s>"
        nxt = infos[i + 1] if i + 1 < n else None
        nxt2 = infos[i + 2] if i + 2 < n else None
        nw = nxt.wl if nxt is not None else "</s>"
        nsig = nxt.sig if nxt is not None else "</s>"
        p1c = p1.cls if p1 is not None else "<s>"
        p1t = p1.tag if p1 is not None else "<s>"
        p2c = p2.cls if p2 is not None else "<s>"
        cap = f"{'I' if st.initial else 'M'}{infos[i].cap}"
        subj = st.subj
        # Order matches Cand.keys: (cl, tag, cl, cl, cl, cl, lcap|cl, tag, tag, tag, case|cl, case, case|cl, case, cl, cl)
        self.outers = (
            "A" + p1c,
            "B" + p1t,
            f"C{p2c}|{p1c}",
            "D" + pw,
            "E" + nw,
            "F" + nsig,
            "G" + cap,
            "H" + p1c,
            "T" + pw,
            "U" + nw,
            "K" + st.gov,
            "L" + pw,
            f"N{st.verb != NONE}|{subj is not None}",
            "O" + st.verb,
            "R" + (nxt2.wl if nxt2 is not None else "</s>"),
            f"V{p1c}|{nsig}",
        )
        self.p1 = p1 if p1 is not None and p1.case != NONE else None
        self.i_outer = "I" + p1c
        self.nxt = nxt
        self.nxt2 = nxt2
        self.subj = subj
        self.q_outer = "Q" + subj.gen if subj is not None else "P0"
        self.u_outers = (f"u{p1c}", f"v{nsig}", f"w{nw}", f"x{pw}", f"y{nxt2.sig if nxt2 is not None else '</s>'}")
        self.r1 = None
        self.z_outer = ""
        if right is not None:
            # second pass: the first pass's choices for the next two words
            r1 = right[i + 1] if i + 1 < n else None
            r2 = right[i + 2] if i + 2 < n else None
            r1c = r1.cls if r1 is not None else "</s>"
            r1t = r1.tag if r1 is not None else "</s>"
            r2c = r2.cls if r2 is not None else "</s>"
            self.outers += ("W" + r1t, "X" + r1c, f"Y{r1c}|{r2c}")
            self.u_outers += ("r" + r1t,)
            if r1 is not None and r1.case != NONE:
                self.r1 = r1
                self.z_outer = "Z" + r1c


class MorphTagger:
    """Candidate generation, feature extraction and the averaged-perceptron choice.

    Works on plain lists (words, spaces, sentence starts), so that training, evaluation and the
    spaCy component share one implementation. Weights are a two-level table: the sentence's side
    of a feature (``"A" + previous class``) → the candidate's side (its class) → weight, so that
    scoring a candidate is a handful of dictionary look-ups and no string building.
    """

    def __init__(self, model: dict[str, Any] | None = None, mode: str = "model"):
        model = model or {}
        self.weights: dict[str, dict[str, float]] = model.get("weights", {})
        self.weights2: dict[str, dict[str, float]] = model.get("weights2", {})
        self.upos_lex: dict[str, str] = model.get("upos_lex", {})
        self.upos_cls: dict[str, str] = model.get("upos_cls", {})
        self.upos_amb: dict[str, list[str]] = model.get("upos_amb", {})
        self.feats_table: dict[str, str] = model.get("feats", {})
        self.lexicon_extra: dict[str, list[list[str]]] = model.get("lexicon", {})
        self.digit_tags: list[str] = model.get("digit_tags", [])
        guesser = model.get("guesser", {})
        self.guess_tags: dict[str, dict[str, int]] = guesser.get("tags", {})
        self.guess_lemmas: dict[str, str] = guesser.get("lemmas", {})
        self._guess_ranked: dict[int, list[str]] = {}
        baseline = model.get("baseline", {})
        self.form_tags: dict[str, dict[str, int]] = baseline.get("form_tags", {})
        self.tag_prior: dict[str, int] = baseline.get("tag_prior", {})
        self.meta: dict[str, Any] = model.get("meta", {})
        if mode not in ("model", "baseline", "first"):
            raise ValueError(f"unknown morphology mode {mode!r}: model, baseline or first")
        if mode == "model" and not self.weights:
            mode = "first"
        self.mode = mode
        # The second pass reconsiders a word only when the first pass's runner-up scored within
        # `margin` of its best (the first pass is right ~99% of the time beyond that).
        self.margin = float(model.get("margin", MARGIN))
        self.training = False
        self._cache: dict[tuple[str, ...], FormInfo] = {}
        self._bounds_of: dict | None = None
        self._bounds_table: dict[str, float] = {}

    # -- loading

    @classmethod
    def load(cls, path: str | Path | None = None, mode: str = "model") -> "MorphTagger":
        path = Path(path) if path is not None else DEFAULT_MODEL
        if not path.exists():
            return cls(None, mode="first")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            model = json.load(fh)
        if model.get("version") != MODEL_VERSION:
            raise ValueError(f"{path}: morphology model version {model.get('version')}, expected {MODEL_VERSION}")
        return cls(model, mode=mode)

    def with_mode(self, mode: str) -> "MorphTagger":
        """The same model deciding another way (model | baseline | first); shares the cache."""
        other = copy.copy(self)
        other.mode = mode
        return other

    # -- candidates with features

    def info(self, key: tuple[str, ...]) -> FormInfo:
        info = self._cache.get(key)
        if info is None:
            if len(self._cache) > 500_000:
                self._cache.clear()
            info = self._make_info(key)
            self._cache[key] = info
        return info

    def infos(self, words: Sequence[str], spaces: Sequence[bool]) -> list[FormInfo]:
        return [self.info(context_key(words, spaces, i)) for i in range(len(words))]

    def _make_info(self, key: tuple[str, ...]) -> FormInfo:
        kind, word = key[0], key[1]
        cands = key_candidates(key)
        wl = word.lower()
        have = {(c.lemma, c.tag) for c in cands}
        for lemma, tag in self.lexicon_extra.get(wl, ()):
            if (lemma, tag) not in have:
                cands.append(Cand(lemma, tag, source="lex"))
        if self.digit_tags and word.isdigit():
            cands += [Cand(word, tag, source="dig") for tag in self.digit_tags if tag != "dig"]
        if self.guess_tags and len(cands) == 1 and cands[0].source == "unk" and cands[0].cls == "ign":
            cands += self.guess(word)
        info = FormInfo(word, kind, cands)
        if len(cands) > 1:
            for c in cands:
                c.prepare()
            self._static(info)
            info.cols = _Columns(cands)
        return info

    def static_features(self, info: FormInfo, c: Cand) -> list[str]:
        """Features of a candidate that do not depend on the sentence."""
        wl, kind = info.wl, info.kind
        tag, cl = c.tag, c.cls
        s3 = wl[-3:]
        feats = [
            *_tag_features(tag),
            f"wt{wl}|{tag}",
            f"wc{wl}|{cl}",
            f"s3{s3}|{tag}",
            f"s2{s3[-2:]}|{cl}|{c.case}|{c.num}",
            f"l{c.lemma.lower()}|{cl}",
            f"k{kind}|{cl}",
            f"o{c.source}|{cl}",
        ]
        if c.quals:
            feats += ["q" + q for q in c.quals]
        if c.classes:
            feats += [f"n{n}|{cl}" for n in c.classes]
        return feats

    def _static(self, info: FormInfo) -> None:
        if self.training:
            for c in info.cands:
                c.static = self.static_features(info, c)
            return
        zeros = repeat(0.0)
        w1 = self.weights.get("S", _EMPTY)
        w2 = self.weights2.get("S")
        for c in info.cands:
            feats = self.static_features(info, c)
            c.score0 = sum(map(w1.get, feats, zeros))
            if w2:
                c.score2 = sum(map(w2.get, feats, zeros))

    def guess(self, word: str, limit: int = 10) -> list[Cand]:
        """Readings of a word Morfeusz does not know, from the endings of words it does know.

        Tags: those of known training words with the longest shared ending (up to 4 letters, at
        least 3 words), split by capitalisation ("U" capitalised, "A" all capitals, "l" other).
        Lemma: the commonest ending rewrite for that ending and tag (Saszki → Saszka), or the form.
        """
        if not any(ch.isalpha() for ch in word):
            return []
        cap = guess_shape(word)
        wl = word.lower()
        dist = None
        for k in range(min(4, len(wl) - 1), 0, -1):
            dist = self.guess_tags.get(f"{cap}{wl[-k:]}")
            if dist is not None and sum(dist.values()) >= 3:
                break
        else:
            dist = self.guess_tags.get(cap)
        if not dist:
            return []
        out = []
        ranked = self._guess_ranked.get(id(dist))
        if ranked is None:
            ranked = self._guess_ranked[id(dist)] = [t for t, _ in sorted(dist.items(), key=lambda kv: -kv[1])]
        for rank, tag in enumerate(ranked[:limit]):
            lemma = word
            if cap != "A":
                for k in range(min(4, len(wl) - 1), 1, -1):
                    rule = self.guess_lemmas.get(f"{cap}{wl[-k:]}|{tag}")
                    if rule is not None:
                        strip, _, add = rule.partition("|")
                        cut = len(word) - int(strip)
                        if cut >= 2:
                            lemma = word[:cut] + add
                        break
            out.append(Cand(lemma, tag, quals=(f"rank{min(rank, 3)}",), source="guess"))
        return out

    def upos_cached(self, c: Cand, word: str) -> str:
        if c.upos is None:
            c.upos = self.upos_of(c, word)
        return c.upos

    def feats_of(self, tag: str) -> str:
        """UD features of a tag: PDB's commonest for the tag (model table), else the rule mapping."""
        feats = self.feats_table.get(tag)
        return feats if feats is not None else tagset.ud_feats(tag)

    def upos_of(self, c: Cand, word: str) -> str:
        upos = self.upos_lex.get(f"{c.cls}|{c.lemma}")
        if upos is not None:
            return upos
        if c.cls == "ign":
            return tagset.default_upos(c.tag, c.lemma, word)
        if c.cls in ("subst", "depr", "brev") and c.lcap:
            return "PROPN"
        return self.upos_cls.get(c.cls) or tagset.default_upos(c.tag, c.lemma, word)

    # -- features

    @staticmethod
    def pairs(c: Cand, ctx: _Context) -> list[tuple[str, str]]:
        """Every (sentence side, candidate side) context feature of `c` — the slow, explicit form
        of the scoring loop in :meth:`decode` (the two must agree; a test checks it)."""
        out = list(zip(ctx.outers, c.keys2))
        if c.ivar is not None and ctx.p1 is not None:
            p1 = ctx.p1
            out.append((ctx.i_outer, c.ivar[(p1.case == c.case) * 4 + (p1.num == c.num) * 2 + (p1.gen == c.gen)]))
        if c.ivar is not None and ctx.r1 is not None:
            r1 = ctx.r1
            out.append((ctx.z_outer, c.ivar[(r1.case == c.case) * 4 + (r1.num == c.num) * 2 + (r1.gen == c.gen)]))
        nxt = ctx.nxt
        if c.jvar is not None and nxt is not None and nxt.agr:
            out.append(("J", c.jvar[c.agr in nxt.agr]))
        if c.mvar is not None and nxt is not None:
            nxt2 = ctx.nxt2
            out.append(("M", c.mvar[(c.case in nxt.cases) * 2 + (nxt2 is not None and c.case in nxt2.cases)]))
        if c.pvar is not None:
            subj = ctx.subj
            if subj is not None:
                out.append(("P", c.pvar[(subj.gen == c.gen) * 2 + (subj.num == c.num)]))
            out.append((ctx.q_outer, c.gcl))
        return out

    def score(self, c: Cand, ctx: _Context, second: bool = False) -> float:
        w = self.weights2 if second else self.weights
        return c.score0 + sum(w.get(o, _EMPTY).get(k, 0.0) for o, k in self.pairs(c, ctx))

    # -- decoding

    def choose(self, words: Sequence[str], spaces: Sequence[bool], starts: Sequence[bool] | None = None) -> tuple[list[Cand], list[str]]:
        """One candidate and one UPOS per word (greedy, left to right). `starts[i]`: word i opens a sentence."""
        return self.decode(self.infos(words, spaces), starts)

    def decode(
        self,
        infos: Sequence[FormInfo],
        starts: Sequence[bool] | None = None,
        gold: Sequence[int | None] | None = None,
        gold_upos: Sequence[str] | None = None,
        right: Sequence[Cand] | None = None,
    ) -> tuple[list[Cand], list[str]]:
        """Choose left to right. With a second-pass model (``weights2``) and no `right` given, a
        first pass runs with ``weights`` and the second uses its choices for the right context."""
        n = len(infos)
        if self.mode == "first":
            out = [info.cands[0] if info.cands else Cand(info.word, "ign", source="unk") for info in infos]
            return out, [self.upos_cached(c, info.word) for c, info in zip(out, infos)]
        if self.mode == "baseline":
            out = [self._baseline(info) for info in infos]
            return out, [self.upos_cached(c, info.word) for c, info in zip(out, infos)]
        shortlist = None
        if right is None and self.weights2 and not self.training:
            shortlist = []
            right, _ = self._decode_pass(infos, starts, None, None, None, shortlist)
        return self._decode_pass(infos, starts, gold, gold_upos, right, None, shortlist)

    def _decode_pass(self, infos, starts, gold, gold_upos, right, keep=None, shortlist=None) -> tuple[list[Cand], list[str]]:
        """One greedy pass. `keep`: a list to receive, per position, the indices of its best few
        candidates; `shortlist`: such a list from the first pass, the only candidates the second
        pass chooses from."""
        n = len(infos)
        w = self.weights2 if right is not None else self.weights
        training = gold is not None
        amb = self.upos_amb
        out: list[Cand] = []
        upos_out: list[str] = []
        st = _State()
        for i in range(n):
            info = infos[i]
            cands = info.cands
            if training:
                self._step += 1
            if starts is not None and starts[i] and i:
                st = _State()
            sel = shortlist[i] if shortlist is not None else None
            ctx = None
            if not cands:
                best = Cand(info.word, "ign", source="unk")
            elif len(cands) == 1:
                best = cands[0]
            elif sel is not None and len(sel) == 1:
                best = cands[sel[0]]
            elif training:
                ctx = _Context(infos, i, st, right)
                best = self._train_step(cands, ctx, gold[i], w)
            else:
                margin = self.margin if keep is not None else 0.0
                best = self._pick(info.cols, self._scores(infos, i, st, right, w, sel, margin), sel, keep)
            if keep is not None and len(keep) <= i:
                keep.append((0,) if cands else ())
            upos = best.upos
            if upos is None:
                upos = best.upos = self.upos_of(best, info.word)
            options = amb.get(f"{best.cls}|{best.lemma}") if amb else None
            if options is not None:
                if ctx is None:
                    ctx = _Context(infos, i, st, right)
                upos = self._choose_upos(best, options, ctx, gold_upos[i] if gold_upos is not None else None, w)
            out.append(best)
            upos_out.append(upos)
            st.advance(best, info.word)
        return out, upos_out

    def _pick(self, cols: _Columns, scores: list[float], sel, keep) -> Cand:
        """The best-scoring candidate (the first of equals), among `sel` where given; with `keep`,
        also note the runners-up within ``margin`` for the second pass."""
        if sel is not None:
            best_k = sel[0]
            for k in sel[1:]:
                if scores[k] > scores[best_k]:
                    best_k = k
            return cols.cands[best_k]
        best_score = max(scores)
        if keep is not None:
            ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
            floor = best_score - self.margin
            keep.append(tuple(k for k in ranked[:SHORTLIST] if scores[k] >= floor))
        return cols.cands[scores.index(best_score)]

    def _bounds(self, w: dict[str, dict[str, float]]) -> dict[str, float]:
        """The largest positive weight of each sentence-side feature of `w`, for pruning."""
        if self._bounds_of is not w:
            self._bounds_of = w
            self._bounds_table = {o: max(0.0, *sub.values()) for o, sub in w.items() if sub}
        return self._bounds_table

    def _scores(self, infos: Sequence[FormInfo], i: int, st: _State, right, w, sel=None, margin: float = 0.0) -> list[float]:
        """The score of each candidate of word `i` (those in `sel` where given), bit-for-bit as
        :meth:`score` computes it: the same terms added in the same order (a feature whose weight
        table is empty is skipped, which changes no float).

        The class and case features are summed once per class / case and added to every
        candidate; the rest, read per candidate, are added best candidates first, and a candidate
        that could not come within `margin` of the best even if it got the largest weight of
        every remaining feature is not scored (-inf)."""
        n = len(infos)
        info = infos[i]
        cols = info.cols
        cands = cols.cands
        get = w.get
        second = right is not None
        pw = infos[i - 1].outers if i else _START_OUTERS
        nxt = infos[i + 1] if i + 1 < n else None
        nxt2 = infos[i + 2] if i + 2 < n else None
        nw = nxt.outers if nxt is not None else _END_OUTERS
        nw2 = nxt2.outers if nxt2 is not None else _END_OUTERS
        nsig = nxt.sig if nxt is not None else "</s>"
        p1, p2, subj = st.p1, st.p2, st.subj
        po = _tag_outers(p1.tag if p1 is not None else None)
        p1c = po[4]
        p2c = p2.cls if p2 is not None else "<s>"
        # Sentence sides in the order of _CLS_IDX / _TAG_IDX (Cand.keys2), by the candidate side they read.
        cls_outers = [po[0], f"C{p2c}|{p1c}", pw[0], nw[3], nw[5], nw2[6], f"V{p1c}|{nsig}"]
        tag_outers = [po[1], po[2], pw[1], nw[4]]
        r1 = None
        if second:
            r1 = right[i + 1] if i + 1 < n else None
            r2 = right[i + 2] if i + 2 < n else None
            ro = _tag_outers(r1.tag if r1 is not None else None)
            cls_outers += [ro[5], f"Y{ro[8]}|{r2.cls if r2 is not None else '</s>'}"]
            tag_outers.append(ro[6])

        # score0 + class features (A C D E F R V W Y) + case features (K N L O) and capitalisation (G)
        scores = cols.s2 if second else cols.s0
        cls_subs = [sub for sub in map(get, cls_outers) if sub]
        if cls_subs:
            by_cls = {}
            for cl in cols.classes:
                v = 0.0
                for sub in cls_subs:
                    v += sub.get(cl, 0.0)
                by_cls[cl] = v
            scores = list(map(add, scores, map(by_cls.__getitem__, cols.cls)))
        cc_subs = [sub for sub in (get("K" + st.gov), get(_N_OUTERS[st.verb != NONE][subj is not None])) if sub]
        case_subs = [sub for sub in (get(pw[2]), get("O" + st.verb)) if sub]
        by_case = {}
        for cc, case in cols.cc_case.items():
            v = 0.0
            for sub in cc_subs:
                v += sub.get(cc, 0.0)
            for sub in case_subs:
                v += sub.get(case, 0.0)
            by_case[cc] = v
        terms = map(by_case.__getitem__, cols.cc)
        sub_g = get(("GI" if st.initial else "GM") + info.cap)
        if sub_g:
            terms = map(add, terms, map(sub_g.get, cols.gk, _ZEROS))
        prefix = list(map(add, scores, terms))

        # the features read per candidate: tag (B H T U X), agreement (I Z J), government (M), subject (P Q)
        rest = [o for o in tag_outers if o in w]
        tag_subs = [w[o] for o in rest]
        p1 = p1 if p1 is not None and p1.case != NONE else None
        if p1 is not None:
            rest.append(po[3])
        if r1 is not None and r1.case != NONE:
            rest.append(ro[7])
        else:
            r1 = None
        nagr = nxt.agr if nxt is not None else None
        q_outer = "Q" + subj.gen if subj is not None else "P0"
        rest += ("J", "M", "P", q_outer)
        sub_i = get(po[3], _EMPTY)
        sub_z = get(ro[7], _EMPTY) if r1 is not None else _EMPTY
        sub_j, sub_m, sub_p, sub_q = get("J", _EMPTY), get("M", _EMPTY), get("P", _EMPTY), get(q_outer, _EMPTY)

        scores = [_NEG_INF] * len(cands)
        if sel is None:
            order = sorted(range(len(cands)), key=prefix.__getitem__, reverse=True)
            bounds = self._bounds(w)
            slack = margin + _EPS + sum(bounds.get(o, 0.0) for o in rest)
        else:
            order = sel
            slack = _INF
        best = _NEG_INF
        for k in order:
            s = prefix[k]
            if s < best - slack:
                break  # neither this candidate nor any after it can come within `margin`
            c = cands[k]
            tag = c.tag
            for sub in tag_subs:
                s += sub.get(tag, 0.0)
            if c.ivar is not None:
                if p1 is not None:
                    s += sub_i.get(c.ivar[(p1.case == c.case) * 4 + (p1.num == c.num) * 2 + (p1.gen == c.gen)], 0.0)
                if r1 is not None:
                    s += sub_z.get(c.ivar[(r1.case == c.case) * 4 + (r1.num == c.num) * 2 + (r1.gen == c.gen)], 0.0)
                if nagr:
                    s += sub_j.get(c.jvar[c.agr in nagr], 0.0)
            if c.mvar is not None and nxt is not None:
                s += sub_m.get(c.mvar[(c.case in nxt.cases) * 2 + (nxt2 is not None and c.case in nxt2.cases)], 0.0)
            if c.pvar is not None:
                if subj is not None:
                    s += sub_p.get(c.pvar[(subj.gen == c.gen) * 2 + (subj.num == c.num)], 0.0)
                s += sub_q.get(c.gcl, 0.0)
            scores[k] = s
            if s > best:
                best = s
        return scores

    def _choose_upos(self, best: Cand, options: list[str], ctx: _Context, gold: str | None, w) -> str:
        """UPOS for lemmas whose UPOS depends on the sentence (być: AUX or VERB; to; a; jak…)."""
        base = f"{best.cls}|{best.lemma}|"
        outers = ctx.u_outers + ("z",)
        scores = []
        for upos in options:
            inner = base + upos
            scores.append(sum(w.get(o, _EMPTY).get(inner, 0.0) for o in outers))
        choice = options[max(range(len(options)), key=scores.__getitem__)]
        if self.training and gold is not None and gold in options and gold != choice:
            self._update([(o, base + gold) for o in outers], [(o, base + choice) for o in outers], w)
        return choice

    def _baseline(self, info: FormInfo) -> Cand:
        if not info.cands:
            return Cand(info.word, "ign", source="unk")
        seen = self.form_tags.get(info.wl, {})
        prior = self.tag_prior
        return max(
            enumerate(info.cands),
            key=lambda ic: (seen.get(ic[1].tag, 0), prior.get(ic[1].tag, 0), -ic[0]),
        )[1]

    # -- training (see kronika.train.morph)

    def start_training(self, second: bool = False) -> None:
        """Train `weights` (first pass) or, with `second`, `weights2` (decode then needs `right`)."""
        self.training = True
        self._training_second = second
        self.mode = "model"
        self._cache.clear()
        if second:
            self.weights2 = {}
        else:
            self.weights = {}
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)
        self._step = 0

    def _train_step(self, cands: list[Cand], ctx: _Context, gold: int | None, w) -> Cand:
        best = cands[0]
        best_score = float("-inf")
        all_pairs = []
        static_w = w.get("S", _EMPTY)
        for c in cands:
            pairs = self.pairs(c, ctx)
            all_pairs.append(pairs)
            s = sum(static_w.get(f, 0.0) for f in c.static)
            s += sum(w.get(o, _EMPTY).get(k, 0.0) for o, k in pairs)
            if s > best_score:
                best, best_score = c, s
        if gold is not None and cands[gold] is not best:
            g = cands[gold]
            self._update(
                [("S", f) for f in g.static] + all_pairs[gold],
                [("S", f) for f in best.static] + all_pairs[cands.index(best)],
                w,
            )
        return best

    def _update(self, good: list[tuple[str, str]], bad: list[tuple[str, str]], w) -> None:
        totals, stamps, step = self._totals, self._stamps, self._step
        for feats, delta in ((good, 1.0), (bad, -1.0)):
            for key in feats:
                outer, inner = key
                sub = w.get(outer)
                if sub is None:
                    sub = w[outer] = {}
                old = sub.get(inner, 0.0)
                totals[key] += (step - stamps[key]) * old
                stamps[key] = step
                sub[inner] = old + delta

    def finish_training(self, min_weight: float = 1e-3) -> None:
        step = max(self._step, 1)
        averaged: dict[str, dict[str, float]] = {}
        trained = self.weights2 if self._training_second else self.weights
        for outer, sub in trained.items():
            for inner, weight in sub.items():
                key = (outer, inner)
                total = self._totals[key] + (self._step - self._stamps[key]) * weight
                avg = total / step
                if abs(avg) >= min_weight:
                    averaged.setdefault(outer, {})[inner] = round(avg, 4)
        if self._training_second:
            self.weights2 = averaged
        else:
            self.weights = averaged
        self.training = False
        self._cache.clear()
        del self._totals, self._stamps


# --- spaCy component -------------------------------------------------------------------------

def _register_extensions() -> None:
    if not Doc.has_extension("morph_cands"):
        Doc.set_extension("morph_cands", default=None)
    getters = {
        "lemma_id": lambda t: _chosen(t).lemma_id if _chosen(t) is not None else t.text,
        "name_classes": lambda t: _chosen(t).classes if _chosen(t) is not None else (),
        "qualifiers": lambda t: _chosen(t).quals if _chosen(t) is not None else (),
        "analyses": lambda t: _analyses(t),
    }
    for name, getter in getters.items():
        if not Token.has_extension(name):
            Token.set_extension(name, getter=getter)


def _chosen(token: Token) -> Cand | None:
    store = token.doc._.morph_cands
    if store is None:
        return None
    return store[0][token.i]


def _analyses(token: Token) -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    store = token.doc._.morph_cands
    if store is None or store[1][token.i] is None:
        return ()
    return tuple(c.as_tuple() for c in store[1][token.i].cands)


_register_extensions()

_ARRAY_IN = [ORTH, SPACY, IS_SPACE, SENT_START]
_ARRAY_OUT = [LEMMA, TAG, POS, MORPH]


class MorphologyComponent:
    """spaCy component: sets lemma_, tag_, pos_, morph and the extensions above."""

    def __init__(self, nlp: Language, name: str, model: str | None, mode: str):
        self.name = name
        self.vocab = nlp.vocab
        self.tagger = MorphTagger.load(model, mode=mode)
        self._values: dict[tuple[str, str, str, str], tuple[int, int, int, int]] = {}

    def _row(self, lemma: str, tag: str, upos: str, feats: str) -> tuple[int, int, int, int]:
        key = (lemma, tag, upos, feats)
        row = self._values.get(key)
        if row is None:
            strings = self.vocab.strings
            morph = self.vocab.morphology.add(feats) if feats else 0
            row = (strings.add(lemma), strings.add(tag), POS_IDS[upos], morph)
            if len(self._values) > 200_000:
                self._values.clear()
            self._values[key] = row
        return row

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        arr = doc.to_array(_ARRAY_IN)
        strings = self.vocab.strings
        texts = [strings[h] for h in arr[:, 0].tolist()]
        spacy_ws = arr[:, 1].tolist()
        is_space = arr[:, 2].tolist()
        sent_start = arr[:, 3].astype("int64").tolist()
        positions = [k for k in range(n) if not is_space[k]]
        if not positions:
            return doc
        words = [texts[k] for k in positions]
        spaces = [bool(spacy_ws[k]) or (k + 1 < n and is_space[k + 1]) for k in positions]
        starts = [sent_start[k] == 1 for k in positions]
        starts[0] = True
        tagger = self.tagger
        infos = tagger.infos(words, spaces)
        chosen, upos = tagger.decode(infos, starts)
        out = numpy.zeros((n, 4), dtype="uint64")
        by_index: list[Cand | None] = [None] * n
        info_by_index: list[FormInfo | None] = [None] * n
        row = self._row
        for k, cand, info, pos in zip(positions, chosen, infos, upos):
            out[k] = row(cand.lemma, cand.tag, pos, tagger.feats_of(cand.tag))
            by_index[k] = cand
            info_by_index[k] = info
        if len(positions) < n:
            for k in range(n):
                if is_space[k]:
                    out[k] = row(texts[k], "_SP", "SPACE", "")
        doc.from_array(_ARRAY_OUT, out)
        doc._.morph_cands = (by_index, info_by_index)
        return doc


@Language.factory(
    "kronika_morphology",
    default_config={"model": None, "mode": "model"},
    assigns=["token.lemma", "token.tag", "token.pos", "token.morph"],
)
def make_morphology(nlp: Language, name: str, model: str | None, mode: str) -> MorphologyComponent:
    """`model`: path of a model file (default: the packaged UD PDB model); `mode`: model | baseline | first."""
    return MorphologyComponent(nlp, name, model, mode)
