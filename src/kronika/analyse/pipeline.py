"""The Polish text layer as one spaCy pipeline.

    >>> from kronika.analyse.pipeline import build_nlp
    >>> nlp = build_nlp()
    >>> doc = nlp("Ekspert OSW ds. Białorusi powiedział m.in., że systemy S-400 już działają.")
    >>> [(t.text, t.lemma_, t.tag_, t.pos_) for t in doc][:3]

Tokenizer (:mod:`kronika.analyse.tokenizer`) → ``kronika_sentences``
(:mod:`kronika.analyse.sentences`) → ``kronika_morphology`` (:mod:`kronika.analyse.morphology`)
→ ``kronika_entities`` (:mod:`kronika.entities.component`) → ``kronika_quotes``
(:mod:`kronika.quotes.component`) → ``kronika_time`` (:mod:`kronika.temporal.component`) →
``kronika_events`` (:mod:`kronika.events.component`).
Everything is local: Morfeusz 2 with its SGJP dictionary and a small model file under
``kronika/models/``; no network access, ever.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from kronika.analyse import morphology as _morphology  # noqa: F401  (registers the component)
from kronika.analyse import sentences as _sentences  # noqa: F401  (registers the component)
from kronika.analyse.tokenizer import load_abbreviations, make_tokenizer


def build_nlp(
    model: str | Path | None = None,
    abbreviations: Iterable[str] | str | Path | None = None,
    morphology_mode: str = "model",
    entities: bool = True,
    quotes: bool = True,
    time: bool = True,
) -> Language:
    """The pipeline: ``nlp(text)`` gives a ``Doc`` with tokens, sentences, lemmas, tags, UPOS.

    model: morphology model file (default: the packaged ``kronika/models/morph-pl-pdb.json.gz``;
        when absent, the first Morfeusz reading is taken).
    abbreviations: extra abbreviations, a file or lines in the format of
        ``kronika/data/abbreviations.txt`` ("r. end", "gen.").
    morphology_mode: "model" (context model), "baseline" (most frequent tag, no context) or
        "first" (first Morfeusz reading).
    entities: add ``kronika_entities`` (named entities, base forms, ids: ``doc.ents``).
    quotes: add ``kronika_quotes`` after it (quotations and speakers, source attributions,
        disagreements: ``doc._.quotes``, ``doc._.attributions``, ``doc._.disagreements``).
    time: add ``kronika_time`` (temporal expressions with TIMEX3 values: ``doc._.timexes``) and,
        with entities, ``kronika_events`` after it (typed events: ``doc._.events``).
    """
    extra = None
    if abbreviations is not None:
        if isinstance(abbreviations, (str, Path)):
            extra = Path(abbreviations).read_text(encoding="utf-8").splitlines()
        else:
            extra = list(abbreviations)
    nlp = spacy.blank("pl")
    nlp.tokenizer = make_tokenizer(nlp.vocab, load_abbreviations(extra))
    nlp.add_pipe("kronika_sentences", config={"abbreviations": extra or []})
    nlp.add_pipe(
        "kronika_morphology",
        config={"model": str(model) if model is not None else None, "mode": morphology_mode},
    )
    if entities:
        from kronika.entities import component as _entities  # noqa: F401  (registers the component)

        nlp.add_pipe("kronika_entities")
        if quotes:
            from kronika.quotes import component as _quotes  # noqa: F401  (registers the component)

            nlp.add_pipe("kronika_quotes")
    if time:
        from kronika.temporal import component as _time  # noqa: F401  (registers the component)

        nlp.add_pipe("kronika_time")
        if entities:
            from kronika.events import component as _events  # noqa: F401  (registers the component)

            nlp.add_pipe("kronika_events")
    return nlp


def benchmark(nlp: Language, texts: list[str], passes: int = 2) -> list[dict]:
    """Throughput of `nlp.pipe` over `texts`, once per pass (the first pass starts with empty
    word caches, later ones reuse them). CPU seconds of this process and wall seconds."""
    import time

    results = []
    chars = sum(len(t) for t in texts)
    for k in range(passes):
        cpu, wall = time.process_time(), time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        results.append(
            {
                "pass": k + 1,
                "articles": len(texts),
                "chars_per_article": round(chars / max(len(texts), 1)),
                "tokens": tokens,
                "cpu_s": round(cpu, 2),
                "wall_s": round(wall, 2),
                "articles_per_cpu_s": round(len(texts) / cpu, 1),
                "chars_per_cpu_s": round(chars / cpu),
                "articles_3000_per_cpu_s": round(chars / 3000 / cpu, 1),
            }
        )
    return results


def main(argv: list[str] | None = None) -> int:
    """``python -m kronika.analyse.pipeline --bench DIR...``: speed of the text layer on one core."""
    import argparse
    import json
    import os
    import time

    parser = argparse.ArgumentParser(prog="python -m kronika.analyse.pipeline", description=main.__doc__)
    parser.add_argument("--bench", nargs="+", required=True, help="text files or folders (searched for *.txt)")
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    files: list[Path] = []
    for item in args.bench:
        path = Path(item)
        files += sorted(path.rglob("*.txt")) if path.is_dir() else [path]
    texts = [f.read_text(encoding="utf-8") for f in files]
    t0 = time.perf_counter()
    nlp = build_nlp()
    nlp("Rozgrzewka.")
    print(json.dumps({"startup_s": round(time.perf_counter() - t0, 2)}))
    for result in benchmark(nlp, texts, args.passes):
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
