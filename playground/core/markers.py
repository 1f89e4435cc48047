"""A marker shape for each class, so that classes differ by more than their colour.

Shapes are outlines in a unit box centred on 0 (x to the right, y downwards, as on a
screen), all of the same area as the circle of diameter 1 so that no class looks heavier.
The window draws them through Qt (playground.views.point_symbols) and the exports through
Pillow and SVG (playground.core.render), from these same coordinates.

The crosses have fat arms (a third of their length) so that they show their colour;
pyqtgraph's own '+' and 'x' are thin lines that would show only their outline.
"""

from __future__ import annotations

import math
from functools import cache

# One name a class, in class order (pyqtgraph's names for the shapes they resemble).
CLASS_MARKERS = ("o", "s", "t", "d", "+", "x", "star", "h")
CIRCLE = "o"
# The same shapes as characters, for legends and labels in text.
CLASS_GLYPHS = ("●", "■", "▲", "◆", "✚", "✖", "★", "⬢")
_AREA = math.pi / 4  # the circle of diameter 1

Polygon = tuple[tuple[float, float], ...]


def class_marker(k: int) -> str:
    return CLASS_MARKERS[k % len(CLASS_MARKERS)]


def class_glyph(k: int) -> str:
    return CLASS_GLYPHS[k % len(CLASS_GLYPHS)]


def _area(points: list[tuple[float, float]]) -> float:
    return 0.5 * abs(
        sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))
    )


def _regular(corners: int, turn: float = 0.0, inner: float | None = None) -> list:
    """A regular polygon (or a star, with ``inner`` its inner radius) of radius 1."""
    points = []
    steps = corners * (2 if inner else 1)
    for i in range(steps):
        angle = turn + 2 * math.pi * i / steps
        r = inner if inner and i % 2 else 1.0
        points.append((r * math.sin(angle), -r * math.cos(angle)))
    return points


def _plus(arm: float = 1 / 3) -> list:
    a, b = arm / 2, 0.5
    return [
        (-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a),
        (a, b), (-a, b), (-a, a), (-b, a), (-b, -a), (-a, -a),
    ]  # fmt: skip


def _raw(name: str) -> list:
    if name == "s":
        return [(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)]
    if name == "t":  # pointing up
        return _regular(3)
    if name == "d":  # a diamond, taller than wide
        return [(0.0, -0.6), (0.42, 0.0), (0.0, 0.6), (-0.42, 0.0)]
    if name == "+":
        return _plus()
    if name == "x":
        c = math.sqrt(0.5)
        return [(c * (x - y), c * (x + y)) for x, y in _plus()]
    if name == "star":
        return _regular(5, inner=0.5)
    if name == "h":
        return _regular(6, turn=math.pi / 6)
    raise ValueError(f"unknown marker {name!r}")


@cache
def polygon(name: str) -> Polygon:
    """The corners of marker ``name`` (not the circle), scaled to the circle's area."""
    points = _raw(name)
    scale = math.sqrt(_AREA / _area(points))
    return tuple((x * scale, y * scale) for x, y in points)
