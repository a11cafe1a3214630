"""`make bench`: documents per second and peak memory of `extract` and `ingest`.

Jobs: ``extract`` and ``ingest`` run the whole pipeline (text layer + named entities);
``extract-text-layer`` only the Foundation's text layer (tokens, sentences, morphology). Each
job runs in a fresh child process with one analysing worker per core (``--workers``); the clock
starts after the pipeline and store are loaded (start-up excluded) and stops when the last
document is written. Peak memory is the largest sum, over the job process and its workers, of
their proportional set size (Linux ``smaps_rollup`` Pss: a page shared by forked processes
counts once in total), sampled every 0.1 s; elsewhere, the job process's own peak.

``--components N`` instead times each pipeline component on the first N articles in this one
process, in milliseconds per article.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

JOBS = ("extract", "ingest", "extract-text-layer")


def polish_files(corpus: Path) -> list[Path]:
    """SlavicNER layout: raw/TOPIC/pl/*.txt; any folder of .txt files also works."""
    files = sorted(corpus.glob("*/pl/*.txt")) or sorted(corpus.rglob("*.txt"))
    if not files:
        raise SystemExit(f"kronika bench: no .txt articles under {corpus}")
    return files


def worker(job: str, files: list[Path], workers: int | None) -> dict:
    import resource

    from kronika import jobs
    from kronika.analyse.parallel import default_workers
    from kronika.analyse.pipeline import build_nlp

    nlp = build_nlp(entities=job != "extract-text-layer", time=job != "extract-text-layer")
    nlp("Rozgrzewka przed pomiarem: Putin spotkał się z Łukaszenką w Mińsku.")  # builds caches: start-up
    workers = workers or default_workers()
    if job.startswith("extract"):
        start = time.perf_counter()
        count = sum(len(doc.model_dump_json()) > 0 for doc in jobs.extract(nlp, files, workers=workers))
        seconds = time.perf_counter() - start
    else:
        from kronika.store import open_store

        with tempfile.TemporaryDirectory() as folder, open_store(os.path.join(folder, "bench.db")) as store:
            start = time.perf_counter()
            summary = jobs.ingest(nlp, store, files, workers=workers)
            seconds = time.perf_counter() - start
            count = summary.new + summary.near_duplicate + summary.duplicate
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"job": job, "documents": count, "seconds": round(seconds, 2), "workers": workers,
            "own_peak_mb": round(own / 1024)}


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(child) for child in handle.read().split()]
        except OSError:
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _sample_peak(pid: int, peak: list[int], done: threading.Event) -> None:
    while not done.wait(0.1):
        peak[0] = max(peak[0], sum(_pss_kb(p) for p in _descendants(pid)))


def measure(job: str, corpus: Path, workers: int | None = None) -> dict:
    command = [sys.executable, "-m", "kronika.bench", "--worker", job, "--corpus", str(corpus)]
    if workers:
        command += ["--workers", str(workers)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak, done = [0], threading.Event()
    sampler = threading.Thread(target=_sample_peak, args=(child.pid, peak, done), daemon=True)
    sampler.start()
    output = child.stdout.read()
    done.set()
    sampler.join()
    _, status, _usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"kronika bench: the {job} worker failed with exit code {child.returncode}")
    result = json.loads(output.strip().splitlines()[-1])
    result["docs_per_second"] = round(result["documents"] / result["seconds"], 1)
    result["peak_memory_mb"] = round(peak[0] / 1024) if peak[0] else result["own_peak_mb"]
    return result


def component_times(files: list[Path], count: int) -> dict[str, float]:
    """Milliseconds per article each pipeline component takes, on the first `count` files."""
    from kronika.analyse.pipeline import build_nlp

    nlp = build_nlp()
    texts = [f.read_text(encoding="utf-8") for f in files[:count]]
    spent: dict[str, float] = {}
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
    return {name: round(seconds / len(texts) * 1000, 1) for name, seconds in spent.items()}


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--worker", choices=JOBS)
    parser.add_argument("--jobs", nargs="+", choices=JOBS, default=list(JOBS))
    parser.add_argument("--workers", type=int, default=None, help="analysing processes (default: one per core)")
    parser.add_argument("--components", type=int, metavar="N", help="time each component on N articles instead")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"kronika bench: corpus folder {args.corpus} not found")
    files = polish_files(args.corpus)
    if args.worker:
        print(json.dumps(worker(args.worker, files, args.workers)))
        return
    if args.components:
        times = component_times(files, args.components)
        print(f"ms per article on {min(args.components, len(files))} articles, one process: "
              + ", ".join(f"{name.removeprefix('kronika_')} {ms}" for name, ms in times.items()))
        return
    print(f"corpus: {len(files)} Polish articles under {args.corpus}; machine: {machine()}")
    for job in args.jobs:
        result = measure(job, args.corpus, args.workers)
        print(f"{job:>18}: {result['documents']} docs in {result['seconds']} s = "
              f"{result['docs_per_second']} docs/s with {result['workers']} worker(s), "
              f"peak memory {result['peak_memory_mb']} MB (all processes)")


if __name__ == "__main__":
    main()
