"""TensorFlow Playground's loss as a setting: saved in projects (old files still open, a
bad value refused by name), run from the command line, and chosen in the window as an
undo step."""

from __future__ import annotations

import json

import numpy as np
import pytest

from engine import Network, Trainer
from playground.app.cli import main
from playground.core.project import (
    ProjectError,
    apply_project,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.session import Session
from playground.core.settings import SETTINGS_INFO, TrainingSettings
from playground.projects.saving import save_project
from tests.conftest import TIMEOUT, settle, undo_text

TFP_SETTINGS = TrainingSettings(dataset="xor", noise=0.1, data_seed=2, init_seed=5, loss="tfp")


def test_the_setting_makes_the_tfp_network_and_trains_in_the_data_order():
    s = Session(TFP_SETTINGS)
    t = s.trainer
    assert t.network.spec["output"] == {"kind": "binary", "loss": "tfp"}
    assert t.shuffle is False
    assert all(np.all(b == 0.1) for _, b in t.network.params)
    # The same as an engine Trainer on the same data, in order, with the same first weights.
    first = Network.from_spec(t.network.spec, seed=5, dtype=t.network.dtype)
    alone = Trainer(first, t.X_train, t.y_train, t.X_test, t.y_test, shuffle=False)
    s.train_epochs(4)
    alone.run_epochs(4)
    assert np.array_equal(t.network.param_vector, alone.network.param_vector)
    # More than two classes: the usual softmax; regression: the usual squared error.
    for other in (
        TrainingSettings(dataset="blobs", classes=3, loss="tfp"),
        TrainingSettings(problem="regression", dataset="plane", loss="tfp"),
    ):
        assert "loss" not in Session(other).trainer.network.spec["output"]
    with pytest.raises(ValueError, match="loss must be one of default, tfp; got 'mse'"):
        TrainingSettings(loss="mse")


def test_saved_in_projects_old_files_open_and_a_bad_value_is_refused_by_name(tmp_path):
    s = Session(TFP_SETTINGS)
    s.train_epochs(3)
    text = dumps_project(project_from_session(s))
    assert json.loads(text)["settings"]["loss"] == "tfp"
    other = Session()
    apply_project(other, load_project(text))
    assert other.settings.loss == "tfp" and other.trainer.shuffle is False
    assert np.array_equal(other.trainer.network.param_vector, s.trainer.network.param_vector)
    s.train_epochs(2)
    other.train_epochs(2)
    assert other.trainer.history.train_losses() == s.trainer.history.train_losses()
    # A file from before the choice has no "loss": it opens with today's loss, and saving
    # the default writes no "loss" either.
    old = json.loads(dumps_project(project_from_session(Session())))
    assert "loss" not in old["settings"]
    assert load_project(json.dumps(old)).settings.loss == "default"
    bad = json.loads(text)
    bad["settings"]["loss"] = "hinge"
    with pytest.raises(ProjectError, match=r"settings: loss must be one of default, tfp"):
        load_project(json.dumps(bad))
    bad = json.loads(text)
    bad["settings"]["loss"] = 3
    with pytest.raises(ProjectError, match=r"settings\.loss: must be text"):
        load_project(json.dumps(bad))
    bad = json.loads(text)
    bad["network"]["spec"]["output"]["loss"] = "squared"
    with pytest.raises(ProjectError, match=r"spec\.output\.loss must be one of"):
        load_project(json.dumps(bad))


def test_run_trains_a_tfp_project_as_the_engine_does(tmp_path):
    path, report = tmp_path / "tfp.nnplay", tmp_path / "r.json"
    s = Session(TFP_SETTINGS.with_changes(regularization="l1", reg_rate=0.003))
    save_project(path, project_from_session(s))
    assert main(["run", str(path), "-n", "12", "--report", str(report), "-q"]) == 0
    s.train_epochs(12)
    figures = json.loads(report.read_text())
    assert figures["epochs"] == 12
    assert figures["train_loss"] == pytest.approx(s.trainer.metrics()["train_loss"], abs=1e-12)


def test_the_window_offers_the_loss_as_an_undoable_choice(qtbot, window):
    w = window(TrainingSettings(dataset="xor"))
    combo = w.loss_choice.combo
    assert combo.accessibleName() == "Loss" and combo.isVisible()
    assert w.loss_choice.widget.property("nnControl") == "loss"  # a lesson can lock it
    assert combo.toolTip() == SETTINGS_INFO["loss"].tip
    assert "Cross-entropy" in combo.toolTip() and "½ squared error" in combo.toolTip()
    combo.activated.emit(combo.findData("tfp"))
    qtbot.waitUntil(lambda: w.snapshot.settings.loss == "tfp", timeout=TIMEOUT)
    assert combo.currentText() == "TF Playground"
    spec = w.client.call(lambda s: s.trainer.network.spec)
    assert spec["output"] == {"kind": "binary", "loss": "tfp"}
    assert undo_text(w) == "Undo choose the TF Playground loss"
    w.undo_action.trigger()
    qtbot.waitUntil(lambda: w.snapshot.settings.loss == "default", timeout=TIMEOUT)
    settle(qtbot, w)
    assert combo.currentText() == "Cross-entropy"
    assert w.client.call(lambda s: s.trainer.network.spec["output"]) == {"kind": "binary"}
    w.redo_action.trigger()
    qtbot.waitUntil(lambda: w.snapshot.settings.loss == "tfp", timeout=TIMEOUT)
    # Regression has one loss: the choice is greyed out there.
    w.top_bar.problem.activated.emit(w.top_bar.problem.findData("regression"))
    qtbot.waitUntil(lambda: not combo.isEnabled(), timeout=TIMEOUT)


def test_the_network_view_names_the_tanh_output_and_its_formula(qtbot):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from playground.core.refs import NeuronRef
    from playground.designer.hover_tips import neuron_tip
    from playground.designer.network_view import NetworkView
    from tests.snapshots import make_snapshot, spec_of

    view = NetworkView()
    qtbot.addWidget(view)
    for loss, caption, formula in (("tfp", "Tanh", "ŷ = tanh("), ("default", "Sigmoid", "σ(")):
        spec = spec_of(["x1", "x2"], [3], output={"kind": "binary", "loss": loss})
        snap = make_snapshot(spec)
        view.set_snapshot(snap)
        texts = [i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
        assert caption in texts
        assert formula in neuron_tip(snap, NeuronRef(2, 0))
    # With ReLU hidden neurons the only "Tanh" is the output's; no "Sigmoid" is left.
    view.set_snapshot(
        make_snapshot(spec_of(["x1", "x2"], [3], "relu", {"kind": "binary", "loss": "tfp"}))
    )
    texts = [i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "Tanh" in texts and "Sigmoid" not in texts
