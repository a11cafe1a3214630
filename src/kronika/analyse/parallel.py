"""Analysis on every core of one machine: batches of articles go to worker processes.

The pipeline is pure Python for the most part, so threads would share one core; processes
forked from the parent inherit its loaded pipeline (Morfeusz, models, warm caches) without
reloading it. Results come back in input order, with a bounded number of batches in flight so
that memory stays flat on a large folder. One worker (or a machine with one core) analyses in
the calling process. For many machines, see :mod:`kronika.distributed` (Ray).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from kronika.analyse.convert import analyse_articles
from kronika.document import Document
from kronika.ingest.article import Article

_NLP = None  # the pipeline a forked worker inherits
T = TypeVar("T")


def default_workers() -> int:
    """KRONIKA_WORKERS, else the cores this process may use."""
    configured = os.environ.get("KRONIKA_WORKERS")
    if configured and configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(parent: int) -> None:
    """Ctrl-C is the parent's to handle: it stops submitting, stores what came back, and exits.
    A worker whose parent is killed outright (kill -9) ends too, instead of holding its pipes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _analyse_batch(articles: list[Article]) -> list[Document]:
    return list(analyse_articles(_NLP, articles))


class Analyser:
    """``analyse(batches)`` yields ``(documents, payload)`` for each ``(articles, payload)`` batch, in
    order, using `workers` processes; the payload stays in this process (e.g. fingerprints)."""

    def __init__(self, nlp, workers: int | None = None) -> None:
        self.nlp = nlp
        self.workers = workers or default_workers()
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "Analyser":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        global _NLP
        if self._pool is None:
            _NLP = self.nlp  # set before the fork, so every worker starts with it
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_start_worker, initargs=(os.getpid(),))
        return self._pool

    def analyse(self, batches: Iterable[tuple[list[Article], T]]) -> Iterator[tuple[list[Document], T]]:
        if self.workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            for articles, payload in batches:
                yield list(analyse_articles(self.nlp, articles)), payload
            return
        pending: deque[tuple[Future, T]] = deque()
        for articles, payload in batches:
            pending.append((self._executor().submit(_analyse_batch, articles), payload))
            while len(pending) > 2 * self.workers:
                future, first = pending.popleft()
                yield future.result(), first
        while pending:
            future, first = pending.popleft()
            yield future.result(), first
