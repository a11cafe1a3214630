"""`kronika` command line: mirrors the library (ingest, extract, search, show, export, stats, eval).

Every failure a user can cause ends in one line on stderr and a non-zero exit; a traceback is
shown only with KRONIKA_DEBUG=1.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kronika.errors import KronikaError

stderr = Console(stderr=True, highlight=False)
stdout = Console(highlight=False)

DEFAULT_MAX_BYTES = 20_000_000


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"kronika: error: {message}", err=True)
    sys.exit(code)


@contextmanager
def _progress(label: str):
    """A progress line on stderr (hidden when stderr is not a terminal): count, rate, elapsed."""
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
    with Progress(*columns, console=stderr, transient=False, disable=not stderr.is_terminal) as bar:
        task = bar.add_task(label, total=None, rate="")

        def tick(_source: str) -> None:
            bar.advance(task)
            elapsed = bar.tasks[task].elapsed or 0
            done = bar.tasks[task].completed
            if elapsed > 0:
                bar.update(task, rate=f"{done / elapsed:.1f} doc/s")

        yield tick


def _open_store(ctx: click.Context):
    from kronika.store import open_store

    return open_store(ctx.obj["db"])


def _load_nlp():
    import kronika

    return kronika.load()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="KRONIKA_DB", default=None, metavar="URL",
              help="Store: a SQLite file path or URL, or postgresql://… (default: ./kronika.db).")
@click.version_option(package_name="kronika")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Kronika: Polish news articles in, an evidence-linked chronicle out."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


def _date_option(function):
    return click.option("--date", "date", default=None, metavar="YYYY[-MM[-DD]]",
                        help="Date for articles that carry none.")(function)


def _size_option(function):
    return click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                        help="Skip files larger than this.")(function)


def _workers_option(function):
    return click.option("--workers", type=click.IntRange(min=1), default=None, envvar="KRONIKA_WORKERS",
                        help="Processes that analyse (default: one per core).")(function)


def _check_date(date: str | None, option: str = "--date") -> None:
    from kronika.document import PARTIAL_DATE

    if date is not None and not PARTIAL_DATE.match(date):
        raise KronikaError(f"{option} {date!r} is not a date like 2022-12 or 2022-12-06")


def _report_skips(summary) -> None:
    for skipped in summary.skipped:
        click.echo(f"kronika: skipped {skipped.source}: {skipped.reason}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_date_option
@_size_option
@_workers_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def ingest(ctx, paths, date, max_bytes, workers, as_json):
    """Analyse articles (files or folders) and store them."""
    from kronika import jobs

    _check_date(date)
    summary = jobs.Summary()
    nlp = _load_nlp()
    with _open_store(ctx) as store, _progress("ingest") as tick:
        try:
            jobs.ingest(nlp, store, paths, date=date, max_bytes=max_bytes, summary=summary, tick=tick,
                        workers=workers)
        except KeyboardInterrupt:
            _print_summary(summary, as_json)
            _fail(f"interrupted; {summary.new + summary.near_duplicate} new documents were stored, "
                  "run the same command again to continue", 130)
    _print_summary(summary, as_json)
    if summary.read == 0 and summary.skipped:
        sys.exit(1)


def _print_summary(summary, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    _report_skips(summary)
    languages = ", ".join(f"{lang}: {n}" for lang, n in sorted(summary.languages.items())) or "none"
    stdout.print(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
                 f"near-duplicate {summary.near_duplicate}, skipped {len(summary.skipped)} "
                 f"(stored by language: {languages})")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_date_option
@_size_option
@_workers_option
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
def extract(paths, date, max_bytes, workers, fmt):
    """Analyse articles without storing them: one JSON document per line on stdout."""
    from kronika import jobs

    _check_date(date)
    summary = jobs.Summary()
    nlp = _load_nlp()
    written = 0
    with _progress("extract") as tick:
        for document in jobs.extract(nlp, paths, date=date, max_bytes=max_bytes, summary=summary, tick=tick,
                                     workers=workers):
            sys.stdout.write(document.model_dump_json() + "\n")
            written += 1
    sys.stdout.flush()
    _report_skips(summary)
    if written == 0 and summary.skipped:
        sys.exit(1)


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--json", "as_json", is_flag=True, help="One JSON hit per line.")
@click.pass_context
def search(ctx, query, limit, offset, as_json):
    """Find documents; inflection-aware (Łukaszenka finds Łukaszenki)."""
    text = " ".join(query)
    with _open_store(ctx) as store:
        hits = store.search(text, limit=limit, offset=offset)
    if as_json:
        for hit in hits:
            click.echo(json.dumps(_hit_dict(hit), ensure_ascii=False))
        return
    if not hits:
        stdout.print(f"no documents match {text!r}")
        return
    table = Table("id", "date", "title / snippet", show_lines=True)
    for hit in hits:
        table.add_row(hit.doc_id, hit.date or "", f"[bold]{hit.title or hit.source}[/bold]\n{hit.snippet}")
    stdout.print(table)


def _hit_dict(hit) -> dict:
    return {k: getattr(hit, k) for k in ("doc_id", "title", "date", "source", "snippet", "score")}


@cli.command()
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="The whole analysed document as JSON.")
@click.pass_context
def show(ctx, doc_id, as_json):
    """Show one stored document."""
    with _open_store(ctx) as store:
        document = store.get(doc_id)
    if document is None:
        raise KronikaError(f"no document with id {doc_id!r} in the store")
    if as_json:
        click.echo(document.model_dump_json(indent=2))
        return
    from kronika.render import describe_document

    stdout.print(describe_document(document))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: stdout; required for parquet).")
@click.pass_context
def export(ctx, fmt, output):
    """Export every stored document."""
    if fmt == "parquet" and output is None:
        raise KronikaError("--format parquet needs --output FILE")
    with _open_store(ctx) as store:
        if output is None:
            store.export(fmt, sys.stdout)
            return
        mode = "wb" if fmt == "parquet" else "w"
        encoding = None if fmt == "parquet" else "utf-8"
        with open(output, mode, encoding=encoding, newline="" if fmt == "csv" else None) as out:
            store.export(fmt, out)
    click.echo(f"exported to {output}", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats(ctx, as_json):
    """Counts of what the store holds."""
    with _open_store(ctx) as store:
        figures = store.stats()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, default=str))
        return
    table = Table("what", "count", show_header=False)
    for key, value in figures.items():
        table.add_row(str(key), json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value))
    stdout.print(table)


@cli.command()
@click.option("--source", default=None, help="Only this source (its id or name as the text gives it).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source.")
@click.pass_context
def sources(ctx, source, as_json):
    """What each source reported: attributed sentences and quotations, by outlet."""
    from kronika.quotes.reports import reports_by_source

    with _open_store(ctx) as store:
        found = reports_by_source(store.documents(), source=source)
    if as_json:
        for entry in found:
            click.echo(json.dumps(entry, ensure_ascii=False))
        return
    if not found:
        click.echo("no attributed reports in the store", err=True)
        return
    for entry in found:
        about = ", ".join(x for x in (entry["country"], entry["outlet_kind"]) if x)
        stdout.print(f"[bold]{entry['name']}[/bold]" + (f" ({about})" if about else "")
                     + f" — {len(entry['reports'])} report(s)")
        for report in entry["reports"]:
            stdout.print(f"  {report['date'] or '?'}  {report['doc']}  {report['text']}", highlight=False)


@cli.command()
@click.option("--entity", default=None, help="Only events with this participant (id, name or a form the texts use).")
@click.option("--from", "since", default=None, help="From this date (YYYY[-MM[-DD]]), by when events happened.")
@click.option("--to", "until", default=None, help="Up to this date, inclusive at its granularity.")
@click.option("--type", "type_", default=None, help="Only this event type (meet, agree, transfer, …).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True,
              help="json: one merged event per line; csv: a GDELT-like table.")
@click.pass_context
def timeline(ctx, entity, since, until, type_, fmt):
    """Events of the stored articles, merged across articles, in the order they happened."""
    from kronika.chronicle import build_chronicle, filter_chronicle, public, to_csv
    from kronika.events.types import load_schema

    _check_date(since, "--from")
    _check_date(until, "--to")
    if type_ and type_ not in load_schema().types:
        raise KronikaError(f"unknown event type {type_!r} (one of: {', '.join(load_schema().types)})")
    with _open_store(ctx) as store:
        events, _ = build_chronicle(store.documents())
    events = filter_chronicle(events, entity=entity, since=since, until=until, type_=type_)
    if fmt == "json":
        for event in events:
            click.echo(json.dumps(public(event), ensure_ascii=False))
        return
    if fmt == "csv":
        click.echo(to_csv(events), nl=False)
        return
    if not events:
        click.echo("no events match", err=True)
        return
    for e in events:
        def who(*roles: str, e=e) -> str:
            return ", ".join(a["name"] for r in roles for a in e["args"].get(r, []))

        sources = ", ".join(s["name"] for s in e["sources"])
        stdout.print(f"[bold]{e['time'] or '????'}[/bold]  {e['type']} ({e['cameo']})  [italic]{e['modality']}[/italic]  "
                     f"{who('agent')}" + (f" → {who('recipient', 'partner')}" if who('recipient', 'partner') else "")
                     + (f"  w: {who('place')}" if who('place') else "") + (f"  wg: {sources}" if sources else ""),
                     highlight=False)
        for m in e["mentions"][:3]:
            stdout.print(f"    {m['doc']}: {m['evidence'][:160]}", highlight=False)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="KRONIKA_TOKEN", default=None,
              help="Token that writing (POST /api/documents) needs; without one, writing is off. [env: KRONIKA_TOKEN]")
@click.option("--protect-reads", is_flag=True, help="Reading needs the token too.")
@click.option("--max-body-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
              help="Larger request bodies get 413.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each opens the store); more serve more clients at once.")
@click.option("--openapi", "print_openapi", is_flag=True, help="Print the API's OpenAPI schema and exit.")
@click.pass_context
def serve(ctx, host, port, token, protect_reads, max_body_bytes, workers, print_openapi):
    """The web UI and the HTTP API over the store (http://HOST:PORT/, API under /api)."""
    from kronika.serve.app import Settings, create_app, openapi_schema

    if print_openapi:
        click.echo(json.dumps(openapi_schema(), ensure_ascii=False, indent=2))
        return
    if protect_reads and not token:
        raise KronikaError("--protect-reads needs a token (--token or KRONIKA_TOKEN)")
    import uvicorn

    from dataclasses import asdict

    from kronika.serve.app import SETTINGS_ENV

    settings = Settings(db=ctx.obj["db"], token=token, protect_reads=protect_reads, max_body_bytes=max_body_bytes)
    app = create_app(settings)  # opens the store here first: a bad --db fails before listening
    click.echo(f"kronika: serving {app.state.store.location} at http://{host}:{port}/ (API: /api, "
               f"writing {'needs the token' if token else 'off'}, {workers} process(es)); Ctrl-C stops", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    app.state.store.close()
    os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))
    uvicorn.run("kronika.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


@cli.command()
def schema():
    """Print the document model as JSON Schema."""
    from kronika.document import json_schema

    click.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@cli.group()
def eval():  # noqa: A001 - the command's name is what users type
    """Measure quality against gold data."""


@eval.command("ud")
@click.argument("conllu", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def eval_ud(conllu, as_json):
    """Lemma, UPOS and tag accuracy, tokenisation and sentence F1 on a UD CoNLL-U file."""
    from kronika.eval.ud import evaluate_ud

    figures = evaluate_ud(conllu)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False))
        return
    _print_figures(figures)


