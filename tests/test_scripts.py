"""The scripts beside the app (the benchmarks, the build) still start: each answers --help,
which imports everything it uses from the app. (The lesson maker has its own test in
test_lessons; it and the icon maker write files and take no --help.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = [
    "benchmarks/engine.py",
    "benchmarks/fuzz_files.py",
    "benchmarks/gui.py",
    "benchmarks/startup.py",
    "packaging/build.py",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_script_starts(script):
    done = subprocess.run(
        [sys.executable, str(ROOT / script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage" in done.stdout.lower()
