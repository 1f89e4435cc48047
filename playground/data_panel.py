"""The data panel: which dataset, how many classes, how noisy, how it is split.

It never touches training: every user change is emitted as ``changed({field: value})``
with :class:`TrainingSettings` field names, and :meth:`DataPanel.set_settings` shows
settings without emitting anything back.
"""

from __future__ import annotations

import random

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import datasets
from playground import colors
from playground.settings import SETTINGS_INFO, TrainingSettings

THUMBNAIL_SIZE = 52
THUMBNAIL_POINTS = 200
COLUMNS = 2  # fits the narrow left column; the thumbnails, not the titles, carry the choice
TITLE_SCALE = 0.9  # tile titles a little smaller than the panel's text, so two tiles fit a row
CLASSES_TIP = (
    "How many classes (colours) the data has, from 2 to 8. "
    "Changing it starts again with fresh weights."
)

_thumbnails: dict[str, QPixmap] = {}


def dataset_thumbnail(name: str, size: int = THUMBNAIL_SIZE) -> QPixmap:
    """A small picture of dataset ``name``: its points as coloured dots on white (cached)."""
    key = f"{name}:{size}"
    if key in _thumbnails:
        return _thumbnails[key]
    info = datasets.DATASETS[name]
    X, y = datasets.generate(name, n_points=THUMBNAIL_POINTS, seed=0)
    if info.task == "regression":
        lut = colors.diverging_lut()
        # Scaled to the set's own range: a thumbnail shows a shape, and faint dots hide it.
        top = float(np.max(np.abs(y))) or 1.0
        index = np.clip((y / top + 1.0) / 2.0 * 255, 0, 255).astype(int)
        fills = [QColor(*map(int, lut[i])) for i in index]
    else:
        palette = [QColor(*c) for c in colors.CLASS_COLORS]
        fills = [palette[int(k) % len(palette)] for k in y]
    # Drawn at twice the size so the dots stay round on high-density screens.
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.fill(Qt.GlobalColor.white)
    lo, hi = datasets.VIEW_BOX
    span = hi - lo
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    radius = 1.7 * scale
    for (x1, x2), fill in zip(X, fills):
        painter.setBrush(fill)
        px = (x1 - lo) / span * size * scale
        py = (hi - x2) / span * size * scale  # x2 grows upwards, pixel rows downwards
        painter.drawEllipse(QPointF(px, py), radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QColor(200, 200, 200))
    painter.drawRect(0, 0, size * scale - 1, size * scale - 1)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    _thumbnails[key] = pixmap
    return pixmap


