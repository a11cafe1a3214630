"""Evaluation of quotations against hand-made gold (format: ``tests/data/kronika-quotes/README.md``).

* **found**, per kind (direct, indirect): a predicted quotation matches a gold one of the same kind
  when their spans overlap by at least half of the longer of the two; each gold quotation is
  matched at most once (greedy, largest overlap first). Precision, recall, F1 micro-averaged.
* **speaker** accuracy over the matched quotations of both kinds: right when both are unnamed
  (null), or when the predicted entity's name, one of its aliases or the base form of one of its
  mentions in the document equals the gold name (case and quote marks aside), or, for people,
  when the gold name ends with the predicted name ("Kamil Kłysiński" / "Kłysiński").

Gold offsets index the file as it is on disk; Kronika reads the file as ``kronika extract`` does
(a " date 2022-12" header is metadata, not text), so predicted offsets are shifted back by the
header's length before comparing.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

from kronika.eval.slavicner import _prf

KINDS = ("direct", "indirect")
Predictor = Callable[[Path], dict[str, Any]]


def overlap(a: dict, b: dict) -> float:
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    longer = max(a["end"] - a["start"], b["end"] - b["start"], 1)
    return max(shared, 0) / longer


def match(gold: list[dict], predicted: list[dict], threshold: float = 0.5) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of the same kind with overlap ≥ threshold, one-to-one."""
    scored = sorted(((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)
                     if g["kind"] == p["kind"]), reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for score, i, j in scored:
        if score < threshold or i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return pairs


def _key(name: str) -> str:
    """Names compared without case, quote marks and diacritics ("Šefčovič" = id "Sefcovic"), and
    with a hyphen the tokenised text spaced out joined up ("Dunin - Wąsowicz" = "Dunin-Wąsowicz")."""
    name = re.sub(r"\s+-\s+", "-", name)
    plain = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.replace("„", "").replace("”", "").replace('"', "").casefold().split())


def speaker_names(doc: dict, ident: str | None) -> set[str]:
    """Every name the predicted document gives the entity `ident`."""
    if ident is None:
        return set()
    names = set()
    for entity in doc.get("entities", []):
        if entity["id"] == ident:
            names |= {entity["name"], *entity.get("aliases", [])}
    if "-" in ident:  # ids made from a full name ("PER-Michał-Kuź") name the entity too
        names.add(ident.split("-", 1)[1].replace("-", " "))
    names |= {m["lemma"] for m in doc.get("mentions", []) if m.get("entity") == ident}
    return {_key(n) for n in names if n}


def speaker_right(gold: dict, predicted: dict, doc: dict) -> bool:
    if gold.get("speaker") is None or predicted.get("speaker") is None:
        return gold.get("speaker") is None and predicted.get("speaker") is None
    names = speaker_names(doc, predicted["speaker"])
    wanted = _key(gold["speaker"])
    return wanted in names or any(len(n) >= 3 and wanted.endswith(" " + n) for n in names)


def evaluate(pairs: Iterable[tuple[dict, dict]]) -> dict[str, Any]:
    """`pairs`: (gold document, predicted document) with `quotes` lists in the same offsets."""
    counts = {kind: [0, 0, 0] for kind in KINDS}
    speakers = [0, 0]
    errors = []
    for gold_doc, doc in pairs:
        gold, predicted = gold_doc["quotes"], doc.get("quotes", [])
        matched = match(gold, predicted)
        for kind in KINDS:
            counts[kind][0] += sum(1 for i, _ in matched if gold[i]["kind"] == kind)
            counts[kind][1] += sum(1 for p in predicted if p["kind"] == kind)
            counts[kind][2] += sum(1 for g in gold if g["kind"] == kind)
        for i, j in matched:
            right = speaker_right(gold[i], predicted[j], doc)
            speakers[0] += right
            speakers[1] += 1
            if not right:
                errors.append({"doc": gold_doc["doc"], "start": gold[i]["start"], "gold": gold[i].get("speaker"),
                               "predicted": predicted[j].get("speaker")})
    result = {kind: _prf(*counts[kind]) for kind in KINDS}
    result["speaker"] = {"accuracy": speakers[0] / speakers[1] if speakers[1] else 0.0,
                         "right": speakers[0], "matched": speakers[1]}
    result["speaker_errors"] = errors
    return result


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def document_path(root: str | Path, gold_doc: dict) -> Path:
    """The file a gold line names, under `root`; a clear error when it is not there."""
    path = Path(root) / gold_doc["doc"]
    if not path.is_file():
        raise FileNotFoundError(f"{path}: gold document not found (is --root right?)")
    return path


