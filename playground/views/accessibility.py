"""Names for screen readers: every control says what it is, and its tooltip what it does.

Most controls already carry words a screen reader can use: a button's text, a control's
caption, its tooltip. ``name_controls`` gives each control under a widget that has no
accessible name one from those words (and its tooltip as its description), so that a
new control is named without anyone remembering to; controls with no words at all (a
plot, an icon button without a tooltip) are named where they are made.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

# What a person can reach and work with the keyboard (the parts of these, such as a spin
# box's line edit or a list's scroll bars, are named by their owner).
CONTROLS = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QLineEdit,
    QAbstractItemView,
    QGraphicsView,
    QTextEdit,
    QPlainTextEdit,
)
_PARTS_OF = (QAbstractSpinBox, QComboBox, QAbstractItemView, QScrollBar)


def is_control(widget: QWidget) -> bool:
    """A control in its own right, not a part of another one."""
    if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
        return False
    parent = widget.parentWidget()
    for _ in range(3):  # a combo's list sits in a frame inside the combo's popup
        if parent is None:
            return True
        if isinstance(parent, _PARTS_OF):
            return False
        parent = parent.parentWidget()
    return True


def plain(text: str) -> str:
    """``text`` without rich-text tags, mnemonics' & and trailing dots."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip("…").strip()


def _first_sentence(text: str) -> str:
    text = plain(text)
    match = re.match(r"(.+?[.:;!?])(\s|$)", text)
    return (match.group(1) if match else text).rstrip(".:;")


def _words(widget: QWidget, buddies: dict[int, str]) -> str:
    text = ""
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        text = widget.defaultAction().text()
    if not text and isinstance(widget, QAbstractButton):
        text = widget.text()
    text = plain(text)
    if len(re.sub(r"\W", "", text)) < 2:  # "+", "−", "?", "1", an icon: say what it does
        tip = _first_sentence(widget.toolTip())
        text = f"{text} {tip}".strip() if tip and text.isdigit() else tip or text
    if not text:
        text = buddies.get(id(widget), "")
    if not text and isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    return plain(text)


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every control under ``root`` without an accessible name one from its words,
    and its tooltip as its description; returns the controls still without a name."""
    widgets = root.findChildren(QWidget)
    buddies = {
        id(label.buddy()): plain(label.text())
        for label in widgets
        if isinstance(label, QLabel) and label.buddy() is not None
    }
    nameless = []
    for widget in widgets:
        if not is_control(widget):
            continue
        if not widget.accessibleName():
            widget.setAccessibleName(_words(widget, buddies))
        if not widget.accessibleDescription() and widget.toolTip():
            widget.setAccessibleDescription(plain(widget.toolTip()))
        if not widget.accessibleName():
            nameless.append(widget)
    return nameless


ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
_HELD = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _ArrowsFirst(QObject):
    """Lets a button of an exclusive group have the arrow keys before the window's
    shortcuts (Left rewinds, Right steps): Tab stops at one button of such a group, and
    the arrows are the way to its others."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in ARROWS
            and not event.modifiers() & _HELD  # arrows alone (some keyboards add Keypad)
        ):
            event.accept()  # the key goes to the button, which moves the focus
        return False


def arrows_within_groups(root: QWidget, arrows: QObject) -> None:
    """Give the arrow keys to the buttons of every exclusive group under ``root``."""
    for button in root.findChildren(QAbstractButton):
        group = button.group()
        if group is not None and group.exclusive() and not button.property(_ARROWS_SET):
            button.installEventFilter(arrows)
            button.setProperty(_ARROWS_SET, True)


_ARROWS_SET = "nnArrowsFirst"


class NamesOnShow(QObject):
    """Names the controls of a panel or dialog, and gives its button groups the arrow
    keys, when watched and each time it is shown (panels build some controls as they
    open: Compare's lanes, a lesson's page)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.arrows = _ArrowsFirst(self)

    def watch(self, widget: QWidget, now: bool = True) -> None:
        """Prepare ``widget`` each time it shows, and at once unless ``now`` is False (a
        window not shown yet: its first show prepares it, once, before its first paint)."""
        widget.installEventFilter(self)
        if now:
            self.prepare(widget)

    def prepare(self, widget: QWidget) -> None:
        name_controls(widget)
        arrows_within_groups(widget, self.arrows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self.prepare(watched)
        return False
