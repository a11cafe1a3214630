"""From ingested articles to `Document`s with sentences and tokens (the text layer's output).

    >>> from kronika.analyse.pipeline import build_nlp
    >>> from kronika.analyse.convert import analyse_articles
    >>> nlp = build_nlp()
    >>> for document in analyse_articles(nlp, articles):
    ...     document.tokens[0].lemma, document.sentences[0]

* ``Document.id`` is ``article.id``, or the first 16 hex digits of the SHA-256 of the text;
  ``content_hash`` the full SHA-256 hex digest of the text (UTF-8).
* ``sentences`` are character spans without surrounding whitespace; ``tokens`` are every
  non-whitespace token (``text[t.start:t.end] == t.text``), with lemma, NKJP tag, UPOS and
  whether whitespace follows.
* **Non-Polish articles** (``article.lang`` set and not ``"pl"``) get no Polish analysis at all:
  ``sentences`` come from a plain punctuation-and-newline splitter
  (:func:`kronika.analyse.sentences.simple_sentences`) and ``tokens`` stay empty, since lemmas and
  tags from a Polish dictionary would be wrong. ``lang`` is kept as given. An article without
  ``lang`` is treated as Polish.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from kronika.analyse.sentences import sentence_spans, simple_sentences
from kronika.document import Attribution, Disagreement, Document, Entity, Event, Mention, Quote, Sentence, Timex, Token
from kronika.ingest.article import Article


def is_polish(article: Article) -> bool:
    return not article.lang or article.lang.lower().split("-")[0] == "pl"


def _document(article: Article, sentences: list[Sentence], tokens: list[Token],
              mentions: list[Mention] | None = None, entities: list[Entity] | None = None,
              speech: dict | None = None) -> Document:
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return Document(
        id=article.id or digest[:16],
        source=article.source,
        title=article.title,
        date=article.date,
        lang=(article.lang or "pl"),
        text=article.text,
        url=article.url,
        outlet=article.outlet,
        content_hash=digest,
        sentences=sentences,
        tokens=tokens,
        mentions=mentions or [],
        entities=entities or [],
        **(speech or {}),
    )


def doc_tokens(doc: Doc) -> list[Token]:
    """The non-whitespace tokens of a processed `Doc` as document-model tokens."""
    n = len(doc)
    if not n:
        return []
    arr = doc.to_array([IDX, ORTH, LEMMA, TAG, POS, SPACY, IS_SPACE]).tolist()
    strings = doc.vocab.strings
    names: dict[int, str] = {0: ""}

    def name(h: int) -> str:
        value = names.get(h)
        if value is None:
            value = names[h] = strings[h]
        return value

    out = []
    for k, (idx, orth, lemma, tag, pos, spacy_ws, is_space) in enumerate(arr):
        if is_space:
            continue
        text = name(orth)
        out.append(
            Token(
                start=idx,
                end=idx + len(text),
                text=text,
                lemma=name(lemma) or text,
                tag=name(tag) or "ign",
                pos=POS_NAMES.get(pos) or "X",
                space_after=bool(spacy_ws) or (k + 1 < n and bool(arr[k + 1][6])),
            )
        )
    return out


def doc_sentences(doc: Doc) -> list[Sentence]:
    """Sentence spans of a processed `Doc`, whitespace at either end left out."""
    if not len(doc):
        return []
    if not doc.has_annotation("SENT_START"):
        return [Sentence(start=s, end=e) for s, e in sentence_spans(doc)]
    out = []
    start = end = None
    for k, (idx, length, is_space, sent_start) in enumerate(doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).tolist()):
        if k and sent_start == 1 and start is not None:
            out.append(Sentence(start=start, end=end))
            start = None
        if is_space:
            continue
        if start is None:
            start = idx
        end = idx + length
    if start is not None:
        out.append(Sentence(start=start, end=end))
    return out


def doc_mentions(doc: Doc) -> tuple[list[Mention], list[Entity]]:
    """The entity component's mentions (exact character spans) and entities, if it ran."""
    mentions = doc._.mentions if Doc.has_extension("mentions") else None
    if not mentions:
        return [], []
    fields = Mention.model_fields
    out = [Mention(**{k: v for k, v in m.items() if k in fields}) for m in mentions]
    fields = Entity.model_fields
    entities = [Entity(**{k: v for k, v in e.items() if k in fields}) for e in doc._.entities or []]
    return out, entities


def doc_speech(doc: Doc) -> dict:
    """Quotations, source attributions and disagreements, if the quotes component ran."""
    if not Doc.has_extension("quotes") or doc._.quotes is None:
        return {}
    return {"quotes": [Quote(**q) for q in doc._.quotes],
            "attributions": [Attribution(**a) for a in doc._.attributions or []],
            "disagreements": [Disagreement(**d) for d in doc._.disagreements or []]}


def doc_time(doc: Doc) -> dict:
    """Temporal expressions and events, if their components ran."""
    out = {}
    if Doc.has_extension("timexes") and doc._.timexes is not None:
        out["timexes"] = [Timex(**t) for t in doc._.timexes]
    if Doc.has_extension("events") and doc._.events is not None:
        out["events"] = [Event(**e) for e in doc._.events]
    return out


def _make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised `Doc` that carries what the components may need to know about the article."""
    doc = nlp.make_doc(article.text)
    doc.user_data["kronika_date"] = article.date
    doc.user_data["kronika_outlet"] = article.outlet
    return doc


def _foreign(article: Article) -> Document:
    spans = simple_sentences(article.text)
    return _document(article, [Sentence(start=s, end=e) for s, e in spans], [])


def analyse_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Document]:
    """Analyse articles in order, Polish ones through ``nlp.pipe`` in batches."""
    batch: list[Article] = []

    def flush() -> Iterator[Document]:
        polish = [a for a in batch if is_polish(a)]
        docs = iter(nlp.pipe((_make_doc(nlp, a) for a in polish), batch_size=batch_size))
        for article in batch:
            if is_polish(article):
                doc = next(docs)
                yield _document(article, doc_sentences(doc), doc_tokens(doc), *doc_mentions(doc),
                                {**doc_speech(doc), **doc_time(doc)})
            else:
                yield _foreign(article)

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def analyse_article(nlp: Language, article: Article) -> Document:
    """One article: see :func:`analyse_articles`."""
    return next(analyse_articles(nlp, [article], batch_size=1))
