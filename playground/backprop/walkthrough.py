"""Backprop, step by step: the walkthrough's controller (Training → W).

Pick a data point (click it on the output plot, or take a random one), or let Next take
one the network gets wrong (walkthrough_pick.py), and training pauses. The walkthrough then steps through the four phases on the network on the canvas,
with the engine's own numbers for that one point (``engine.Trainer.trace``): the forward
pass layer by layer, the loss, the backward pass from the output back, and the weight
update, which Apply performs (an undo step, walkthrough_apply.py). Keys while it is open:
← / → step, A applies on the update step, Esc closes; W opens and closes it.

Open, the panel (walkthrough_panel.py) borrows the window's side slot, 58 % of the column
under the output plot, covering the loss chart or the gradient panel, and the data
panel's width goes to the network, whose numbers need room (walkthrough_overlay.py draws
them). Opening the gradient panel closes the walkthrough.

The trace is made in the worker thread, where the session lives, by a short synchronous
call between two training steps; the panel never touches the session. While it is open
the walkthrough watches the snapshots: when the network changes under it (training ran,
an edit, an undo) it traces the same point again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from engine.i18n import number, translate
from playground.backprop.walkthrough_apply import ApplyCommand, apply_job, restore_job
from playground.backprop.walkthrough_input import PointPicker, StepKeys
from playground.backprop.walkthrough_jobs import explain_job, pick_job, trace_job
from playground.backprop.walkthrough_overlay import WalkthroughOverlay
from playground.backprop.walkthrough_panel import AUTOPLAY_MS, WalkthroughPanel, hex_color
from playground.compute.client import WorkerClient
from playground.core import colors, markers
from playground.core.session import Session
from playground.core.snapshot import Snapshot
from playground.core.walkthrough_sample import TracedSample
from playground.core.walkthrough_steps import build_steps
from playground.core.walkthrough_text import Step, fmt, full, loss_change
from playground.views.output_view import OutputView
from playground.views.side_slot import SideSlot

if TYPE_CHECKING:  # a widget of the designer's, handed in by the main window
    from playground.designer.network_view import NetworkView

CALL_TIMEOUT = 5.0  # seconds the GUI waits for the worker to trace a point
PICK_PIXELS = 18  # a click this close to a data point picks it
PANEL_SHARE = 0.58  # of the column under the output plot; the plot keeps the rest

T = TypeVar("T")


class Walkthrough(QObject):
    """Opens and closes the walkthrough, picks the point, steps, applies."""

    def __init__(
        self,
        parent: QWidget,
        *,
        action: QAction,
        client: WorkerClient,
        side_slot: SideSlot,
        output_view: OutputView,
        network_view: NetworkView,
        undo_stack: QUndoStack,
        latest: Callable[[], Snapshot | None],
        status: Callable[[str, int], None],
        stop_painting: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.client = client
        self._side_slot = side_slot
        self._output_view = output_view
        self._undo_stack = undo_stack
        self._latest = latest
        self._status = status
        self._stop_painting = stop_painting
        self.panel = WalkthroughPanel(parent)
        self.panel.hide()
        self.overlay = WalkthroughOverlay(network_view)
        self.sample: TracedSample | None = None
        self.after: TracedSample | None = None  # the trace after Apply, shown on Next
        self.steps: list[Step] = []
        self.index = 0
        # The training point and why, when the walkthrough picked it (None: the user did).
        self.picked: tuple[int, str] | None = None
        self.is_open = False
        self._stale = False
        self._retracing = False
        self._rng = np.random.default_rng()
        self._keys = StepKeys(parent.window(), self.key, self.close)
        self._picker = PointPicker(self.pick_at, self)

        self._timer = QTimer(self)
        self._timer.setInterval(AUTOPLAY_MS)
        self._timer.timeout.connect(self._autoplay_step)

        self.marker = pg.ScatterPlotItem(
            size=24, pen=pg.mkPen(20, 20, 20, width=3.5), brush=None, pxMode=True
        )
        self.marker.setZValue(40)
        self.marker.hide()
        output_view.plot_item.addItem(self.marker, ignoreBounds=True)

        p = self.panel
        p.close_button.clicked.connect(self.close)
        p.random_button.clicked.connect(self.random_point)
        p.back_button.clicked.connect(self.back)
        p.next_button.clicked.connect(self.next)
        p.autoplay_button.toggled.connect(self.set_autoplay)
        p.apply_button.clicked.connect(self.apply)
        p.phase_group.idClicked.connect(self.goto_phase)

        self.action = action  # Training › Backprop, step by step… (W): walkthrough_door.py
        self.action.triggered.connect(self.set_open)

    # ------------------------------------------------------------ open/close
    @property
    def step(self) -> Step | None:
        return self.steps[self.index] if self.steps else None

    def set_open(self, on: bool) -> None:
        if on:
            self.open()
        else:
            self.close()

    def open(self) -> None:
        if self.is_open:
            return
        self.client.pause()
        self._stop_painting()
        self.is_open = True
        self.action.setChecked(True)
        # The loss chart, or the panel in its place, steps aside (it comes back when the
        # walkthrough closes; the gradient panel opening closes the walkthrough instead).
        self._side_slot.widen_network(True)
        self._side_slot.borrow(self.panel, PANEL_SHARE, on_displaced=self.close)
        QApplication.instance().installEventFilter(self._keys)
        viewport = self._output_view.plot_widget.viewport()
        viewport.installEventFilter(self._picker)
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        self.panel.set_notice("")
        self.panel.show_prompt()
        snap = self._latest()
        if snap is not None and snap.comparison is not None:
            self.panel.set_notice(
                translate(
                    "walkthrough", "Compare is on: turn it off (C) to walk through one network."
                )
            )

    def close(self) -> None:
        if not self.is_open:
            return
        self.is_open = False
        self.action.setChecked(False)
        self.set_autoplay(False)
        QApplication.instance().removeEventFilter(self._keys)
        viewport = self._output_view.plot_widget.viewport()
        viewport.removeEventFilter(self._picker)
        viewport.unsetCursor()
        self.overlay.clear()
        self.marker.hide()
        self.sample, self.after, self.steps, self.index = None, None, [], 0
        self.picked = None
        self._side_slot.give_back(self.panel)
        self._side_slot.widen_network(False)

    # ------------------------------------------------------------ the point
    def _call(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` where the session lives and wait for its result."""
        return self.client.call(fn, CALL_TIMEOUT)

    def default_point(self) -> bool:
        """Walk through the training point the network gets wrong with the largest loss, or,
        if it gets none wrong, the one with the largest loss (walkthrough_pick.py)."""
        if not self.is_open:
            self.open()
        self.client.pause()
        client = self.client
        try:
            sample, index, why = self._call(pick_job(lambda: client.serial))
        except (ValueError, TimeoutError) as exc:
            notice = translate("walkthrough", "Cannot walk through a point: {reason}.")
            self.panel.set_notice(notice.format(reason=exc))
            return False
        self.picked = (index, why)
        self._set_sample(sample, keep_step=False)
        return True

    def select(self, x, y, source: str = "", keep_step: bool = False) -> bool:
        """Walk through point ``x`` with target ``y``; training pauses."""
        if not self.is_open:
            self.open()
        self.client.pause()
        try:
            client, explain = self.client, explain_job(self.picked)
            x = np.asarray(x, dtype=float)
            sample = self._call(trace_job(x, y, source, lambda: client.serial, explain))
        except (ValueError, TimeoutError) as exc:
            notice = translate("walkthrough", "Cannot walk through this point: {reason}")
            self.panel.set_notice(notice.format(reason=exc))
            return False
        self._set_sample(sample, keep_step)
        return True

    def select_point(self, which: str, index: int) -> bool:
        """Pick training (``which="train"``) or test point ``index`` of the data on show."""
        snap = self._latest()
        if snap is None:
            return False
        X, y = (
            (snap.data.X_train, snap.data.y_train)
            if which == "train"
            else (
                snap.data.X_test,
                snap.data.y_test,
            )
        )
        if not 0 <= index < len(X):
            return False
        self.picked = None  # the user's choice: nothing to explain
        source = (
            translate("walkthrough", "training point {number}")
            if which == "train"
            else translate("walkthrough", "test point {number}")
        ).format(number=index + 1)
        return self.select(X[index], y[index].item(), source)

    def random_point(self) -> bool:
        snap = self._latest()
        if snap is None or not len(snap.data.X_train):
            self.panel.set_notice(
                translate("walkthrough", "There are no training points to pick from yet.")
            )
            return False
        return self.select_point("train", int(self._rng.integers(len(snap.data.X_train))))

    def pick_at(self, position: QPointF) -> bool:
        """The data point nearest a click at viewport ``position`` (if close enough)."""
        view = self._output_view
        scene_pos = view.plot_widget.mapToScene(position.toPoint())
        if not view.view_box.sceneBoundingRect().contains(scene_pos):
            return False
        p = view.view_box.mapSceneToView(scene_pos)
        px, py = view.view_box.viewPixelSize()
        snap = self._latest()
        if snap is None:
            return False
        best = None
        sets = [("train", snap.data.X_train)]
        if view.show_test:
            sets.append(("test", snap.data.X_test))
        for which, X in sets:
            if not len(X):
                continue
            d = np.hypot((X[:, 0] - p.x()) / px, (X[:, 1] - p.y()) / py)
            i = int(np.argmin(d))
            if d[i] <= PICK_PIXELS and (best is None or d[i] < best[0]):
                best = (float(d[i]), which, i)
        if best is None:
            self.panel.set_notice(
                translate("walkthrough", "No data point there: click on one of the dots.")
            )
            return False
        return self.select_point(best[1], best[2])

    def _set_sample(self, sample: TracedSample, keep_step: bool) -> None:
        count = len(self.steps)
        self.sample, self.after = sample, None
        self.steps = build_steps(sample)
        if not keep_step or len(self.steps) != count:
            self.index = 0
        self.index = min(self.index, len(self.steps) - 1)
        self._stale = False
        self.panel.set_notice("")
        x1, x2 = (float(v) for v in sample.trace.point)
        self.marker.setData([x1], [x2])
        self.marker.show()
        source = sample.source or translate("walkthrough", "A point")
        self.panel.point_label.setText(
            translate("walkthrough", "<b>{point}</b> at ({x1}, {x2}), {target}").format(
                point=source[0].upper() + source[1:],
                x1=fmt(x1),
                x2=fmt(x2),
                target=self._target_words(sample),
            )
        )
        self.panel.point_label.setToolTip(
            translate(
                "walkthrough",
                "The point ({x1}, {x2}), target {target}, through the network as it is after "
                "epoch {epoch} ({steps} steps). Click another point to change it.",
            ).format(
                x1=number(x1, ""),  # every digit, as Python writes a float
                x2=number(x2, ""),
                target=number(sample.trace.target, ""),
                epoch=number(sample.epoch, ","),
                steps=number(sample.steps, ","),
            )
        )
        self._show()

    @staticmethod
    def _target_words(sample: TracedSample) -> str:
        y = sample.trace.target
        if sample.output_kind == "regression":
            return translate("walkthrough", "value {value}").format(value=fmt(y))
        k = int(y)
        rgb = colors.class_color(k)
        name = translate("colors", colors.CLASS_NAMES[k % len(colors.CLASS_NAMES)])
        glyph = f"<span style='color:{hex_color(rgb)}'>{markers.class_glyph(k)}</span>"
        return translate("walkthrough", "class {glyph} {name}").format(glyph=glyph, name=name)

    # -------------------------------------------------------------- stepping
    def _show(self) -> None:
        step = self.step
        if step is None or self.sample is None:
            return
        self.overlay.show(step, self.sample.features, self.sample.layer_sizes)
        self.panel.show_step(step, self.index, len(self.steps), self.after is None)

    def goto(self, index: int) -> None:
        if not self.steps:
            return
        self.index = int(min(max(index, 0), len(self.steps) - 1))
        self._show()

    def next(self) -> None:
        if self.sample is None:
            self.default_point()
            return
        if self.after is not None:  # applied: walk through again with the new weights
            self._set_sample(self.after, keep_step=False)
            return
        if self.index < len(self.steps) - 1:
            self.goto(self.index + 1)

    def back(self) -> None:
        self.goto(self.index - 1)

    def goto_phase(self, phase: int) -> None:
        for k, step in enumerate(self.steps):
            if step.phase == phase:
                self.goto(k)
                return

    def set_autoplay(self, on: bool) -> None:
        on = bool(on)
        if on and not self.is_open:
            on = False
        if on:
            if self.sample is None and not self.default_point():
                on = False
            else:
                self._timer.start()
        if not on:
            self._timer.stop()
        button = self.panel.autoplay_button
        if button.isChecked() != on:
            was = button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(was)
        button.setText(
            translate("walkthrough", "Pause autoplay")
            if on
            else translate("walkthrough", "Autoplay")
        )

    def _autoplay_step(self) -> None:
        step = self.step
        if step is None or self.index >= len(self.steps) - 1 or self.after is not None:
            self.set_autoplay(False)
            return
        self.next()
        if self.index >= len(self.steps) - 1:
            self.set_autoplay(False)  # the update waits for Apply

    def key(self, key: int) -> None:
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_Right:
            self.set_autoplay(False)
            self.next()
        elif key == Qt.Key.Key_Left:
            self.set_autoplay(False)
            self.back()
        elif key == Qt.Key.Key_A and self.step is not None and self.step.phase == 3:
            self.apply()

    # ----------------------------------------------------------------- apply
    def apply(self) -> bool:
        """Make the update on show in the network (the optimizer's state advances too)."""
        sample = self.sample
        if sample is None or self.after is not None:
            return False
        client = self.client
        self.set_autoplay(False)
        try:
            job = apply_job(sample, lambda: client.serial, explain_job(self.picked))
            new, before, after = self._call(job)
        except (ValueError, TimeoutError) as exc:
            self.panel.set_notice(
                translate("walkthrough", "Not applied: {reason}.").format(reason=exc)
            )
            return False
        self.after = new
        self._undo_stack.push(ApplyCommand(self.restore, before, after))
        old, now = sample.trace.loss, new.trace.loss
        self.panel.set_notice(
            translate(
                "walkthrough",
                "Applied: every weight moved by the amount shown. {loss_change} "
                "Next (→) walks through again with the new weights.",
            ).format(loss_change=loss_change(old, now)),
            translate(
                "walkthrough", "The loss on this point before: {before}\nafter: {after}"
            ).format(before=full(old), after=full(now)),
        )
        self._show()
        return True

    def restore(self, state: dict) -> None:
        """Undo/redo of Apply: put weights, optimizer state and step count back."""
        try:
            self._call(restore_job(state))
        except (ValueError, TimeoutError) as exc:
            self._status(translate("walkthrough", "Not undone: {reason}").format(reason=exc), 6000)

    # -------------------------------------------------------------- snapshots
    def on_snapshot(self, snap: Snapshot) -> None:
        """Keep the walkthrough true to the network: trace again when it changed."""
        if not self.is_open:
            return
        ref = self.after or self.sample
        if ref is None or self._retracing:
            return
        if snap.serial <= ref.serial:
            return  # drawn before the trace was made
        if snap.running:
            if not self._stale:
                self._stale = True
                self.overlay.clear()
                self.panel.set_notice(
                    translate(
                        "walkthrough",
                        "Training is running, so these numbers are out of date. Pause (Space) "
                        "and the walkthrough follows the new weights.",
                    )
                )
            return
        same = len(snap.weights) == len(ref.weights) and all(
            W.shape == W0.shape and np.array_equal(W, W0) and np.array_equal(b, b0)
            for W, W0, b, b0 in zip(snap.weights, ref.weights, snap.biases, ref.biases)
        )
        if same:
            if self._stale:  # training ran and paused again without a step: as it was
                self._stale = False
                self.panel.set_notice("")
                self._show()
            return
        self._retracing = True
        QTimer.singleShot(0, self._retrace)

    def _retrace(self) -> None:
        self._retracing = False
        sample = self.sample
        if not self.is_open or sample is None:
            return
        if not self.select(sample.trace.point, sample.trace.target, sample.source, keep_step=True):
            self.overlay.clear()
            self.marker.hide()
            self.sample, self.after, self.steps = None, None, []
            self.panel.show_prompt()
