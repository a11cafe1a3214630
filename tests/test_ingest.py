"""read_paths: plain text, JSON Lines, folders, and every kind of bad input becoming a Skipped."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kronika.errors import InputError
from kronika.ingest import Article, Skipped, read_paths

BODY = (
    "Sejm przyjął w piątek ustawę o ochronie ludności. Za głosowało 420 posłów, "
    "przeciw było 12, a 5 wstrzymało się od głosu. Ustawa trafi teraz do Senatu."
)


def read_all(*paths: Path, **options) -> list[Article | Skipped]:
    return list(read_paths([str(path) for path in paths], **options))


def read_one(path: Path, **options) -> Article | Skipped:
    results = read_all(path, **options)
    assert len(results) == 1, results
    return results[0]


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


# --- plain text -----------------------------------------------------------------------------


def test_text_is_exactly_the_file_content(tmp_path):
    content = "Ustawa przyjęta\r\n\r\n" + BODY.replace(". ", ".\r\n") + "\r\n\n  \n"
    article = read_one(write(tmp_path / "a.txt", content))
    assert isinstance(article, Article)
    assert article.text == content
    assert article.text.encode("utf-8") == (tmp_path / "a.txt").read_bytes()
    assert article.format == "text"
    assert article.source == str(tmp_path / "a.txt")
    assert article.encoding == "utf-8"
    assert article.lang == "pl"
    assert article.date is None


def test_title_is_a_short_first_line_before_a_blank_line(tmp_path):
    article = read_one(write(tmp_path / "a.txt", "Sejm przyjął ustawę o ochronie ludności\n\n" + BODY + "\n"))
    assert article.title == "Sejm przyjął ustawę o ochronie ludności"
    assert article.text.startswith("Sejm przyjął ustawę o ochronie ludności\n\n")


@pytest.mark.parametrize(
    "content",
    [
        BODY + "\n\nDrugi akapit.",  # first line ends like a sentence
        "Krótka linia bez pustej linii\n" + BODY,  # no blank line after it
        "Długi nagłówek " * 20 + "\n\n" + BODY,  # over 200 characters
        "Tylko jedna linia\n\n",  # nothing after it: the line is the article
    ],
)
def test_no_title_when_the_first_line_is_not_headline_like(tmp_path, content):
    article = read_one(write(tmp_path / "a.txt", content))
    assert article.title is None
    assert article.text == content


def test_question_headline_is_a_title(tmp_path):
    article = read_one(write(tmp_path / "a.txt", "Czy Senat poprze ustawę?\n\n" + BODY))
    assert article.title == "Czy Senat poprze ustawę?"


def test_date_marker_becomes_the_date_and_leaves_the_text(tmp_path):
    article = read_one(write(tmp_path / "a.txt", " date 2022-12 " + BODY + "\n"))
    assert article.date == "2022-12"
    assert article.text == BODY + "\n"
    assert article.meta["header_chars"] == len(" date 2022-12 ")


def test_date_marker_on_its_own_line_with_full_date(tmp_path):
    article = read_one(write(tmp_path / "a.txt", "date 2023-01-05\nUstawa przyjęta\n\n" + BODY))
    assert article.date == "2023-01-05"
    assert article.text == "Ustawa przyjęta\n\n" + BODY
    assert article.title == "Ustawa przyjęta"


@pytest.mark.parametrize("content", [" date 2022-13 " + BODY, "Mandate 2022-12 " + BODY, "date 2022-12-06," + BODY])
def test_text_that_only_resembles_a_marker_is_kept(tmp_path, content):
    article = read_one(write(tmp_path / "a.txt", content))
    assert article.date is None
    assert article.text == content


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    article = read_one(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + BODY.encode("utf-8")))
    assert article.text == BODY
    assert article.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_legacy_polish_encodings_are_decoded(tmp_path, encoding):
    content = "Źródła: Świątek i Ścibor jadą ąę źle, żółw śpi. " + BODY
    article = read_one(write(tmp_path / "a.txt", content.encode(encoding)))
    assert article.text == content
    assert article.encoding == encoding


def test_file_without_extension_is_read_as_text(tmp_path):
    article = read_one(write(tmp_path / "ARTYKUL", BODY))
    assert article.format == "text"
    assert article.text == BODY


# --- JSON Lines -----------------------------------------------------------------------------


def test_jsonl_fields_map_onto_the_article(tmp_path):
    record = {
        "id": "pap-17",
        "text": "  " + BODY + "\n",
        "title": "Ustawa przyjęta",
        "url": "https://wiadomosci.example/ustawa",
        "date": "2023-03-14T08:30:00+01:00",
        "source": "Agencja Przykładowa",
        "section": "kraj",
    }
    article = read_one(write(tmp_path / "a.jsonl", json.dumps(record, ensure_ascii=False) + "\n"))
    assert article.format == "jsonl"
    assert article.source == f"{tmp_path / 'a.jsonl'}:1"
    assert article.text == "  " + BODY + "\n"  # exactly as given
    assert (article.id, article.title, article.url) == ("pap-17", "Ustawa przyjęta", "https://wiadomosci.example/ustawa")
    assert article.date == "2023-03-14"
    assert article.outlet == "Agencja Przykładowa"
    assert article.meta == {"section": "kraj"}
    assert article.lang == "pl"


def test_jsonl_malformed_line_is_skipped_and_the_rest_read(tmp_path):
    lines = [
        json.dumps({"text": BODY, "id": 1}),
        '{"text": "urwany rekord',
        "",
        json.dumps({"text": "Prezydent podpisał ustawę w poniedziałek.", "id": 3}),
    ]
    path = write(tmp_path / "a.ndjson", "\n".join(lines) + "\n")
    results = read_all(path)
    assert [type(result) for result in results] == [Article, Skipped, Article]
    assert [result.id for result in results if isinstance(result, Article)] == ["1", "3"]
    assert results[1].source == f"{path}:2"
    assert "malformed JSON" in results[1].reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (json.dumps({"title": "Bez treści"}), 'no "text"'),
        (json.dumps({"text": "   "}), "empty document"),
        (json.dumps({"text": BODY, "date": "wczoraj"}), "not an ISO date"),
        (json.dumps({"text": BODY, "title": 5}), '"title" must be a string'),
        (json.dumps([BODY]), "JSON array, not an object"),
    ],
)
def test_jsonl_invalid_records_are_skipped_with_a_reason(tmp_path, line, reason):
    skipped = read_one(write(tmp_path / "a.jsonl", line + "\n"))
    assert isinstance(skipped, Skipped)
    assert reason in skipped.reason


def test_jsonl_line_over_the_limit_is_skipped(tmp_path):
    long_line = json.dumps({"text": BODY * 10})
    path = write(tmp_path / "a.jsonl", long_line + "\n" + json.dumps({"text": BODY}) + "\n")
    results = read_all(path, max_bytes=len(long_line) - 1)
    assert isinstance(results[0], Skipped) and "over the limit" in results[0].reason
    assert isinstance(results[1], Article) and results[1].source == f"{path}:2"


# --- bad inputs -----------------------------------------------------------------------------


def test_missing_path_raises_before_anything_is_read(tmp_path):
    good = write(tmp_path / "a.txt", BODY)
    missing = tmp_path / "brak.txt"
    with pytest.raises(InputError, match=f"no such file or directory: {missing}"):
        read_paths([good, missing])  # raises on the call, not on first iteration


def test_png_is_skipped_as_binary(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
    for name in ("obraz.png", "udaje.txt", "bez_rozszerzenia"):
        skipped = read_one(write(tmp_path / name, png))
        assert isinstance(skipped, Skipped)
        assert skipped.reason == "binary file (PNG image)"


def test_nul_bytes_mean_binary(tmp_path):
    skipped = read_one(write(tmp_path / "a.txt", BODY.encode() + b"\x00\x01\x02" + BODY.encode()))
    assert skipped.reason == "binary file (contains NUL bytes)"


def test_bytes_invalid_in_every_encoding_are_skipped(tmp_path):
    skipped = read_one(write(tmp_path / "a.txt", bytes(range(0x80, 0x100)) * 4))
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("undecodable bytes")


def test_empty_and_whitespace_only_files_are_skipped(tmp_path):
    empty = write(tmp_path / "a.txt", b"")
    blank = write(tmp_path / "b.txt", " \n\t\r\n  \n")
    only_marker = write(tmp_path / "c.txt", " date 2022-12 \n")
    results = read_all(empty, blank, only_marker)
    assert [result.reason for result in results] == [
        "empty document (0 bytes)",
        "empty document (only whitespace)",
        "empty document (nothing after the date marker)",
    ]


def test_file_over_the_size_limit_is_skipped_with_the_limit(tmp_path):
    skipped = read_one(write(tmp_path / "a.txt", BODY), max_bytes=100)
    assert isinstance(skipped, Skipped)
    assert "over the limit of 100 bytes" in skipped.reason


def test_unreadable_file_is_skipped(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read any file")
        skipped = read_one(path)
        assert skipped == Skipped(str(path), "cannot read file: permission denied")
    finally:
        path.chmod(0o644)


def test_unknown_extension_is_skipped(tmp_path):
    skipped = read_one(write(tmp_path / "tabela.csv", "kolumna;wartość\nposłowie;420\n"))
    assert skipped.reason.startswith("unknown format '.csv'")


def test_xml_that_is_not_a_feed_is_an_unknown_format(tmp_path):
    skipped = read_one(write(tmp_path / "dane.xml", '<?xml version="1.0"?>\n<spis><pozycja>1</pozycja></spis>\n'))
    assert skipped.reason == "unknown format: XML that is not an RSS or Atom feed"


def test_a_corpus_of_bad_files_yields_only_skips(tmp_path):
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "b.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "c.jsonl", "{nie json}\n")
    write(tmp_path / "d.warc", "to nie jest archiwum\n")
    write(tmp_path / "e.html", "<html><body></body></html>")
    write(tmp_path / "f.rss", "<rss version='2.0'><channel><title>Pusty</title></channel></rss>")
    results = read_all(tmp_path)
    assert len(results) == 6
    assert all(isinstance(result, Skipped) and result.reason for result in results)


# --- folders --------------------------------------------------------------------------------


def test_folders_are_walked_recursively_in_sorted_order_without_hidden_entries(tmp_path):
    for relative in ["b.txt", "a/z.txt", "a/c/d.txt", "a.txt", ".ukryty.txt", ".git/x.txt", "a/.y.txt"]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path, BODY)
    sources = [result.source for result in read_all(tmp_path)]
    expected = ["a/c/d.txt", "a/z.txt", "a.txt", "b.txt"]
    assert sources == [str(tmp_path / relative) for relative in expected]


def test_a_file_reached_twice_is_read_once(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    assert len(read_all(path, tmp_path, path)) == 1


def test_permission_error_is_skipped_even_when_running_as_root(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", BODY)
    original_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return original_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert read_one(path) == Skipped(str(path), "cannot read file: permission denied")


def test_unreadable_folder_is_skipped_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "zamkniety").mkdir()
    good = write(tmp_path / "b.txt", BODY)
    original_scandir = os.scandir

    def refuse(path):
        if Path(path).name == "zamkniety":
            raise PermissionError(13, "Permission denied", str(path))
        return original_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    first, second = read_all(tmp_path)
    assert first.source == str(good)
    assert second == Skipped(str(tmp_path / "zamkniety"), "cannot read folder: permission denied")


def test_a_single_path_may_be_given_as_a_string(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    [article] = read_paths(str(path))
    assert article.source == str(path)


def test_xml_without_extension_that_is_not_a_feed_is_skipped(tmp_path):
    skipped = read_one(write(tmp_path / "dane", '<?xml version="1.0"?><spis/>'))
    assert skipped.reason == "unknown format: XML that is not an RSS or Atom feed"


def test_jsonl_is_recognised_without_extension(tmp_path):
    article = read_one(write(tmp_path / "eksport", json.dumps({"text": BODY}) + "\n"))
    assert article.format == "jsonl"
