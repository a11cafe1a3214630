"""Evaluation of events against hand-made gold (format: ``tests/data/kronika-events/README.md``).

* A predicted event **matches** a gold one of the same type whose trigger it overlaps, or, failing
  that, whose evidence sentence holds its trigger (one-to-one; trigger overlaps first).
* **type**: precision, recall, F1 of matched events.
* **type + main arguments** (the issue's figure): a match counts only if its main arguments are right
  too — the gold agent, and the first of recipient, partner, theme the gold names. A gold argument is
  a span pointing at a name; it is right when the predicted event holds, in that role, the entity of
  a predicted mention overlapping the span, or an entity with that name, inflected or not ("Rosją"). For symmetric types (meet,
  consult, agree, exercise) agent and partner are one set: "Putin met Łukaszenka" either way round.
* **modality**, **time** (value equal, null included) and **source** accuracy over type matches.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from kronika.eval.quotes import _key, default_predictor, document_path, read_gold, speaker_names
from kronika.eval.report import print_result
from kronika.entities.linking import stem_key
from kronika.eval.slavicner import _prf
from kronika.events.types import SYMMETRIC

SECOND_ROLES = ("recipient", "partner", "theme")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _trigger(event: dict) -> tuple[int, int]:
    t = event["trigger"]
    return (t[0], t[1]) if isinstance(t, list) else (t["start"], t["end"])


def _same_stem(a: str, b: str) -> bool:
    """Stems of one word in two cases ("władimirz" / "władimir"): all but a last letter shared."""
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 4 and shared >= min(len(a), len(b)) - 1


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    pairs, used_gold, used_pred = [], set(), set()
    for tier in (0, 1):
        for i, g in enumerate(gold):
            if i in used_gold:
                continue
            for j, p in enumerate(predicted):
                if j in used_pred or p["type"] != g["type"]:
                    continue
                near = _overlaps(_trigger(g), _trigger(p)) if tier == 0 else \
                    g["evidence"][0] <= _trigger(p)[0] < g["evidence"][1]
                if near:
                    pairs.append((i, j))
                    used_gold.add(i)
                    used_pred.add(j)
                    break
    return pairs


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


class Resolver:
    """Tells whether a predicted entity id is what a gold span names, in one document."""

    def __init__(self, text: str, document: dict) -> None:
        self.text = text
        self.document = document
        self.mentions = document.get("mentions", [])

    def names(self, span: list[int], ident: str) -> bool:
        if any(m.get("entity") == ident and _overlaps((m["start"], m["end"]), tuple(span)) for m in self.mentions):
            return True
        known = speaker_names(self.document, ident)
        if _key(self.text[span[0]:span[1]]) in known:
            return True
        # an inflected form of one of the entity's names: "Rosją" for Rosja, "Władimirze" for Władimir Putin
        wanted = [stem_key(w) for w in _key(self.text[span[0]:span[1]]).split()]
        return any(all(any(_same_stem(w, n) for n in map(stem_key, name.split())) for w in wanted) for name in known)

    def any_named(self, spans: list[list[int]], ids: list[str]) -> bool:
        return any(self.names(span, ident) for span in spans for ident in ids)


def main_arguments_right(gold: dict, predicted: dict, resolver: Resolver) -> bool:
    g_args, p_args = gold.get("args", {}), predicted.get("args", {})
    if gold["type"] in SYMMETRIC:
        actors = _ids(p_args.get("agent")) + _ids(p_args.get("partner"))
        for role in ("agent", "partner"):
            if g_args.get(role) and not resolver.any_named(g_args[role], actors):
                return False
        rest = [r for r in SECOND_ROLES if r not in ("partner",) and g_args.get(r)][:1]
    else:
        if g_args.get("agent") and not resolver.any_named(g_args["agent"], _ids(p_args.get("agent"))):
            return False
        rest = [r for r in SECOND_ROLES if g_args.get(r)][:1]
    return all(resolver.any_named(g_args[r], _ids(p_args.get(r))) for r in rest)


def source_right(gold: dict, predicted: dict, resolver: Resolver) -> bool:
    if gold.get("source") is None or predicted.get("source") is None:
        return gold.get("source") is None and predicted.get("source") is None
    return resolver.names(gold["source"], predicted["source"])


def _time_value(event: dict) -> str | None:
    time = event.get("time")
    return time.get("value") if isinstance(time, dict) else time


def run(gold_path: str | Path, root: str | Path = ".", predictor: Callable | None = None,
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    predict = predictor or default_predictor()
    counts = {"tp": 0, "tp_args": 0, "pred": 0, "gold": 0, "modality": 0, "time": 0, "source": 0}
    errors = []
    gold_docs = read_gold(Path(gold_path))
    for gold_doc in gold_docs:
        path = document_path(root, gold_doc)
        document = predict(path, gold_doc.get("date"))
        resolver = Resolver(path.read_text(encoding="utf-8"), document)
        gold, predicted = gold_doc["events"], document["events"]
        pairs = match(gold, predicted)
        counts["tp"] += len(pairs)
        counts["pred"] += len(predicted)
        counts["gold"] += len(gold)
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            args_right = main_arguments_right(g, p, resolver)
            counts["tp_args"] += args_right
            counts["modality"] += g["modality"] == p["modality"]
            counts["time"] += g.get("time") == _time_value(p)
            counts["source"] += source_right(g, p, resolver)
            if not args_right or g["modality"] != p["modality"]:
                errors.append({"doc": gold_doc["doc"], "type": g["type"], "trigger": g["trigger"],
                               "args_right": args_right, "gold_modality": g["modality"],
                               "modality": p["modality"], "args": p["args"]})
        if progress:
            progress(gold_doc["doc"])
    tp = counts["tp"]
    return {
        "documents": len(gold_docs),
        "type": _prf(tp, counts["pred"], counts["gold"]),
        "type_and_arguments": _prf(counts["tp_args"], counts["pred"], counts["gold"]),
        "modality_accuracy": counts["modality"] / tp if tp else 0.0,
        "time_accuracy": counts["time"] / tp if tp else 0.0,
        "source_accuracy": counts["source"] / tp if tp else 0.0,
        "matched": tp,
        "errors": errors,
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [f"documents: {result['documents']}"]
    for name in ("type", "type_and_arguments"):
        f = result[name]
        lines.append(f"{name:19s} P {f['p']:.3f}  R {f['r']:.3f}  F1 {f['f1']:.3f}  "
                     f"(tp {f['tp']}, predicted {f['pred']}, gold {f['gold']})")
    lines.append(f"of {result['matched']} matched: modality {result['modality_accuracy']:.3f}, "
                 f"time {result['time_accuracy']:.3f}, source {result['source_accuracy']:.3f}")
    return "\n".join(lines)


def main(gold: str | Path, root: str | Path = ".", json_out: bool = False, errors: bool = False) -> None:
    print_result(run(gold, root), format_report, _error_line, json_out, errors)


def _error_line(e: dict) -> str:
    return (f"{e['doc']}@{e['trigger'][0]} {e['type']}: args {'ok' if e['args_right'] else 'wrong'} "
            f"{e['args']}, modality gold {e['gold_modality']} / {e['modality']}")
