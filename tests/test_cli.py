"""The `kronika` command as a user runs it: real processes, real files, real exit codes."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not there")

WORDS = ("rząd sejm minister wojsko granica umowa spotkanie prezydent premier agencja raport rozmowy "
         "negocjacje sankcje pomoc dostawa system obrona bezpieczeństwo współpraca gospodarka ćwiczenia "
         "sojusz dyplomacja konferencja deklaracja decyzja komunikat analiza eksperci wybory budżet").split()


def kronika(*args: str, db: Path | None = None, check_ok: bool = True, timeout: int = 300):
    command = [sys.executable, "-m", "kronika.cli"]
    if db is not None:
        command += ["--db", str(db)]
    result = subprocess.run(command + list(args), capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "KRONIKA_DEBUG": "0"})
    if check_ok:
        assert result.returncode == 0, result.stderr
    return result


def assert_one_line_error(result) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def write_articles(folder: Path, count: int, seed: int = 7) -> None:
    """Distinct Polish-looking articles (random word order, so no two are near-duplicates)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        sentences = [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(25)]
        (folder / f"{number:04d}.txt").write_text(f"Artykuł numer {number}. " + " ".join(sentences), "utf-8")


def stored_count(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("select count(*) from documents").fetchone()[0]


@needs_seeds
def test_seeds_are_stored_dated_and_found_by_an_inflected_name(tmp_path):
    db = tmp_path / "k.db"
    summary = json.loads(kronika("ingest", str(SEEDS), "--json", db=db).stdout)
    assert (summary["read"], summary["new"], summary["skipped"]) == (2, 2, 0)
    ids = {}
    for line in kronika("export", "--format", "jsonl", db=db).stdout.splitlines():
        document = json.loads(line)
        ids[Path(document["source"]).name[:3]] = document
    assert ids["000"]["date"] == "2022-12"
    assert ids["000"]["text"].startswith("W Mińsku")
    assert ids["004"]["date"] is None
    hits = [json.loads(line) for line in kronika("search", "Łukaszenka", "--json", db=db).stdout.splitlines()]
    assert {hit["doc_id"] for hit in hits} == {ids["000"]["id"], ids["004"]["id"]}


@needs_seeds
def test_ingesting_the_same_content_twice_stores_it_once(tmp_path):
    db = tmp_path / "k.db"
    kronika("ingest", str(SEEDS), db=db)
    summary = json.loads(kronika("ingest", str(SEEDS), "--json", db=db).stdout)
    assert (summary["new"], summary["duplicate"]) == (0, 2)
    assert stored_count(db) == 2


def test_extract_prints_one_analysed_document_per_line_with_the_given_date(tmp_path):
    undated = tmp_path / "a.txt"
    undated.write_text("Prezydent Białorusi spotkał się wczoraj z ministrem ds. obrony.\n", "utf-8")
    dated = tmp_path / "b.txt"
    dated.write_text(" date 2024-03-12 Rosja i Białoruś podpisały umowę o współpracy.", "utf-8")
    result = kronika("extract", str(undated), str(dated), "--date", "2023-05", "--format", "jsonl")
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["date"] for d in documents] == ["2023-05", "2024-03-12"]
    first, second = documents
    assert first["text"] == undated.read_text("utf-8")
    assert second["text"] == "Rosja i Białoruś podpisały umowę o współpracy."
    for document in documents:
        assert document["schema_version"]
        assert document["tokens"] and document["sentences"]
        for token in document["tokens"]:
            assert document["text"][token["start"]:token["end"]] == token["text"]
    lemmas = {t["text"]: t["lemma"] for t in first["tokens"]}
    assert lemmas["Białorusi"] == "Białoruś"
    assert lemmas["ds."] != ""


