"""Pictures of the decision boundary without a window: PNG, SVG and animated GIF.

The map is coloured with NumPy in the output view's colours and the points are drawn and
encoded by Pillow, so the command line can export without a display or a QApplication
(Qt can read GIFs but not write them).
"""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from engine import Network
from engine.datasets import VIEW_BOX
from playground.core import colors, markers
from playground.core.file_writes import is_device_or_pipe, write_in_place
from playground.core.snapshot import DataSnapshot

if TYPE_CHECKING:
    from PIL import ImageDraw

# Pillow is imported where a picture is made: the window imports this module to start,
# and draws its pictures with Qt until something is exported.

DISCRETE_SHADE = 0.7  # as the output view: discretized colours stop short of the ends
EDGE_WIDTH = 1.5  # pixels of white around each training point
TEST_EDGE_WIDTH = 2.0  # pixels of its class colour around each (white) test point
WHITE = (255, 255, 255)
SUPERSAMPLE = 4  # points are drawn this many times larger, then averaged down


def boundary_values(network: Network, size: int) -> np.ndarray:
    """The network's output over the view box, (size, size[, k]), row 0 at the top."""
    out = network.grid_maps(size, VIEW_BOX, neurons=False)["output"]
    return out[::-1].copy()


def colour_map(values: np.ndarray, kind: str, discretize: bool = False) -> np.ndarray:
    """RGB uint8 image for output ``values`` of a ``kind`` ("binary", "multiclass", "regression")."""
    if kind == "multiclass":
        probs = values
        if discretize:
            probs = np.eye(values.shape[-1])[values.argmax(axis=-1)]
        return colors.blend_classes(probs)
    lo, hi = (-1.0, 1.0) if kind == "regression" else (0.0, 1.0)
    v = np.asarray(values, dtype=np.float64)
    if discretize:
        middle, reach = (lo + hi) / 2, (hi - lo) / 2 * DISCRETE_SHADE
        v = np.where(v >= middle, middle + reach, middle - reach)
    index = np.clip((v - lo) / (hi - lo) * 255.0, 0, 255)
    index = np.nan_to_num(index, nan=127.5).astype(np.intp)
    return colors.diverging_lut()[index]


def point_colours(y: np.ndarray, task: str) -> np.ndarray:
    if task == "regression":
        index = np.clip((np.asarray(y, dtype=np.float64) + 1.0) / 2.0 * 255.0, 0, 255).astype(
            np.intp
        )
        return colors.diverging_lut()[index]
    return np.array([colors.class_color(int(k)) for k in y], dtype=np.uint8).reshape(-1, 3)


def _points(data: DataSnapshot, show_test: bool) -> list[tuple[np.ndarray, np.ndarray, list, bool]]:
    """(X, colours, marker names, is test) groups, drawn in this order."""

    def shapes(y: np.ndarray) -> list[str]:
        if data.task == "regression":
            return [markers.CIRCLE] * len(y)
        return [markers.class_marker(int(k)) for k in y]

    groups = [(data.X_train, point_colours(data.y_train, data.task), shapes(data.y_train), False)]
    if show_test and len(data.X_test):
        groups.append(
            (data.X_test, point_colours(data.y_test, data.task), shapes(data.y_test), True)
        )
    return groups


def point_radius(size: int, n_points: int) -> float:
    return size / (130.0 if n_points > 800 else 105.0)


def _shape(draw: ImageDraw.ImageDraw, name: str, x: float, y: float, d: float, colour) -> None:
    """Marker ``name`` of width ``d`` (a whole number of pixels) centred on (x, y)."""
    if name == markers.CIRCLE:
        x0, y0 = round(x - d / 2), round(y - d / 2)
        # Pillow's box is inclusive: a disc from x0 to x0 + d - 1.
        draw.ellipse((x0, y0, x0 + d - 1, y0 + d - 1), fill=colour)
    else:
        draw.polygon([(x + px * d, y + py * d) for px, py in markers.polygon(name)], fill=colour)


def draw_points(image: np.ndarray, data: DataSnapshot, show_test: bool = False) -> np.ndarray:
    """``image`` (size, size, 3) with the data points drawn on top, antialiased (a new array).

    Each point is its class's marker (playground.core.markers), painted over the ones
    before it: a training point filled with its colour inside a 1.5 px white edge, a test
    point white inside a 2 px edge of its colour. The markers are drawn on a transparent
    layer at SUPERSAMPLE times the size and averaged down (a box filter: each pixel gets
    the share of it a marker covers, without the halo a sharper filter rings around the
    dark edges), then laid over the map.
    """
    from PIL import Image, ImageDraw

    size = image.shape[0]
    n_all = len(data.X_train) + (len(data.X_test) if show_test else 0)
    big = size * SUPERSAMPLE
    radius = point_radius(size, n_all) * SUPERSAMPLE
    layer = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    lo, hi = VIEW_BOX
    scale = big / (hi - lo)
    for X, fills, shapes, test in _points(data, show_test):
        edge = (TEST_EDGE_WIDTH if test else EDGE_WIDTH) * SUPERSAMPLE
        # Whole-pixel widths on the big layer, so every point comes out the same size.
        outer, inner = (max(1, round(2 * r)) for r in (radius + edge, radius))
        px = (X[:, 0] - lo) * scale
        py = (hi - X[:, 1]) * scale
        for x, y, fill, shape in zip(px, py, fills.tolist(), shapes):
            rim, inside = (tuple(fill), WHITE) if test else (WHITE, tuple(fill))
            _shape(draw, shape, x, y, outer, rim)
            _shape(draw, shape, x, y, inner, inside)
    picture = Image.fromarray(np.ascontiguousarray(image, dtype=np.uint8)).convert("RGBA")
    picture.alpha_composite(layer.reduce(SUPERSAMPLE))
    return np.array(picture.convert("RGB"))


