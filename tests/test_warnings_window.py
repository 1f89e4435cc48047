"""The window says why a run fails: learning rate 10 with ReLU kills the second layer; the
network view marks the dead neurons and the banner explains (issue 15)."""

from __future__ import annotations

from playground.core.refs import NeuronRef
from playground.core.settings import TrainingSettings
from playground.designer.dead_marks import DeadBadge
from playground.designer.hover_tips import neuron_tip
from tests.conftest import settle


def test_dead_relus_are_marked_and_the_banner_says_why(qtbot, window):
    w = window(TrainingSettings(activation="relu", learning_rate=10.0), settle_layout=True)
    w.client.call(lambda s: s.train_epochs(200))
    settle(qtbot, w)
    snap = w.snapshot
    assert snap.epoch == 200 and {(1, 0), (1, 1)} <= set(snap.dead_neurons)
    badges = [i for i in w.network_view.scene().items() if isinstance(i, DeadBadge)]
    assert {(b.neuron.column, b.neuron.unit) for b in badges} == {
        (h + 1, u) for h, u in snap.dead_neurons
    }
    for badge in badges:  # on its neuron's tile, with the explanation on hover
        frame = w.network_view.neuron_item(badge.neuron.column, badge.neuron.unit)
        assert frame.sceneBoundingRect().contains(badge.sceneBoundingRect().center())
        assert "Dead ReLU" in badge.toolTip()
    # The neuron's own hover tip says it too; a live one's does not.
    assert "Dead ReLU" in neuron_tip(snap, NeuronRef(2, 0))
    assert "Dead ReLU" not in neuron_tip(snap, NeuronRef(1, 0))
    assert w.banner.isVisible() and w.banner.property("kind") == "warning"
    text = w.banner.text()
    assert "Dead ReLUs" in text and "learning rate (10)" in text and "Stuck" in text
    assert "at chance" in text


def test_a_healthy_run_has_no_banner_and_no_badges(qtbot, window):
    w = window(settle_layout=True)
    w.client.call(lambda s: s.train_epochs(200))
    settle(qtbot, w)
    assert w.snapshot.warnings == () and not w.banner.isVisible()
    assert not [i for i in w.network_view.scene().items() if isinstance(i, DeadBadge)]


def test_the_gradient_panel_names_dead_relus_rather_than_calling_them_healthy(qtbot, window):
    from PySide6.QtCore import Qt

    w = window(TrainingSettings(activation="relu", learning_rate=10.0))
    w.client.call(lambda s: s.train_epochs(200))
    settle(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_G)
    panel = w.gradient_panel.panel
    panel.draw(force=True)
    assert panel.verdict.kind == "dead" and "Dead ReLUs" in panel.marker.text()


def test_the_warning_banner_fits_a_1280x720_window_without_growing_it(qtbot, window):
    """The longest banner a student meets early (dead ReLUs with a stuck run, lesson 12)
    takes its room from the columns: the window keeps the size of the smallest classroom screen."""
    w = window(TrainingSettings(activation="relu", learning_rate=10.0), size=(1280, 720))
    settle(qtbot, w)
    assert (w.width(), w.height()) == (1280, 720)
    w.client.call(lambda s: s.train_epochs(200))
    settle(qtbot, w)
    assert w.banner.isVisible() and "Dead ReLUs" in w.banner.text()
    assert (w.width(), w.height()) == (1280, 720)
    assert w.minimumSizeHint().height() <= 720
    lines = w.banner.contentsRect().height() / w.banner.fontMetrics().lineSpacing()
    assert lines <= 3, w.banner.text()
