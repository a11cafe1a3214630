"""Which files a list of user-given paths stands for."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kronika.errors import InputError
from kronika.ingest.article import Skipped


def check_paths_exist(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The paths as `Path`s; raises InputError for the first one that does not exist."""
    checked = [Path(path) for path in paths]
    for path in checked:
        if not _exists(path):
            raise InputError(f"no such file or directory: {path}")
    return checked


def _exists(path: Path) -> bool:
    try:
        return path.exists()  # False also for a symbolic link whose target is gone
    except OSError:
        return True  # it is there but cannot be looked at: the reader reports that as a Skipped


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files in the order given, folders walked recursively in sorted name order.

    Hidden entries (".name") inside folders are left out; a path the user names explicitly is
    read even if hidden. Each file is yielded once, however many times it is reached.
    """
    seen: set[Path] = set()
    for path in paths:
        found = walk_folder(path) if path.is_dir() else iter([path])
        for item in found:
            if isinstance(item, Path):
                identity = item.resolve()
                if identity in seen:
                    continue
                seen.add(identity)
            yield item


def walk_folder(folder: Path) -> Iterator[Path | Skipped]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(str(folder), f"cannot read folder: {(error.strerror or str(error)).lower()}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(path)
        elif entry.is_symlink() and path.is_dir():
            # Following links to folders could loop forever; the user can name the target.
            yield Skipped(str(path), "symbolic link to a folder, not followed")
        else:
            yield path
