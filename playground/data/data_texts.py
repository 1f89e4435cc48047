"""The data panel's texts read before the language is chosen: the built-in datasets'
titles and descriptions, and the tips the panel shows again as the data changes.

The engine names its datasets in English (``datasets.DATASETS[name].title``); the
tables here mark the same texts for the translators, since they are read before the
language is chosen. A test keeps them equal to the engine's.
"""

from __future__ import annotations

from engine import datasets
from engine.i18n import QT_TRANSLATE_NOOP, translate

TITLES = {
    "circle": QT_TRANSLATE_NOOP("data_texts", "Circle"),
    "xor": QT_TRANSLATE_NOOP("data_texts", "Exclusive or"),
    "gauss": QT_TRANSLATE_NOOP("data_texts", "Gaussian"),
    "spiral": QT_TRANSLATE_NOOP("data_texts", "Spiral"),
    "moons": QT_TRANSLATE_NOOP("data_texts", "Moons"),
    "checkerboard": QT_TRANSLATE_NOOP("data_texts", "Checkerboard"),
    "k_spiral": QT_TRANSLATE_NOOP("data_texts", "Spiral arms"),
    "blobs": QT_TRANSLATE_NOOP("data_texts", "Blobs"),
    "rings": QT_TRANSLATE_NOOP("data_texts", "Rings"),
    "plane": QT_TRANSLATE_NOOP("data_texts", "Plane"),
    "multi_gauss": QT_TRANSLATE_NOOP("data_texts", "Multi-Gaussian"),
    "sine": QT_TRANSLATE_NOOP("data_texts", "Sine wave"),
}

DESCRIPTIONS = {
    "circle": QT_TRANSLATE_NOOP("data_texts", "A disc of one class inside a ring of the other."),
    "xor": QT_TRANSLATE_NOOP(
        "data_texts",
        "Opposite quadrants share a class: the label is 1 when x and y have the same sign.",
    ),
    "gauss": QT_TRANSLATE_NOOP(
        "data_texts", "Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them."
    ),
    "spiral": QT_TRANSLATE_NOOP("data_texts", "Two interleaved spiral arms, one per class."),
    "moons": QT_TRANSLATE_NOOP("data_texts", "Two interleaving half-moons, one per class."),
    "checkerboard": QT_TRANSLATE_NOOP(
        "data_texts", "A 4 x 4 checkerboard of alternating classes, a bigger xor."
    ),
    "k_spiral": QT_TRANSLATE_NOOP(
        "data_texts", "Several interleaved spiral arms, one class per arm."
    ),
    "blobs": QT_TRANSLATE_NOOP(
        "data_texts", "Gaussian blobs evenly spaced on a circle, one class per blob."
    ),
    "rings": QT_TRANSLATE_NOOP("data_texts", "Concentric rings, one class per ring."),
    "plane": QT_TRANSLATE_NOOP(
        "data_texts",
        "A tilted plane: the value rises linearly towards the top right, (x + y) / 10.",
    ),
    "multi_gauss": QT_TRANSLATE_NOOP(
        "data_texts", "Six bumps, alternately positive and negative, on two rows."
    ),
    "sine": QT_TRANSLATE_NOOP(
        "data_texts", "A sine wave along x1: the value is sin(x1) and ignores x2."
    ),
}


CLASSES_TIP = QT_TRANSLATE_NOOP(
    "data_texts",
    "How many classes (colours) the data has, from 2 to 8. "
    "Changing it starts again with fresh weights.",
)
OWN_TITLE = QT_TRANSLATE_NOOP("data_texts", "My points")
OWN_TIP = QT_TRANSLATE_NOOP(
    "data_texts",
    "<b>My points</b>: your own data. Turn on <i>Paint</i> above the output to add points "
    "with the mouse, or import a CSV file. They are kept when you try a generator, and "
    "saved in the project.",
)
POINTS_TIP = QT_TRANSLATE_NOOP(
    "data_texts",
    "How many points the generator draws, training and test together. Starts again.",
)
SEED_TIP = QT_TRANSLATE_NOOP(
    "data_texts",
    "Which random draw of the data: the same seed always gives the same points. "
    "Regenerate picks a new one. Starts again.",
)
GENERATOR_ONLY_TIP = QT_TRANSLATE_NOOP(
    "data_texts", "For generated data only; your own points keep where you put them."
)
TASKS = {  # the own points' tiles, one per problem type, to a screen reader
    "classification": QT_TRANSLATE_NOOP("data_texts", "classification"),
    "regression": QT_TRANSLATE_NOOP("data_texts", "regression"),
}
REGENERATE_TIP = QT_TRANSLATE_NOOP(
    "data_texts",
    "Draw the same dataset again with a new random seed; noise, point count and "
    "ratio stay as they are. Starts again.",
)


def shown(text: str) -> str:
    """``text``, one of this module's texts, in the user's language."""
    return translate("data_texts", text)


def title(name: str) -> str:
    """Dataset ``name``'s title as the user reads it (a dataset the tables lack: the
    engine's English)."""
    return translate("data_texts", TITLES.get(name, datasets.DATASETS[name].title))


def description(name: str) -> str:
    """Dataset ``name``'s one-sentence description as the user reads it."""
    return translate("data_texts", DESCRIPTIONS.get(name, datasets.DATASETS[name].description))
