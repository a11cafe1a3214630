"""Train the morphology model (lemma + NKJP tag choice in context) on UD Polish PDB.

    python -m kronika.train.morph \
        --train ../shared/data/ud-polish-pdb/pl_pdb-ud-dev.conllu \
        --test ../shared/data/ud-polish-pdb/pl_pdb-ud-test.conllu

What is learned from the training file (PDB dev; PDB test is only ever used to report):

* the averaged-perceptron weights that choose among Morfeusz's candidates
  (:class:`kronika.analyse.morphology.MorphTagger`);
* a small supplement of (form → lemma, tag) readings that PDB uses and Morfeusz lacks, seen at
  least twice (``niż`` as ``comp``), and the tags PDB gives to numbers written with digits;
* the UPOS of (class, lemma) pairs whose UPOS differs from the class default (*być* → AUX,
  *się* → PRON, *ten* → DET), and the UD features of each tag;
* the no-context baseline's tables: tag counts per form and overall.

The artefact is a gzipped JSON file (default ``src/kronika/models/morph-pl-pdb.json.gz``),
derived from UD Polish PDB and therefore under CC BY-NC-SA 4.0 (see the README next to it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from kronika.analyse import tagset
from kronika.analyse.morphology import DEFAULT_MODEL, MODEL_VERSION, Cand, MorphTagger, guess_shape

OPEN_CLASSES = frozenset(
    "subst depr ger adj adja adjp ppas pact adv fin praet inf impt imps pcon".split()
)
from kronika.eval.ud import UDSentence, read_conllu


def _gold_index(cands, lemma: str, tag: str) -> int | None:
    by_tag = [k for k, c in enumerate(cands) if c.tag == tag]
    if not by_tag:
        return None
    for k in by_tag:
        if cands[k].lemma == lemma:
            return k
    low = lemma.lower()
    for k in by_tag:
        if cands[k].lemma.lower() == low:
            return k
    return by_tag[0]


def build_tables(sentences: list[UDSentence], min_lexicon: int = 2, min_digit: int = 3) -> dict:
    """Everything but the weights: lexicon supplement, digit tags, UPOS / FEATS tables, baseline."""
    bare = MorphTagger(None, mode="first")
    missing: Counter = Counter()
    digit_tags: Counter = Counter()
    form_tags: dict[str, Counter] = defaultdict(Counter)
    tag_prior: Counter = Counter()
    upos_counts: dict[str, Counter] = defaultdict(Counter)
    cls_counts: dict[str, Counter] = defaultdict(Counter)
    feats_counts: dict[str, Counter] = defaultdict(Counter)
    for sent in sentences:
        infos = bare.infos(sent.words, sent.spaces)
        for word, info, lemma, upos, xpos in zip(sent.words, infos, sent.lemmas, sent.upos, sent.xpos):
            wl = word.lower()
            form_tags[wl][xpos] += 1
            tag_prior[xpos] += 1
            if word.isdigit():
                digit_tags[xpos] += 1
            elif _gold_index(info.cands, lemma, xpos) is None:
                missing[(wl, lemma, xpos)] += 1
            cls = tagset.tag_class(xpos)
            upos_counts[f"{cls}|{lemma}"][upos] += 1
            if not (cls in ("subst", "depr", "brev") and lemma[:1].isupper()):
                cls_counts[cls][upos] += 1
    guess_tags: dict[str, Counter] = defaultdict(Counter)
    guess_lemmas: dict[str, Counter] = defaultdict(Counter)
    for sent in sentences:  # the unknown-word guesser learns from words Morfeusz knows
        for word, info, lemma, xpos in zip(sent.words, bare.infos(sent.words, sent.spaces), sent.lemmas, sent.xpos):
            if tagset.tag_class(xpos) not in OPEN_CLASSES or any(c.source == "unk" for c in info.cands):
                continue
            cap = guess_shape(word)
            wl, ll = word.lower(), lemma.lower()
            common = 0
            while common < min(len(wl), len(ll)) and wl[common] == ll[common]:
                common += 1
            rule = f"{len(wl) - common}|{ll[common:]}"
            guess_tags[cap][xpos] += 1
            for k in range(1, min(4, len(wl) - 1) + 1):
                guess_tags[f"{cap}{wl[-k:]}"][xpos] += 1
                if k >= 2:
                    guess_lemmas[f"{cap}{wl[-k:]}|{xpos}"][rule] += 1
    lexicon: dict[str, list[list[str]]] = defaultdict(list)
    for (wl, lemma, xpos), count in sorted(missing.items()):
        if count >= min_lexicon and tagset.tag_class(xpos) != "ign":
            lexicon[wl].append([lemma, xpos])
    upos_cls = {}
    for cls, counts in cls_counts.items():
        best = counts.most_common(1)[0][0]
        if best != tagset.DEFAULT_UPOS.get(cls, "X"):
            upos_cls[cls] = best
    probe = MorphTagger({"upos_cls": upos_cls}, mode="first")
    upos_lex = {}
    for key, counts in upos_counts.items():
        cls, _, lemma = key.partition("|")
        best, n = counts.most_common(1)[0]
        fallback = probe.upos_of(Cand(lemma, cls), lemma)  # the class alone decides the fall-back
        if best != fallback:
            upos_lex[key] = best
    upos_amb = {}
    for key, counts in upos_counts.items():
        total = sum(counts.values())
        options = [u for u, n in counts.most_common() if n >= 2 and n / total >= 0.05]
        if len(options) > 1:
            upos_amb[key] = options
    return {
        "lexicon": dict(lexicon),
        "upos_amb": upos_amb,
        "digit_tags": sorted(t for t, n in digit_tags.items() if n >= min_digit),
        "upos_lex": upos_lex,
        "guesser": {
            "tags": {
                key: dict(c.most_common(12))
                for key, c in guess_tags.items()
                if sum(c.values()) >= 3 or len(key) == 1
            },
            "lemmas": {
                key: c.most_common(1)[0][0]
                for key, c in guess_lemmas.items()
                if sum(c.values()) >= 2
            },
        },
        "upos_cls": upos_cls,
        "baseline": {
            "form_tags": {wl: dict(c) for wl, c in form_tags.items()},
            "tag_prior": dict(tag_prior),
        },
    }


def feats_table(path: str | Path) -> dict[str, str]:
    """Most frequent UD FEATS per XPOS in a CoNLL-U file, where it differs from the rule mapping."""
    counts: dict[str, Counter] = defaultdict(Counter)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                counts[cols[4]][cols[5] if cols[5] != "_" else ""] += 1
    out = {}
    for tag, c in counts.items():
        best = c.most_common(1)[0][0]
        if best != tagset.ud_feats(tag):
            out[tag] = best
    return out


def _prepare(tagger: MorphTagger, sentences: list[UDSentence]) -> list[tuple]:
    data = []
    for sent in sentences:
        infos = tagger.infos(sent.words, sent.spaces)
        gold = [_gold_index(info.cands, lemma, xpos) for info, lemma, xpos in zip(infos, sent.lemmas, sent.xpos)]
        data.append((infos, gold, sent))
    return data


def _epochs(tagger: MorphTagger, data: list[tuple], epochs: int, seed: int, log, right=None, label="") -> None:
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        hit = total = 0
        for k in order:
            infos, gold, sent = data[k]
            starts = [True] + [False] * (len(infos) - 1)
            chosen, _ = tagger.decode(
                infos, starts, gold=gold, gold_upos=sent.upos, right=right[k] if right is not None else None
            )
            hit += sum(c.tag == x for c, x in zip(chosen, sent.xpos))
            total += len(chosen)
        log(f"{label}epoch {epoch + 1}: training XPOS accuracy {hit / total:.4f}")


def train(
    sentences: list[UDSentence], tables: dict, epochs: int = 8, seed: int = 1, folds: int = 4, log=print
) -> MorphTagger:
    """Two passes. The first pass reads left context only; the second also reads the first
    pass's choices for the next two words. The second pass is trained on first-pass choices
    made by models that did not see the sentence (`folds`-fold jackknife), so that it learns to
    trust them only as much as they deserve."""
    right: list = [None] * len(sentences)
    if folds > 1:
        for fold in range(folds):
            held = [k for k in range(len(sentences)) if k % folds == fold]
            rest = [sentences[k] for k in range(len(sentences)) if k % folds != fold]
            part = MorphTagger(tables, mode="model")
            part.start_training()
            _epochs(part, _prepare(part, rest), epochs, seed, log, label=f"fold {fold + 1}/{folds} ")
            part.finish_training()
            for k in held:
                sent = sentences[k]
                chosen, _ = part.decode(part.infos(sent.words, sent.spaces), [True] + [False] * (len(sent.words) - 1))
                right[k] = chosen
    tagger = MorphTagger(tables, mode="model")
    tagger.start_training()
    data = _prepare(tagger, sentences)
    _epochs(tagger, data, epochs, seed, log, label="first pass ")
    tagger.finish_training()
    if folds > 1:
        tagger.start_training(second=True)
        data = _prepare(tagger, sentences)
        _epochs(tagger, data, epochs, seed, log, right=right, label="second pass ")
        tagger.finish_training()
    return tagger


def save(tagger: MorphTagger, tables: dict, path: Path, meta: dict) -> None:
    model = {
        "version": MODEL_VERSION,
        "meta": meta,
        "weights": tagger.weights,
        "weights2": tagger.weights2,
        **{k: v for k, v in tables.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(model, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kronika.train.morph", description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", default="../shared/data/ud-polish-pdb/pl_pdb-ud-dev.conllu")
    parser.add_argument("--test", default="../shared/data/ud-polish-pdb/pl_pdb-ud-test.conllu",
                        help="reported on after training (never trained on); '' to skip")
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folds", type=int, default=4, help="jackknife folds for the second pass; 1: one pass only")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    sentences = list(read_conllu(args.train))
    tables = build_tables(sentences)
    tables["feats"] = feats_table(args.train)
    tagger = train(sentences, tables, epochs=args.epochs, seed=args.seed, folds=args.folds)
    meta = {
        "trained_on": Path(args.train).name,
        "sentences": len(sentences),
        "words": sum(len(s.words) for s in sentences),
        "epochs": args.epochs,
        "seed": args.seed,
        "folds": args.folds,
        "licence": "CC BY-NC-SA 4.0 (derived from UD Polish PDB)",
    }
    save(tagger, tables, args.out, meta)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f} s")
    if args.test:
        from kronika.analyse.pipeline import build_nlp
        from kronika.eval.ud import evaluate_ud

        result = evaluate_ud(args.test, build_nlp(model=args.out))
        print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
