"""Reading a CSV file in a thread of its own: the same data as reading it here, errors
handed back, and the interpreter's settings as they were afterwards."""

from __future__ import annotations

import gc
import sys

import numpy as np
import pytest

from playground.core import csv_io
from playground.data.csv_reading import read_csv_live


def test_a_file_read_live_is_the_file_read_here_and_leaves_the_interpreter_as_it_was(
    qapp, tmp_path
):
    rng = np.random.default_rng(0)
    X, y = rng.uniform(-5, 5, (20_000, 2)), rng.integers(0, 3, 20_000)
    path = tmp_path / "points.csv"
    csv_io.write_csv(path, X, y, "classification")
    interval = sys.getswitchinterval()
    for collecting in (True, False):
        (gc.enable if collecting else gc.disable)()
        try:
            live = read_csv_live(path)
            assert gc.isenabled() is collecting  # the collector is paused only while it reads
        finally:
            gc.enable()
        assert sys.getswitchinterval() == interval
        here = csv_io.read_csv(path)
        assert np.array_equal(live.X, here.X) and np.array_equal(live.y, here.y)
        assert live.task == here.task == "classification"


def test_a_bad_file_read_live_raises_its_error_here(qapp, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x1,x2,label\n1,2\n", encoding="utf-8")
    with pytest.raises(csv_io.CsvError, match="Line 2"):
        read_csv_live(path)
    assert gc.isenabled()
