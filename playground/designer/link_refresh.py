"""All the links of the network scene, and how they follow the training.

One :class:`~playground.designer.link_drawing.LinkLayer` per weight layer. What the links
show (:attr:`NetworkLinks.mode`): the weights (colour by sign, width by size), the last
gradient (width by |∂L/∂w| against the largest in the network, colour by the way the step
moves the weight: blue up, orange down), or only where they run.

Stroking links is the most expensive drawing there is, so they follow the weights at most
every LINK_REFRESH_S and within a stroking budget per frame (:meth:`NetworkLinks.refresh`);
the owner shows the newest weights in full once the frames stop (:meth:`NetworkLinks.settle`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsScene

from engine import FEATURES
from playground.core.refs import LinkRef
from playground.core.snapshot import Snapshot
from playground.designer.layout_geometry import Column
from playground.designer.link_drawing import (
    FULL_WIDTH_WEIGHT,
    PLAIN_BUCKET,
    LinkLayer,
    link_buckets,
)

LINK_MODES = ("weights", "gradients", "plain")
LINK_REFRESH_S = 0.05  # links and bias marks follow the weights at most this often
LINK_FRAME_S = 0.0005  # stroking time a frame earns for redrawing links


class NetworkLinks:
    """The link layers of one scene: ``layers[k]`` draws ``weights[k]``."""

    def __init__(self) -> None:
        self.layers: list[LinkLayer] = []
        self._kept: dict[tuple, LinkLayer] = {}  # taken out of a scene being rebuilt
        self._weights: list[np.ndarray] = []  # the newest snapshot's
        self._masks: list[np.ndarray] = []
        self._grads: list[np.ndarray] = []
        self.line_scale = 1.0  # the theme's (Theme.line_scale): thicker on a projector
        self._grad_scale: tuple | None = None  # (grads, factor) of the gradient mode
        self._mode = "weights"
        self._credit = 0.0  # seconds of link stroking the coming frames may spend

    # ----------------------------------------------------------------- layout
    def take_out(self, scene: QGraphicsScene) -> None:
        """Take the layers out of ``scene`` before it is cleared for a new layout.

        Layers whose links run where they ran keep their paths and their picture (an edit
        of one layer, e.g. a dropped neuron, restrokes only its own links).
        """
        self._kept = {links.key: links for links in self.layers}
        for links in self._kept.values():
            scene.removeItem(links)
        self.layers = []

    def build(self, scene: QGraphicsScene, snap: Snapshot, columns: list[Column]) -> None:
        """Links between ``columns`` (0: all feature slots, of which the enabled join in)."""
        slots = [list(FEATURES).index(name) for name in snap.features]
        features = columns[0]
        ends = [(features, features.ys[slots])] + [(c, c.ys) for c in columns[1:]]
        for (a, ya), (b, yb) in zip(ends, ends[1:]):
            scale = float(np.clip(min(a.size, b.size) / 40.0, 0.25, 1.0)) * self.line_scale
            right, left = a.x + a.size, b.x
            y0, y1 = ya + a.size / 2, yb + b.size / 2
            links = self._kept.pop(LinkLayer.key_of(right, y0, left, y1, scale), None)
            if links is None:
                links = LinkLayer(right, y0, left, y1, scale)
            scene.addItem(links)
            self.layers.append(links)
        self._kept = {}

    # ---------------------------------------------------------------- drawing
    def set_snapshot(self, snap: Snapshot) -> None:
        """Remember the newest weights; they are drawn by :meth:`refresh` and :meth:`settle`."""
        self._weights, self._masks = snap.weights, snap.masks
        self._grads = snap.weight_grads

    @property
    def mode(self) -> str:
        """What the links show: "weights", "gradients" or "plain" (LINK_MODES)."""
        return self._mode

    @mode.setter
    def mode(self, mode: str) -> None:
        if mode not in LINK_MODES:
            raise ValueError(f"link mode must be one of {', '.join(LINK_MODES)}; got {mode!r}")
        self._mode = mode

    def refresh(self, now: float) -> None:
        """Redraw the link layers in which some link changed bucket, within a budget.

        Each layer keeps a picture of itself, so only layers in which some link changed
        bucket need stroking again, the most expensive drawing there is. A layer is
        compared with the newest weights at most every LINK_REFRESH_S, the ones that
        waited longest first, and frames earn LINK_FRAME_S of stroking time each (as
        measured by the layers), which caps what links cost on average: a network of a
        few hundred links is redrawn 15-20 times a second, one of 37,000 links about
        once a second.
        """
        self._credit = min(self._credit + LINK_FRAME_S, 2 * LINK_FRAME_S)
        for k in sorted(range(len(self.layers)), key=lambda k: self.layers[k].checked_at):
            links = self.layers[k]
            if now - links.checked_at < LINK_REFRESH_S or self._credit <= 0:
                break
            if self._show(k, now):
                self._credit -= links.cost

    def settle(self, now: float) -> None:
        """Show the newest weights in every layer, whatever the budget."""
        for weight_layer in range(len(self.layers)):
            self._show(weight_layer, now)

    def _show(self, weight_layer: int, now: float) -> bool:
        """Bring one layer of links up to the newest weights; True if it was redrawn."""
        links = self.layers[weight_layer]
        links.checked_at = now
        return links.set_buckets(self.buckets(weight_layer))

    def buckets(self, weight_layer: int, where=...) -> np.ndarray:
        """The link buckets of ``weight_layer`` (or of ``where`` in it) for the mode."""
        masks = self._masks[weight_layer][where].ravel()
        if self._mode == "plain":
            return np.where(masks, PLAIN_BUCKET, 0).astype(np.int16)
        if self._mode == "weights":
            return link_buckets(self._weights[weight_layer][where].ravel(), masks)
        if self._grad_scale is None or self._grad_scale[0] is not self._grads:
            top = max((float(np.max(np.abs(g), initial=0.0)) for g in self._grads), default=0.0)
            factor = FULL_WIDTH_WEIGHT / top if np.isfinite(top) and top > 0 else 0.0
            self._grad_scale = (self._grads, factor)
        steps = self._grads[weight_layer][where].ravel() * -self._grad_scale[1]
        # On a square-root scale, so that the small gradients of deep layers still show.
        return link_buckets(np.sign(steps) * np.sqrt(np.abs(steps) * FULL_WIDTH_WEIGHT), masks)

    # ---------------------------------------------------------------- lookups
    def pen(self, link: LinkRef) -> QPen:
        """The pen ``link`` is drawn with for the newest weights.

        Link layers are redrawn at most every LINK_REFRESH_S, so the screen may show the
        previous pen for that long.
        """
        bucket = self.buckets(link.weight_layer, (link.i, slice(link.j, link.j + 1)))[0]
        return QPen(self.layers[link.weight_layer].pens[bucket])

    def line(self, link: LinkRef) -> tuple[QPointF, QPointF]:
        """Scene end points of ``link``."""
        links = self.layers[link.weight_layer]
        k = link.i * links.fan[1] + link.j
        return QPointF(links.x0, links.y0[k]), QPointF(links.x1, links.y1[k])

    def at(self, pos: QPointF, tolerance: float) -> LinkRef | None:
        """The link within ``tolerance`` (plus half its width) of scene position ``pos``."""
        for weight_layer, links in enumerate(self.layers):
            hit = links.at(pos)
            if hit is None:
                continue
            i, j, distance = hit
            link = LinkRef(weight_layer, i, j)
            if distance <= tolerance + self.pen(link).widthF() / 2:
                return link
        return None
