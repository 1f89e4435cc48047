"""Exported pictures (no Qt): written to files and read back with Pillow, pixel by pixel."""

from __future__ import annotations

import base64
import io
import re

import numpy as np
import pytest
from PIL import Image

from playground.core import colors, render
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.snapshot import DataSnapshot

SIZE = 240
GREY = (128, 128, 128)


def pixel_of(x1: float, x2: float, size: int = SIZE) -> tuple[int, int]:
    """(column, row) of the pixel under the data point (x1, x2)."""
    lo, hi = render.VIEW_BOX
    return int((x1 - lo) / (hi - lo) * size), int((hi - x2) / (hi - lo) * size)


def centre_of(col: int, row: int, size: int = SIZE) -> tuple[float, float]:
    """The data point (x1, x2) at the centre of pixel (col, row)."""
    lo, hi = render.VIEW_BOX
    return lo + (col + 0.5) / size * (hi - lo), hi - (row + 0.5) / size * (hi - lo)


TOP_LEFT, BOTTOM_RIGHT = centre_of(60, 60), centre_of(180, 180)


def two_points(test: tuple[float, float] | None = None) -> DataSnapshot:
    """An orange training point top left and a blue one bottom right (and a test point)."""
    X = np.array([TOP_LEFT, BOTTOM_RIGHT])
    y = np.array([0, 1])
    X_test = np.array([test]) if test else np.zeros((0, 2))
    y_test = np.array([1]) if test else np.zeros(0, dtype=int)
    return DataSnapshot(1, "classification", 2, X, y, X_test, y_test)


def grey(size: int = SIZE) -> np.ndarray:
    return np.full((size, size, 3), GREY, dtype=np.uint8)


def test_png_bytes_read_back_exactly(tmp_path):
    rgb = np.random.default_rng(0).integers(0, 256, (30, 50, 3), dtype=np.uint8)
    render.save_png(rgb, tmp_path / "a.png")
    with Image.open(tmp_path / "a.png") as image:
        assert image.format == "PNG" and image.mode == "RGB" and image.size == (50, 30)
        assert np.array_equal(np.asarray(image), rgb)
    assert not list(tmp_path.glob("*.tmp"))


