"""Token features for the entity tagger.

The feature code takes a list of ``(start, end, text)`` tokens, so it plugs into any tokenizer with
exact code-point offsets (the regex one here, or Kronika's own). Features are lists of strings
(binary features for CRFsuite); everything that depends only on a word's string is cached.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, Sequence

import regex as re

from kronika.analyse.lexicon import analyse_word, bare_lemma, crude_stem

Token = tuple[int, int, str]

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
SENTENCE_END = {".", "!", "?", "…", ":", ";"}
OPEN_QUOTES = {"„", "\"", "«", "»", "“", "'", "(", "["}
# Morfeusz 2 (SGJP) name classes, shortened.
CLASS_CODES = {
    "imię": "IMIE",
    "nazwisko": "NAZW",
    "nazwa_geograficzna": "GEO",
    "człon_nazwy_geograficznej": "GEOP",
    "nazwa_organizacji": "ORG",
    "człon_nazwy_organizacji": "ORGP",
    "nazwa_własna": "WLAS",
    "nazwa_pospolita": "POSP",
    "pseudonim": "PSEUD",
    "nazwa_obiektu": "OBJ",
    "nazwa_firmy": "FIRM",
    "człon_nazwy_firmy": "FIRMP",
    "nazwa_instytucji": "INST",
    "człon_nazwy_instytucji": "INSTP",
    "marka": "MARK",
    "tytuł": "TYT",
    "nazwa_własna_budowli": "BUD",
    "nazwa_święta": "SWIETO",
}


def tokenize(text: str) -> list[Token]:
    """Words (letters, digits, underscore) and single punctuation marks, with code-point offsets."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def segments(text: str, tokens: Sequence[Token], max_len: int = 120) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of the sequences tagged as a unit: paragraphs (split at newlines),
    long ones cut after sentence-final punctuation followed by a capital."""
    out = []
    begin = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens):
            out.append((begin, i))
            break
        gap = text[tokens[i - 1][1]: tokens[i][0]]
        if "\n" in gap:
            out.append((begin, i))
            begin = i
        elif (i - begin >= max_len and tokens[i - 1][2] in {".", "!", "?"} and gap
              and tokens[i][2][:1].isupper()):
            out.append((begin, i))
            begin = i
    return [s for s in out if s[1] > s[0]]


def shape(word: str) -> str:
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def long_shape(word: str) -> str:
    return "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word[:8])


@lru_cache(maxsize=300_000)
def morph(word: str) -> tuple[str, ...]:
    """Dictionary features of a word: name classes, parts of speech, lemma, unknown-ness."""
    feats: set[str] = set()
    analyses = analyse_word(word)
    if not analyses or all(tag == "ign" for _, tag, _ in analyses):
        feats.add("m:unk")
    proper_lemma = None
    for lemma, tag, classes in analyses:
        if tag == "ign":
            continue
        pos = tag.split(":", 1)[0]
        feats.add("m:pos=" + pos)
        bare = bare_lemma(lemma)
        for cls in classes:
            feats.add("m:cls=" + CLASS_CODES.get(cls, cls.replace(" ", "_")))
        if bare[:1].isupper():
            feats.add("m:proper")
            if proper_lemma is None:
                proper_lemma = bare
        parts = tag.split(":")
        if pos in ("subst", "adj", "depr") and len(parts) > 2:
            for case in parts[2].split("."):
                feats.add("m:case=" + case)
    if proper_lemma:
        feats.add("m:lem=" + proper_lemma.lower())
    elif analyses and analyses[0][1] != "ign":
        feats.add("m:lem=" + bare_lemma(analyses[0][0]).lower())
    if word[:1].isupper():
        lower = word.lower()
        common = [a for a in analyse_word(lower) if a[1] != "ign" and not bare_lemma(a[0])[:1].isupper()]
        if common:
            feats.add("m:common")
            feats.add("m:cpos=" + common[0][1].split(":", 1)[0])
    return tuple(sorted(feats))


@lru_cache(maxsize=300_000)
def word_features(word: str, use_morph: bool = True) -> tuple[str, ...]:
    lower = word.lower()
    feats = [
        "w=" + lower,
        "sh=" + shape(word),
        "lsh=" + long_shape(word),
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "s1=" + lower[-1:],
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
        "stem=" + crude_stem(word),
    ]
    if word[:1].isupper():
        feats.append("title")
    if word.isupper() and len(word) > 1:
        feats.append("upper")
    if word.isdigit():
        feats.append("digit")
    elif any(c.isdigit() for c in word):
        feats.append("hasdigit")
    if not word[:1].isalnum():
        feats.append("punct")
    feats.append("len=" + str(min(len(word), 8)))
    if use_morph and word[:1].isalpha():
        feats.extend(morph(word))
    return tuple(feats)


@lru_cache(maxsize=300_000)
def context_features(word: str, offset: int, use_morph: bool = True) -> tuple[str, ...]:
    lower = word.lower()
    p = f"{offset:+d}:"
    feats = [p + "w=" + lower, p + "sh=" + shape(word)]
    if word[:1].isupper():
        feats.append(p + "title")
    if use_morph and word[:1].isalpha():
        for f in morph(word):
            if f.startswith(("m:cls=", "m:pos=", "m:unk", "m:common", "m:proper")) or (
                    abs(offset) == 1 and f.startswith("m:lem=")):
                feats.append(p + f)
    return tuple(feats)


@lru_cache(maxsize=300_000)
def norm_key(word: str) -> str:
    """Inflection-free key of a word: its dictionary lemma (the alphabetically first, so that all
    forms agree: Polski/Polsce/Polska → polska; Europejskiej/Europejska → europejski), else a crude
    stem for words the dictionary lacks (Gazpromu → gazprom)."""
    lemmas = [bare_lemma(lemma).lower() for lemma, tag, _ in analyse_word(word) if tag != "ign"]
    return min(lemmas) if lemmas else crude_stem(word)


class Gazetteer:
    """Names seen in training, as lowercased token sequences, with counts per type.

    Looked up by exact (lowercased) tokens and by inflection-free keys (`norm_key`), so that an inflected form of a name
    ("Gazpromowi") finds the form seen in training ("Gazprom")."""

    max_len = 6

    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        self.stems: dict[tuple[str, ...], Counter] = defaultdict(Counter)

    def add(self, surface: str, type_: str, count: int = 1) -> None:
        words = tuple(t[2] for t in tokenize(surface))
        if not words or len(words) > self.max_len:
            return
        self.exact[tuple(w.lower() for w in words)][type_] += count
        self.stems[tuple(norm_key(w) for w in words)][type_] += count

    def to_json(self) -> dict:
        return {"exact": [[list(k), dict(v)] for k, v in self.exact.items()],
                "stems": [[list(k), dict(v)] for k, v in self.stems.items()]}

    @classmethod
    def from_json(cls, data: dict) -> "Gazetteer":
        g = cls()
        for k, v in data["exact"]:
            g.exact[tuple(k)] = Counter(v)
        for k, v in data["stems"]:
            g.stems[tuple(k)] = Counter(v)
        return g

    @staticmethod
    def _best(counter: Counter) -> str:
        return counter.most_common(1)[0][0]

    def _firsts(self) -> dict[int, dict[str, int]]:
        """Per table, the longest entry starting with each first word (rebuilt when entries change)."""
        size = (len(self.exact), len(self.stems))
        if getattr(self, "_first_size", None) != size:
            self._first_cache = {}
            for name, table in ((0, self.exact), (1, self.stems)):
                firsts: dict[str, int] = {}
                for key in table:
                    firsts[key[0]] = max(firsts.get(key[0], 0), len(key))
                self._first_cache[name] = firsts
            self._first_size = size
        return self._first_cache

    def tag(self, words: Sequence[str]) -> list[list[str]]:
        """Per-token features from the longest matches (exact first, then stems)."""
        n = len(words)
        feats: list[list[str]] = [[] for _ in range(n)]
        lowers = [w.lower() for w in words]
        firsts = self._firsts()
        for num, name, table, keys in ((0, "gz", self.exact, lowers), (1, "gzs", self.stems, None)):
            first = firsts[num]
            i = 0
            while i < n:
                if not words[i][:1].isalnum():
                    i += 1
                    continue
                if keys is None:
                    key0 = norm_key(words[i])
                else:
                    key0 = keys[i]
                longest = first.get(key0, 0)
                if not longest:
                    i += 1
                    continue
                if keys is None:
                    window = [key0] + [norm_key(w) for w in words[i + 1: i + min(longest, n - i)]]
                else:
                    window = keys[i: i + min(longest, n - i)]
                for length in range(len(window), 0, -1):
                    counter = table.get(tuple(window[:length]))
                    if counter:
                        best = self._best(counter)
                        total = sum(counter.values())
                        conf = "h" if counter[best] / total > 0.8 and total >= 2 else "l"
                        feats[i].append(f"{name}=B-{best}")
                        feats[i].append(f"{name}c=B-{conf}")
                        for j in range(i + 1, i + length):
                            feats[j].append(f"{name}=I-{best}")
                        i += length
                        break
                else:
                    i += 1
        return feats


def document_features(words: Sequence[str], bos: Sequence[bool], use_morph: bool = True,
                      max_left: int = 6) -> list[tuple[str, ...]]:
    """Features a capitalised word takes from its other occurrences in the whole document: the
    (lowercase) words before them (koncern Gazprom, gazociąg Nord Stream), whether one follows a
    first name (Władimir Putin → Putin), whether it ever occurs mid-sentence, or in lower case."""
    n = len(words)
    lowers = {w for w in words if w[:1].islower()}
    lefts: dict[str, set[str]] = defaultdict(set)
    after_first: set[str] = set()
    mid: set[str] = set()
    keys = [norm_key(w) if w[:1].isupper() else "" for w in words]
    for i, w in enumerate(words):
        key = keys[i]
        if not key:
            continue
        if not bos[i]:
            mid.add(key)
        if i > 0:
            prev = words[i - 1]
            if prev[:1].islower() and prev.isalpha() and len(prev) > 2:
                lefts[key].add(norm_key(prev))
            elif use_morph and prev[:1].isupper() and "m:cls=IMIE" in morph(prev):
                after_first.add(key)
    out: list[tuple[str, ...]] = []
    cache: dict[str, tuple[str, ...]] = {}
    for i, w in enumerate(words):
        key = keys[i]
        if not key:
            out.append(())
            continue
        if key not in cache:
            feats = ["dl=" + x for x in sorted(lefts.get(key, ()))[:max_left]]
            if key in after_first:
                feats.append("d:afterfirst")
            if key in mid:
                feats.append("d:mid")
            if w.lower() in lowers:
                feats.append("d:lower")
            cache[key] = tuple(feats)
        out.append(cache[key])
    return out


def token_parts(words: Sequence[str], bos: Sequence[bool], gazetteer: Gazetteer | None = None,
                use_morph: bool = True, window: int = 2,
                doc_feats: Sequence[tuple[str, ...]] | None = None) -> list[tuple[list[tuple[str, int]], list[str]]]:
    """Each token's features in two parts: the cached ones, as (word, offset) keys — offset 0 is
    `word_features(word)`, others `context_features(word, offset)` of a neighbour — and the rest,
    spelled out. `sequence_features` expands them; `fastcrf` sums cached weight vectors instead."""
    n = len(words)
    gaz = gazetteer.tag(words) if gazetteer is not None else None
    # runs of capitalised words (Royal Dutch Shell): length and position in the run
    run_pos = [0] * n
    run_len = [0] * n
    i = 0
    while i < n:
        if words[i][:1].isupper():
            j = i
            while j < n and words[j][:1].isupper():
                j += 1
            for k in range(i, j):
                run_pos[k], run_len[k] = k - i, j - i
            i = j
        else:
            i += 1
    lowers = [w.lower() for w in words]
    unknown = {w: use_morph and "m:unk" in morph(w) for w in set(words)}
    out = []
    for i in range(n):
        word = words[i]
        static = [(words[i + off], off) for off in range(max(-window, -i), min(window, n - 1 - i) + 1)]
        feats = ["bias"]
        if run_len[i]:
            length = min(run_len[i], 3)
            feats.append(f"run={length}:{min(run_pos[i], 2)}")
            if unknown[word]:
                feats.append(f"unk&run={length}")
                if doc_feats is not None and "d:afterfirst" not in doc_feats[i]:
                    feats.append(f"unk&nofirst&run={length}")
        if bos[i]:
            feats.append("bos")
            if word[:1].isupper():
                feats.append("bos_title")
        if i + 1 == n:
            feats.append("eos")
        if i > 0:
            feats.append("bg-=" + lowers[i - 1] + "|" + lowers[i])
        if i + 1 < n:
            feats.append("bg+=" + lowers[i] + "|" + lowers[i + 1])
        if doc_feats is not None:
            feats.extend(doc_feats[i])
        if gaz is not None:
            feats.extend(gaz[i])
            if i > 0 and gaz[i - 1]:
                feats.extend("-1:" + f for f in gaz[i - 1] if f.startswith("gz="))
            if i + 1 < n and gaz[i + 1]:
                feats.extend("+1:" + f for f in gaz[i + 1] if f.startswith("gz="))
        out.append((static, feats))
    return out


def static_features(word: str, offset: int, use_morph: bool = True) -> tuple[str, ...]:
    return word_features(word, use_morph) if offset == 0 else context_features(word, offset, use_morph)


def sequence_features(words: Sequence[str], bos: Sequence[bool], gazetteer: Gazetteer | None = None,
                      use_morph: bool = True, window: int = 2,
                      doc_feats: Sequence[tuple[str, ...]] | None = None) -> list[list[str]]:
    """Features of each token of one sequence (paragraph); `doc_feats` from `document_features`."""
    out = []
    for static, feats in token_parts(words, bos, gazetteer, use_morph, window, doc_feats):
        full = []
        for word, off in static:
            full.extend(static_features(word, off, use_morph))
        full.extend(feats)
        out.append(full)
    return out


def beginnings(words: Sequence[str]) -> list[bool]:
    """True for tokens that begin a sentence (first of the sequence or after final punctuation)."""
    out = []
    prev_end = True
    for w in words:
        out.append(prev_end)
        if w in SENTENCE_END:
            prev_end = True
        elif w in OPEN_QUOTES or w in {"–", "-", "—"}:
            pass  # keep sentence-start status across an opening quote or dash
        else:
            prev_end = False
    return out


def bio_labels(tokens: Sequence[Token], mentions: Iterable, begin: int = 0) -> list[str]:
    """BIO labels for tokens from gold mentions (objects with start, end, type); overlaps keep the first."""
    labels = ["O"] * len(tokens)
    starts = {t[0]: i for i, t in enumerate(tokens)}
    ends = {t[1]: i for i, t in enumerate(tokens)}
    for m in mentions:
        i, j = starts.get(m.start), ends.get(m.end)
        if i is None or j is None or any(labels[k] != "O" for k in range(i, j + 1)):
            continue
        labels[i] = "B-" + m.type
        for k in range(i + 1, j + 1):
            labels[k] = "I-" + m.type
    return labels


def decode_bio(tokens: Sequence[Token], labels: Sequence[str]) -> list[tuple[int, int, str, int, int]]:
    """Spans (start, end, type, first token, last token + 1) from BIO labels; a stray I- opens a span."""
    spans = []
    cur = None
    for i, label in enumerate(labels):
        if label == "O" or label.startswith("B-") or (cur and label[2:] != cur[2]):
            if cur:
                spans.append(cur)
                cur = None
        if label != "O" and cur is None:
            cur = [tokens[i][0], tokens[i][1], label[2:], i, i + 1]
        elif label != "O":
            cur[1] = tokens[i][1]
            cur[4] = i + 1
    if cur:
        spans.append(cur)
    return [tuple(s) for s in spans]


def featurize_document(text: str, tokens: Sequence[Token], gazetteer: Gazetteer | None = None,
                       use_morph: bool = True, use_doc: bool = True, parts: bool = False):
    """(token index range, features) for each sequence of a document (`token_parts` with `parts`)."""
    words = [t[2] for t in tokens]
    bos_all = beginnings(words)
    doc_feats = document_features(words, bos_all, use_morph) if use_doc else None
    make = token_parts if parts else sequence_features
    for i, j in segments(text, tokens):
        yield (i, j), make(words[i:j], bos_all[i:j], gazetteer, use_morph,
                           doc_feats=doc_feats[i:j] if doc_feats is not None else None)
