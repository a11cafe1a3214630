"""`make bench-serve`: latency of the web UI's document page, entity page and search on 10,000 documents.

1. Analyse our sample corpus (examples/corpus) and the Polish SlavicNER articles once.
2. Store them, then copies with new ids until the store holds `--documents`. A copy's text is the
   original's with a marker line appended ("[kopia 3]"), so each has its own content hash and
   search entry. Copies are stored through a bench-only bulk path: a fingerprint without LSH bands,
   so the store does not look for near-duplicates (which every copy is, by construction) and does
   not link them; everything else (JSON, search index, read-side index tables) is written as usual.
   The store is kept in out/ and reused by the next run when it has the same size.
3. Start `kronika serve` on it in a child process and, from a second child process, request pages
   over loopback (HTTP/1.1 keep-alive, stdlib http.client): random documents, the most-named
   entities (the heaviest entity pages), and inflected search queries. Report p50/p95/max per kind,
   for one client at a time and for several at once (`--concurrency`), with one server process or
   more (`--server-workers`). Each server is warmed up with 20 requests that are not counted.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote, urlencode

SAMPLE = Path("examples/corpus")
QUERIES = ["Łukaszenki", "Putinem", "system rakietowy", "granicy", "Białorusi", "Nord Stream", "szczepionki",
           "Ryanair", "samolot", "brexitu", "Unii Europejskiej", "pandemii", "gazociąg", "premiera", "wojska",
           "sankcje", "Mińsku", "Iskandery", "ćwiczenia", "ministra obrony", "Asia Bibi", "Pakistanu", "lotnisko",
           "koronawirusa", "Londynie", "Moskwy", "rząd", "protesty", "dziennikarza", "umowy"]


def _source_files(corpus: Path) -> list[Path]:
    from kronika.bench import polish_files

    return [SAMPLE, *polish_files(corpus)]


def build_store(db: Path, corpus: Path, target: int, workers: int | None) -> dict:
    """Analyse once, store originals and marked copies up to `target` documents."""
    from kronika import jobs
    from kronika.analyse.pipeline import build_nlp
    from kronika.ingest.dedup import fingerprint
    from kronika.store import open_store

    start = time.perf_counter()
    nlp = build_nlp()
    originals = list(jobs.extract(nlp, _source_files(corpus), workers=workers))
    analysed = time.perf_counter() - start
    if db.exists():
        db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    stored = 0
    start = time.perf_counter()
    with open_store(str(db)) as store:
        for document in originals:  # the originals as ingest stores them
            if store.add(document, fingerprint(document.text)).status != "duplicate":
                stored += 1
        copy = 0
        while stored < target:
            copy += 1
            for document in originals:
                if stored >= target:
                    break
                text = f"{document.text}\n\n[kopia {copy}]"
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                marked = document.model_copy(update={"id": f"{document.id}~{copy}", "text": text,
                                                     "content_hash": digest, "near_duplicate_of": None})
                if store.add(marked, SimpleNamespace(content_hash=digest, minhash=[], bands=[])).status == "new":
                    stored += 1
        count = store.count()
    return {"originals": len(originals), "documents": count, "analyse_s": round(analysed, 1),
            "store_s": round(time.perf_counter() - start, 1)}


def sample_urls(db: Path, per_kind: int, seed: int = 6) -> dict[str, list[str]]:
    import sqlalchemy as sa

    from kronika.store import open_store
    from kronika.store.schema import doc_entities, documents

    rng = random.Random(seed)
    with open_store(str(db)) as store, store.engine.connect() as conn:
        ids = list(conn.execute(sa.select(documents.c.id)).scalars())
        n = sa.func.count().label("n")
        top = list(conn.execute(sa.select(doc_entities.c.entity_key, n).group_by(doc_entities.c.entity_key)
                                .order_by(n.desc()).limit(per_kind)).scalars())
    return {
        "document": ["/documents/" + quote(i, safe="") for i in rng.sample(ids, min(per_kind, len(ids)))],
        "entity": ["/entities/" + quote(k, safe="") for k in rng.sample(top, len(top))],
        "search": ["/search?" + urlencode({"q": rng.choice(QUERIES)}) for _ in range(per_kind)],
    }


# -- the load generator (a separate process) --------------------------------------------------


def _client(port: int, urls: list[tuple[str, str]], out: list[tuple[str, float, int]]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for kind, url in urls:
        started = time.perf_counter()
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
        out.append((kind, (time.perf_counter() - started) * 1000, response.status))
    connection.close()


def load(port: int, plan: dict[str, list[str]], concurrency: int) -> dict:
    """Warm up on a few URLs, then send every URL once, shuffled, from `concurrency` connections."""
    requests = [(kind, url) for kind, urls in plan.items() for url in urls]
    random.Random(1).shuffle(requests)
    _client(port, requests[:20], [])  # warm-up: templates compiled, caches filled, not measured
    results: list[tuple[str, float, int]] = []
    threads = [threading.Thread(target=_client, args=(port, requests[i::concurrency], results))
               for i in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report = {}
    for kind in plan:
        times = sorted(ms for k, ms, _ in results if k == kind)
        errors = sum(1 for k, _, status in results if k == kind and status != 200)
        report[kind] = {"requests": len(times), "errors": errors, "p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "max_ms": round(times[-1], 1)}
    return report


# -- orchestration ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, child: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise SystemExit("kronika bench-serve: `kronika serve` exited before it was ready")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/stats")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("kronika bench-serve: `kronika serve` did not answer within 120 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="SlavicNER raw/ folder (Polish articles under */pl/)")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--store", type=Path, default=Path("out/bench-serve.db"))
    parser.add_argument("--rebuild", action="store_true", help="build the store even if one of this size exists")
    parser.add_argument("--requests", type=int, default=300, help="per kind of page")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--workers", type=int, default=None, help="analysing processes (default: every core)")
    parser.add_argument("--server-workers", type=int, nargs="+", default=[1],
                        help="`kronika serve --workers` values to measure")
    parser.add_argument("--load", help=argparse.SUPPRESS)  # internal: run as the load generator
    args = parser.parse_args()
    if args.load:
        spec = json.loads(args.load)
        print(json.dumps(load(spec["port"], spec["plan"], spec["concurrency"])))
        return

    from kronika.store import open_store

    args.store.parent.mkdir(parents=True, exist_ok=True)
    existing = 0
    if args.store.exists() and not args.rebuild:
        with open_store(str(args.store)) as store:
            existing = store.count()
    if existing != args.documents:
        if args.corpus is None or not args.corpus.is_dir():
            raise SystemExit(f"kronika bench-serve: corpus folder {args.corpus} not found (--corpus)")
        built = build_store(args.store, args.corpus, args.documents, args.workers)
        print(f"store: {built['documents']} documents ({built['originals']} analysed originals, then marked copies) "
              f"in {args.store}; analysis {built['analyse_s']} s, storing {built['store_s']} s")
    else:
        print(f"store: {existing} documents in {args.store} (reused; --rebuild to build again)")
    plan = sample_urls(args.store, args.requests)
    from kronika.bench import machine

    print(f"load: {args.requests} requests per kind of page from a second process over loopback; "
          f"machine: {machine()}")
    for server_workers in args.server_workers:
        for concurrency in args.concurrency:
            _measure(args.store, plan, server_workers, concurrency)


def _measure(db: Path, plan: dict[str, list[str]], server_workers: int, concurrency: int) -> None:
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "kronika.cli", "--db", str(db), "serve", "--port", str(port),
                               "--workers", str(server_workers)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    try:
        _wait(port, server)
        spec = json.dumps({"port": port, "plan": plan, "concurrency": concurrency})
        output = subprocess.run([sys.executable, "-m", "kronika.serve.bench", "--load", spec],
                                capture_output=True, text=True, check=True).stdout
        report = json.loads(output.strip().splitlines()[-1])
        for kind, figures in report.items():
            verdict = "ok" if figures["p95_ms"] <= 100 and not figures["errors"] else "OVER 100 ms or errors"
            print(f"  serve --workers {server_workers}, {concurrency} client(s) at once, {kind:>8} page: "
                  f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, max {figures['max_ms']} ms, "
                  f"{figures['requests']} requests, {figures['errors']} errors  [{verdict}]")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
