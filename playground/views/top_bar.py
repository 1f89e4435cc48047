"""The top bar: reset, play/pause, step, the epoch counter, and the training settings.

The setting controls come from the table in playground.core.controls (its ``TOP_BAR``
rows: order, captions, tooltips, choices), each also an attribute of its name
(``top_bar.learning_rate``). To fit a 1280-pixel screen the regularization rate shares
its rule's caption, the schedule's button (views/schedule_editor) the learning rate's, and
the stopping rules sit in the Stop button's menu; ``boxes``
still gives each control's own box, which a lesson hides or locks. The bar holds no training logic: buttons emit ``command``
names for the worker and controls emit ``changed`` with TrainingSettings field names.
``set_snapshot`` mirrors the worker's state back without emitting anything.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core.controls import BATCH_SIZES, CONTROLS_BY_NAME, TOP_BAR_CONTROLS, Control
from playground.core.settings import TrainingSettings
from playground.core.snapshot import Snapshot
from playground.views.control_text import choice, shown, value_text
from playground.views.schedule_editor import ScheduleButton
from playground.views.steady_label import SteadyLabel
from playground.views.wrap_rows import WrapRows

__all__ = ["BATCH_SIZES", "TopBar"]  # compare_view takes the batch sizes from here


def _labelled(label: str, parent: QWidget, control: QWidget | None = None) -> QWidget:
    """A box in ``parent``: the caption ``label`` over ``control`` (or what is added after)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    caption = QLabel(label)
    caption.setObjectName("caption")
    # One line (no word wrap): a caption on two made the whole bar 9 px taller, which a
    # 768-pixel screen needs for the plot. It is as wide as its text in the theme's font.
    layout.addWidget(caption)
    if control is not None:
        layout.addWidget(control)
    return box


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return row


REG_CAPTION = QT_TRANSLATE_NOOP("top_bar", "Regularization, rate")
# Behind the Stop button, each with its caption.
STOP_RULES = ("stop_at_epoch", "patience", "restore_best")


