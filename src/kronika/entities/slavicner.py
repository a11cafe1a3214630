"""Loader for the SlavicNER corpus layout.

    raw/TOPIC/LANG/NAME.txt          the article (title line, blank line, body)
    ner/TOPIC/LANG/NAME.txt.tsv      one mention per line (a few files: NAME.tsv)
        start  end  surface  lemma  type  cross-lingual-id

Offsets are code points into the raw text, end exclusive. Every mention is checked against the
text; a mismatch is repaired by searching for the surface near the given offset, or dropped and
counted in `SlavicDoc.problems`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

TYPES = ("PER", "ORG", "LOC", "PRO", "EVT")


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    surface: str
    lemma: str
    type: str
    entity: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.surface, "type": self.type,
                "lemma": self.lemma, "entity": self.entity}


@dataclass
class SlavicDoc:
    topic: str
    lang: str
    name: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.topic}/{self.lang}/{self.name}"

    def as_dict(self) -> dict:
        """The document shaped like Kronika's JSON document model (the parts evaluation reads)."""
        return {"id": self.id, "lang": self.lang, "text": self.text,
                "mentions": [m.as_dict() for m in self.mentions]}


def read_text(path: Path) -> str:
    # newline="" keeps "\r\n" as two code points, as the offsets count them.
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    return text[1:] if text.startswith("\ufeff") else text


def annotation_path(root: Path, topic: str, lang: str, name: str) -> Path | None:
    folder = root / "ner" / topic / lang
    for candidate in (folder / f"{name}.txt.tsv", folder / f"{name}.tsv"):
        if candidate.exists():
            return candidate
    return None


def parse_tsv(path: Path, text: str) -> tuple[list[GoldMention], list[str]]:
    mentions: list[GoldMention] = []
    problems: list[str] = []
    with open(path, encoding="utf-8", newline="") as handle:
        lines = handle.read().splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 6 or not cols[0].strip().isdigit():
            problems.append(f"{path.name}:{number}: bad row {line!r}")
            continue
        start, end = int(cols[0]), int(cols[1])
        surface, lemma, type_, ident = cols[2], cols[3], cols[4].strip(), cols[5].strip()
        if text[start:end] != surface:
            found = _nearest(text, surface, start)
            if found is None:
                problems.append(f"{path.name}:{number}: {surface!r} not at [{start},{end})")
                continue
            problems.append(f"{path.name}:{number}: {surface!r} moved {start}->{found}")
            start, end = found, found + len(surface)
        mentions.append(GoldMention(start, end, surface, lemma.strip() or surface, type_, ident))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions, problems


def _nearest(text: str, surface: str, near: int, window: int = 200) -> int | None:
    best = None
    pos = text.find(surface, max(0, near - window))
    while pos != -1 and pos <= near + window:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = text.find(surface, pos + 1)
    return best


def topics(root: Path | str) -> list[str]:
    return sorted(p.name for p in (Path(root) / "raw").iterdir() if p.is_dir())


def iter_docs(root: Path | str, topics_: list[str] | None = None, langs: list[str] | None = None,
              with_annotations: bool = True) -> Iterator[SlavicDoc]:
    """Documents under `root` (the folder holding raw/ and ner/), sorted by topic, language, name."""
    root = Path(root)
    raw = root / "raw"
    for topic in topics_ or topics(root):
        for lang_dir in sorted((raw / topic).iterdir()):
            if not lang_dir.is_dir() or (langs and lang_dir.name not in langs):
                continue
            for path in sorted(lang_dir.glob("*.txt")):
                name = path.name[: -len(".txt")]
                text = read_text(path)
                doc = SlavicDoc(topic, lang_dir.name, name, text)
                if with_annotations:
                    tsv = annotation_path(root, topic, lang_dir.name, name)
                    if tsv is not None:
                        doc.mentions, doc.problems = parse_tsv(tsv, text)
                yield doc


def load(root: Path | str, topics_: list[str] | None = None, langs: list[str] | None = None) -> list[SlavicDoc]:
    return list(iter_docs(root, topics_, langs))
