"""Undoable data changes: paint and erase strokes, clear, import, and switching data.

The session lives in the worker thread, so every command here only *sends* its work
there (``worker.send("call", fn)``), where it runs between two training steps, in order
with everything else the GUI sent. What a command must remember to undo itself (the
points a stroke added or erased, the data before an import) is written and read only by
those functions, in the worker thread: the queue's order makes every undo run after the
step it undoes, however late the GUI pushed it.

:func:`install` adds all of it to a MainWindow: the paint tool on the output view, the
own-points tiles of the data panel, CSV import and export, and the Edit menu's entries.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from engine import datasets
from playground.core import csv_io
from playground.core.points import FIT_HALF_WIDTH, PointSet, fit_to_view, outside_view
from playground.core.session import Session

CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"
LAST_DIR_KEY = "data/last_dir"
CALL_TIMEOUT = 10.0
THUMBNAIL_DELAY_MS = 250  # redraw the My points tile this long after the last change
MAX_KEPT_COORDINATE = 1000.0  # points beyond this must be fitted (a project keeps ±1000)

log = logging.getLogger(__name__)


def _count(n: int, what: str = "point") -> str:
    return f"{n:,} {what}{'' if n == 1 else 's'}"


# ============================================================================ commands
class WorkerCommand(QUndoCommand):
    """An undo step whose work runs in the worker thread.

    Subclasses define :meth:`apply` and :meth:`revert` (worker thread; they may return
    True when the network was re-initialised). With ``applied`` the work was already done
    (a stroke is painted while the mouse moves), so the redo that ``push`` calls is skipped.
    """

    def __init__(self, controller: DataController, text: str, applied: bool = False) -> None:
        super().__init__(text)
        self.controller = controller
        self._skip_redo = applied

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.controller.run(self.apply)

    def undo(self) -> None:
        self.controller.run(self.revert)

    def apply(self, session: Session) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self, session: Session) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


class StrokeCommand(WorkerCommand):
    """One drag of the brush or eraser; its batches are applied while the mouse moves."""

    def __init__(self, controller: DataController, kind: str) -> None:
        super().__init__(controller, kind, applied=True)
        self.kind = kind  # "paint" or "erase"
        self.changed: list[PointSet] = []  # worker thread only: what each batch added/erased
        self.sent = 0  # GUI side: points sent (paint) or batches sent (erase)

    def add_batch(self, X: np.ndarray, y: np.ndarray) -> None:
        self.sent += len(X)
        self.controller.run(lambda s: self.changed.append(s.add_points(X, y)))

    def erase_batch(self, path: np.ndarray, radius: float) -> None:
        self.sent += 1
        self.controller.run(lambda s: self.changed.append(s.erase_points(path, radius)))

    def report(self) -> None:
        """Once every batch ran, emit ``controller.stroke_finished(self, points changed)``
        (from the worker thread; Qt delivers it in the GUI thread)."""
        signal = self.controller.stroke_finished
        self.controller.run(lambda s: signal.emit(self, sum(len(p) for p in self.changed)))

    def _all(self) -> list[PointSet]:
        return [p for p in self.changed if len(p)]

    def _put_back(self, session: Session) -> None:
        for points in self._all():
            session.insert_points(points)

    def _take_out(self, session: Session) -> None:
        for points in self._all():
            session.remove_points(points.ids, points.task)

    def apply(self, session: Session) -> None:
        (self._put_back if self.kind == "paint" else self._take_out)(session)

    def revert(self, session: Session) -> None:
        (self._take_out if self.kind == "paint" else self._put_back)(session)


class DataStateCommand(WorkerCommand):
    """A change of the data as a whole (clear, import, switching between generated and
    own points); undo puts back the data settings and every own point as they were."""

    def __init__(
        self, controller: DataController, text: str, action: Callable[[Session], Any]
    ) -> None:
        super().__init__(controller, text)
        self.action = action
        self.before = None  # worker thread only

    def apply(self, session: Session) -> Any:
        self.before = session.data_state()
        return self.action(session)

    def revert(self, session: Session) -> Any:
        if self.before is not None:
            return session.restore_data_state(self.before)
        return False


# ========================================================================== controller
class DataController(QObject):
    """Links the window's data controls to the worker, through the undo stack."""

    stroke_finished = Signal(object, int)  # a StrokeCommand, how many points it changed

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.stack = window.undo_stack
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(THUMBNAIL_DELAY_MS)
        self._thumb_timer.timeout.connect(self.update_own_tile)

    # --------------------------------------------------------- the worker
    def run(self, fn: Callable[[Session], Any]) -> None:
        """Run ``fn(session)`` in the worker thread, after everything sent before it.

        A ValueError becomes a status-bar message; a True result (the network was
        re-initialised) pauses training, as a reset does."""
        worker = self.worker

        def job(session: Session) -> None:
            try:
                if fn(session) is True:
                    worker.running = False
            except ValueError as exc:
                worker._message = f"Not changed: {exc}"
            except Exception as exc:  # noqa: BLE001 - never let a bug stop training
                log.exception("A data change failed in the worker")
                worker._message = f"Not changed: an internal error ({type(exc).__name__})"

        worker.send("call", job)

    def call(self, fn: Callable[[Session], Any]) -> Any:
        """Run ``fn(session)`` where the session lives and wait for its result."""
        worker = self.worker
        thread = worker.thread()
        if thread is None or not thread.isRunning():
            return fn(worker.session)
        done = threading.Event()
        box: dict[str, Any] = {}

        def job(session: Session) -> None:
            try:
                box["result"] = fn(session)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                box["error"] = exc
            finally:
                done.set()

        worker.send("call", job)
        if not done.wait(CALL_TIMEOUT):
            raise TimeoutError("the training thread did not answer in time")
        if "error" in box:
            raise box["error"]
        return box["result"]

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    # ------------------------------------------------------------ reading
    @property
    def snapshot(self):
        return getattr(self.window, "snapshot", None)

    def showing_own_points(self) -> bool:
        snap = self.snapshot
        return snap is not None and snap.settings.data_source == "painted"

    def status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def editable(self) -> bool:
        """False while a lesson locked or hid the data controls."""
        panel = self.window.data_panel
        return panel.isEnabled() and not panel.isHidden()

    # ------------------------------------------------------ data panel
    def change(self, changes: dict) -> None:
        """A change from the data panel. Leaving own points for a generator is an undo
        step, so painted points are never lost to a stray click."""
        if changes.get("data_source") == "painted":
            self.use_own_points()
        elif "dataset" in changes and self.showing_own_points():
            title = datasets.DATASETS[changes["dataset"]].title
            self.push(
                DataStateCommand(self, f"switch to {title} data", lambda s: s.change(**changes))
            )
            self.status(
                f"Showing the {title} data. Your own points are kept: Ctrl+Z or "
                "the My points tile brings them back."
            )
        else:
            self.worker.send("change", changes)

    def use_own_points(self) -> None:
        """Show the own points (the My points tile)."""
        if self.showing_own_points():
            return
        self.push(
            DataStateCommand(self, "switch to my points", lambda s: s.start_painting(copy=False))
        )

    def start_painting(self, copy: bool | None = None) -> bool:
        """Switch to own points to paint on. ``copy``: start from a copy of the points on
        show (True), from the own points kept (False), or ask when both exist (None).
        Return False if the user cancelled."""
        if self.showing_own_points():
            return True
        snap = self.snapshot
        title = datasets.DATASETS[snap.settings.dataset].title if snap else "these"
        if copy is None:
            try:
                kept = self.call(lambda s: len(s.own_points()))
            except TimeoutError:
                kept = 0
            copy = not kept
            if kept and _interactive():
                box = QMessageBox(self.window)
                box.setIcon(QMessageBox.Icon.Question)
                box.setWindowTitle("Paint on which points?")
                box.setText(
                    f"You have {_count(kept)} of your own from before. Paint on them, or on "
                    f"a copy of the {title} points on show?"
                )
                mine = box.addButton("My points", QMessageBox.ButtonRole.AcceptRole)
                box.addButton(f"Copy of {title}", QMessageBox.ButtonRole.AcceptRole)
                cancel = box.addButton(QMessageBox.StandardButton.Cancel)
                box.exec()
                if box.clickedButton() is cancel:
                    return False
                copy = box.clickedButton() is not mine
        text = f"paint on a copy of {title} data" if copy else "switch to my points"
        self.push(DataStateCommand(self, text, lambda s: s.start_painting(copy=copy)))
        if copy:
            self.status(
                f"Painting on a copy of the {title} points: Clear empties the canvas, "
                "Ctrl+Z goes back."
            )
        return True

    def clear(self) -> None:
        """Remove every own point of the current problem type (undoable)."""
        try:  # asked where the points are, after every change sent before
            n = self.call(lambda s: len(s.own_points()))
        except TimeoutError:
            return
        if not n:
            self.status("There are no points of your own to clear.")
            return
        self.push(
            DataStateCommand(
                self,
                f"clear {_count(n)}",
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
            self.status("The data is locked in this lesson.")
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, "Import data from CSV", self._start_dir(), CSV_FILTER
            )
            if not path:
                return False
        path = Path(path)
        try:
            data = csv_io.read_csv(path)
        except csv_io.CsvError as exc:
            self._error(
                f"Cannot import {path.name}",
                f"{exc}\n\nNothing was imported; your data is as it was.",
            )
            return False
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        X, fitted = data.X, None
        if outside_view(X):
            fitted = fit_to_view(X)
            reach = float(np.max(np.abs(X)))
            if fit is None and not _interactive():
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
                self,
                f"import {_count(len(data))}",
                lambda s: s.import_points(task, X, y, fitted),
            )
        )
        message = f"Imported {note} from {path.name}."
        if fitted is not None:
            message += f" They were {fitted.describe()}."
        self.status(message, 15000)
        return True

    def _ask_fit(self, name: str, X: np.ndarray, reach: float) -> bool | None:
        lo, hi = X.min(axis=0), X.max(axis=0)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Points outside the view")
        box.setText(
            f"The points of {name} reach outside the view, which shows −6 to 6 on both axes."
        )
        box.setInformativeText(
            f"x₁ runs from {lo[0]:.4g} to {hi[0]:.4g}, x₂ from {lo[1]:.4g} to {hi[1]:.4g}.\n\n"
            f"Fit them into the view? Both axes are scaled alike (shapes stay as they are) "
            f"and centred within ±{FIT_HALF_WIDTH:g}; the scaling is remembered and "
            "shown under the data controls."
        )
        fit = box.addButton("Fit into the view", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Import as they are", QMessageBox.ButtonRole.AcceptRole)
        if reach > MAX_KEPT_COORDINATE:
            keep.setEnabled(False)
            keep.setToolTip(f"Points beyond ±{MAX_KEPT_COORDINATE:g} must be fitted.")
        else:
            keep.setToolTip("Points outside −6 to 6 are trained on but not drawn.")
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
            self._error("Cannot export the data", str(exc))
            return False
        if not len(X):
            self._error("Nothing to export", "There are no points yet: paint or import some.")
            return False
        if path is None:
            start = str(Path(self._start_dir()) / f"{name}.csv")
            path, _ = QFileDialog.getSaveFileName(
                self.window, "Export data as CSV", start, CSV_FILTER
            )
            if not path:
                return False
        path = Path(path)
        comments = [f"NN Playground data: {_count(len(X))}, {task}"]
        if fit is not None:
            comments.append(f"Imported points, {fit.describe()}")
        try:
            csv_io.write_csv(path, X, y, task, tuple(comments))
        except (OSError, ValueError) as exc:
            self._error(f"Cannot export {path.name}", str(exc))
            return False
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        self.status(f"Exported {_count(len(X))} to {path.name}.")
        return True

    def _error(self, title: str, message: str) -> None:
        self.last_error = message
        self.status(message.split("\n")[0], 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, f"<b>{title}</b>", parent=self.window)
        box.setInformativeText(message)
        box.setObjectName("dataErrorBox")
        self.last_box = box
        if _interactive():  # tests and scripts read last_error instead of clicking
            box.exec()

    # ------------------------------------------------------------ display
    def on_data(self, snap) -> None:
        self._thumb_timer.start()

    def update_own_tile(self) -> None:
        """Redraw the My points tile and the note of how imported points were scaled."""
        try:
            task, X, y, fit, showing = self.call(
                lambda s: (
                    s.settings.problem,
                    s.own_points().X.copy(),
                    s.own_points().y.copy(),
                    s.own_points().fit,
                    s.settings.data_source == "painted",
                )
            )
        except TimeoutError:
            return
        panel = self.window.data_panel
        panel.set_own_thumbnail(task, X, y)
        panel.set_note(f"My points were {fit.describe()}." if (fit and showing) else "")


def _interactive() -> bool:
    from playground.projects import file_actions

    return file_actions.interactive()


# ============================================================================= install
def install(window: QMainWindow) -> DataController:
    """Add painting, the own-points tiles, CSV import/export and their menu entries."""
    from playground.data.paint_tool import PaintTool

    controller = DataController(window)
    window.data_controller = controller
    tool = PaintTool(window.output_view, controller)
    controller.paint_tool = tool
    window.paint_tool = tool

    panel = window.data_panel
    panel.import_requested.connect(lambda: controller.import_csv())
    panel.export_requested.connect(lambda: controller.export_csv())
    window.output_view.data_changed.connect(controller.on_data)

    files = getattr(window, "file_actions", None)
    if files is not None:
        files.project_opened.connect(lambda *_: window.undo_stack.clear())
        menu = files.export_menu
        controller.import_action = QAction("&Import Data from CSV…", window)
        controller.import_action.setStatusTip("Read points from a CSV file as your own points")
        controller.import_action.triggered.connect(lambda: controller.import_csv())
        file_menu = _file_menu(window)
        if file_menu is not None:
            file_menu.insertAction(menu.menuAction(), controller.import_action)
        controller.export_action = QAction("&Data as CSV…", window)
        controller.export_action.triggered.connect(lambda: controller.export_csv())
        menu.insertAction(menu.actions()[0] if menu.actions() else None, controller.export_action)

    edit = getattr(window, "edit_menu", None)
    if edit is not None:
        edit.addSeparator()
        for action in tool.menu_actions():
            edit.addAction(action)
    QTimer.singleShot(0, controller.update_own_tile)
    return controller


def _file_menu(window: QMainWindow):
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == "File":
            return action.menu()
    return None
