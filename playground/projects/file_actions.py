"""The File menu and everything around files: new, open, recent, save, export, drag and
drop, the title with its unsaved-changes mark, the question on close, autosave every
30 seconds and the offer to restore after a crash.

``install(window)`` adds it all to a MainWindow. The session lives in the worker thread,
so every read or change of it goes through the window's WorkerClient; the GUI thread
waits for the answer, which comes between two training chunks (well under a millisecond).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QLockFile,
    QObject,
    QRectF,
    QSettings,
    QSize,
    QStandardPaths,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from playground.core import render
from playground.core.lessons import LESSONS_DIR
from playground.core.project import (
    FORMAT,
    SUFFIX,
    VERSION,
    Lesson,
    Project,
    ProjectError,
    apply_project,
    load_project,
    project_from_session,
)
from playground.core.session import Session
from playground.projects.saving import save_project

# None: ask questions unless Qt runs offscreen (tests, CI, scripts), where nobody could
# answer a dialog. Tests set it to True and replace the dialogs' static functions.
INTERACTIVE: bool | None = None
AUTOSAVE_MS = 30_000
POLL_MS = 250  # how often the title's unsaved-changes mark is brought up to date
MAX_RECENT = 8
CALL_TIMEOUT = 10.0
RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/last_dir"
PROJECT_FILTER = f"NN Playground projects (*{SUFFIX});;All files (*)"
APP_TITLE = "NN Playground"
_instances = 0


def interactive() -> bool:
    if INTERACTIVE is not None:
        return INTERACTIVE
    return QGuiApplication.platformName() != "offscreen"


def data_dir() -> Path:
    """Where autosaves go: the user's data folder (NN_PLAYGROUND_DATA_DIR overrides it)."""
    override = os.environ.get("NN_PLAYGROUND_DATA_DIR")
    base = (
        Path(override)
        if override
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    )
    base.mkdir(parents=True, exist_ok=True)
    return base


# ------------------------------------------------------------------- signatures
def _signature(settings, epoch, steps, data_version, weights, biases, masks) -> str:
    """A digest of everything that makes work differ from its saved file."""
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((settings, int(epoch), int(steps), int(data_version))).encode())
    for a in (*weights, *biases, *masks):
        a = np.ascontiguousarray(a)
        h.update(repr(a.shape).encode())
        h.update(a.tobytes())
    return h.hexdigest()


def session_signature(s: Session) -> str:
    net = s.trainer.network
    return _signature(
        s.settings,
        s.trainer.epoch,
        s.trainer.steps,
        s.data.version,
        [W for W, _ in net.params],
        [b for _, b in net.params],
        net.masks,
    )


def snapshot_signature(snap) -> str:
    return _signature(
        snap.settings,
        snap.epoch,
        snap.steps,
        snap.data.version,
        snap.weights,
        snap.biases,
        snap.masks,
    )


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


def safe_file_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|]+', " ", name).strip(" .") or "Untitled"
    return re.sub(r"\s+", " ", cleaned)


def is_bundled(path: Path) -> bool:
    try:
        return path.resolve().parent == LESSONS_DIR.resolve()
    except OSError:
        return False


