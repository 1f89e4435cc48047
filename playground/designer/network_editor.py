"""The network designer: edit the network on its canvas with the mouse, with undo.

Installed on a MainWindow (:func:`install`), it listens to the network view's viewport
and adds the palette above it. Through the view's public lookups (neuron_at, link_at,
bias_at, column_rects, ...) it turns mouse and keys into undoable edits
(playground.designer.edit_commands), all live: they reach the worker between two training steps
and keep everything they do not touch.

* Palette: drag "Hidden layer" between two layers to insert one, "Neuron" onto a layer
  to add one. A drop beyond the limits is refused with a status-bar message.
* Click a neuron to select it, Delete removes it; or drag it off the network. Removing
  the last neuron of a layer removes the layer. Click an input to switch it; click a link
  to disable or enable it; right-click a layer for its activation.
* Hover a neuron: its map fills the output view (TensorFlow Playground's hover) and its
  tooltip shows a = f(Σ wᵢ·xᵢ + b) with the current numbers. Hover a link: its weight
  and last gradient. Double-click a link or a bias to type a number in place.

Overlays (selection, drop marks, the link under the mouse) are painted by a transparent
widget over the viewport, never by scene items: the view rebuilds its scene whenever
the topology changes, and costs nothing per frame while the overlay is hidden.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from engine import ACTIVATIONS, FEATURES, MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.designer import palette
from playground.designer.edit_commands import Commands, link_name, node_name, number, snapshot_shape

MAX_TERMS = 8  # terms of Σ wᵢ·xᵢ a tooltip writes out; the rest are counted
TIP_REFRESH_S = 0.25  # a visible tooltip follows the training numbers this often
MAX_EDIT = 1e6  # the largest weight or bias the editor takes (as the engine)
ACCENT = QColor(20, 20, 20)
ACCEPT = QColor(0, 140, 90)
REFUSE = QColor(200, 40, 30)
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
FUNCTION_NAMES = {
    "linear": "",
    "relu": "ReLU",
    "leaky_relu": "LeakyReLU",
    "elu": "ELU",
    "tanh": "tanh",
    "sigmoid": "σ",
    "softplus": "softplus",
    "silu": "SiLU",
}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Target:
    """What is under the mouse: kind "neuron" (layer, unit), "bias" (layer, unit),
    "link" (layer, i, j) or "feature" (name,)."""

    kind: str
    key: tuple


@dataclass
class Drop:
    """Where a palette part would go, and whether it may."""

    ok: bool
    message: str = ""
    index: int = -1  # hidden layer: insert before; neuron: the hidden layer
    line_x: float | None = None  # scene x of the insertion mark (layer)
    rect: QRectF | None = None  # scene rect of the target column (neuron)


def parse_number(text: str) -> float:
    """The number typed in the editor; ValueError with a sentence if it is not one a
    weight can be (finite, at most a million either way)."""
    cleaned = text.strip().replace("−", "-").replace("–", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # a decimal comma
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(
            f"“{text.strip()}” is not a number; type one such as 0.5 or −1.25"
        ) from None
    if not math.isfinite(value):
        raise ValueError("a weight must be a finite number, not infinity or NaN")
    if abs(value) > MAX_EDIT:
        raise ValueError("a weight must be between −1,000,000 and 1,000,000")
    return value


def _signed_terms(terms: list[tuple[float, str]]) -> str:
    out = ""
    for k, (w, name) in enumerate(terms):
        body = f"{number(abs(w))}·{name}" if name else number(abs(w))
        if k == 0:
            out = ("−" if w < 0 else "") + body
        else:
            out += (" − " if w < 0 else " + ") + body
    return out or "0"


def neuron_formula(snap, layer: int, unit: int) -> str:
    """a = f(Σ wᵢ·xᵢ + b) for neuron (layer, unit) of ``snap``, with its numbers."""
    W = snap.weights[layer - 1][:, unit]
    bias = float(snap.biases[layer - 1][unit])
    mask = snap.masks[layer - 1][:, unit]
    if layer == 1:
        names = [FEATURES[f].label for f in snap.features]
    else:
        names = [f"a{str(i + 1).translate(SUBSCRIPTS)}" for i in range(len(W))]
    terms = [(float(w), names[i]) for i, w in enumerate(W) if mask[i]]
    shown, rest = terms[:MAX_TERMS], len(terms) - MAX_TERMS
    body = _signed_terms(shown)
    if rest > 0:
        body += f" + … ({rest} more)"
    body += (" − " if bias < 0 else " + ") + number(abs(bias))
    last = len(snap.layer_sizes) - 1
    if layer < last:
        activation = snap.spec["hidden"][layer - 1]["activation"]
        f = FUNCTION_NAMES.get(activation, activation)
        lines = [f"a = {f}({body})" if f else f"a = {body}"]
        lines.append(ACTIVATIONS[activation].title + ": " + ACTIVATIONS[activation].formula)
    elif snap.output_kind == "binary":
        lines = [f"p(blue) = σ({body})"]
    elif snap.output_kind == "multiclass":
        lines = [f"z{str(unit + 1).translate(SUBSCRIPTS)} = {body}", "p = softmax(z)"]
    else:
        lines = [f"y = {body}"]
    if layer > 1:
        lines.append(f"aᵢ: the outputs of layer {layer - 1}")
    return "\n".join(lines)


class Runner:
    """Runs a command's work in the worker thread; a ValueError becomes a status-bar
    message. Training goes on: these edits never re-initialise anything."""

    def __init__(self, worker) -> None:
        self.worker = worker

    def run(self, fn, prefix: str) -> None:
        worker = self.worker

        def job(session) -> None:
            try:
                fn(session)
                if not worker.mailbox.empty and worker.commands.empty():
                    # The snapshot waiting for the next frame shows the old network:
                    # replace it now rather than a frame later (the edit shows sooner).
                    worker._publish()
            except ValueError as exc:
                worker._message = f"{prefix}: {exc}"
            except Exception as exc:  # noqa: BLE001 - never let a bug stop training
                log.exception("%s: the edit failed in the worker", prefix)
                worker._message = f"{prefix}: an internal error ({type(exc).__name__})"

        worker.send("call", job)


# ===================================================================== widgets
class _Overlay(QWidget):
    """Draws over the viewport: the selected neuron, the link under the mouse, the
    neuron being dragged off and where a palette part would drop."""

    def __init__(self, editor: NetworkEditor, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.editor = editor
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(viewport.rect())
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        e = self.editor
        view = e.network_view.view
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        def rect(scene: QRectF) -> QRectF:
            return QRectF(view.mapFromScene(scene).boundingRect())

        if e.hover is not None and e.hover.kind == "link" and e.drag is None:
            a, b = e.link_ends(e.hover.key)
            if a is not None:
                painter.setPen(QPen(QColor(0, 0, 0, 110), 4.0))
                painter.drawLine(QPointF(view.mapFromScene(a)), QPointF(view.mapFromScene(b)))
        if e.selected is not None:
            frame = e.neuron_rect(e.selected)
            if frame is not None:
                painter.setPen(QPen(ACCENT, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect(frame).adjusted(-4, -4, 4, 4), 4, 4)
        if e.dragged is not None:
            frame = e.neuron_rect(e.dragged)
            if frame is not None:
                painter.setPen(QPen(REFUSE, 2.0, Qt.PenStyle.DashLine))
                painter.drawRect(rect(frame).adjusted(-3, -3, 3, 3))
        drop = e.drop
        if drop is not None and (drop.line_x is not None or drop.rect is not None):
            colour = ACCEPT if drop.ok else REFUSE
            if drop.line_x is not None:
                columns = e.network_view.column_rects()
                top = min(r.top() for r in columns) - 10
                bottom = max(r.bottom() for r in columns) + 10
                a = view.mapFromScene(QPointF(drop.line_x, top))
                b = view.mapFromScene(QPointF(drop.line_x, bottom))
                painter.setPen(QPen(colour, 3.0, Qt.PenStyle.DashLine))
                painter.drawLine(a, b)
            if drop.rect is not None:
                painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DashLine))
                painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 28))
                painter.drawRoundedRect(rect(drop.rect).adjusted(-6, -6, 6, 6), 6, 6)
        painter.end()


class _Ghost(QLabel):
    """The part that follows the mouse while it is dragged."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, window: QWidget, global_pos: QPoint, text: str, refused: bool) -> None:
        colour = "#c8281e" if refused else "#0b4a75"
        self.setStyleSheet(
            f"QLabel {{ background: rgba(255, 255, 255, 230); color: {colour}; "
            f"border: 1.5px solid {colour}; border-radius: 5px; padding: 3px 7px; "
            "font-weight: 600; }"
        )
        if text != self.text():
            self.setText(text)
            self.adjustSize()
        self.move(window.mapFromGlobal(global_pos) + QPoint(14, 10))
        self.show()
        self.raise_()


