"""The output panel: the network's prediction over the whole plane, with the data on top."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engine import datasets
from engine.i18n import translate
from playground.core import colors, markers
from playground.core.point_raster import PointStyle
from playground.core.snapshot import DataSnapshot, Snapshot
from playground.views.heatmap_item import Heatmap
from playground.views.math_plot import math_plot
from playground.views.point_picture import IMAGE_ABOVE, PictureBuilder, PictureJob, PointPicture
from playground.views.point_symbols import class_symbols, symbol_path
from playground.views.theme import NORMAL, Theme

CROWDED = 800  # more points than this, and they are drawn smaller (Theme.crowded_point_size)
BINARY_LEVELS = (0.0, 1.0)
REGRESSION_LEVELS = (-1.0, 1.0)
# The map is laid over white at TensorFlow Playground's alpha (160 of 255), so that points in
# the full colours stand out even where the network is sure. Class colours come pre-lightened.
MAP_OPACITY = 160 / 255


def lighten(lut: np.ndarray, alpha: float) -> np.ndarray:
    """The colours of ``lut`` as they look laid over white at ``alpha``."""
    return np.round(255.0 - (255.0 - lut.astype(np.float64)) * alpha).astype(np.uint8)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _cached(rgb: np.ndarray, make) -> list:
    """``make(colour)`` for each row of ``rgb``, made once a colour (pens and brushes are
    shared, which also lets pyqtgraph draw each kind of point once)."""
    made: dict[tuple, object] = {}
    out = []
    for row in rgb.tolist():
        key = tuple(row)
        if key not in made:
            made[key] = make(key)
        out.append(made[key])
    return out


class SquareBox(QWidget):
    """Keeps its one child square and centred, so the plane is drawn without stretching."""

    def __init__(self, child: QWidget, hint: int = 380, minimum: int = 182) -> None:
        super().__init__()
        self._child = child
        self._hint, self._minimum = hint, minimum
        child.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._hint, self._hint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._minimum, self._minimum)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        side = min(self.width(), self.height())
        self._child.setGeometry((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        super().resizeEvent(event)


class SideColumn(QScrollArea):
    """The column beside the plot: it scrolls where it is taller than the plot (the paint
    tools in projector mode on a 720-pixel screen) rather than make the window taller,
    widened by the scroll bar only while that shows."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self.updateGeometry())
        # The output view's own background shows through, as before it could scroll.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self.setStyleSheet("QScrollArea { background: transparent; }")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        content = self.widget().sizeHint()
        bar = self.verticalScrollBar()
        width = content.width() + (bar.sizeHint().width() if bar.maximum() > 0 else 0)
        return QSize(width, content.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.sizeHint().width(), 0)


