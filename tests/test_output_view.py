import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF

from playground.core import colors
from playground.views.output_view import MAP_OPACITY, OutputView, lighten
from playground.views.point_symbols import class_symbol
from tests.conftest import click
from tests.snapshots import make_snapshot, spec_of

pg.setConfigOptions(imageAxisOrder="row-major")

MULTICLASS = spec_of(["x1", "x2"], [6], output={"kind": "multiclass", "classes": 3})
REGRESSION = spec_of(["x1", "x2"], [4], output={"kind": "regression"})


@pytest.fixture(scope="module")
def binary_snap():
    return make_snapshot(epoch=5)


@pytest.fixture(scope="module")
def multiclass_snap():
    return make_snapshot(MULTICLASS, epoch=5)


@pytest.fixture(scope="module")
def regression_snap():
    return make_snapshot(REGRESSION, epoch=5)


@pytest.fixture
def view(qtbot):
    widget = OutputView()
    qtbot.addWidget(widget)
    widget.resize(580, 480)  # the plot about 420 px, beside the legend's column
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def brush_rgb(item: pg.ScatterPlotItem) -> np.ndarray:
    return np.array([b.color().getRgb()[:3] for b in item.data["brush"]])


def test_binary_boundary_is_the_probability_on_the_diverging_map(view, binary_snap):
    view.set_snapshot(binary_snap)
    image = view.image_item
    assert image is view.scalar_image and image.isVisible() and not view.class_image.isVisible()
    np.testing.assert_array_equal(image.image, binary_snap.boundary)
    assert tuple(image.getLevels()) == (0.0, 1.0)
    # Laid over white as TensorFlow Playground does (alpha 160/255), so points stand out on
    # sure regions: baked into the table, the image itself stays opaque.
    np.testing.assert_array_equal(image.lut, lighten(colors.diverging_lut(), MAP_OPACITY))
    assert image.opacity() == 1.0
    assert tuple(image.lut[0]) == (249, 187, 116)  # orange (245, 147, 34) at 160/255 over white


def test_image_spans_the_extent_with_row_zero_at_the_bottom(view, binary_snap):
    view.set_snapshot(binary_snap)
    lo, hi = binary_snap.extent
    r = binary_snap.boundary.shape[0]
    image = view.scalar_image
    rect = image.mapRectToParent(image.boundingRect())
    assert (rect.left(), rect.top(), rect.width(), rect.height()) == pytest.approx(
        (lo, lo, hi - lo, hi - lo)
    )
    # Cell (i, j) sits at x1 = centre j, x2 = centre i: the column runs along x1 and row 0 is lowest.
    centres = lo + (np.arange(r) + 0.5) * (hi - lo) / r
    i, j = 3, 70
    p = image.mapToParent(QPointF(j + 0.5, i + 0.5))
    assert (p.x(), p.y()) == pytest.approx((centres[j], centres[i]))
    for axis_range in view.view_box.viewRange():
        assert axis_range == pytest.approx([lo, hi], abs=0.3)


def test_training_points_are_coloured_by_class(view, binary_snap):
    view.set_snapshot(binary_snap)
    data = binary_snap.data
    x, y = view.train_points.getData()
    np.testing.assert_array_equal(x, data.X_train[:, 0])
    np.testing.assert_array_equal(y, data.X_train[:, 1])
    expected = np.array([colors.class_color(int(k)) for k in data.y_train])
    np.testing.assert_array_equal(brush_rgb(view.train_points), expected)
    assert view.train_points.opts["pen"].color().getRgb()[:3] == (255, 255, 255)


def test_each_class_has_its_shape_training_points_filled_test_points_outlined(
    view, multiclass_snap
):
    view.set_snapshot(multiclass_snap)
    data = multiclass_snap.data
    assert set(data.y_train.tolist()) == {0, 1, 2} and set(data.y_test.tolist()) == {0, 1, 2}
    for item, y in ((view.train_points, data.y_train), (view.test_points, data.y_test)):
        shapes = {int(k): path for k, path in zip(y, item.data["symbol"])}
        assert len({id(path) for path in shapes.values()}) == 3  # one shape a class
        for k, path in shapes.items():
            assert path is class_symbol(k)
    # Training points: the class colour inside, a white edge.
    expected = np.array([colors.class_color(int(k)) for k in data.y_train])
    np.testing.assert_array_equal(brush_rgb(view.train_points), expected)
    # Test points: white inside, the class colour in a thicker outline.
    assert view.test_points.opts["brush"].color().getRgb()[:3] == (255, 255, 255)
    pens = view.test_points.data["pen"]
    outline = np.array([p.color().getRgb()[:3] for p in pens])
    np.testing.assert_array_equal(outline, [colors.class_color(int(k)) for k in data.y_test])
    assert min(p.widthF() for p in pens) >= 2.0


