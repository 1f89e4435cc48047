"""Paused on large data, an edit shows at once with figures from an even sample ("≈"),
and the exact figures follow, computed a chunk at a time between commands
(playground/core/paused_figures.py)."""

from __future__ import annotations

import numpy as np
import pytest

from engine import Network
from playground.core.paused_figures import SAMPLE_POINTS, Refinement
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.warnings_check import measure, measure_in_chunks
from tests.conftest import TIMEOUT

LARGE = 30_000  # points: more than EXACT_POINTS


def _finish(steps):
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def large_session(**settings) -> Session:
    return Session(TrainingSettings(points=LARGE, **settings))


def summation_order(trainer) -> float:
    """The relative tolerance of "equal up to the order of summation" in the network's
    dtype: the chunks' means summed against one mean of the whole set."""
    return 1e-12 if trainer.network.dtype == np.float64 else 1e-6


def test_small_data_keeps_exact_figures_at_once():
    s = Session(TrainingSettings(points=2_000))
    snap = s.snapshot(1, False, 0.0)
    assert "sampled" not in snap.metrics and not s.refining
    assert snap.metrics == s.trainer.metrics()


def test_large_data_shows_a_sample_first_then_the_exact_figures(monkeypatch):
    s = large_session()
    s.train_epochs(1)
    rows = []
    real = Network.evaluate_features

    def counted(self, F, T):
        rows.append(len(F))
        return real(self, F, T)

    monkeypatch.setattr(Network, "evaluate_features", counted)
    first = s.snapshot(1, False, 0.0)
    # The snapshot itself evaluates an even sample only: at most SAMPLE_POINTS a set.
    assert sum(rows) <= 2 * SAMPLE_POINTS
    used, total = first.metrics["sampled"]
    assert used <= 2 * SAMPLE_POINTS and total == LARGE
    exact = s.trainer.metrics()
    assert first.metrics["train_loss"] == pytest.approx(exact["train_loss"], abs=0.05)
    assert s.refining
    chunks = 0
    while not s.refine():
        chunks += 1
        assert chunks < 100
    assert chunks >= 2  # it did come in chunks, a command could go between them
    second = s.snapshot(2, False, 0.0)
    assert "sampled" not in second.metrics and not s.refining
    for key in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert second.metrics[key] == pytest.approx(
            exact[key], rel=summation_order(s.trainer), abs=1e-15
        ), key
    assert second.metrics["epoch"] == exact["epoch"] == 1
    # And the warnings are those of the whole training set.
    health = measure(s.trainer)
    assert second.dead_neurons == health.dead


def test_a_change_drops_the_refinement_and_the_next_snapshot_starts_again():
    s = large_session()
    s.snapshot(1, False, 0.0)
    s.refine()
    assert s.refining
    s.add_neuron(1)
    assert not s.refine() and not s.refining  # stale: dropped, nothing shown from it
    snap = s.snapshot(2, False, 0.0)
    assert "sampled" in snap.metrics and s.refining
    while not s.refine():
        pass
    assert s.snapshot(3, False, 0.0).metrics["train_loss"] == pytest.approx(
        s.trainer.metrics()["train_loss"], rel=summation_order(s.trainer)
    )


def test_a_typed_weight_counts_as_a_change():
    s = large_session()
    s.snapshot(1, False, 0.0)
    while not s.refine():
        pass
    s.set_weight(0, 0, 0, 3.0)  # in place: the same network object
    snap = s.snapshot(2, False, 0.0)
    assert "sampled" in snap.metrics


def test_while_training_the_history_point_is_shown_not_a_sample():
    s = large_session()
    snap = s.snapshot(1, True, 0.0)
    assert "sampled" not in snap.metrics and not s.refining


@pytest.mark.parametrize("chunk", [1, 7, 100, 10_000])
def test_measuring_in_chunks_finds_what_one_pass_finds(chunk):
    s = Session(TrainingSettings(points=400, activation="relu", learning_rate=10.0))
    s.train_epochs(2)  # rate 10: dead ReLUs
    whole = measure(s.trainer)
    parts = _finish(measure_in_chunks(s.trainer, chunk))
    assert whole.dead and parts.dead == whole.dead
    assert np.array_equal(parts.grad_norms, whole.grad_norms)
    assert np.array_equal(parts.weight_norms, whole.weight_norms)


def test_regression_figures_have_no_accuracy():
    s = Session(TrainingSettings(points=LARGE, problem="regression", dataset="plane"))
    assert "sampled" in s.snapshot(1, False, 0.0).metrics
    r = Refinement(s.trainer)
    while not r.advance():
        pass
    assert r.metrics is not None
    assert r.metrics["train_accuracy"] is None and r.metrics["test_accuracy"] is None
    exact = s.trainer.metrics()
    assert r.metrics["test_loss"] == pytest.approx(
        exact["test_loss"], rel=summation_order(s.trainer)
    )


def test_the_window_marks_sampled_figures_and_shows_the_exact_ones(window, qtbot):
    w = window(TrainingSettings(points=LARGE))
    chart = w.loss_chart
    qtbot.waitUntil(lambda: "sampled" not in w.snapshot.metrics, timeout=TIMEOUT)
    assert not chart.test_loss_label.text().startswith("≈")
    seen = []
    w.frame_hooks.append(
        lambda snap: seen.append((chart.test_loss_label.text(), chart.test_loss_label.toolTip()))
    )
    w.client.submit(lambda s: s.add_neuron(1), republish=True)
    qtbot.waitUntil(lambda: any(text.startswith("≈ ") for text, _ in seen), timeout=TIMEOUT)
    tip = next(tip for text, tip in seen if text.startswith("≈ "))
    assert "of the 30,000 points" in tip
    qtbot.waitUntil(lambda: "sampled" not in w.snapshot.metrics, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not chart.test_loss_label.text().startswith("≈"), timeout=TIMEOUT)
    assert chart.test_loss_label.toolTip() == ""
    exact = w.client.call(lambda s: s.trainer.metrics())
    assert chart.test_loss_label.text() == f"{exact['test_loss']:.3f}"
