"""Dead ReLUs marked on the network: a dark round badge with a white ✕ on the top-right
corner of each neuron that outputs 0 on every training point (Snapshot.dead_neurons)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from engine.i18n import translate
from playground.core.refs import NeuronRef
from playground.core.snapshot import Snapshot
from playground.core.warnings_check import DEAD_TIP
from playground.designer.scene_style import Z_MARKS

BADGE = QColor(40, 40, 40)


class DeadBadge(QGraphicsItem):
    """One neuron's badge; its tooltip says what a dead ReLU is and why it happens."""

    def __init__(self, neuron: NeuronRef, centre: QPointF, radius: float) -> None:
        super().__init__()
        self.neuron = neuron
        self._rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        self.setToolTip(translate("warnings_check", DEAD_TIP))  # its module's context
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_MARKS + 0.5)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.0))
        painter.setBrush(QBrush(BADGE))
        painter.drawEllipse(self._rect)
        inset = self._rect.width() * 0.3
        inner = self._rect.adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(QColor("white"), max(1.2, self._rect.width() / 8)))
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())


class DeadMarks:
    """The badges on show; redrawn only when the set of dead neurons changes."""

    def __init__(self) -> None:
        self._shown: tuple = ()
        self.badges: list[DeadBadge] = []

    def clear(self) -> None:
        """Forget the badges (the scene that held them was cleared)."""
        self._shown, self.badges = (), []

    def update(self, scene: QGraphicsScene, snap: Snapshot, frames: dict) -> None:
        """Badges for ``snap.dead_neurons`` on the frames (NeuronRef → frame item)."""
        dead = tuple(snap.dead_neurons)
        if dead == self._shown:
            return
        for badge in self.badges:
            scene.removeItem(badge)
        self.badges = []
        for hidden, unit in dead:
            frame = frames.get(NeuronRef(hidden + 1, unit))
            if frame is None:
                continue
            rect = frame.rect()
            radius = max(4.0, min(9.0, rect.width() * 0.22))
            badge = DeadBadge(NeuronRef(hidden + 1, unit), rect.topRight(), radius)
            scene.addItem(badge)
            self.badges.append(badge)
        self._shown = dead
