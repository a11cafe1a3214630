"""Exports: JSON Lines, CSV and Parquet, read back."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from conftest import ARTICLE, full_document, generated_document, make_document, make_fingerprint

from kronika.document import Document
from kronika.errors import StoreError
from kronika.store.export import FLAT_COLUMNS


@pytest.fixture
def filled(store):
    documents = [full_document(), make_document(ARTICLE, doc_id="orig", date="2021")]
    edited = ARTICLE.replace("Ustce", "Orzyszu")
    documents.append(make_document(edited, doc_id="edit", title='Tytuł z "cudzysłowem", przecinkiem\ni nową linią'))
    documents.append(make_document("Short English note.", doc_id="en", lang="en"))
    documents += [generated_document(i) for i in range(3)]
    for document in documents:
        store.add(document, make_fingerprint(document.text))
    return store, [store.get(document.id) for document in documents]


def test_jsonl(filled, tmp_path):
    store, expected = filled
    path = tmp_path / "out.jsonl"
    assert store.export("jsonl", path) == len(expected)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == [document.model_dump_json() for document in expected]
    assert [Document.model_validate_json(line) for line in lines] == expected
    assert json.loads(lines[2])["near_duplicate_of"] == "orig"


def test_jsonl_to_file_objects_and_by_language(filled):
    store, expected = filled
    text = io.StringIO()
    assert store.export("jsonl", text, lang="en") == 1
    assert text.getvalue() == expected[3].model_dump_json() + "\n"
    binary = io.BytesIO()
    store.export("jsonl", binary)
    assert binary.getvalue().decode("utf-8").count("\n") == len(expected)


def test_csv(filled, tmp_path):
    store, expected = filled
    path = tmp_path / "out.csv"
    assert store.export("csv", path) == len(expected)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    assert [row["id"] for row in rows] == [d.id for d in expected]
    for row, document in zip(rows, expected):
        assert row["text"] == document.text
        assert row["title"] == (document.title or "")
        assert row["near_duplicate_of"] == (document.near_duplicate_of or "")
        assert int(row["n_mentions"]) == len(document.mentions)
        assert int(row["n_sentences"]) == len(document.sentences)
    assert rows[2]["near_duplicate_of"] == "orig"
    assert rows[0]["date"] == "2022-12" and rows[0]["outlet"] == "Przykładowy Dziennik"

    # pyarrow reads it as well (quoted commas, quotes and newlines inside fields).
    from pyarrow import csv as pacsv

    table = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(strings_can_be_null=False))
    assert table.column("id").to_pylist() == [d.id for d in expected]
    assert table.column("title").to_pylist()[2] == expected[2].title


def test_parquet(filled, tmp_path):
    store, expected = filled
    path = tmp_path / "out.parquet"
    assert store.export("parquet", path) == len(expected)
    table = pq.read_table(path)
    assert table.column_names == [*FLAT_COLUMNS, "document"]
    assert table.num_rows == len(expected)
    assert table.column("id").to_pylist() == [d.id for d in expected]
    assert [Document.model_validate_json(s) for s in table.column("document").to_pylist()] == expected
    assert table.column("n_entities").to_pylist()[0] == 2
    assert table.column("date").to_pylist()[:2] == ["2022-12", "2021"]
    assert table.column("near_duplicate_of").to_pylist()[2] == "orig"
    assert table.column("text").to_pylist() == [d.text for d in expected]
    assert not list(tmp_path.glob(".*partial"))


def test_parquet_of_an_empty_store_and_in_row_groups(store, tmp_path, monkeypatch):
    from kronika.store import export

    assert store.export("parquet", tmp_path / "empty.parquet") == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0
    monkeypatch.setattr(export, "ROW_GROUP", 2)
    for i in range(5):
        store.add(generated_document(i), make_fingerprint(generated_document(i).text))
    buffer = io.BytesIO()
    assert store.export("parquet", buffer) == 5
    buffer.seek(0)
    parquet = pq.ParquetFile(buffer)
    assert parquet.metadata.num_rows == 5 and parquet.num_row_groups == 3


def test_unknown_format(store, tmp_path):
    with pytest.raises(StoreError, match="unknown export format"):
        store.export("xml", tmp_path / "x.xml")
    assert not (tmp_path / "x.xml").exists()
