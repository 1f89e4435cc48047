"""The File menu and the current file: new, open, recent files, save, save as, drag and
drop, the title with its unsaved-changes mark, and the question on close.

:class:`FileActions` owns the current file's name, path and lesson, and whether the work
is saved. Its parts: playground.projects.recent_files (Open Recent, the dialogs' folder),
playground.projects.autosave (every 30 seconds, and the offer to restore after a crash)
and playground.projects.signature (what tells saved work from changed work). The Export
submenu is placed here and filled by playground.projects.exports.

The session lives in the worker thread, so every read or change of it goes through the
WorkerClient; the GUI thread waits for the answer, which comes between two training
chunks (well under a millisecond).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from engine.i18n import number, translate
from playground.core.project_checks import ProjectError
from playground.core.project_format import FORMAT, SUFFIX, VERSION
from playground.core.session import Session
from playground.core.session_data import DataState
from playground.projects.autosave import Autosave
from playground.projects.file_names import (
    dropped_project,
    is_bundled,
    project_filter,
    safe_file_name,
    untitled,
)
from playground.projects.lesson_locks import guards_its_points
from playground.projects.opening import read_live
from playground.projects.recent_files import RecentFiles
from playground.projects.saving import save_project
from playground.projects.signature import session_signature, snapshot_signature
from playground.views.desktop import interactive

if TYPE_CHECKING:
    from playground.compute.client import WorkerClient
    from playground.core.project import Lesson, Project
    from playground.core.snapshot import Snapshot
    from playground.views.loss_chart import LossChart
    from playground.views.output_view import OutputView


def _project():  # -> the module playground.core.project
    """The project schema and checks, imported with the first project, not at start."""
    from playground.core import project

    return project


POLL_MS = 250  # how often the title's unsaved-changes mark is brought up to date
APP_TITLE = "NN Playground"  # the program's name: the same in every language


class FileActions(QObject):
    """Owns the current file's name, path and lesson, and whether the work is saved.

    ``window`` is the main window: its title names the file, files dropped on it open,
    closing it asks to save first, and it is the parent of the dialogs."""

    project_opened = Signal(object, object)  # Project, Path | None (None: not saved anywhere yet)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        client: WorkerClient,
        window: QWidget,
        file_menu: QMenu,
        latest: Callable[[], Snapshot | None],
        status: Callable[[str, int], None],
        output_view: OutputView,
        loss_chart: LossChart,
    ) -> None:
        super().__init__(window)
        self.client = client
        self.window = window
        self.latest = latest
        self.status = status
        self.output_view = output_view
        self.loss_chart = loss_chart
        self.path: Path | None = None
        self.name = untitled()
        self.lesson: Lesson | None = None
        self.dirty = False
        self._clean: str | None = None  # signature of the saved state (None: the first one seen)
        self._ignore_until = -1  # snapshots up to this serial show the state before a load/save
        self._force_dirty = False  # recovered work is unsaved whatever it looks like
        self._closed = False
        self._loading = False  # a file is being read and checked
        self._read_only: set[Path] = set()  # files opened read-only, never saved over

        self._make_actions(file_menu)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.autosaver = Autosave(window, self.autosave_later)
        self.autosaver.failed.connect(self._autosave_failed)  # queued: a method, not a lambda

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._poll_timer.start()
        try:  # the state the window opens with counts as saved
            self._clean, self._ignore_until = self.call(session_signature)
        except TimeoutError:
            self._clean = None
        QTimer.singleShot(0, self.offer_recovery)
        self.update_title()

    # ------------------------------------------------------------------ menus
    def _make_actions(self, menu: QMenu) -> None:
        w = self.window
        first = menu.actions()[0] if menu.actions() else None

        def add(text: str, slot: Callable, shortcut: QKeySequence.StandardKey) -> QAction:
            action = QAction(text, w)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())
            menu.insertAction(first, action)
            w.addAction(action)
            return action

        key = QKeySequence.StandardKey
        self.new_action = add(translate("file_actions", "&New"), self.new, key.New)
        self.open_action = add(translate("file_actions", "&Open…"), self.open, key.Open)
        self.recent_menu = QMenu(translate("file_actions", "Open &Recent"), w)
        self.recent = RecentFiles(self.recent_menu, self.open_path)
        menu.insertMenu(first, self.recent_menu)
        menu.insertSeparator(first)
        self.save_action = add(translate("file_actions", "&Save"), self.save, key.Save)
        self.save_as_action = add(translate("file_actions", "Save &As…"), self.save_as, key.SaveAs)
        menu.insertSeparator(first)
        # Filled by playground.projects.exports.
        self.export_menu = QMenu(translate("file_actions", "&Export"), w)
        menu.insertMenu(first, self.export_menu)
        menu.insertSeparator(first)

    def start_dir(self) -> str:
        """Where a file dialog opens (beside the current file, else the last folder)."""
        return self.recent.start_dir(self.path)

    @property
    def untouched(self) -> bool:
        """Nothing opened, saved or changed since the window opened."""
        return (
            self.path is None and self.lesson is None and not self.dirty and self.name == untitled()
        )

    # ------------------------------------------------------- talking to the worker
    def call(self, fn: Callable[[Session], Any]) -> tuple[Any, int]:
        """Run ``fn(session)`` where the session lives; return its result and the serial of
        the last snapshot published before it ran. Raises what ``fn`` raised."""
        return self.client.call_with_serial(fn)

    def _work(self) -> Callable[[Session], tuple[dict, str]]:
        """What collects the current work in the worker: project data and its signature."""
        view, lesson, build = self.collect_view(), self.lesson, _project().project_from_session
        return lambda s: (build(s, view, lesson), session_signature(s))

    def collect(self) -> tuple[dict, str, int]:
        """The current work as project data, its signature, and the snapshot serial."""
        (data, sig), serial = self.call(self._work())
        return data, sig, serial

    def project_data(self, lesson: Lesson | None = None) -> dict:
        """The current work as project data, with ``lesson`` (default: the current one)."""
        view, lesson = self.collect_view(), lesson or self.lesson
        build = _project().project_from_session
        data, _ = self.call(lambda s: build(s, view, lesson))
        return data

    def collect_view(self) -> dict:
        """The display options a project keeps."""
        return {
            "show_test": self.output_view.show_test,
            "discretize": self.output_view.discretize,
            "log_scale": self.loss_chart.log_scale,
        }

    def _apply_view(self, view: dict) -> None:
        def wanted(name: str) -> bool | None:
            value = view.get(name)
            return value if isinstance(value, bool) else None

        if (show_test := wanted("show_test")) is not None:
            self.output_view.show_test = show_test
        if (discretize := wanted("discretize")) is not None:
            self.output_view.discretize = discretize
        if (log_scale := wanted("log_scale")) is not None:
            self.loss_chart.log_scale = log_scale

    # ------------------------------------------------------------ dirty and title
    def poll(self) -> None:
        snap = self.latest()
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
    def error(self, title: str, message: str) -> None:
        """Say what went wrong: in a dialog (when someone can answer it) and the status bar."""
        if interactive():
            QMessageBox.warning(self.window, title, message)
        self.status(
            translate("file_actions", "{title}: {message}").format(title=title, message=message),
            10_000,
        )

    def _say(self, message: str) -> None:
        self.status(message, 6000)

    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the work (saved, or the user said so)."""
        if not self.dirty or not interactive():
            return True
        answer = QMessageBox.question(
            self.window,
            translate("file_actions", "Unsaved changes"),
            translate("file_actions", "Save the changes to “{name}” first?").format(name=self.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ open and new
    def new(self, canvas: bool = False) -> bool:
        """A new playground with TensorFlow Playground's defaults (Circle data, two hidden
        layers), or with ``canvas`` an empty My points to paint on. The own points are
        kept (the My points tile), so that New never throws painted data away; except a
        password-locked lesson's own points (:func:`guards_its_points`)."""
        if not self.maybe_save():
            return False
        settings = {"data_source": "painted"} if canvas else {}
        blank = _project().load_project(
            json.dumps({"format": FORMAT, "version": VERSION, "settings": settings})
        )
        if canvas or guards_its_points(self.lesson):
            return self.apply(blank, None, untitled())
        if not self.apply(blank, None, untitled(), keep_own_points=True):
            return False
        kept, _ = self.call(lambda s: sum(len(p) for p in s.data_state().painted.values()))
        if kept:
            self._say(  # a plural form whose number is written with the user's separators
                translate(
                    "file_actions",
                    "New playground. Your {count} own points are kept: the My points tile.",
                    None,
                    kept,
                ).format(count=number(kept, ","))
            )
            self._mark_clean(*self.call(session_signature), dirty=True)
        return True

    def leave_lesson(self) -> None:
        """The lesson ends and the work stays: it becomes the student's own, unsaved and
        without a lesson, so that saving it keeps no lock (and never overwrites the
        teacher's file)."""
        if self.lesson is None:
            return
        self.lesson, self.path, self.name = None, None, untitled()
        self._force_dirty = True
        self._set_dirty(True)

    def open(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("file_actions", "Open project"),
            self.start_dir(),
            project_filter(),
        )
        return bool(path) and self.open_path(path)

    def open_copy(self, path: str | os.PathLike, name: str) -> bool:
        """Open ``path`` read-only (a student's hand-in): as work named ``name`` that has no
        file yet, so Save asks for one, and saving over ``path`` itself is refused."""
        self._read_only.add(Path(path).resolve())
        return self.open_path(path, as_lesson=True, name=name)

    def open_path(
        self, path: str | os.PathLike, as_lesson: bool = False, name: str | None = None
    ) -> bool:
        """Open a project or lesson file. A bundled lesson opens as new, unsaved work."""
        path = Path(path)
        if self._loading:
            self._say(
                translate(
                    "file_actions", "Still opening another file; {name} was not opened."
                ).format(name=path.name)
            )
            return False
        try:
            project = self.load(path)
        except ProjectError as exc:
            self.error(
                translate("file_actions", "Cannot open {name}").format(name=path.name), str(exc)
            )
            return False
        if self._closed:
            return False
        if not self.maybe_save():
            return False
        bundled = as_lesson or is_bundled(path)
        if name is None:  # opened as itself: saved over as any file (if not a lesson)
            name = project.lesson.title if (bundled and project.lesson) else path.stem
            self._read_only.discard(path.resolve())
        if not self.apply(project, None if bundled else path, name):
            return False
        if not bundled:
            self.recent.add(path)
        self._say(translate("file_actions", "Opened {name}").format(name=path.name))
        return True

    def load(self, path: Path) -> Project:
        """Read and check ``path`` (the same ``load_project`` the CLI uses) in a thread of
        its own, the window live and showing it is busy meanwhile. Raises ProjectError."""
        self._loading = True
        try:
            return read_live(
                path,
                lambda p: _project().load_project(p),
                self.status,
                (self.new_action, self.open_action, self.save_action, self.save_as_action)
                + (self.recent_menu,),
            )
        finally:
            self._loading = False

    def apply(
        self,
        project: Project,
        path: Path | None,
        name: str,
        dirty: bool = False,
        keep_own_points: bool = False,
    ) -> bool:
        """Put ``project`` into the session (in the worker thread) and show it; with
        ``keep_own_points`` the own points stay (My points), whatever the project has."""
        self.client.pause()

        def job(s: Session) -> str:
            kept = s.data_state().painted
            _project().apply_project(s, project)
            if keep_own_points:
                s.restore_data_state(DataState(s.settings, kept))
            return session_signature(s)

        try:
            sig, serial = self.call(job)
        except (ProjectError, TimeoutError) as exc:
            self.error(translate("file_actions", "Cannot open the project"), str(exc))
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
            else str(Path(self.start_dir()) / f"{safe_file_name(self.name)}{SUFFIX}")
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("file_actions", "Save project"), start, project_filter()
        )
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if path.resolve() in self._read_only:
            self.error(
                translate("file_actions", "Cannot save {name}").format(name=path.name),
                translate("file_actions", "it was opened read-only; save a copy instead"),
            )
            return False
        try:
            data, sig, serial = self.collect()
            save_project(path, data)
        except (OSError, TimeoutError, ValueError) as exc:
            self.error(
                translate("file_actions", "Cannot save {name}").format(name=path.name), str(exc)
            )
            return False
        self.path, self.name = path, path.stem
        self._mark_clean(sig, serial)
        self.recent.add(path)
        self._say(translate("file_actions", "Saved {path}").format(path=path))
        return True

    # ---------------------------------------------------------- autosave, crash
    def autosave(self) -> bool:
        """Write the work to the data folder if it changed since the last save or autosave."""
        if self._closed or not self.dirty:
            return False
        try:
            return self.autosaver.write(
                lambda: self.collect()[:2], self.path, self.name, self._force_dirty
            )
        except (OSError, TimeoutError, ValueError) as exc:
            self._autosave_failed(str(exc))
            return False

    def autosave_later(self) -> None:
        """The timer's autosave: collected in the worker, written in a thread of its own."""
        if self._closed or not self.dirty:
            return
        work = self._work()
        self.autosaver.write_later(
            lambda: self.client.run(work), self.path, self.name, self._force_dirty
        )

    @Slot(str)
    def _autosave_failed(self, why: str) -> None:
        self._say(translate("file_actions", "Autosave failed: {why}").format(why=why))

    def offer_recovery(self) -> bool:
        """After a crash, offer to restore the newest autosave; True if it was restored."""
        if self._closed or not interactive():
            return False
        return self.autosaver.offer_recovery(
            lambda project, path, name: self.apply(project, path, name, dirty=True), self.error
        )

    def cleanup(self) -> None:
        """A clean exit: stop the timers, remove this window's autosave and lock."""
        if self._closed:
            return
        self._closed = True
        self._poll_timer.stop()
        self.autosaver.release()

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
            if dropped_project(event) is not None:
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            path = dropped_project(event)
            if path is not None:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.open_path(path))
                return True
        return False
