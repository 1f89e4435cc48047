"""Backprop, step by step: the walkthrough's panel and controller (Training → W).

Pick a data point (click it on the output plot, or take a random one) and training
pauses. The walkthrough then steps through the four phases on the network on the canvas,
with the engine's own numbers for that one point (``engine.Trainer.trace``): the forward
pass layer by layer, the loss, the backward pass from the output back, and the weight
update, which Apply performs (an undo step). Keys while it is open: ← / → step, A
applies on the update step, Esc closes; W opens and closes it.

The trace is made in the worker thread, where the session lives, by a short synchronous
call between two training steps (as DataController.call does); the panel never touches
the session. While it is open the walkthrough watches the snapshots: when the network
changes under it (training ran, an edit, an undo) it traces the same point again.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCursor, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from playground.backprop.walkthrough_overlay import PHASE_COLORS, WalkthroughOverlay
from playground.core import colors
from playground.core.snapshot import Snapshot
from playground.core.walkthrough_sample import TracedSample, capture
from playground.core.walkthrough_steps import build_steps
from playground.core.walkthrough_text import PHASES, Step, fmt
from playground.views.menus import add_to_menu

AUTOPLAY_MS = 2200  # a step every this many milliseconds: time to read it aloud
CALL_TIMEOUT = 5.0  # seconds the GUI waits for the worker to trace a point
PICK_PIXELS = 18  # a click this close to a data point picks it
BODY_PT = 13  # the explanation's type size: legible on a projector
TITLE_PT = 16


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


# ============================================================================ panel
class WalkthroughPanel(QWidget):
    """Where the point is chosen, the phase and step shown, and the controls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkthroughPanel")
        self.heading = QLabel("Backprop, step by step")
        self.heading.setStyleSheet(f"font-size: {TITLE_PT}pt; font-weight: 700")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip("Close the walkthrough (Esc); the loss chart comes back")
        self.point_label = QLabel()
        self.point_label.setWordWrap(True)
        self.point_label.setStyleSheet("font-size: 11pt")
        self.random_button = QPushButton("Random point")
        self.random_button.setToolTip(
            "Take a random training point (or click any point on the plot above)"
        )

        self.phase_buttons: list[QPushButton] = []
        self.phase_group = QButtonGroup(self)
        self.phase_group.setExclusive(True)
        phases = QHBoxLayout()
        phases.setSpacing(4)
        tips = (
            "The forward pass: each layer computes z = Σ w·a + b and a = f(z)",
            "The loss: how far the prediction is from the target",
            "The backward pass: δ = ∂L/∂z from the output back, by the chain rule",
            "The weight update: each weight moves against its gradient",
        )
        for k, (name, tip) in enumerate(zip(PHASES, tips, strict=True)):
            button = QPushButton(f"{k + 1}  {name}")
            button.setCheckable(True)
            button.setToolTip(tip + " (click to jump there)")
            rgb = PHASE_COLORS[k]
            button.setStyleSheet(
                "QPushButton { padding: 4px 8px; font-weight: 600; }"
                f"QPushButton:checked {{ background: {_hex(rgb)}; color: white; "
                f"border: 1px solid {_hex(rgb)}; border-radius: 3px; }}"
            )
            self.phase_group.addButton(button, k)
            self.phase_buttons.append(button)
            phases.addWidget(button)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"font-size: {TITLE_PT}pt; font-weight: 700")
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.document().setDefaultStyleSheet(
            "a { color: #1e1e1e; text-decoration: none; } b { color: #000; }"
        )
        font = self.body.font()
        font.setPointSizeF(BODY_PT)
        self.body.setFont(font)
        self.body.setToolTip("")
        self.body.highlighted.connect(self._on_hover)

        self.back_button = QPushButton("◀ Back")
        self.back_button.setToolTip("The step before (←)")
        self.next_button = QPushButton("Next ▶")
        self.next_button.setToolTip("The next step (→)")
        self.autoplay_button = QPushButton("Autoplay")
        self.autoplay_button.setCheckable(True)
        self.autoplay_button.setToolTip(
            f"Go through the steps by itself, one every {AUTOPLAY_MS / 1000:g} seconds; "
            "it stops before the update"
        )
        self.apply_button = QPushButton("Apply update")
        self.apply_button.setToolTip(
            "Make exactly this update to the network's weights (A); the boundary moves. "
            "Undo with Ctrl+Z."
        )
        self.apply_button.setStyleSheet(
            "QPushButton { font-weight: 700; padding: 4px 12px; }"
            f"QPushButton:enabled {{ background: {_hex(PHASE_COLORS[3])}; color: white; }}"
        )
        self.counter = QLabel()
        self.counter.setToolTip("Which step of the walkthrough is on show")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #e3f0fb; color: #0b4a75; padding: 6px 10px; font-size: 11pt; }"
        )
        self.notice.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        point = QHBoxLayout()
        point.addWidget(self.point_label, 1)
        point.addWidget(self.random_button)
        controls = QHBoxLayout()
        for widget in (self.back_button, self.next_button, self.autoplay_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.counter)
        controls.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addLayout(point)
        layout.addLayout(phases)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.notice)
        layout.addLayout(controls)
        self.show_prompt()

    def show_prompt(self, text: str = "") -> None:
        self.point_label.setText(
            text
            or "<b>Pick a point:</b> click a data point on the plot above, or take a random one."
        )
        self.title.setText("")
        self.body.setHtml(
            f"<p style='font-size:{BODY_PT}pt'>Backpropagation in four steps, with this "
            "network's own numbers for one point:</p><ol>"
            "<li><b>Forward pass</b>: the point goes through the network layer by layer.</li>"
            "<li><b>Loss</b>: how far the prediction is from the point's true label.</li>"
            "<li><b>Backward pass</b>: the chain rule finds how each weight changed the loss, "
            "from the output back.</li>"
            "<li><b>Weight update</b>: every weight moves a little against its gradient.</li>"
            "</ol>"
        )
        for button in self.phase_buttons:
            button.setChecked(False)
            button.setEnabled(False)
        self.phase_group.setExclusive(False)
        for button in self.phase_buttons:
            button.setChecked(False)
        self.phase_group.setExclusive(True)
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(True)
        self.apply_button.setEnabled(False)
        self.apply_button.hide()
        self.counter.setText("")

    def show_step(self, step: Step, index: int, count: int, can_apply: bool) -> None:
        for button in self.phase_buttons:
            button.setEnabled(True)
        self.phase_buttons[step.phase].setChecked(True)
        rgb = PHASE_COLORS[step.phase]
        self.title.setText(
            f"<span style='color:{_hex(rgb)}'>{step.phase + 1} · {step.phase_name}</span>"
            f" — {step.title}"
        )
        scroll = self.body.verticalScrollBar().value() if self.body.property("step") == index else 0
        self.body.setHtml(step.html)
        self.body.setProperty("step", index)
        self.body.verticalScrollBar().setValue(scroll)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1 or not can_apply)
        self.counter.setText(f"step {index + 1} of {count}")
        self.apply_button.setVisible(step.phase == 3)
        self.apply_button.setEnabled(step.phase == 3 and can_apply)

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_hover(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("n:"):
            QToolTip.showText(QCursor.pos(), text[2:], self.body)
        else:
            QToolTip.hideText()


# ======================================================================== undo step
class _ApplyCommand(QUndoCommand):
    """Apply of a walkthrough step: undo puts the weights and optimizer state back."""

    def __init__(self, walkthrough: Walkthrough, before: dict, after: dict) -> None:
        super().__init__("Apply a backprop step")
        self._walkthrough, self._before, self._after = walkthrough, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied when pushed
            self._first = False
            return
        self._walkthrough.restore(self._after)

    def undo(self) -> None:
        self._walkthrough.restore(self._before)


def _params_state(trainer) -> dict:
    return {
        "params": [(W.copy(), b.copy()) for W, b in trainer.network.params],
        "optimizer": trainer.optimizer,
        "optimizer_state": trainer.optimizer_state.get_state(),
        "steps": trainer.steps,
    }


def _same_network(trainer, sample: TracedSample) -> bool:
    params = trainer.network.params
    return len(params) == len(sample.weights) and all(
        W.shape == W0.shape and np.array_equal(W, W0) and np.array_equal(b, b0)
        for (W, b), W0, b0 in zip(params, sample.weights, sample.biases, strict=True)
    )


class _Keys(QObject):
    """While the walkthrough is open: ← → step, A applies, Esc closes, wherever the focus
    is in the window (the arrows' usual shortcuts step epochs and rewind)."""

    KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Escape, Qt.Key.Key_A)

    def __init__(self, walkthrough: Walkthrough) -> None:
        super().__init__(walkthrough)
        self.walkthrough = walkthrough

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        key = event.key()
        if key not in self.KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        window = self.walkthrough.window
        if QApplication.activeModalWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and (
            focus.window() is not window or isinstance(focus, (QLineEdit, QAbstractSpinBox))
        ):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a key press for us, not the window's shortcut
            return True
        self.walkthrough.key(key)
        return True