@eval.command("slavicner")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", default="pl", show_default=True, help="Language folder to score.")
@click.option("--topic", "topics", multiple=True, help="Only these topics (default: all under raw/).")
@click.option("--json", "as_json", is_flag=True)
def eval_slavicner(directory, lang, topics, as_json):
    """Strict NER P/R/F1 per type, lemma accuracy and cross-document B-cubed on a SlavicNER-layout DIR."""
    from kronika.eval.slavicner import main as run_eval

    if not (directory / "raw").is_dir() and directory.name != "raw":
        raise KronikaError(f"{directory} has no raw/ folder (SlavicNER layout: raw/TOPIC/LANG, ner/TOPIC/LANG)")
    run_eval(directory, lang, topics=list(topics) or None, json_out=as_json)


@contextmanager
def _gold_errors(gold: Path):
    """A gold file that names a missing document or is malformed: one error line naming the file."""
    try:
        yield
    except (FileNotFoundError, KeyError, ValueError, TypeError) as error:
        raise KronikaError(f"{gold}: {error}") from None


@eval.command("quotes")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder the gold's `doc` paths are relative to.")
@click.option("--errors", is_flag=True, help="Also list the quotations whose speaker is wrong.")
@click.option("--topic", "topics", multiple=True, help="Only gold documents of this SlavicNER topic (repeatable).")
@click.option("--json", "as_json", is_flag=True)
def eval_quotes(gold, root, errors, topics, as_json):
    """Direct and indirect quotations P/R/F1 (span overlap ≥ 50 %) and speaker accuracy against GOLD."""
    from kronika.eval.quotes import main as run_eval

    with _gold_errors(gold):
        run_eval(gold, root, json_out=as_json, errors=errors, topics=topics)


