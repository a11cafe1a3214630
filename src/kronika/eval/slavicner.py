"""Evaluation of named entities against SlavicNER gold annotations.

Three measures, all micro-averaged over the documents given:

* strict mention + type: a predicted mention counts only if start, end and type all equal a gold
  mention's; precision, recall and F1 overall and per type;
* lemma accuracy on matched mentions: the share of strictly matched mentions whose predicted base
  form equals the gold lemma (exact string);
* cross-document B-cubed over entity ids on matched mentions: every matched mention has a gold id
  (SlavicNER's cross-lingual id) and a predicted id; the two clusterings of the matched mentions of
  all documents together are compared with B-cubed precision, recall and F1.

Documents are dicts shaped like Kronika's JSON document model: ``{"id", "text", "mentions": [{start,
end, type, lemma, entity}], "entities": [{id, kb}]}``. A predicted mention's ``entity`` is resolved
through the document's ``entities`` (their ``kb`` id when present, so that a knowledge-base id links
across documents) and otherwise used as it is; a mention with no entity is a cluster of its own.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable

TYPES = ("PER", "ORG", "LOC", "PRO", "EVT")


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _entity_keys(doc: Any) -> dict[str, str]:
    keys = {}
    for entity in _get(doc, "entities", None) or []:
        ident = _get(entity, "id")
        if ident is not None:
            keys[ident] = _get(entity, "kb") or ident
    return keys


def bcubed(pairs: Iterable[tuple[Any, Any]]) -> dict[str, float]:
    """B-cubed P/R/F1 of a clustering: `pairs` holds (gold cluster, predicted cluster) per item."""
    joint: Counter = Counter()
    gold_size: Counter = Counter()
    pred_size: Counter = Counter()
    n = 0
    for gold, pred in pairs:
        joint[gold, pred] += 1
        gold_size[gold] += 1
        pred_size[pred] += 1
        n += 1
    if not n:
        return {"p": 0.0, "r": 0.0, "f1": 0.0, "n": 0}
    p = sum(c * c / pred_size[pr] for (_, pr), c in joint.items()) / n
    r = sum(c * c / gold_size[g] for (g, _), c in joint.items()) / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "n": n}


def evaluate(gold_docs: Iterable[Any], predicted_docs: Iterable[Any]) -> dict[str, Any]:
    """Compare predicted documents with gold ones, paired by position (same order, same texts)."""
    tp: Counter = Counter()
    n_pred: Counter = Counter()
    n_gold: Counter = Counter()
    lemma_ok = lemma_n = 0
    link_pairs: list[tuple[Any, Any]] = []
    errors: dict[str, list] = defaultdict(list)
    n_docs = 0
    for gold_doc, pred_doc in zip(gold_docs, predicted_docs, strict=True):
        n_docs += 1
        doc_id = _get(gold_doc, "id", n_docs)
        gold = {}
        for m in _get(gold_doc, "mentions", []):
            gold[(_get(m, "start"), _get(m, "end"), _get(m, "type"))] = m
        pred = {}
        for m in _get(pred_doc, "mentions", []):
            pred.setdefault((_get(m, "start"), _get(m, "end"), _get(m, "type")), m)
        keys = _entity_keys(pred_doc)
        for key in gold:
            n_gold[key[2]] += 1
        for key in pred:
            n_pred[key[2]] += 1
        for key, pm in pred.items():
            gm = gold.get(key)
            if gm is None:
                errors["fp"].append((doc_id, key))
                continue
            tp[key[2]] += 1
            lemma_n += 1
            if (_get(pm, "lemma") or "") == _get(gm, "lemma"):
                lemma_ok += 1
            else:
                errors["lemma"].append((doc_id, _get(gm, "text", _get(gm, "surface")), _get(gm, "lemma"), _get(pm, "lemma")))
            ent = _get(pm, "entity")
            pred_cluster = ("E", keys.get(ent, ent)) if ent is not None else ("M", doc_id, key)
            link_pairs.append((_get(gm, "entity"), pred_cluster))
        for key in gold.keys() - pred.keys():
            errors["fn"].append((doc_id, key))
    types = sorted(set(n_gold) | set(n_pred), key=lambda t: (TYPES.index(t) if t in TYPES else 99, t))
    return {
        "docs": n_docs,
        "overall": _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())),
        "per_type": {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in types},
        "lemma_accuracy": lemma_ok / lemma_n if lemma_n else 0.0,
        "lemma_n": lemma_n,
        "bcubed": bcubed(link_pairs),
        "errors": dict(errors),
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [f"documents: {result['docs']}", f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for name, row in [*result["per_type"].items(), ("ALL", result["overall"])]:
        lines.append(f"{name:6} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f} {row['gold']:6d}")
    lines.append(f"lemma accuracy on matched mentions: {result['lemma_accuracy']:.3f} ({result['lemma_n']})")
    b = result["bcubed"]
    lines.append(f"cross-document linking, B-cubed over entity ids on matched mentions: "
                 f"P {b['p']:.3f} R {b['r']:.3f} F1 {b['f1']:.3f}")
    if "docs_per_s" in result:
        lines.append(f"speed: {result['docs_per_s']:.1f} docs/s")
    return "\n".join(lines)


Predictor = Callable[[str, str], dict]


def default_predictor(lang: str = "pl") -> Predictor:
    """Kronika's whole pipeline, as `kronika extract` runs it: text → document dict with the
    mentions and entities of ``doc._.mentions`` / ``doc._.entities`` (KB identities included)."""
    import kronika

    nlp = kronika.load()

    def predict(text: str, doc_id: str) -> dict:
        doc = nlp(text)
        return {"id": doc_id, "text": text, "mentions": doc._.mentions or [], "entities": doc._.entities or []}

    return predict


def recognizer_predictor(lang: str = "pl") -> Predictor:
    """The recogniser alone (no text layer, no KB): for the experiments in docs/ner-experiments.md."""
    from kronika.entities.tagger import EntityRecognizer

    recognizer = EntityRecognizer.load()
    return lambda text, doc_id: recognizer.annotate(text, doc_id=doc_id)


def run(root: str | Path, lang: str = "pl", predictor: Predictor | None = None,
        topics: list[str] | None = None, collection: bool = True) -> dict[str, Any]:
    """Predict every raw document of `lang` under `root` and score it; with `collection`, the
    cross-document pass (`kronika.entities.linking.link_collection`) runs over all predictions."""
    from kronika.entities.slavicner import load

    root = Path(root)
    if not (root / "raw").is_dir() and root.name == "raw":
        root = root.parent
    gold_docs = load(root, topics, [lang])
    predictor = predictor or default_predictor(lang)
    started = time.perf_counter()
    predicted = [predictor(d.text, d.id) for d in gold_docs]
    elapsed = time.perf_counter() - started
    result_doc = evaluate([d.as_dict() for d in gold_docs], predicted)
    if collection:
        from kronika.entities.linking import link_collection

        link_collection(predicted)
    result = evaluate([d.as_dict() for d in gold_docs], predicted)
    result["bcubed_per_document_ids"] = result_doc["bcubed"]
    result["seconds"] = elapsed
    result["docs_per_s"] = len(gold_docs) / elapsed if elapsed else 0.0
    return result


def main(directory: str | Path, lang: str = "pl", predictor: Predictor | None = None,
         topics: list[str] | None = None, json_out: bool = False) -> dict[str, Any]:
    """`kronika eval slavicner DIR [--lang pl]`: run the recogniser over DIR's raw files and score it."""
    result = run(directory, lang, predictor, topics)
    if json_out:
        printable = {k: v for k, v in result.items() if k != "errors"}
        print(json.dumps(printable, indent=2, ensure_ascii=False))
    else:
        print(format_report(result))
    return result


if __name__ == "__main__":  # python -m kronika.eval.slavicner DIR [--lang pl] [--topic T ...]
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("directory")
    parser.add_argument("--lang", default="pl")
    parser.add_argument("--topic", action="append")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    main(args.directory, args.lang, topics=args.topic, json_out=args.json)
    sys.exit(0)
