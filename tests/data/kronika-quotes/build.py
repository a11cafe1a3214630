"""Turn an annotator's source file (spans given by their exact text) into gold (spans given by offsets).

    python tests/data/kronika-quotes/build.py SOURCE ROOT GOLD [--offsets-only]

Every item of a document's `quotes` or `timexes` list that has a `text` gets `start`/`end`: the code-point
offsets of the `nth` occurrence (1 = first) of that text in the file ROOT/doc. With --offsets-only the text is
dropped from the gold (for articles that are not ours); the document's SHA-256 is always recorded.
A text that cannot be found stops the build with the document and the text, so typos are caught at once.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

SPAN_LISTS = ("quotes", "timexes")


def locate(text: str, needle: str, nth: int) -> int:
    position = -1
    for _ in range(nth):
        position = text.find(needle, position + 1)
        if position < 0:
            return -1
    return position


def build_document(record: dict, root: Path, offsets_only: bool) -> dict:
    text = (root / record["doc"]).read_text(encoding="utf-8")
    built = {"doc": record["doc"], "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    for key, value in record.items():
        if key in ("doc", "sha256"):
            continue
        if key in SPAN_LISTS:
            value = [build_item(item, text, record["doc"], offsets_only) for item in value]
        built[key] = value
    return built


def build_item(item: dict, text: str, doc: str, offsets_only: bool) -> dict:
    if "text" not in item:
        return item
    needle, nth = item["text"], item.get("nth", 1)
    start = locate(text, needle, nth)
    if start < 0:
        raise SystemExit(f"error: {doc}: text not found (occurrence {nth}): {needle!r}")
    built = {"start": start, "end": start + len(needle)}
    built.update({k: v for k, v in item.items() if k not in ("text", "nth", "start", "end")})
    if not offsets_only:
        built["text"] = needle
    return built


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 3:
        raise SystemExit(__doc__)
    source, root, gold = Path(args[0]), Path(args[1]), Path(args[2])
    offsets_only = "--offsets-only" in argv
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    built = []
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise SystemExit(f"error: {source}:{number}: not JSON: {error}") from None
        built.append(build_document(record, root, offsets_only))
    with gold.open("w", encoding="utf-8") as out:
        for record in built:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    count = sum(len(r.get(k, [])) for r in built for k in SPAN_LISTS)
    print(f"{gold}: {len(built)} documents, {count} spans")


if __name__ == "__main__":
    main(sys.argv[1:])
