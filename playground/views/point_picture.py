"""Large point sets drawn as one picture, built in a thread of its own.

The output view hands a set of more than ``IMAGE_ABOVE`` points here instead of to
pyqtgraph's ScatterPlotItem, whose setData on 50,000 points holds the GUI thread for
150–275 ms. The picture (playground.core.point_raster) is stamped at the plot's own
resolution on a QThreadPool thread and shown by ``PointPicture``, a blit a frame; until it
arrives the previous one stays on show.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPainter, QTransform

from playground.core import markers, point_raster
from playground.core.point_raster import PointStyle

# More points than this (training and test together) and they are drawn as a picture:
# at this size setData still costs the GUI thread about 20 ms, well inside a frame.
IMAGE_ABOVE = 5000


@dataclass(frozen=True)
class PictureJob:
    """What a picture shows: the points, their colours and shapes, and where."""

    X: np.ndarray
    rgb: np.ndarray  # (n, 3) uint8
    y: np.ndarray | None  # class labels (their shapes), None for regression (all circles)
    style: PointStyle
    extent: tuple[float, float]
    width: int
    height: int


def build_image(job: PictureJob) -> QImage:
    """The picture of ``job`` as a QImage that owns its pixels (any thread may call this)."""
    if job.y is None:
        names, marker_of = [markers.CIRCLE], np.zeros(len(job.X), dtype=np.intp)
    else:
        labels = np.asarray(job.y, dtype=np.intp) % len(markers.CLASS_MARKERS)
        names, marker_of = list(markers.CLASS_MARKERS), labels
    argb = point_raster.rasterize(
        job.X, job.rgb, names, marker_of, job.style, job.extent, job.width, job.height
    )
    image = QImage(
        argb.data, job.width, job.height, 4 * job.width, QImage.Format.Format_ARGB32_Premultiplied
    )
    return image.copy()  # its own pixels, so the array may go


class PointPicture(pg.GraphicsObject):
    """A picture of points laid over the square ``extent``, drawn pixel for pixel."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self._bounds = QRectF()

    def set_image(self, image: QImage | None, extent: tuple[float, float]) -> None:
        lo, hi = float(extent[0]), float(extent[1])
        self.prepareGeometryChange()
        self.image = image
        self._bounds = QRectF(lo, lo, hi - lo, hi - lo) if image is not None else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        if self.image is None:
            return
        # The view's y axis points up and the picture's rows go down: draw it in device
        # pixels, where it was built to land one to one (a blit, not a transformed draw).
        target = painter.worldTransform().mapRect(self._bounds)
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.drawImage(target, self.image)
        painter.restore()


class _Build(QRunnable):
    def __init__(self, jobs: tuple[PictureJob, ...], generation: int, done) -> None:
        super().__init__()
        self._jobs, self._generation, self._done = jobs, generation, done

    def run(self) -> None:
        images = [build_image(job) for job in self._jobs]
        with contextlib.suppress(RuntimeError):  # the view closed meanwhile: nobody waits
            self._done.emit(self._generation, images)


class PictureBuilder(QObject):
    """Builds pictures one at a time on a thread of its own; only the latest request's
    picture is delivered (``ready``), and a request made while one is being built waits
    for it rather than piling up."""

    ready = Signal(object)  # the QImages of the latest request, one a job
    _built = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._busy = False
        self._waiting: tuple[PictureJob, ...] | None = None
        self._built.connect(self._on_built)  # queued: emitted from the pool's thread

    @property
    def pending(self) -> bool:
        """Whether the latest request's picture has not arrived yet."""
        return self._busy or self._waiting is not None

    def request(self, jobs: tuple[PictureJob, ...]) -> None:
        self._generation += 1
        if self._busy:
            self._waiting = jobs
        else:
            self._start(jobs)

    def cancel(self) -> None:
        """Deliver nothing more (the points went back to markers)."""
        self._generation += 1
        self._waiting = None

    def _start(self, jobs: tuple[PictureJob, ...]) -> None:
        self._busy = True
        self._pool.start(_Build(jobs, self._generation, self._built))

    def _on_built(self, generation: int, images: list) -> None:
        self._busy = False
        if self._waiting is not None:
            jobs, self._waiting = self._waiting, None
            self._start(jobs)
        elif generation == self._generation:
            self.ready.emit(images)