@eval.command("disagreements")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder the gold's `doc` paths are relative to.")
@click.option("--json", "as_json", is_flag=True)
def eval_disagreements(gold, root, as_json):
    """Precision and recall of disagreements (two statements that contradict each other) against GOLD."""
    from kronika.eval.disagreements import main as run_eval

    with _gold_errors(gold):
        run_eval(gold, root, json_out=as_json)


@eval.command("timex")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder the gold's `doc` paths are relative to.")
@click.option("--errors", is_flag=True, help="Also list the expressions whose value is wrong.")
@click.option("--no-dateparser", is_flag=True, help="Skip the dateparser baseline.")
@click.option("--json", "as_json", is_flag=True)
def eval_timex(gold, root, errors, no_dateparser, as_json):
    """Temporal expressions found (P/R/F1) and value accuracy against GOLD, beside dateparser."""
    from kronika.eval.timex import main as run_eval

    try:
        with _gold_errors(gold):
            run_eval(gold, root, json_out=as_json, errors=errors, baseline=not no_dateparser)
    except ImportError:
        raise KronikaError("the dateparser baseline needs `pip install dateparser` (or use --no-dateparser)") from None


@eval.command("events")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder the gold's `doc` paths are relative to.")
@click.option("--errors", is_flag=True, help="Also list matched events with wrong arguments or modality.")
@click.option("--json", "as_json", is_flag=True)
def eval_events(gold, root, errors, as_json):
    """Events P/R/F1 by type and by type with main arguments, modality, time and source accuracy."""
    from kronika.eval.events import main as run_eval

    with _gold_errors(gold):
        run_eval(gold, root, json_out=as_json, errors=errors)


def _print_figures(figures: dict, prefix: str = "") -> None:
    """Nested figures as aligned `section.name  value` lines."""
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            _print_figures(value, prefix=f"{name}.")
        else:
            stdout.print(f"{name:<34} {value:.4f}" if isinstance(value, float) else f"{name:<34} {value}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors become one line on stderr, never a traceback."""
    debug = os.environ.get("KRONIKA_DEBUG") == "1"
    try:
        cli.main(args=argv, prog_name="kronika", standalone_mode=False)
    except click.exceptions.Abort:
        _fail("interrupted", 130)
    except click.ClickException as error:
        _fail(error.format_message(), error.exit_code)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except KronikaError as error:
        if debug:
            raise
        _fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as error:  # last resort: keep the promise of no traceback
        if debug:
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (run with KRONIKA_DEBUG=1 for details)", 1)


if __name__ == "__main__":
    main()