class FileActions(QObject):
    """Owns the current file's name, path and lesson, and whether the work is saved."""

    project_opened = Signal(object, object)  # Project, Path | None (None: not saved anywhere yet)
    dirty_changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.name = "Untitled"
        self.lesson: Lesson | None = None
        self.dirty = False
        self._clean: str | None = None  # signature of the saved state (None: the first one seen)
        self._ignore_until = -1  # snapshots up to this serial show the state before a load/save
        self._force_dirty = False  # recovered work is unsaved whatever it looks like
        self._autosaved: str | None = None
        self._closed = False

        self._make_actions()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

        folder = data_dir()
        global _instances
        _instances += 1
        self.instance_id = f"{os.getpid()}-{_instances}"  # one per window, even in one process
        self.autosave_path = folder / f"autosave-{self.instance_id}{SUFFIX}"
        self.autosave_info = folder / f"autosave-{self.instance_id}.json"
        self._lock = QLockFile(str(folder / f"session-{self.instance_id}.lock"))
        self._lock.setStaleLockTime(0)  # held for the app's lifetime: stale only if we died
        self._lock.tryLock(0)

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._poll_timer.start()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        try:  # the state the window opens with counts as saved
            self._clean, self._ignore_until = self.call(session_signature)
        except TimeoutError:
            self._clean = None
        QTimer.singleShot(0, self.offer_recovery)
        self.update_title()

    # ------------------------------------------------------------------ menus
    def _make_actions(self) -> None:
        w = self.window
        menu = self._file_menu()
        first = menu.actions()[0] if menu.actions() else None

        def add(text: str, slot: Callable, shortcut=None, target: QMenu = menu) -> QAction:
            action = QAction(text, w)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())
            if target is menu:
                menu.insertAction(first, action)
            else:
                target.addAction(action)
            w.addAction(action)
            return action

        self.new_action = add("&New", self.new, QKeySequence.StandardKey.New)
        self.open_action = add("&Open…", self.open, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu("Open &Recent", w)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.insertMenu(first, self.recent_menu)
        menu.insertSeparator(first)
        self.save_action = add("&Save", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = add("Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        menu.insertSeparator(first)
        self.export_menu = QMenu("&Export", w)
        menu.insertMenu(first, self.export_menu)
        e = self.export_menu
        self.export_actions = {
            "boundary_png": add(
                "Decision boundary as &PNG…", lambda: self.export_boundary("png"), target=e
            ),
            "boundary_svg": add(
                "Decision boundary as &SVG…", lambda: self.export_boundary("svg"), target=e
            ),
            "network_png": add(
                "&Network diagram as PNG…", lambda: self.export_network("png"), target=e
            ),
            "network_svg": add(
                "Network diagram as S&VG…", lambda: self.export_network("svg"), target=e
            ),
            "history_csv": add("&Loss history as CSV…", self.export_history, target=e),
            "weights_json": add("&Weights as JSON…", self.export_weights, target=e),
            "gif": add("Animated &GIF of training…", self.export_gif, target=e),
        }
        menu.insertSeparator(first)

    def _file_menu(self) -> QMenu:
        return self.window.menus.file

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear list").triggered.connect(self.clear_recent)
        else:
            self.recent_menu.addAction("(no recent files)").setEnabled(False)

    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(p) for p in (value or []) if Path(str(p)).exists()][:MAX_RECENT]

    def _add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        files = [text] + [p for p in self.recent_files() if p != text]
        settings = QSettings()
        settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        settings.setValue(LAST_DIR_KEY, str(path.resolve().parent))

    def clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])

    def _start_dir(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        last = QSettings().value(LAST_DIR_KEY, "")
        if last and Path(str(last)).is_dir():
            return str(last)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    # ------------------------------------------------------- talking to the worker
    def call(self, fn: Callable[[Session], Any]) -> tuple[Any, int]:
        """Run ``fn(session)`` where the session lives; return its result and the serial of
        the last snapshot published before it ran. Raises what ``fn`` raised."""
        return self.window.client.call_with_serial(fn, CALL_TIMEOUT)

    def collect(self) -> tuple[dict, str, int]:
        """The current work as project data, its signature, and the snapshot serial."""
        view, lesson = self.collect_view(), self.lesson
        (data, sig), serial = self.call(
            lambda s: (project_from_session(s, view, lesson), session_signature(s))
        )
        return data, sig, serial

    def collect_view(self) -> dict:
        w = self.window
        view: dict = {}
        for widget, name in (
            (getattr(w, "output_view", None), "show_test"),
            (getattr(w, "output_view", None), "discretize"),
            (getattr(w, "loss_chart", None), "log_scale"),
        ):
            value = getattr(widget, name, None)
            if isinstance(value, bool):
                view[name] = value
        return view

    def _apply_view(self, view: dict) -> None:
        w = self.window
        for owner, name in (
            ("output_view", "show_test"),
            ("output_view", "discretize"),
            ("loss_chart", "log_scale"),
        ):
            widget = getattr(w, owner, None)
            if name in view and isinstance(view[name], bool) and hasattr(widget, name):
                with contextlib.suppress(AttributeError, TypeError):
                    setattr(widget, name, view[name])

    # ------------------------------------------------------------ dirty and title
    def poll(self) -> None:
        snap = getattr(self.window, "snapshot", None)
        if snap is None or snap.serial <= self._ignore_until:
            return
        sig = snapshot_signature(snap)
        if self._clean is None:
            self._clean = sig
        self._set_dirty(self._force_dirty or sig != self._clean)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)
        self.update_title()

    def update_title(self) -> None:
        title = f"{self.name}{'*' if self.dirty else ''} — {APP_TITLE}"
        if self.window.windowTitle() != title:
            self.window.setWindowTitle(title)

    def _mark_clean(self, sig: str, serial: int, dirty: bool = False) -> None:
        self._clean, self._ignore_until, self._force_dirty = sig, serial, dirty
        self._set_dirty(dirty)

    # ---------------------------------------------------------------- messages
    def _error(self, title: str, message: str) -> None:
        if interactive():
            QMessageBox.warning(self.window, title, message)
        self.window.statusBar().showMessage(f"{title}: {message}", 10_000)

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the work (saved, or the user said so)."""
        if not self.dirty or not interactive():
            return True
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            f"Save the changes to “{self.name}” first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ open and new
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        blank = load_project(json.dumps({"format": FORMAT, "version": VERSION}))
        return self.apply(blank, None, "Untitled")

    def open(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open project", self._start_dir(), PROJECT_FILTER
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str | os.PathLike, as_lesson: bool = False) -> bool:
        """Open a project or lesson file. A bundled lesson opens as new, unsaved work."""
        path = Path(path)
        try:
            project = load_project(path)
        except ProjectError as exc:
            self._error(f"Cannot open {path.name}", str(exc))
            return False
        if not self.maybe_save():
            return False
        bundled = as_lesson or is_bundled(path)
        name = project.lesson.title if (bundled and project.lesson) else path.stem
        if not self.apply(project, None if bundled else path, name):
            return False
        if not bundled:
            self._add_recent(path)
        self._status(f"Opened {path.name}")
        return True

    def apply(self, project: Project, path: Path | None, name: str, dirty: bool = False) -> bool:
        """Put ``project`` into the session (in the worker thread) and show it."""
        self.window.client.pause()

        def job(s: Session) -> str:
            apply_project(s, project)
            return session_signature(s)

        try:
            sig, serial = self.call(job)
        except (ProjectError, TimeoutError) as exc:
            self._error("Cannot open the project", str(exc))
            return False
        self.path, self.name, self.lesson = path, name, project.lesson
        self._apply_view(project.view)
        self._mark_clean(sig, serial, dirty)
        self.project_opened.emit(project, path)
        return True

    def reopen_lesson(self, project: Project) -> bool:
        """Start a lesson again from its file's state (keeps the current name and path)."""
        return self.apply(project, self.path, self.name)

    # --------------------------------------------------------------------- save
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = (
            str(self.path)
            if self.path
            else str(Path(self._start_dir()) / f"{safe_file_name(self.name)}{SUFFIX}")
        )
        path, _ = QFileDialog.getSaveFileName(self.window, "Save project", start, PROJECT_FILTER)
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            data, sig, serial = self.collect()
            save_project(path, data)
        except (OSError, TimeoutError, ValueError) as exc:
            self._error(f"Cannot save {path.name}", str(exc))
            return False
        self.path, self.name = path, path.stem
        self._mark_clean(sig, serial)
        self._add_recent(path)
        self._status(f"Saved {path}")
        return True

    # ---------------------------------------------------------- autosave, crash
    def autosave(self) -> bool:
        """Write the work to the data folder if it changed since the last save or autosave."""
        if self._closed or not self.dirty:
            return False
        try:
            data, sig, _ = self.collect()
            if sig == self._autosaved and not self._force_dirty:
                return False
            save_project(self.autosave_path, data)
            info = {
                "path": str(self.path) if self.path else None,
                "name": self.name,
                "saved": time.time(),
            }
            render.write_bytes(self.autosave_info, json.dumps(info).encode("utf-8"))
        except (OSError, TimeoutError, ValueError) as exc:
            self._status(f"Autosave failed: {exc}")
            return False
        self._autosaved = sig
        return True

    def crashed_autosaves(self) -> list[tuple[Path, dict]]:
        """Autosaves left by instances that did not close properly, newest first."""
        found = []
        folder = self.autosave_path.parent
        for path in folder.glob(f"autosave-*{SUFFIX}"):
            match = re.fullmatch(rf"autosave-(\d+-\d+){re.escape(SUFFIX)}", path.name)
            if match is None or match.group(1).split("-")[0] == str(os.getpid()):
                continue  # not ours to judge: this process's windows are alive
            instance = match.group(1)
            lock_path = folder / f"session-{instance}.lock"
            if lock_path.exists():
                lock = QLockFile(str(lock_path))
                lock.setStaleLockTime(0)
                if not lock.tryLock(0):
                    continue  # that instance is still running
                lock.unlock()  # it was stale: the instance died; unlock removes the file
            info_path = folder / f"autosave-{instance}.json"
            try:
                info = json.loads(info_path.read_text("utf-8"))
                if not isinstance(info, dict):
                    info = {}
            except (OSError, ValueError):
                info = {}
            info["_info_path"] = info_path
            found.append((path, info))
        found.sort(key=lambda item: item[0].stat().st_mtime, reverse=True)
        return found

    def offer_recovery(self) -> bool:
        """After a crash, offer to restore the newest autosave; True if it was restored."""
        if self._closed or not interactive():
            return False
        candidates = self.crashed_autosaves()
        if not candidates:
            return False
        path, info = candidates[0]
        name = str(info.get("name") or "Untitled")
        saved = info.get("saved")
        when = datetime.fromtimestamp(
            saved
            if isinstance(saved, (int, float)) and math.isfinite(saved)
            else path.stat().st_mtime
        )
        answer = QMessageBox.question(
            self.window,
            "Restore your work?",
            f"NN Playground did not close properly last time.\n\nRestore “{name}”, "
            f"saved automatically at {when:%H:%M} on {when:%d %b %Y}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        restored = False
        if answer == QMessageBox.StandardButton.Yes:
            try:
                project = load_project(path)
            except ProjectError as exc:
                self._error("Cannot restore the autosave", str(exc))
            else:
                original = info.get("path")
                target = (
                    Path(original)
                    if isinstance(original, str) and Path(original).exists()
                    else None
                )
                restored = self.apply(project, target, name, dirty=True)
        for p, i in candidates:
            for leftover in (p, i["_info_path"]):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return restored

    def cleanup(self) -> None:
        """A clean exit: stop the timers, remove this instance's autosave and lock."""
        if self._closed:
            return
        self._closed = True
        self._poll_timer.stop()
        self._autosave_timer.stop()
        for path in (self.autosave_path, self.autosave_info):
            with contextlib.suppress(OSError):
                path.unlink()
        if self._lock.isLocked():
            self._lock.unlock()

    # --------------------------------------------------------------- events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is not self.window:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close:
            if not self._closed and not self.maybe_save():
                event.ignore()
                return True
            self.cleanup()
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            path = self._dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.open_path(path))
                return True
        return False

    @staticmethod
    def _dropped_file(event) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
                return Path(url.toLocalFile())
        return None

    # ----------------------------------------------------------------- exports
    def _export_path(
        self, title: str, suffix: str, filter_text: str, stem: str = ""
    ) -> Path | None:
        base = safe_file_name(stem or self.name)
        start = str(Path(self._start_dir()) / f"{base}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, filter_text)
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
            self._error(f"Cannot export {path.name}", str(exc))
            return False
        self._status(f"Exported {path}")
        return True

    def export_boundary(self, kind: str = "png", path: Path | None = None) -> bool:
        label = "PNG image (*.png)" if kind == "png" else "SVG image (*.svg)"
        path = path or self._export_path(
            "Export the decision boundary", kind, label, f"{self.name} boundary"
        )
        show_test = bool(getattr(getattr(self.window, "output_view", None), "show_test", False))
        discretize = bool(getattr(getattr(self.window, "output_view", None), "discretize", False))

        def write(p: Path) -> None:
            (net, data), _ = self.call(lambda s: (s.trainer.network.copy(), s.data))
            render.save_boundary(net, data, p, 600, show_test, discretize)

        return self._export(path, write)

    def export_network(self, kind: str = "png", path: Path | None = None) -> bool:
        label = "PNG image (*.png)" if kind == "png" else "SVG image (*.svg)"
        path = path or self._export_path(
            "Export the network diagram", kind, label, f"{self.name} network"
        )
        view = self.window.network_view

        def write(p: Path) -> None:
            if kind == "png":
                tmp = Path(f"{p}.tmp.png")
                if not view.grab().save(str(tmp), "PNG"):
                    raise OSError("the picture could not be written")
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
        path = path or self._export_path(
            "Export the loss history", "csv", "CSV table (*.csv)", f"{self.name} loss"
        )

        def write(p: Path) -> None:
            history, _ = self.call(lambda s: s.trainer.history.arrays())
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
        path = path or self._export_path(
            "Export the weights", "json", "JSON (*.json)", f"{self.name} weights"
        )

        def write(p: Path) -> None:
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

            data, _ = self.call(grab)
            render.write_bytes(p, (pretty_json(data) + "\n").encode("utf-8"))

        return self._export(path, write)

    def export_gif(self, path: Path | None = None, epochs: int | None = None) -> bool:
        if epochs is None:
            epochs, ok = QInputDialog.getInt(
                self.window,
                "Animated GIF",
                "Train a copy of this network for how many epochs?\n(Your own work is not changed.)",
                200,
                1,
                100_000,
                50,
            )
            if not ok:
                return False
        path = path or self._export_path(
            "Export an animated GIF", "gif", "GIF animation (*.gif)", f"{self.name} training"
        )
        show_test = bool(getattr(getattr(self.window, "output_view", None), "show_test", False))

        def write(p: Path) -> None:
            data, _, _ = self.collect()
            copy = Session()
            apply_project(copy, load_project(json.dumps(data)))
            dialog = QProgressDialog(
                "Training a copy and drawing the frames…", "Cancel", 0, 100, self.window
            )
            dialog.setWindowTitle("Animated GIF")
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
                    frames=40,
                    size=320,
                    show_test=show_test,
                    progress=progress,
                )
            finally:
                dialog.close()
                dialog.deleteLater()

        return self._export(path, write)


def install(window: QMainWindow) -> FileActions:
    """Add the File menu's actions, drag and drop, the title and autosave to ``window``."""
    actions = FileActions(window)
    window.file_actions = actions
    return actions
