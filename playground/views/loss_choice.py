"""The choice of the output's loss, beside the output plot: cross-entropy or TensorFlow
Playground's (engine.tfp), as an undo step.

Choosing the loss starts the network again (a new output and fresh weights), so a stray
click must be one Ctrl+Z away; undo chooses the loss before (fresh weights again, as the
undo of a data change that reset the network does). The control names its setting in
``nnControl``, so a lesson can hide or lock it (playground.projects.lesson_locks).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from engine.i18n import translate
from playground.compute.client import WorkerClient
from playground.core.controls import CONTROLS_BY_NAME
from playground.core.snapshot import Snapshot
from playground.views.control_text import choice, shown

LOSS = CONTROLS_BY_NAME["loss"]
LOSS_NAMES = {value: text for text, value in LOSS.choices}


class LossCommand(QUndoCommand):
    def __init__(self, client: WorkerClient, before: str, after: str) -> None:
        super().__init__(
            translate("loss_choice", "choose the {loss} loss").format(
                loss=shown(LOSS_NAMES.get(after, after))
            )
        )
        self.client, self.before, self.after = client, before, after

    def redo(self) -> None:
        self.client.submit(lambda s: s.change(loss=self.after))

    def undo(self) -> None:
        self.client.submit(lambda s: s.change(loss=self.before))


class LossChoice:
    """The "Loss" list beside the output; ``on_snapshot`` keeps it showing the setting."""

    def __init__(
        self, client: WorkerClient, stack: QUndoStack, latest: Callable[[], Snapshot | None]
    ) -> None:
        self._client, self._stack, self._latest = client, stack, latest
        self.widget = QWidget()
        self.widget.setProperty("nnControl", LOSS.name)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        caption = QLabel(shown(LOSS.label))
        caption.setObjectName("caption")
        self.combo = QComboBox()
        self.combo.setObjectName(LOSS.name)
        for text, value in LOSS.choices:
            self.combo.addItem(choice(text, value), value)
        self.combo.setToolTip(shown(LOSS.tip))
        self.combo.setAccessibleName(shown(LOSS.label))
        caption.setBuddy(self.combo)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        self.combo.activated.connect(lambda index: self.choose(self.combo.itemData(index)))

    def choose(self, loss: str) -> None:
        snap = self._latest()
        if snap is not None and snap.settings.loss != loss:
            self._stack.push(LossCommand(self._client, snap.settings.loss, loss))

    def on_snapshot(self, snap: Snapshot) -> None:
        index = self.combo.findData(snap.settings.loss)
        if index != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
        # Regression has one loss (squared error); the choice is for classification.
        self.combo.setEnabled(snap.settings.problem == "classification")