class OutputView(QWidget):
    """Heatmap of the network's output over the view box, training and test points on top.

    ``plot_item`` and ``view_box`` are public so that painting data can listen to the mouse;
    pan and zoom are switched off so that clicks belong to whoever paints.
    """

    show_test_changed = Signal(bool)
    discretize_changed = Signal(bool)
    data_changed = Signal(object)  # the Snapshot whose points are now on show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snap: Snapshot | None = None
        self._kind = ""
        self._scatter_key: tuple | None = None
        self._extent: tuple[float, float] = datasets.VIEW_BOX
        self._placed: dict[int, tuple] = {}
        self.theme = NORMAL
        lut = colors.diverging_lut()
        self._lut = lut
        self._white = pg.mkBrush(255, 255, 255)

        self.plot_widget = math_plot()
        self.plot_item: pg.PlotItem = self.plot_widget.getPlotItem()
        self.view_box: pg.ViewBox = self.plot_item.getViewBox()
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        # Room for the half of the ±6 tick labels that reaches past the plot's edge.
        self.plot_item.layout.setContentsMargins(2, 10, 12, 2)
        self.view_box.setMouseEnabled(x=False, y=False)
        self.view_box.setAspectLocked(True)
        self.view_box.disableAutoRange()
        self._style_axes()

        # Two image items so each keeps its one setting: the scalar one its lookup table,
        # the class one none (its pixels are already colours).
        self.scalar_image = Heatmap(smooth=False, axisOrder="row-major")
        # The lightening is baked into the table: an item opacity would send every frame's
        # image through Qt's slow compositing path (a third of a frame, measured).
        self.scalar_image.setLookupTable(lighten(lut, MAP_OPACITY))
        self.class_image = pg.ImageItem(axisOrder="row-major")
        for item in (self.scalar_image, self.class_image):
            item.setZValue(-10)
            self.plot_item.addItem(item)
        self.class_image.setVisible(False)

        # Training points are filled, with a white edge; test points are outlined in their
        # colour (white inside); each class has its own shape (playground.core.markers).
        self.train_points = pg.ScatterPlotItem(size=NORMAL.point_size, pxMode=True)
        self.test_points = pg.ScatterPlotItem(size=NORMAL.point_size, pxMode=True)
        self.train_points.setZValue(10)
        self.test_points.setZValue(11)
        for item in (self.train_points, self.test_points):
            # The points lie on a map that is redrawn every frame, so they are too; from a
            # cached pixmap that is a blit instead of pyqtgraph's paint (0.3 ms a frame).
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot_item.addItem(self.train_points)
        self.plot_item.addItem(self.test_points)
        # More than IMAGE_ABOVE points: the same markers as one picture a set, built in a
        # thread of its own (views/point_picture), in place of the scatter items.
        self.train_picture = PointPicture()
        self.test_picture = PointPicture()
        self.train_picture.setZValue(10)
        self.test_picture.setZValue(11)
        self.plot_item.addItem(self.train_picture, ignoreBounds=True)
        self.plot_item.addItem(self.test_picture, ignoreBounds=True)
        self._pictured: DataSnapshot | None = None  # the data drawn as pictures, if any
        self._picture_extent = datasets.VIEW_BOX
        self._pictures = PictureBuilder(self)
        self._pictures.ready.connect(self._show_pictures)
        self.view_box.sigResized.connect(lambda *_: self._request_pictures())
        self._set_extent(datasets.VIEW_BOX)

        self._show_test_box = QCheckBox(translate("output_view", "Show test data"))
        self._show_test_box.setToolTip(
            translate(
                "output_view",
                "Also draw the test points (hollow shapes), which the network never trains on.",
            )
        )
        self._discretize_box = QCheckBox(translate("output_view", "Discretize output"))
        self._discretize_box.setToolTip(
            translate(
                "output_view",
                "Colour each place by the class the network picks, instead of shading by how "
                "sure it is.",
            )
        )
        self._show_test_box.toggled.connect(self._on_show_test)
        self._discretize_box.toggled.connect(self._on_discretize)
        self.test_points.setVisible(False)
        self.test_picture.setVisible(False)

        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)

        self.legend_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The plot stays square, which leaves room at its side: a column for the panels of
        # add_side_panel (the paint tools) at its top and the legend and toggles at its
        # foot, so that no row under the plot takes its height on a small screen.
        side = QWidget()
        self._side = QVBoxLayout(side)
        self._side.setContentsMargins(0, 0, 0, 0)
        self._side.setSpacing(4)  # the plot row's, which it had as a layout nested in it
        self._side.addStretch(1)
        for widget in (self.legend_label, self._show_test_box, self._discretize_box):
            self._side.addWidget(widget)
        self._plot_row = QHBoxLayout()
        self._plot_row.setContentsMargins(0, 0, 0, 0)
        self._plot_row.setSpacing(4)
        self._plot_row.addWidget(SideColumn(side))
        self._plot_row.addWidget(SquareBox(self.plot_widget), 1)
        layout.addLayout(self._plot_row, 1)

    # ------------------------------------------------------------------ public
    @property
    def show_test(self) -> bool:
        return self._show_test_box.isChecked()

    @show_test.setter
    def show_test(self, value: bool) -> None:
        self._show_test_box.setChecked(bool(value))

    @property
    def discretize(self) -> bool:
        return self._discretize_box.isChecked()

    @discretize.setter
    def discretize(self, value: bool) -> None:
        self._discretize_box.setChecked(bool(value))

    @property
    def show_test_checkbox(self) -> QCheckBox:
        return self._show_test_box

    @property
    def discretize_checkbox(self) -> QCheckBox:
        return self._discretize_box

    @property
    def image_item(self) -> pg.ImageItem:
        """Whichever image is on show: the class colours for multiclass, else the scalar map."""
        return self.class_image if self._kind == "multiclass" else self.scalar_image

    def points_pending(self) -> bool:
        """Whether the points' pictures are still being built for the data on show."""
        return self._pictured is not None and self._pictures.pending

    def add_side_panel(self, widget: QWidget) -> None:
        """Put ``widget`` (e.g. the paint tools) left of the plot, in the room it leaves."""
        panels = self._side.count() - 4  # before the stretch, the legend and the toggles
        self._side.insertWidget(panels, widget, 0, Qt.AlignmentFlag.AlignTop)

    def set_theme(self, theme: Theme) -> None:
        """Draw the points at ``theme``'s sizes, and the axes in its font."""
        self.theme = theme
        self._style_axes()
        if self._snap is not None:
            self._update_points(self._snap)

    def set_snapshot(self, snap: Snapshot) -> None:
        """Draw ``snap``: the heatmap every time, the points only when the data changed."""
        self._snap = snap
        if snap.output_kind != self._kind:
            self._kind = snap.output_kind
            self.scalar_image.setVisible(self._kind != "multiclass")
            self.class_image.setVisible(self._kind == "multiclass")
        if tuple(snap.extent) != self._extent:
            self._set_extent(snap.extent)
        self._update_image(snap)
        key = (snap.data.version, snap.output_kind)
        if key != self._scatter_key:
            self._scatter_key = key
            self._update_points(snap)
            self._update_legend(snap)
            self.data_changed.emit(snap)

    # ----------------------------------------------------------------- drawing
    def _style_axes(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), self.theme.font_pt))
        ticks = [[(v, f"{v:g}") for v in range(-6, 7, 2)]]
        # The axes are the features x₁ and x₂, named as the network's inputs are: no words.
        for name, label in (("bottom", "x₁"), ("left", "x₂")):
            axis = self.plot_item.getAxis(name)
            axis.setTicks(ticks)
            axis.setStyle(tickFont=font, tickLength=-6, hideOverlappingLabels=False)
            axis.setTextPen(pg.mkPen(self.theme.ink))
            axis.setPen(pg.mkPen(self.theme.frame, width=self.theme.line_scale))
            axis.setLabel(label, color=self.theme.ink, **{"font-size": f"{font.pointSizeF():g}pt"})
            # The axes never change while training; as a cached pixmap they cost nothing
            # per frame instead of re-laying out their text (the costliest part of a frame).
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _set_extent(self, extent: tuple[float, float]) -> None:
        lo, hi = float(extent[0]), float(extent[1])
        self._extent = (extent[0], extent[1])
        self.view_box.setRange(xRange=(lo, hi), yRange=(lo, hi), padding=0)
        self._request_pictures()

    def _place(self, item: pg.ImageItem, image: np.ndarray) -> None:
        """Stretch ``item`` over the extent; ImageItem scales by pixel count, so redo it on a new shape."""
        key = (self._extent, image.shape[:2])
        if self._placed.get(id(item)) != key:
            lo, hi = float(self._extent[0]), float(self._extent[1])
            item.setRect(lo, lo, hi - lo, hi - lo)
            self._placed[id(item)] = key

    def _update_image(self, snap: Snapshot) -> None:
        boundary = snap.boundary
        if self._kind == "multiclass":
            probs = boundary
            if not np.isfinite(probs).all():
                # A diverged network: show its unknown places as "no class", not as black.
                probs = np.nan_to_num(probs, nan=1.0 / probs.shape[-1], posinf=1.0, neginf=0.0)
            if self.discretize:
                probs = np.eye(probs.shape[-1])[probs.argmax(axis=-1)]
            image = colors.blend_classes(probs)
            self.class_image.setImage(image, autoLevels=False, levels=(0, 255))
            self._place(self.class_image, image)
            return
        levels = REGRESSION_LEVELS if self._kind == "regression" else BINARY_LEVELS
        if self.discretize:
            lo, hi = levels
            image = np.where(boundary >= (lo + hi) / 2, hi, lo).astype(np.float32)
        else:
            # The snapshot's array is never written to, so the image may keep a view of it.
            image = boundary
        self.scalar_image.set_values(image, levels)
        self._place(self.scalar_image, image)

    def _update_points(self, snap: Snapshot) -> None:
        data, t = snap.data, self.theme
        if len(data.X_train) + len(data.X_test) > IMAGE_ABOVE:
            for item in (self.train_points, self.test_points):
                item.setData([], [])
            self._pictured = data
            self._request_pictures()
            return
        if self._pictured is not None:
            self._pictured = None
            self._pictures.cancel()
            self.train_picture.set_image(None, self._extent)
            self.test_picture.set_image(None, self._extent)
        crowded = len(data.X_train) + len(data.X_test) > CROWDED
        size = t.crowded_point_size if crowded else t.point_size
        edge = pg.mkPen(255, 255, 255, width=t.train_edge)
        for item, X, y, test in (
            (self.train_points, data.X_train, data.y_train, False),
            (self.test_points, data.X_test, data.y_test, True),
        ):
            if len(X) == 0:
                item.setData([], [])
                continue
            rgb = self._colours(y, data.task)
            if data.task == "regression":
                symbols = [symbol_path(markers.CIRCLE)] * len(X)
            else:
                symbols = class_symbols(y)
            if test:  # outlined: the colour in the pen, white inside
                pens = _cached(rgb, lambda c: pg.mkPen(*c, width=t.test_edge))
                item.setData(X[:, 0], X[:, 1], symbol=symbols, pen=pens, brush=self._white)
            else:
                brushes = _cached(rgb, lambda c: pg.mkBrush(*c))
                item.setData(X[:, 0], X[:, 1], symbol=symbols, pen=edge, brush=brushes)
            item.setSize(size)

    def _request_pictures(self) -> None:
        """Have the pictures of the large data on show built at the plot's resolution."""
        data, t = self._pictured, self.theme
        if data is None:
            return
        lo, hi = float(self._extent[0]), float(self._extent[1])
        on_screen = self.view_box.mapViewToScene(QRectF(lo, lo, hi - lo, hi - lo)).boundingRect()
        ratio = self.plot_widget.devicePixelRatioF()
        width, height = round(on_screen.width() * ratio), round(on_screen.height() * ratio)
        if width < 1 or height < 1:
            return
        size = t.crowded_point_size * ratio
        jobs = tuple(
            PictureJob(
                X,
                self._colours(y, data.task),
                None if data.task == "regression" else y,
                PointStyle(size, edge * ratio, hollow),
                self._extent,
                width,
                height,
            )
            for X, y, edge, hollow in (
                (data.X_train, data.y_train, t.train_edge, False),
                (data.X_test, data.y_test, t.test_edge, True),
            )
        )
        self._picture_extent = self._extent
        self._pictures.request(jobs)

    def _show_pictures(self, images: list) -> None:
        self.train_picture.set_image(images[0], self._picture_extent)
        self.test_picture.set_image(images[1], self._picture_extent)

    def _colours(self, y: np.ndarray, task: str) -> np.ndarray:
        """(n, 3) uint8: each point's colour, by class or, for regression, by value."""
        if task == "regression":
            lo, hi = REGRESSION_LEVELS
            index = np.clip((np.asarray(y, dtype=np.float64) - lo) / (hi - lo) * 255, 0, 255)
            index = np.nan_to_num(index, nan=127.5).astype(np.intp)
            return self._lut[index]
        palette = np.array(colors.CLASS_COLORS, dtype=np.uint8)
        return palette[np.asarray(y, dtype=np.intp) % len(palette)]

    def _update_legend(self, snap: Snapshot) -> None:
        if self._kind == "regression":
            text = translate(
                "output_view",
                "<span style='color:{orange}'>■</span> −1 &nbsp;"
                "<span style='color:#999'>□</span> 0 &nbsp;"
                "<span style='color:{blue}'>■</span> +1 &nbsp; predicted value",
            ).format(orange=_hex(colors.ORANGE), blue=_hex(colors.BLUE))
        else:
            k = max(2, snap.data.classes or 2)
            text = " &nbsp; ".join(
                f"<span style='color:{_hex(colors.class_color(c))}'>{markers.class_glyph(c)}</span> "
                f"{translate('colors', colors.CLASS_NAMES[c % len(colors.CLASS_NAMES)])}"
                for c in range(k)
            )
        self.legend_label.setText(text)

    # ---------------------------------------------------------------- toggles
    def _on_show_test(self, checked: bool) -> None:
        self.test_points.setVisible(checked)
        self.test_picture.setVisible(checked)
        self.show_test_changed.emit(checked)

    def _on_discretize(self, checked: bool) -> None:
        if self._snap is not None:
            self._update_image(self._snap)
        self.discretize_changed.emit(checked)