def boundary_image(
    network: Network,
    data: DataSnapshot,
    size: int = 480,
    show_test: bool = False,
    discretize: bool = False,
) -> np.ndarray:
    """The decision boundary with the data on it, as an RGB uint8 array (size, size, 3)."""
    background = colour_map(boundary_values(network, size), network.head.kind, discretize)
    return draw_points(background, data, show_test)


# ---------------------------------------------------------------------- writing
def png_bytes(rgb: np.ndarray) -> bytes:
    """An RGB uint8 array as PNG file bytes."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgb, dtype=np.uint8)).save(buffer, format="PNG")
    return buffer.getvalue()


def write_bytes(path: str | os.PathLike, payload: bytes) -> None:
    """Write a file whole: a temporary file beside it, renamed over it when complete (a
    device or pipe, such as /dev/stdout, is written into instead)."""
    target = os.fspath(path)
    if is_device_or_pipe(target):
        write_in_place(target, payload)
        return
    tmp = f"{target}.tmp"
    try:
        with open(tmp, "wb") as f:
            f.write(payload)
        os.replace(tmp, target)
    except OSError:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def save_png(rgb: np.ndarray, path: str | os.PathLike) -> None:
    write_bytes(path, png_bytes(rgb))


def boundary_svg(
    network: Network,
    data: DataSnapshot,
    size: int = 480,
    show_test: bool = False,
    discretize: bool = False,
) -> str:
    """SVG of the boundary: the map as an embedded image, every data point a vector marker."""
    background = colour_map(boundary_values(network, size), network.head.kind, discretize)
    encoded = base64.b64encode(png_bytes(background)).decode("ascii")
    lo, hi = VIEW_BOX
    n_all = len(data.X_train) + (len(data.X_test) if show_test else 0)
    r = point_radius(size, n_all)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{size}" height="{size}" viewBox="0 0 {size} {size}">',
        "<title>NN Playground decision boundary</title>",
        f'<image x="0" y="0" width="{size}" height="{size}" preserveAspectRatio="none" '
        f'href="data:image/png;base64,{encoded}" xlink:href="data:image/png;base64,{encoded}"/>',
    ]
    for X, fills, shapes, test in _points(data, show_test):
        parts.append(f'<g stroke-width="{TEST_EDGE_WIDTH if test else EDGE_WIDTH}">')
        for (x1, x2), fill, shape in zip(X, fills, shapes):
            cx = (x1 - lo) / (hi - lo) * size
            cy = (hi - x2) / (hi - lo) * size
            colour = f"#{bytes(fill).hex()}"
            paint = (
                f'fill="#ffffff" stroke="{colour}"' if test else f'fill="{colour}" stroke="#ffffff"'
            )
            parts.append(_svg_shape(shape, cx, cy, r, paint))
        parts.append("</g>")
    parts.append(
        f'<rect x="0.5" y="0.5" width="{size - 1}" height="{size - 1}" fill="none" stroke="#999"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _svg_shape(name: str, cx: float, cy: float, r: float, paint: str) -> str:
    if name == markers.CIRCLE:
        return f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" {paint}/>'
    corners = " ".join(
        f"{cx + x * 2 * r:.2f},{cy + y * 2 * r:.2f}" for x, y in markers.polygon(name)
    )
    return f'<polygon points="{corners}" {paint}/>'


def save_boundary(
    network: Network,
    data: DataSnapshot,
    path: str | os.PathLike,
    size: int = 480,
    show_test: bool = False,
    discretize: bool = False,
) -> None:
    """PNG or SVG by the file's suffix."""
    if os.fspath(path).lower().endswith(".svg"):
        write_bytes(path, boundary_svg(network, data, size, show_test, discretize).encode("utf-8"))
    else:
        save_png(boundary_image(network, data, size, show_test, discretize), path)


def training_gif(
    session,
    path: str | os.PathLike,
    epochs: int = 200,
    frames: int = 40,
    size: int = 240,
    show_test: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Train ``session`` for ``epochs`` more epochs and save the boundary as an animated GIF.

    ``session`` must be one nobody else trains (a copy). ``progress(done, total)`` may
    return False to stop early. Returns the number of frames written.
    """
    from PIL import Image

    frames = max(2, min(int(frames), 500, int(epochs) + 1))
    per_frame = max(1, int(epochs) // (frames - 1))
    images = []
    race = session.comparison
    if race is not None:
        race.sync(session)  # its lanes, built from the session's settings and data
    for i in range(frames):
        if i:
            session.train_epochs(per_frame)
        # With Compare on, the lane the window shows (its focus) is the one drawn.
        trainer = race.lanes[race.focus].trainer if race is not None else session.trainer
        images.append(
            Image.fromarray(boundary_image(trainer.network, session.data, size, show_test))
        )
        if (progress is not None and progress(i + 1, frames) is False) or trainer.diverged:
            break
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        format="GIF",
        save_all=True,
        append_images=images[1:],
        duration=80,
        loop=0,
        optimize=False,
    )
    write_bytes(path, buffer.getvalue())
    return len(images)
