"""The top bar: reset, play/pause, step, the epoch counter, and the training settings.

It holds no training logic: buttons emit ``command`` names for the worker and controls
emit ``changed`` with TrainingSettings field names. ``set_snapshot`` mirrors the worker's
state back without emitting anything.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import ACTIVATIONS, OPTIMIZERS
from playground.core.settings import (
    LEARNING_RATES,
    PROBLEMS,
    REG_RATES,
    REGULARIZATIONS,
    SETTINGS_INFO,
    SPEEDS,
    TrainingSettings,
    speed_label,
)
from playground.core.snapshot import Snapshot
from playground.views.steady_label import SteadyLabel

BATCH_SIZES = (1, 2, 5, 10, 20, 30, 50, 100, 250)


def _labelled(label: str, control: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    caption = QLabel(label)
    caption.setObjectName("caption")
    caption.setWordWrap(True)  # long captions take two lines rather than widen the bar
    longest_word = max(label.upper().split(), key=len)
    word_width = QFontMetrics(caption.font()).horizontalAdvance(longest_word) + 6
    caption.setMaximumWidth(max(control.sizeHint().width(), word_width))
    layout.addWidget(caption)
    layout.addWidget(control)
    return box


MIXED = "mixed"  # the activation combo's entry while the hidden layers differ
MIXED_TIP = (
    "The hidden layers use different activations (each is named under its layer in the "
    "network). Choose one here to give it to every layer; that resets the network."
)


class TopBar(QWidget):
    command = Signal(str)  # play, pause, toggle, step, reset
    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self._shown_running: bool | None = None
        self._shown_settings: TrainingSettings | None = None
        style = self.style()
        self._icons = {
            "play": style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
            "pause": style.standardIcon(QStyle.StandardPixmap.SP_MediaPause),
        }

        self.reset_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            "Reset the network: fresh random weights, back to epoch 0 (R)",
            "reset",
        )
        self.play_button = self._tool(
            self._icons["play"], "Play or pause training (Space)", "toggle"
        )
        self.play_button.setIconSize(QSize(40, 40))
        self.play_button.setObjectName("playButton")
        self.step_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
            "Train exactly one epoch, then pause (Right arrow)",
            "step",
        )
        self.epoch_label = SteadyLabel("000,000")
        self.epoch_label.setObjectName("epochLabel")
        self.epoch_label.setToolTip("Epochs completed: full passes over the training data")
        self.epoch_label.hold()

        self.learning_rate = self._combo("learning_rate", [(f"{v:g}", v) for v in LEARNING_RATES])
        self.activation = self._combo(
            "activation", [(a.title, a.name) for a in ACTIVATIONS.values()]
        )
        self.regularization = self._combo(
            "regularization", [("None", "none"), ("L1", "l1"), ("L2", "l2")]
        )
        self.reg_rate = self._combo("reg_rate", [(f"{v:g}", v) for v in REG_RATES])
        self.problem = self._combo("problem", [(p.capitalize(), p) for p in PROBLEMS])
        self.optimizer = self._combo(
            "optimizer", [(o.title, name) for name, o in OPTIMIZERS.items()]
        )
        self.batch_size = self._combo("batch_size", [(str(b), b) for b in BATCH_SIZES])
        self.speed = self._combo("speed", [(speed_label(s), s) for s in SPEEDS])
        self.stop_at_epoch = self._spin("stop_at_epoch", 0, 10_000_000, "never")
        self.patience = self._spin("patience", 0, 100_000, "off")
        assert len(REGULARIZATIONS) == self.regularization.count()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        for button in (self.reset_button, self.play_button, self.step_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(_labelled("Epoch", self.epoch_label))
        layout.addSpacing(12)
        for name, control in (
            ("learning_rate", self.learning_rate),
            ("activation", self.activation),
            ("regularization", self.regularization),
            ("reg_rate", self.reg_rate),
            ("problem", self.problem),
            ("optimizer", self.optimizer),
            ("batch_size", self.batch_size),
            ("speed", self.speed),
            ("stop_at_epoch", self.stop_at_epoch),
            ("patience", self.patience),
        ):
            layout.addWidget(_labelled(SETTINGS_INFO[name].label, control))
        layout.addStretch(1)

    # --------------------------------------------------------------- building
    def _tool(self, icon, tip: str, command: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setIconSize(QSize(28, 28))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.command.emit(command))
        return button

    def _combo(self, field: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(field)
        # Sized to a short text, not the longest entry: the bar must fit a 1366-pixel screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(4, min(len(text) for text, _ in items)))
        for text, value in items:
            combo.addItem(text, value)
        combo.setToolTip(SETTINGS_INFO[field].tip)
        combo.activated.connect(partial(self._on_activated, field, combo))
        return combo

    def _on_activated(self, field: str, combo: QComboBox, index: int) -> None:
        value = combo.itemData(index)
        if value != MIXED:  # "Mixed" only says what the layers are; choosing it changes nothing
            self.changed.emit({field: value})

    def _spin(self, field: str, low: int, high: int, zero_text: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(field)
        spin.setMaximumWidth(84)
        spin.setRange(low, high)
        spin.setSpecialValueText(zero_text)
        spin.setAccelerated(True)
        spin.setToolTip(SETTINGS_INFO[field].tip)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self.changed.emit({field: int(value)}))
        return spin

    def _show_mixed(self, s: TrainingSettings) -> str:
        """The activation to show: "Mixed" (added for as long as it is true) when the hidden
        layers differ, as the network editor's per-layer menus can make them."""
        combo, mixed = self.activation, bool(s.layer_activations)
        index = combo.findData(MIXED)
        if mixed and index < 0:
            combo.addItem("Mixed", MIXED)
            combo.setToolTip(MIXED_TIP)
        elif not mixed and index >= 0:
            combo.removeItem(index)
            combo.setToolTip(SETTINGS_INFO["activation"].tip)
        return MIXED if mixed else s.activation

    # ---------------------------------------------------------------- updates
    def set_settings(self, s: TrainingSettings) -> None:
        """Show ``s`` in the controls without emitting ``changed``."""
        for field in (
            "learning_rate",
            "activation",
            "regularization",
            "reg_rate",
            "problem",
            "optimizer",
            "batch_size",
            "speed",
        ):
            combo: QComboBox = getattr(self, field)
            value = getattr(s, field)
            if field == "activation":
                value = self._show_mixed(s)
            index = combo.findData(value)
            if index < 0:  # a value from a file that the list does not offer: show it anyway
                combo.addItem(f"{value:g}" if isinstance(value, float) else str(value), value)
                index = combo.count() - 1
            if combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        self.reg_rate.setEnabled(s.regularization != "none")
        for field in ("stop_at_epoch", "patience"):
            spin: QSpinBox = getattr(self, field)
            if spin.value() != getattr(s, field) and not spin.hasFocus():
                spin.blockSignals(True)
                spin.setValue(getattr(s, field))
                spin.blockSignals(False)

    def set_snapshot(self, snap: Snapshot) -> None:
        self.epoch_label.set_text(f"{snap.epoch:07,}")
        if snap.running != self._shown_running:
            self._shown_running = snap.running
            self.play_button.setIcon(self._icons["pause" if snap.running else "play"])
            self.play_button.setToolTip(
                "Pause training (Space)" if snap.running else "Play: start training (Space)"
            )
        if snap.settings != self._shown_settings:
            self._shown_settings = snap.settings
            self.set_settings(snap.settings)
