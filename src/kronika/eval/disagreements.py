"""Evaluation of disagreements against hand-made gold (format: ``tests/data/kronika-quotes/README.md``).

Each gold line lists, for one document, the pairs of statements that contradict each other: `a`
and `b`, code-point spans of the two statements' content. A predicted disagreement links two
quotations; it matches a gold pair when each of its quotations overlaps one side of the pair (in
either order), each gold pair matched at most once. Precision is the share of predicted
disagreements that match, recall the share of gold pairs matched. Every document of the gold file
counts, also those whose list is empty: there, any prediction is a false one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from kronika.eval.quotes import Predictor, default_predictor, document_path, read_gold


def _touches(quote: dict, span: list[int]) -> bool:
    return quote["start"] < span[1] and span[0] < quote["end"]


def _links(predicted: dict, quotes: list[dict], pair: dict) -> bool:
    first, second = quotes[predicted["quote"]], quotes[predicted["contradicts"]]
    return (_touches(first, pair["a"]) and _touches(second, pair["b"])) or \
        (_touches(first, pair["b"]) and _touches(second, pair["a"]))


def score_document(gold: list[dict], document: dict[str, Any]) -> tuple[int, int, int]:
    """(matched, predicted, gold) for one document."""
    used: set[int] = set()
    matched = 0
    for predicted in document.get("disagreements", []):
        hit = next((k for k, pair in enumerate(gold)
                    if k not in used and _links(predicted, document["quotes"], pair)), None)
        if hit is not None:
            used.add(hit)
            matched += 1
    return matched, len(document.get("disagreements", [])), len(gold)


def run(gold_path: str | Path, root: str | Path = ".", predictor: Predictor | None = None,
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    predict = predictor or default_predictor()
    totals = [0, 0, 0]
    wrong = []
    gold_docs = read_gold(Path(gold_path))
    for gold_doc in gold_docs:
        path = document_path(root, gold_doc)
        counts = score_document(gold_doc["disagreements"], predict(path))
        totals = [t + c for t, c in zip(totals, counts)]
        if counts[0] < max(counts[1], counts[2]):
            wrong.append({"doc": gold_doc["doc"], "matched": counts[0], "predicted": counts[1], "gold": counts[2]})
        if progress:
            progress(gold_doc["doc"])
    matched, predicted, gold = totals
    return {"documents": len(gold_docs), "matched": matched, "predicted": predicted, "gold": gold,
            "precision": matched / predicted if predicted else None,
            "recall": matched / gold if gold else None, "differences": wrong}


def format_report(result: dict[str, Any]) -> str:
    def share(x):
        return "n/a" if x is None else f"{x:.3f}"
    return (f"documents: {result['documents']}\n"
            f"disagreements  P {share(result['precision'])}  R {share(result['recall'])}  "
            f"(matched {result['matched']}, predicted {result['predicted']}, gold {result['gold']})")


def main(gold: str | Path, root: str | Path = ".", json_out: bool = False) -> None:
    result = run(gold, root)
    print(json.dumps(result, ensure_ascii=False, indent=1) if json_out else format_report(result))
