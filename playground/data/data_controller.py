"""The data controls' controller: own points, clearing, switching data, CSV import/export.

Every change of the data goes through the undo stack as a command of
:mod:`playground.data.data_commands`, so that painted points are never lost to a stray
click. It also redraws the My points tile of the data panel and adds the CSV entries to
the File menu (Import Data from CSV…, before the Export submenu) and to File › Export
(Data as CSV…, first): that submenu belongs to the file actions, so they are built first
and hand it over. Opening a project clears the undo history.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.compute.client import WorkerClient
from playground.core import csv_io, plural
from playground.core.points import FIT_HALF_WIDTH, PointSet, fit_to_view, outside_view
from playground.core.session import Session
from playground.core.snapshot import Snapshot
from playground.data import data_texts
from playground.data.csv_reading import read_csv_live
from playground.data.data_commands import DataStateCommand
from playground.data.data_panel import DataPanel
from playground.views.desktop import interactive

CSV_FILTER = QT_TRANSLATE_NOOP("data_controller", "CSV files (*.csv *.txt);;All files (*)")
LAST_DIR_KEY = "data/last_dir"
THUMBNAIL_DELAY_MS = 250  # redraw the My points tile this long after the last change
MAX_KEPT_COORDINATE = 1000.0  # points beyond this must be fitted (a project keeps ±1000)


def _count(n: int) -> str:
    """``n`` points, as the user reads it."""
    return plural.english(translate("data_controller", "%n point(s)", None, n), n)


class DataController(QObject):
    """Links the window's data controls to the worker, through the undo stack."""

    _tile_ready = Signal(object)  # the Future of _refresh_own_tile, done

    def __init__(
        self,
        client: WorkerClient,
        undo_stack: QUndoStack,
        data_panel: DataPanel,
        latest: Callable[[], Snapshot | None],
        status: Callable[[str, int], None],
        parent: QWidget,
        file_menu: QMenu,
        export_menu: QMenu,
        project_opened: SignalInstance,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.stack = undo_stack
        self.data_panel = data_panel
        self._latest = latest
        self._status = status
        self._parent = parent  # of the dialogs
        self.last_error = ""  # the last error shown (tests read it instead of clicking)
        self.last_box: QMessageBox | None = None
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(THUMBNAIL_DELAY_MS)
        self._thumb_timer.timeout.connect(self._refresh_own_tile)
        self._tile_ready.connect(self._on_tile_ready)  # queued from the worker's thread

        data_panel.import_requested.connect(lambda: self.import_csv())
        data_panel.export_requested.connect(lambda: self.export_csv())
        project_opened.connect(lambda *_: undo_stack.clear())
        self.import_action = QAction(translate("data_controller", "&Import Data from CSV…"), parent)
        self.import_action.setStatusTip(
            translate("data_controller", "Read points from a CSV file as your own points")
        )
        self.import_action.triggered.connect(lambda: self.import_csv())
        file_menu.insertAction(export_menu.menuAction(), self.import_action)
        self.export_action = QAction(translate("data_controller", "&Data as CSV…"), parent)
        self.export_action.triggered.connect(lambda: self.export_csv())
        first = export_menu.actions()[0] if export_menu.actions() else None
        export_menu.insertAction(first, self.export_action)
        QTimer.singleShot(0, self.update_own_tile)

    # --------------------------------------------------------- the worker
    def call(self, fn: Callable[[Session], Any]) -> Any:
        """Run ``fn(session)`` where the session lives and wait for its result."""
        return self.client.call(fn)

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    # ------------------------------------------------------------ reading
    @property
    def snapshot(self) -> Snapshot | None:
        """The newest snapshot drawn."""
        return self._latest()

    def showing_own_points(self) -> bool:
        snap = self.snapshot
        return snap is not None and snap.settings.data_source == "painted"

    def status(self, text: str, ms: int = 8000) -> None:
        self._status(text, ms)

    def editable(self) -> bool:
        """False while a lesson locked or hid the data controls."""
        panel = self.data_panel
        return panel.isEnabled() and not panel.isHidden()

    # ------------------------------------------------------ data panel
    def change(self, changes: dict) -> None:
        """A change from the data panel. Leaving own points for a generator is an undo
        step, so painted points are never lost to a stray click."""
        if changes.get("data_source") == "painted":
            self.use_own_points()
        elif "dataset" in changes and self.showing_own_points():
            title = data_texts.title(changes["dataset"])
            text = translate("data_controller", "switch to {dataset} data").format(dataset=title)
            self.push(DataStateCommand(self.client, text, lambda s: s.change(**changes)))
            self.status(
                translate(
                    "data_controller",
                    "Showing the {dataset} data. Your own points are kept: Ctrl+Z or "
                    "the My points tile brings them back.",
                ).format(dataset=title)
            )
        else:
            self.client.change(changes)

    def use_own_points(self) -> None:
        """Show the own points (the My points tile)."""
        if self.showing_own_points():
            return
        self.push(
            DataStateCommand(
                self.client,
                translate("data_controller", "switch to my points"),
                lambda s: s.start_painting(copy=False),
            )
        )

    def start_painting(self, copy: bool | None = None) -> bool:
        """Switch to own points to paint on. ``copy``: start from a copy of the points on
        show (True), from the own points kept (False), or ask when both exist (None).
        Return False if the user cancelled."""
        if self.showing_own_points():
            return True
        snap = self.snapshot
        # "these" stands for a dataset's title before the first frame (a title goes there)
        title = (
            data_texts.title(snap.settings.dataset)
            if snap
            else translate("data_controller", "these")
        )
        if copy is None:
            try:
                kept = self.call(lambda s: len(s.own_points()))
            except TimeoutError:
                kept = 0
            copy = not kept
            if kept and interactive():
                box = QMessageBox(self._parent)
                box.setIcon(QMessageBox.Icon.Question)
                box.setWindowTitle(translate("data_controller", "Paint on which points?"))
                box.setText(
                    translate(
                        "data_controller",
                        "You have {points} of your own from before. Paint on them, or on "
                        "a copy of the {dataset} points on show?",
                    ).format(points=_count(kept), dataset=title)
                )
                mine = box.addButton(
                    translate("data_controller", "My points"), QMessageBox.ButtonRole.AcceptRole
                )
                box.addButton(
                    translate("data_controller", "Copy of {dataset}").format(dataset=title),
                    QMessageBox.ButtonRole.AcceptRole,
                )
                cancel = box.addButton(QMessageBox.StandardButton.Cancel)
                box.exec()
                if box.clickedButton() is cancel:
                    return False
                copy = box.clickedButton() is not mine
        text = (
            translate("data_controller", "paint on a copy of {dataset} data").format(dataset=title)
            if copy
            else translate("data_controller", "switch to my points")
        )
        self.push(DataStateCommand(self.client, text, lambda s: s.start_painting(copy=copy)))
        if copy:
            self.status(
                translate(
                    "data_controller",
                    "Painting on a copy of the {dataset} points: Clear empties the canvas, "
                    "Ctrl+Z goes back.",
                ).format(dataset=title)
            )
        return True

    def clear(self) -> None:
        """Remove every own point of the current problem type (undoable)."""
        try:  # asked where the points are, after every change sent before
            n = self.call(lambda s: len(s.own_points()))
        except TimeoutError:
            return
        if not n:
            self.status(translate("data_controller", "There are no points of your own to clear."))
            return
        self.push(
            DataStateCommand(
                self.client,
                translate("data_controller", "clear {points}").format(points=_count(n)),
                lambda s: s.set_own_points(PointSet.empty(s.settings.problem)),
            )
        )

    # ------------------------------------------------------------- CSV
    def _start_dir(self) -> str:
        last = QSettings().value(LAST_DIR_KEY, "")
        if last and Path(str(last)).is_dir():
            return str(last)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def import_csv(self, path: str | Path | None = None, fit: bool | None = None) -> bool:
        """Read a CSV file and make its points the own points (undoable).

        A bad file shows one message naming the line and the problem, and changes
        nothing. Points outside the view box are fitted into it after asking (``fit``
        answers for tests)."""
        if not self.editable():
            self.status(translate("data_controller", "The data is locked in this lesson."))
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._parent,
                translate("data_controller", "Import data from CSV"),
                self._start_dir(),
                translate("data_controller", CSV_FILTER),
            )
            if not path:
                return False
        path = Path(path)
        try:
            data = read_csv_live(path)  # in a thread: 100,000 lines take a second
        except csv_io.CsvError as exc:
            self._error(
                translate("data_controller", "Cannot import {file}").format(file=path.name),
                translate(
                    "data_controller", "{problem}\n\nNothing was imported; your data is as it was."
                ).format(problem=exc),
            )
            return False
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        X, fitted = data.X, None
        if outside_view(X):
            fitted = fit_to_view(X)
            reach = float(np.max(np.abs(X)))
            if fit is None and not interactive():
                fit = True  # the dialog's default answer
            if fit is None:
                fit = self._ask_fit(path.name, X, reach)
                if fit is None:
                    return False
            if not fit and reach > MAX_KEPT_COORDINATE:
                fit = True
            if fit:
                X = fitted.apply(X)
            else:
                fitted = None
        task, y, note = data.task, data.y, data.describe()
        self.push(
            DataStateCommand(
                self.client,
                translate("data_controller", "import {points}").format(points=_count(len(data))),
                lambda s: s.import_points(task, X, y, fitted),
            )
        )
        if fitted is None:
            message = translate("data_controller", "Imported {points} from {file}.")
        else:
            message = translate(
                "data_controller", "Imported {points} from {file}. They were {fit}."
            )
        fit_text = fitted.describe() if fitted is not None else ""
        self.status(message.format(points=note, file=path.name, fit=fit_text), 15000)
        return True

    def _ask_fit(self, name: str, X: np.ndarray, reach: float) -> bool | None:
        lo, hi = X.min(axis=0), X.max(axis=0)
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("data_controller", "Points outside the view"))
        box.setText(
            translate(
                "data_controller",
                "The points of {file} reach outside the view, which shows −6 to 6 on both axes.",
            ).format(file=name)
        )
        box.setInformativeText(
            translate(
                "data_controller",
                "x₁ runs from {x1_low} to {x1_high}, x₂ from {x2_low} to {x2_high}.\n\n"
                "Fit them into the view? Both axes are scaled alike (shapes stay as they are) "
                "and centred within ±{half_width}; the scaling is remembered and "
                "shown under the data controls.",
            ).format(
                x1_low=number(lo[0], ".4g"),
                x1_high=number(hi[0], ".4g"),
                x2_low=number(lo[1], ".4g"),
                x2_high=number(hi[1], ".4g"),
                half_width=number(FIT_HALF_WIDTH),
            )
        )
        fit = box.addButton(
            translate("data_controller", "Fit into the view"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            translate("data_controller", "Import as they are"), QMessageBox.ButtonRole.AcceptRole
        )
        if reach > MAX_KEPT_COORDINATE:
            keep.setEnabled(False)
            keep.setToolTip(
                translate("data_controller", "Points beyond ±{limit} must be fitted.").format(
                    limit=number(MAX_KEPT_COORDINATE)
                )
            )
        else:
            keep.setToolTip(
                translate("data_controller", "Points outside −6 to 6 are trained on but not drawn.")
            )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(fit)
        box.exec()
        clicked = box.clickedButton()
        if clicked is cancel or clicked is None:
            return None
        return clicked is fit

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Write the points on show to a CSV file that :meth:`import_csv` reads back."""

        def grab(s: Session):
            if s.settings.data_source == "painted":
                points = s.own_points()
                return points.task, points.X.copy(), points.y.copy(), points.fit, "my-points"
            d = s.data
            X = np.concatenate((d.X_train, d.X_test))
            y = np.concatenate((d.y_train, d.y_test))
            return d.task, X, y, None, s.settings.dataset

        try:
            task, X, y, fit, name = self.call(grab)
        except TimeoutError as exc:
            self._error(translate("data_controller", "Cannot export the data"), str(exc))
            return False
        if not len(X):
            self._error(
                translate("data_controller", "Nothing to export"),
                translate("data_controller", "There are no points yet: paint or import some."),
            )
            return False
        if path is None:
            start = str(Path(self._start_dir()) / f"{name}.csv")
            path, _ = QFileDialog.getSaveFileName(
                self._parent,
                translate("data_controller", "Export data as CSV"),
                start,
                translate("data_controller", CSV_FILTER),
            )
            if not path:
                return False
        path = Path(path)
        n = len(X)  # the file's comment stays English: files do not follow the language
        comments = [f"NN Playground data: {n:,} point{'' if n == 1 else 's'}, {task}"]
        if fit is not None:
            comments.append(f"Imported points, {fit.describe()}")
        try:
            csv_io.write_csv(path, X, y, task, tuple(comments))
        except (OSError, ValueError) as exc:
            self._error(
                translate("data_controller", "Cannot export {file}").format(file=path.name),
                str(exc),
            )
            return False
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        self.status(
            translate("data_controller", "Exported {points} to {file}.").format(
                points=_count(len(X)), file=path.name
            )
        )
        return True

    def _error(self, title: str, message: str) -> None:
        self.last_error = message
        self.status(message.split("\n")[0], 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, f"<b>{title}</b>", parent=self._parent)
        box.setInformativeText(message)
        box.setObjectName("dataErrorBox")
        self.last_box = box
        if interactive():  # tests and scripts read last_error instead of clicking
            box.exec()

    # ------------------------------------------------------------ display
    def on_data(self, snap: Snapshot) -> None:
        """The data on show changed: redraw the My points tile soon."""
        self._thumb_timer.start()

    def update_own_tile(self) -> None:
        """Redraw the My points tile and the note of how imported points were scaled."""
        try:
            tile = self.call(_own_tile)
        except TimeoutError:
            return
        self._show_own_tile(tile)

    def _refresh_own_tile(self) -> None:
        """update_own_tile without waiting for the worker, which may be busy with a frame
        of 100,000 points: the tile is drawn when its answer comes (``_tile_ready``)."""
        future = self.client.run(_own_tile)
        future.add_done_callback(lambda done: self._tile_ready.emit(done))

    def _on_tile_ready(self, future: Future) -> None:
        if future.exception() is None:
            self._show_own_tile(future.result())

    def _show_own_tile(self, tile: tuple) -> None:
        task, X, y, fit, showing = tile
        panel = self.data_panel
        panel.set_own_thumbnail(task, X, y)
        note = translate("data_controller", "My points were {fit}.") if fit and showing else ""
        panel.set_note(note.format(fit=fit.describe()) if note else "")


def _own_tile(s: Session) -> tuple:
    """What the My points tile shows (in the worker thread)."""
    return (
        s.settings.problem,
        s.own_points().X.copy(),
        s.own_points().y.copy(),
        s.own_points().fit,
        s.settings.data_source == "painted",
    )
