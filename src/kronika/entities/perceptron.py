"""A structured averaged perceptron with Viterbi decoding: the alternative to the CRF, over the same
features. Weights are a (features × labels) matrix; a sequence's emission scores are sums of rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np


class Perceptron:
    def __init__(self, labels: list[str], features: dict[str, int], weights: np.ndarray,
                 transitions: np.ndarray) -> None:
        self.labels = labels
        self.label_index = {l: i for i, l in enumerate(labels)}
        self.features = features
        self.weights = weights
        self.transitions = transitions  # (labels + 1) × labels; last row = start
        # BIO: I-X only after B-X or I-X
        self.allowed = np.zeros((len(labels) + 1, len(labels)), dtype=bool)
        for j, lab in enumerate(labels):
            for i in range(len(labels) + 1):
                prev = labels[i] if i < len(labels) else "O"
                self.allowed[i, j] = not lab.startswith("I-") or prev[2:] == lab[2:] and prev != "O"
        self.penalty = np.where(self.allowed, 0.0, -1e9).astype(np.float32)

    def _emissions(self, xseq: Sequence[Sequence[str]], weights: np.ndarray) -> np.ndarray:
        out = np.zeros((len(xseq), len(self.labels)), dtype=np.float32)
        for t, feats in enumerate(xseq):
            idx = [self.features[f] for f in feats if f in self.features]
            if idx:
                out[t] = weights[idx].sum(0)
        return out

    def _viterbi(self, em: np.ndarray, trans: np.ndarray) -> list[int]:
        n, L = em.shape
        trans = trans + self.penalty
        score = trans[L] + em[0]
        back = np.zeros((n, L), dtype=np.int32)
        for t in range(1, n):
            cand = score[:, None] + trans[:L]
            back[t] = cand.argmax(0)
            score = cand.max(0) + em[t]
        path = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return path[::-1]

    def tag(self, xseq: Sequence[Sequence[str]]) -> list[str]:
        if not xseq:
            return []
        return [self.labels[i] for i in self._viterbi(self._emissions(xseq, self.weights), self.transitions)]

    @classmethod
    def train(cls, data: list[tuple[list[list[str]], list[str]]], epochs: int = 8, min_count: int = 2,
              seed: int = 0, log=print) -> "Perceptron":
        counts: dict[str, int] = {}
        labels = sorted({l for _, ys in data for l in ys}, key=lambda l: (l != "O", l[2:], l))
        for xs, _ in data:
            for feats in xs:
                for f in feats:
                    counts[f] = counts.get(f, 0) + 1
        features = {f: i for i, f in enumerate(f for f, c in counts.items() if c >= min_count)}
        model = cls(labels, features, np.zeros((len(features), len(labels)), dtype=np.float32),
                    np.zeros((len(labels) + 1, len(labels)), dtype=np.float32))
        W, T = model.weights, model.transitions
        Wsum, Tsum = np.zeros_like(W), np.zeros_like(T)
        encoded = [([np.array([features[f] for f in feats if f in features], dtype=np.int64) for feats in xs],
                    [model.label_index[y] for y in ys]) for xs, ys in data]
        rng = np.random.default_rng(seed)
        c = 1
        for epoch in range(epochs):
            errors = 0
            for k in rng.permutation(len(encoded)):
                xs, ys = encoded[k]
                em = np.stack([W[idx].sum(0) if len(idx) else np.zeros(len(labels), np.float32) for idx in xs])
                pred = model._viterbi(em, T)
                if pred != ys:
                    prev_g = prev_p = len(labels)
                    for t, (g, p) in enumerate(zip(ys, pred)):
                        if g != p:
                            errors += 1
                            W[xs[t], g] += 1
                            W[xs[t], p] -= 1
                            Wsum[xs[t], g] += c
                            Wsum[xs[t], p] -= c
                        if (prev_g, g) != (prev_p, p):
                            T[prev_g, g] += 1
                            T[prev_p, p] -= 1
                            Tsum[prev_g, g] += c
                            Tsum[prev_p, p] -= c
                        prev_g, prev_p = g, p
                c += 1
            log(f"epoch {epoch + 1}: {errors} token errors")
        model.weights = W - Wsum / c
        model.transitions = T - Tsum / c
        return model

    def save(self, path: Path) -> None:
        keep = np.abs(self.weights).max(1) > 1e-6
        names = [f for f, i in sorted(self.features.items(), key=lambda x: x[1]) if keep[i]]
        np.savez_compressed(path, weights=self.weights[keep].astype(np.float16),
                            transitions=self.transitions)
        Path(str(path) + ".json").write_text(json.dumps({"labels": self.labels, "features": names},
                                                        ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Perceptron":
        arrays = np.load(str(path) if str(path).endswith(".npz") else str(path) + ".npz")
        meta = json.loads(Path(str(path) + ".json").read_text(encoding="utf-8"))
        features = {f: i for i, f in enumerate(meta["features"])}
        return cls(meta["labels"], features, arrays["weights"].astype(np.float32), arrays["transitions"])
