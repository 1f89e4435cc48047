"""One drag of the brush or the eraser, from the first mouse press to the release.

Mouse moves are only collected on the GUI thread: every FLUSH_MS the path so far goes to
the worker as one batch (a StrokeCommand), where the points join the data at the next
training step. A click adds one point; a drag sprays points around the path, ``density``
of them per unit travelled, within ``radius``; the eraser removes the points within
``radius`` of its path. Each stroke becomes one undo step when it ends.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from engine.i18n import translate
from playground.compute.client import WorkerClient
from playground.core import plural
from playground.core.points import VIEW_HI, VIEW_LO
from playground.data.data_commands import StrokeCommand

FLUSH_MS = 30  # how often a stroke's path so far goes to the worker


class StrokeRecorder(QObject):
    """Turns a drag into batches of a StrokeCommand and pushes it when the drag ends.

    ``radius``, ``density`` and ``targets(n)`` (the class labels or values of n new
    points) are asked for when a batch goes, so that the tool's sliders apply at once.
    """

    # A StrokeCommand, how many points it changed: an erase knows that only in the worker.
    stroke_finished = Signal(object, int)

    def __init__(
        self,
        client: WorkerClient,
        push: Callable[[QUndoCommand], None],
        radius: Callable[[], float],
        density: Callable[[], float],
        targets: Callable[[int], np.ndarray],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._push = push
        self._radius = radius
        self._density = density
        self._targets = targets
        self.rng = np.random.default_rng(0)  # spray positions; seeded, so tests repeat
        self._stroke: StrokeCommand | None = None
        self._last = np.zeros(2)
        self._pending: list[np.ndarray] = []
        self._carry = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self.stroke_finished.connect(self._on_stroke_finished)

    @property
    def active(self) -> bool:
        """Whether a stroke is under way (the mouse button is down)."""
        return self._stroke is not None

    def begin(self, pos: np.ndarray, erase: bool) -> None:
        """The button went down at ``pos`` (data coordinates)."""
        self.end()
        kind = "erase" if erase else "paint"
        self._stroke = StrokeCommand(self._client, kind)
        self._last = pos
        self._pending = []
        self._carry = 0.0
        if kind == "paint":
            if bool(inside(pos)):
                self._stroke.add_batch(pos.reshape(1, 2), self._targets(1))
        else:
            self._stroke.erase_batch(pos.reshape(1, 2), self._radius())

    def move(self, pos: np.ndarray) -> None:
        """The mouse moved to ``pos`` during the stroke."""
        if self._stroke is None:
            return
        self._pending.append(pos)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def release(self, pos: np.ndarray) -> None:
        """The button went up at ``pos``: the stroke ends there."""
        if not np.array_equal(pos, self._last):
            self._pending.append(pos)
        self.end()

    def end(self) -> None:
        """End the stroke under way, if any: its rest is sent and it becomes an undo step."""
        stroke = self._stroke
        if stroke is None:
            return
        self._flush_timer.stop()
        self._flush()
        self._stroke = None
        if stroke.kind == "paint":
            if stroke.sent:
                n = stroke.sent
                stroke.setText(
                    plural.english(translate("paint_strokes", "paint %n point(s)", None, n), n)
                )
                self._push(stroke)
        else:
            # How many points an erase took is known only in the worker: it reports back,
            # and the stroke becomes an undo step then (if it erased anything).
            stroke.report(self.stroke_finished)

    def _flush(self) -> None:
        stroke = self._stroke
        if stroke is None or not self._pending:
            return
        path = np.vstack([self._last, *self._pending])
        self._pending = []
        self._last = path[-1]
        if stroke.kind == "paint":
            X = self._spray(path)
            if len(X):
                stroke.add_batch(X, self._targets(len(X)))
        else:
            stroke.erase_batch(path, self._radius())

    def _spray(self, path: np.ndarray) -> np.ndarray:
        """Points scattered within the radius along ``path``, density per unit of length."""
        out = []
        radius, density = self._radius(), self._density()
        for a, b in zip(path[:-1], path[1:]):
            self._carry += float(np.hypot(*(b - a))) * density
            n = int(self._carry)
            if not n:
                continue
            self._carry -= n
            t = self.rng.random(n)[:, None]
            angle = self.rng.uniform(0.0, 2.0 * math.pi, n)
            r = radius * np.sqrt(self.rng.random(n))
            out.append(a + t * (b - a) + np.column_stack((r * np.cos(angle), r * np.sin(angle))))
        if not out:
            return np.zeros((0, 2))
        X = np.vstack(out)
        return X[inside(X)]

    def _on_stroke_finished(self, stroke: StrokeCommand, erased: int) -> None:
        if erased:
            text = translate("paint_strokes", "erase %n point(s)", None, erased)
            stroke.setText(plural.english(text, erased))
            self._push(stroke)


def inside(X: np.ndarray) -> np.ndarray:
    """Whether each point of ``X`` lies inside the view."""
    X = np.asarray(X)
    return np.all((X >= VIEW_LO) & (X <= VIEW_HI), axis=-1)
