"""File › Export: the decision boundary and the network diagram as pictures, the loss
history as CSV, the weights as JSON, and an animated GIF of a copy of the work training.

Every export reads the session through the WorkerClient (the session lives in the worker
thread) and writes its file whole or not at all."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QAction, QGuiApplication, QPainter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QProgressDialog, QWidget

from engine.i18n import translate
from playground.core import render
from playground.core.session import Session
from playground.projects.file_names import safe_file_name

if TYPE_CHECKING:
    from playground.compute.client import WorkerClient
    from playground.designer.network_view import NetworkView
    from playground.projects.file_actions import FileActions
    from playground.views.output_view import OutputView

BOUNDARY_SIZE = 600  # pixels of the decision boundary picture
GIF_EPOCHS = 200  # offered by default
GIF_MAX_EPOCHS = 100_000
GIF_FRAMES = 40
GIF_SIZE = 320  # pixels


def pretty_json(value: Any, indent: int = 0) -> str:
    """JSON with one line per matrix row, so weights read like a table."""
    pad, inner = " " * indent, " " * (indent + 2)
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k)}: {pretty_json(v, indent + 2)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        items = [f"{inner}{pretty_json(v, indent + 2)}" for v in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False)


def image_filter(kind: str) -> str:
    """The file dialog's filter for a picture of ``kind`` (png or svg)."""
    if kind == "png":
        return translate("exports", "PNG image (*.png)")
    return translate("exports", "SVG image (*.svg)")


