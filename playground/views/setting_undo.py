"""The top bar's changes on their way to the worker, the learning-rate schedule's as an
undo step.

A schedule is several numbers set in a menu (views/schedule_editor), each edit sent as it
is made; one Ctrl+Z brings back the whole schedule as it was before the menu's edits (the
commands of consecutive edits merge). The other top-bar settings go straight to the worker,
as they always have (the loss choice is an undo step of its own: views/loss_choice).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from engine.i18n import translate
from playground.compute.client import WorkerClient
from playground.core.snapshot import Snapshot

SCHEDULE_EDIT = 7301  # QUndoCommand.id(): consecutive schedule edits merge into one step


class ScheduleCommand(QUndoCommand):
    def __init__(self, client: WorkerClient, before: object, after: object) -> None:
        super().__init__(translate("setting_undo", "change the learning-rate schedule"))
        self.client, self.before, self.after = client, before, after

    def id(self) -> int:
        return SCHEDULE_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, ScheduleCommand):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.client.change({"schedule": self.after})

    def undo(self) -> None:
        self.client.change({"schedule": self.before})


class UndoableSettings:
    """Sends the top bar's ``changes``; a new schedule goes through the undo stack."""

    def __init__(
        self, client: WorkerClient, stack: QUndoStack, latest: Callable[[], Snapshot | None]
    ) -> None:
        self._client, self._stack, self._latest = client, stack, latest

    def change(self, changes: dict) -> None:
        snap = self._latest()
        schedule = changes.get("schedule")
        if schedule is None or snap is None or snap.settings.schedule == schedule:
            self._client.change(changes)
            return
        rest = {key: value for key, value in changes.items() if key != "schedule"}
        if rest:
            self._client.change(rest)
        self._stack.push(ScheduleCommand(self._client, snap.settings.schedule, schedule))
