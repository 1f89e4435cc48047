"""The walkthrough's keys and clicks, as event filters it installs while it is open.

``StepKeys`` watches the whole application (the arrows' usual shortcuts step epochs and
rewind, and the focus may be anywhere in the window), so it is installed only while the
walkthrough is open; the window hiding (closing) closes the walkthrough, which removes it.
``PointPicker`` sits on the output plot's viewport.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget


class StepKeys(QObject):
    """← → step, A applies, Esc closes, wherever the focus is in ``window`` (typing in a
    text field or spin box excepted); ``on_closed`` when the window closes."""

    KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Escape, Qt.Key.Key_A)

    def __init__(
        self, window: QWidget, on_key: Callable[[int], None], on_closed: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._window, self._on_key, self._on_closed = window, on_key, on_closed

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Hide and obj is self._window and not event.spontaneous():
            self._on_closed()  # not a minimized window: that one's hide is spontaneous
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        key = event.key()
        if key not in self.KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and (
            focus.window() is not self._window or isinstance(focus, (QLineEdit, QAbstractSpinBox))
        ):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a key press for us, not the window's shortcut
            return True
        self._on_key(key)
        return True


class PointPicker(QObject):
    """Clicks on the viewport it is installed on call ``on_click`` with their position
    (viewport coordinates); the viewport itself sees none of the clicks."""

    def __init__(self, on_click: Callable[[QPointF], object], parent: QObject) -> None:
        super().__init__(parent)
        self._on_click = on_click

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._on_click(event.position())
            return True
        return kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
