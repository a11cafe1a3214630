"""Evaluation of the text layer against Universal Dependencies (UD Polish PDB).

Two separate measurements:

* **Morphology given the gold tokenisation.** Every sentence's syntactic words become a spaCy
  ``Doc(nlp.vocab, words=..., spaces=...)`` (words inside a multi-word token such as
  ``miałem`` = ``miał`` + ``em`` are glued, ``spaces=False``) and the pipeline's morphology
  component runs on it. Reported: lemma accuracy, UPOS accuracy and full-tag (XPOS, the NKJP tag)
  accuracy over all words, punctuation included. Lemmas are compared **case-sensitively**
  (``lemma_acc``; UD PDB capitalises the lemmas of proper nouns, and so does SGJP: *Rosja*,
  *Putin*) and, for reference, case-insensitively (``lemma_acc_ci``). The same is reported for
  the no-context baseline (most frequent tag of the form in training, then the tag's overall
  frequency) and the candidates' coverage (``oracle``: how often the gold tag / lemma / pair is
  among the candidates at all).
* **Tokenisation and sentence splitting of raw text.** The ``# text`` lines of every ten
  consecutive sentences are joined with a space (PDB's sentences come shuffled, one or two per
  source document, so there are no real paragraphs to rebuild) and run through the tokenizer and
  the sentence splitter. Token F1 compares surface-token spans (a multi-word token is one token,
  as in the CoNLL 2018 shared task); sentence F1 compares sentence spans. Kronika keeps
  abbreviations with their dot (``r.``) and hyphenated compounds whole (``polsko-rosyjski``),
  where PDB writes ``r`` ``.`` and ``polsko`` ``-`` ``rosyjski``; ``tokens_lenient`` therefore also
  reports F1 after projecting our tokens onto PDB's conventions for those two cases.

``python -m kronika.eval.ud PATH.conllu [--json]`` (to be wired as ``kronika eval ud PATH``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc


@dataclass
class UDSentence:
    sent_id: str
    text: str
    source: str  # document the sentence comes from (PDB: orig_file_sentence before "#")
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # surface tokens (multi-word tokens whole)


def read_conllu(path: str | Path) -> Iterator[UDSentence]:
    """Sentences of a CoNLL-U file with words, surface tokens and SpaceAfter."""
    meta: dict[str, str] = {}
    rows: list[list[str]] = []

    def build() -> UDSentence:
        sent = UDSentence(
            sent_id=meta.get("sent_id", ""),
            text=meta.get("text", ""),
            source=meta.get("orig_file_sentence", meta.get("sent_id", "")).split("#")[0],
        )
        mwt_end = 0
        mwt_space = True
        for cols in rows:
            ident, form, misc = cols[0], cols[1], cols[9]
            no_space = "SpaceAfter=No" in misc.split("|")
            if "-" in ident:
                first, last = (int(x) for x in ident.split("-"))
                mwt_end = last
                mwt_space = not no_space
                sent.tokens.append(form)
                continue
            if "." in ident:
                continue  # empty nodes
            index = int(ident)
            sent.words.append(form)
            sent.lemmas.append(cols[2])
            sent.upos.append(cols[3])
            sent.xpos.append(cols[4])
            if index < mwt_end:
                sent.spaces.append(False)
            elif index == mwt_end:
                sent.spaces.append(mwt_space)
            else:
                sent.spaces.append(not no_space)
                sent.tokens.append(form)
        return sent

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield build()
                meta, rows = {}, []
                continue
            if line.startswith("#"):
                key, sep, value = line[1:].partition("=")
                if sep:
                    meta[key.strip()] = value.strip()
                continue
            rows.append(line.split("\t"))
    if rows:
        yield build()


def _morph_component(nlp: Language):
    for name, proc in nlp.pipeline:
        if hasattr(proc, "tagger"):
            return name, proc
    raise ValueError("the pipeline has no morphology component")


def _score_morph(nlp: Language, sentences: list[UDSentence], proc) -> dict[str, Any]:
    total = lemma = lemma_ci = upos = xpos = 0
    for sent in sentences:
        doc = Doc(nlp.vocab, words=sent.words, spaces=sent.spaces, sent_starts=[True] + [False] * (len(sent.words) - 1))
        doc = proc(doc)
        for tok, g_lemma, g_upos, g_xpos in zip(doc, sent.lemmas, sent.upos, sent.xpos):
            total += 1
            lemma += tok.lemma_ == g_lemma
            lemma_ci += tok.lemma_.lower() == g_lemma.lower()
            upos += tok.pos_ == g_upos
            xpos += tok.tag_ == g_xpos
    return {
        "words": total,
        "lemma_acc": round(lemma / total, 4),
        "lemma_acc_ci": round(lemma_ci / total, 4),
        "upos_acc": round(upos / total, 4),
        "xpos_acc": round(xpos / total, 4),
    }


def _oracle(tagger, sentences: list[UDSentence]) -> dict[str, Any]:
    total = tag = lem = pair = 0
    for sent in sentences:
        for info, g_lemma, g_xpos in zip(tagger.infos(sent.words, sent.spaces), sent.lemmas, sent.xpos):
            total += 1
            tags = {c.tag for c in info.cands}
            lemmas = {c.lemma for c in info.cands}
            tag += g_xpos in tags
            lem += g_lemma in lemmas
            pair += any(c.tag == g_xpos and c.lemma == g_lemma for c in info.cands)
    return {"xpos_in_candidates": round(tag / total, 4), "lemma_in_candidates": round(lem / total, 4), "pair_in_candidates": round(pair / total, 4)}


def _prf(gold: set, pred: set) -> dict[str, float]:
    hit = len(gold & pred)
    p = hit / len(pred) if pred else 0.0
    r = hit / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _gold_token_spans(sent: UDSentence, offset: int) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    text = sent.text
    for form in sent.tokens:
        found = text.find(form, pos)
        if found < 0:
            found = pos
        spans.append((offset + found, offset + found + len(form)))
        pos = found + len(form)
    return spans


def _lenient(spans_text: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """Project our tokens onto PDB conventions: "r." → "r" "."; "polsko-rosyjski" → three tokens."""
    out: set[tuple[int, int]] = set()
    for start, end, text in spans_text:
        if len(text) > 1 and text.endswith(".") and any(ch.isalpha() for ch in text):
            out.add((start, end - 1))
            out.add((end - 1, end))
        elif "-" in text[1:-1] and any(ch.isalpha() for ch in text):
            pos = start
            for k, part in enumerate(text.split("-")):
                if k:
                    out.add((pos, pos + 1))
                    pos += 1
                if part:
                    out.add((pos, pos + len(part)))
                pos += len(part)
        else:
            out.add((start, end))
    return out


def _score_raw(nlp: Language, sentences: list[UDSentence], group: int = 10) -> dict[str, Any]:
    groups = [sentences[k : k + group] for k in range(0, len(sentences), group)]
    gold_tok: set[tuple[int, int]] = set()
    gold_sent: set[tuple[int, int]] = set()
    pred_tok: set[tuple[int, int]] = set()
    pred_tok_lenient: set[tuple[int, int]] = set()
    pred_sent: set[tuple[int, int]] = set()
    base = 0
    disabled = [name for name, proc in nlp.pipeline if hasattr(proc, "tagger")]
    texts = []
    for group in groups:
        offset = base
        for k, sent in enumerate(group):
            if k:
                offset += 1
            gold_tok.update(_gold_token_spans(sent, offset))
            gold_sent.add((offset, offset + len(sent.text)))
            offset += len(sent.text)
        texts.append((" ".join(s.text for s in group), base))
        base = offset + 1
    with nlp.select_pipes(disable=disabled):
        for doc, (_, start) in zip(nlp.pipe(t for t, _ in texts), texts):
            toks = [(start + t.idx, start + t.idx + len(t.text), t.text) for t in doc if not t.is_space]
            pred_tok.update((s, e) for s, e, _ in toks)
            pred_tok_lenient.update(_lenient(toks))
            for span in doc.sents:
                words = [t for t in span if not t.is_space]
                if words:
                    pred_sent.add((start + words[0].idx, start + words[-1].idx + len(words[-1].text)))
    return {
        "tokens": _prf(gold_tok, pred_tok),
        "tokens_lenient": _prf(gold_tok, pred_tok_lenient),
        "sentences": _prf(gold_sent, pred_sent),
        "documents": len(groups),
    }


def evaluate_ud(conllu_path: str | Path, nlp: Language | None = None) -> dict[str, Any]:
    """Accuracy of the morphology (gold tokens) and F1 of tokenisation / sentences (raw text)."""
    if nlp is None:
        from kronika.analyse.pipeline import build_nlp

        nlp = build_nlp()
    sentences = list(read_conllu(conllu_path))
    name, proc = _morph_component(nlp)
    t0 = time.perf_counter()
    result: dict[str, Any] = {"file": str(conllu_path), "sentences": len(sentences)}
    result["model"] = _score_morph(nlp, sentences, proc)
    result["model"]["mode"] = proc.tagger.mode
    tagger = proc.tagger
    if tagger.tag_prior:
        proc.tagger = tagger.with_mode("baseline")
        try:
            result["baseline"] = _score_morph(nlp, sentences, proc)
        finally:
            proc.tagger = tagger
    result["oracle"] = _oracle(tagger, sentences)
    result["raw"] = _score_raw(nlp, sentences)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kronika eval ud", description=__doc__.split("\n\n")[0])
    parser.add_argument("conllu", help="UD CoNLL-U file, e.g. ../shared/data/ud-polish-pdb/pl_pdb-ud-test.conllu")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = evaluate_ud(args.conllu)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"{result['file']}: {result['sentences']} sentences, {result['model']['words']} words")
    print(f"{'':10} {'lemma':>7} {'lemma_ci':>8} {'UPOS':>7} {'XPOS':>7}")
    for key in ("model", "baseline"):
        if key in result:
            r = result[key]
            print(f"{key:10} {r['lemma_acc']:7.4f} {r['lemma_acc_ci']:8.4f} {r['upos_acc']:7.4f} {r['xpos_acc']:7.4f}")
    o = result["oracle"]
    print(f"candidates cover the gold tag {o['xpos_in_candidates']:.4f}, lemma {o['lemma_in_candidates']:.4f}, both {o['pair_in_candidates']:.4f}")
    raw = result["raw"]
    print(
        f"tokens F1 {raw['tokens']['f1']:.4f} (PDB conventions {raw['tokens_lenient']['f1']:.4f}), "
        f"sentences F1 {raw['sentences']['f1']:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
