"""A large network's output map made in parts while it trains (playground.core.map_parts):
the parts make the map of one pass (to float32 rounding), of the weights as they were when it began; the
snapshots show the previous map until the new one is whole; paused, the map is exact."""

from __future__ import annotations

import numpy as np
import pytest

import playground.core.snapshot_builder as builder_module
from engine import Network
from playground.core import map_parts
from playground.core.map_parts import MapInParts
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.snapshot import BOUNDARY_RESOLUTION, MAP_DTYPE
from playground.core.snapshot_builder import SnapshotBuilder

OUTPUTS = [{"kind": "binary"}, {"kind": "multiclass", "classes": 3}, {"kind": "regression"}]


@pytest.mark.parametrize("output", OUTPUTS, ids=lambda o: o["kind"])
@pytest.mark.parametrize("rows, resolution", [(1, 7), (13, 100), (100, 100), (3, 10)])
def test_the_parts_make_the_map_of_one_pass(output, rows, resolution):
    spec = {
        "features": ["x1", "x2", "sin_x1"],
        "hidden": [{"units": 6, "activation": "tanh"}, {"units": 4, "activation": "relu"}],
        "output": output,
    }
    net = Network.from_spec(spec, seed=2)
    whole = net.grid_maps(resolution, neurons=False, dtype=MAP_DTYPE)
    session = Session(TrainingSettings())
    session.trainer.replace_network(net)
    # full_cost chosen so that a part is `rows` rows: PART_SECONDS = cost × rows / R
    parts = MapInParts(session.trainer, resolution, MAP_DTYPE, 0.002 * resolution / rows)
    made = [parts.advance() for _ in range(-(-resolution // rows))]
    assert all(m is None for m in made[:-1])
    assert made[-1] is not None
    # BLAS may block a product of fewer columns differently: float32 rounding apart
    np.testing.assert_allclose(made[-1]["output"], whole["output"], rtol=1e-5, atol=1e-6)
    assert np.array_equal(made[-1]["features"], whole["features"])
    assert made[-1]["extent"] == whole["extent"]


def test_the_map_is_of_the_weights_when_it_began():
    session = Session(TrainingSettings(hidden=(8, 8)))
    trainer = session.trainer
    before = trainer.network.grid_maps(BOUNDARY_RESOLUTION, neurons=False, dtype=MAP_DTYPE)
    parts = MapInParts(trainer, BOUNDARY_RESOLUTION, MAP_DTYPE, 0.01)  # five parts
    parts.advance()
    trainer.step(200)  # training goes on between the frames
    while (whole := parts.advance()) is None:
        trainer.step(50)
    np.testing.assert_allclose(whole["output"], before["output"], rtol=1e-5, atol=1e-6)
    assert parts.current(trainer)
    trainer.add_neuron(1)  # an edit: a new network, of which this is no map
    assert not parts.current(trainer)


def test_snapshots_show_the_last_map_until_the_next_is_whole(monkeypatch):
    monkeypatch.setattr(builder_module.KeptMaps, "reusable", lambda self, t, now: False)
    monkeypatch.setattr(builder_module, "SPLIT_FROM", 0.0)  # every map is made in parts
    monkeypatch.setattr(map_parts, "PART_SECONDS", 0.0)  # of one row each, however quick
    session = Session(TrainingSettings(hidden=(8, 8)))
    builder = SnapshotBuilder()
    first = builder.build(session, 1, True, 0.0).boundary  # the first map: made at once
    exact = session.trainer.network.grid_maps(BOUNDARY_RESOLUTION, dtype=MAP_DTYPE)["output"]
    assert np.array_equal(first, exact)
    session.trainer.step(300)
    new = session.trainer.network.grid_maps(BOUNDARY_RESOLUTION, dtype=MAP_DTYPE)["output"]
    shown = [builder.build(session, 2 + i, True, 0.0).boundary for i in range(200)]
    changed = [i for i, b in enumerate(shown) if not np.array_equal(b, first)]
    assert changed, "the new map never came"
    assert changed[0] > 0  # the first frames after the change still show the last map whole
    np.testing.assert_allclose(shown[changed[0]], new, rtol=1e-5, atol=1e-6)
    assert not np.allclose(shown[changed[0]], first, rtol=1e-5, atol=1e-6)
    paused = builder.build(session, 999, False, 0.0).boundary  # paused: exact, at once
    assert np.array_equal(paused, new)
