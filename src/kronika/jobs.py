"""The main jobs, shared by the CLI, the demo and the benchmark: read → analyse → store or print.

Reading and analysing stream in batches so that memory stays flat on large folders; each
document is stored in its own transaction, so an interrupted ingest keeps what it committed and
a rerun skips it by content hash before spending time on analysis.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from kronika.analyse.parallel import Analyser
from kronika.document import Document
from kronika.ingest import read_paths
from kronika.ingest.article import Article, Skipped
from kronika.ingest.dedup import fingerprint

BATCH_SIZE = 32


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    languages: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "new": self.new,
            "duplicate": self.duplicate,
            "near_duplicate": self.near_duplicate,
            "skipped": len(self.skipped),
            "languages": dict(self.languages),
            "skipped_reasons": [{"source": s.source, "reason": s.reason} for s in self.skipped],
        }


Tick = Callable[[str], None]


def _nothing(_: str) -> None:
    return None


def _with_default_date(articles: Iterable[Article | Skipped], date: str | None) -> Iterator[Article | Skipped]:
    for item in articles:
        if date and isinstance(item, Article) and not item.date:
            item.date = date
        yield item


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract(nlp, paths, *, date: str | None = None, max_bytes: int | None = None,
            summary: Summary | None = None, tick: Tick = _nothing, workers: int | None = None) -> Iterator[Document]:
    """Analyse articles without storing them; skips are recorded in `summary`.
    `workers`: processes that analyse (default: every core, see :mod:`kronika.analyse.parallel`)."""
    summary = summary if summary is not None else Summary()
    items = _with_default_date(read_paths(paths, **_limit(max_bytes)), date)
    batches = ((_count_and_split(batch, summary), None) for batch in _batches(items, BATCH_SIZE))
    with Analyser(nlp, workers) as analyser:
        for documents, _ in analyser.analyse(batches):
            for document in documents:
                summary.languages[document.lang] += 1
                tick(document.source)
                yield document


def ingest(nlp, store, paths, *, date: str | None = None, max_bytes: int | None = None,
           summary: Summary | None = None, tick: Tick = _nothing, workers: int | None = None) -> Summary:
    """Read, analyse and store articles; content already in the store is not analysed again.
    Only this process writes to the store, one document per transaction, in input order."""
    summary = summary if summary is not None else Summary()
    items = _with_default_date(read_paths(paths, **_limit(max_bytes)), date)

    def fresh_batches():
        for batch in _batches(items, BATCH_SIZE):
            fresh = []
            for article in _count_and_split(batch, summary):
                prints = fingerprint(article.text)
                if store.has_content(prints.content_hash):
                    summary.duplicate += 1
                    tick(article.source)
                else:
                    fresh.append((article, prints))
            if fresh:
                yield [article for article, _ in fresh], fresh

    with Analyser(nlp, workers) as analyser:
        for documents, fresh in analyser.analyse(fresh_batches()):
            for (article, prints), document in zip(fresh, documents):
                result = store.add(document, prints)
                _count_result(summary, result.status, document.lang)
                tick(article.source)
    return summary


def _limit(max_bytes: int | None) -> dict:
    return {} if max_bytes is None else {"max_bytes": max_bytes}


def _count_and_split(batch: list, summary: Summary) -> list[Article]:
    articles = []
    for item in batch:
        if isinstance(item, Skipped):
            summary.skipped.append(item)
        else:
            summary.read += 1
            articles.append(item)
    return articles


def _count_result(summary: Summary, status: str, lang: str) -> None:
    if status == "duplicate":
        summary.duplicate += 1
        return
    summary.languages[lang] += 1
    if status == "near_duplicate":
        summary.near_duplicate += 1
    else:
        summary.new += 1
