"""The entity recogniser: a CRF (CRFsuite) over tokens, then base forms and entity ids.

    recognizer = EntityRecognizer.load()            # the packaged model
    recognizer.annotate(text)                       # {"mentions": [...], "entities": [...]}
    recognizer.mentions(text, tokens)               # with any tokenizer's (start, end, text) tokens
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence

import pycrfsuite

from kronika.entities.features import Gazetteer, Token, decode_bio, featurize_document, tokenize
from kronika.errors import KronikaError

DEFAULT_MODEL = Path(__file__).resolve().parent / "model"


class EntityRecognizer:
    def __init__(self, tagger: pycrfsuite.Tagger, config: dict[str, Any], gazetteer: Gazetteer | None,
                 lemmatizer=None, linker=None) -> None:
        self.tagger = tagger
        self.config = config
        self.gazetteer = gazetteer
        self.use_morph = config.get("use_morph", True)
        self.lemmatizer = lemmatizer
        self.linker = linker
        self.compiled = None
        if isinstance(tagger, pycrfsuite.Tagger) and config.get("fast", True):
            from kronika.entities.fastcrf import CompiledCRF
            self.compiled = CompiledCRF(tagger, self.use_morph)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> "EntityRecognizer":
        path = Path(path or os.environ.get("KRONIKA_NER_MODEL") or DEFAULT_MODEL)
        try:
            return cls._load(path)
        except (OSError, ValueError, KeyError) as err:  # a missing folder, a file that is not a model
            raise KronikaError(f"entity model {path}: not a model folder written by `kronika train` "
                               f"({type(err).__name__}: {err}); check KRONIKA_NER_MODEL") from err

    @classmethod
    def _load(cls, path: Path) -> "EntityRecognizer":
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        if config.get("model") == "perceptron":
            from kronika.entities.perceptron import Perceptron
            tagger = Perceptron.load(path / "perceptron")
        else:
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path / "crf.model"))
        gazetteer = None
        if (path / "gazetteer.json").exists():
            gazetteer = Gazetteer.from_json(json.loads((path / "gazetteer.json").read_text(encoding="utf-8")))
        lemmatizer = linker = None
        if (path / "lemmas.json").exists():
            from kronika.entities.lemmas import Lemmatizer
            lemmatizer = Lemmatizer.from_json(json.loads((path / "lemmas.json").read_text(encoding="utf-8")))
        if (path / "links.json").exists():
            from kronika.entities.linking import Linker
            linker = Linker.from_json(json.loads((path / "links.json").read_text(encoding="utf-8")))
        return cls(tagger, config, gazetteer, lemmatizer, linker)

    # -- tagging ---------------------------------------------------------------------------
    def tag_tokens(self, text: str, tokens: Sequence[Token]) -> list[str]:
        labels: list[str] = []
        fast = self.compiled is not None
        sequences = [feats for _, feats in featurize_document(text, tokens, self.gazetteer, self.use_morph,
                                                              self.config.get("use_doc", False), parts=fast)]
        if fast:
            for seq_labels in self.compiled.tag_many(sequences):
                labels.extend(seq_labels)
        else:
            for feats in sequences:
                labels.extend(self.tagger.tag(feats))
        return labels

    def mentions(self, text: str, tokens: Sequence[Token] | None = None,
                 breaks: Sequence[int] = ()) -> list[dict[str, Any]]:
        """Mentions with start, end, text, type, and (when the model has them) lemma and entity;
        none crosses an offset in `breaks` (the starts of sentences)."""
        tokens = list(tokens) if tokens is not None else tokenize(text)
        labels = self.tag_tokens(text, tokens)
        out = []
        for type_, i, j in _split_at(decode_bio(tokens, labels), tokens, set(breaks)):
            start, end = tokens[i][0], tokens[j - 1][1]
            out.append({"start": start, "end": end, "text": text[start:end], "type": type_,
                        "tokens": [t[2] for t in tokens[i:j]]})
        if self.lemmatizer:
            vocab = {t[2] for t in tokens} | set(text.split())
            for m in out:
                m["lemma"] = self.lemmatizer.lemma(m["tokens"], m["type"], m["text"], vocab)
        else:
            for m in out:
                m["lemma"] = m["text"]
        return out

    def annotate(self, text: str, tokens: Sequence[Token] | None = None, doc_id: str | None = None,
                 breaks: Sequence[int] = ()) -> dict[str, Any]:
        """Mentions and entities in Kronika's document shape."""
        mentions = self.mentions(text, tokens, breaks)
        if self.linker is not None:
            entities = self.linker.link(mentions)
        else:
            entities = []
            ids: dict[tuple[str, str], str] = {}
            for m in mentions:
                key = (m["type"], m["lemma"])
                if key not in ids:
                    ids[key] = f"{m['type']}:{m['lemma']}"
                    entities.append({"id": ids[key], "name": m["lemma"], "type": m["type"]})
                m["entity"] = ids[key]
        for m in mentions:
            m.pop("tokens", None)
        return {"id": doc_id, "text": text, "mentions": mentions, "entities": entities}


def _split_at(spans, tokens: Sequence[Token], breaks: set[int]):
    """(type, first token, last token + 1) of each span, cut where a sentence starts inside it
    ("…z Białej Podlaskiej. Pekin zwrócił się…" is two names), without the punctuation before the cut."""
    for _start, _end, type_, i, j in spans:
        first = i
        for k in range(i + 1, j):
            if tokens[k][0] in breaks:
                last = k
                while last > first and not tokens[last - 1][2][:1].isalnum():
                    last -= 1
                if last > first:
                    yield type_, first, last
                first = k
        yield type_, first, j
