"""``kronika_quotes``: quotations, their speakers, source attributions and disagreements.

    >>> import kronika
    >>> doc = kronika.load()("– Nie nazwałbym tego przełomem – mówi analityk OSW Kamil Kłysiński.")
    >>> doc._.quotes[0]["kind"], doc._.quotes[0]["speaker"]
    ('direct', 'klysinski')

Runs after ``kronika_entities`` (speakers are its entity ids). The document's date and outlet,
when the caller knows them, come in ``doc.user_data["kronika_date"]`` / ``["kronika_outlet"]``:
titles resolve through the knowledge base for that date ("prezydent Białorusi" in 2022).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kronika.quotes import direct, indirect
from kronika.quotes.cues import load_cues
from kronika.quotes.disagree import find_disagreements
from kronika.quotes.found import Found
from kronika.quotes.sources import find_attributions
from kronika.quotes.speakers import SpeakerResolver
from kronika.quotes.view import DocView

for _name in ("quotes", "attributions", "disagreements"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def find_quotes(view: DocView, cues) -> list[Found]:
    """Every quotation, direct and indirect, without duplicates."""
    dashes = direct.dash_quotes(view, cues)
    marks = direct.marked_quotes(view, cues, dashes)
    summaries = direct.closing_dash_summaries(view, cues, dashes + marks)
    direct_quotes = dashes + marks + summaries
    own_words = dashes + [q for q in marks if q.kind == "direct"]
    reported = indirect.that_clauses(view, cues) + indirect.opinion_phrases(view, cues) \
        + indirect.headline_statements(view, cues)
    # an aside ("jak relacjonuje BelTA") around a że-clause or opinion is the source, not the speech
    reported += [q for q in indirect.as_said_asides(view, cues) if not any(q.overlaps(r) for r in reported)]
    reported = [q for q in reported if not any(_within(q, d) for d in own_words)]
    reported = _outermost(reported + [q for q in summaries if q.kind == "indirect"])
    # a phrase of two or three words in quote marks is a quotation only inside somebody's reported
    # speech ("zapewnił, że to projekt „czysto komercyjny”"), whose speaker it takes
    direct_quotes = [q for q in direct_quotes if not q.extra.get("phrase") or _mark_phrase(q, reported)]
    return sorted([q for q in direct_quotes if q.kind == "direct"] + reported, key=lambda q: (q.start, q.end))


def _mark_phrase(quote: Found, reported: list[Found]) -> bool:
    if any(r.start <= quote.start and quote.end <= r.end for r in reported):
        quote.follows_previous = True
        return True
    return False


def _within(quote: Found, other: Found) -> bool:
    """`quote` (or the cue that introduces it) lies inside `other`'s content."""
    zone_start = quote.speaker_zone[0] if quote.speaker_zone else quote.start
    return other.start <= min(quote.start, zone_start) and quote.end <= other.end + 1


def _outermost(quotes: list[Found]) -> list[Found]:
    """Nested reported speech ("powiedział, że uważa, że…") is one quotation: the outer one."""
    kept = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue
        kept.append(q)
    return kept


class QuoteComponent:
    def __init__(self, cues_path: str | None = None) -> None:
        self.cues = load_cues(cues_path)
        self._kb = None

    @property
    def kb(self):
        if self._kb is None:
            from kronika.entities.kb import default_kb

            self._kb = default_kb()
        return self._kb

    def __call__(self, doc: Doc) -> Doc:
        view = DocView.from_doc(doc)
        attributions = find_attributions(view, self.cues)
        resolver = SpeakerResolver(view, self.cues, self.kb, doc.user_data.get("kronika_date"),
                                   doc.user_data.get("kronika_outlet"), attributions=attributions)
        quotes = resolver.resolve(find_quotes(view, self.cues))
        if resolver.added:
            doc._.entities = list(doc._.entities or []) + list(resolver.added.values())
        doc._.quotes = quotes
        doc._.attributions = attributions
        doc._.disagreements = find_disagreements(view, quotes)
        return doc


@Language.factory("kronika_quotes", default_config={"cues": None})
def make_quotes(nlp: Language, name: str, cues: str | None) -> QuoteComponent:
    return QuoteComponent(cues)


def quotes_as_dicts(doc: Doc) -> list[dict[str, Any]]:
    return list(doc._.quotes or [])
