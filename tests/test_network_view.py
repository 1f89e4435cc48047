"""The network panel: what it draws from a Snapshot and what its controls ask for."""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from engine import FEATURES
from playground.core import colors
from playground.core.refs import LinkRef, NeuronRef
from playground.designer.network_view import NetworkView
from tests.conftest import TIMEOUT
from tests.snapshots import make_snapshot, spec_of

ALL_FEATURES = list(FEATURES)


@pytest.fixture(autouse=True)
def _row_major() -> None:
    pg.setConfigOptions(imageAxisOrder="row-major")  # as the app sets it at start


@pytest.fixture
def view(qtbot) -> NetworkView:
    widget = NetworkView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, view: NetworkView, scene_pos: QPointF) -> None:
    viewport = view.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.view.mapFromScene(scene_pos))


def pixel(view: NetworkView, scene_pos: QPointF) -> QColor:
    image = view.view.viewport().grab().toImage()
    return QColor(image.pixel(view.view.mapFromScene(scene_pos)))


def is_blue(c: QColor) -> bool:
    return c.blue() > c.red() + 60


def is_orange(c: QColor) -> bool:
    return c.red() > c.blue() + 60


def texts(view: NetworkView) -> list[str]:
    return [i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]


def test_one_item_per_neuron(view):
    snap = make_snapshot()
    view.set_snapshot(snap)
    items = view.neuron_items()
    for layer, size in enumerate(snap.layer_sizes[1:], start=1):
        units = sorted(n.unit for n in items if n.column == layer)
        assert units == list(range(size))
    assert len(items) == sum(snap.layer_sizes[1:])
    for neuron, item in items.items():
        assert item.data(0) == neuron
        assert view.neuron_at(item.sceneBoundingRect().center()) == neuron
    assert "2 HIDDEN LAYERS" in texts(view)
    assert "4 neurons" in texts(view) and "2 neurons" in texts(view)
    assert "Tanh" in texts(view)


def test_feature_nodes_hit_test_and_toggle(qtbot, view):
    view.set_snapshot(make_snapshot())  # x1 and x2 on
    for name in ALL_FEATURES:
        centre = view.feature_item(name).sceneBoundingRect().center()
        assert view.feature_at(centre) == name
    x2 = view.feature_item("x2").sceneBoundingRect().center()
    assert view.neuron_at(x2) == NeuronRef(0, 1)
    assert view.neuron_at(view.feature_item("sin_x1").sceneBoundingRect().center()) is None

    with qtbot.waitSignal(view.feature_toggled, timeout=1000) as blocker:
        click(qtbot, view, view.feature_item("x1_sq").sceneBoundingRect().center())
    assert blocker.args == ["x1_sq", True]
    with qtbot.waitSignal(view.feature_toggled, timeout=1000) as blocker:
        click(qtbot, view, view.feature_item("x1").sceneBoundingRect().center())
    assert blocker.args == ["x1", False]


def test_plus_minus_buttons_emit(qtbot, view):
    view.set_snapshot(make_snapshot())

    def press(name: str) -> None:
        click(qtbot, view, view.button(name).sceneBoundingRect().center())

    with qtbot.waitSignal(view.layer_added, timeout=1000):
        press("layer+")
    with qtbot.waitSignal(view.layer_removed, timeout=1000):
        press("layer-")
    with qtbot.waitSignal(view.neuron_added, timeout=1000) as blocker:
        press("neuron+1")
    assert blocker.args == [1]
    with qtbot.waitSignal(view.neuron_removed, timeout=1000) as blocker:
        press("neuron-0")
    assert blocker.args == [0]


def test_controls_have_tooltips(view):
    view.set_snapshot(make_snapshot())
    assert view.button("neuron+1").toolTip().startswith("Add a neuron to hidden layer 2")
    assert "keeps what it has learned" in view.button("neuron+1").toolTip()
    assert view.button("layer-").toolTip().startswith("Remove the last hidden layer")
    tip = view.feature_item("x1_sq").toolTip()
    assert tip.startswith("X₁² — click to switch this input on or off")
    for name in ALL_FEATURES:
        assert view.feature_item(name).toolTip()
    for item in view.neuron_items().values():
        assert item.toolTip()


