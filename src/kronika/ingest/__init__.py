"""Ingestion: files and folders → `Article`s (or reasoned `Skipped`s) for the analyser.

Formats: plain text, JSON Lines, HTML, RSS/Atom feeds and WARC archives, detected by
extension and content. See `read_paths`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kronika.ingest.article import Article, Skipped
from kronika.ingest.files import check_paths_exist, expand_paths
from kronika.ingest.language import detect_language
from kronika.ingest.reader import read_file

__all__ = ["Article", "Skipped", "detect_language", "read_paths"]

DEFAULT_MAX_BYTES = 20_000_000


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Skipped]:
    """Articles in the given files and folders, in a deterministic order.

    Raises InputError at once (before iterating) if a path does not exist; after that every
    problem with a file, line or record is yielded as a `Skipped` with its reason. `max_bytes`
    limits a whole file, or each line/record of a JSON Lines file or WARC archive.
    Articles whose input names no language get one detected from their text.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not the characters of its name
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    checked = check_paths_exist(paths)
    return _read_all(checked, max_bytes)


def _read_all(paths: list[Path], max_bytes: int) -> Iterator[Article | Skipped]:
    for item in expand_paths(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        for result in read_file(item, max_bytes):
            if isinstance(result, Article) and result.lang is None:
                result.lang = detect_language(result.text)
            yield result