def test_points_are_drawn_where_they_are_with_their_colours():
    out = render.draw_points(grey(), two_points())
    assert out.shape == (SIZE, SIZE, 3) and out.dtype == np.uint8
    assert TOP_LEFT[0] < 0 < TOP_LEFT[1]  # x2 grows upwards: row 0 is the top of the picture
    assert tuple(out[60, 60]) == colors.ORANGE
    assert tuple(out[180, 180]) == colors.BLUE
    # A white edge around each point: between the fill and the outer rim.
    ring = round(render.point_radius(SIZE, 2) + render.EDGE_WIDTH / 2)
    for row, col in ((60, 60 + ring), (60 - ring, 60), (180, 180 - ring), (180 + ring, 180)):
        assert tuple(out[row, col]) == (255, 255, 255)
    # Everywhere else the background is left alone.
    assert tuple(out[SIZE // 2, SIZE // 2]) == GREY
    assert tuple(out[0, SIZE - 1]) == GREY and tuple(out[SIZE - 1, 0]) == GREY


def test_points_are_antialiased_and_round():
    out = render.draw_points(grey(), two_points()).astype(int)
    col, row = 60, 60
    reach = int(render.point_radius(SIZE, 2) + render.EDGE_WIDTH) + 2
    patch = out[row - reach : row + reach + 1, col - reach : col + reach + 1]
    # The rim fades from white into the grey: values strictly between the two.
    faded = (patch[..., 1] > GREY[1]) & (patch[..., 1] < 255)
    assert faded.sum() >= 8
    # A disc: as wide as it is tall, and symmetric about its centre.
    touched = (patch != GREY).any(axis=-1)
    assert touched.any(axis=0).sum() == touched.any(axis=1).sum()
    assert np.array_equal(touched, touched[::-1, ::-1])


def test_test_points_are_outlined_in_their_colour_and_drawn_on_top():
    data = two_points(test=TOP_LEFT)  # exactly over the orange training point
    col, row = 60, 60
    without = render.draw_points(grey(), data, show_test=False)
    assert tuple(without[row, col]) == colors.ORANGE
    shown = render.draw_points(grey(), data, show_test=True)
    assert tuple(shown[row, col]) == (255, 255, 255)  # hollow: white inside
    radius = render.point_radius(SIZE, 3)
    assert tuple(shown[row, col + round(radius + render.TEST_EDGE_WIDTH / 2)]) == colors.BLUE


def test_each_class_is_drawn_in_its_own_shape():
    """Class 0 a circle, class 1 a square: near its top the square is as wide as in its
    middle, the circle narrower."""
    size = 960
    X = np.array([[-3.0, 0.0], [3.0, 0.0]])
    data = DataSnapshot(1, "classification", 2, X, np.array([0, 1]), np.zeros((0, 2)), np.zeros(0))
    out = render.draw_points(grey(size), data)
    radius = render.point_radius(size, 2)
    widths = {}
    for k, (x1, x2) in enumerate(X):
        col, row = pixel_of(x1, x2, size)
        fill = np.array(colors.class_color(k))
        inside = np.abs(out[:, col - 20 : col + 20].astype(int) - fill).sum(axis=-1) < 30
        widths[k] = inside[row].sum(), inside[row - round(0.75 * radius)].sum()
    middle, top = widths[1]
    assert top == middle  # the square
    middle, top = widths[0]
    assert top < 0.8 * middle  # the circle


def test_draw_points_leaves_its_input_alone():
    background = grey()
    render.draw_points(background, two_points())
    assert (background == GREY).all()


@pytest.fixture(scope="module")
def session() -> Session:
    session = Session(TrainingSettings(dataset="gauss"))
    session.train_epochs(20)
    return session


def test_boundary_png_is_the_map_with_the_points(session, tmp_path):
    net, data = session.trainer.network, session.data
    render.save_boundary(net, data, tmp_path / "b.png", size=SIZE)
    with Image.open(tmp_path / "b.png") as image:
        assert image.format == "PNG" and image.size == (SIZE, SIZE) and image.mode == "RGB"
        pixels = np.asarray(image)
    assert np.array_equal(pixels, render.boundary_image(net, data, SIZE))
    background = render.colour_map(render.boundary_values(net, SIZE), net.head.kind)
    untouched = (pixels == background).all(axis=-1)
    assert 0.5 < untouched.mean() < 1.0  # the points cover some of it, not most
    # The point drawn last, on top of all others, shows its class colour at its centre.
    col, row = pixel_of(*data.X_train[-1])
    assert tuple(pixels[row, col]) == colors.class_color(int(data.y_train[-1]))


def test_boundary_map_runs_from_orange_to_blue_the_right_way_up(session):
    """Gauss data: class 1 (blue) sits at positive x1, x2; the map must agree there."""
    net = session.trainer.network
    values = render.boundary_values(net, SIZE)
    picture = render.colour_map(values, net.head.kind)
    top_right, bottom_left = picture[SIZE // 8, -SIZE // 8], picture[-SIZE // 8, SIZE // 8]
    assert top_right[2] > top_right[0]  # bluish
    assert bottom_left[0] > bottom_left[2]  # orangish


def test_boundary_svg_embeds_the_map_and_draws_every_point(session, tmp_path):
    net, data = session.trainer.network, session.data
    render.save_boundary(net, data, tmp_path / "b.svg", size=SIZE, show_test=True)
    text = (tmp_path / "b.svg").read_text()
    assert text.startswith("<svg") and f'width="{SIZE}"' in text
    # Class 0 a circle, class 1 a square (a polygon), test points white inside.
    assert text.count("<circle") == (data.y_train == 0).sum() + (data.y_test == 0).sum()
    assert text.count("<polygon") == (data.y_train == 1).sum() + (data.y_test == 1).sum()
    assert text.count('fill="#ffffff"') == len(data.X_test)
    encoded = re.search(r'href="data:image/png;base64,([^"]+)"', text).group(1)
    with Image.open(io.BytesIO(base64.b64decode(encoded))) as image:
        assert image.size == (SIZE, SIZE)
        background = render.colour_map(render.boundary_values(net, SIZE), net.head.kind)
        assert np.array_equal(np.asarray(image.convert("RGB")), background)


def test_training_gif_has_its_frames_and_trains_the_session(tmp_path):
    session = Session(TrainingSettings(dataset="gauss"))
    seen = []
    frames = render.training_gif(
        session, tmp_path / "t.gif", epochs=8, frames=5, size=64, progress=lambda *a: seen.append(a)
    )
    assert frames == 5 and seen[-1] == (5, 5)
    assert session.trainer.epoch == 8
    with Image.open(tmp_path / "t.gif") as image:
        assert image.format == "GIF" and image.size == (64, 64) and image.n_frames == 5
    assert not list(tmp_path.glob("*.tmp"))


def test_training_gif_stops_when_progress_says_so(tmp_path):
    session = Session(TrainingSettings(dataset="gauss"))
    frames = render.training_gif(
        session, tmp_path / "t.gif", epochs=8, frames=5, size=32, progress=lambda d, t: d < 2
    )
    assert frames == 2
    with Image.open(tmp_path / "t.gif") as image:
        assert image.n_frames == 2


def test_a_file_that_cannot_be_written_leaves_nothing_behind(tmp_path):
    with pytest.raises(OSError):
        render.save_png(grey(8), tmp_path / "missing" / "a.png")
    assert not list(tmp_path.rglob("*"))
