"""Training › Backprop, step by step (W): the walkthrough's action from the window's start,
the walkthrough itself when first opened.

The walkthrough (playground.backprop.walkthrough) is a panel, an overlay on the network, a
marker on the output plot and a dozen modules that trace a point through the network;
none of it is needed for the first frame (about 11 ms of the start), so this door holds
its action (the Training menu's entry, the W key, the button beside play) and builds it,
with the arguments it was given, when the action is first used or the walkthrough is asked
for (:attr:`walkthrough`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from engine.i18n import translate
from playground.core.snapshot import Snapshot
from playground.views.menus import add_to_menu

if TYPE_CHECKING:
    from playground.backprop.walkthrough import Walkthrough


class WalkthroughDoor:
    """The walkthrough's action, and the walkthrough built at its first use; ``on_built``
    is given its panel then (the window names the panel's controls for screen readers)."""

    def __init__(
        self,
        parent: QWidget,
        training_menu: QMenu,
        on_built: Callable[[QWidget], None] = lambda _panel: None,
        **walkthrough: Any,
    ) -> None:
        """``walkthrough`` holds :class:`~playground.backprop.walkthrough.Walkthrough`'s
        keyword arguments (but its action, which is made here)."""
        self._parent = parent
        self._arguments = walkthrough
        self._on_built = on_built
        self._walkthrough: Walkthrough | None = None
        # The control after which the panel's come in the Tab order: the last one built so
        # far, as when the walkthrough was built with the window.
        self._tab_after = parent.previousInFocusChain()
        while not self._tab_after.focusPolicy() & Qt.FocusPolicy.TabFocus:
            self._tab_after = self._tab_after.previousInFocusChain()
        self.action = QAction(translate("walkthrough", "&Backprop, step by step…"), parent)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("W"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            translate(
                "walkthrough",
                "Walk through backpropagation on one data point, with this network's numbers (W)",
            )
        )
        self.action.triggered.connect(self._first_use)
        parent.addAction(self.action)
        add_to_menu(training_menu, self.action)

    @property
    def walkthrough(self) -> Walkthrough:
        if self._walkthrough is None:
            from playground.backprop.walkthrough import Walkthrough

            self.action.triggered.disconnect(self._first_use)  # the walkthrough takes it
            self._walkthrough = Walkthrough(self._parent, action=self.action, **self._arguments)
            self._keep_tab_order(self._walkthrough.panel)
            self._on_built(self._walkthrough.panel)
        return self._walkthrough

    def _keep_tab_order(self, panel: QWidget) -> None:
        """Move the panel's controls, last in the Tab order as it is built now, back to
        where they were when it was built with the window."""
        controls, widget = [], panel.nextInFocusChain()
        while panel.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # Qt orders only those
                controls.append(widget)
            widget = widget.nextInFocusChain()
        previous = self._tab_after
        for widget in controls:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def button(self, text: str, name: str) -> QToolButton:
        """A button for the action showing ``text``, named ``name`` for screen readers:
        the button, the Training menu and W stay one switch."""
        self.action.setIconText(text)
        button = QToolButton()
        button.setObjectName("stepByStep")
        button.setAccessibleName(name)
        button.setDefaultAction(self.action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _first_use(self, on: bool) -> None:
        self.walkthrough.set_open(on)

    def on_snapshot(self, snap: Snapshot) -> None:
        """The window's frame hook: only an open walkthrough follows the frames."""
        if self._walkthrough is not None:
            self._walkthrough.on_snapshot(snap)
