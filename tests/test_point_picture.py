"""Large point sets drawn as one picture (views/point_picture, core/point_raster): the right
colours at the right places, the switch at IMAGE_ABOVE, the same picture from any thread,
and painting on a large set."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from playground.core import colors, markers
from playground.core.point_raster import PointStyle, stamp
from playground.core.settings import TrainingSettings
from playground.core.snapshot import DataSnapshot
from playground.views.output_view import OutputView
from playground.views.point_picture import IMAGE_ABOVE, PictureBuilder, PictureJob, build_image
from tests.conftest import TIMEOUT, settle
from tests.snapshots import make_snapshot

ORANGE_TRAIN = (-3.0, 3.0)  # class 0: an orange circle, filled
BLUE_TRAIN = (3.0, -3.0)  # class 1: a blue square, filled
BLUE_TEST = (3.0, 3.0)  # class 1, a test point: white inside a blue outline
FILLER = (-5.0, -5.0)  # where the other points lie, all on one spot


@pytest.fixture
def view(qtbot):
    widget = OutputView()
    qtbot.addWidget(widget)
    widget.resize(580, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def data_of(total: int, version: int = 99) -> DataSnapshot:
    """``total`` points: the three known ones and the rest on the filler spot."""
    train = total // 2
    X_train = np.array([FILLER] * (train - 2) + [ORANGE_TRAIN, BLUE_TRAIN])
    y_train = np.array([0] * (train - 2) + [0, 1])
    X_test = np.array([FILLER] * (total - train - 1) + [BLUE_TEST])
    y_test = np.array([0] * (total - train - 1) + [1])
    return DataSnapshot(version, "classification", 2, X_train, y_train, X_test, y_test)


def show(qtbot, view: OutputView, total: int, version: int = 99):
    snap = dataclasses.replace(make_snapshot(epoch=1), data=data_of(total, version))
    view.show_test = True
    view.set_snapshot(snap)
    qtbot.waitUntil(lambda: not view.points_pending(), timeout=TIMEOUT)
    qtbot.wait(20)
    return snap


def pixel(view: OutputView, image: QImage, x: float, y: float, dx: int = 0) -> tuple:
    """The colour at (x, y) in data coordinates, ``dx`` pixels to the right, in a grab of
    the plot widget (whose viewport sits inside its frame)."""
    plot = view.plot_widget
    at = plot.viewport().mapTo(plot, plot.mapFromScene(view.view_box.mapViewToScene(QPointF(x, y))))
    return image.pixelColor(at.x() + dx, at.y()).getRgb()[:3]


def test_a_large_set_shows_its_colours_and_shapes_at_their_places(qtbot, view):
    show(qtbot, view, IMAGE_ABOVE + 1)
    assert len(view.train_points.data) == 0 and view.train_picture.image is not None
    grab = view.plot_widget.grab().toImage()
    assert pixel(view, grab, *ORANGE_TRAIN) == colors.ORANGE  # filled in its colour
    assert pixel(view, grab, *BLUE_TRAIN) == colors.BLUE
    assert pixel(view, grab, *BLUE_TEST) == (255, 255, 255)  # hollow: white inside...
    ring = [pixel(view, grab, *BLUE_TEST, dx=dx) for dx in (3, 4)]
    assert any(np.abs(np.subtract(c, colors.BLUE)).max() <= 40 for c in ring)  # ...blue edge
    # The white edge of a filled point, just outside its colour.
    edge = [pixel(view, grab, *ORANGE_TRAIN, dx=dx) for dx in (3, 4)]
    assert any(min(c) >= 235 for c in edge)
    # Hiding the test points hides their picture.
    view.show_test = False
    qtbot.wait(20)
    grab = view.plot_widget.grab().toImage()
    assert pixel(view, grab, *BLUE_TEST) != (255, 255, 255)  # the map shows through


def test_each_class_keeps_its_shape_in_the_picture():
    style = PointStyle(9, 1.5, False)

    def fill_at(name: str, row: int, col: int) -> float:
        offsets, _, fill = stamp(name, style)
        found = np.flatnonzero((offsets[:, 0] == row) & (offsets[:, 1] == col))
        return float(fill[found[0]]) if len(found) else 0.0

    # A square reaches its corners, where a circle of the same area does not.
    assert fill_at(markers.class_marker(1), 3, 3) > 0.3 > fill_at(markers.class_marker(0), 3, 3)
    # The triangle points up: it is wider at the bottom (rows go down) than at the top.
    triangle = markers.class_marker(2)
    assert fill_at(triangle, 2, 2) > fill_at(triangle, -2, 2)
    # A marker's inked area is its own area plus the outside half of its pen.
    for name in markers.CLASS_MARKERS[:4]:
        _, pen, fill = stamp(name, style)
        assert fill.sum() == pytest.approx(np.pi / 4 * (9 - 1.5) ** 2, rel=0.15)


def test_the_picture_takes_over_above_the_threshold_and_hands_back_below(qtbot, view):
    show(qtbot, view, IMAGE_ABOVE, version=1)
    assert len(view.train_points.data) + len(view.test_points.data) == IMAGE_ABOVE
    assert view.train_picture.image is None and view.test_picture.image is None
    show(qtbot, view, IMAGE_ABOVE + 1, version=2)
    assert len(view.train_points.data) == 0 and len(view.test_points.data) == 0
    assert view.train_picture.image is not None and view.test_picture.image is not None
    show(qtbot, view, 100, version=3)
    assert len(view.train_points.data) + len(view.test_points.data) == 100
    assert view.train_picture.image is None and view.test_picture.image is None


def test_a_picture_built_on_the_builders_thread_equals_one_built_here(qtbot):
    rng = np.random.default_rng(3)
    X = rng.uniform(-6, 6, (3000, 2))
    y = rng.integers(0, len(markers.CLASS_MARKERS), 3000)
    rgb = np.array(colors.CLASS_COLORS, dtype=np.uint8)[y]
    job = PictureJob(X, rgb, y, PointStyle(7, 1.5, False), (-6.0, 6.0), 301, 299)
    hollow = dataclasses.replace(job, style=PointStyle(10, 3.0, True), y=None)
    builder = PictureBuilder()
    got: list = []
    builder.ready.connect(got.append)
    builder.request((job, hollow))
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    here = [build_image(job), build_image(hollow)]
    assert got[0][0] == here[0] and got[0][1] == here[1]
    assert here[0] != here[1] and not here[0].isNull()


def test_painting_on_a_large_set_adds_a_point_that_shows(qtbot, window):
    w = window(TrainingSettings(dataset="gauss", points=IMAGE_ABOVE + 500, hidden=(4,)))
    view = w.output_view
    w.data_controller.start_painting(copy=True)
    settle(qtbot, w)
    w.paint_tool.set_painting(True)
    qtbot.keyClick(w, Qt.Key.Key_3)  # green, a triangle
    viewport = view.plot_widget.viewport()
    place = (5.0, 5.0)  # far from the Gaussian clouds
    QTest.mouseMove(viewport, w.paint_tool.viewport_pos(*place))
    qtbot.waitUntil(w.paint_tool.cursor_item.isVisible, timeout=TIMEOUT)  # hover: the brush
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        w.paint_tool.viewport_pos(*place),
    )
    settle(qtbot, w)
    own = w.data_controller.call(lambda s: s.own_points())
    assert len(own) == IMAGE_ABOVE + 501 and own.y[-1] == 2
    qtbot.waitUntil(lambda: not view.points_pending(), timeout=TIMEOUT)
    assert len(view.train_points.data) == 0 and view.train_picture.image is not None
    view.show_test = True
    w.paint_tool.cursor_item.hide()
    qtbot.wait(20)
    grab = view.plot_widget.grab().toImage()
    x, y = own.X[-1]
    training = np.all(np.isclose(w.snapshot.data.X_train, own.X[-1]), axis=1).any()
    assert pixel(view, grab, x, y) == (colors.class_color(2) if training else (255, 255, 255))
