"""Export stored documents as JSON Lines, CSV or Parquet.

jsonl    one `Document.model_dump_json()` per line (the published document schema)
csv      one row per document: FLAT_COLUMNS (metadata, counts, text)
parquet  FLAT_COLUMNS plus `document`, the full document as a JSON string

A path is written through a temporary file and renamed at the end, so an interrupted export never
leaves a truncated file under the final name. A file object is written as it is given.
"""

from __future__ import annotations

import csv
import io
import os
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from kronika.document import Document
from kronika.errors import StoreError

FORMATS = ("jsonl", "csv", "parquet")
COUNTS = ("sentences", "tokens", "mentions", "entities", "quotes", "events", "timexes")
FLAT_COLUMNS = (
    "id", "date", "lang", "title", "source", "url", "outlet", "content_hash", "near_duplicate_of",
    *(f"n_{name}" for name in COUNTS),
    "text",
)
ROW_GROUP = 1000


def flat(document: Document) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": document.id,
        "date": document.date,
        "lang": document.lang,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "outlet": document.outlet,
        "content_hash": document.content_hash,
        "near_duplicate_of": document.near_duplicate_of,
    }
    for name in COUNTS:
        row[f"n_{name}"] = len(getattr(document, name))
    row["text"] = document.text
    return row


def export(rows: Iterable[tuple[Any, str]], fmt: str, out: str | os.PathLike | IO) -> int:
    """Write documents ((row, JSON body) pairs from the store) to `out`; returns how many."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    # Bodies are re-read through the model, so the output has the current schema's shape.
    documents = (Document.model_validate_json(body) for _row, body in rows)
    if fmt == "parquet":
        with _binary(out) as target:
            return _parquet(documents, target)
    with _text(out) as target:
        return _jsonl(documents, target) if fmt == "jsonl" else _csv(documents, target)


def _jsonl(documents: Iterator[Document], out: IO[str]) -> int:
    n = 0
    for n, document in enumerate(documents, 1):
        out.write(document.model_dump_json())
        out.write("\n")
    return n


def _csv(documents: Iterator[Document], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, document in enumerate(documents, 1):
        writer.writerow({k: "" if v is None else v for k, v in flat(document).items()})
    return n


def parquet_schema():
    import pyarrow as pa

    fields = [pa.field(name, pa.int32() if name.startswith("n_") else pa.string()) for name in FLAT_COLUMNS]
    fields[FLAT_COLUMNS.index("id")] = pa.field("id", pa.string(), nullable=False)
    return pa.schema([*fields, pa.field("document", pa.string(), nullable=False)])


def _parquet(documents: Iterator[Document], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for document in documents:
            batch.append({**flat(document), "document": document.model_dump_json()})
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


@contextmanager
def _atomic(path: Path, mode: str, **options: Any) -> Iterator[IO]:
    if not path.parent.exists():
        raise StoreError(f"cannot export to {path}: directory {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, mode, **options) as handle:
            yield handle
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def _text(out: str | os.PathLike | IO) -> Iterator[IO[str]]:
    if isinstance(out, (str, os.PathLike)):
        with _atomic(Path(out), "w", encoding="utf-8", newline="") as handle:
            yield handle
    elif isinstance(out, io.TextIOBase):
        yield out
    else:  # a binary stream: encode as UTF-8 and leave the stream open
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()


@contextmanager
def _binary(out: str | os.PathLike | IO) -> Iterator[IO[bytes]]:
    if isinstance(out, (str, os.PathLike)):
        with _atomic(Path(out), "wb") as handle:
            yield handle
    elif isinstance(out, io.TextIOBase):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise StoreError("Parquet is binary: give a path or a binary file, not a text stream")
        out.flush()
        yield buffer
    else:
        yield out
