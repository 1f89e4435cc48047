"""A lesson's hidden and locked controls.

A control is named as in a lesson file; its row in the table of playground.core.controls
says where it sits, and so what hiding or locking it takes: the top bar's captioned box,
the reset button and Training › Reset network (the weight seed), the data panel's
widgets, or editing in the network diagram. Any widget of the ``opt_in`` panels whose
``nnControl`` property names a control goes with it too, so that panels added later opt
in with one property.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from playground.core.controls import (
    CONTROLS_BY_NAME,
    DATA_EDIT,
    DATA_PANEL,
    NETWORK,
    RESET,
    TOP_BAR,
)

if TYPE_CHECKING:
    from playground.data.data_panel import DataPanel
    from playground.designer.network_view import NetworkView
    from playground.views.top_bar import TopBar

NOTE_NAMES = 4  # the locks the note names before it says "and N more"


@dataclass(frozen=True)
class LockableParts:
    """What of the window a lesson can hide or lock, handed over by the main window."""

    top_bar: TopBar
    data_panel: DataPanel
    network_view: NetworkView
    reset_action: QAction  # Training › Reset network
    regenerate_action: QAction  # Training › Regenerate data
    opt_in: tuple[QWidget, ...]  # panels whose widgets may name a control in ``nnControl``


@dataclass
class Targets:
    widgets: list[QWidget] = field(default_factory=list)
    actions: list[QAction] = field(default_factory=list)
    network: bool = False  # editing in the network diagram


def _data_widgets(panel: DataPanel, name: str) -> list[QWidget]:
    return {
        "dataset": list(panel.buttons.values()),
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
            if widget.property("nnControl") == name and widget not in t.widgets:
                t.widgets.append(widget)
    return t


class Restrictions:
    """Hides and locks controls, remembering how to undo it."""

    def __init__(self, parts: LockableParts) -> None:
        self.parts = parts
        self.hidden: tuple[str, ...] = ()
        self.locked: tuple[str, ...] = ()
        self._undo: list = []

    def apply(
        self, hidden: tuple[str, ...] | list[str], locked: tuple[str, ...] | list[str]
    ) -> None:
        self.clear()
        self.hidden, self.locked = tuple(hidden), tuple(locked)
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
                    widget.setProperty("lockedByLesson", True)
                    self._undo.append(
                        (lambda _v, w=widget: w.setProperty("lockedByLesson", None), None)
                    )
            for action in t.actions:
                self._undo.append((action.setEnabled, action.isEnabled()))
                action.setEnabled(False)
            network_locked |= t.network
        if network_locked:
            self._lock_network(True)

    def _lock_network(self, locked: bool) -> None:
        self.parts.network_view.view.setInteractive(not locked)
        if locked:
            self._undo.append((lambda _v: self._lock_network(False), None))

    def clear(self) -> None:
        for setter, value in reversed(self._undo):
            setter(value)
        self._undo.clear()
        self.hidden, self.locked = (), ()

    def describe(self) -> str:
        """One short line for students: what is greyed out (hidden things need no mention)."""
        if not self.locked:
            return ""
        names = [CONTROLS_BY_NAME[n].note_name for n in self.locked]
        if len(names) > NOTE_NAMES:
            shown = ", ".join(names[: NOTE_NAMES - 1])
            return (
                f"Locked in this lesson: {shown} and {len(names) - NOTE_NAMES + 1} more "
                "(greyed out)."
            )
        return f"Locked in this lesson: {', '.join(names)}."
