#!/usr/bin/env python3
"""Build the Kronika NER test set (SlavicNER layout) from `source.py` next to this script.

    python tests/data/kronika-ner/build.py            # write raw/ and ner/, then verify them
    python tests/data/kronika-ner/build.py --check    # verify only: the files on disk equal a fresh build
    python tests/data/kronika-ner/build.py --lint     # also list capitalised words left unannotated

`source.py` holds `DOCS`, a list of dicts: `name`, `date`, `text` (title line, blank line, body) and
`mentions`, a block with one mention per line, in text order:

    surface | lemma | TYPE | id            full form
    surface | lemma                        type and id taken from an earlier line with the same lemma
    surface                                lemma, type and id from an earlier line with this surface,
                                           else lemma = surface and type/id as above
    ... | skip=N                           optional last field: pass over N whole-word occurrences first

A lemma of `=` means "same as the surface". Each surface is searched forward from the end of the
previous mention, as a whole word (no letter or digit on either side); a surface that cannot be found
is an error. Inferred type/id must be unambiguous (a lemma seen with two ids must be spelled out).
Then every annotated surface is checked for further whole-word occurrences in its document that no
mention covers (a missed mention), unless the document lists the context in `traps`.

Output: raw/kronika/pl/NAME.txt (the text plus a final newline) and ner/kronika/pl/NAME.txt.tsv
(`start end surface lemma type id`, code-point offsets, end exclusive, in text order).
"""

from __future__ import annotations

import argparse
import re
import runpy
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOPIC, LANG = "kronika", "pl"
TYPES = ("PER", "ORG", "LOC", "PRO", "EVT")


