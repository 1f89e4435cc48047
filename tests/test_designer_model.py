"""The designer's edits below the GUI: exact inverses, live session edits, settings
that follow the network, and projects that keep a designed network."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import Network, edits
from playground.core.project import apply_project, dumps_project, load_project, project_from_session
from playground.core.refs import LinkRef, NeuronRef
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.designer.edit_commands import (
    ActivationCommand,
    FeatureCommand,
    LayerCommand,
    LinkCommand,
    NeuronCommand,
    ValueCommand,
    shape_of,
)

SPEC = {
    "features": ["x1", "x2", "x1_sq"],
    "hidden": [
        {"units": 4, "activation": "tanh"},
        {"units": 3, "activation": "relu"},
        {"units": 2, "activation": "sigmoid"},
    ],
    "output": {"kind": "binary"},
}


def state(net: Network) -> tuple:
    return (
        net.spec,
        [a.tobytes() for W, b in net.params for a in (W, b)],
        [m.tobytes() for m in net.masks],
    )


def session_state(s: Session) -> tuple:
    return (*state(s.trainer.network), s.settings)


@pytest.fixture
def net() -> Network:
    n = Network.from_spec(SPEC, seed=4)
    n.set_link_enabled(1, 2, 1, False)
    n.set_link_enabled(0, 0, 3, False)
    return n


@settings(max_examples=30, deadline=None)
@given(layer=st.integers(0, 2), unit=st.integers(0, 3))
def test_a_removed_neuron_comes_back_exactly(layer, unit):
    n = Network.from_spec(SPEC, seed=4)
    n.set_link_enabled(1, 2, 1, False)
    unit = unit % SPEC["hidden"][layer]["units"]
    part = edits.neuron_part(n, layer, unit)
    back = edits.put_neuron(edits.remove_neuron(n, layer, unit), layer, unit, part)
    assert state(back) == state(n)


@pytest.mark.parametrize("layer", [0, 1, 2])
def test_a_removed_layer_comes_back_exactly(net, layer):
    part = edits.layer_part(net, layer)
    assert state(edits.put_layer(edits.remove_layer(net, layer), layer, part)) == state(net)


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_an_inserted_layer_goes_leaving_the_links_it_replaced(net, index):
    links = edits.link_part(net, index)
    grown = edits.insert_layer(net, index, 5, "elu")
    assert state(edits.join_layer(grown, index, links)) == state(net)


def test_the_inverses_refuse_what_does_not_fit(net):
    part = edits.neuron_part(net, 0, 0)
    with pytest.raises(ValueError, match="do not fit"):
        edits.put_neuron(net, 1, 0, part)  # layer 1 has another fan-in
    with pytest.raises(ValueError, match="do not fit"):
        edits.join_layer(net, 0, edits.link_part(net, 1))


# ------------------------------------------------------------------ session
def test_live_edits_keep_training_and_the_settings_follow():
    s = Session(TrainingSettings(hidden=(3, 2)))
    s.train_epochs(4)
    s.insert_layer(1)
    s.set_layer_activation(0, "relu")
    s.set_feature("x2_sq", True)
    assert s.trainer.epoch == 4
    net = s.trainer.network
    assert s.settings.hidden == (3, 2, 2) and s.settings.features == ("x1", "x2", "x2_sq")
    assert s.settings.layer_activations == ("relu", "tanh", "tanh")
    assert Network.from_spec(s.settings.spec(2)).spec == net.spec
    s.train_epochs(2)
    assert s.trainer.epoch == 6


def test_settings_keep_per_layer_activations_consistent():
    t = TrainingSettings(hidden=(2, 3), layer_activations=("relu", "tanh"))
    assert t.spec(2)["hidden"][0]["activation"] == "relu"
    assert t.with_changes(hidden=(2, 3, 4)).layer_activations == ("relu", "tanh", "tanh")
    assert t.with_changes(hidden=(2,)).layer_activations == ("relu",)
    assert t.with_changes(activation="sigmoid").layer_activations == ()  # the top bar's
    assert TrainingSettings(layer_activations=("tanh", "tanh")).layer_activations == ()
    assert TrainingSettings.from_dict(t.to_dict()) == t
    assert "layer_activations" not in TrainingSettings().to_dict()  # old files unchanged
    with pytest.raises(ValueError, match="layer_activations"):
        TrainingSettings(hidden=(2,), layer_activations=("relu", "tanh"))
    with pytest.raises(ValueError, match="layer_activations"):
        TrainingSettings(hidden=(2,), layer_activations=("bogus",))


def test_reset_gives_fresh_weights_and_keeps_the_design():
    s = Session()
    s.set_layer_activation(1, "relu")
    s.set_link_enabled(1, 0, 1, False)
    s.train_epochs(3)
    old = s.trainer.network.params[0][0].copy()
    s.reset()
    assert s.trainer.epoch == 0 and not np.array_equal(s.trainer.network.params[0][0], old)
    assert not s.trainer.network.masks[1][0, 1]
    assert s.trainer.network.spec["hidden"][1]["activation"] == "relu"


def test_a_designed_network_survives_a_project_round_trip():
    s = Session(TrainingSettings(hidden=(4, 2)))
    s.train_epochs(2)
    s.insert_layer(2, 3, "relu")
    s.set_layer_activation(0, "elu")
    s.set_link_enabled(1, 1, 1, False)
    s.set_weight(0, 0, 1, 0.5)
    s.set_feature("sin_x1", True)
    other = Session()
    apply_project(other, load_project(dumps_project(project_from_session(s))))
    assert session_state(other) == session_state(s)


def test_hand_edits_are_refused_while_comparing():
    from playground.core import comparison

    s = Session()
    comparison.start(s, [{"optimizer": "sgd"}, {"optimizer": "adam"}])
    with pytest.raises(ValueError, match="Compare"):
        s.set_weight(0, 0, 0, 1.0)
    s.add_neuron(0)  # the race starts again on the new shape
    assert s.settings.hidden == (5, 2)


def test_focus_publishes_the_neuron_map_at_full_resolution():
    s = Session()
    s.set_focus((1, 2))
    snap = s.snapshot(1, False, 0.0)
    layer, unit, values = snap.focus_map
    assert (layer, unit) == (1, 2) and values.shape == (100, 100)
    np.testing.assert_allclose(values[::4, ::4].mean(), values.mean(), atol=0.2)
    s.set_focus((9, 9))
    assert s.snapshot(2, False, 0.0).focus_map is None
    s.set_focus(None)
    assert s.snapshot(3, False, 0.0).focus_map is None


# ---------------------------------------------------------------- commands
class Inline:
    """Runs a command's work at once, in this thread (the worker's role)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def run(self, fn, prefix: str) -> None:
        fn(self.session)