class Exports:
    """Fills ``menu`` (File › Export); files are named after the work in ``files``."""

    def __init__(
        self,
        client: WorkerClient,
        parent: QWidget,
        menu: QMenu,
        files: FileActions,
        network_view: NetworkView,
        output_view: OutputView,
        status: Callable[[str, int], None],
    ) -> None:
        self.client = client
        self.parent = parent
        self.files = files
        self.network_view = network_view
        self.output_view = output_view
        self.status = status

        def add(text: str, slot: Callable[[], object]) -> QAction:
            action = QAction(text, parent)
            action.triggered.connect(lambda _checked=False: slot())
            menu.addAction(action)
            parent.addAction(action)
            return action

        self.actions = {
            "boundary_png": add(
                translate("exports", "Decision boundary as &PNG…"),
                lambda: self.export_boundary("png"),
            ),
            "boundary_svg": add(
                translate("exports", "Decision boundary as &SVG…"),
                lambda: self.export_boundary("svg"),
            ),
            "network_png": add(
                translate("exports", "&Network diagram as PNG…"), lambda: self.export_network("png")
            ),
            "network_svg": add(
                translate("exports", "Network diagram as S&VG…"), lambda: self.export_network("svg")
            ),
            "history_csv": add(translate("exports", "&Loss history as CSV…"), self.export_history),
            "weights_json": add(translate("exports", "&Weights as JSON…"), self.export_weights),
            "gif": add(translate("exports", "Animated &GIF of training…"), self.export_gif),
        }

    def _path(self, title: str, suffix: str, filter_text: str, stem: str) -> Path | None:
        start = str(Path(self.files.start_dir()) / f"{safe_file_name(stem)}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.parent, title, start, filter_text)
        if not path:
            return None
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return Path(path)

    def _export(self, path: Path | None, write: Callable[[Path], None]) -> bool:
        if path is None:
            return False
        try:
            write(path)
        except (OSError, TimeoutError, ValueError) as exc:
            self.files.error(
                translate("exports", "Cannot export {name}").format(name=path.name), str(exc)
            )
            return False
        self.status(translate("exports", "Exported {path}").format(path=path), 6000)
        return True

    def export_boundary(self, kind: str = "png", path: Path | None = None) -> bool:
        path = path or self._path(
            translate("exports", "Export the decision boundary"),
            kind,
            image_filter(kind),
            translate("exports", "{name} boundary").format(name=self.files.name),
        )
        show_test, discretize = self.output_view.show_test, self.output_view.discretize

        def write(p: Path) -> None:
            net, data = self.client.call(lambda s: (s.trainer.network.copy(), s.data))
            render.save_boundary(net, data, p, BOUNDARY_SIZE, show_test, discretize)

        return self._export(path, write)

    def export_network(self, kind: str = "png", path: Path | None = None) -> bool:
        path = path or self._path(
            translate("exports", "Export the network diagram"),
            kind,
            image_filter(kind),
            translate("exports", "{name} network").format(name=self.files.name),
        )
        view = self.network_view

        def write(p: Path) -> None:
            if kind == "png":
                tmp = Path(f"{p}.tmp.png")
                if not view.grab().save(str(tmp), "PNG"):
                    raise OSError(translate("exports", "the picture could not be written"))
                os.replace(tmp, p)
                return
            from PySide6.QtSvg import QSvgGenerator

            scene = view.scene()
            source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
            generator = QSvgGenerator()
            tmp = f"{p}.tmp"
            generator.setFileName(tmp)
            generator.setSize(QSize(int(source.width()), int(source.height())))
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle("NN Playground network")
            painter = QPainter(generator)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
            finally:
                painter.end()
            os.replace(tmp, p)

        return self._export(path, write)

    def export_history(self, path: Path | None = None) -> bool:
        path = path or self._path(
            translate("exports", "Export the loss history"),
            "csv",
            translate("exports", "CSV table (*.csv)"),
            translate("exports", "{name} loss").format(name=self.files.name),
        )

        def write(p: Path) -> None:
            history = self.client.call(lambda s: s.trainer.history.arrays())
            keys = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
            lines = [",".join(keys)]
            for row in zip(*(history[k] for k in keys)):
                cells = [f"{int(row[0])}"] + [
                    "" if math.isnan(v) else repr(float(v)) for v in row[1:]
                ]
                lines.append(",".join(cells))
            render.write_bytes(p, ("\n".join(lines) + "\n").encode("utf-8"))

        return self._export(path, write)

    def export_weights(self, path: Path | None = None) -> bool:
        path = path or self._path(
            translate("exports", "Export the weights"),
            "json",
            translate("exports", "JSON (*.json)"),
            translate("exports", "{name} weights").format(name=self.files.name),
        )

        def grab(s: Session) -> dict:
            net = s.trainer.network
            names = ["inputs"] + [f"hidden layer {i + 1}" for i in range(len(net.params) - 1)]
            return {
                "epoch": s.trainer.epoch,
                "spec": net.spec,
                "layers": [
                    {
                        "from": names[i],
                        "to": names[i + 1] if i + 1 < len(names) else "output",
                        "W (one row per input)": W.tolist(),
                        "b": b.tolist(),
                        "enabled": m.astype(int).tolist(),
                    }
                    for i, ((W, b), m) in enumerate(zip(net.params, net.masks))
                ],
            }

        def write(p: Path) -> None:
            data = self.client.call(grab)
            render.write_bytes(p, (pretty_json(data) + "\n").encode("utf-8"))

        return self._export(path, write)

    def export_gif(self, path: Path | None = None, epochs: int | None = None) -> bool:
        if epochs is None:
            epochs, ok = QInputDialog.getInt(
                self.parent,
                translate("exports", "Animated GIF"),
                translate(
                    "exports",
                    "Train a copy of this network for how many epochs?\n"
                    "(Your own work is not changed.)",
                ),
                GIF_EPOCHS,
                1,
                GIF_MAX_EPOCHS,
                50,
            )
            if not ok:
                return False
        path = path or self._path(
            translate("exports", "Export an animated GIF"),
            "gif",
            translate("exports", "GIF animation (*.gif)"),
            translate("exports", "{name} training").format(name=self.files.name),
        )
        show_test = self.output_view.show_test

        def write(p: Path) -> None:
            from playground.core.project import apply_project, load_project  # not at start

            copy = Session()
            apply_project(copy, load_project(json.dumps(self.files.project_data())))
            dialog = QProgressDialog(
                translate("exports", "Training a copy and drawing the frames…"),
                translate("exports", "Cancel"),
                0,
                100,
                self.parent,
            )
            dialog.setWindowTitle(translate("exports", "Animated GIF"))
            dialog.setMinimumDuration(400)

            def progress(done: int, total: int) -> bool:
                dialog.setMaximum(total)
                dialog.setValue(done)
                QGuiApplication.processEvents()
                return not dialog.wasCanceled()

            try:
                render.training_gif(
                    copy,
                    p,
                    epochs=int(epochs),
                    frames=GIF_FRAMES,
                    size=GIF_SIZE,
                    show_test=show_test,
                    progress=progress,
                )
            finally:
                dialog.close()
                dialog.deleteLater()

        return self._export(path, write)
