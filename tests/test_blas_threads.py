"""BLAS runs on one thread while the engine trains, even when NumPy was imported first.

Each check runs in a fresh interpreter that imports NumPy before anything of ours (as a
notebook or a user's script does), with no thread variables in its environment, and sets
BLAS to two threads as a multi-core machine would give NumPy loaded that way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

PROLOGUE = """
import json
import numpy  # first, before engine or playground
from threadpoolctl import threadpool_info, threadpool_limits

threadpool_limits(2, user_api="blas")

def blas_threads():
    return max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")

before = blas_threads()
"""

ENGINE = """
from engine import Network, Trainer, datasets
from engine.batch_passes import BatchPasses

X, y = datasets.generate("circle", noise=0.1, seed=1)
spec = {"features": ["x1", "x2"], "hidden": [{"units": 8, "activation": "tanh"}],
        "output": {"kind": "binary"}}

def run(**options):
    trainer = Trainer(Network.from_spec(spec), X, y, batch_size=10, **options)
    seen = []
    gradients = BatchPasses.gradients

    def watched(self, F, T, dropout=None):  # the training loop's passes
        seen.append(blas_threads())
        return gradients(self, F, T, dropout)

    BatchPasses.gradients = watched
    try:
        trainer.run_epochs(2)
    finally:
        BatchPasses.gradients = gradients
    return sorted(set(seen))

inside = run()
after = blas_threads()
opted_out = run(blas_threads=None)
print(json.dumps({"before": before, "inside": inside, "after": after,
                  "opted_out": opted_out}))
"""

WORKER = """
import queue
from PySide6.QtCore import QCoreApplication
from playground.compute.worker import TrainingWorker
from playground.compute.worker_thread import start_worker, stop_worker
from playground.core.session import Session

app = QCoreApplication([])
worker = TrainingWorker(Session())
worker.use_process = False
thread = start_worker(worker)
seen = queue.SimpleQueue()
worker.send("call", lambda session: session.train_epochs(1))
worker.send("call", lambda session: seen.put(blas_threads()))
inside = seen.get(timeout=30)
assert stop_worker(worker, thread)
print(json.dumps({"before": before, "inside": [inside], "after": blas_threads()}))
"""


def run_fresh(body: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    script = textwrap.dedent(PROLOGUE) + textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["before"] < 2:
        pytest.skip("this machine's BLAS runs one thread anyway")
    return result


def test_the_engine_trains_on_one_blas_thread_and_puts_the_count_back():
    result = run_fresh(ENGINE)
    assert result["inside"] == [1]
    assert result["after"] == result["before"]  # the notebook's own NumPy keeps its threads
    assert result["opted_out"] == [result["before"]]  # blas_threads=None leaves BLAS alone


def test_the_worker_thread_trains_on_one_blas_thread():
    result = run_fresh(WORKER)
    assert result["inside"] == [1]
    assert result["after"] == result["before"]
