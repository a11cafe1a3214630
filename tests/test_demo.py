"""`make demo` analyses the shipped sample corpus and shows it, on a machine without ../shared."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_ingests_the_sample_corpus_and_shows_searches():
    result = subprocess.run([sys.executable, "-m", "kronika.demo"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env={"PATH": "/usr/bin:/bin", "COLUMNS": "120"})
    assert result.returncode == 0, result.stderr
    output = result.stdout
    assert "read 10, new 9, duplicate 0, near-duplicate 1, skipped 0" in output
    assert "read 10, new 0, duplicate 10" in output
    assert "**Łukaszenka**" in output and "**systemu**" in output
    assert "Traceback" not in output + result.stderr
