"""``kronika_time``: temporal expressions with TIMEX3 values, in ``doc._.timexes``.

    >>> import kronika
    >>> nlp = kronika.load()
    >>> doc = nlp.make_doc("Pół roku temu Putin obiecał przekazać Iskandery.")
    >>> doc.user_data["kronika_date"] = "2022-12"
    >>> nlp(doc)._.timexes
    [{'start': 0, 'end': 13, 'text': 'Pół roku temu', 'type': 'DATE', 'value': '2022-06'}]

The document's date comes in ``doc.user_data["kronika_date"]`` (the article's header or metadata,
or ``--date``); without it relative expressions keep their type and a null value.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kronika.quotes.view import DocView
from kronika.temporal.finder import Finder
from kronika.temporal.normalise import Anchor, value_of
from kronika.temporal.tense import clause_tense
from kronika.temporal.words import load_time_words

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)

DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def find_timexes(view: DocView, finder: Finder, date: str | None) -> list[dict[str, Any]]:
    """Every temporal expression of the text, resolved against the document date `date`."""
    anchor = Anchor.parse(date)
    blocked = {k for m in view.mentions for k in range(view.token_at(m["start"]), view.token_at(m["end"]))}
    tokens = view.tokens
    previous = None
    out = []
    for hit in finder.find(tokens, blocked):
        first, last = tokens[hit.first], tokens[hit.last]
        lo, hi = _sentence_tokens(view, first.start)
        if hit.reading.tense:
            tense = hit.reading.tense
        else:
            tense = clause_tense(tokens, hit.first, hit.last, lo, hi)
            if tense == "present" and hit.first and tokens[hit.first - 1].text.lower() == "od" \
                    and not (hit.reading.kind == "no_year" and hit.reading.day is None):
                # "od niedzielnego wieczoru trwają protesty": since a day already gone; a month is
                # either ("od lipca przywraca pobór", said in June), and the nearest one is meant
                tense = "past"
        value = value_of(hit.reading, anchor, tense, previous)
        if hit.reading.part and value and len(value) == 10 and DATE_VALUE.match(value):
            value = f"{value}T{hit.reading.part}"  # TIMEX3 parts of the day: 2021-11-09TMO
        if value and hit.reading.kind in ("fixed", "no_year", "anchored", "weekday", "day_offset", "ago") \
                and DATE_VALUE.match(value[:10]):
            previous = Anchor.parse(value[:10])  # later "następnego dnia" counts from here
        elif value is None and hit.reading.type == "DATE":
            previous = None  # a date the text gives but we cannot place: what refers to it is unknown too
        out.append({"start": first.start, "end": last.end, "text": view.text[first.start:last.end],
                    "type": hit.reading.type, "value": value})
    return out


def _sentence_tokens(view: DocView, offset: int) -> tuple[int, int]:
    start, end = view.sentence_of(offset)
    return view.token_at(start), view.token_at(end)


class TimeComponent:
    def __init__(self, words_path: str | None = None) -> None:
        self.finder = Finder(load_time_words(words_path))

    def __call__(self, doc: Doc) -> Doc:
        view = DocView.from_doc(doc)
        doc._.timexes = find_timexes(view, self.finder, doc.user_data.get("kronika_date"))
        return doc


@Language.factory("kronika_time", default_config={"words": None})
def make_time(nlp: Language, name: str, words: str | None) -> TimeComponent:
    return TimeComponent(words)