class BuildError(Exception):
    pass


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def whole_word_at(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not (before and _is_word_char(before)) and not (after and _is_word_char(after))


def find_whole(text: str, surface: str, pos: int) -> int:
    while True:
        i = text.find(surface, pos)
        if i == -1 or whole_word_at(text, i, i + len(surface)):
            return i
        pos = i + 1


def parse_lines(block: str, doc: str) -> list[dict]:
    rows = []
    for number, raw in enumerate(block.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        skip = 0
        if fields[-1].startswith("skip="):
            skip = int(fields.pop()[5:])
        if len(fields) not in (1, 2, 4) or not fields[0]:
            raise BuildError(f"{doc}: mention line {number}: expected 1, 2 or 4 fields: {raw!r}")
        surface = fields[0]
        lemma = fields[1] if len(fields) > 1 else None
        lemma = surface if lemma == "=" else lemma
        type_, ident = (fields[2], fields[3]) if len(fields) == 4 else (None, None)
        if type_ is not None and type_ not in TYPES:
            raise BuildError(f"{doc}: mention line {number}: bad type {type_!r}")
        rows.append({"surface": surface, "lemma": lemma, "type": type_, "id": ident, "skip": skip, "line": number})
    return rows


def build(docs: list[dict]) -> list[dict]:
    """Locate every mention; returns [{name, text, mentions: [(start, end, surface, lemma, type, id)]}]."""
    by_lemma: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_surface: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    seen_names = set()
    out = []
    for doc in docs:
        name, text = doc["name"], doc["text"]
        if name in seen_names:
            raise BuildError(f"duplicate document name {name}")
        seen_names.add(name)
        if "\n\n" not in text or text.startswith("\n") or "\r" in text:
            raise BuildError(f"{name}: text must be 'title\\n\\nbody' with \\n line ends")
        pos = 0
        mentions = []
        for row in parse_lines(doc["mentions"], name):
            where = f"{name}: line {row['line']} {row['surface']!r}"
            if row["lemma"] is None:
                options = by_surface.get(row["surface"], set())
                if len(options) > 1:
                    raise BuildError(f"{where}: ambiguous surface, spell it out: {sorted(options)}")
                if options:
                    row["lemma"], row["type"], row["id"] = next(iter(options))
                else:
                    row["lemma"] = row["surface"]
            if row["type"] is None:
                options = by_lemma.get(row["lemma"], set())
                if len(options) != 1:
                    raise BuildError(f"{where}: cannot infer type/id for lemma {row['lemma']!r} "
                                     f"({'unseen' if not options else 'ambiguous: ' + str(sorted(options))})")
                row["type"], row["id"] = next(iter(options))
            by_lemma[row["lemma"]].add((row["type"], row["id"]))
            by_surface[row["surface"]].add((row["lemma"], row["type"], row["id"]))
            start = find_whole(text, row["surface"], pos)
            for _ in range(row["skip"]):
                if start == -1:
                    break
                start = find_whole(text, row["surface"], start + 1)
            if start == -1:
                context = text[pos:pos + 60].replace("\n", " ")
                raise BuildError(f"{where}: not found after offset {pos} (text there: {context!r}...)")
            end = start + len(row["surface"])
            if mentions and start < mentions[-1][1]:
                raise BuildError(f"{where}: overlaps the previous mention")
            mentions.append((start, end, row["surface"], row["lemma"], row["type"], row["id"]))
            pos = end
        missed = []
        covered = [(s, e) for s, e, *_ in mentions]
        traps = doc.get("traps", [])
        trap_spans = []
        for trap in traps:
            i = text.find(trap)
            if i == -1:
                raise BuildError(f"{name}: trap {trap!r} not in text")
            trap_spans.append((i, i + len(trap)))
        for surface in {m[2] for m in mentions}:
            for match in re.finditer(re.escape(surface), text):
                s, e = match.span()
                if not whole_word_at(text, s, e):
                    continue
                if any(cs <= s and e <= ce for cs, ce in covered + trap_spans):
                    continue
                missed.append(f"{name}: {surface!r} at {s} is not annotated: ...{text[max(0, s - 30):e + 30]!r}...")
        if missed:
            raise BuildError("possible missed mentions (annotate them or list them in traps):\n  " + "\n  ".join(missed))
        out.append({"name": name, "text": text, "mentions": mentions, "date": doc.get("date")})
    # one id, one type
    id_types: dict[str, set[str]] = defaultdict(set)
    for d in out:
        for m in d["mentions"]:
            id_types[m[5]].add(m[4])
    mixed = {k: v for k, v in id_types.items() if len(v) > 1 and not k.startswith("GPE-")}
    if mixed:
        raise BuildError(f"ids with more than one type: {mixed}")
    return out


def tsv_of(mentions) -> str:
    for m in mentions:
        if any("\t" in str(f) or "\n" in str(f) for f in m):
            raise BuildError(f"tab or newline inside a field: {m}")
    return "".join("\t".join(str(f) for f in m) + "\n" for m in mentions)


def paths(name: str) -> tuple[Path, Path]:
    return (HERE / "raw" / TOPIC / LANG / f"{name}.txt", HERE / "ner" / TOPIC / LANG / f"{name}.txt.tsv")


def verify(built: list[dict]) -> None:
    """Re-read what is on disk and check every offset against its surface and against a fresh build."""
    names = {d["name"] for d in built}
    for folder, suffix in ((HERE / "raw" / TOPIC / LANG, ".txt"), (HERE / "ner" / TOPIC / LANG, ".txt.tsv")):
        on_disk = {p.name[: -len(suffix)] for p in folder.glob(f"*{suffix}")} if folder.is_dir() else set()
        if on_disk != names:
            raise BuildError(f"{folder}: files differ from source.py: extra {sorted(on_disk - names)}, "
                             f"missing {sorted(names - on_disk)}")
    for d in built:
        raw, tsv = paths(d["name"])
        with open(raw, encoding="utf-8", newline="") as f:
            text = f.read()
        if text != d["text"] + "\n":
            raise BuildError(f"{raw}: differs from source.py (rebuild)")
        with open(tsv, encoding="utf-8", newline="") as f:
            lines = f.read().splitlines()
        if len(lines) != len(d["mentions"]):
            raise BuildError(f"{tsv}: {len(lines)} rows, source has {len(d['mentions'])} (rebuild)")
        last = -1
        for line, m in zip(lines, d["mentions"]):
            start, end, surface, lemma, type_, ident = line.split("\t")
            start, end = int(start), int(end)
            if text[start:end] != surface:
                raise BuildError(f"{tsv}: text[{start}:{end}] = {text[start:end]!r} != {surface!r}")
            if (start, end, surface, lemma, type_, ident) != m:
                raise BuildError(f"{tsv}: row {line!r} differs from source.py (rebuild)")
            if start < last:
                raise BuildError(f"{tsv}: rows not in text order")
            last = end


def lint(built: list[dict]) -> None:
    """Print capitalised words that no mention covers and that do not open a sentence (for review)."""
    opener = re.compile(r"(^|[.!?:]\s+|\n|[–„(]\s*)$")
    for d in built:
        text = d["text"]
        covered = [(s, e) for s, e, *_ in d["mentions"]]
        for match in re.finditer(r"\b[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]*", text):
            s, e = match.span()
            if any(cs <= s < ce for cs, ce in covered):
                continue
            if opener.search(text[max(0, s - 4):s]):
                continue
            print(f"lint {d['name']}: {match.group()!r}: ...{text[max(0, s - 25):e + 25]!r}...")


def stats(built: list[dict], docs: list[dict]) -> str:
    types = Counter(m[4] for d in built for m in d["mentions"])
    ids = {m[5] for d in built for m in d["mentions"]}
    lines = [f"{len(built)} documents, {sum(types.values())} mentions, {len(ids)} entity ids"]
    lines.append("  " + "  ".join(f"{t} {types[t]}" for t in TYPES))
    for d in built:
        body = d["text"].split("\n\n", 1)[1]
        lines.append(f"  {d['name']}  {d['date']}  {len(body.split()):4d} words  {len(d['mentions']):3d} mentions")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the files on disk, write nothing")
    parser.add_argument("--lint", action="store_true", help="list capitalised words left unannotated")
    args = parser.parse_args(argv)
    docs = runpy.run_path(str(HERE / "source.py"))["DOCS"]
    try:
        built = build(docs)
        if not args.check:
            for folder in (HERE / "raw" / TOPIC / LANG, HERE / "ner" / TOPIC / LANG):
                folder.mkdir(parents=True, exist_ok=True)
                for stale in folder.iterdir():
                    if stale.is_file():
                        stale.unlink()
            for d in built:
                raw, tsv = paths(d["name"])
                with open(raw, "w", encoding="utf-8", newline="") as f:
                    f.write(d["text"] + "\n")
                with open(tsv, "w", encoding="utf-8", newline="") as f:
                    f.write(tsv_of(d["mentions"]))
        verify(built)
    except BuildError as error:
        print(f"build.py: error: {error}", file=sys.stderr)
        return 1
    if args.lint:
        lint(built)
    print(stats(built, docs))
    print("verified: every text[start:end] == surface")
    return 0


if __name__ == "__main__":
    sys.exit(main())
