"""Undoable data changes: paint and erase strokes, and changes of the data as a whole.

The session lives in the worker thread, so every command here only *sends* its work
there (through the WorkerClient), where it runs between two training steps, in order with
everything else the GUI sent. What a command must remember to undo itself (the points a
stroke added or erased, the data before an import) is written and read only by those
functions, in the worker thread: the queue's order makes every undo run after the step it
undoes, however late the GUI pushed it.

:mod:`playground.data.data_controller` and :mod:`playground.data.paint_tool` make and push
them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from playground.compute.client import WorkerClient
from playground.core.points import PointSet
from playground.core.session import Session
from playground.core.session_data import DataState


class WorkerCommand(QUndoCommand):
    """An undo step whose work runs in the worker thread.

    Subclasses define :meth:`apply` and :meth:`revert` (worker thread; they may return
    True when the network was re-initialised, which pauses training as a reset does).
    With ``applied`` the work was already done (a stroke is painted while the mouse
    moves), so the redo that ``push`` calls is skipped.
    """

    def __init__(self, client: WorkerClient, text: str, applied: bool = False) -> None:
        super().__init__(text)
        self.client = client
        self._skip_redo = applied

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.client.submit(self.apply)

    def undo(self) -> None:
        self.client.submit(self.revert)

    def apply(self, session: Session) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self, session: Session) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


class StrokeCommand(WorkerCommand):
    """One drag of the brush or eraser; its batches are applied while the mouse moves."""

    def __init__(self, client: WorkerClient, kind: str) -> None:
        super().__init__(client, kind, applied=True)
        self.kind = kind  # "paint" or "erase"
        self.changed: list[PointSet] = []  # worker thread only: what each batch added/erased
        self.sent = 0  # GUI side: points sent (paint) or batches sent (erase)

    def add_batch(self, X: np.ndarray, y: np.ndarray) -> None:
        self.sent += len(X)
        self.client.submit(lambda s: self.changed.append(s.add_points(X, y)))

    def erase_batch(self, path: np.ndarray, radius: float) -> None:
        self.sent += 1
        self.client.submit(lambda s: self.changed.append(s.erase_points(path, radius)))

    def report(self, finished: SignalInstance) -> None:
        """Once every batch ran, emit ``finished(self, points changed)`` (from the worker
        thread; Qt delivers it in the thread of the signal's owner)."""
        self.client.submit(lambda s: finished.emit(self, sum(len(p) for p in self.changed)))

    def _all(self) -> list[PointSet]:
        return [p for p in self.changed if len(p)]

    def _put_back(self, session: Session) -> None:
        for points in self._all():
            session.insert_points(points)

    def _take_out(self, session: Session) -> None:
        for points in self._all():
            session.remove_points(points.ids, points.task)

    def apply(self, session: Session) -> None:
        (self._put_back if self.kind == "paint" else self._take_out)(session)

    def revert(self, session: Session) -> None:
        (self._take_out if self.kind == "paint" else self._put_back)(session)


class DataStateCommand(WorkerCommand):
    """A change of the data as a whole (clear, import, switching between generated and
    own points); undo puts back the data settings and every own point as they were."""

    def __init__(self, client: WorkerClient, text: str, action: Callable[[Session], Any]) -> None:
        super().__init__(client, text)
        self.action = action
        self.before: DataState | None = None  # worker thread only

    def apply(self, session: Session) -> Any:
        self.before = session.data_state()
        return self.action(session)

    def revert(self, session: Session) -> Any:
        if self.before is not None:
            return session.restore_data_state(self.before)
        return False
