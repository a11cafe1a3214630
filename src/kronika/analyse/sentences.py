"""Sentence splitting for Polish news, as a spaCy component (``kronika_sentences``).

Rules, in order of strength:

1. A line break always ends a sentence (headlines, paragraphs, speech paragraphs).
2. A sentence ends after ``.``, ``!``, ``?``, ``…`` (and runs of them), together with any closing
   quotes and brackets glued to it (``obietnicy".``, ``geopolityczne”.``, ``(…).``), when the next
   word is capitalised or a number, possibly behind an opening quote, dash or bracket
   (``- Dziś oddaliśmy…``, ``„Tak…``).
3. No split when the next word is lowercase, so a dash-delimited attribution stays with the
   quotation before it: ``„Nie ma przesłanek”. – powiedział ekspert.``, ``Co dalej? – pyta.``
4. No split after an abbreviation (``ds.``, ``gen.``, ``ul.``) or an initial (``W. Putin``),
   with exceptions flagged in ``abbreviations.txt``: after ``itd.``, ``tys.``, ``proc.`` (flag
   ``end``) a capitalised word that cannot be a name opens a new sentence; after ``r.``, ``w.``
   (flag ``date``, since institutions follow dates: ``w 2022 r. Sąd Najwyższy``) only a word
   Morfeusz knows solely as a function word, adverb, pronoun or verb does
   (``… w 2022 r. Teraz …`` splits; ``… w 2022 r. Rosja …`` does not), and so does a word after
   an initial (``… Dariusz M. Podkreślam …``). A speech dash after any of them splits
   (``… itd. – Nie…``).
5. An enumeration label stays with what follows: ``… nauczyciel. 2. Krajowy zjazd …``.

Non-Polish text gets :func:`simple_sentences`, a plain punctuation-and-newline splitter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy
import regex
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from kronika.analyse import lexicon
from kronika.analyse.tokenizer import Abbreviation, load_abbreviations

TERMINAL = re.compile(r"[.!?…]+")
QUOTE_CHARS = frozenset("\"„”“‟«»‹›‚‘’'`")
OPENING_QUOTES = frozenset("„“«‚‹")
CLOSING_QUOTES = frozenset("”»’›")
CLOSE_BRACKETS = frozenset(")]}")
OPEN_BRACKETS = frozenset("([{")
DASHES = frozenset("-–—‒―−")
OPENERS = QUOTE_CHARS | OPEN_BRACKETS | DASHES
INITIAL = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]\.")
LABEL = re.compile(r"\d{1,3}|[IVXLC]{1,6}|[a-zA-Z]")

# Classes of words that open a sentence after an abbreviation without doubt.
_STARTER_CLASSES = frozenset(
    "prep conj comp part qub adv ppron12 ppron3 siebie fin praet bedzie pred impt inf pcon pant imps winien interj".split()
)


def clearly_opens_sentence(word: str) -> bool:
    """Capitalised and, lowercased, only ever a function word, adverb, pronoun or verb."""
    if not word[:1].isupper():
        return False
    readings = lexicon.analyse_word(word)
    if not readings:
        return False
    classes = set()
    for lemma, tag, _ in readings:
        if lemma[:1].isupper():
            return False  # a name reading: the word may continue the sentence
        classes.add(tag.partition(":")[0])
    return bool(classes & _STARTER_CLASSES) or not (classes - _STARTER_CLASSES)


def may_be_name(word: str) -> bool:
    """Unknown to Morfeusz, or known with a capitalised lemma (Rosja, Kowalski)."""
    readings = lexicon.analyse_word(word)
    if not readings or any(tag == "ign" for _, tag, _ in readings):
        return True
    return any(lemma[:1].isupper() for lemma, _, _ in readings)


class SentenceSplitter:
    def __init__(self, abbreviations: dict[str, Abbreviation]):
        self.abbreviations = abbreviations

    def starts(self, texts: list[str], spaces: list[str], is_space: list[bool]) -> list[bool]:
        """Sentence starts for tokens given their texts, trailing whitespace and space-token flags."""
        n = len(texts)
        starts = [False] * n
        if not n:
            return starts
        starts[0] = True
        newline = False
        for i in range(n):
            if is_space[i]:
                if "\n" in texts[i] or "\r" in texts[i] or "\u2028" in texts[i]:
                    newline = True
                continue
            if newline:
                starts[i] = True
                newline = False
        i = 0
        begin = 0  # first token of the current sentence
        while i < n:
            if starts[i]:
                begin = i
            text = texts[i]
            if is_space[i] or not self._ends(text):
                i += 1
                continue
            j = i + 1
            while j < n and not is_space[j] and self._closes(texts, spaces, j):
                j += 1
            last = i  # the last terminal of the run: "proc.)." ends with a real full stop
            for t in range(i + 1, j):
                if TERMINAL.fullmatch(texts[t]):
                    last = t
            k = j
            while k < n and is_space[k]:
                k += 1
            if (
                k < n
                and not starts[k]
                and not self._label(texts, is_space, begin, i)
                and self._splits(texts, is_space, last, k)
            ):
                starts[k] = True
            for t in range(i + 1, min(k + 1, n)):
                if starts[t]:
                    begin = t
            i = j
        return starts

    @staticmethod
    def _label(texts: list[str], is_space: list[bool], begin: int, i: int) -> bool:
        """The sentence so far is an enumeration label: "2." in "… nauczyciel. 2. Krajowy zjazd…"."""
        words = [texts[t] for t in range(begin, i) if not is_space[t]]
        return texts[i] == "." and len(words) == 1 and bool(LABEL.fullmatch(words[0]))

    def _ends(self, text: str) -> bool:
        return bool(TERMINAL.fullmatch(text)) or (len(text) > 1 and text.endswith(".") and text != "..")

    @staticmethod
    def _closes(texts: list[str], spaces: list[str], j: int) -> bool:
        text = texts[j]
        if TERMINAL.fullmatch(text) or text in CLOSE_BRACKETS or text in CLOSING_QUOTES:
            return not spaces[j - 1] or text in CLOSING_QUOTES
        if text in QUOTE_CHARS and text not in OPENING_QUOTES:
            return not spaces[j - 1]  # '"' glued to the sentence: a closing quote
        return False

    def _splits(self, texts: list[str], is_space: list[bool], i: int, k: int) -> bool:
        """Does a sentence end between token `i` (a full stop, or a token with a dot) and `k`?"""
        n = len(texts)
        m = k
        while m < n and (is_space[m] or texts[m] in OPENERS):
            m += 1
        word = texts[m] if m < n else ""
        first = word[:1]
        text = texts[i]
        if TERMINAL.fullmatch(text):
            return first.isupper() or first.isdigit()
        # an abbreviation or an initial that kept its dot
        if not first.isupper():
            return False
        if texts[k] in DASHES:
            return True  # "… itd. – Nie wiem – powiedział."
        abbr = self.abbreviations.get(text)
        if abbr is None:
            if INITIAL.fullmatch(text):
                return clearly_opens_sentence(word)  # "… sąsiadka Dariusza M. Podkreślam …"
            return True  # a token with a dot that no list explains
        if abbr.ends == "end":
            return not may_be_name(word)
        if abbr.ends == "date":
            return clearly_opens_sentence(word)
        return False

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, SPACY, IS_SPACE])
        strings = doc.vocab.strings
        texts = [strings[h] for h in arr[:, 0].tolist()]
        spaces = [" " if ws else "" for ws in arr[:, 1].tolist()]
        is_space = [bool(x) for x in arr[:, 2].tolist()]
        starts = self.starts(texts, spaces, is_space)
        values = numpy.array([1 if s else -1 for s in starts], dtype="int32").reshape(-1, 1)
        doc.from_array([SENT_START], values.astype("uint64"))
        return doc


@Language.factory(
    "kronika_sentences",
    default_config={"abbreviations": []},
    assigns=["token.is_sent_start"],
)
def make_sentence_splitter(nlp: Language, name: str, abbreviations: list[str]) -> SentenceSplitter:
    """`abbreviations`: extra lines in the format of ``kronika/data/abbreviations.txt``."""
    return SentenceSplitter(load_abbreviations(abbreviations or None))


_SIMPLE_END = regex.compile(r"[.!?…]+[\"”»’)\]]*(?=\s+[\"„“«(\[\-–—]?\s*[\p{Lu}\p{N}])")


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of any language: line breaks, and ``.!?…`` before a capital or a digit.

    Used for articles that are not Polish: no abbreviation knowledge, so "Dr. Smith" splits.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n\r\u2028]+", text):
        start = line.start()
        cuts = [m.end() for m in _SIMPLE_END.finditer(line.group())]
        for cut in cuts + [len(line.group())]:
            piece = text[start : line.start() + cut]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                spans.append((start + lead, start + lead + len(stripped)))
            start = line.start() + cut
    return spans


def sentence_spans(doc: Doc) -> Iterable[tuple[int, int]]:
    """Character spans of `doc`'s sentences, whitespace at either end left out."""
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            yield words[0].idx, words[-1].idx + len(words[-1].text)