def test_discretize_click_turns_binary_into_two_flat_colours(qtbot, view, binary_snap):
    view.set_snapshot(binary_snap)
    with qtbot.waitSignal(view.discretize_changed, timeout=1000) as blocker:
        click(qtbot, view.discretize_checkbox)
    assert blocker.args == [True] and view.discretize
    image = view.scalar_image.image
    assert image is not binary_snap.boundary
    np.testing.assert_array_equal(image, np.where(binary_snap.boundary >= 0.5, 1.0, 0.0))
    click(qtbot, view.discretize_checkbox)
    assert not view.discretize
    np.testing.assert_array_equal(view.scalar_image.image, binary_snap.boundary)


def test_multiclass_shows_blended_class_colours(view, multiclass_snap):
    assert multiclass_snap.boundary.ndim == 3
    view.set_snapshot(multiclass_snap)
    image = view.image_item
    assert image is view.class_image and image.isVisible() and not view.scalar_image.isVisible()
    assert image.image.dtype == np.uint8 and image.image.shape == (
        *multiclass_snap.boundary.shape[:2],
        3,
    )
    np.testing.assert_array_equal(image.image, colors.blend_classes(multiclass_snap.boundary))
    data = multiclass_snap.data
    expected = np.array([colors.class_color(int(k)) for k in data.y_train])
    np.testing.assert_array_equal(brush_rgb(view.train_points), expected)


def test_multiclass_discretized_takes_the_argmax_colour(view, multiclass_snap):
    view.discretize = True
    view.set_snapshot(multiclass_snap)
    probs = multiclass_snap.boundary
    one_hot = np.eye(probs.shape[-1])[probs.argmax(axis=-1)]
    np.testing.assert_array_equal(view.class_image.image, colors.blend_classes(one_hot))


def test_regression_value_on_levels_minus_one_to_one(view, regression_snap):
    view.set_snapshot(regression_snap)
    image = view.image_item
    assert image is view.scalar_image
    np.testing.assert_array_equal(image.image, regression_snap.boundary)
    assert tuple(image.getLevels()) == (-1.0, 1.0)
    # Points take their value's colour: the most positive is bluest, the most negative most orange.
    y = regression_snap.data.y_train
    rgb = brush_rgb(view.train_points)
    lut = colors.diverging_lut()
    np.testing.assert_array_equal(
        rgb[np.argmax(y)], lut[int(np.clip((y.max() + 1) / 2 * 255, 0, 255))]
    )
    np.testing.assert_array_equal(
        rgb[np.argmin(y)], lut[int(np.clip((y.min() + 1) / 2 * 255, 0, 255))]
    )
    view.discretize = True
    expected = np.where(regression_snap.boundary >= 0, 1.0, -1.0)
    np.testing.assert_array_equal(view.scalar_image.image, expected)


def test_show_test_click_shows_and_hides_the_test_points(qtbot, view, binary_snap):
    view.set_snapshot(binary_snap)
    assert not view.show_test and not view.test_points.isVisible()
    assert len(view.test_points.getData()[0]) == len(binary_snap.data.X_test)
    click(qtbot, view.show_test_checkbox)
    assert view.show_test and view.test_points.isVisible()
    click(qtbot, view.show_test_checkbox)
    assert not view.show_test and not view.test_points.isVisible()


def test_points_are_redrawn_only_when_the_data_version_changes(view, binary_snap, monkeypatch):
    calls = []
    original = view.train_points.setData
    monkeypatch.setattr(
        view.train_points, "setData", lambda *a, **k: (calls.append(1), original(*a, **k))
    )
    view.set_snapshot(binary_snap)
    view.set_snapshot(dataclasses.replace(binary_snap, serial=binary_snap.serial + 1))
    view.discretize = True
    assert len(calls) == 1
    data = dataclasses.replace(binary_snap.data, version=binary_snap.data.version + 1)
    view.set_snapshot(dataclasses.replace(binary_snap, data=data))
    assert len(calls) == 2


def test_every_snapshot_updates_the_image(view, binary_snap):
    view.set_snapshot(binary_snap)
    later = dataclasses.replace(binary_snap, boundary=1.0 - binary_snap.boundary)
    view.set_snapshot(later)
    assert np.shares_memory(view.scalar_image.image, later.boundary)


def test_the_plot_is_not_panned_by_the_mouse(view):
    assert view.view_box.state["mouseEnabled"] == [False, False]
    assert view.plot_item.getViewBox() is view.view_box