COMMANDS = [
    lambda r, sh: NeuronCommand(r, "add", sh, 1, add=True),
    lambda r, sh: NeuronCommand(r, "remove", sh, 0, add=False, unit=1),
    lambda r, sh: LayerCommand(r, "insert", sh, 1, insert=True),
    lambda r, sh: LayerCommand(r, "remove", sh, 0, insert=False),
    lambda r, sh: ActivationCommand(r, "act", sh, 1, "softplus"),
    lambda r, sh: FeatureCommand(r, "on", sh, "x1_x2", True),
    lambda r, sh: FeatureCommand(r, "off", sh, "x1", False),
    lambda r, sh: LinkCommand(r, "off", sh, LinkRef(1, 2, 0), False),
    lambda r, sh: ValueCommand(r, "w", sh, LinkRef(2, 1, 0), 0.625),
    lambda r, sh: ValueCommand(r, "b", sh, NeuronRef(1, 3), -2.5),
]


@pytest.mark.parametrize("make", COMMANDS)
def test_every_command_undoes_and_redoes_exactly(make):
    s = Session(TrainingSettings(hidden=(4, 3)))
    s.train_epochs(2)
    before = session_state(s)
    command = make(Inline(s), shape_of(s))
    command.redo()
    after = session_state(s)
    assert after != before
    command.undo()
    assert session_state(s) == before
    command.redo()
    assert session_state(s) == after
    s.train_epochs(1)  # training between an edit and its undo
    command.undo()
    assert s.trainer.network.spec == before[0] and s.settings == before[-1]


def test_an_undo_that_meets_another_shape_changes_nothing():
    s = Session(TrainingSettings(hidden=(4, 3)))
    runner = Inline(s)
    command = NeuronCommand(runner, "add", shape_of(s), 1, add=True)
    command.redo()
    s.change(hidden=(2,))  # e.g. a lesson's settings
    before = session_state(s)
    with pytest.raises(ValueError, match="another shape"):
        command.undo()
    assert session_state(s) == before
