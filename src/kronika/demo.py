"""`make demo`: analyse the sample corpus shipped in examples/corpus into a fresh local store and
show what was found, by running the same commands a user would type."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

from rich.console import Console

from kronika.cli import cli

CORPUS = Path("examples/corpus")
STORE = Path(".kronika/demo.db")
console = Console(highlight=False)


def run(*args: str) -> None:
    console.rule(f"[bold]$ kronika {shlex.join(args)}", align="left")
    cli.main(args=["--db", str(STORE), *args], prog_name="kronika", standalone_mode=False)


def first_document_id() -> str:
    from kronika.store import open_store

    with open_store(str(STORE)) as store:
        hits = store.search("Łukaszenka", limit=1)
        return hits[0].doc_id if hits else next(store.documents()).id


def main() -> None:
    if not CORPUS.is_dir():
        raise SystemExit(f"kronika demo: {CORPUS} not found; run `make demo` from the project's root")
    shutil.rmtree(STORE.parent, ignore_errors=True)
    STORE.parent.mkdir(parents=True)
    run("ingest", str(CORPUS))
    run("ingest", str(CORPUS))  # a second run stores nothing again
    run("stats")
    run("search", "Łukaszenka")
    run("search", "system", "rakietowy")
    run("show", first_document_id())
    run("sources", "--source", "BelTA")
    run("timeline", "--entity", "Łukaszenka")
    console.rule()
    console.print(f"The store is [bold]{STORE}[/bold]; try: .venv/bin/kronika --db {STORE} search Putin")
    console.print(f"Web UI and HTTP API: run [bold]make serve[/bold] (or .venv/bin/kronika --db {STORE} serve) "
                  "and open [bold]http://127.0.0.1:8000/[/bold]; the API is under /api (docs/api.md)")


if __name__ == "__main__":
    main()
