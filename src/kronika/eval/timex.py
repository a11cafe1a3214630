"""Evaluation of temporal expressions against hand-made gold (format: ``tests/data/kronika-time/README.md``),
with the library ``dateparser`` scored on the same gold, side by side.

* **found**: a predicted expression matches a gold one when their spans overlap (one-to-one, largest
  overlap first); precision, recall, F1 over all documents. `exact` counts identical spans.
* **type** and **value** accuracy over the matched expressions: the issue's figure is value accuracy
  on expressions found. `value (all gold)` also counts the gold expressions not found as wrong.
* The document date is the gold line's `date` (its header, or the date the gold's author fixed);
  null means the document is undated and relative expressions must stay unresolved (null).
* **dateparser**, two ways: (1) given each gold span's text, ``dateparser.parse`` with the document
  date as ``RELATIVE_BASE``; (2) ``dateparser.search.search_dates`` over the whole text, scored like
  Kronika. Its datetimes are compared at the gold value's granularity (year, month, day, minute),
  which is generous to it; values it cannot express (P6M, PRESENT_REF, 2022-W49) count as wrong.
  A partial document date is given to it as the middle of its month or year.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Callable

from kronika.eval.quotes import default_predictor, document_path, read_gold
from kronika.eval.report import print_result
from kronika.eval.slavicner import _prf

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
YEAR = re.compile(r"^\d{4}$")
CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    scored = sorted(((_overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)),
                    reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for shared, i, j in scored:
        if shared <= 0 or i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return pairs


class Tally:
    """Found / type / value counts of one system over the gold."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = self.exact = self.type_right = self.value_right = 0
        self.errors: list[dict] = []

    def add(self, doc: str, gold: list[dict], predicted: list[dict]) -> None:
        pairs = match(gold, predicted)
        self.tp += len(pairs)
        self.pred += len(predicted)
        self.gold += len(gold)
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            self.exact += (g["start"], g["end"]) == (p["start"], p["end"])
            self.type_right += g["type"] == p.get("type", g["type"])
            right = g.get("value") == p.get("value")
            self.value_right += right
            if not right:
                self.errors.append({"doc": doc, "start": g["start"], "gold": g.get("value"),
                                    "predicted": p.get("value"), "text": p.get("text")})

    def figures(self) -> dict[str, Any]:
        found = _prf(self.tp, self.pred, self.gold)
        return {"found": found, "exact_spans": self.exact,
                "type_accuracy": self.type_right / self.tp if self.tp else 0.0,
                "value_accuracy": self.value_right / self.tp if self.tp else 0.0,
                "value_accuracy_all_gold": self.value_right / self.gold if self.gold else 0.0}


# -- dateparser --------------------------------------------------------------------------------
def _base(date: str | None) -> dt.datetime | None:
    if not date:
        return None
    parts = [int(p) for p in date.split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15
    if len(parts) == 1:
        day = 1
    return dt.datetime(year, month, day, 12, 0)


def at_granularity(moment: dt.datetime | None, gold_value: str | None) -> str | None:
    """dateparser's datetime written the way the gold value is (2022, 2022-06, 2022-06-10)."""
    if moment is None or gold_value is None:
        return None
    for pattern, fmt in ((CLOCK, "%Y-%m-%dT%H:%M"), (DAY, "%Y-%m-%d"), (MONTH, "%Y-%m"), (YEAR, "%Y")):
        if pattern.match(gold_value):
            return moment.strftime(fmt)
    return moment.strftime("%Y-%m-%d")  # a value dateparser cannot express: never equal


class DateparserBaseline:
    def __init__(self) -> None:
        import dateparser
        import dateparser.search

        self.parse = dateparser.parse
        self.search = dateparser.search.search_dates

    def settings(self, date: str | None) -> dict:
        base = _base(date)
        return {"RELATIVE_BASE": base} if base else {}

    def on_spans(self, text: str, gold: list[dict], date: str | None) -> list[dict]:
        out = []
        for g in gold:
            moment = self.parse(text[g["start"]:g["end"]], languages=["pl"], settings=self.settings(date))
            out.append({**g, "value": at_granularity(moment, g.get("value")) if moment else None,
                        "found": moment is not None})
        return out

    def on_text(self, text: str, gold: list[dict], date: str | None) -> list[dict]:
        hits = self.search(text, languages=["pl"], settings=self.settings(date)) or []
        out, cursor = [], 0
        for phrase, moment in hits:
            start = text.find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            out.append({"start": start, "end": cursor, "text": phrase, "moment": moment})
        for p in out:  # write each value as the gold expression it overlaps is written
            near = next((g for g in gold if _overlap(g, p) > 0), None)
            p["value"] = at_granularity(p.pop("moment"), near.get("value") if near else None)
        return out


# -- running -----------------------------------------------------------------------------------
def run(gold_path: str | Path, root: str | Path = ".", predictor: Callable | None = None,
        baseline: bool = True, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    gold_docs = read_gold(Path(gold_path))
    predict = predictor or default_predictor()
    kronika, on_spans, on_text = Tally(), Tally(), Tally()
    parser = DateparserBaseline() if baseline else None
    spans_found = 0
    for gold_doc in gold_docs:
        path = document_path(root, gold_doc)
        gold = gold_doc["timexes"]
        document = predict(path, gold_doc.get("date"))
        kronika.add(gold_doc["doc"], gold, document["timexes"])
        if parser:
            text = path.read_text(encoding="utf-8")
            spans = parser.on_spans(text, gold, gold_doc.get("date"))
            spans_found += sum(s["found"] for s in spans)
            on_spans.add(gold_doc["doc"], gold, spans)
            on_text.add(gold_doc["doc"], gold, parser.on_text(text, gold, gold_doc.get("date")))
        if progress:
            progress(gold_doc["doc"])
    result = {"documents": len(gold_docs), "kronika": kronika.figures(), "errors": kronika.errors}
    if parser:
        result["dateparser_on_gold_spans"] = {"parsed": spans_found, "gold": on_spans.gold,
                                              "value_accuracy": on_spans.value_right / on_spans.gold
                                              if on_spans.gold else 0.0}
        result["dateparser_search"] = on_text.figures()
    return result


def format_report(result: dict[str, Any]) -> str:
    def row(name: str, f: dict) -> str:
        found = f["found"]
        return (f"{name:22s} found P {found['p']:.3f} R {found['r']:.3f} F1 {found['f1']:.3f}  "
                f"value {f['value_accuracy']:.3f} of found, {f['value_accuracy_all_gold']:.3f} of gold "
                f"(tp {found['tp']}, predicted {found['pred']}, gold {found['gold']})")

    lines = [f"documents: {result['documents']}", row("kronika", result["kronika"])]
    if "dateparser_search" in result:
        lines.append(row("dateparser search", result["dateparser_search"]))
        s = result["dateparser_on_gold_spans"]
        lines.append(f"{'dateparser on spans':22s} parsed {s['parsed']} of {s['gold']}, value {s['value_accuracy']:.3f} of gold")
    return "\n".join(lines)


def main(gold: str | Path, root: str | Path = ".", json_out: bool = False, errors: bool = False,
         baseline: bool = True) -> None:
    print_result(run(gold, root, baseline=baseline), format_report, _error_line, json_out, errors)


def _error_line(e: dict) -> str:
    return f"value: {e['doc']}@{e['start']} {e['text']!r}: gold {e['gold']!r}, predicted {e['predicted']!r}"
