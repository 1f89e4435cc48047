"""The data panel: which dataset, how many classes, how noisy, how it is split.

It never touches training: every user change is emitted as ``changed({field: value})``
with :class:`TrainingSettings` field names, and :meth:`DataPanel.set_settings` shows
settings without emitting anything back.
"""

from __future__ import annotations

import random

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import datasets
from engine.i18n import number, translate
from playground.core import plural
from playground.core.settings import MIN_GENERATED, SETTINGS_INFO, TrainingSettings
from playground.data import data_texts, tile_grid
from playground.data.thumbnails import (
    THUMBNAIL_SIZE,
    dataset_icon,
    points_thumbnail,
)
from playground.views.wrap_rows import WrapRows

MAX_SPIN_POINTS = 10_000  # more would crowd the view; a project or CSV may hold up to 100,000
COLUMNS = 2  # fits the narrow left column; the thumbnails, not the titles, carry the choice
TITLE_SCALE = 0.9  # tile titles a little smaller than the panel's text, so two tiles fit a row


class DataPanel(QWidget):
    """The left panel. Emits ``changed(dict)``; holds no training logic."""

    changed = Signal(dict)
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset = TrainingSettings().dataset
        self._source = "generated"
        self.own_buttons: dict[str, QToolButton] = {}
        self._data_seed = 0
        self._problem = "classification"
        self._committed: dict[str, float] = {"train_ratio": 0.5, "noise": 0.0}

        # The panel scrolls on a short screen; made first, each part then takes the style once.
        content = QWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        header = QLabel(translate("data_panel", "DATA"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        header.setFont(font)
        question = QLabel(translate("data_panel", "Which dataset do you want to use?"))
        question.setWordWrap(True)

        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._grids: dict[str, QWidget] = {}
        self._tiles: dict[str, list[QToolButton]] = {}
        self._columns = 0
        for task in ("classification", "regression"):
            grid_widget = QWidget(content)
            grid = QGridLayout(grid_widget)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(4)
            names = [n for n, info in datasets.DATASETS.items() if info.task == task]
            self._tiles[task] = [*map(self._make_button, names), self._make_own_button(task)]
            self._grids[task] = grid_widget
        self._measure_tiles()
        self._place_tiles(COLUMNS)

        self.classes_label = QLabel(translate("data_panel", "Classes"))
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(datasets.MIN_CLASSES, datasets.MAX_CLASSES)
        # Typing "5" then Enter emits once, not once per key.
        self.classes_spin.setKeyboardTracking(False)
        self.classes_spin.setMinimumWidth(64)
        tip = (
            SETTINGS_INFO["classes"].tip
            if "classes" in SETTINGS_INFO
            else data_texts.shown(data_texts.CLASSES_TIP)
        )
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

        self.regenerate_button = QPushButton(translate("data_panel", "Regenerate"))
        self.regenerate_button.setToolTip(data_texts.shown(data_texts.REGENERATE_TIP))
        self.regenerate_button.clicked.connect(self.regenerate)

        self.points_label = QLabel(translate("data_panel", "Points"))
        self.points_spin = QSpinBox()
        self.points_spin.setRange(MIN_GENERATED, MAX_SPIN_POINTS)
        self.points_spin.setSingleStep(100)
        self.points_spin.setKeyboardTracking(False)
        self.points_spin.setAccessibleName(translate("data_panel", "Number of points"))
        self.points_spin.valueChanged.connect(self._on_points)
        self.points_spin.setProperty("nnControl", "points")
        self.seed_label = QLabel(translate("data_panel", "Seed"))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 2)
        self.seed_spin.setKeyboardTracking(False)
        # Sized for everyday seeds, not the largest one (which would widen the whole panel).
        for spin in (self.points_spin, self.seed_spin):
            spin.setMinimumWidth(64)
        self.seed_spin.setAccessibleName(translate("data_panel", "Data seed"))
        self.seed_spin.valueChanged.connect(self._on_seed)
        self.seed_spin.setProperty("nnControl", "data_seed")
        draw_row = QWidget()
        row = QHBoxLayout(draw_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.points_label)
        row.addWidget(self.points_spin, 1)
        row.addSpacing(6)
        row.addWidget(self.seed_label)
        row.addWidget(self.seed_spin, 1)

        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("dataNote")
        self.note_label.setStyleSheet("color: #555;")
        self.note_label.hide()
        self.import_button = QPushButton(translate("data_panel", "Import CSV…"))
        self.import_button.setToolTip(
            translate(
                "data_panel",
                "Read points from a CSV file with columns x1, x2 and label (classes) or value "
                "(numbers); a header line is optional. They become your own points (undo with "
                "Ctrl+Z).",
            )
        )
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton(translate("data_panel", "Export CSV…"))
        self.export_button.setToolTip(
            translate(
                "data_panel",
                "Write the points on show to a CSV file (x1, x2, label or value) that Import "
                "reads back exactly.",
            )
        )
        self.export_button.clicked.connect(self.export_requested)
        files_row = WrapRows(spacing=6, row_spacing=6)
        files_row.addWidget(self.import_button)
        files_row.addWidget(self.export_button)

        layout = QVBoxLayout(content)
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
        layout.addWidget(draw_row)
        layout.addSpacing(6)
        layout.addWidget(self.regenerate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addLayout(files_row)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._least_width = content.minimumSizeHint().width() + bar
        self.setMinimumWidth(self._least_width)

        self.setStyleSheet(
            "QToolButton#dataset { border: 2px solid transparent; border-radius: 5px; padding: 2px; }"
            "QToolButton#dataset:hover { border-color: #b0b0b0; }"
            "QToolButton#dataset:checked { border-color: #333333; background: #e9eef4; }"
            "QToolButton#dataset:focus { border-color: #0877bd; }"  # the keyboard's place
        )
        self.set_settings(TrainingSettings())

    def _measure_tiles(self) -> None:
        tile_grid.same_width([tile for row in self._tiles.values() for tile in row])

    def _place_tiles(self, columns: int) -> None:
        """The tiles in ``columns`` columns (one where two would not fit: projector mode)."""
        if columns != self._columns:
            self._columns = columns
            for task, tiles in self._tiles.items():
                grid = self._grids[task].layout()
                assert isinstance(grid, QGridLayout)
                tile_grid.place(grid, tiles, columns, COLUMNS)

    def _fit_tiles(self) -> None:
        tile = self.buttons[self._dataset].minimumWidth()
        room = self.scroll.viewport().width() - 16  # the content's margins
        self._place_tiles(COLUMNS if COLUMNS * tile + 4 * (COLUMNS - 1) <= room else 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_tiles()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # projector mode: larger titles
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
            for tiles in self._tiles.values():
                for tile in tiles:
                    tile.setFont(font)
            self._measure_tiles()
            QTimer.singleShot(0, self, self._fit_width)  # once every child has its new type

    def _fit_width(self) -> None:
        """As wide as the rows need with the tiles in one column (the Points and Seed row
        in projector mode), and at least as in the normal theme."""
        self._place_tiles(1)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        content = self.scroll.widget().minimumSizeHint().width() + bar
        self.setMinimumWidth(max(self._least_width, content))
        self._fit_tiles()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as the tiles allow and as short as the scroll area: what the window's
        splitters plan with."""
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

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

    @property
    def source(self) -> str:
        """Either "generated" or "painted" (the own points)."""
        return self._source

    def set_own_thumbnail(self, task: str, X: np.ndarray, y: np.ndarray) -> None:
        """Show own points ``X``, ``y`` of ``task`` on its My points tile."""
        button = self.own_buttons[task]
        button.setIcon(QIcon(points_thumbnail(X, y, task, empty_text="✎")))
        tip = data_texts.shown(data_texts.OWN_TIP)
        if len(X):
            n = len(X)  # a name: lupdate reads no expression there
            tip += "<br>" + plural.english(
                translate("data_panel", "%n point(s) so far.", None, n), n
            )
        button.setToolTip(tip)

    def set_note(self, text: str) -> None:
        """A line under the data controls (e.g. how imported points were scaled); "" hides it."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def set_settings(self, s: TrainingSettings) -> None:
        """Show ``s`` in the controls without emitting ``changed``."""
        self._dataset = s.dataset
        self._data_seed = s.data_seed
        self._source = s.data_source
        self._committed = {"train_ratio": round(s.train_ratio, 2), "noise": round(s.noise, 2)}
        controls = [
            *self.buttons.values(),
            *self.own_buttons.values(),
            self.classes_spin,
            self.ratio_slider,
            self.noise_slider,
            self.points_spin,
            self.seed_spin,
        ]
        blocked = [c.blockSignals(True) for c in controls]
        try:
            if s.data_source == "painted" and s.problem in self.own_buttons:
                self.own_buttons[s.problem].setChecked(True)
            else:
                self.buttons[s.dataset].setChecked(True)
            info = datasets.DATASETS[s.dataset]
            self.classes_spin.setValue(s.classes or info.default_classes or datasets.MIN_CLASSES)
            self.points_spin.setValue(s.points or info.default_points)
            self.seed_spin.setValue(min(s.data_seed, self.seed_spin.maximum()))
            # A thumb the user is still dragging stays where the hand is.
            if not self.ratio_slider.isSliderDown():
                self.ratio_slider.setValue(round(s.train_ratio * 100))
            if not self.noise_slider.isSliderDown():
                self.noise_slider.setValue(round(s.noise * 100))
        finally:
            for c, was in zip(controls, blocked):
                c.blockSignals(was)
        self._update_slider_labels()
        generated = s.data_source != "painted"
        for widget in (
            self.noise_slider,
            self.noise_label,
            self.points_spin,
            self.points_label,
            self.seed_spin,
            self.seed_label,
            self.regenerate_button,
        ):
            # A control a lesson locked stays locked whatever the data.
            widget.setEnabled(generated and not widget.property("lockedByLesson"))
            if not generated:
                widget.setToolTip(data_texts.shown(data_texts.GENERATOR_ONLY_TIP))
        if generated:  # (the tips of generated data; set_settings in __init__ sets them first)
            self.noise_slider.setToolTip(SETTINGS_INFO["noise"].tip)
            for widget, tip in (
                (self.points_spin, data_texts.POINTS_TIP),
                (self.points_label, data_texts.POINTS_TIP),
                (self.seed_spin, data_texts.SEED_TIP),
                (self.seed_label, data_texts.SEED_TIP),
                (self.regenerate_button, data_texts.REGENERATE_TIP),
            ):
                widget.setToolTip(data_texts.shown(tip))
        self.set_problem(s.problem)

    def regenerate(self) -> None:
        """Ask for a new random draw of the same dataset (emits a fresh ``data_seed``)."""
        if self._source == "painted":
            return  # own points are not drawn at random
        seed = self._data_seed
        while seed == self._data_seed:
            seed = random.randrange(1, 2**31 - 1)
        self._data_seed = seed
        self.changed.emit({"data_seed": seed})

    # ---------------------------------------------------------------- building
    def _make_button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("dataset")
        button.setCheckable(True)
        button.setIcon(dataset_icon(name, now=datasets.DATASETS[name].task == self._problem))
        button.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        title = data_texts.title(name)
        button.setText(title)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        button.setFont(font)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setToolTip(
            translate("data_panel", "<b>{title}</b>: {description}<br>{how}").format(
                title=title,
                description=data_texts.description(name),
                how=SETTINGS_INFO["dataset"].tip,
            )
        )
        button.setAccessibleName(translate("data_panel", "Dataset {title}").format(title=title))
        button.clicked.connect(lambda _checked=False, n=name: self._on_dataset(n))
        self._group.addButton(button)
        self.buttons[name] = button
        return button

    def _make_own_button(self, task: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("dataset")
        button.setCheckable(True)
        button.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        button.setText(data_texts.shown(data_texts.OWN_TITLE))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        button.setFont(font)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(
            translate("data_panel", "My points ({task})").format(
                task=data_texts.shown(data_texts.TASKS[task])
            )
        )
        button.setProperty("nnControl", "data_source")
        button.clicked.connect(lambda _checked=False: self._on_own())
        self._group.addButton(button)
        self.own_buttons[task] = button
        self.set_own_thumbnail(task, np.zeros((0, 2)), np.zeros(0))
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
        self.ratio_label.setText(
            translate("data_panel", "Ratio of training to test data: <b>{percent} %</b>").format(
                percent=number(ratio)
            )
        )
        self.noise_label.setText(
            translate("data_panel", "Noise: <b>{noise}</b>").format(
                noise=number(self.noise_slider.value())
            )
        )
        self.ratio_label.setToolTip(SETTINGS_INFO["train_ratio"].tip)
        self.noise_label.setToolTip(SETTINGS_INFO["noise"].tip)

    def _on_own(self) -> None:
        if self._source == "painted":
            return
        self._source = "painted"
        self._update_classes_row()
        self.changed.emit({"data_source": "painted"})

    def _on_points(self, value: int) -> None:
        self.changed.emit({"points": int(value)})

    def _on_seed(self, value: int) -> None:
        self._data_seed = int(value)
        self.changed.emit({"data_seed": int(value)})

    def _on_dataset(self, name: str) -> None:
        if name == self._dataset and self._source != "painted":
            return
        self._dataset = name
        self._source = "generated"
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
        self._classes_row.setVisible(
            info.variable_classes and info.task == self._problem and self._source != "painted"
        )