MIXED = "mixed"  # the activation combo's entry while the hidden layers differ
MIXED_TIP = QT_TRANSLATE_NOOP(
    "top_bar",
    "The hidden layers use different activations (each is named under its layer in the "
    "network). Choose one here to give it to every layer; that resets the network.",
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
            translate("top_bar", "Reset the network: fresh random weights, back to epoch 0 (R)"),
            "reset",
        )
        self.play_button = self._tool(
            self._icons["play"], translate("top_bar", "Play or pause training (Space)"), "toggle"
        )
        self.play_button.setIconSize(QSize(40, 40))
        self.play_button.setObjectName("playButton")
        self.step_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
            translate("top_bar", "Train exactly one epoch, then pause (Right arrow)"),
            "step",
        )
        self.epoch_label = SteadyLabel("000,000")
        self.epoch_label.setObjectName("epochLabel")
        self.epoch_label.setToolTip(
            translate("top_bar", "Epochs completed: full passes over the training data")
        )
        self.epoch_label.hold()

        # Each setting control, by its field name (and as an attribute of that name), and
        # the captioned box it sits in (what a lesson hides).
        self.controls: dict[str, QComboBox | QSpinBox | QCheckBox | ScheduleButton] = {}
        self.boxes: dict[str, QWidget] = {}
        for control in TOP_BAR_CONTROLS:
            widget = self._special(control) or (
                self._combo(control) if control.choices else self._spin(control)
            )
            self.controls[control.name] = widget
            setattr(self, control.name, widget)

        # Each box is made in its place, the bar's layout first: a widget given a parent
        # takes the style sheet over its whole subtree again (a box and its row paid it twice).
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        for button in (self.reset_button, self.play_button, self.step_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(_labelled(translate("top_bar", "Epoch"), self, self.epoch_label))
        layout.addSpacing(4)
        # Where one row is too wide (projector mode on a 1366-pixel screen) they take two.
        self.settings_rows = rows = WrapRows(spacing=layout.spacing())
        layout.addLayout(rows)
        layout.addStretch(1)
        # The bar fits a 1280-pixel screen: the regularization rate shares its setting's
        # caption, and the stopping rules, which few runs use, wait behind one button.
        for control in TOP_BAR_CONTROLS:
            name = control.name
            if name in (*STOP_RULES, "reg_rate", "schedule"):
                continue  # in the Stop button's menu, or beside their setting
            if name == "learning_rate":  # its schedule's button beside it, in a box of its own
                box = _labelled(shown(control.label), self)
                pair = _row(box, self.learning_rate)
                self.boxes["schedule"] = _row(pair, self.schedule)
                pair.layout().addWidget(self.boxes["schedule"])
                box.layout().addWidget(pair)
            elif name == "regularization":
                # The rate's own box, which a lesson locks or hides, holds just its combo
                # (greyed out by itself while there is no rule).
                box = _labelled(translate("top_bar", REG_CAPTION), self)
                pair = _row(box, self.regularization)
                self.boxes["reg_rate"] = _row(pair, self.reg_rate)
                pair.layout().addWidget(self.boxes["reg_rate"])
                box.layout().addWidget(pair)
            else:
                box = _labelled(shown(control.label), self, self.controls[name])
            self.boxes[name] = box
            rows.addWidget(box)
        self.stop_box = _labelled(translate("top_bar", "Stop"), self)
        self.stop_box.layout().addWidget(self._stop_rules())
        rows.addWidget(self.stop_box)

    def add_beside_play(self, widget: QWidget) -> None:
        """Put ``widget`` right after the step button (the walkthrough's button)."""
        at = self._layout.indexOf(self.step_button) + 1
        self._layout.insertWidget(at, widget, 0, Qt.AlignmentFlag.AlignVCenter)
        QWidget.setTabOrder(self.step_button, widget)

    # --------------------------------------------------------------- building
    def _tool(self, icon, tip: str, command: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setIconSize(QSize(28, 28))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.command.emit(command))
        return button

    def _combo(self, control: Control) -> QComboBox:
        field, items = control.name, control.choices
        combo = QComboBox()
        combo.setObjectName(field)
        # As wide as its longest entry, so that no choice shows clipped ("Classificatio").
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, value in items:
            combo.addItem(choice(text, value), value)
        combo.setToolTip(shown(control.tip))
        combo.setAccessibleName(shown(control.label))  # its caption, for screen readers
        combo.activated.connect(partial(self._on_activated, field, combo))
        return combo

    def _special(self, control: Control) -> QCheckBox | ScheduleButton | None:
        """The schedule's button (its menu edits it) and the restore-best check box."""
        widget: QCheckBox | ScheduleButton
        if control.name == "schedule":
            widget = ScheduleButton()
            widget.changed.connect(lambda schedule: self.changed.emit({"schedule": schedule}))
        elif control.name == "restore_best":
            widget = QCheckBox(translate("top_bar", "test epoch's weights"))
            widget.setObjectName(control.name)
            widget.toggled.connect(lambda on: self.changed.emit({"restore_best": bool(on)}))
        else:
            return None
        widget.setToolTip(shown(control.tip))
        widget.setAccessibleName(shown(control.label))
        return widget

    def _stop_rules(self) -> QToolButton:
        """The Stop button: its menu holds the stopping rules, each captioned as in the bar."""
        button = self.stop_button = QToolButton()
        button.setObjectName("stopRules")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # the text's ▾
        button.setMinimumHeight(self.speed.sizeHint().height())
        rules = QWidget()
        layout = QHBoxLayout(rules)
        layout.setContentsMargins(8, 4, 8, 4)
        for name in STOP_RULES:
            control = CONTROLS_BY_NAME[name]
            self.boxes[name] = _labelled(shown(control.label), rules, self.controls[name])
            layout.addWidget(self.boxes[name])
            self.boxes[name].installEventFilter(self)  # a lesson hides them: so is the button
        menu = QMenu(button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(rules)
        menu.addAction(holder)
        button.setMenu(menu)
        self._show_stop_rules()
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.stop_box.setVisible(any(not self.boxes[n].isHidden() for n in STOP_RULES))
        return False

    def _show_stop_rules(self) -> None:
        epoch, patience = self.stop_at_epoch.value(), self.patience.value()
        self.stop_button.setText(
            translate("top_bar", "Set ▾") if epoch or patience else translate("top_bar", "Never ▾")
        )
        self.stop_button.setToolTip(
            self._stop_tip(epoch, patience, self.restore_best.isChecked()).format(
                epoch=number(epoch, ","), patience=number(patience, ",")
            )
        )

    @staticmethod
    def _stop_tip(epoch: int, patience: int, restore: bool) -> str:
        """The Stop button's tooltip for the rules set, each a whole sentence to translate."""
        if epoch and patience and restore:
            return translate(
                "top_bar",
                "Training stops at epoch {epoch} or after {patience} epochs without a better "
                "test loss, back to the best test epoch. Click to change the stopping rules.",
                None,
                patience,
            )
        if epoch and patience:
            return translate(
                "top_bar",
                "Training stops at epoch {epoch} or after {patience} epochs without a better "
                "test loss. Click to change the stopping rules.",
                None,
                patience,
            )
        if patience and restore:
            return translate(
                "top_bar",
                "Training stops after {patience} epochs without a better test loss, back to "
                "the best test epoch. Click to change the stopping rules.",
                None,
                patience,
            )
        if patience:
            return translate(
                "top_bar",
                "Training stops after {patience} epochs without a better test loss. Click to "
                "change the stopping rules.",
                None,
                patience,
            )
        if epoch:
            return translate(
                "top_bar", "Training stops at epoch {epoch}. Click to change the stopping rules."
            )
        return translate(
            "top_bar", "Training never stops itself. Click to change the stopping rules."
        )

    def _on_activated(self, field: str, combo: QComboBox, index: int) -> None:
        value = combo.itemData(index)
        if value != MIXED:  # "Mixed" only says what the layers are; choosing it changes nothing
            self.changed.emit({field: value})

    def _spin(self, control: Control) -> QSpinBox:
        field = control.name
        spin = QSpinBox()
        spin.setObjectName(field)
        spin.setMaximumWidth(84)
        spin.setRange(0, control.count_max)
        spin.setSpecialValueText(shown(control.zero_text))
        spin.setAccelerated(True)
        spin.setToolTip(shown(control.tip))
        spin.setAccessibleName(shown(control.label))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self.changed.emit({field: int(value)}))
        return spin

    def _show_mixed(self, s: TrainingSettings) -> str:
        """The activation to show: "Mixed" (added for as long as it is true) when the hidden
        layers differ, as the network editor's per-layer menus can make them."""
        combo, mixed = self.activation, bool(s.layer_activations)
        index = combo.findData(MIXED)
        if mixed and index < 0:
            combo.addItem(translate("top_bar", "Mixed"), MIXED)
            combo.setToolTip(translate("top_bar", MIXED_TIP))
        elif not mixed and index >= 0:
            combo.removeItem(index)
            combo.setToolTip(shown(CONTROLS_BY_NAME["activation"].tip))
        return MIXED if mixed else s.activation

    # ---------------------------------------------------------------- updates
    def set_settings(self, s: TrainingSettings) -> None:
        """Show ``s`` in the controls without emitting ``changed``."""
        for field, widget in self.controls.items():
            value = getattr(s, field)
            if isinstance(widget, (QCheckBox, ScheduleButton)):
                if isinstance(widget, ScheduleButton):
                    widget.set_schedule(value)
                elif widget.isChecked() != value:
                    widget.blockSignals(True)
                    widget.setChecked(value)
                    widget.blockSignals(False)
                continue
            if isinstance(widget, QSpinBox):
                if widget.value() != value and not widget.hasFocus():
                    widget.blockSignals(True)
                    widget.setValue(value)
                    widget.blockSignals(False)
                continue
            if field == "activation":
                value = self._show_mixed(s)
            index = widget.findData(value)
            if index < 0:  # a value from a file that the list does not offer: show it anyway
                widget.addItem(value_text(value), value)
                index = widget.count() - 1
            if widget.currentIndex() != index:
                widget.blockSignals(True)
                widget.setCurrentIndex(index)
                widget.blockSignals(False)
        self.reg_rate.setEnabled(s.regularization != "none")
        self._show_stop_rules()

    def set_snapshot(self, snap: Snapshot) -> None:
        self.epoch_label.set_text(number(snap.epoch, "07,"))
        self.schedule.set_rate(snap.current_rate)
        if snap.running != self._shown_running:
            self._shown_running = snap.running
            self.play_button.setIcon(self._icons["pause" if snap.running else "play"])
            self.play_button.setToolTip(
                translate("top_bar", "Pause training (Space)")
                if snap.running
                else translate("top_bar", "Play: start training (Space)")
            )
        if snap.settings != self._shown_settings:
            self._shown_settings = snap.settings
            self.set_settings(snap.settings)