class DataPanel(QWidget):
    """The left panel. Emits ``changed(dict)``; holds no training logic."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset = TrainingSettings().dataset
        self._data_seed = 0
        self._problem = "classification"
        self._committed: dict[str, float] = {"train_ratio": 0.5, "noise": 0.0}

        header = QLabel("DATA")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        header.setFont(font)
        question = QLabel("Which dataset do you want to use?")
        question.setWordWrap(True)

        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._grids: dict[str, QWidget] = {}
        for task in ("classification", "regression"):
            grid_widget = QWidget()
            grid = QGridLayout(grid_widget)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(4)
            names = [n for n, info in datasets.DATASETS.items() if info.task == task]
            for i, name in enumerate(names):
                button = self._make_button(name)
                grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1)
            self._grids[task] = grid_widget
        # One width for every tile, so the grid reads as a grid whatever the titles' lengths.
        width = max(b.sizeHint().width() for b in self.buttons.values())
        for button in self.buttons.values():
            button.setMinimumWidth(width)

        self.classes_label = QLabel("Classes")
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(datasets.MIN_CLASSES, datasets.MAX_CLASSES)
        # Typing "5" then Enter emits once, not once per key.
        self.classes_spin.setKeyboardTracking(False)
        self.classes_spin.setMinimumWidth(64)
        tip = SETTINGS_INFO["classes"].tip if "classes" in SETTINGS_INFO else CLASSES_TIP
        self.classes_spin.setToolTip(tip)
        self.classes_label.setToolTip(tip)
        self.classes_spin.valueChanged.connect(self._on_classes)
        self._classes_row = QWidget()
        row = QHBoxLayout(self._classes_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.classes_label)
        row.addWidget(self.classes_spin)
        row.addStretch(1)

        self.ratio_label = QLabel()
        self.ratio_label.setWordWrap(True)
        self.ratio_slider = self._make_slider("train_ratio", 10, 90, 10)
        self.noise_label = QLabel()
        self.noise_slider = self._make_slider("noise", 0, 50, 5)

        self.regenerate_button = QPushButton("Regenerate")
        self.regenerate_button.setToolTip(SETTINGS_INFO["data_seed"].tip)
        self.regenerate_button.clicked.connect(self.regenerate)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(header)
        layout.addWidget(question)
        for grid_widget in self._grids.values():
            layout.addWidget(grid_widget)
        layout.addWidget(self._classes_row)
        layout.addSpacing(6)
        layout.addWidget(self.ratio_label)
        layout.addWidget(self.ratio_slider)
        layout.addWidget(self.noise_label)
        layout.addWidget(self.noise_slider)
        layout.addSpacing(6)
        layout.addWidget(self.regenerate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.setStyleSheet(
            "QToolButton#dataset { border: 2px solid transparent; border-radius: 5px; padding: 2px; }"
            "QToolButton#dataset:hover { border-color: #b0b0b0; }"
            "QToolButton#dataset:checked { border-color: #333333; background: #e9eef4; }"
        )
        self.set_settings(TrainingSettings())

    # ------------------------------------------------------------------ public
    @property
    def dataset(self) -> str:
        return self._dataset

    @property
    def problem(self) -> str:
        return self._problem

    def set_problem(self, problem: str) -> None:
        """Show the datasets for ``problem`` ("classification" or "regression")."""
        self._problem = problem
        for task, grid_widget in self._grids.items():
            grid_widget.setVisible(task == problem)
        self._update_classes_row()

    def set_settings(self, s: TrainingSettings) -> None:
        """Show ``s`` in the controls without emitting ``changed``."""
        self._dataset = s.dataset
        self._data_seed = s.data_seed
        self._committed = {"train_ratio": round(s.train_ratio, 2), "noise": round(s.noise, 2)}
        controls = [*self.buttons.values(), self.classes_spin, self.ratio_slider, self.noise_slider]
        blocked = [c.blockSignals(True) for c in controls]
        try:
            self.buttons[s.dataset].setChecked(True)
            info = datasets.DATASETS[s.dataset]
            self.classes_spin.setValue(s.classes or info.default_classes or datasets.MIN_CLASSES)
            # A thumb the user is still dragging stays where the hand is.
            if not self.ratio_slider.isSliderDown():
                self.ratio_slider.setValue(round(s.train_ratio * 100))
            if not self.noise_slider.isSliderDown():
                self.noise_slider.setValue(round(s.noise * 100))
        finally:
            for c, was in zip(controls, blocked):
                c.blockSignals(was)
        self._update_slider_labels()
        self.set_problem(s.problem)

    def regenerate(self) -> None:
        """Ask for a new random draw of the same dataset (emits a fresh ``data_seed``)."""
        seed = self._data_seed
        while seed == self._data_seed:
            seed = random.randrange(1, 2**31 - 1)
        self._data_seed = seed
        self.changed.emit({"data_seed": seed})

    # ---------------------------------------------------------------- building
    def _make_button(self, name: str) -> QToolButton:
        info = datasets.DATASETS[name]
        button = QToolButton()
        button.setObjectName("dataset")
        button.setCheckable(True)
        button.setIcon(QIcon(dataset_thumbnail(name)))
        button.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        button.setText(info.title)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        button.setFont(font)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setToolTip(
            f"<b>{info.title}</b>: {info.description}<br>{SETTINGS_INFO['dataset'].tip}"
        )
        button.setAccessibleName(f"Dataset {info.title}")
        button.clicked.connect(lambda _checked=False, n=name: self._on_dataset(n))
        self._group.addButton(button)
        self.buttons[name] = button
        return button

    def _make_slider(self, name: str, low: int, high: int, step: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setSingleStep(step)
        slider.setPageStep(step)
        slider.setTickInterval(step)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setToolTip(SETTINGS_INFO[name].tip)
        # The label follows the thumb during a drag; the change is sent when it is let go,
        # because every change regenerates the data and restarts training.
        slider.valueChanged.connect(lambda _v, n=name: self._on_slider_moved(n))
        slider.sliderReleased.connect(lambda n=name: self._commit_slider(n))
        return slider

    # ---------------------------------------------------------------- handlers
    def _slider(self, name: str) -> QSlider:
        return self.ratio_slider if name == "train_ratio" else self.noise_slider

    def _on_slider_moved(self, name: str) -> None:
        self._update_slider_labels()
        if not self._slider(name).isSliderDown():
            self._commit_slider(name)

    def _commit_slider(self, name: str) -> None:
        value = round(self._slider(name).value() / 100.0, 2)
        if value != self._committed.get(name):
            self._committed[name] = value
            self.changed.emit({name: value})

    def _update_slider_labels(self) -> None:
        ratio = self.ratio_slider.value()
        self.ratio_label.setText(f"Ratio of training to test data: <b>{ratio} %</b>")
        self.noise_label.setText(f"Noise: <b>{self.noise_slider.value()}</b>")
        self.ratio_label.setToolTip(SETTINGS_INFO["train_ratio"].tip)
        self.noise_label.setToolTip(SETTINGS_INFO["noise"].tip)

    def _on_dataset(self, name: str) -> None:
        if name == self._dataset:
            return
        self._dataset = name
        info = datasets.DATASETS[name]
        if info.variable_classes:
            was = self.classes_spin.blockSignals(True)
            self.classes_spin.setValue(info.default_classes or datasets.MIN_CLASSES)
            self.classes_spin.blockSignals(was)
        self._update_classes_row()
        self.changed.emit({"dataset": name})

    def _on_classes(self, value: int) -> None:
        self.changed.emit({"classes": int(value)})

    def _update_classes_row(self) -> None:
        info = datasets.DATASETS[self._dataset]
        self._classes_row.setVisible(info.variable_classes and info.task == self._problem)
