"""The app's colours: one diverging map for values, one palette for classes.

Blue/orange is TensorFlow Playground's pairing and stays distinguishable with the
common colour-vision deficiencies; the further class colours are Okabe & Ito's
colour-blind-safe hues, their lightness moved so that all eight stay apart for protanopia,
deuteranopia and tritanopia too (tests/test_class_palette.py simulates them). Each class
also has a marker shape (playground.core.markers), so colour is never the only cue.
All lookup tables are (256, 3) uint8 arrays for pyqtgraph.
"""

from __future__ import annotations

import numpy as np

from engine.i18n import QT_TRANSLATE_NOOP, translate

ORANGE = (245, 147, 34)  # class 0, negative values
BLUE = (8, 119, 189)  # class 1, positive values
WHITE = (255, 255, 255)
CLASS_COLORS = (
    ORANGE,
    BLUE,
    (50, 168, 128),  # bluish green
    (185, 128, 168),  # reddish purple
    (198, 68, 0),  # vermillion, darker than the orange
    (110, 192, 246),  # sky blue, lighter than the blue
    (255, 227, 10),  # yellow, lighter than the orange
    (68, 66, 66),  # dark grey
)
# Shown in texts through class_name (translated there: the language is chosen after import).
CLASS_NAMES = (
    QT_TRANSLATE_NOOP("colors", "orange"),
    QT_TRANSLATE_NOOP("colors", "blue"),
    QT_TRANSLATE_NOOP("colors", "green"),
    QT_TRANSLATE_NOOP("colors", "purple"),
    QT_TRANSLATE_NOOP("colors", "red"),
    QT_TRANSLATE_NOOP("colors", "sky"),
    QT_TRANSLATE_NOOP("colors", "yellow"),
    QT_TRANSLATE_NOOP("colors", "grey"),
)
POSITIVE_LINK = BLUE
NEGATIVE_LINK = ORANGE
TRAIN_CURVE = (40, 40, 40)
TEST_CURVE = (230, 120, 0)


def _ramp(a: tuple[int, int, int], b: tuple[int, int, int], n: int) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n)[:, None]
    return (np.array(a) * (1 - t) + np.array(b) * t).round().astype(np.uint8)


def diverging_lut(n: int = 256) -> np.ndarray:
    """Orange at the low end, white in the middle, blue at the high end."""
    half = n // 2
    return np.vstack([_ramp(ORANGE, WHITE, half), _ramp(WHITE, BLUE, n - half)])


def class_color(k: int) -> tuple[int, int, int]:
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def class_name(k: int) -> str:
    """Class ``k``'s colour name as the user reads it (in their language)."""
    return translate("colors", CLASS_NAMES[k % len(CLASS_NAMES)])


def class_palette(classes: int) -> np.ndarray:
    """(classes, 3) float array of the class colours."""
    return np.array([class_color(k) for k in range(classes)], dtype=np.float64)


def blend_classes(probabilities: np.ndarray, lightness: float = 0.45) -> np.ndarray:
    """RGB image (…, 3) uint8: each class's colour weighted by its probability.

    Mixed towards white by ``lightness`` so that data points stay visible on top, and by
    the uncertainty, so that confident regions are the most saturated.
    """
    k = probabilities.shape[-1]
    rgb = probabilities @ class_palette(k)
    confidence = (probabilities.max(axis=-1, keepdims=True) - 1.0 / k) / (1.0 - 1.0 / k)
    white_share = lightness + (1.0 - lightness) * (1.0 - confidence) * 0.6
    out = rgb * (1.0 - white_share) + 255.0 * white_share
    return np.clip(out, 0, 255).astype(np.uint8)


def weight_color(value: float, alpha: int = 255) -> tuple[int, int, int, int]:
    """Blue for a positive weight, orange for a negative one."""
    r, g, b = POSITIVE_LINK if value >= 0 else NEGATIVE_LINK
    return (r, g, b, alpha)
