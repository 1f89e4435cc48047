"""Painting data on the output view: a brush, an eraser, a class picker and a value slider.

The paint bar beside the output plot, the brush cursor and the hint on the plot, the
Edit menu's entries and the keys; the strokes themselves are
:mod:`playground.data.paint_strokes`. Switching to own points to paint on goes through the
data controller (an undo step).

Keys (while painting): 1-8 pick the class, B the brush, E the eraser, P paints or stops.
When the output view has the focus, 1-8 pick the class even while not painting.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGraphicsEllipseItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import datasets
from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core import colors
from playground.core.snapshot import Snapshot
from playground.data.class_button import class_button
from playground.data.data_controller import DataController
from playground.data.paint_strokes import StrokeRecorder
from playground.views.output_view import OutputView

DEFAULT_RADIUS = 0.8
DEFAULT_DENSITY = 8  # points sprayed per unit of drag
MAX_CLASSES = datasets.MAX_CLASSES
HINT = QT_TRANSLATE_NOOP("paint_tool", "Click: add a point\nDrag: spray points")
HINT_OFF = QT_TRANSLATE_NOOP(
    "paint_tool", "No points yet:\npress ✎ Paint (P)\nor import a CSV file"
)


class PaintTool(QObject):
    """The paint bar beside the output plot, and the mouse on the plot while painting."""

    painting_changed = Signal(bool)

    def __init__(
        self,
        view: OutputView,
        controller: DataController,
        edit_menu: QMenu,
        shortcut_host: QWidget,
    ) -> None:
        """``shortcut_host`` (the window) holds the keys, so that they work wherever the
        focus is; the menu entries go to ``edit_menu``, after a separator."""
        super().__init__(view)
        self.view = view
        self.controller = controller
        self._painting = False
        self.mode = "brush"
        self.current_class = 0
        self.value = 1.0
        self._task = "classification"
        self._awaiting: int | None = None  # data version before a switch to own points
        self._cursor_at: np.ndarray | None = None  # where the brush cursor was drawn
        self.strokes = StrokeRecorder(
            controller.client,
            controller.push,
            lambda: self.radius,
            lambda: self.density,
            self._targets,
            self,
        )

        self._build_bar()
        self._build_items()
        self._build_actions(shortcut_host)
        edit_menu.addSeparator()
        for action in self.menu_actions():
            edit_menu.addAction(action)
        viewport = view.plot_widget.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)
        view.plot_widget.installEventFilter(self)
        view.plot_widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.data_changed.connect(self._on_data)
        self._show_task("classification")
        self._update_bar()

    # ------------------------------------------------------------------ building
    def _build_bar(self) -> None:
        self.bar = QWidget()
        self.bar.setObjectName("paintBar")
        # A lesson can lock painting, which would also replace a dataset it fixes.
        self.bar.setProperty("nnControl", "data_edit,dataset")
        # In its place first, its parts then added: a widget given a parent takes the style
        # sheet over its whole subtree again.
        layout = QVBoxLayout(self.bar)
        self.view.add_side_panel(self.bar)

        self.paint_button = QToolButton()
        self.paint_button.setText(translate("paint_tool", "✎ Paint"))
        self.paint_button.setCheckable(True)
        self.paint_button.setToolTip(
            translate(
                "paint_tool",
                "Paint your own data on the output (key P): click to add a point, drag to "
                "spray. Starting from generated data paints on a copy of its points.",
            )
        )
        self.paint_button.toggled.connect(self.set_painting)
        self.paint_button.setStyleSheet(
            "QToolButton { padding: 2px 8px; }"
            "QToolButton:checked { background: #1f6fb2; color: white; border: 1px solid #174f80;"
            " border-radius: 3px; font-weight: bold; }"
        )

        self.class_buttons: list[QToolButton] = []
        self._class_group = QButtonGroup(self)
        self._class_group.setExclusive(True)
        self.class_box = QWidget()
        classes = QGridLayout(self.class_box)
        classes.setContentsMargins(0, 0, 0, 0)
        classes.setSpacing(3)
        for k in range(MAX_CLASSES):
            button = class_button(k)
            button.clicked.connect(lambda _checked=False, c=k: self.set_class(c))
            self._class_group.addButton(button)
            classes.addWidget(button, k // 4, k % 4)
            self.class_buttons.append(button)
        self.class_buttons[0].setChecked(True)

        self.value_box = QWidget()
        values = QVBoxLayout(self.value_box)
        values.setContentsMargins(0, 0, 0, 0)
        values.setSpacing(0)
        self.value_label = QLabel()
        self.value_slider = QSlider(Qt.Orientation.Horizontal)
        self.value_slider.setRange(-100, 100)
        self.value_slider.setSingleStep(5)
        self.value_slider.setPageStep(25)
        self.value_slider.setValue(100)
        tip = translate(
            "paint_tool", "The value painted points carry, from −1 (orange) to +1 (blue)."
        )
        self.value_slider.setToolTip(tip)
        self.value_label.setToolTip(tip)
        self.value_slider.valueChanged.connect(lambda v: self.set_value(v / 100.0))
        values.addWidget(self.value_label)
        values.addWidget(self.value_slider)

        self.brush_button = QToolButton()
        self.brush_button.setText(translate("paint_tool", "Brush"))
        self.brush_button.setCheckable(True)
        self.brush_button.setChecked(True)
        self.brush_button.setToolTip(
            translate("paint_tool", "Add points (key B): click for one, drag to spray.")
        )
        self.eraser_button = QToolButton()
        self.eraser_button.setText(translate("paint_tool", "Eraser"))
        self.eraser_button.setCheckable(True)
        self.eraser_button.setToolTip(
            translate("paint_tool", "Remove the points under the circle as you drag (key E).")
        )
        modes = QButtonGroup(self)
        modes.addButton(self.brush_button)
        modes.addButton(self.eraser_button)
        self.brush_button.clicked.connect(lambda: self.set_mode("brush"))
        self.eraser_button.clicked.connect(lambda: self.set_mode("eraser"))

        self.radius_slider = QSlider(Qt.Orientation.Horizontal)
        self.radius_slider.setRange(2, 30)  # tenths of a unit
        self.radius_slider.setValue(round(DEFAULT_RADIUS * 10))
        self.radius_slider.setToolTip(
            translate(
                "paint_tool", "The brush and eraser radius, from 0.2 to 3 (the view is 12 wide)."
            )
        )
        self.radius_label = QLabel(translate("paint_tool", "Size"))
        self.radius_label.setToolTip(self.radius_slider.toolTip())
        self.radius_slider.valueChanged.connect(lambda _v: self._update_cursor_size())
        self.density_slider = QSlider(Qt.Orientation.Horizontal)
        self.density_slider.setRange(1, 30)
        self.density_slider.setValue(DEFAULT_DENSITY)
        self.density_slider.setToolTip(
            translate(
                "paint_tool",
                "How many points a drag sprays per unit it travels (a click always adds one).",
            )
        )
        self.density_label = QLabel(translate("paint_tool", "Density"))
        self.density_label.setToolTip(self.density_slider.toolTip())

        self.clear_button = QToolButton()
        self.clear_button.setText(translate("paint_tool", "Clear"))
        self.clear_button.setToolTip(
            translate("paint_tool", "Remove all your points (Ctrl+Z brings them back).")
        )
        self.clear_button.clicked.connect(self.controller.clear)

        # One column beside the square plot, where the plot leaves room anyway.
        self.tools_row = QWidget()
        tools = QVBoxLayout(self.tools_row)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(2)
        modes_row = QHBoxLayout()
        modes_row.setSpacing(3)
        modes_row.addWidget(self.brush_button, 1)
        modes_row.addWidget(self.eraser_button, 1)
        tools.addLayout(modes_row)
        tools.addSpacing(4)
        tools.addWidget(self.radius_label)
        tools.addWidget(self.radius_slider)
        tools.addWidget(self.density_label)
        tools.addWidget(self.density_slider)
        tools.addSpacing(4)
        tools.addWidget(self.clear_button)
        for button in (self.paint_button, self.brush_button, self.eraser_button, self.clear_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        layout.setContentsMargins(4, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.paint_button)
        layout.addWidget(self.class_box)
        layout.addWidget(self.value_box)
        layout.addWidget(self.tools_row)
        self.set_value(self.value)
        self._fit_bar()
        self.bar.installEventFilter(self)  # projector mode's type: the width measured again

    def _fit_bar(self) -> None:
        """One width whatever the value label says, wide enough for every button's text."""
        label_width = self.value_label.fontMetrics().horizontalAdvance(
            "■■ " + translate("paint_tool", "Value {value}").format(value=number(0, "+.2f"))
        )
        # Brush and Eraser side by side, each with its icon, text and frame.
        modes = 3 + sum(b.sizeHint().width() for b in (self.brush_button, self.eraser_button))
        self.bar.setFixedWidth(max(self.class_box.sizeHint().width(), label_width, modes) + 6)

    def _build_items(self) -> None:
        self.cursor_item = QGraphicsEllipseItem()
        pen = QPen(QColor(40, 40, 40, 200))
        pen.setCosmetic(True)
        pen.setWidthF(1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.cursor_item.setPen(pen)
        self.cursor_item.setZValue(30)
        self.cursor_item.hide()
        self.view.view_box.addItem(self.cursor_item, ignoreBounds=True)
        self.hint_item = pg.TextItem(
            translate("paint_tool", HINT),
            color=(40, 40, 40),
            anchor=(0.5, 0.5),
            fill=pg.mkBrush(255, 255, 255, 225),
            border=pg.mkPen(170, 170, 170),
        )
        self.hint_item.setPos(0, 0)
        self.hint_item.setZValue(25)
        self.hint_item.hide()
        self.view.view_box.addItem(self.hint_item, ignoreBounds=True)

    def _build_actions(self, host: QWidget) -> None:
        def action(text: str, key: str | None, slot, checkable: bool = False) -> QAction:
            a = QAction(text, host)
            a.setCheckable(checkable)
            if key:
                a.setShortcut(QKeySequence(key))
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            host.addAction(a)
            return a

        self.paint_action = action(
            translate("paint_tool", "&Paint Data"),
            "P",
            lambda on: self.set_painting(bool(on)),
            True,
        )
        self.brush_action = action(
            translate("paint_tool", "&Brush"), "B", lambda: self.set_mode("brush")
        )
        self.eraser_action = action(
            translate("paint_tool", "&Eraser"), "E", lambda: self.set_mode("eraser")
        )
        self.clear_action = action(
            translate("paint_tool", "&Clear My Points"), None, self.controller.clear
        )
        self.class_actions = [
            action(
                translate("paint_tool", "Paint class {number}").format(number=number(k + 1)),
                str(k + 1),
                lambda _c=False, c=k: self.set_class(c),
            )
            for k in range(MAX_CLASSES)
        ]

    def menu_actions(self) -> list[QAction]:
        return [self.paint_action, self.brush_action, self.eraser_action, self.clear_action]

    # ------------------------------------------------------------------ public
    @property
    def painting(self) -> bool:
        return self._painting

    @property
    def radius(self) -> float:
        return self.radius_slider.value() / 10.0

    @property
    def density(self) -> float:
        return float(self.density_slider.value())

    def enabled(self) -> bool:
        """False while a lesson locks or hides painting."""
        return self.bar.isEnabled() and not self.bar.isHidden()

    def set_painting(self, on: bool) -> None:
        """Turn paint mode on or off; on switches to own points (an undo step)."""
        on = bool(on)
        if on and not self._painting:
            snap = self.controller.snapshot
            if not self.enabled() or not self.controller.start_painting():
                on = False
            elif snap is not None and snap.settings.data_source != "painted":
                self._awaiting = snap.data.version
        if on != self._painting:
            self._painting = on
            if not on:
                self.strokes.end()
            self.painting_changed.emit(on)
        self._update_bar()

    def set_class(self, k: int) -> None:
        if not 0 <= k < MAX_CLASSES:
            return
        self.current_class = int(k)
        self.class_buttons[k].setChecked(True)
        if not self._painting:
            self.controller.status(
                translate(
                    "paint_tool",
                    "Class {number} ({colour}) chosen: press P or ✎ Paint to paint it.",
                ).format(number=number(k + 1), colour=colors.class_name(k))
            )

    def set_value(self, value: float) -> None:
        self.value = float(np.clip(value, -1.0, 1.0))
        was = self.value_slider.blockSignals(True)
        self.value_slider.setValue(round(self.value * 100))
        self.value_slider.blockSignals(was)
        lut = colors.diverging_lut()
        r, g, b = (int(c) for c in lut[int(round((self.value + 1) / 2 * 255))])
        self.value_label.setText(
            f"<span style='color:rgb({r},{g},{b}); font-size:16px'>■</span> "
            + translate("paint_tool", "Value {value}").format(value=number(self.value, "+.2f"))
        )

    def set_mode(self, mode: str) -> None:
        if mode not in ("brush", "eraser"):
            raise ValueError(f"mode must be brush or eraser; got {mode!r}")
        self.strokes.end()
        self.mode = mode
        (self.brush_button if mode == "brush" else self.eraser_button).setChecked(True)
        self._update_bar()

    def viewport_pos(self, x1: float, x2: float) -> QPoint:
        """Where data point (x1, x2) is on the plot's viewport, for mouse events."""
        vb = self.view.view_box
        scene = vb.mapViewToScene(QPointF(x1, x2))
        return self.view.plot_widget.mapFromScene(scene)

    def data_pos(self, pos: QPointF | QPoint) -> np.ndarray:
        """The data coordinates of viewport position ``pos``."""
        point = QPointF(pos)
        scene = self.view.plot_widget.mapToScene(point.toPoint())
        p = self.view.view_box.mapSceneToView(scene)
        return np.array([p.x(), p.y()])

    # ------------------------------------------------------------------ events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if obj is self.bar:
            if kind == QEvent.Type.FontChange:
                QTimer.singleShot(0, self.bar, self._fit_bar)  # once every child has its new type
            return False
        if obj is self.view.plot_widget:
            if kind == QEvent.Type.KeyPress and not self._painting:
                key = event.key()
                if Qt.Key.Key_1 <= key <= Qt.Key.Key_8 and not event.modifiers():
                    self.set_class(key - Qt.Key.Key_1)
                    return True
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if event.button() == Qt.MouseButton.LeftButton and self._painting and self.enabled():
                self.strokes.begin(self.data_pos(event.position()), erase=self.mode == "eraser")
                return True
            return self._painting
        if kind == QEvent.Type.MouseMove:
            if not self._painting:
                return False
            pos = self.data_pos(event.position())
            self._hover(pos)
            self.strokes.move(pos)
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            if self.strokes.active and event.button() == Qt.MouseButton.LeftButton:
                self.strokes.release(self.data_pos(event.position()))
                return True
            return self._painting
        if kind == QEvent.Type.Leave:
            self.cursor_item.hide()
        return False

    # ----------------------------------------------------------------- strokes
    def _targets(self, n: int) -> np.ndarray:
        """The class labels (or values, for regression) of ``n`` new points."""
        if self._task == "regression":
            return np.full(n, self.value)
        return np.full(n, self.current_class, dtype=np.int64)

    # ----------------------------------------------------------------- display
    def _hover(self, pos: np.ndarray) -> None:
        self._cursor_at = pos
        r = self.radius
        self.cursor_item.setRect(QRectF(pos[0] - r, pos[1] - r, 2 * r, 2 * r))
        self.cursor_item.setVisible(self._painting)

    def _update_cursor_size(self) -> None:
        if self._cursor_at is not None:
            self._hover(self._cursor_at)

    def _show_task(self, task: str) -> None:
        self._task = task
        regression = task == "regression"
        self.class_box.setVisible(not regression)
        self.value_box.setVisible(regression)
        if regression:
            self.set_value(self.value)

    def _update_bar(self) -> None:
        painting = self._painting
        was = self.paint_button.blockSignals(True)
        self.paint_button.setChecked(painting)
        self.paint_button.blockSignals(was)
        was = self.paint_action.blockSignals(True)
        self.paint_action.setChecked(painting)
        self.paint_action.blockSignals(was)
        self.tools_row.setVisible(painting)
        self.density_slider.setEnabled(self.mode == "brush")
        self.density_label.setEnabled(self.mode == "brush")
        for a in (self.brush_action, self.eraser_action, *self.class_actions):
            a.setEnabled(painting)
        self.clear_action.setEnabled(painting)
        self.cursor_item.setVisible(painting and self.cursor_item.isVisible())
        if not painting:
            self.cursor_item.hide()
        self.view.plot_widget.viewport().setCursor(
            Qt.CursorShape.CrossCursor if painting else Qt.CursorShape.ArrowCursor
        )
        self._update_hint()

    def _update_hint(self) -> None:
        snap = self.controller.snapshot
        empty = (
            snap is not None
            and snap.settings.data_source == "painted"
            and not (len(snap.data.X_train) or len(snap.data.X_test))
        )
        text = translate("paint_tool", HINT if self._painting else HINT_OFF)
        if self.hint_item.textItem.toPlainText() != text:
            self.hint_item.setText(text)
        self.hint_item.setVisible(empty)

    def _on_data(self, snap: Snapshot) -> None:
        if snap.data.task != self._task:
            self._show_task(snap.data.task)
        if snap.settings.data_source == "painted":
            self._awaiting = None
        elif self._painting and (self._awaiting is None or snap.data.version > self._awaiting):
            # The data went back to a generator (a dataset tile, undo): painting stops.
            self._awaiting = None
            self.set_painting(False)
        self._update_hint()