def test_buttons_disabled_at_the_limits(qtbot, view):
    view.set_snapshot(make_snapshot(spec_of(["x1", "x2"], [1, 64] + [2] * 8)))
    assert not view.button("layer+").isEnabled()
    assert view.button("neuron-0").isEnabled()  # the last neuron takes its layer with it
    assert "last neuron" in view.button("neuron-0").toolTip()
    assert not view.button("neuron+1").isEnabled()
    assert view.button("neuron+0").isEnabled()
    with qtbot.assertNotEmitted(view.layer_added):
        click(qtbot, view, view.button("layer+").sceneBoundingRect().center())
        qtbot.wait(10)
    with qtbot.assertNotEmitted(view.neuron_added):
        click(qtbot, view, view.button("neuron+1").sceneBoundingRect().center())
        qtbot.wait(10)

    view.set_snapshot(make_snapshot(spec_of(["x1", "x2"], [])))
    assert not view.button("layer-").isEnabled()
    assert "0 HIDDEN LAYERS" in texts(view)


def test_links_show_sign_width_and_disabled(view):
    snap = make_snapshot(epoch=50)
    masks = [m.copy() for m in snap.masks]
    masks[1][2, 0] = False
    snap = make_snapshot(epoch=50, masks=masks)
    view.set_snapshot(snap)

    disabled = view.link_pen(1, 2, 0)
    assert disabled.style() in (Qt.PenStyle.DashLine, Qt.PenStyle.CustomDashLine)
    a, b = view.link_line(1, 2, 0)
    assert view.link_at(a * 0.7 + b * 0.3) == LinkRef(
        1, 2, 0
    )  # off the midpoint, where links cross

    W = snap.weights[0]
    strongest = np.unravel_index(np.argmax(np.abs(W)), W.shape)
    weakest = np.unravel_index(np.argmin(np.abs(W)), W.shape)
    for i, j in (strongest, weakest):
        pen = view.link_pen(0, int(i), int(j))
        assert pen.style() == Qt.PenStyle.SolidLine
        expected = QColor(*colors.weight_color(W[i, j])[:3])
        assert pen.color() == expected
        a, b = view.link_line(0, int(i), int(j))
        assert view.link_at(a * 0.8 + b * 0.2) == LinkRef(0, int(i), int(j))
    assert (
        view.link_pen(0, *map(int, strongest)).widthF()
        > view.link_pen(0, *map(int, weakest)).widthF()
    )
    assert 0.0 < view.link_pen(0, *map(int, weakest)).widthF() <= 6.0

    # Far from every link and node: nothing.
    assert view.link_at(QPointF(5, 5)) is None
    assert view.neuron_at(QPointF(5, 5)) is None


def test_same_topology_updates_in_place_and_new_topology_rebuilds(view):
    first = make_snapshot()
    view.set_snapshot(first)
    items = view.neuron_items()

    trained = make_snapshot(epoch=20)
    view.set_snapshot(trained)
    assert view.neuron_items() == items  # the very same graphics items

    bigger = make_snapshot(spec_of(["x1", "x2", "x1_x2"], [3, 5, 2]))
    view.set_snapshot(bigger)
    rebuilt = view.neuron_items()
    assert set(rebuilt) == {
        NeuronRef(layer, u) for layer, n in enumerate([3, 5, 2, 1], start=1) for u in range(n)
    }
    assert not set(rebuilt.values()) & set(items.values())
    assert "3 HIDDEN LAYERS" in texts(view)
    assert view.neuron_at(view.feature_item("x1_x2").sceneBoundingRect().center()) == NeuronRef(
        0, 2
    )


