"""Typing a weight or a bias in place: a small editor over the network view.

Double-clicking a link or a bias opens it (:class:`NumberEditing`). Enter sets the number,
as an undoable edit; Esc (or clicking elsewhere) cancels; what is not a finite number
within the engine's range is refused in the editor, with the reason shown under it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from engine.i18n import number, parse_number, translate
from playground.core.refs import LinkRef, NeuronRef
from playground.core.snapshot import Snapshot
from playground.designer.edit_commands import link_name, node_name
from playground.designer.network_edits import NetworkEdits
from playground.designer.network_view import NetworkView

MAX_EDIT = 1e6  # the largest weight or bias the editor takes (as the engine)


def minus_sign(text: str) -> str:
    return text.replace("-", "−")


def parse_weight(text: str) -> float:
    """The number typed in the editor; ValueError with a sentence if it is not one a
    weight can be (finite, at most a million either way)."""
    try:
        value = parse_number(text)  # the user's way (0,5 in German) or the file way
    except ValueError:
        # Whatever the language: a typographic minus, or a decimal comma.
        cleaned = text.strip().replace("−", "-").replace("–", "-")
        if "," in cleaned and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        try:
            value = float(cleaned)
        except ValueError:
            raise ValueError(
                translate(
                    "number_editor", "“{text}” is not a number; type one such as {one} or {other}"
                ).format(
                    text=text.strip(),
                    one=number(0.5, "g"),
                    other=minus_sign(number(-1.25, "g")),
                )
            ) from None
    if not math.isfinite(value):
        raise ValueError(
            translate("number_editor", "a weight must be a finite number, not infinity or NaN")
        )
    if abs(value) > MAX_EDIT:
        raise ValueError(
            translate("number_editor", "a weight must be between {low} and {high}").format(
                low=minus_sign(number(-MAX_EDIT, ",.0f")), high=number(MAX_EDIT, ",.0f")
            )
        )
    return value


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
        self.line = QLineEdit(number(value, ".6g"))
        self.line.setToolTip(
            translate("number_editor", "Type a number and press Enter; Esc cancels")
        )
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
            value = parse_weight(self.line.text())
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


class NumberEditing:
    """Opens a :class:`NumberEditor` over ``network_view`` for a link's weight or a
    neuron's bias; :attr:`editor` is the one open, if any."""

    def __init__(
        self,
        network_view: NetworkView,
        edits: NetworkEdits,
        latest: Callable[[], Snapshot | None],
        status: Callable[[str, int], None],
        editable: Callable[[], bool],
    ) -> None:
        self._network_view = network_view
        self._view = network_view.view
        self._edits = edits
        self._latest = latest
        self._status = status
        self._editable = editable
        self.editor: NumberEditor | None = None

    def _snapshot(self) -> Snapshot | None:
        """The snapshot on show, if its weights may be typed now."""
        snap = self._latest()
        if snap is None or not self._edits.hand_editable(snap) or not self._editable():
            return None
        return snap

    def edit_weight(self, link: LinkRef) -> NumberEditor | None:
        snap = self._snapshot()
        if snap is None:
            return None
        k, i, j = link.weight_layer, link.i, link.j
        if not snap.masks[k][i, j]:
            self._status(
                translate(
                    "number_editor",
                    "This link is disabled: click it to enable it, then edit its weight.",
                ),
                6000,
            )
            return None
        ends = self._network_view.link_ends(link)
        if ends is None:
            return None
        a, b = ends
        centre = self._view.mapFromScene((a + b) / 2)
        caption = translate("number_editor", "Weight {link}").format(link=link_name(snap, link))

        def commit(value: float) -> None:
            self._edits.set_weight(snap, link, value)

        return self._open(caption, float(snap.weights[k][i, j]), centre, commit)

    def edit_bias(self, neuron: NeuronRef) -> NumberEditor | None:
        snap = self._snapshot()
        if snap is None or neuron.column == 0:
            return None
        frame = self._network_view.neuron_rect(neuron)
        if frame is None:
            return None
        at = self._view.mapFromScene(frame.bottomLeft())
        caption = translate("number_editor", "Bias of {neuron}").format(
            neuron=node_name(snap, neuron)
        )

        def commit(value: float) -> None:
            self._edits.set_bias(snap, neuron, value)

        value = float(snap.biases[neuron.bias_layer][neuron.unit])
        return self._open(caption, value, at, commit)

    def close(self) -> None:
        """Close the open editor, if any, without setting its number."""
        if self.editor is not None:
            self.editor.close_editor()

    def _open(
        self, caption: str, value: float, at: QPoint, commit: Callable[[float], None]
    ) -> NumberEditor:
        self.close()
        editor = NumberEditor(self._view.viewport(), caption, value)
        editor.committed.connect(commit)
        editor.closed.connect(lambda: self._closed(editor))
        self.editor = editor
        editor.open_at(at)
        return editor

    def _closed(self, editor: NumberEditor) -> None:
        if self.editor is editor:
            self.editor = None
            self._view.setFocus()
