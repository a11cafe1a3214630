"""A store with our sample corpus and the seeds, built once per test session, for the serve tests."""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


@lru_cache(maxsize=1)
def nlp():
    import kronika

    return kronika.load()


def build_store(folder: Path) -> Path:
    """Ingest examples/corpus and (where present) ../shared/seeds into folder/corpus.db."""
    from kronika import jobs
    from kronika.store import open_store

    path = folder / "corpus.db"
    paths = [CORPUS] + ([SEEDS] if SEEDS.is_dir() else [])
    with open_store(str(path)) as store:
        jobs.ingest(nlp(), store, paths, workers=1)
    return path


def copy_store(source: Path, folder: Path) -> Path:
    """A private copy for tests that write (SQLite in WAL mode: the store is closed, so one file)."""
    target = folder / "copy.db"
    shutil.copyfile(source, target)
    return target


_folder: list[Path] = []


def corpus_store() -> Path:
    """The session's corpus store (built on first use, removed when the session ends)."""
    if not _folder:
        import atexit
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="kronika-serve-"))
        atexit.register(shutil.rmtree, folder, True)
        build_store(folder)
        _folder.append(folder)
    return _folder[0] / "corpus.db"