def test_heatmaps_are_drawn_the_right_way_up(view):
    snap = make_snapshot()
    r = snap.neuron_maps[0].shape[-1]
    first = np.zeros_like(snap.neuron_maps[0])
    first[0, r // 2 :] = 1.0  # grid row 0 is the bottom of the plane: top half positive
    first[0, : r // 2] = -1.0
    first[1] = -1.0
    view.set_snapshot(dataclasses.replace(snap, neuron_maps=[first, snap.neuron_maps[1]]))

    node = view.neuron_item(1, 0).sceneBoundingRect()
    assert is_blue(pixel(view, QPointF(node.center().x(), node.top() + node.height() * 0.25)))
    assert is_orange(pixel(view, QPointF(node.center().x(), node.top() + node.height() * 0.75)))
    assert is_orange(pixel(view, view.neuron_item(1, 1).sceneBoundingRect().center()))

    x2 = view.feature_item("x2").sceneBoundingRect()  # x2 grows upwards
    assert is_blue(pixel(view, QPointF(x2.center().x(), x2.top() + 4)))
    assert is_orange(pixel(view, QPointF(x2.center().x(), x2.bottom() - 4)))
    x1 = view.feature_item("x1").sceneBoundingRect()  # x1 grows rightwards
    assert is_orange(pixel(view, QPointF(x1.left() + 4, x1.center().y())))
    assert is_blue(pixel(view, QPointF(x1.right() - 4, x1.center().y())))


def test_heatmaps_use_fixed_levels(view):
    view.set_snapshot(make_snapshot())
    images = [i for i in view.scene().items() if isinstance(i, pg.ImageItem)]
    assert len(images) == len(ALL_FEATURES) + 2 + 1  # features, one per hidden layer, output
    for image in images:
        assert image.lut is not None
        assert image.getLevels() is not None


def test_multiclass_output_has_one_node_per_class(view):
    spec = spec_of(["x1", "x2"], [4], output={"kind": "multiclass", "classes": 4})
    view.set_snapshot(make_snapshot(spec, epoch=3))
    assert sorted(n.unit for n in view.neuron_items() if n.column == 2) == [0, 1, 2, 3]
    assert "Softmax" in texts(view)


def test_largest_network_10_layers_of_64(view):
    spec = spec_of(ALL_FEATURES, [64] * 10)
    snap = make_snapshot(spec)
    view.set_snapshot(snap)
    items = view.neuron_items()
    assert len(items) == 64 * 10 + 1
    # Another frame of the same network: weights and maps change, items stay.
    rng = np.random.default_rng(1)
    moved = dataclasses.replace(
        snap,
        weights=[W + rng.normal(0, 0.5, W.shape) for W in snap.weights],
        neuron_maps=[-m for m in snap.neuron_maps],
    )
    view.set_snapshot(moved)
    assert view.neuron_items() == items
    assert not view.button("layer+").isEnabled()
    assert not view.button("neuron+9").isEnabled()
    for layer, unit in ((1, 0), (5, 31), (10, 63)):
        centre = view.neuron_item(layer, unit).sceneBoundingRect().center()
        assert view.neuron_at(centre) == NeuronRef(layer, unit)
    a, b = view.link_line(4, 10, 20)
    hit = view.link_at((a * 3 + b) / 4)
    assert hit is not None and hit.weight_layer == 4
    view.view.viewport().grab()  # paints without error


def test_layout_follows_the_widget_shape(qtbot, view):
    view.set_snapshot(make_snapshot())
    wide = view.scene().width()
    view.resize(600, 700)
    qtbot.waitUntil(lambda: view.scene().width() < wide * 0.8, timeout=TIMEOUT)
    # Rebuilt for the new shape, with every neuron still where neuron_at finds it.
    for neuron, item in view.neuron_items().items():
        assert view.neuron_at(item.sceneBoundingRect().center()) == neuron
    scale = view.view.transform().m11()
    assert scale > 0.9  # captions keep (nearly) their design size


def test_links_catch_up_with_the_weights(qtbot, view):
    snap = make_snapshot(epoch=50)
    view.set_snapshot(snap)
    W = snap.weights[0]
    i, j = map(int, np.unravel_index(np.argmax(np.abs(W)), W.shape))
    a, b = view.link_line(0, i, j)
    point = a * 0.85 + b * 0.15  # near its own feature, away from other links' crossings
    assert view.link_at(point) == LinkRef(0, i, j)
    was = pixel(view, point)
    assert is_blue(was) if W[i, j] > 0 else is_orange(was)

    # The next frame flips that link: links are redrawn a few times a second, so the
    # screen follows within a fraction of one, and the pen at once.
    flipped = [w.copy() for w in snap.weights]
    flipped[0][i, j] = -W[i, j]
    view.set_snapshot(dataclasses.replace(snap, weights=flipped))
    expected = QColor(*colors.weight_color(-W[i, j])[:3])
    assert view.link_pen(0, i, j).color() == expected
    check = is_orange if W[i, j] > 0 else is_blue
    qtbot.waitUntil(lambda: check(pixel(view, point)), timeout=TIMEOUT)


def test_heatmaps_show_pyqtgraph_colours(qtbot):
    """The fast path maps values through levels and lookup table as pyqtgraph does."""
    from playground.views.heatmap_item import Heatmap

    rng = np.random.default_rng(3)
    values = rng.uniform(-1.3, 1.3, (20, 30))
    values[0, :3] = (-1.0, 0.0, 1.0)
    lut = colors.diverging_lut()
    fast, reference = Heatmap(), pg.ImageItem()
    for item in (fast, reference):
        item.setLookupTable(lut)
        item.setImage(values, autoLevels=False, levels=(-1.0, 1.0))
        item.render()
    a = fast.qimage.convertToFormat(reference.qimage.format())
    for y in range(values.shape[0]):
        for x in range(values.shape[1]):
            assert a.pixel(x, y) == reference.qimage.pixel(x, y)

    values[5, 5] = np.nan  # pyqtgraph leaves NaN clear; on the white panel that is white
    fast.set_values(values, (-1.0, 1.0))
    fast.render()
    assert QColor(fast.qimage.pixel(5, 5)) == QColor(*colors.WHITE)


def test_paints_on_non_raster_devices(view):
    """Export to SVG paints the scene without the screen's shortcuts."""
    from PySide6.QtGui import QPainter, QPicture

    view.set_snapshot(make_snapshot(epoch=5))
    picture = QPicture()
    painter = QPainter(picture)
    view.scene().render(painter)
    painter.end()
    assert picture.size() > 0
    assert not picture.boundingRect().isEmpty()


def test_the_view_finds_columns_biases_and_buttons(view):
    view.set_snapshot(make_snapshot())
    rects = view.column_rects()
    assert len(rects) == 4
    for neuron in view.neuron_items():
        assert rects[neuron.column].contains(view.neuron_rect(neuron).center())
    frame = view.neuron_item(1, 2).sceneBoundingRect()
    assert view.bias_at(QPointF(frame.left(), frame.bottom())) == NeuronRef(1, 2)
    assert view.bias_at(frame.center()) is None
    assert view.button_at(view.button("neuron+1").sceneBoundingRect().center()) == "neuron+1"
    assert view.button_at(frame.center()) is None


def test_a_neuron_more_restrokes_only_the_links_it_touches(view):
    view.set_snapshot(make_snapshot(spec_of(["x1", "x2"], [4, 3, 2])))
    before = list(view.links.layers)
    view.set_snapshot(make_snapshot(spec_of(["x1", "x2"], [4, 3, 3])))
    after = view.links.layers
    assert after[0] is before[0] and after[1] is before[1]  # kept, with their picture
    assert after[2] is not before[2] and after[3] is not before[3]