def default_predictor() -> Predictor:
    """Reads a file as ``kronika extract`` does and returns its document (offsets into the file).
    The predictor takes an optional document date, for gold that dates a file without a header."""
    from kronika.analyse.convert import analyse_article
    from kronika.analyse.pipeline import build_nlp
    from kronika.ingest.reader import read_file

    nlp = build_nlp()

    def predict(path: Path, date: str | None = None) -> dict[str, Any]:
        article = next(iter(read_file(path, 10_000_000)))
        if date:
            article.date = date
        document = analyse_article(nlp, article).model_dump()
        shift_spans(document, (article.meta or {}).get("header_chars", 0))
        return document

    return predict


def shift_spans(document: dict[str, Any], shift: int) -> None:
    """Moves every span of `document` by `shift` code points (text offsets → file offsets)."""
    if not shift:
        return
    spans = [*document["quotes"], *document["mentions"], *document["timexes"], *document["attributions"]]
    spans += [a["evidence"] for a in document["attributions"]]
    spans += [e[key] for e in document["events"] for key in ("trigger", "evidence")]
    spans += [d[key] for d in document["disagreements"] for key in ("evidence", "claim")]
    for item in spans:
        item["start"] += shift
        item["end"] += shift


def run(gold_path: str | Path, root: str | Path = ".", predictor: Predictor | None = None,
        progress: Callable[[str], None] | None = None, topics: Iterable[str] = ()) -> dict[str, Any]:
    """Scores `predictor` on the gold; `topics` keeps only documents under those SlavicNER topics."""
    gold_docs = [g for g in read_gold(Path(gold_path))
                 if not topics or any(f"/{topic}/" in g["doc"] for topic in topics)]
    predict = predictor or default_predictor()
    pairs, stale = [], []
    for gold_doc in gold_docs:
        path = document_path(root, gold_doc)
        digest = hashlib.sha256(path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
        if gold_doc.get("sha256") and gold_doc["sha256"] != digest:
            stale.append(gold_doc["doc"])
        pairs.append((gold_doc, predict(path)))
        if progress:
            progress(gold_doc["doc"])
    result = evaluate(pairs)
    result["documents"] = len(pairs)
    result["stale"] = stale
    return result


def format_report(result: dict[str, Any]) -> str:
    lines = [f"documents: {result['documents']}"]
    for kind in KINDS:
        f = result[kind]
        lines.append(f"{kind:9s} P {f['p']:.3f}  R {f['r']:.3f}  F1 {f['f1']:.3f}  "
                     f"(tp {f['tp']}, predicted {f['pred']}, gold {f['gold']})")
    s = result["speaker"]
    lines.append(f"speaker   {s['accuracy']:.3f} of {s['matched']} matched quotations")
    if result.get("stale"):
        lines.append(f"warning: {len(result['stale'])} documents changed since the gold was made")
    return "\n".join(lines)


def main(gold: str | Path, root: str | Path = ".", json_out: bool = False, errors: bool = False,
         topics: Iterable[str] = ()) -> None:
    result = run(gold, root, topics=topics)
    if not errors:
        result.pop("speaker_errors", None)
    if json_out:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_report(result))
        for e in result.get("speaker_errors", []):
            print(f"  speaker: {e['doc']}@{e['start']}: gold {e['gold']!r}, predicted {e['predicted']!r}",
                  file=sys.stdout)
