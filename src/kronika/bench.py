"""`make bench`: documents per second and peak memory of `extract` and `ingest`.

Each job runs in a fresh child process, so its peak resident memory (ru_maxrss) is its own;
the clock starts after the pipeline and store are loaded (start-up excluded) and stops when the
last document is written.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JOBS = ("extract", "ingest")


def polish_files(corpus: Path) -> list[Path]:
    """SlavicNER layout: raw/TOPIC/pl/*.txt; any folder of .txt files also works."""
    files = sorted(corpus.glob("*/pl/*.txt")) or sorted(corpus.rglob("*.txt"))
    if not files:
        raise SystemExit(f"kronika bench: no .txt articles under {corpus}")
    return files


def worker(job: str, files: list[Path]) -> dict:
    import kronika
    from kronika import jobs

    nlp = kronika.load()
    nlp("Rozgrzewka przed pomiarem.")  # first call builds caches: part of start-up
    if job == "extract":
        start = time.perf_counter()
        count = sum(len(doc.model_dump_json()) > 0 for doc in jobs.extract(nlp, files))
        seconds = time.perf_counter() - start
    else:
        from kronika.store import open_store

        with tempfile.TemporaryDirectory() as folder, open_store(os.path.join(folder, "bench.db")) as store:
            start = time.perf_counter()
            summary = jobs.ingest(nlp, store, files)
            seconds = time.perf_counter() - start
            count = summary.new + summary.near_duplicate + summary.duplicate
    return {"job": job, "documents": count, "seconds": round(seconds, 2)}


def measure(job: str, corpus: Path) -> dict:
    child = subprocess.Popen(
        [sys.executable, "-m", "kronika.bench", "--worker", job, "--corpus", str(corpus)],
        stdout=subprocess.PIPE, text=True,
    )
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)  # this child's own rusage, unlike RUSAGE_CHILDREN
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"kronika bench: the {job} worker failed with exit code {child.returncode}")
    result = json.loads(output.strip().splitlines()[-1])
    result["docs_per_second"] = round(result["documents"] / result["seconds"], 1)
    result["peak_memory_mb"] = round(usage.ru_maxrss / 1024)
    return result


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--worker", choices=JOBS)
    parser.add_argument("--jobs", nargs="+", choices=JOBS, default=list(JOBS))
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"kronika bench: corpus folder {args.corpus} not found")
    files = polish_files(args.corpus)
    if args.worker:
        print(json.dumps(worker(args.worker, files)))
        return
    print(f"corpus: {len(files)} Polish articles under {args.corpus}; machine: {machine()}")
    for job in args.jobs:
        result = measure(job, args.corpus)
        print(f"{job:>8}: {result['documents']} docs in {result['seconds']} s = "
              f"{result['docs_per_second']} docs/s, peak memory {result['peak_memory_mb']} MB")


if __name__ == "__main__":
    main()
