"""A network near divergence draws its maps without NumPy warnings on stderr (issue 21)."""

import warnings

import numpy as np

from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.snapshot_builder import neuron_grid


def deep_session() -> Session:
    # Ten ReLU layers at learning rate 10: within a few batches the float32 maps overflow
    # while the float64 trainer has not diverged yet.
    return Session(
        TrainingSettings(
            learning_rate=10.0, activation="relu", dataset="spiral", hidden=(16,) * 10, speed=0
        )
    )


def test_maps_that_overflow_float32_raise_no_warning_and_change_no_number():
    s = deep_session()
    reference = deep_session()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any RuntimeWarning fails the test
        for i in range(8):
            s.train_batches(1)
            s.set_focus((10, 0))  # the hovered neuron's map too
            s.snapshot(i, True, 0.0)  # its float32 maps overflow (a RuntimeWarning before)
    assert s.trainer.diverged  # the case the test is about: divergence, caught by the engine
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference.train_batches(8)
    assert np.array_equal(s.trainer.network.param_vector, reference.trainer.network.param_vector)


def test_a_hovered_neuron_map_that_overflows_raises_no_warning():
    s = deep_session()
    s.train_batches(2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        image = neuron_grid(s.trainer.network, 10, 0, 100, (-6.0, 6.0))
    assert image.shape == (100, 100)
