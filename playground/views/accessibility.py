"""Names for screen readers: every control says what it is, and its tooltip what it does.

Most controls already carry words a screen reader can use: a button's text, a control's
caption, its tooltip. ``name_controls`` gives each control under a widget that has no
accessible name one from those words (and its tooltip as its description), so that a
new control is named without anyone remembering to; controls with no words at all (a
plot, an icon button without a tooltip) are named where they are made.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
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


class NamesOnShow(QObject):
    """Names the controls of a panel or dialog each time it is shown (panels build some
    controls as they open: Compare's lanes, a lesson's page)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            name_controls(watched)
        return False
