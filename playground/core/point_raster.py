"""Many data points drawn as one picture: NumPy work that any thread can do.

Past a few thousand points, handing each one to Qt as a marker costs the GUI thread
hundreds of milliseconds (pyqtgraph's ScatterPlotItem.setData on 50,000 points:
150–275 ms). Here the markers are stamped into one premultiplied ARGB image at the plot's
own resolution instead, with the same rule as the markers drawn one by one: each class its
shape (playground.core.markers) and colour, training points filled in their colour with a
white edge, test points white inside a coloured outline, later points on top of earlier
ones. A pixel shows the last point that covers it (only the edges of a marker are
antialiased, so a pixel where two points meet shows the top one's edge over the map).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np

from playground.core import markers

WHITE = (255, 255, 255)
_SUBSAMPLES = 4  # per pixel and axis, for the coverage of a marker's edge


@dataclass(frozen=True)
class PointStyle:
    """How big the markers are, in device pixels (the theme's sizes times the pixel ratio)."""

    size: float  # the marker's box, as pyqtgraph's ``size``
    edge: float  # the pen: a training point's white edge, or a test point's outline
    hollow: bool  # test points: white inside, the colour in the pen


def _segments_distance(px: np.ndarray, py: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """The distance from each point (px, py) to the polygon's outline."""
    best = np.full(px.shape, np.inf)
    for (x0, y0), (x1, y1) in zip(corners, np.roll(corners, -1, axis=0)):
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
        best = np.minimum(best, np.hypot(px - x0 - t * dx, py - y0 - t * dy))
    return best


def _inside(px: np.ndarray, py: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Even-odd rule: whether each point lies inside the polygon."""
    inside = np.zeros(px.shape, dtype=bool)
    for (x0, y0), (x1, y1) in zip(corners, np.roll(corners, -1, axis=0)):
        crosses = (y0 > py) != (y1 > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
        inside ^= crosses & (px < at)
    return inside


@cache
def stamp(name: str, style: PointStyle) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Marker ``name`` in ``style`` as pixels around its centre pixel: (offsets (k, 2) of
    row and column, pen coverage (k,), fill coverage (k,)), both 0..1 and together ≤ 1.

    The pen is centred on the outline, as Qt strokes it; the fill is what lies inside it.
    """
    half = style.size / 2 + style.edge / 2
    reach = math.ceil(half)
    steps = (np.arange(_SUBSAMPLES) + 0.5) / _SUBSAMPLES - 0.5
    grid = np.arange(-reach, reach + 1)
    rows, cols = np.meshgrid(grid, grid, indexing="ij")
    # Every subsample of every pixel, in the marker's unit box (y downwards, as markers are).
    sy = (rows[..., None, None] + steps[:, None]) / style.size
    sx = (cols[..., None, None] + steps[None, :]) / style.size
    sy, sx = np.broadcast_arrays(sy, sx)
    if name == markers.CIRCLE:
        signed = np.hypot(sx, sy) - 0.5
    else:
        corners = np.array(markers.polygon(name))
        distance = _segments_distance(sx, sy, corners)
        signed = np.where(_inside(sx, sy, corners), -distance, distance)
    signed = signed * style.size  # in pixels
    pen = np.abs(signed) <= style.edge / 2
    fill = (signed < 0) & ~pen
    pen_cover = pen.mean(axis=(-2, -1))
    fill_cover = fill.mean(axis=(-2, -1))
    keep = (pen_cover + fill_cover) > 0
    offsets = np.stack([rows[keep], cols[keep]], axis=1)
    return offsets, pen_cover[keep], fill_cover[keep]


def pixel_centres(
    X: np.ndarray, extent: tuple[float, float], width: int, height: int
) -> tuple[np.ndarray, np.ndarray]:
    """The pixel (row, column) each point's centre falls in, row 0 at the top (high x₂)."""
    lo, hi = float(extent[0]), float(extent[1])
    span = (hi - lo) or 1.0
    cols = np.floor((np.asarray(X[:, 0], dtype=np.float64) - lo) / span * width)
    rows = np.floor((hi - np.asarray(X[:, 1], dtype=np.float64)) / span * height)
    return rows.astype(np.int64), cols.astype(np.int64)


def rasterize(
    X: np.ndarray,
    rgb: np.ndarray,
    marker_names: list[str],
    marker_of: np.ndarray,
    style: PointStyle,
    extent: tuple[float, float],
    width: int,
    height: int,
) -> np.ndarray:
    """(height, width) uint32 premultiplied ARGB (QImage's Format_ARGB32_Premultiplied):
    the points ``X`` (n, 2) in colours ``rgb`` (n, 3), point i as marker
    ``marker_names[marker_of[i]]``, over the square ``extent`` (clear where no point is).

    Works a marker offset at a time, so that no single NumPy call holds the interpreter
    long (this runs beside the GUI thread)."""
    n, pixels = len(X), width * height
    if n == 0 or pixels == 0:
        return np.zeros((height, width), dtype=np.uint32)
    rows, cols = pixel_centres(X, extent, width, height)
    stamps = [stamp(name, style) for name in marker_names]
    marker_of = np.asarray(marker_of, dtype=np.intp)
    reach = max(int(np.abs(s[0]).max()) for s in stamps)
    side = 2 * reach + 1
    cover = np.zeros((len(stamps), side, side))
    pen = np.zeros_like(cover)
    for m, (offsets, pen_cover, fill_cover) in enumerate(stamps):
        cover[m, offsets[:, 0] + reach, offsets[:, 1] + reach] = pen_cover + fill_cover
        pen[m, offsets[:, 0] + reach, offsets[:, 1] + reach] = pen_cover
    # Who covers each pixel: the last point (pyqtgraph draws them in order), on a grid
    # padded by the markers' reach so that no offset needs a bounds check; points whose
    # marker cannot reach the picture are left out.
    near = (rows >= -reach) & (rows < height + reach) & (cols >= -reach) & (cols < width + reach)
    index = np.flatnonzero(near)
    pad = 2 * reach  # a point up to ``reach`` outside, and its marker's reach beyond that
    wide = width + 2 * pad
    base = (rows[index] + pad) * wide + (cols[index] + pad)
    grid = np.full((height + 2 * pad) * wide, -1, dtype=np.int64)
    for m, (offsets, _, _) in enumerate(stamps):
        mine = marker_of[index] == m
        at, who = base[mine], index[mine]
        # Of the points of one shape on one pixel, the last hides the others wholly. With
        # each pixel once, a gather, a maximum and a scatter do what np.maximum.at would.
        last = len(at) - 1 - np.unique(at[::-1], return_index=True)[1]
        at, who = at[last], who[last]
        for dr, dc in offsets:
            place = at + (dr * wide + dc)
            grid[place] = np.maximum(grid[place], who)
    owner = grid.reshape(height + 2 * pad, wide)[pad : pad + height, pad : pad + width]
    owner = owner.ravel()
    shown = np.flatnonzero(owner >= 0)
    who = owner[shown]
    dr = shown // width - rows[who] + reach
    dc = shown % width - cols[who] + reach
    alpha_pen = pen[marker_of[who], dr, dc][:, None]
    alpha_all = cover[marker_of[who], dr, dc][:, None]
    colour = np.asarray(rgb, dtype=np.float64)[who]
    white = np.array(WHITE, dtype=np.float64)
    pen_rgb, fill_rgb = (colour, white) if style.hollow else (white, colour)
    premultiplied = pen_rgb * alpha_pen + fill_rgb * (alpha_all - alpha_pen)
    argb = np.round(np.concatenate([alpha_all * 255, premultiplied], axis=1)).astype(np.uint32)
    out = np.zeros(pixels, dtype=np.uint32)
    out[shown] = (argb[:, 0] << 24) | (argb[:, 1] << 16) | (argb[:, 2] << 8) | argb[:, 3]
    return out.reshape(height, width)
