"""The network designer: edit the network on its canvas with the mouse, with undo.

Built by the main window with what it uses (the network and output views, the worker
client, the undo stack, the newest snapshot, the status bar), it listens to the network
view's viewport and puts the palette above it. Through the view's public lookups
(neuron_at, link_at, bias_at, column_rects, ...) it turns mouse and keys into undoable
edits (network_edits, edit_commands), all live: they reach the worker between two
training steps and keep everything they do not touch.

* Palette: drag "Hidden layer" between two layers to insert one, "Neuron" onto a layer
  to add one (drag_drop). A drop beyond the limits is refused with a status-bar message.
* Click a neuron to select it, Delete removes it; or drag it off the network. Removing
  the last neuron of a layer removes the layer. Click an input to switch it; click a link
  to disable or enable it; right-click a layer for its activation (layer_menu).
* Hover a neuron: its map fills the output view (neuron_focus) and its tooltip shows
  a = f(Σ wᵢ·xᵢ + b) with the current numbers (hover_tips). Hover a link: its weight and
  last gradient. Double-click a link or a bias to type a number in place (number_editor).

The selection, the drop marks and the link under the mouse are drawn by editor_overlay.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from engine.i18n import translate
from playground.compute.client import WorkerClient
from playground.core.refs import LinkRef, NeuronRef
from playground.core.snapshot import Snapshot
from playground.designer.drag_drop import PaletteDrops
from playground.designer.edit_commands import (
    Commands,
    Runner,
    node_name,
    snapshot_shape,
)
from playground.designer.editor_overlay import Ghost, Marks, Overlay
from playground.designer.hover_tips import tooltip_text
from playground.designer.layer_menu import hidden_layer_at, layer_menu
from playground.designer.network_edits import NetworkEdits
from playground.designer.network_view import NetworkView
from playground.designer.neuron_focus import NeuronFocus
from playground.designer.number_editor import NumberEditing
from playground.designer.palette import Palette
from playground.designer.targets import BIAS, FEATURE, LINK, NEURON, Target, target_at
from playground.views.output_view import OutputView

TIP_REFRESH_S = 0.25  # a visible tooltip follows the training numbers this often


@dataclass
class _Press:
    """A left press on the viewport, until its release."""

    target: Target | None
    at: QPoint


class NetworkEditor(QObject):
    """Mouse, keys and the palette on the network view, turned into undoable edits.

    ``window`` is the parent of the part dragged from the palette (it crosses panels).
    """

    def __init__(
        self,
        network_view: NetworkView,
        output_view: OutputView,
        client: WorkerClient,
        stack: QUndoStack,
        latest: Callable[[], Snapshot | None],
        status: Callable[[str, int], None],
        window: QWidget,
        status_text: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(window)
        self.network_view = nv = network_view
        self._latest = latest
        self._status = status
        self._status_text = status_text  # what the status bar shows now
        self._selection_note = ""  # the status bar's "Selected …" while it stands there
        self.runner = Runner(client)
        self.edits = NetworkEdits(Commands(self.runner), stack, latest, status, self.editable)
        self.view = nv.view
        self.viewport = nv.view.viewport()

        self.hover: Target | None = None
        self.selected: NeuronRef | None = None  # a hidden neuron
        self.dragged: NeuronRef | None = None  # a hidden neuron being dragged off
        self.menu: QMenu | None = None
        self._press: _Press | None = None
        self._after_double = False
        self._shape: tuple | None = None
        self._tip_at = 0.0
        self._tip_pos = QPoint()

        self.palette = Palette()
        nv.add_strip(self.palette)
        self.overlay = Overlay(self.view, self._marks)
        self.ghost = Ghost(window)
        self.focus = NeuronFocus(client, output_view)
        self.numbers = NumberEditing(nv, self.edits, latest, status, self.editable)
        self.drops = PaletteDrops(
            self.palette,
            nv,
            self.edits,
            self.ghost,
            latest,
            status,
            self.editable,
            started=self._clear_hover,
            changed=self._refresh_overlay,
        )
        self._link_timer = QTimer(self)
        self._link_timer.setSingleShot(True)
        self._link_timer.timeout.connect(self._toggle_pending_link)
        self._pending_link: LinkRef | None = None

        self.viewport.setMouseTracking(True)
        self.viewport.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.palette.link_mode_changed.connect(self._set_link_mode)
        nv.feature_toggled.connect(self.edits.set_feature)
        nv.layer_added.connect(self.edits.add_layer)
        nv.layer_removed.connect(lambda: self.edits.remove_layer())
        nv.neuron_added.connect(self.edits.add_neuron)
        nv.neuron_removed.connect(lambda hidden: self.remove_neuron(hidden))

    # -------------------------------------------------------------- helpers
    def status(self, text: str, ms: int = 6000) -> None:
        self._status(text, ms)

    def editable(self) -> bool:
        """False while a lesson locks editing the network (the view is not interactive)."""
        return self.view.isInteractive() and self.network_view.isEnabled()

    def scene_pos(self, viewport_pos: QPoint) -> QPointF:
        return self.view.mapToScene(viewport_pos)

    def target_at(self, pos: QPointF) -> Target | None:
        """What lies under scene position ``pos``."""
        return target_at(self.network_view, pos)

    def _is_hidden(self, neuron: NeuronRef) -> bool:
        snap = self._latest()
        return snap is not None and neuron.is_hidden(len(snap.layer_sizes))

    def remove_neuron(self, hidden: int, unit: int | None = None) -> bool:
        """Remove a neuron of hidden layer ``hidden`` (see NetworkEdits.remove_neuron)."""
        if self.edits.remove_neuron(hidden, unit):
            self._forget_selection()
            self._refresh_overlay()
            return True
        return False

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
        press = self._press
        if press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            target = press.target
            if (
                self.dragged is None
                and target is not None
                and target.kind == NEURON
                and self._is_hidden(target.ref)
                and self.editable()
                and (pos - press.at).manhattanLength() >= QApplication.startDragDistance()
            ):
                self.dragged = target.ref
                self._clear_hover()
            if self.dragged is not None:
                self._neuron_drag_moved(pos)
            return True
        self._hover_at(pos)
        return False

    def _neuron_drag_moved(self, pos: QPoint) -> None:
        off = not self.viewport.rect().contains(pos)
        snap = self._latest()
        name = (
            node_name(snap, self.dragged)
            if snap is not None
            else translate("network_editor", "neuron")
        )
        text = (
            translate("network_editor", "Release to remove {neuron}").format(neuron=name)
            if off
            else translate(
                "network_editor", "{neuron}: drag it off the network to remove it"
            ).format(neuron=name[0].upper() + name[1:])
        )
        self.ghost.show_at(self.viewport.mapToGlobal(pos), text, off)
        self._refresh_overlay()

    def _mouse_press(self, event) -> bool:
        self._after_double = False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        target = self.target_at(self.scene_pos(pos))
        if self.network_view.button_at(self.scene_pos(pos)) is not None:
            return False  # the +/- buttons are the view's own
        if target is not None and target.kind == FEATURE:
            return False  # the view's feature nodes switch themselves
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = _Press(target, pos)
        return True

    def _mouse_release(self, event) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        target = self._press.target
        self._press = None
        pos = event.position().toPoint()
        if self.dragged is not None:
            neuron, self.dragged = self.dragged, None
            self.ghost.hide()
            self._refresh_overlay()
            if not self.viewport.rect().contains(pos):
                self.remove_neuron(neuron.hidden, neuron.unit)
            else:
                self.status(
                    translate(
                        "network_editor",
                        "Drag the neuron off the network to remove it (or select it and press "
                        "Delete).",
                    )
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
        elif target.kind in (NEURON, BIAS):
            self.select(target.ref if self._is_hidden(target.ref) else None)
        elif target.kind == LINK and self.editable():
            # Toggled once a double-click (which edits the weight instead) is ruled out.
            self._pending_link = target.ref
            self._link_timer.start(QApplication.doubleClickInterval())

    def _toggle_pending_link(self) -> None:
        link, self._pending_link = self._pending_link, None
        if link is not None:
            self.edits.toggle_link(link)

    def _double_click(self, event) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.position().toPoint()
        target = self.target_at(self.scene_pos(pos))
        if target is not None and target.kind == FEATURE:
            return False
        self._link_timer.stop()
        self._pending_link = None
        self._after_double = True
        self._press = None
        if target is None:
            return True
        if target.kind == LINK:
            self.numbers.edit_weight(target.ref)
        elif target.kind in (BIAS, NEURON):
            self.numbers.edit_bias(target.ref)
        return True

    def select(self, neuron: NeuronRef | None) -> None:
        if neuron != self.selected:
            self._forget_selection()
            self.selected = neuron
            snap = self._latest()
            if neuron is not None and snap is not None:
                self._selection_note = translate(
                    "network_editor",
                    "Selected {neuron}: Delete removes it; drag it off the network to remove it "
                    "too.",
                ).format(neuron=node_name(snap, neuron))
                self.status(self._selection_note, 4000)
            self._refresh_overlay()

    def _forget_selection(self) -> None:
        """No neuron is selected; the status bar's note about it goes too (not another's)."""
        self.selected = None
        if self._selection_note and self._status_text() == self._selection_note:
            self.status("", 0)
        self._selection_note = ""

    def _key(self, event) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.remove_neuron(self.selected.hidden, self.selected.unit)
            return True
        if event.key() == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
            return True
        return False

    # -------------------------------------------------------------- hover
    def _hover_at(self, pos: QPoint) -> None:
        target = self.target_at(self.scene_pos(pos)) if self.drops.drag is None else None
        self._tip_pos = self.viewport.mapToGlobal(pos)
        if target == self.hover:
            return
        was_link = self.hover is not None and self.hover.kind == LINK
        self.hover = target
        if target is not None and target.kind == LINK:
            self.viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        elif target is not None and target.kind == NEURON and self._is_hidden(target.ref):
            self.viewport.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport.unsetCursor()
        neuron = None
        if target is not None and target.kind in (NEURON, BIAS):
            neuron = target.ref
        elif target is not None and target.kind == FEATURE:
            neuron = self.network_view.neuron_at(self.scene_pos(pos))
        self.focus.set(neuron, self._latest())
        if was_link or (target is not None and target.kind == LINK):
            self._refresh_overlay()
        if QToolTip.isVisible():
            text = tooltip_text(self._latest(), target)
            if text:
                QToolTip.showText(self._tip_pos, text, self.viewport)
            else:
                QToolTip.hideText()

    def _clear_hover(self) -> None:
        if self.hover is not None:
            self.hover = None
            self.viewport.unsetCursor()
            self._refresh_overlay()
        self.focus.set(None, self._latest())

    def _tooltip(self, event) -> bool:
        if self.drops.drag is not None or self.dragged is not None:
            return True
        target = self.target_at(self.scene_pos(event.pos()))
        text = tooltip_text(self._latest(), target)
        if not text:
            return False  # the view's own (buttons, inputs, captions)
        self._tip_pos = event.globalPos()
        self._tip_at = time.monotonic()
        QToolTip.showText(event.globalPos(), text, self.viewport)
        return True

    # ------------------------------------------------------- context menu
    def _context_menu(self, event) -> bool:
        pos = self.scene_pos(event.pos())
        hidden = hidden_layer_at(self.network_view.column_rects(), pos)
        snap = self._latest()
        if hidden is None or snap is None or not self.editable():
            return hidden is not None
        self.menu = menu = layer_menu(self.view, snap, hidden, self.edits)
        menu.destroyed.connect(lambda: self._menu_closed(menu))
        menu.popup(event.globalPos())
        return True

    def _menu_closed(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None

    # ------------------------------------------------------------ overlay
    def _marks(self) -> Marks:
        """What the overlay draws now."""
        marks = Marks()
        if self.hover is not None and self.hover.kind == LINK and self.drops.drag is None:
            marks.link = self.network_view.link_ends(self.hover.ref)
        if self.selected is not None:
            marks.selected = self.network_view.neuron_rect(self.selected)
        if self.dragged is not None:
            marks.dragged = self.network_view.neuron_rect(self.dragged)
        drop = self.drops.drop
        if drop is not None:
            marks.drop_ok = drop.ok
            marks.drop_rect = drop.rect
            if drop.line_x is not None:
                columns = self.network_view.column_rects()
                top = min(r.top() for r in columns) - 10
                bottom = max(r.bottom() for r in columns) + 10
                marks.drop_line = (QPointF(drop.line_x, top), QPointF(drop.line_x, bottom))
        return marks

    def _refresh_overlay(self) -> None:
        busy = (
            self.selected is not None
            or self.dragged is not None
            or self.drops.drop is not None
            or (self.hover is not None and self.hover.kind == LINK)
        )
        self.overlay.setVisible(busy)
        if busy:
            self.overlay.update()

    # --------------------------------------------------------------- frames
    def _set_link_mode(self, mode: str) -> None:
        self.network_view.link_mode = mode

    def on_snapshot(self, snap: Snapshot) -> None:
        """Every frame: follow the topology, the lesson lock, the hover and its tooltip."""
        shape = snapshot_shape(snap)
        if shape != self._shape:
            if self._shape is not None:
                self._topology_changed()
            self._shape = shape
        editable = self.editable()
        if self.palette.isEnabled() != editable:
            self.palette.setEnabled(editable)
        self.focus.show(snap)
        if self.hover is not None and QToolTip.isVisible():
            now = time.monotonic()
            if now - self._tip_at >= TIP_REFRESH_S:
                self._tip_at = now
                text = tooltip_text(snap, self.hover)
                if text and text != QToolTip.text():
                    QToolTip.showText(self._tip_pos, text, self.viewport)

    def _topology_changed(self) -> None:
        self._forget_selection()  # its place may now be another neuron's
        self.numbers.close()  # what it edits may have moved
        self.hover = None
        self._refresh_overlay()
