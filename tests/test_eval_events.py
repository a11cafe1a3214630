"""`kronika eval timex` and `kronika eval events` on small gold files written here (issue #5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kronika.eval import events as events_eval
from kronika.eval import timex as timex_eval

TEXT = ("Rosja i Białoruś mają w piątek podpisać pakt o gwarancjach bezpieczeństwa. "
        "Pół roku temu Putin obiecał przekazać Iskandery Białorusi. Obecnie trwają rozmowy.\n")


def span(text: str, needle: str) -> list[int]:
    start = text.index(needle)
    return [start, start + len(needle)]


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gold")
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def write_gold(folder: Path, name: str, line: dict) -> Path:
    path = folder / name
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_timex_eval_scores_values_and_runs_dateparser_beside(article):
    timexes = [
        {"start": span(TEXT, "piątek")[0], "end": span(TEXT, "piątek")[1], "type": "DATE", "value": "2022-12-09"},
        {"start": span(TEXT, "Pół roku temu")[0], "end": span(TEXT, "Pół roku temu")[1], "type": "DATE", "value": "2022-06"},
        {"start": span(TEXT, "Obecnie")[0], "end": span(TEXT, "Obecnie")[1], "type": "DATE", "value": "PRESENT_REF"},
    ]
    gold = write_gold(article, "timex.jsonl", {"doc": "a.txt", "date": "2022-12-06", "timexes": timexes})
    result = timex_eval.run(gold, article)
    assert result["kronika"]["found"]["tp"] == 3
    assert result["kronika"]["value_accuracy"] == 1.0
    spans = result["dateparser_on_gold_spans"]
    assert spans["gold"] == 3 and 0.0 <= spans["value_accuracy"] < 1.0  # it cannot say PRESENT_REF
    assert "found" in result["dateparser_search"]


def test_timex_eval_counts_a_wrong_value(article):
    wrong = [{"start": span(TEXT, "piątek")[0], "end": span(TEXT, "piątek")[1], "type": "DATE", "value": "2022-12-02"}]
    gold = write_gold(article, "wrong.jsonl", {"doc": "a.txt", "date": "2022-12-06", "timexes": wrong})
    result = timex_eval.run(gold, article, baseline=False)
    assert result["kronika"]["value_accuracy"] == 0.0
    assert result["errors"][0]["gold"] == "2022-12-02" and result["errors"][0]["predicted"] == "2022-12-09"


def test_events_eval_needs_the_main_arguments(article):
    agree = {"type": "agree", "trigger": span(TEXT, "podpisać"), "evidence": span(TEXT, TEXT.split(". ")[0]),
             "args": {"agent": [span(TEXT, "Rosja")], "partner": [span(TEXT, "Białoruś")]},
             "time": "2022-12-09", "modality": "planned", "source": None}
    promise = {"type": "promise", "trigger": span(TEXT, "obiecał"), "evidence": span(TEXT, "Pół roku temu Putin"),
               "args": {"agent": [span(TEXT, "Putin")], "recipient": [[span(TEXT, "Białorusi.")[0], span(TEXT, "Białorusi.")[0] + len("Białorusi")]]},
               "time": "2022-06", "modality": "promised", "source": None}
    gold = write_gold(article, "events.jsonl", {"doc": "a.txt", "date": "2022-12-06", "events": [agree, promise]})
    result = events_eval.run(gold, article)
    assert result["type"]["tp"] == 2
    assert result["type_and_arguments"]["tp"] == 2
    assert result["modality_accuracy"] == 1.0 and result["time_accuracy"] == 1.0
    promise["args"]["agent"] = [span(TEXT, "Rosja")]  # the wrong giver: type still found, arguments not
    gold = write_gold(article, "events2.jsonl", {"doc": "a.txt", "date": "2022-12-06", "events": [agree, promise]})
    result = events_eval.run(gold, article)
    assert result["type"]["tp"] == 2 and result["type_and_arguments"]["tp"] == 1
