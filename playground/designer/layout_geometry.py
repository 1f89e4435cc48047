"""Where the network scene puts its columns and neurons.

The scene is laid out in design units of about one pixel: its height is fixed and its
width follows the widget's shape (within what the columns need), so the view's scale, and
with it the size of every caption, stays near 1 in the usual panel sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from engine import FEATURES
from playground.core.snapshot import Snapshot

SCENE_H = 600.0
MIN_COLUMN_STEP = 80.0  # narrower, and "+ −" and "64 neurons" of neighbours would touch
MAX_COLUMN_STEP = 280.0  # wider, and a small network looks lost in long links
DEFAULT_ASPECT = 1.5  # before the widget has a size
LAYER_BUTTONS_Y = 8.0
COLUMN_BUTTONS_Y = 52.0
COLUMN_CAPTION_Y = 82.0
NODES_TOP = 124.0
NODES_BOTTOM = SCENE_H - 34.0
FEATURE_X = 96.0  # left edge of the feature nodes; their labels sit left of it
OUTPUT_MARGIN = 56.0  # from the output column's centre to the scene's right edge
MAX_PITCH = 54.0
NODE_FILL = 0.75  # node size / pitch while nodes are big enough to need air between them
BIAS_MIN_NODE = 16.0  # below this a bias mark would be a speck
FIRST_X = FEATURE_X + MAX_PITCH * NODE_FILL / 2  # the centre of the feature column
LAYER_BUTTONS_X = FIRST_X  # "+ − N HIDDEN LAYERS" starts above the features, at any depth


@dataclass
class Column:
    """Where one column of nodes sits: node ``u`` covers [x, x+size] × [ys[u], ys[u]+size]."""

    x: float
    size: float
    pitch: float
    ys: np.ndarray

    @property
    def centre_x(self) -> float:
        return self.x + self.size / 2

    def bottom(self) -> float:
        return float(self.ys[-1]) + self.size if len(self.ys) else NODES_TOP

    def rect(self) -> QRectF:
        """Where the column's nodes are."""
        top = float(self.ys[0]) if len(self.ys) else NODES_TOP
        return QRectF(self.x, top, self.size, self.bottom() - top)

    def unit_at(self, pos: QPointF) -> int | None:
        if not (self.x <= pos.x() <= self.x + self.size) or not len(self.ys):
            return None
        k = int((pos.y() - self.ys[0]) // self.pitch)
        if 0 <= k < len(self.ys) and pos.y() <= self.ys[k] + self.size:
            return k
        return None

    def has_bias_marks(self) -> bool:
        return self.size >= BIAS_MIN_NODE

    def bias_mark(self, y: float) -> QRectF:
        """TFP's bias mark: a small square hanging off the node's bottom-left corner."""
        mark = self.size * 0.3
        return QRectF(self.x - mark * 0.6, y + self.size - mark * 0.4, mark, mark)

    def bias_unit_at(self, pos: QPointF) -> int | None:
        """The unit whose bias mark is under ``pos``, if the column shows marks."""
        mark = self.size * 0.3
        if not self.has_bias_marks() or not (self.x - mark <= pos.x() <= self.x + mark):
            return None
        for unit, y in enumerate(self.ys):
            if self.bias_mark(float(y)).adjusted(-1, -1, 1, 1).contains(pos):
                return unit
        return None

    def caption_y(self) -> float:
        """Just below the column, clear of the last node's bias mark."""
        below = self.size * 0.3 * 0.6 if self.has_bias_marks() else 0.0
        return self.bottom() + below + 3


def column(centre_x: float, units: int, max_pitch: float, fill: float) -> Column:
    pitch = min(max_pitch, (NODES_BOTTOM - NODES_TOP) / max(units, 1))
    size = pitch * fill
    return Column(centre_x - size / 2, size, pitch, NODES_TOP + pitch * np.arange(units))


def mosaic_gap(pitch: float, resolution: int) -> int:
    """Empty image rows between two neurons of a column mosaic.

    A whole hidden layer is one image, so the gap between neurons is whole pixels of
    that image; dense columns get a smaller share of gap to keep the heatmaps visible.
    """
    share = 1 - NODE_FILL if pitch >= 24 else 0.15
    return max(1, round(resolution * share / (1 - share)))


def scene_width(aspect: float, n_hidden: int) -> float:
    """The scene's width for a widget of ``aspect`` (width / height)."""
    least = FIRST_X + (n_hidden + 1) * MIN_COLUMN_STEP + OUTPUT_MARGIN
    most = FIRST_X + (n_hidden + 1) * MAX_COLUMN_STEP + OUTPUT_MARGIN
    return float(min(max(SCENE_H * aspect, least), most))


@dataclass
class Layout:
    """The columns of one topology in a scene of one width: ``columns[0]`` holds all
    seven feature slots, 1..n the hidden layers, n + 1 the output."""

    columns: list[Column]
    centres: list[float]  # the columns' centres
    step: float  # from one column's centre to the next
    gaps: list[int]  # per hidden layer: blank image rows between its neurons' maps


def lay_out(snap: Snapshot, width: float) -> Layout:
    hidden = snap.spec["hidden"]
    step = (width - OUTPUT_MARGIN - FIRST_X) / (len(hidden) + 1)
    centres = [FIRST_X + step * k for k in range(len(hidden) + 2)]
    columns = [column(centres[0], len(FEATURES), MAX_PITCH, NODE_FILL)]
    gaps = []
    for h, layer in enumerate(hidden):
        pitch = min(MAX_PITCH, (NODES_BOTTOM - NODES_TOP) / layer["units"])
        r = snap.neuron_maps[h].shape[-1]
        gap = mosaic_gap(pitch, r)
        gaps.append(gap)
        columns.append(column(centres[h + 1], layer["units"], MAX_PITCH, r / (r + gap)))
    columns.append(column(centres[-1], snap.layer_sizes[-1], MAX_PITCH, NODE_FILL))
    return Layout(columns, centres, step, gaps)