class _Picker(QObject):
    """Clicks on the output plot pick the data point under them."""

    def __init__(self, walkthrough: Walkthrough) -> None:
        super().__init__(walkthrough)
        self.walkthrough = walkthrough

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self.walkthrough.pick_at(event.position())
            return True
        return kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)


# ======================================================================= controller
class Walkthrough(QObject):
    """Opens and closes the walkthrough, picks the point, steps, applies."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.client = window.client
        self.panel = WalkthroughPanel()
        self.panel.hide()
        self.overlay = WalkthroughOverlay(window.network_view)
        self.sample: TracedSample | None = None
        self.after: TracedSample | None = None  # the trace after Apply, shown on Next
        self.steps: list[Step] = []
        self.index = 0
        self.is_open = False
        self._stale = False
        self._retracing = False
        self._rng = np.random.default_rng()
        self._sizes: list[int] | None = None
        self._main_sizes: list[int] | None = None
        self._covered: list[QWidget] = []
        self._data_shown = True
        self._dock: QDockWidget | None = None
        self._keys = _Keys(self)
        self._picker = _Picker(self)

        self._timer = QTimer(self)
        self._timer.setInterval(AUTOPLAY_MS)
        self._timer.timeout.connect(self._autoplay_step)

        plot = window.output_view.plot_item
        self.marker = pg.ScatterPlotItem(
            size=24, pen=pg.mkPen(20, 20, 20, width=3.5), brush=None, pxMode=True
        )
        self.marker.setZValue(40)
        self.marker.hide()
        plot.addItem(self.marker, ignoreBounds=True)

        p = self.panel
        p.close_button.clicked.connect(self.close)
        p.random_button.clicked.connect(self.random_point)
        p.back_button.clicked.connect(self.back)
        p.next_button.clicked.connect(self.next)
        p.autoplay_button.toggled.connect(self.set_autoplay)
        p.apply_button.clicked.connect(self.apply)
        p.phase_group.idClicked.connect(self.goto_phase)

        self.action = QAction("&Backprop, step by step…", window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("W"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            "Walk through backpropagation on one data point, with this network's numbers (W)"
        )
        self.action.triggered.connect(self.set_open)
        window.addAction(self.action)
        add_to_menu(window.menus.training, self.action)
        hooks = getattr(window, "frame_hooks", None)
        if hooks is not None:
            hooks.append(self.on_snapshot)

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
        paint = getattr(self.window, "paint_tool", None)
        if paint is not None and paint.painting:
            paint.set_painting(False)
        self.is_open = True
        self.action.setChecked(True)
        self._place_panel(True)
        QApplication.instance().installEventFilter(self._keys)
        viewport = self.window.output_view.plot_widget.viewport()
        viewport.installEventFilter(self._picker)
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        self.panel.set_notice("")
        self.panel.show_prompt()
        snap = self.window.snapshot
        if snap is not None and snap.comparison is not None:
            self.panel.set_notice("Compare is on: turn it off (C) to walk through one network.")

    def close(self) -> None:
        if not self.is_open:
            return
        self.is_open = False
        self.action.setChecked(False)
        self.set_autoplay(False)
        QApplication.instance().removeEventFilter(self._keys)
        viewport = self.window.output_view.plot_widget.viewport()
        viewport.removeEventFilter(self._picker)
        viewport.unsetCursor()
        self.overlay.clear()
        self.marker.hide()
        self.sample, self.after, self.steps, self.index = None, None, [], 0
        self._place_panel(False)

    def _place_panel(self, on: bool) -> None:
        """Open, the panel takes the loss chart's place under the output plot, and the
        data panel's width goes to the network, which needs room for the numbers."""
        w = self.window
        splitter, data = getattr(w, "splitter", None), getattr(w, "data_panel", None)
        if isinstance(splitter, QSplitter) and data is not None and data.parentWidget() is splitter:
            if on:
                self._main_sizes = sizes = splitter.sizes()
                self._data_shown = not data.isHidden()
                data.hide()
                index = splitter.indexOf(data)
                net = splitter.indexOf(w.network_view)
                if net >= 0:
                    sizes = list(sizes)
                    sizes[net] += sizes[index]
                    sizes[index] = 0
                    splitter.setSizes(sizes)
            else:
                data.setVisible(self._data_shown)
                if self._main_sizes is not None:
                    splitter.setSizes(self._main_sizes)
        right, chart = getattr(w, "right", None), getattr(w, "loss_chart", None)
        if isinstance(right, QSplitter) and chart is not None and chart.parentWidget() is right:
            if self.panel.parentWidget() is not right:
                right.addWidget(self.panel)
                right.setCollapsible(right.indexOf(self.panel), False)
            if on:
                # The loss chart, or whatever holds its place (the gradient panel), steps
                # aside; the output plot above stays.
                self._sizes = right.sizes()
                total = sum(self._sizes)
                self._covered = [
                    right.widget(i)
                    for i in range(1, right.count())
                    if right.widget(i) is not self.panel and not right.widget(i).isHidden()
                ]
                for widget in self._covered:
                    widget.hide()
                self.panel.show()
                sizes = [0] * right.count()
                sizes[0] = int(total * 0.42)
                sizes[right.indexOf(self.panel)] = total - sizes[0]
                right.setSizes(sizes)
            else:
                self.panel.hide()
                for widget in self._covered:
                    widget.show()
                self._covered = []
                if self._sizes is not None:
                    right.setSizes(self._sizes)
            return
        if self._dock is None:  # a window without the usual layout: a dock instead
            self._dock = QDockWidget("Backprop, step by step", w)
            self._dock.setObjectName("walkthroughDock")
            self._dock.setWidget(self.panel)
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._dock)
        self._dock.setVisible(on)
        self.panel.setVisible(on)

    # ------------------------------------------------------------ the point
    def _call(self, fn):
        """Run ``fn(session)`` where the session lives and wait for its result."""
        return self.client.call(fn, CALL_TIMEOUT)

    def _trace_job(self, x, y, source: str):
        client = self.client

        def job(session) -> TracedSample:
            if session.comparison is not None:
                raise ValueError("Compare is on: turn it off (C) to walk through one network")
            return capture(session.trainer, x, y, source, client.serial)

        return job

    def select(self, x, y, source: str = "", keep_step: bool = False) -> bool:
        """Walk through point ``x`` with target ``y``; training pauses."""
        if not self.is_open:
            self.open()
        self.client.pause()
        try:
            sample = self._call(self._trace_job(np.asarray(x, dtype=float), y, source))
        except (ValueError, TimeoutError) as exc:
            self.panel.set_notice(f"Cannot walk through this point: {exc}")
            return False
        self._set_sample(sample, keep_step)
        return True

    def select_point(self, which: str, index: int) -> bool:
        """Pick training (``which="train"``) or test point ``index`` of the data on show."""
        snap = self.window.snapshot
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
        kind = "training" if which == "train" else "test"
        return self.select(X[index], y[index].item(), f"{kind} point {index + 1}")

    def random_point(self) -> bool:
        snap = self.window.snapshot
        if snap is None or not len(snap.data.X_train):
            self.panel.set_notice("There are no training points to pick from yet.")
            return False
        return self.select_point("train", int(self._rng.integers(len(snap.data.X_train))))

    def pick_at(self, position) -> bool:
        """The data point nearest a click at viewport ``position`` (if close enough)."""
        view = self.window.output_view
        scene_pos = view.plot_widget.mapToScene(position.toPoint())
        if not view.view_box.sceneBoundingRect().contains(scene_pos):
            return False
        p = view.view_box.mapSceneToView(scene_pos)
        px, py = view.view_box.viewPixelSize()
        snap = self.window.snapshot
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
            self.panel.set_notice("No data point there: click on one of the dots.")
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
        self.panel.point_label.setText(
            f"<b>{sample.source.capitalize() or 'A point'}</b> at ({fmt(x1)}, {fmt(x2)}), "
            f"{self._target_words(sample)}"
        )
        self.panel.point_label.setToolTip(
            f"The point ({sample.trace.point[0]!r}, {sample.trace.point[1]!r}), target "
            f"{sample.trace.target!r}, through the network as it is after epoch "
            f"{sample.epoch:,} ({sample.steps:,} steps). Click another point to change it."
        )
        self._show()

    @staticmethod
    def _target_words(sample: TracedSample) -> str:
        y = sample.trace.target
        if sample.output_kind == "regression":
            return f"value {fmt(y)}"
        k = int(y)
        rgb = colors.class_color(k)
        name = colors.CLASS_NAMES[k % len(colors.CLASS_NAMES)]
        return f"class <span style='color:{_hex(rgb)}'>●</span> {name}"

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
            self.random_point()
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
            if self.sample is None and not self.random_point():
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
        button.setText("Pause autoplay" if on else "Autoplay")

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

        def job(session):
            t = session.trainer
            if session.comparison is not None:
                raise ValueError("Compare is on")
            if not _same_network(t, sample):
                raise ValueError("the network changed since this point was traced")
            before = _params_state(t)
            session.timeline_resume()
            t.apply_trace(sample.trace)
            session.timeline.mark(t, edited=True)
            after = _params_state(t)
            point, target = sample.trace.point, sample.trace.target
            return capture(t, point, target, sample.source, client.serial), before, after

        self.set_autoplay(False)
        try:
            new, before, after = self._call(job)
        except (ValueError, TimeoutError) as exc:
            self.panel.set_notice(f"Not applied: {exc}.")
            return False
        self.after = new
        stack = getattr(self.window, "undo_stack", None)
        if stack is not None:
            stack.push(_ApplyCommand(self, before, after))
        old, now = sample.trace.loss, new.trace.loss
        better = "down" if now < old else "up" if now > old else "nowhere"
        self.panel.set_notice(
            f"Applied: every weight moved by the amounts shown. The loss on this point went "
            f"{better}, from {fmt(old)} to {fmt(now)}, and the boundary moved. "
            "Next (→) walks through again with the new weights."
        )
        self._show()
        return True

    def restore(self, state: dict) -> None:
        """Undo/redo of Apply: put weights, optimizer state and step count back."""

        def job(session):
            t = session.trainer
            params = t.network.params
            if (
                session.comparison is not None
                or t.optimizer != state["optimizer"]
                or len(params) != len(state["params"])
                or any(W.shape != W0.shape for (W, _), (W0, _b) in zip(params, state["params"]))
            ):
                raise ValueError("the network has changed since")
            for (W, b), (W0, b0) in zip(params, state["params"], strict=True):
                W[...] = W0
                b[...] = b0
            t.optimizer_state.set_state(state["optimizer_state"])
            t.steps = state["steps"]
            session.timeline.mark(t, edited=True)

        try:
            self._call(job)
        except (ValueError, TimeoutError) as exc:
            self.window.statusBar().showMessage(f"Not undone: {exc}", 6000)

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
                    "Training is running, so these numbers are out of date. Pause (Space) "
                    "and the walkthrough follows the new weights."
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


def install(window: QMainWindow) -> Walkthrough:
    """Add the walkthrough (Training → Backprop, step by step…, W) to ``window``."""
    walkthrough = Walkthrough(window)
    window.walkthrough = walkthrough
    return walkthrough
