"""A loss that explodes without overflowing counts as divergence (issue 15)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from engine import LossHistory, Network, Trainer
from engine.divergence import LOSS_WINDOW, MAX_PARAM_NORM, loss_exploded
from playground.core.session import Session
from playground.core.settings import TrainingSettings

LINEAR = {"features": ["x1", "x2"], "hidden": [], "output": {"kind": "regression"}}


def one_point(seed: int, lr: float) -> Trainer:
    """One point, a linear model, a learning rate a little too large: every step
    overshoots further, and the loss grows about twofold an epoch."""
    X, y = np.array([[1.0, 1.0]]), np.array([0.5])
    return Trainer(Network.from_spec(LINEAR, seed=seed), X, y, seed=seed, learning_rate=lr)


@pytest.mark.parametrize("lr", [0.8, 0.9])
def test_a_loss_that_grows_a_hundredfold_is_divergence_long_before_overflow(lr):
    for seed in range(5):
        t = one_point(seed, lr)
        t.run_epochs(100)
        assert t.divergence is not None, seed
        assert "the loss exploded" in t.divergence.reason
        assert t.divergence.epoch <= 12
        assert np.linalg.norm(t.network.param_vector) < MAX_PARAM_NORM / 1e4  # far from it
        again = one_point(seed, lr)
        again.run_epochs(100)
        assert again.divergence == t.divergence  # deterministic


def test_learning_and_noisy_losses_are_not_divergence():
    for seed in range(5):
        for settings in (
            TrainingSettings(init_seed=seed),
            TrainingSettings(init_seed=seed, learning_rate=3.0),  # noisy, large, but bounded
            TrainingSettings(init_seed=seed, activation="relu", hidden=(4,) * 8),
        ):
            s = Session(settings)
            s.train_epochs(300)
            assert s.trainer.divergence is None, (seed, settings)


def test_the_rule():
    assert loss_exploded([0.5], 80.0) == ""  # nothing to compare with yet
    assert "100 times" in loss_exploded([0.7, 0.5, 0.4], 40.0)
    assert loss_exploded([0.7, 0.5, 0.4], 39.0) == ""
    # A converged network's spike from 1e-4 to 1e-2 is 100×, but far better than the
    # untrained network's loss: not an explosion.
    assert loss_exploded([0.7] + [1e-4] * 10, 1e-2) == ""
    # Only the last ten recorded points count.
    assert loss_exploded([0.7, 0.001] + [0.5] * 10, 1.0) == ""


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    # A few magnitudes, so that the rule's two comparisons often go either way.
    losses=st.lists(st.sampled_from([0.01, 0.1, 1.0, 10.0, 100.0]), max_size=40),
    loss=st.sampled_from([0.5, 5.0, 50.0, 500.0]),
    limit=st.integers(4, 30),
)
def test_the_rule_reads_the_same_from_the_first_and_last_losses(losses, loss, limit):
    """The trainer hands the rule only the first and the last LOSS_WINDOW losses; it
    decides, and says, exactly what it would from the whole history (thinned or not)."""
    history = LossHistory(limit)
    for epoch, value in enumerate(losses):
        if history.due(epoch):
            history.record(epoch, value, value, None, None)
    whole = history.train_losses()
    short = history.first_and_last_train_losses(LOSS_WINDOW)
    assert len(short) <= LOSS_WINDOW + 1
    assert loss_exploded(short, loss) == loss_exploded(whole, loss)
