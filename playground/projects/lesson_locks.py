"""A lesson's hidden and locked controls.

A control is named as in a lesson file; its row in the table of playground.core.controls
says where it sits, and so what hiding or locking it takes: the top bar's captioned box,
the reset button and Training › Reset network (the weight seed), the data panel's
widgets, or editing in the network diagram. Any widget of the ``opt_in`` panels whose
``nnControl`` property names a control goes with it too, so that panels added later opt
in with one property (a comma-separated list names several).

A locked control explains itself: it is greyed out (the network's "+"/"−" buttons too),
its tooltip and a click on it say which lesson locked it and how to leave the lesson.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget

from engine.i18n import translate
from playground.core.controls import (
    CONTROLS_BY_NAME,
    DATA_EDIT,
    DATA_PANEL,
    NETWORK,
    RESET,
    TOP_BAR,
)

if TYPE_CHECKING:
    from playground.core.project import Lesson
    from playground.data.data_panel import DataPanel
    from playground.designer.network_view import NetworkView
    from playground.views.top_bar import TopBar

NOTE_NAMES = 4  # the locks the note names before it says "and N more"
LOCKED = "lockedByLesson"  # the property that marks a widget a lesson locked


def lock_message(title: str) -> str:
    """What a locked control says when touched: which lesson locked it, and the way out."""
    short = re.sub(r"^\s*\d+\.\s*", "", title).strip()
    if short:
        return translate(
            "lesson_locks", "Locked by lesson ‘{title}’. Lessons › Leave lesson to play freely."
        ).format(title=short)
    return translate(
        "lesson_locks", "Locked in this lesson. Lessons › Leave lesson to play freely."
    )


def lock_tooltip(message: str, own_tip: str = "") -> str:
    """The tooltip of a locked control: the lock first (as plain text), its own tip after."""
    text = f"<p><b>{html.escape(message)}</b></p>"
    return text + (f"<p>{own_tip}</p>" if own_tip else "")


def guards_its_points(lesson: Lesson | None) -> bool:
    """A lesson whose locks have a password and that fixes the data (the dataset or the
    points' editing locked or hidden): its own points are the lesson's, and New must not
    carry them off unlocked."""
    if lesson is None or lesson.lock_password is None:
        return False
    return bool({"dataset", DATA_EDIT} & {*lesson.hidden, *lesson.locked})


@dataclass(frozen=True)
class LockableParts:
    """What of the window a lesson can hide or lock, handed over by the main window."""

    top_bar: TopBar
    data_panel: DataPanel
    network_view: NetworkView
    reset_action: QAction  # Training › Reset network
    regenerate_action: QAction  # Training › Regenerate data
    opt_in: tuple[QWidget, ...]  # panels whose widgets may name a control in ``nnControl``
    status: Callable[[str, int], None]  # the status bar, where a touched lock explains itself


@dataclass
class Targets:
    widgets: list[QWidget] = field(default_factory=list)
    actions: list[QAction] = field(default_factory=list)
    network: bool = False  # editing in the network diagram


def _data_widgets(panel: DataPanel, name: str) -> list[QWidget]:
    return {
        # My points is a dataset too: a lesson that fixes the data fixes it.
        "dataset": [*panel.buttons.values(), *panel.own_buttons.values()],
        "noise": [panel.noise_slider, panel.noise_label],
        "train_ratio": [panel.ratio_slider, panel.ratio_label],
        "data_seed": [panel.regenerate_button],
        "classes": [panel.classes_spin, panel.classes_label],
        DATA_EDIT: [panel],
    }.get(name, [])


def control_targets(parts: LockableParts, name: str) -> Targets:
    """The widgets and actions that change control ``name``."""
    t = Targets()
    where = CONTROLS_BY_NAME[name].where
    if where == TOP_BAR:
        t.widgets.append(parts.top_bar.boxes[name])  # with its caption
    elif where == RESET:
        t.widgets.append(parts.top_bar.reset_button)
        t.actions.append(parts.reset_action)
    elif where == DATA_PANEL:
        t.widgets.extend(_data_widgets(parts.data_panel, name))
    elif where == NETWORK:
        t.network = True
    if name in ("data_seed", DATA_EDIT):
        t.actions.append(parts.regenerate_action)
    for panel in parts.opt_in:
        for widget in panel.findChildren(QWidget):
            names = str(widget.property("nnControl") or "").split(",")
            if name in names and widget not in t.widgets:
                t.widgets.append(widget)
    return t


class _LockNotice(QObject):
    """Watches locked widgets (and their children, which a disabled parent does not hear
    about) and the network diagram: a click or a tooltip there names the lesson."""

    def __init__(self, restrictions: Restrictions) -> None:
        super().__init__()
        self.r = restrictions

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.ToolTip):
            return False
        if obj is self.r.parts.network_view.view.viewport():
            pos = event.position().toPoint() if isinstance(event, QMouseEvent) else None
            if isinstance(event, QHelpEvent):
                pos = event.pos()
            if pos is None or not self.r.network_control_at(pos):
                return False
            own = ""
        else:
            widget = obj if isinstance(obj, QWidget) else None
            while widget is not None and not widget.property(LOCKED):
                widget = widget.parentWidget()
            if widget is None:
                return False
            own = obj.toolTip() if isinstance(obj, QWidget) else ""
        if kind == QEvent.Type.MouseButtonPress:
            self.r.explain()
            return True  # a locked control does nothing
        assert isinstance(event, QHelpEvent)
        QToolTip.showText(event.globalPos(), lock_tooltip(self.r.message, own), obj)
        return True


class Restrictions:
    """Hides and locks controls, remembering how to undo it."""

    def __init__(self, parts: LockableParts) -> None:
        self.parts = parts
        self.hidden: tuple[str, ...] = ()
        self.locked: tuple[str, ...] = ()
        self.message = ""  # what a touched lock says (lock_message)
        self._undo: list = []
        self._notice = _LockNotice(self)

    def apply(
        self,
        hidden: tuple[str, ...] | list[str],
        locked: tuple[str, ...] | list[str],
        title: str = "",
    ) -> None:
        """Hide ``hidden`` and lock ``locked`` for the lesson called ``title``."""
        self.clear()
        self.hidden, self.locked = tuple(hidden), tuple(locked)
        self.message = lock_message(title)
        network_locked = False
        for name, hide in [*((n, True) for n in self.hidden), *((n, False) for n in self.locked)]:
            t = control_targets(self.parts, name)
            for widget in t.widgets:
                if hide:
                    self._undo.append((widget.setVisible, not widget.isHidden()))
                    widget.setVisible(False)
                else:
                    # The widget's own state, not its parent's: a panel locked as a whole
                    # must not leave its buttons disabled when the lesson ends.
                    explicit = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                    self._undo.append((widget.setEnabled, explicit))
                    widget.setEnabled(False)
                    widget.setProperty(LOCKED, True)
                    self._undo.append((lambda _v, w=widget: w.setProperty(LOCKED, None), None))
                    self._watch(widget)
            for action in t.actions:
                self._undo.append((action.setEnabled, action.isEnabled()))
                self._undo.append((action.setStatusTip, action.statusTip()))
                action.setEnabled(False)
                action.setStatusTip(self.message)  # shown as the menu entry is hovered
            network_locked |= t.network
        if network_locked:
            self._lock_network(True)

    def _watch(self, widget: QWidget) -> None:
        for w in (widget, *widget.findChildren(QWidget)):
            w.installEventFilter(self._notice)
            self._undo.append((lambda _v, w=w: w.removeEventFilter(self._notice), None))

    def _lock_network(self, locked: bool) -> None:
        view = self.parts.network_view
        view.view.setInteractive(not locked)
        view.set_locked(lock_tooltip(self.message) if locked else "")
        viewport = view.view.viewport()
        if locked:
            viewport.installEventFilter(self._notice)
            self._undo.append((lambda _v: self._lock_network(False), None))
        else:
            viewport.removeEventFilter(self._notice)

    def network_control_at(self, pos: QPoint) -> bool:
        """A "+"/"−" button or an input is at viewport position ``pos`` of the diagram."""
        view = self.parts.network_view
        scene_pos = view.view.mapToScene(pos)
        return view.button_at(scene_pos) is not None or view.feature_at(scene_pos) is not None

    def explain(self) -> None:
        """Say in the status bar which lesson locked what was touched, and the way out."""
        self.parts.status(self.message, 8000)

    def clear(self) -> None:
        for setter, value in reversed(self._undo):
            setter(value)
        self._undo.clear()
        self.hidden, self.locked, self.message = (), (), ""

    def describe(self) -> str:
        """One short line for students: what is greyed out (hidden things need no mention)."""
        if not self.locked:
            return ""
        names = [CONTROLS_BY_NAME[n].note_name for n in self.locked]
        if len(names) > NOTE_NAMES:
            shown = ", ".join(names[: NOTE_NAMES - 1])
            more = len(names) - NOTE_NAMES + 1  # a plain name: lupdate skips an expression
            return translate(
                "lesson_locks",
                "Locked in this lesson: {controls} and %n more (greyed out).",
                None,
                more,
            ).format(controls=shown)
        return translate("lesson_locks", "Locked in this lesson: {controls}.").format(
            controls=", ".join(names)
        )
