"""Shared fixtures: a store on each backend, and documents with fingerprints to put in it.

PostgreSQL tests need a server: run `eval "$(.ci/postgres.sh)"` (sets KRONIKA_TEST_PG_URL).
Without it they are skipped, except under CI=true, where a missing server is a failure.
Each PostgreSQL test gets its own schema (dropped afterwards), so tests never see each other's data.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import uuid
from contextlib import contextmanager
from typing import Iterator

import pytest

from kronika.document import Document

PG_URL_VAR = "KRONIKA_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")


def pg_base_url() -> str:
    """The test server's URL; skips the test (fails it under CI=true) when there is none."""
    url = os.environ.get(PG_URL_VAR)
    if url:
        return url
    message = f"{PG_URL_VAR} is not set: run `eval \"$(.ci/postgres.sh)\"` to test on PostgreSQL"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: PostgreSQL tests must not be skipped)")
    pytest.skip(message)


@contextmanager
def pg_schema_url() -> Iterator[str]:
    """A URL whose search_path is a fresh, empty schema; the schema is dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = pg_base_url()
    schema = f"kt_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute("SET lock_timeout = '20s'")
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> Iterator[str]:
    """A URL of an empty store on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "kronika.db")
    else:
        with pg_schema_url() as url:
            yield url


@pytest.fixture
def store(store_url):
    from kronika.store import open_store

    with open_store(store_url) as opened:
        yield opened


# -- documents and fingerprints ----------------------------------------------------------------

_WORD = re.compile(r"\w+")
_PERMUTATIONS = 128
_BANDS, _ROWS = 20, 6


def make_fingerprint(text: str):
    """`kronika.ingest.dedup.fingerprint`, or, where that module is missing, the same idea:
    SHA-256 of the text, a 128-value MinHash of 3-word shingles and 20 LSH band keys of 6 rows."""
    try:
        from kronika.ingest.dedup import fingerprint
    except ImportError:
        pass
    else:
        return fingerprint(text)
    from types import SimpleNamespace

    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 1))} if words else set()
    minhash = []
    for seed in range(_PERMUTATIONS):
        salt = seed.to_bytes(4, "big")
        values = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4, salt=salt).digest(), "big") for s in shingles]
        minhash.append(min(values) if values else 2**32 - 1)
    bands = [
        f"{b:02d}:" + hashlib.blake2b(repr(minhash[b * _ROWS : (b + 1) * _ROWS]).encode(), digest_size=8).hexdigest()
        for b in range(_BANDS)
    ]
    return SimpleNamespace(content_hash=hashlib.sha256(text.encode()).hexdigest(), minhash=minhash, bands=bands)


def make_document(text: str, doc_id: str | None = None, **fields) -> Document:
    """A document with content_hash set (as ingest sets it) and sentences found by punctuation."""
    sentences = [
        {"start": m.start(), "end": m.end()} for m in re.finditer(r"\S[^.!?]*(?:[.!?]+|$)", text)
    ]
    values = {
        "id": doc_id or "doc-" + hashlib.sha256(text.encode()).hexdigest()[:12],
        "source": fields.pop("source", f"test://{doc_id or 'doc'}"),
        "lang": fields.pop("lang", "pl"),
        "text": text,
        "content_hash": hashlib.sha256(text.encode()).hexdigest(),
        "sentences": sentences,
        **fields,
    }
    return Document.model_validate(values)


_VOCABULARY = (
    "rząd sejm minister premier prezydent wojsko granica rozmowy umowa spotkanie budżet podatek "
    "wybory partia opozycja koalicja ustawa senat sąd prokuratura policja szpital lekarz szkoła "
    "uczniowie nauczyciel miasto gmina powiat województwo rolnik zboże cena paliwo energia węgiel "
    "gaz prąd elektrownia wiatr słońce pogoda deszcz burza powódź most droga kolej pociąg lotnisko "
    "samolot port statek eksport import firma zakład pracownik związek strajk pensja emerytura "
    "inflacja bank kredyt złoty euro dolar giełda akcje inwestycja fabryka samochód baterie"
).split()


