"""The network scene's neutral chrome: ink and frame colours, fonts, stacking order.

The meaningful colours (weights, classes, heatmaps) all come from playground.core.colors.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from engine.i18n import translate
from playground.core.settings import SETTINGS_INFO

INK = QColor(40, 40, 40)
MUTED = QColor(130, 130, 130)
FRAME = QColor(120, 120, 120)
BUTTON_FILL = QColor(236, 238, 240)
BUTTON_HOVER = QColor(214, 220, 228)
DISABLED_LINK = QColor(165, 165, 165)
PLAIN_LINK = QColor(150, 150, 150)

# Stacking order of the scene's items, bottom to top.
Z_LINKS, Z_IMAGES, Z_FRAMES, Z_MARKS, Z_CONTROLS = 0, 1, 2, 3, 4

HIDDEN_RESETS = SETTINGS_INFO["hidden"].resets
FEATURES_RESET = SETTINGS_INFO["features"].resets


def font(points: float, bold: bool = False) -> QFont:
    """The application's font at ``points``."""
    result = QFont(QApplication.font())
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


def neurons_text(n: int) -> str:
    """ "1 neuron", "4 neurons": two numerus sources, so the English reads as it always has
    and each language still gets its own plural forms."""
    if n == 1:
        return translate("scene_style", "%n neuron", None, n)
    return translate("scene_style", "%n neurons", None, n)


def hidden_layers_title(n: int) -> str:
    """ "2 HIDDEN LAYERS" above the network."""
    if n == 1:
        return translate("scene_style", "%n HIDDEN LAYER", None, n)
    return translate("scene_style", "%n HIDDEN LAYERS", None, n)


def insert_note() -> str:
    """What inserting a hidden layer does to what the network has learned (engine.grow)."""
    return translate(
        "scene_style",
        "The new layer is as wide as the one before it and starts as the identity, so the "
        "network computes the same: exactly with linear, ReLU, leaky ReLU or ELU; nearly with "
        "softplus or SiLU (the loss moves by less than a hundredth) and with tanh or sigmoid "
        "(by a few hundredths at most). Right-click a layer to insert one with random weights "
        "instead.",
    )
