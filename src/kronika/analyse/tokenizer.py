"""A spaCy tokenizer for Polish news.

spaCy's own :class:`~spacy.tokenizer.Tokenizer` (fast, exact offsets: ``doc.text == text``) with
rules for Polish news:

* abbreviations keep their dot (``ds.``, ``gen.``, ``m.in.``, ``r.``) — the list is the data file
  ``kronika/data/abbreviations.txt``, which users can extend; single capital letters with a dot
  (initials, ``W. Putin``) are kept together too;
* names with hyphens and digits stay whole (``S-400``, ``Iskander-M``, ``F-16``, ``MiG-29``), and so
  do hyphenated compounds (``polsko-rosyjski``);
* numbers stay whole: ``1,5``, ``12.12.2022``, ``10:30``, and numbers with thousands separated by a
  (non-breaking / thin) space, ``12 000`` — the only tokens that contain whitespace;
* quotes (``„ ” " « » ‘ ’``), brackets and dashes (``– — -``) are tokens of their own, except a
  hyphen inside a word;
* URLs and e-mail addresses are single tokens.

Whitespace follows spaCy: a single space after a token is that token's ``whitespace_``; any other
run of whitespace (newlines, several spaces) is a token of its own (``token.is_space``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

UPPER = "A-ZĄĆĘŁŃÓŚŹŻÀ-ÖØ-ÞĀ-ſ"  # Polish capitals first; the Latin-1/Extended-A ranges are loose
LOWER = "a-ząćęłńóśźżß-öø-ÿ"
ALPHA = UPPER + LOWER
QUOTES = "\"„”“‟«»‹›‚‘’'`"
OPEN_BRACKETS = r"(\[{<"
CLOSE_BRACKETS = r")\]}>"
DASHES = "\\-–—‒―−"
LONG_DASHES = "–—‒―−"

# Chunks spaCy must never split: e-mail addresses (checked before any affix is cut).
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# URLs, checked once affixes are cut, so a sentence's final dot or a closing bracket is not kept.
_TLDS = "pl|com|org|net|eu|gov|edu|info|io|ru|ua|by|uk|de|fr|int|tv|news|biz|me|app|lt|cz|sk"
_URL = (
    r"(?:(?:https?|ftp)://|www\.)[^\s]+"
    rf"|(?:[a-z0-9][\w-]*\.)+(?:{_TLDS})(?:/[^\s]*)?"
)
# Numbers with thousands separated by a space-like character: 12 000, 1 234 567,5.
SPACED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?![\d])")


class Abbreviation(NamedTuple):
    text: str  # as written, with its dot(s): "m.in."
    ends: str  # "" (never ends a sentence), "end" or "date" (see abbreviations.txt)

    @property
    def may_end_sentence(self) -> bool:
        return bool(self.ends)


def _read_abbreviations(lines: Iterable[str]) -> list[Abbreviation]:
    out: list[Abbreviation] = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split()
        text = fields[0]
        if not text.endswith("."):
            continue  # nothing to keep together: a dotless abbreviation (wg, mln) is a plain word
        flags = [f for f in fields[1:] if f in ("end", "date")]
        out.append(Abbreviation(text, flags[0] if flags else ""))
    return out


def load_abbreviations(extra: Iterable[str] | str | Path | None = None) -> dict[str, Abbreviation]:
    """The abbreviation table: form (and its capitalised variant) → :class:`Abbreviation`.

    `extra` is a path to a file in the same format, or an iterable of lines ("r. end", "gen.").
    """
    text = resources.files("kronika").joinpath("data", "abbreviations.txt").read_text(encoding="utf-8")
    entries = _read_abbreviations(text.splitlines())
    if extra is not None:
        if isinstance(extra, (str, Path)):
            extra = Path(extra).read_text(encoding="utf-8").splitlines()
        entries += _read_abbreviations(extra)
    table: dict[str, Abbreviation] = {}
    for entry in entries:
        for variant in {entry.text, entry.text[:1].upper() + entry.text[1:]}:
            previous = table.get(variant)
            flag = entry.ends or (previous.ends if previous is not None else "")
            table[variant] = Abbreviation(variant, flag)
    return table


def _regex(patterns: Iterable[str], anchor: str) -> re.Pattern:
    body = "|".join(f"(?:{p})" for p in patterns)
    if anchor == "start":
        return re.compile(f"^(?:{body})")
    if anchor == "end":
        return re.compile(f"(?:{body})$")
    return re.compile(body)


PREFIXES = [
    r"\.\.\.",
    "…",
    f"[{QUOTES}]",
    f"[{OPEN_BRACKETS}]",
    f"[{DASHES}]",
    r"[¿¡§$€£•*]",
]
SUFFIXES = [
    r"\.\.\.",
    "…",
    r"[.,;:!?]",
    f"[{QUOTES}]",
    f"[{CLOSE_BRACKETS}]",
    f"[{DASHES}]",
    r"[%‰°$€£*]",
]
INFIXES = [
    r"\.\.\.|…",
    # a missing space after a sentence: "Białorusi.Rosja"
    rf"(?<=[{LOWER}]{{2}})\.(?=[{UPPER}])",
    rf"(?<=[{ALPHA}])[,;!?](?=[{ALPHA}])",
    rf"(?<=\d),(?=[{ALPHA}])",
    rf"(?<=[{ALPHA}]):(?=[{ALPHA}{QUOTES}])",
    rf"(?<=[{ALPHA}])/(?=[{ALPHA}])",
    # long dashes are always tokens: "2019–2022", "Polską–w"
    f"[{LONG_DASHES}]",
    # quotes glued inside: 'powiedział:"Tak', 'słowo„słowo'
    rf"(?<=[{ALPHA}\d:.,!?])[{QUOTES}](?=[{ALPHA}\d])",
    rf"(?<=[{ALPHA}\d])[{QUOTES}](?=[.,:;!?])",
    rf"(?<=[{ALPHA}])[(\[](?=[{ALPHA}])|(?<=[{ALPHA}])[)\]](?=[{ALPHA}])",
]


class PolishNewsTokenizer(Tokenizer):
    """spaCy's tokenizer plus one post-step: numbers grouped by spaces (``12 000``) become one token."""

    def __call__(self, text):  # type: ignore[override]
        doc = super().__call__(text)
        if SPACED_NUMBER.search(text) is not None:
            _merge_spaced_numbers(doc)
        return doc

    def pipe(self, texts, batch_size=1000):  # type: ignore[override]
        for text in texts:
            yield self(text)


def _merge_spaced_numbers(doc: Doc) -> None:
    spans = []
    for match in SPACED_NUMBER.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) > 1:
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)


def make_tokenizer(vocab: Vocab, abbreviations: dict[str, Abbreviation] | None = None) -> Tokenizer:
    """The Polish news tokenizer over `vocab` (`abbreviations` defaults to :func:`load_abbreviations`)."""
    if abbreviations is None:
        abbreviations = load_abbreviations()
    rules: dict[str, list[dict]] = {}
    for form in abbreviations:
        rules[form] = [{ORTH: form}]
    for letter in "ABCDEFGHIJKLMNOPRSTUVWXYZĄĆĘŁŃÓŚŹŻ":
        rules.setdefault(letter + ".", [{ORTH: letter + "."}])  # initials: W. Putin
    tokenizer = PolishNewsTokenizer(
        vocab,
        rules=rules,
        prefix_search=_regex(PREFIXES, "start").search,
        suffix_search=_regex(SUFFIXES, "end").search,
        infix_finditer=_regex(INFIXES, "infix").finditer,
        token_match=re.compile(rf"(?:{_EMAIL})\Z").match,
        url_match=re.compile(rf"(?:{_URL})\Z").match,
    )
    return tokenizer
