"""File › Export › Metrics as CSV… / as JSON…: the metrics panel's figures, computed in
the worker thread for the network on show, written whole or not at all.

The JSON holds the fields ``nn-playground run --report`` adds (``confusion_matrix``, or
``r2``, ``rmse``, ``mae``), each class's precision, recall, F1 and support, and the
accuracy of each set; the CSV is :func:`playground.core.metrics.table_rows`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from engine.i18n import QT_TRANSLATE_NOOP, translate
from playground.compute.client import WorkerClient
from playground.core.render import write_bytes

# playground.core.metrics is imported where the figures are first computed or written:
# the window's first frame needs none of it.
if TYPE_CHECKING:
    from playground.core import metrics
    from playground.projects.file_actions import FileActions


def metrics_json(figures: metrics.Metrics) -> dict:
    """The JSON export's content (undefined figures are null)."""
    from playground.core import metrics

    out: dict = {"epoch": figures.epoch, "task": figures.task}
    out.update(metrics.report_fields(figures))
    if figures.task == "classification":
        out["accuracy"] = {s: figures.split(s).scores["accuracy"] for s in metrics.SPLITS}
        out["per_class"] = {
            s: [
                {"class": k, **vars(score)}
                for k, score in enumerate(metrics.class_scores(figures.split(s).matrix))
            ]
            for s in metrics.SPLITS
        }
    return out


def metrics_csv(figures: metrics.Metrics) -> str:
    from playground.core import metrics

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in metrics.table_rows(figures):
        writer.writerow(["" if cell is None else cell for cell in row])
    return buffer.getvalue()


class MetricsExports:
    """Adds the two entries to ``menu`` (File › Export)."""

    def __init__(
        self,
        client: WorkerClient,
        parent: QWidget,
        menu: QMenu,
        files: FileActions,
        status: Callable[[str, int], None],
    ) -> None:
        self._client, self._parent, self._files, self._status = client, parent, files, status
        self.actions: dict[str, QAction] = {}
        for key, text, kind in (
            ("metrics_csv", QT_TRANSLATE_NOOP("metrics_export", "&Metrics as CSV…"), "csv"),
            ("metrics_json", QT_TRANSLATE_NOOP("metrics_export", "Metrics as &JSON…"), "json"),
        ):
            action = QAction(translate("metrics_export", text), parent)
            action.setToolTip(
                translate(
                    "metrics_export",
                    "The confusion matrices with each class's precision, recall and F1, or R², "
                    "RMSE and MAE for regression, of the training and test sets",
                )
            )
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            menu.addAction(action)
            parent.addAction(action)
            self.actions[key] = action

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Write the figures as ``kind`` ("csv" or "json") to ``path`` (None: ask)."""
        if path is None:
            stem = re.sub(r"[^\w\- ]+", "_", self._files.name).strip() or "metrics"
            name = translate("metrics_export", "{project} metrics").format(project=stem)
            start = str(Path(self._files.start_dir()) / f"{name}.{kind}")
            if kind == "csv":
                label = translate("metrics_export", "CSV table (*.csv)")
            else:
                label = translate("metrics_export", "JSON (*.json)")
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, translate("metrics_export", "Export the metrics"), start, label
            )
            if not chosen:
                return False
            path = Path(chosen if chosen.lower().endswith(f".{kind}") else f"{chosen}.{kind}")
        from playground.core.metrics import of_session

        try:
            figures = self._client.call(of_session)
            if kind == "csv":
                text = metrics_csv(figures)
            else:
                text = json.dumps(metrics_json(figures), indent=2) + "\n"
            write_bytes(path, text.encode("utf-8"))
        except (OSError, TimeoutError, ValueError) as exc:
            self._files.error(
                translate("metrics_export", "Cannot export {file}").format(file=path.name),
                str(exc),
            )
            return False
        self._status(translate("metrics_export", "Exported {path}").format(path=path), 6000)
        return True