@pytest.mark.parametrize("name, content, reason", [
    ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
])
def test_a_bad_single_file_gets_one_line_and_a_non_zero_exit(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    line = assert_one_line_error(kronika("ingest", str(path), db=tmp_path / "k.db", check_ok=False))
    assert str(path) in line and reason in line.lower()
    line = assert_one_line_error(kronika("extract", str(path), check_ok=False))
    assert reason in line.lower()


def test_a_missing_path_gets_one_line(tmp_path):
    line = assert_one_line_error(kronika("ingest", str(tmp_path / "nowhere"), db=tmp_path / "k.db", check_ok=False))
    assert "nowhere" in line


def test_a_file_over_the_size_limit_is_skipped_with_the_limit_named(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Długi artykuł o negocjacjach. " * 100, "utf-8")
    line = assert_one_line_error(kronika("extract", str(path), "--max-bytes", "1000", check_ok=False))
    assert "1000" in line or "limit" in line.lower()


def test_undecodable_bytes_are_skipped(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(0x80, 0xA0)) * 20)
    line = assert_one_line_error(kronika("extract", str(path), check_ok=False))
    assert "garbage.txt" in line


def test_a_malformed_json_line_is_reported_by_number_and_the_rest_is_stored(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = {"text": "Minister obrony zapowiedział nowe ćwiczenia wojskowe na wschodzie kraju.", "date": "2024-05-01"}
    other = {"text": "Agencja poinformowała o spotkaniu premierów w Warszawie w przyszłym tygodniu."}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{to nie jest json\n"
                    + json.dumps(other, ensure_ascii=False) + "\n", "utf-8")
    db = tmp_path / "k.db"
    result = kronika("ingest", str(path), db=db)
    assert "feed.jsonl:2" in result.stderr
    assert "Traceback" not in result.stderr
    assert stored_count(db) == 2


def test_bad_options_and_an_unreachable_database_get_one_line(tmp_path):
    seed = tmp_path / "a.txt"
    seed.write_text("Rozmowy w Mińsku zakończyły się bez porozumienia.", "utf-8")
    assert "--date" in assert_one_line_error(kronika("extract", str(seed), "--date", "wczoraj", check_ok=False))
    unreachable = "postgresql://nobody:secret@127.0.0.1:9/none"
    assert_one_line_error(kronika("--db", unreachable, "stats", check_ok=False))
    assert_one_line_error(kronika("show", "no-such-id", db=tmp_path / "k.db", check_ok=False))


def test_export_writes_jsonl_csv_and_parquet(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    db = tmp_path / "k.db"
    kronika("ingest", str(folder), db=db)
    kronika("export", "--format", "csv", "-o", str(tmp_path / "out.csv"), db=db)
    kronika("export", "--format", "parquet", "-o", str(tmp_path / "out.parquet"), db=db)
    jsonl = kronika("export", "--format", "jsonl", db=db).stdout.splitlines()
    assert len(jsonl) == 3
    import csv

    import pyarrow.parquet as pq

    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 3
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 3
    assert_one_line_error(kronika("export", "--format", "parquet", db=db, check_ok=False))


def _ingest_until_some_are_stored(folder: Path, db: Path, at_least: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "kronika.cli", "--db", str(db), "ingest", str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if db.exists():
            try:
                if stored_count(db) >= at_least:
                    return process
            except sqlite3.OperationalError:
                pass  # the table is not created yet
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.05)
    process.kill()
    pytest.fail("ingest stored nothing in two minutes")


@pytest.mark.parametrize("how", ["kill -9", "ctrl-c"])
def test_an_interrupted_ingest_keeps_what_it_stored_and_a_rerun_continues(tmp_path, how):
    folder, db = tmp_path / "in", tmp_path / "k.db"
    write_articles(folder, 150)
    process = _ingest_until_some_are_stored(folder, db, at_least=3)
    process.send_signal(signal.SIGKILL if how == "kill -9" else signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    if how == "ctrl-c":
        assert process.returncode == 130 and "interrupted" in stderr and "Traceback" not in stderr
    kept = stored_count(db)
    assert 3 <= kept < 150
    for line in kronika("export", "--format", "jsonl", db=db).stdout.splitlines():
        document = json.loads(line)
        assert document["tokens"] and document["text"].startswith("Artykuł numer")
    summary = json.loads(kronika("ingest", str(folder), "--json", db=db).stdout)
    assert summary["duplicate"] == kept
    assert summary["new"] == 150 - kept
    assert stored_count(db) == 150


def test_published_json_schema_matches_the_model():
    from kronika.document import json_schema

    published = Path(__file__).resolve().parents[1] / "schema" / "document.schema.json"
    assert json.loads(published.read_text("utf-8")) == json_schema(), "run `make schema`"


def _slavicner_folder(root: Path) -> Path:
    """A one-document SlavicNER-layout folder, with a gold annotation written by hand."""
    text = "Putin i Łukaszenka\n\nWładimir Putin spotkał się z Alaksandrem Łukaszenką w Mińsku."
    (root / "raw" / "t" / "pl").mkdir(parents=True)
    (root / "ner" / "t" / "pl").mkdir(parents=True)
    (root / "raw" / "t" / "pl" / "d1.txt").write_text(text, encoding="utf-8")
    gold = [("Putin", "Putin", "PER", "PER-Putin"), ("Łukaszenka", "Łukaszenka", "PER", "PER-Lukaszenka"),
            ("Władimir Putin", "Władimir Putin", "PER", "PER-Putin"),
            ("Alaksandrem Łukaszenką", "Alaksandr Łukaszenka", "PER", "PER-Lukaszenka"),
            ("Mińsku", "Mińsk", "LOC", "GPE-Minsk")]
    lines, position = [], 0
    for surface, lemma, type_, ident in gold:
        start = text.index(surface, position)
        position = start + len(surface)
        lines.append(f"{start}\t{position}\t{surface}\t{lemma}\t{type_}\t{ident}")
    (root / "ner" / "t" / "pl" / "d1.txt.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_eval_slavicner_scores_the_pipeline_on_a_slavicner_folder(tmp_path):
    folder = _slavicner_folder(tmp_path / "gold")
    result = json.loads(kronika("eval", "slavicner", str(folder), "--json").stdout)
    assert result["docs"] == 1 and result["overall"]["gold"] == 5
    assert result["overall"]["tp"] >= 4
    assert result["lemma_accuracy"] >= 0.6  # "Łukaszenka" → "Łukaszenk" is a known base-form error (see README)
    assert 0.0 < result["bcubed"]["f1"] <= 1.0
    text = kronika("eval", "slavicner", str(folder)).stdout
    assert "B-cubed over entity ids on matched mentions" in text


def test_eval_slavicner_refuses_a_folder_without_raw(tmp_path):
    assert "raw/" in assert_one_line_error(kronika("eval", "slavicner", str(tmp_path), check_ok=False))


def test_a_bad_entity_model_path_is_one_clear_error_line(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("Putin spotkał się z Łukaszenką w Mińsku.", encoding="utf-8")
    (tmp_path / "model").write_text("to nie jest model", encoding="utf-8")
    monkeypatch.setenv("KRONIKA_NER_MODEL", str(tmp_path / "model"))
    result = kronika("extract", str(article), "--format", "jsonl", check_ok=False)
    line = assert_one_line_error(result)
    assert result.returncode == 2 and "KRONIKA_NER_MODEL" in line and "internal error" not in line
