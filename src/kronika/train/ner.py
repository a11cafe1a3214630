"""Train the entity recogniser on SlavicNER and measure it on a held-out topic.

    python -m kronika.train.ner --data ../shared/data/slavicner --dev nord_stream --langs pl
    python -m kronika.train.ner --data ../shared/data/slavicner --final --out src/kronika/models/ner-pl

The dev protocol holds out one whole topic (default nord_stream) and trains on the others, so
the figures estimate quality on news about a topic never seen in training. Gazetteer features of a
training document come from the *other* training topics (cross-topic jackknifing), so the CRF learns
how far a gazetteer hit can be trusted on an unseen topic.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

import pycrfsuite  # noqa: E402

from kronika.entities.features import Gazetteer, bio_labels, featurize_document, tokenize  # noqa: E402
from kronika.entities.slavicner import SlavicDoc, load, topics as list_topics  # noqa: E402

LICENCE = """Trained on the SlavicNER corpus (Piskorski, Marcińczuk, Yangarber, LREC-COLING 2024;
SlavicNLP/SlavicNER), research data; the model is derived from it and shares its terms: research use.
Dictionary features come from Morfeusz 2 with the SGJP dictionary at run time (not stored here).
"""


def id_name(ident: str) -> str:
    """The English name inside a SlavicNER cross-lingual id: PER-Steffen-Seibert → Steffen Seibert."""
    _, _, rest = ident.partition("-")
    return rest.replace("-", " ").strip()


def build_gazetteer(docs: list[SlavicDoc], id_docs: list[SlavicDoc] = ()) -> Gazetteer:
    gaz = Gazetteer()
    for doc in docs:
        for m in doc.mentions:
            gaz.add(m.surface, m.type)
            if doc.lang == "pl" and m.lemma != m.surface:
                gaz.add(m.lemma, m.type)
    seen = set()
    for doc in id_docs:
        for m in doc.mentions:
            if (m.entity, m.type) not in seen:
                seen.add((m.entity, m.type))
                name = id_name(m.entity)
                if name:
                    gaz.add(name, m.type)
    return gaz


def featurize(doc: SlavicDoc, gazetteer: Gazetteer | None, use_morph: bool, use_doc: bool):
    tokens = tokenize(doc.text)
    labels = bio_labels(tokens, doc.mentions)
    for (i, j), feats in featurize_document(doc.text, tokens, gazetteer, use_morph, use_doc):
        yield feats, labels[i:j]


def train_crf(docs: list[SlavicDoc], model_file: Path, config: dict[str, Any], log=print) -> Gazetteer | None:
    use_gaz = config.get("use_gazetteer", True)
    use_morph = config.get("use_morph", True)
    topic_names = sorted({d.topic for d in docs})
    gaz_langs = config.get("gazetteer_langs", config["langs"])
    extra = sorted(set(gaz_langs) - set(config["langs"]))
    gaz_docs = [d for d in docs if d.lang in gaz_langs] + (load(config["data"], topic_names, extra) if extra else [])
    id_langs = config.get("id_langs") or None  # None: every language
    id_docs = load(config["data"], topic_names, id_langs) if config.get("id_names") else []
    fold_gaz = {}
    if use_gaz:
        for t in topic_names:
            if config.get("jackknife", True):
                fold_gaz[t] = build_gazetteer([d for d in gaz_docs if d.topic != t],
                                              [d for d in id_docs if d.topic != t])
            else:
                fold_gaz[t] = build_gazetteer(gaz_docs, id_docs)
    perceptron = config.get("model") == "perceptron"
    trainer = pycrfsuite.Trainer(verbose=False)
    started = time.perf_counter()
    n_items = 0
    data = []
    for doc in docs:
        for feats, labels in featurize(doc, fold_gaz.get(doc.topic), use_morph, config.get("use_doc", True)):
            if perceptron:
                data.append((feats, labels))
            else:
                trainer.append(feats, labels)
            n_items += len(labels)
    log(f"features for {len(docs)} docs, {n_items} tokens in {time.perf_counter() - started:.0f}s")
    if perceptron:
        from kronika.entities.perceptron import Perceptron

        started = time.perf_counter()
        Perceptron.train(data, epochs=config.get("max_iterations", 8), log=log).save(model_file.parent / "perceptron")
        log(f"trained in {time.perf_counter() - started:.0f}s")
        return build_gazetteer(gaz_docs, id_docs) if use_gaz else None
    trainer.set_params({
        "c1": config.get("c1", 0.05),
        "c2": config.get("c2", 0.01),
        "max_iterations": config.get("max_iterations", 150),
        "feature.possible_transitions": True,
        "feature.minfreq": config.get("minfreq", 1),
    })
    started = time.perf_counter()
    trainer.train(str(model_file))
    log(f"trained in {time.perf_counter() - started:.0f}s")
    return build_gazetteer(gaz_docs, id_docs) if use_gaz else None


def train(data: Path, out: Path, config: dict[str, Any], train_topics: list[str], log=print) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    docs = load(data, train_topics, config["langs"])
    gazetteer = train_crf(docs, out / "crf.model", config, log)
    if gazetteer is not None:
        (out / "gazetteer.json").write_text(json.dumps(gazetteer.to_json(), ensure_ascii=False), encoding="utf-8")
    pl_docs = [d for d in docs if d.lang == "pl"] or load(data, train_topics, ["pl"])
    if config.get("lemmas", True):
        from kronika.entities.lemmas import Lemmatizer
        lem = Lemmatizer.train(pl_docs)
        (out / "lemmas.json").write_text(json.dumps(lem.to_json(), ensure_ascii=False), encoding="utf-8")
    if config.get("links", True):
        from kronika.entities.linking import Linker
        linker = Linker.train(pl_docs)
        (out / "links.json").write_text(json.dumps(linker.to_json(), ensure_ascii=False), encoding="utf-8")
    (out / "config.json").write_text(json.dumps({**{k: v for k, v in config.items() if k != "data"}, "train_topics": train_topics}, indent=2), encoding="utf-8")
    (out / "LICENCE.txt").write_text(LICENCE, encoding="utf-8")
    return out


def model_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


def table(results_file: str | Path) -> str:
    """A Markdown table of the dev figures appended to a results file (one JSON object a line)."""
    head = ("| configuration | PER F1 | ORG F1 | LOC F1 | PRO F1 | EVT F1 | P | R | F1 | lemma acc. | "
            "B³ F1 | pipeline docs/s | NER docs/s | model MB |")
    rows = [head, "|" + "---|" * (head.count("|") - 1)]
    for line in Path(results_file).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        pt = r["per_type"]
        f = [f"{pt.get(t, {}).get('f1', 0):.3f}" for t in ("PER", "ORG", "LOC", "PRO", "EVT")]
        o = r["overall"]
        rows.append(f"| {r['name']} | {' | '.join(f)} | {o['p']:.3f} | {o['r']:.3f} | **{o['f1']:.3f}** | "
                    f"{r['lemma_accuracy']:.3f} | {r['bcubed']['f1']:.3f} | {r['docs_per_s']:.0f} | "
                    f"{r.get('ner_docs_per_s_warm', 0):.0f} | {r['model_bytes'] / 1e6:.1f} |")
    return "\n".join(rows)


def speed(model: str | Path, data: Path, topic: str, lang: str = "pl") -> dict[str, float]:
    """Documents per second on one topic's raw texts: NER alone, then NER + base forms + ids,
    first with cold caches (a fresh process's first pass), then warm."""
    from kronika.entities.tagger import EntityRecognizer

    rec = EntityRecognizer.load(model)
    docs = load(data, [topic], [lang])
    out = {}
    for name, fn in (("ner_cold", lambda d: rec.tag_tokens(d.text, tokenize(d.text))),
                     ("pipeline_warm", lambda d: rec.annotate(d.text)),
                     ("ner_warm", lambda d: rec.tag_tokens(d.text, tokenize(d.text)))):
        started, cpu = time.perf_counter(), time.process_time()
        for d in docs:
            fn(d)
        out[name] = len(docs) / (time.perf_counter() - started)
        out[name + "_cpu"] = len(docs) / (time.process_time() - cpu)  # what a free core would give
    return out


def evaluate_model(out: Path, data: Path, dev: str, name: str | None = None, results: str | None = None,
                   config: dict | None = None) -> dict[str, Any]:
    """Dev figures of a trained model on one held-out topic (Polish), optionally appended to `results`."""
    from kronika.entities.tagger import EntityRecognizer
    from kronika.eval import slavicner as ev

    rec = EntityRecognizer.load(out)
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file() and p.name != "dev-errors.json")
    result = ev.run(data, "pl", lambda text, doc_id: rec.annotate(text, doc_id=doc_id), [dev])
    result["model_bytes"] = size
    result["name"] = name
    result["config"] = config or json.loads((out / "config.json").read_text(encoding="utf-8"))
    dev_docs = load(data, [dev], ["pl"])
    started = time.process_time()
    for d in dev_docs:
        rec.tag_tokens(d.text, tokenize(d.text))
    result["ner_docs_per_s_warm"] = len(dev_docs) / (time.process_time() - started)
    print(ev.format_report(result))
    print(f"NER alone (warm caches, per CPU second): {result['ner_docs_per_s_warm']:.0f} docs/s")
    if results:
        with open(results, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({k: v for k, v in result.items() if k != "errors"}, ensure_ascii=False) + "\n")
    (out / "dev-errors.json").write_text(json.dumps(result["errors"], ensure_ascii=False, indent=0), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data/slavicner")
    parser.add_argument("--dev", default="nord_stream", help="topic held out for evaluation")
    parser.add_argument("--final", action="store_true", help="train on every topic (no dev evaluation)")
    parser.add_argument("--langs", default="pl", help="training languages, comma-separated")
    parser.add_argument("--gazetteer-langs", default=None)
    parser.add_argument("--no-morph", action="store_true")
    parser.add_argument("--no-gazetteer", action="store_true")
    parser.add_argument("--no-jackknife", action="store_true")
    parser.add_argument("--id-names", action="store_true",
                        help="add the English names inside cross-lingual ids (all languages) to the gazetteer")
    parser.add_argument("--id-langs", default=None, help="languages whose ids feed the gazetteer (default: all)")
    parser.add_argument("--no-doc", action="store_true", help="no document-level features")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--minfreq", type=int, default=1)
    parser.add_argument("--no-lemmas", action="store_true")
    parser.add_argument("--no-links", action="store_true")
    parser.add_argument("--model", default="crf", choices=["crf", "perceptron"])
    parser.add_argument("--out", default=None)
    parser.add_argument("--name", default=None, help="label of this configuration in the results file")
    parser.add_argument("--results", default=None, help="append the dev figures to this JSON-lines file")
    parser.add_argument("--table", default=None, help="print a Markdown table of a results file and stop")
    parser.add_argument("--evaluate", default=None, metavar="MODEL", help="score a trained model on --dev and stop")
    parser.add_argument("--speed", default=None, metavar="MODEL", help="measure a model's docs/s on --dev and stop")
    args = parser.parse_args(argv)
    if args.table:
        print(table(args.table))
        return {}
    if args.evaluate:
        return evaluate_model(Path(args.evaluate), data=Path(args.data), dev=args.dev, name=args.name,
                              results=args.results)
    if args.speed:
        figures = speed(args.speed, Path(args.data), args.dev)
        print(json.dumps({k: round(v, 1) for k, v in figures.items()}))
        return figures
    data = Path(args.data)
    langs = args.langs.split(",")
    config = {
        "langs": langs,
        "gazetteer_langs": args.gazetteer_langs.split(",") if args.gazetteer_langs else langs,
        "use_morph": not args.no_morph,
        "use_gazetteer": not args.no_gazetteer,
        "jackknife": not args.no_jackknife,
        "use_doc": not args.no_doc,
        "model": args.model,
        "id_names": args.id_names,
        "id_langs": args.id_langs.split(",") if args.id_langs else None,
        "data": str(data),
        "c1": args.c1, "c2": args.c2,
        "max_iterations": args.iterations if args.model == "crf" or args.iterations != 150 else 8, "minfreq": args.minfreq,
        "lemmas": not args.no_lemmas, "links": not args.no_links,
    }
    all_topics = list_topics(data)
    train_topics = all_topics if args.final else [t for t in all_topics if t != args.dev]
    out = Path(args.out or f"/tmp/kronika-ner-{args.name or 'dev'}")
    if out.exists() and not args.final:
        shutil.rmtree(out)
    print(f"training on {train_topics} ({','.join(langs)}) -> {out}", flush=True)
    train(data, out, config, train_topics, log=lambda s: print(s, flush=True))
    size = model_size(out)
    print(f"model size: {size / 1e6:.1f} MB")
    if args.final:
        return {"model": str(out), "size": size}
    return evaluate_model(out, data, args.dev, args.name, args.results, config)


if __name__ == "__main__":
    main()
    sys.exit(0)
