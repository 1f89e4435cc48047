"""The walkthrough's numbers drawn on the network diagram.

Items are added to the NetworkView's scene through its public lookups (``neuron_item``,
``feature_item``, ``link_line``) and never change the view's own items: a band behind the
active layer, coloured lines over the links in play, and callouts with the numbers at the
neurons and on the links. Every callout and line carries the full-precision numbers as
its tooltip. The view rebuilds its scene when the topology or its shape changes, which
deletes these items; the overlay notices (``QGraphicsScene.changed``) and draws again.

Nothing here runs per training frame: the overlay only changes when the step does.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
)

from engine.i18n import translate
from playground.core.walkthrough_text import Label, Step

# One colour per phase (forward, loss, backward, update); the links in play take it too.
PHASE_COLORS = ((0, 121, 107), (198, 40, 40), (123, 63, 160), (46, 125, 50))
KIND_PHASE = {"forward": 0, "grad": 2, "back": 2, "update": 3}
MUTED_INK = QColor(105, 105, 105)
INK = QColor(25, 25, 25)
CALLOUT_PT = 11.5  # the numbers of the active layer: legible from the back of a room
MUTED_PT = 9.5
LINK_PT = 10.0
CAPTION_PT = 10.0
CAPTION_TOP = 100.0  # scene y between the network's column captions and its first neuron
MAX_LINES = 400  # links in play drawn as items with tooltips; beyond, one path
MAX_LINK_LABELS = 40  # per step; more and the numbers would hide the network
Z_BACK, Z_LINES, Z_FRONT = -1.0, 0.5, 10.0
Z_DROPPED = 5.0  # over the neurons' maps, under the cards


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _line_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class Callout(QGraphicsItem):
    """A few lines of numbers on a white card; its tooltip has every digit."""

    PAD = 3.0

    def __init__(
        self, lines: tuple[str, ...], tip: str, color: QColor, muted: bool = False, points=None
    ) -> None:
        super().__init__()
        self.lines = tuple(lines)
        self.muted = muted
        size = points or (MUTED_PT if muted else CALLOUT_PT)
        self._font = _font(size, bold=not muted)
        metrics = QFontMetricsF(self._font)
        self._line = metrics.lineSpacing()
        self._ascent = metrics.ascent()
        width = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        self._rect = QRectF(0, 0, width + 2 * self.PAD + 2, self._line * len(lines) + 2 * self.PAD)
        self._color = QColor(color)
        self.setToolTip(tip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1.0 if muted else 2.0)

    def text(self) -> str:
        return "\n".join(self.lines)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.save()
        border = QColor(self._color)
        if self.muted:
            border.setAlpha(90)
        painter.setPen(QPen(border, 1.0 if self.muted else 1.6))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(self._rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(self._font)
        painter.setPen(MUTED_INK if self.muted else INK)
        y = self.PAD + self._ascent
        for line in self.lines:
            painter.drawText(QPointF(self.PAD + 1, y), line)
            y += self._line
        painter.restore()


class WalkthroughOverlay(QObject):
    """Draws one :class:`Step` on a NetworkView; :meth:`clear` takes it all away."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._step: Step | None = None
        self._features: tuple[str, ...] = ()
        self._sizes: list[int] = []
        self._roots: list[QGraphicsItem] = []
        self.neuron_labels: dict[tuple[int, int], Callout] = {}
        self.link_labels: dict[tuple[int, int, int], Callout] = {}
        self.link_lines: dict[tuple[int, int, int], QGraphicsLineItem] = {}
        self.hover_items: dict[tuple[int, int], QGraphicsRectItem] = {}
        self.dropped_items: list[QGraphicsPathItem] = []  # crossed out: dropout's for the sample
        self.band: QGraphicsPathItem | None = None
        self.caption: Callout | None = None
        self._pending = False
        self._watching = False

    # ------------------------------------------------------------------ public
    @property
    def step(self) -> Step | None:
        return self._step

    def show(self, step: Step, features: tuple[str, ...], sizes: list[int]) -> None:
        """Draw ``step`` for a network of ``sizes`` whose inputs are ``features``."""
        self._step, self._features, self._sizes = step, tuple(features), list(sizes)
        if not self._watching:
            self.view.scene().changed.connect(self._on_scene_changed)
            self._watching = True
        self._draw()

    def clear(self) -> None:
        self._step = None
        if self._watching:
            self.view.scene().changed.disconnect(self._on_scene_changed)
            self._watching = False
        self._remove()

    def neuron_label(self, layer: int, unit: int) -> Callout | None:
        """The card at neuron (layer, unit), if it shows one (None while being redrawn)."""
        card = self.neuron_labels.get((layer, unit))
        return card if card is not None and shiboken6.isValid(card) else None

    def link_tip(self, layer: int, i: int, j: int) -> str:
        """The full-precision tooltip of link (layer, i, j) in this step ("" if none)."""
        line = self.link_lines.get((layer, i, j))
        return line.toolTip() if line is not None and shiboken6.isValid(line) else ""

    # ---------------------------------------------------------------- geometry
    def _node_rect(self, layer: int, unit: int) -> QRectF | None:
        try:
            if layer == 0:
                item = self.view.feature_item(self._features[unit])
            else:
                item = self.view.neuron_item(layer, unit)
        except (KeyError, IndexError):
            return None
        return item.sceneBoundingRect()

    def _column_rect(self, layer: int) -> QRectF | None:
        if not 0 <= layer < len(self._sizes):
            return None
        rect = None
        for unit in range(self._sizes[layer]):
            r = self._node_rect(layer, unit)
            if r is not None:
                rect = r if rect is None else rect.united(r)
        return rect

    def _pitch(self, layer: int) -> float:
        a, b = self._node_rect(layer, 0), self._node_rect(layer, 1)
        if a is None:
            return 0.0
        if b is None:
            return 1e9
        return abs(b.top() - a.top())

    # ----------------------------------------------------------------- drawing
    def _remove(self) -> None:
        scene = self.view.scene()
        for root in self._roots:
            if shiboken6.isValid(root):
                if root.scene() is scene:
                    scene.removeItem(root)
                shiboken6.delete(root)
        self._roots = []
        self.neuron_labels, self.link_labels, self.link_lines = {}, {}, {}
        self.hover_items, self.dropped_items = {}, []
        self.band = self.caption = None

    def _root(self, z: float) -> QGraphicsItem:
        root = QGraphicsRectItem()  # an empty rect draws nothing
        root.setPen(Qt.PenStyle.NoPen)
        root.setZValue(z)
        root.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.view.scene().addItem(root)
        self._roots.append(root)
        return root

    def _draw(self) -> None:
        self._remove()
        step = self._step
        if step is None or not self._sizes:
            return
        back, lines, front = self._root(Z_BACK), self._root(Z_LINES), self._root(Z_FRONT)
        color = QColor(*PHASE_COLORS[step.phase])
        taken: list[QRectF] = []
        scene_rect = self.view.scene().sceneRect()

        column = self._column_rect(step.layer) if step.layer >= 0 else None
        if column is not None:
            band = column.adjusted(-10, -8, 10, 22)
            path = QPainterPath()
            path.addRoundedRect(band, 10, 10)
            self.band = QGraphicsPathItem(path, back)
            fill = QColor(color)
            fill.setAlpha(34)
            edge = QColor(color)
            edge.setAlpha(120)
            self.band.setBrush(fill)
            self.band.setPen(QPen(edge, 1.5))
        if step.caption:
            self._draw_caption(step, front, column, color, scene_rect)
            taken.append(self.caption.sceneBoundingRect())

        self._draw_lines(step, lines)
        if step.dropped:
            self._draw_dropped(step, self._root(Z_DROPPED))
        self._draw_neurons(step, front, taken, scene_rect)
        self._draw_link_labels(step, front, taken)

    def _draw_dropped(self, step: Step, parent: QGraphicsItem) -> None:
        """Each neuron dropout switched off for this sample: greyed and crossed out."""
        for layer, unit in step.dropped:
            rect = self._node_rect(layer, unit)
            if rect is None:
                continue
            path = QPainterPath()
            path.addRect(rect)
            inner = rect.adjusted(4, 4, -4, -4)
            path.moveTo(inner.topLeft())
            path.lineTo(inner.bottomRight())
            path.moveTo(inner.topRight())
            path.lineTo(inner.bottomLeft())
            item = QGraphicsPathItem(path, parent)
            item.setBrush(QColor(255, 255, 255, 170))
            item.setPen(_line_pen(MUTED_INK, 2.0))
            item.setToolTip(
                translate(
                    "walkthrough_overlay",
                    "Dropped by dropout for this point: it passes 0 on and gets δ = 0",
                )
            )
            self.dropped_items.append(item)

    def _draw_caption(
        self, step: Step, parent: QGraphicsItem, column, color: QColor, scene_rect: QRectF
    ) -> None:
        """The step's formula under the highlighted column (or under all of them), or, with
        no room there, on one line in the gap above the first neurons."""
        if column is not None:
            centre, bottom = column.center().x(), column.bottom()
        else:
            columns = [self._column_rect(layer) for layer in range(len(self._sizes))]
            centre = scene_rect.center().x()
            bottom = max((c.bottom() for c in columns if c is not None), default=0.0)
        card = Callout(tuple(step.caption.split("\n")), step.title, color, points=CAPTION_PT)
        y = bottom + 34
        if y + card.boundingRect().height() > scene_rect.bottom() - 2:
            card = Callout(
                (step.caption.replace("\n", ";  "),), step.title, color, points=CAPTION_PT
            )
            y = CAPTION_TOP
        box = card.boundingRect()
        x = min(
            max(centre - box.width() / 2, scene_rect.left() + 2),
            scene_rect.right() - box.width() - 2,
        )
        card.setParentItem(parent)
        card.setPos(x, y)
        self.caption = card

    def _draw_lines(self, step: Step, parent: QGraphicsItem) -> None:
        total = 0
        # Gradients and updates: a line's weight says how large its number is, next to the
        # largest in this step (a square root, so that small ones still show).
        sizes = [abs(label.value) for label in step.links.values()]
        largest = max((v for v in sizes if math.isfinite(v)), default=0.0)
        for layer, kind in step.hot.items():
            if not 0 <= layer < len(self._sizes) - 1:
                continue
            color = QColor(*PHASE_COLORS[KIND_PHASE.get(kind, 0)])
            color.setAlpha(110 if kind == "back" else 190)
            pen = QPen(color, 2.0 if kind == "back" else 3.2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if kind == "back":
                pen.setStyle(Qt.PenStyle.DashLine)
            fan_in, fan_out = self._sizes[layer], self._sizes[layer + 1]
            keys = [
                (layer, i, j)
                for i in range(fan_in)
                for j in range(fan_out)
                if kind == "back" or (layer, i, j) in step.links
            ]
            if total + len(keys) > MAX_LINES:
                path = QPainterPath()
                for key in keys:
                    p0, p1 = self._link_ends(key)
                    if p0 is not None:
                        path.moveTo(p0)
                        path.lineTo(p1)
                item = QGraphicsPathItem(path, parent)
                item.setPen(pen)
                continue
            total += len(keys)
            scaled = kind in ("grad", "update") and largest > 0
            for key in keys:
                p0, p1 = self._link_ends(key)
                if p0 is None:
                    continue
                line = QGraphicsLineItem(p0.x(), p0.y(), p1.x(), p1.y(), parent)
                label = step.links.get(key)
                if scaled and label is not None:
                    share = abs(label.value) / largest if math.isfinite(label.value) else 1.0
                    share = math.sqrt(min(share, 1.0))
                    shaded = QColor(color)
                    shaded.setAlpha(int(45 + 185 * share))
                    line.setPen(_line_pen(shaded, 0.8 + 3.4 * share))
                else:
                    line.setPen(pen)
                line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                if label is not None:
                    line.setToolTip(label.tip)
                self.link_lines[key] = line

    def _link_ends(self, key: tuple[int, int, int]) -> tuple[QPointF | None, QPointF | None]:
        try:
            return self.view.link_line(*key)
        except (IndexError, KeyError):
            return None, None

    def _draw_neurons(
        self, step: Step, parent: QGraphicsItem, taken: list[QRectF], scene_rect: QRectF
    ) -> None:
        pitches: dict[int, float] = {}
        for (layer, unit), label in step.neurons.items():
            rect = self._node_rect(layer, unit)
            if rect is None:
                continue
            color = QColor(*PHASE_COLORS[step.phase])
            # An invisible card over the neuron: hovering it gives the numbers too.
            hover = QGraphicsRectItem(rect, parent)
            hover.setPen(Qt.PenStyle.NoPen)
            hover.setToolTip(label.tip)
            hover.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            hover.setZValue(0.0)
            self.hover_items[(layer, unit)] = hover
            if layer not in pitches:
                pitches[layer] = self._pitch(layer)
            lines = self._fit_lines(label, pitches[layer]) if label.card else ()
            if not lines:
                continue
            # On the neuron itself: the number belongs to it beyond doubt, and the links,
            # which end at the neuron's sides, stay in view.
            card = Callout(lines, label.tip, color, muted=label.muted)
            card.setParentItem(parent)
            box = card.boundingRect()
            x = rect.center().x() - box.width() / 2
            x = min(max(x, scene_rect.left() + 2), scene_rect.right() - box.width() - 2)
            card.setPos(x, rect.center().y() - box.height() / 2)
            self.neuron_labels[(layer, unit)] = card
            taken.append(card.sceneBoundingRect())

    @staticmethod
    def _fit_lines(label: Label, pitch: float) -> tuple[str, ...]:
        """As many of the label's lines as the space between two neurons holds: the last
        line is the result, so it is the one kept."""
        line = QFontMetricsF(_font(MUTED_PT if label.muted else CALLOUT_PT)).lineSpacing()
        room = int((pitch - 4) // line)
        if room <= 0:
            return ()
        lines = label.lines
        return lines if len(lines) <= room else lines[-room:]

    def _draw_link_labels(self, step: Step, parent: QGraphicsItem, taken: list[QRectF]) -> None:
        if not step.links or len(step.links) > MAX_LINK_LABELS:
            return
        color = QColor(*PHASE_COLORS[step.phase])
        # Nearer the source end links fan apart; the middle is tried first. No number may
        # hide a neuron either.
        candidates = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85)
        layers = {k + end for k, _i, _j in step.links for end in (0, 1)}
        taken = taken + [
            rect
            for layer in layers
            for unit in range(self._sizes[layer] if layer < len(self._sizes) else 0)
            if (rect := self._node_rect(layer, unit)) is not None
        ]
        for key, label in step.links.items():
            p0, p1 = self._link_ends(key)
            if p0 is None:
                continue
            card = Callout(label.lines, label.tip, color, points=LINK_PT)
            box = card.boundingRect()
            for t in candidates:
                centre = p0 + (p1 - p0) * t
                spot = QRectF(
                    centre.x() - box.width() / 2,
                    centre.y() - box.height() / 2,
                    box.width(),
                    box.height(),
                )
                if not any(spot.intersects(r) for r in taken):
                    break
            else:
                continue  # no free spot: the number stays on the link's tooltip
            card.setParentItem(parent)
            card.setPos(spot.topLeft())
            taken.append(spot)
            self.link_labels[key] = card

    def _on_scene_changed(self, _regions) -> None:
        if self._step is None or self._pending:
            return
        if self._roots and all(shiboken6.isValid(r) for r in self._roots):
            return
        # The view rebuilt its scene (and deleted our items): draw again once it is done.
        self._pending = True
        QTimer.singleShot(0, self._redraw)

    def _redraw(self) -> None:
        self._pending = False
        if self._step is not None:
            self._draw()
