"""The top bar's choice of loss, made an undo step.

Choosing the loss starts the network again (a new output and fresh weights), so a stray
click must be one Ctrl+Z away; undo chooses the loss before (fresh weights again, as the
undo of a data change that reset the network does). The top bar's other settings go to the
worker as they always did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.compute.client import WorkerClient
from playground.core.controls import CONTROLS_BY_NAME
from playground.core.snapshot import Snapshot

LOSS_NAMES = {value: text for text, value in CONTROLS_BY_NAME["loss"].choices}


class LossCommand(QUndoCommand):
    def __init__(self, client: WorkerClient, before: str, after: str) -> None:
        super().__init__(f"choose the {LOSS_NAMES.get(after, after)} loss")
        self.client, self.before, self.after = client, before, after

    def redo(self) -> None:
        self.client.submit(lambda s: s.change(loss=self.after))

    def undo(self) -> None:
        self.client.submit(lambda s: s.change(loss=self.before))


class LossChoice:
    """Routes the top bar's changes: the loss as an undo step, the rest straight on."""

    def __init__(
        self, client: WorkerClient, stack: QUndoStack, latest: Callable[[], Snapshot | None]
    ) -> None:
        self._client, self._stack, self._latest = client, stack, latest

    def change(self, changes: dict) -> None:
        snap = self._latest()
        if "loss" not in changes or snap is None or snap.settings.loss == changes["loss"]:
            self._client.change(changes)
            return
        rest = {key: value for key, value in changes.items() if key != "loss"}
        if rest:
            self._client.change(rest)
        self._stack.push(LossCommand(self._client, snap.settings.loss, str(changes["loss"])))