def generated_document(i: int) -> Document:
    """Document number i of an unrelated series (random words; never near-duplicates)."""
    rng = random.Random(i)
    words = [rng.choice(_VOCABULARY) for _ in range(120)]
    sentences = [" ".join(words[k : k + 12]).capitalize() + "." for k in range(0, len(words), 12)]
    return make_document(f"Wiadomość numer {i}. " + " ".join(sentences), doc_id=f"gen-{i:04d}", date="2023-05-01")


ARTICLE = (
    "Ministerstwo Obrony Narodowej poinformowało w poniedziałek, że do jednostek na wschodzie kraju "
    "trafiły pierwsze baterie systemu obrony powietrznej. Według rzecznika resortu żołnierze przejdą "
    "szkolenie na poligonie w Ustce, a pełną gotowość bojową zestawy osiągną do końca przyszłego roku. "
    "Wicepremier zapowiedział, że kolejne dostawy są planowane wiosną. Opozycja pyta o koszty umowy "
    "i o udział polskiego przemysłu zbrojeniowego w produkcji części zamiennych. Eksperci podkreślają, "
    "że nowe zestawy znacząco zwiększą możliwości ochrony infrastruktury krytycznej, w tym elektrowni, "
    "portów i lotnisk, przed atakami z powietrza."
)


def full_document() -> Document:
    """A document using every part of the model, to check the round trip keeps everything."""
    text = "Putin spotkał się z Łukaszenką w Mińsku. „Rozmowy były owocne” – powiedział Pieskow."
    return Document.model_validate(
        {
            "id": "full-1",
            "source": "https://example.invalid/a/1",
            "title": "Spotkanie w Mińsku",
            "date": "2022-12",
            "lang": "pl",
            "text": text,
            "url": "https://example.invalid/a/1",
            "outlet": "Przykładowy Dziennik",
            "content_hash": make_fingerprint(text).content_hash,
            "sentences": [{"start": 0, "end": 40}, {"start": 41, "end": len(text)}],
            "tokens": [
                {"start": 0, "end": 5, "text": "Putin", "lemma": "Putin", "tag": "subst:sg:nom:m1", "pos": "PROPN"},
                {"start": 21, "end": 31, "text": "Łukaszenką", "lemma": "Łukaszenka", "tag": "subst:sg:inst:m1"},
            ],
            "mentions": [
                {"start": 0, "end": 5, "text": "Putin", "type": "PER", "lemma": "Władimir Putin", "entity": "e1"},
                {"start": 21, "end": 31, "text": "Łukaszenką", "type": "PER", "lemma": "Alaksandr Łukaszenka",
                 "entity": "e2", "titles": ["prezydent"]},
                {"start": 34, "end": 39, "text": "Mińsku", "type": "LOC", "subtype": "city", "lemma": "Mińsk"},
            ],
            "entities": [
                {"id": "e1", "name": "Władimir Putin", "type": "PER", "kb": "Q7747"},
                {"id": "e2", "name": "Alaksandr Łukaszenka", "type": "PER", "aliases": ["Łukaszenko"]},
            ],
            "quotes": [{"start": 41, "end": 64, "kind": "direct", "speaker": None, "speaker_text": "Pieskow",
                        "cue": "powiedział"}],
            "events": [
                {"type": "MEET", "cameo": "036", "trigger": {"start": 6, "end": 13},
                 "args": {"agent": "e1", "partners": ["e2"]}, "time": {"value": "2022-12", "timex": None},
                 "modality": "asserted", "evidence": {"start": 0, "end": 40}}
            ],
            "timexes": [{"start": 0, "end": 5, "text": "Putin", "type": "DATE", "value": None}],
            "meta": {"feed": "rss", "nested": {"n": 1, "list": [1, "a", None]}},
        }
    )