class NumberEditor(QFrame):
    """Edits one number in place: Enter sets it, Esc (or clicking elsewhere) cancels.
    What is not a finite number is refused here, with the reason shown under it."""

    committed = Signal(float)
    closed = Signal()

    def __init__(self, parent: QWidget, caption: str, value: float) -> None:
        super().__init__(parent)
        self.setObjectName("numberEditor")
        self.setStyleSheet(
            "QFrame#numberEditor { background: #ffffe8; border: 1px solid #888; "
            "border-radius: 4px; } QLabel { color: #444; font-size: 9pt; }"
        )
        self.caption = QLabel(caption)
        self.line = QLineEdit(f"{value:.6g}")
        self.line.setToolTip("Type a number and press Enter; Esc cancels")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c8281e; font-size: 9pt;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 5)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.line)
        layout.addWidget(self.error)
        self.line.returnPressed.connect(self._commit)
        self.line.installEventFilter(self)
        self.line.selectAll()
        self._done = False

    def open_at(self, pos: QPoint) -> None:
        self.adjustSize()
        self.setFixedWidth(max(self.sizeHint().width(), 190))
        self.adjustSize()
        parent = self.parentWidget().rect()
        x = min(max(pos.x() - self.width() // 2, 2), parent.width() - self.width() - 2)
        y = min(max(pos.y() - self.height() // 2, 2), parent.height() - self.height() - 2)
        self.move(x, y)
        self.show()
        self.raise_()
        self.line.setFocus(Qt.FocusReason.MouseFocusReason)

    def _commit(self) -> None:
        try:
            value = parse_number(self.line.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.line.setStyleSheet("QLineEdit { border: 2px solid #c8281e; }")
            self.adjustSize()
            return
        self._done = True
        self.committed.emit(value)
        self.close_editor()

    def close_editor(self) -> None:
        self._done = True
        self.hide()
        self.closed.emit()
        self.deleteLater()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            return True
        if event.type() == QEvent.Type.FocusOut and not self._done:
            reason = event.reason()
            if reason not in (
                Qt.FocusReason.PopupFocusReason,
                Qt.FocusReason.ActiveWindowFocusReason,
            ):
                QTimer.singleShot(0, lambda: None if self._done else self.close_editor())
        return False


# ====================================================================== editor
class NetworkEditor(QObject):
    """Mouse, keys and the palette on the network view, turned into undoable edits."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.network_view = nv = window.network_view
        self.stack = window.undo_stack
        self.runner = Runner(window.worker)
        self.commands = Commands(self.runner)
        self.view = nv.view
        self.viewport = nv.view.viewport()

        self.hover: Target | None = None
        self.selected: tuple[int, int] | None = None  # a hidden neuron (layer, unit)
        self.dragged: tuple[int, int] | None = None  # a hidden neuron being dragged off
        self.drag: str | None = None  # the palette part being dragged
        self.drop: Drop | None = None
        self.editor: NumberEditor | None = None
        self.menu: QMenu | None = None
        self.last_drop = 0.0  # time.perf_counter() of the last accepted drop (benchmarks)
        self._press: tuple[Target | None, QPoint] | None = None
        self._after_double = False
        self._focus: tuple[int, int] | None = None  # sent to the session
        self._shape: tuple | None = None
        self._tip_at = 0.0
        self._tip_pos = QPoint()
        self._focus_shown = False

        self.palette = palette.Palette()
        nv.layout().insertWidget(0, self.palette)
        self.overlay = _Overlay(self, self.viewport)
        self.ghost = _Ghost(window)
        self.focus_label = QLabel(window.output_view.plot_widget)
        self.focus_label.setStyleSheet(
            "QLabel { background: rgba(255, 255, 255, 215); color: #1e1e1e; padding: 3px 6px; "
            "border: 1px solid #bbb; border-radius: 3px; font-weight: 600; }"
        )
        self.focus_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.focus_label.hide()
        self._link_timer = QTimer(self)
        self._link_timer.setSingleShot(True)
        self._link_timer.timeout.connect(self._toggle_pending_link)
        self._pending_link: tuple | None = None

        self.viewport.setMouseTracking(True)
        self.viewport.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        p = self.palette
        p.drag_started.connect(self._drag_started)
        p.drag_moved.connect(self._drag_moved)
        p.drag_dropped.connect(self._drag_dropped)
        p.drag_cancelled.connect(self._drag_ended)
        p.clicked.connect(
            lambda kind: self.status(
                f"Drag “{palette.TITLES[kind]}” onto the network: "
                + ("between two layers." if kind == palette.LAYER else "onto a hidden layer.")
            )
        )
        p.link_mode_changed.connect(self._set_link_mode)

        nv.feature_toggled.connect(self._feature_toggled)
        nv.layer_added.connect(lambda: self.insert_layer(self._n_hidden()))
        nv.layer_removed.connect(lambda: self._push(self._make("remove_layer")))
        nv.neuron_added.connect(self.add_neuron)
        nv.neuron_removed.connect(lambda layer: self.remove_neuron(layer))
        window.frame_hooks.append(self._on_frame)

    # -------------------------------------------------------------- helpers
    @property
    def snapshot(self):
        return getattr(self.window, "snapshot", None)

    def status(self, text: str, ms: int = 6000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def editable(self) -> bool:
        """False while a lesson locks editing the network (the view is not interactive)."""
        return self.view.isInteractive() and self.network_view.isEnabled()

    def _n_hidden(self) -> int:
        snap = self.snapshot
        return len(snap.spec["hidden"]) if snap is not None else 0

    def _make(self, name: str, *args):
        snap = self.snapshot
        if snap is None:
            return None
        return getattr(self.commands, name)(snap, *args)

    def _push(self, command) -> bool:
        if command is None:
            return False
        if not self.editable():
            self.status("Editing the network is locked in this lesson.")
            return False
        self.stack.push(command)
        return True

    def neuron_rect(self, neuron: tuple[int, int]) -> QRectF | None:
        try:
            return self.network_view.neuron_item(*neuron).sceneBoundingRect()
        except KeyError:
            return None

    def link_ends(self, link: tuple[int, int, int]):
        try:
            return self.network_view.link_line(*link)
        except (IndexError, KeyError):
            return None, None

    def scene_pos(self, viewport_pos: QPoint) -> QPointF:
        return self.view.mapToScene(viewport_pos)

    def target_at(self, pos: QPointF) -> Target | None:
        """What lies under scene position ``pos``."""
        nv = self.network_view
        if nv.button_at(pos) is not None:
            return None
        name = nv.feature_at(pos)
        if name is not None:
            return Target("feature", (name,))
        bias = nv.bias_at(pos)
        if bias is not None:
            return Target("bias", bias)
        neuron = nv.neuron_at(pos)
        if neuron is not None:
            return Target("neuron", neuron)
        link = nv.link_at(pos)
        if link is not None:
            return Target("link", link)
        return None

    def _is_hidden(self, neuron: tuple[int, int]) -> bool:
        snap = self.snapshot
        return snap is not None and 0 < neuron[0] < len(snap.layer_sizes) - 1

    # ------------------------------------------------------------ the edits
    def add_neuron(self, layer: int) -> bool:
        snap = self.snapshot
        if snap is None:
            return False
        units = snap.layer_sizes[layer + 1]
        if units >= MAX_UNITS:
            self.status(
                f"Not added: layer {layer + 1} already has the maximum of {MAX_UNITS} neurons."
            )
            return False
        return self._push(self.commands.add_neuron(snap, layer))

    def remove_neuron(self, layer: int, unit: int | None = None) -> bool:
        snap = self.snapshot
        if snap is None:
            return False
        if self._push(self.commands.remove_neuron(snap, layer, unit)):
            self.selected = None
            self._refresh_overlay()
            return True
        return False

    def insert_layer(self, index: int) -> bool:
        snap = self.snapshot
        if snap is None:
            return False
        if len(snap.spec["hidden"]) >= MAX_HIDDEN_LAYERS:
            self.status(
                f"Not added: the network already has the maximum of {MAX_HIDDEN_LAYERS} hidden layers."
            )
            return False
        return self._push(self.commands.insert_layer(snap, index))

    def set_activation(self, layer: int, activation: str) -> bool:
        snap = self.snapshot
        if snap is None or snap.spec["hidden"][layer]["activation"] == activation:
            return False
        return self._push(self.commands.set_activation(snap, layer, activation))

    def toggle_link(self, link: tuple[int, int, int]) -> bool:
        snap = self.snapshot
        if snap is None or not self._hand_editable(snap):
            return False
        layer, i, j = link
        enabled = bool(snap.masks[layer][i, j])
        return self._push(self.commands.set_link(snap, layer, i, j, not enabled))

    def _hand_editable(self, snap) -> bool:
        if snap.comparison is not None:
            self.status("Weights are edited on one network: turn Compare off first.")
            return False
        return True

    def _feature_toggled(self, name: str, enabled: bool) -> None:
        snap = self.snapshot
        if snap is None:
            return
        if not enabled and list(snap.features) == [name]:
            self.status("Not changed: at least one input feature must stay on.")
            return
        self._push(self.commands.set_feature(snap, name, enabled))

    # ------------------------------------------------------ in-place editor
    def edit_weight(self, link: tuple[int, int, int]) -> NumberEditor | None:
        snap = self.snapshot
        if snap is None or not self._hand_editable(snap) or not self.editable():
            return None
        layer, i, j = link
        if not snap.masks[layer][i, j]:
            self.status("This link is disabled: click it to enable it, then edit its weight.")
            return None
        a, b = self.link_ends(link)
        if a is None:
            return None
        centre = self.view.mapFromScene((a + b) / 2)
        caption = f"Weight {link_name(snap, layer, i, j)}"

        def commit(value: float) -> None:
            self._push(self.commands.set_weight(snap, layer, i, j, value))

        return self._open_editor(caption, float(snap.weights[layer][i, j]), centre, commit)

    def edit_bias(self, neuron: tuple[int, int]) -> NumberEditor | None:
        snap = self.snapshot
        if snap is None or not self._hand_editable(snap) or not self.editable():
            return None
        layer, unit = neuron
        if layer == 0:
            return None
        frame = self.neuron_rect(neuron)
        if frame is None:
            return None
        at = self.view.mapFromScene(frame.bottomLeft())
        caption = f"Bias of {node_name(snap, layer, unit)}"

        def commit(value: float) -> None:
            self._push(self.commands.set_bias(snap, layer, unit, value))

        return self._open_editor(caption, float(snap.biases[layer - 1][unit]), at, commit)

    def _open_editor(self, caption: str, value: float, at: QPoint, commit) -> NumberEditor:
        if self.editor is not None:
            self.editor.close_editor()
        editor = NumberEditor(self.viewport, caption, value)
        editor.committed.connect(commit)
        editor.closed.connect(lambda: self._editor_closed(editor))
        self.editor = editor
        editor.open_at(at)
        return editor

    def _editor_closed(self, editor: NumberEditor) -> None:
        if self.editor is editor:
            self.editor = None
            self.view.setFocus()

    # ------------------------------------------------------- palette drags
    def drop_at(self, kind: str, global_pos: QPoint) -> Drop | None:
        """Where part ``kind`` dropped at ``global_pos`` would go (None: off the network)."""
        local = self.viewport.mapFromGlobal(global_pos)
        if not self.viewport.rect().contains(local):
            return None
        snap = self.snapshot
        if snap is None:
            return Drop(False, "The network is not ready yet.")
        x = self.scene_pos(local).x()
        columns = self.network_view.column_rects()
        centres = [r.center().x() for r in columns]
        n = len(centres) - 2
        if kind == palette.LAYER:
            index = sum(1 for c in centres[1:-1] if c < x)
            line_x = (centres[index] + centres[index + 1]) / 2
            if n >= MAX_HIDDEN_LAYERS:
                return Drop(
                    False,
                    f"Not added: the network already has the maximum of {MAX_HIDDEN_LAYERS} hidden layers.",
                    index,
                    line_x,
                )
            return Drop(True, f"Insert hidden layer {index + 1} here", index, line_x)
        nearest = int(np.argmin([abs(c - x) for c in centres]))
        if n == 0:
            return Drop(
                False, "Not added: there is no hidden layer yet; drag “Hidden layer” in first."
            )
        if not 1 <= nearest <= n:
            return Drop(False, "Not added: drop the neuron onto a hidden layer.")
        layer = nearest - 1
        rect = columns[nearest]
        if snap.layer_sizes[nearest] >= MAX_UNITS:
            return Drop(
                False,
                f"Not added: layer {layer + 1} already has the maximum of {MAX_UNITS} neurons.",
                layer,
                rect=rect,
            )
        return Drop(True, f"Add a neuron to layer {layer + 1}", layer, rect=rect)

    def _drag_started(self, kind: str) -> None:
        self.drag = kind
        self._clear_hover()

    def _drag_moved(self, kind: str, global_pos: QPoint) -> None:
        self.drag = kind
        drop = self.drop_at(kind, global_pos) if self.editable() else Drop(False, "locked")
        self.drop = drop
        if drop is None:
            text, refused = f"{palette.TITLES[kind]}: drop it on the network", False
        elif not self.editable():
            text, refused = "Editing the network is locked in this lesson", True
        elif drop.ok:
            text, refused = drop.message, False
        else:
            text, refused = drop.message.removeprefix("Not added: "), True
        self.ghost.show_at(self.window, global_pos, text, refused)
        self._refresh_overlay()

    def _drag_dropped(self, kind: str, global_pos: QPoint) -> None:
        drop = self.drop_at(kind, global_pos)
        self._drag_ended(kind)
        if drop is None:
            return
        if not drop.ok:
            self.status(drop.message)
            return
        self.last_drop = time.perf_counter()
        if kind == palette.LAYER:
            self.insert_layer(drop.index)
        else:
            self.add_neuron(drop.index)

    def _drag_ended(self, kind: str = "") -> None:
        self.drag = None
        self.drop = None
        self.ghost.hide()
        self._refresh_overlay()

    # ---------------------------------------------------------- the mouse
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        t = event.type()
        if obj is self.viewport:
            if t == QEvent.Type.MouseMove:
                return self._mouse_move(event)
            if t == QEvent.Type.MouseButtonPress:
                return self._mouse_press(event)
            if t == QEvent.Type.MouseButtonRelease:
                return self._mouse_release(event)
            if t == QEvent.Type.MouseButtonDblClick:
                return self._double_click(event)
            if t == QEvent.Type.ContextMenu:
                return self._context_menu(event)
            if t == QEvent.Type.ToolTip:
                return self._tooltip(event)
            if t == QEvent.Type.Leave:
                self._clear_hover()
            elif t == QEvent.Type.Resize:
                self.overlay.setGeometry(self.viewport.rect())
        elif obj is self.view and t == QEvent.Type.KeyPress:
            return self._key(event)
        return False

    def _mouse_move(self, event) -> bool:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            target, start = self._press
            if (
                self.dragged is None
                and target is not None
                and target.kind == "neuron"
                and self._is_hidden(target.key)
                and self.editable()
                and (pos - start).manhattanLength() >= QApplication.startDragDistance()
            ):
                self.dragged = target.key
                self._clear_hover()
            if self.dragged is not None:
                self._neuron_drag_moved(pos)
            return True
        self._hover_at(pos)
        return False

    def _neuron_drag_moved(self, pos: QPoint) -> None:
        off = not self.viewport.rect().contains(pos)
        snap = self.snapshot
        name = node_name(snap, *self.dragged) if snap is not None else "neuron"
        text = (
            f"Release to remove {name}"
            if off
            else f"{name[0].upper()}{name[1:]}: drag it off the network to remove it"
        )
        self.ghost.show_at(self.window, self.viewport.mapToGlobal(pos), text, off)
        self._refresh_overlay()

    def _mouse_press(self, event) -> bool:
        self._after_double = False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        target = self.target_at(self.scene_pos(pos))
        if self.network_view.button_at(self.scene_pos(pos)) is not None:
            return False  # the +/- buttons are the view's own
        if target is not None and target.kind == "feature":
            return False  # the view's feature nodes switch themselves
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = (target, pos)
        return True

    def _mouse_release(self, event) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        target, _ = self._press
        self._press = None
        pos = event.position().toPoint()
        if self.dragged is not None:
            neuron, self.dragged = self.dragged, None
            self.ghost.hide()
            self._refresh_overlay()
            if not self.viewport.rect().contains(pos):
                self.remove_neuron(neuron[0] - 1, neuron[1])
            else:
                self.status(
                    "Drag the neuron off the network to remove it (or select it and press Delete)."
                )
            return True
        if self._after_double:  # the release that ends a double-click
            self._after_double = False
            return True
        self._click(target)
        return True

    def _click(self, target: Target | None) -> None:
        if target is None:
            self.select(None)
        elif target.kind in ("neuron", "bias"):
            self.select(target.key if self._is_hidden(target.key) else None)
        elif target.kind == "link" and self.editable():
            # Toggled once a double-click (which edits the weight instead) is ruled out.
            self._pending_link = target.key
            self._link_timer.start(QApplication.doubleClickInterval())

    def _toggle_pending_link(self) -> None:
        link, self._pending_link = self._pending_link, None
        if link is not None:
            self.toggle_link(link)

    def _double_click(self, event) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        target = self.target_at(self.scene_pos(pos))
        if target is not None and target.kind == "feature":
            return False
        self._link_timer.stop()
        self._pending_link = None
        self._after_double = True
        self._press = None
        if target is None:
            return True
        if target.kind == "link":
            self.edit_weight(target.key)
        elif target.kind in ("bias", "neuron"):
            self.edit_bias(target.key)
        return True

    def select(self, neuron: tuple[int, int] | None) -> None:
        if neuron != self.selected:
            self.selected = neuron
            snap = self.snapshot
            if neuron is not None and snap is not None:
                self.status(
                    f"Selected {node_name(snap, *neuron)}: Delete removes it; drag it off the "
                    "network to remove it too.",
                    4000,
                )
            self._refresh_overlay()

    def _key(self, event) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            layer, unit = self.selected
            self.remove_neuron(layer - 1, unit)
            return True
        if event.key() == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
            return True
        return False

    # -------------------------------------------------------------- hover
    def _hover_at(self, pos: QPoint) -> None:
        target = self.target_at(self.scene_pos(pos)) if self.drag is None else None
        self._tip_pos = self.viewport.mapToGlobal(pos)
        if target == self.hover:
            return
        was_link = self.hover is not None and self.hover.kind == "link"
        self.hover = target
        if target is not None and target.kind == "link":
            self.viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        elif target is not None and target.kind == "neuron" and self._is_hidden(target.key):
            self.viewport.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport.unsetCursor()
        neuron = None
        if target is not None and target.kind in ("neuron", "bias"):
            neuron = target.key
        elif target is not None and target.kind == "feature":
            neuron = self.network_view.neuron_at(self.scene_pos(pos))
        self._set_focus(neuron)
        if was_link or (target is not None and target.kind == "link"):
            self._refresh_overlay()
        if QToolTip.isVisible():
            text = self.tooltip_text(target)
            if text:
                QToolTip.showText(self._tip_pos, text, self.viewport)
            else:
                QToolTip.hideText()

    def _clear_hover(self) -> None:
        if self.hover is not None:
            self.hover = None
            self.viewport.unsetCursor()
            self._refresh_overlay()
        self._set_focus(None)

    def _set_focus(self, neuron: tuple[int, int] | None) -> None:
        snap = self.snapshot
        if neuron is not None and snap is not None:
            last = len(snap.layer_sizes) - 1
            if neuron[0] == last and snap.output_kind != "multiclass":
                neuron = None  # the output view shows it already
        if neuron != self._focus:
            self._focus = neuron
            self.window.worker.send("session", "set_focus", neuron)

    def tooltip_text(self, target: Target | None) -> str:
        snap = self.snapshot
        if target is None or snap is None or target.kind == "feature":
            return ""
        try:
            if target.kind == "link":
                return self._link_tip(snap, *target.key)
            if target.kind == "bias":
                return self._bias_tip(snap, *target.key)
            return self._neuron_tip(snap, *target.key)
        except (IndexError, KeyError):  # the topology changed under the mouse
            return ""

    def _neuron_tip(self, snap, layer: int, unit: int) -> str:
        name = node_name(snap, layer, unit)
        if layer == 0:
            return ""
        lines = [name[0].upper() + name[1:], neuron_formula(snap, layer, unit)]
        if self._is_hidden((layer, unit)):
            lines.append(
                "Its map fills the output view. Click, then Delete, or drag it off the network, "
                "to remove it; double-click to edit its bias."
            )
        else:
            lines.append("Double-click to edit its bias.")
        return "\n".join(lines)

    def _link_tip(self, snap, layer: int, i: int, j: int) -> str:
        name = link_name(snap, layer, i, j)
        if not snap.masks[layer][i, j]:
            return (
                f"Link {name}: disabled (dashed)\nIts weight stays 0 and it trains no more. "
                "Click to enable it."
            )
        w = float(snap.weights[layer][i, j])
        g = float(snap.weight_grads[layer][i, j])
        return (
            f"Link {name}\nweight w = {number(w)}\nlast gradient ∂L/∂w = {g:.3g}".replace("-", "−")
            + "\nClick to disable it; double-click to type a weight."
        )

    def _bias_tip(self, snap, layer: int, unit: int) -> str:
        name = node_name(snap, layer, unit)
        b = float(snap.biases[layer - 1][unit])
        g = float(snap.bias_grads[layer - 1][unit])
        return (
            f"Bias of {name}\nb = {number(b)}\nlast gradient ∂L/∂b = {g:.3g}".replace("-", "−")
            + "\nDouble-click to type a bias."
        )

    def _tooltip(self, event) -> bool:
        if self.drag is not None or self.dragged is not None:
            return True
        target = self.target_at(self.scene_pos(event.pos()))
        text = self.tooltip_text(target)
        if not text:
            return False  # the view's own (buttons, inputs, captions)
        self._tip_pos = event.globalPos()
        self._tip_at = time.monotonic()
        QToolTip.showText(event.globalPos(), text, self.viewport)
        return True

    # ------------------------------------------------------- context menu
    def hidden_layer_at(self, pos: QPointF) -> int | None:
        """The hidden layer (0-based) whose column, captions included, is under ``pos``."""
        columns = self.network_view.column_rects()
        for h, rect in enumerate(columns[1:-1]):
            if rect.adjusted(-16, -80, 16, 40).contains(pos):
                return h
        return None

    def _context_menu(self, event) -> bool:
        pos = self.scene_pos(event.pos())
        layer = self.hidden_layer_at(pos)
        snap = self.snapshot
        if layer is None or snap is None or not self.editable():
            return layer is not None
        self.menu = menu = self.layer_menu(snap, layer)
        menu.destroyed.connect(lambda: setattr(self, "menu", None) if self.menu is menu else None)
        menu.popup(event.globalPos())
        return True

    def layer_menu(self, snap, layer: int) -> QMenu:
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        title = menu.addAction(f"Hidden layer {layer + 1}: activation")
        title.setEnabled(False)
        group = QActionGroup(menu)
        current = snap.spec["hidden"][layer]["activation"]
        for name, activation in ACTIVATIONS.items():
            action = QAction(activation.title, menu, checkable=True)
            action.setChecked(name == current)
            action.setToolTip(activation.formula + " — keeps every weight")
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.set_activation(layer, n))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        add = menu.addAction("Add a neuron", lambda: self.add_neuron(layer))
        add.setEnabled(snap.layer_sizes[layer + 1] < MAX_UNITS)
        menu.addAction("Remove this layer", lambda: self._push(self._make("remove_layer", layer)))
        return menu

    # --------------------------------------------------------------- frames
    def _set_link_mode(self, mode: str) -> None:
        self.network_view.link_mode = mode

    def _refresh_overlay(self) -> None:
        busy = (
            self.selected is not None
            or self.dragged is not None
            or self.drop is not None
            or (self.hover is not None and self.hover.kind == "link")
        )
        self.overlay.setVisible(busy)
        if busy:
            self.overlay.update()

    def _on_frame(self, snap) -> None:
        shape = snapshot_shape(snap)
        if shape != self._shape:
            if self._shape is not None:
                self._topology_changed(snap)
            self._shape = shape
        editable = self.editable()
        if self.palette.isEnabled() != editable:
            self.palette.setEnabled(editable)
        self._show_focus(snap)
        if self.hover is not None and QToolTip.isVisible():
            now = time.monotonic()
            if now - self._tip_at >= TIP_REFRESH_S:
                self._tip_at = now
                text = self.tooltip_text(self.hover)
                if text and text != QToolTip.text():
                    QToolTip.showText(self._tip_pos, text, self.viewport)

    def _topology_changed(self, snap) -> None:
        self.selected = None  # its place may now be another neuron's
        if self.editor is not None:  # what it edits may have moved
            self.editor.close_editor()
        self.hover = None
        self._refresh_overlay()

    def _show_focus(self, snap) -> None:
        """TensorFlow Playground's hover: the neuron's map fills the output view."""
        ov = self.window.output_view
        focus = snap.focus_map if snap.comparison is None else None
        if focus is not None and tuple(focus[:2]) == self._focus:
            layer, unit, values = focus
            last = len(snap.layer_sizes) - 1
            if layer == 0:
                reach = float(np.max(np.abs(values))) or 1.0
                levels = (-reach, reach)
            elif layer == last:
                levels = (0.0, 1.0)
            else:
                levels = (-1.0, 1.0)
            image = ov.scalar_image
            ov.class_image.setVisible(False)
            image.setVisible(True)
            image.setImage(values, autoLevels=False, levels=levels)
            lo, hi = float(snap.extent[0]), float(snap.extent[1])
            image.setRect(lo, lo, hi - lo, hi - lo)
            name = node_name(snap, layer, unit)
            text = f"{name[0].upper()}{name[1:]}: its output over the plane"
            if layer == 0:
                text = f"Input {name} over the plane"
            if self.focus_label.text() != text:
                self.focus_label.setText(text)
                self.focus_label.adjustSize()
            self.focus_label.move(8, 6)
            self.focus_label.show()
            self.focus_label.raise_()
            self._focus_shown = True
        elif self._focus_shown:
            self._focus_shown = False
            self.focus_label.hide()
            multiclass = snap.output_kind == "multiclass"
            ov.scalar_image.setVisible(not multiclass)
            ov.class_image.setVisible(multiclass)


def install(window) -> NetworkEditor:
    """Add the designer (palette, mouse editing, hover) to a MainWindow."""
    editor = NetworkEditor(window)
    window.network_editor = editor
    return editor
