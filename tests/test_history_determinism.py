"""Which epochs the loss history records depends on the data, the settings and the seed,
never on the clock: the same run gives the same history on a quiet or a busy machine."""

from __future__ import annotations

import itertools
import threading
import time

import numpy as np

from engine import Network, Trainer, datasets
from engine.trainer import HISTORY_WORK_SHARE


def _trainer(n_points: int, batch: int, hidden=(8, 8)) -> Trainer:
    X, y = datasets.generate("circle", n_points=n_points, noise=0.1, seed=3)
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=0.5, seed=3)
    spec = {
        "features": ["x1", "x2"],
        "hidden": [{"units": u, "activation": "tanh"} for u in hidden],
        "output": {"kind": "binary"},
    }
    return Trainer(Network.from_spec(spec, seed=5), Xtr, ytr, Xte, yte, batch_size=batch)


def _history(trainer: Trainer) -> np.ndarray:
    arrays = trainer.history.arrays()
    return np.column_stack([arrays[k] for k in sorted(arrays)])


def test_large_batches_on_large_data_skip_epochs_and_small_runs_record_every_one():
    big = _trainer(4000, 256)
    big.run_epochs(40)
    epochs = big.history.arrays()["epoch"]
    # Evaluating 4000 points costs more than a tenth of an epoch of 8 batches of 256.
    assert 1 < len(epochs) < 41
    small = _trainer(500, 10)
    small.run_epochs(40)
    assert small.history.arrays()["epoch"].tolist() == list(range(41))
    assert HISTORY_WORK_SHARE > 0


def test_the_history_ignores_the_clock(monkeypatch):
    quiet = _trainer(4000, 256)
    quiet.run_epochs(30)
    # A clock that jumps erratically, as on a machine that is busy in bursts.
    ticks = itertools.count()
    monkeypatch.setattr(time, "perf_counter", lambda: next(ticks) ** 1.5 % 97.0)
    monkeypatch.setattr(time, "monotonic", lambda: next(ticks) ** 1.5 % 89.0)
    jumpy = _trainer(4000, 256)
    for _ in range(30 * jumpy.batches_per_epoch):
        jumpy.step(1)
    assert np.array_equal(_history(quiet), _history(jumpy), equal_nan=True)


def test_the_history_is_the_same_while_another_thread_burns_cpu():
    quiet = _trainer(4000, 256)
    quiet.run_epochs(25)
    stop = threading.Event()

    def burn() -> None:
        a = np.random.default_rng(0).random((200, 200))
        while not stop.is_set():
            a = np.tanh(a @ a.T / 200.0)
            sum(range(20000))  # pure Python: holds the GIL

    burner = threading.Thread(target=burn, daemon=True)
    burner.start()
    try:
        busy = _trainer(4000, 256)
        for _ in range(25):
            busy.run_epochs(1)
    finally:
        stop.set()
        burner.join()
    assert np.array_equal(_history(quiet), _history(busy), equal_nan=True)


def test_a_restored_state_records_the_same_epochs_as_the_unbroken_run():
    whole = _trainer(4000, 256)
    whole.run_epochs(30)
    split = _trainer(4000, 256)
    split.run_epochs(13)
    state = split.get_state()
    split.run_epochs(5)  # a future that the restore throws away
    split.set_state(state)
    # The history of the thrown-away epochs stays; the epochs from here follow the budget
    # exactly as the unbroken run did, because the budget's count came back with the state.
    split.history.clear()
    whole_tail = whole.history.arrays()["epoch"]
    split.run_epochs(17)
    tail = split.history.arrays()["epoch"]
    assert tail.tolist() == [e for e in whole_tail.tolist() if e > 13]
