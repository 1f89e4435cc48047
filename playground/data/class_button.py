"""The paint bar's class buttons: one per class, in its colour, with its number."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from engine.i18n import number, translate
from playground.core import colors


def _text_colour(rgb: tuple[int, int, int]) -> str:
    r, g, b = rgb
    return "#222" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#fff"


def class_button(k: int) -> QToolButton:
    """The checkable button that picks class ``k`` (0-based) to paint."""
    rgb = colors.class_color(k)
    button = QToolButton()
    button.setText(number(k + 1))
    button.setCheckable(True)
    button.setAutoRaise(False)
    button.setFixedSize(24, 24)
    button.setStyleSheet(
        f"QToolButton {{ background: rgb{rgb}; color: {_text_colour(rgb)};"
        " border: 2px solid transparent; border-radius: 4px; font-weight: bold; }"
        "QToolButton:checked { border: 2px solid #111; }"
        "QToolButton:focus { border: 2px dashed #0877bd; }"  # the keyboard's place
        "QToolButton:disabled { background: #ddd; color: #999; }"
    )
    button.setToolTip(
        translate(
            "class_button",
            "Paint class {number} ({colour}); key {key}. "
            "A third class makes the network multi-class, keeping what it learned.",
        ).format(number=number(k + 1), colour=colors.CLASS_NAMES[k], key=k + 1)
    )
    button.setAccessibleName(
        translate("class_button", "Class {number}, {colour}").format(
            number=number(k + 1), colour=colors.CLASS_NAMES[k]
        )
    )
    return button
