"""Autosave and recovery after a crash.

Each window writes its unsaved work every 30 seconds to a project file in the user's data
folder, with a note of the work's name and file, and holds a lock file while it lives. A
clean exit removes all three. An autosave whose lock is stale was left by an instance that
died: the next start offers to restore it.

The timer's autosave never makes the window wait (``write_later``): the worker collects
the work and a thread of its own writes it (on 100,000 points, collecting and writing held
the window for about 0.9 s every 30 s).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from engine.i18n import translate
from playground.core import render
from playground.core.project_format import SUFFIX
from playground.projects.file_names import untitled
from playground.projects.saving import save_project

if TYPE_CHECKING:
    from playground.core.project import Project

AUTOSAVE_MS = 30_000
RELEASE_WAIT = 10.0  # s a clean exit waits for an autosave on its way, at most
_instances = 0


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


@dataclass(frozen=True)
class CrashedWork:
    """An autosave left by an instance that did not close properly."""

    path: Path  # the project
    info_path: Path  # its note
    info: dict  # from the note: "path" (the work's own file, or None), "name", "saved" (time)


class Autosave(QObject):
    """This window's autosave files and lock; ``timer`` calls ``on_timer`` every 30 s."""

    failed = Signal(str)  # why a background autosave could not be written (GUI thread)

    def __init__(self, parent: QWidget, on_timer: Callable[[], object]) -> None:
        super().__init__(parent)
        self._parent = parent
        folder = data_dir()
        global _instances
        _instances += 1
        self.instance_id = f"{os.getpid()}-{_instances}"  # one per window, even in one process
        self.path = folder / f"autosave-{self.instance_id}{SUFFIX}"
        self.info_path = folder / f"autosave-{self.instance_id}.json"
        self._lock = QLockFile(str(folder / f"session-{self.instance_id}.lock"))
        self._lock.setStaleLockTime(0)  # held for the app's lifetime: stale only if we died
        self._lock.tryLock(0)
        self._written: str | None = None  # the signature of the work last written
        self._writing = threading.Lock()  # one write at a time; release waits for it
        self._on_its_way: Future | None = None  # a background autosave not yet written
        self._released = False
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(on_timer)
        self.timer.start()

    def write(
        self, collect: Callable[[], tuple[dict, str]], path: Path | None, name: str, forced: bool
    ) -> bool:
        """Write the work ``collect`` gives (project data, signature) with a note of its
        ``path`` and ``name``, unless it is the work written last time (``forced``: write
        it anyway). Raises OSError, TimeoutError or ValueError."""
        data, signature = collect()
        with self._writing:
            if signature == self._written and not forced:
                return False
            self._write_now(data, signature, path, name)
        return True

    def write_later(
        self, collect: Callable[[], Future], path: Path | None, name: str, forced: bool
    ) -> None:
        """As :meth:`write`, without waiting: ``collect()`` asks the worker for (project
        data, signature) and a thread of its own writes them; a failure is said through
        ``failed``. Skipped while the previous one is still on its way."""
        if self._released or self.busy:
            return
        done: Future = Future()
        self._on_its_way = done

        def write(collected: Future) -> None:
            try:
                data, signature = collected.result()
                with self._writing:
                    if not self._released and (signature != self._written or forced):
                        self._write_now(data, signature, path, name)
            except Exception as exc:  # noqa: BLE001 (said in the status bar, never lost)
                self.failed.emit(str(exc) or type(exc).__name__)
            finally:
                done.set_result(None)

        collect().add_done_callback(
            lambda collected: threading.Thread(
                target=write, args=(collected,), name="autosave", daemon=True
            ).start()
        )

    @property
    def busy(self) -> bool:
        """A background autosave is on its way."""
        return self._on_its_way is not None and not self._on_its_way.done()

    def _write_now(self, data: dict, signature: str, path: Path | None, name: str) -> None:
        save_project(self.path, data)
        info = {"path": str(path) if path else None, "name": name, "saved": time.time()}
        render.write_bytes(self.info_path, json.dumps(info).encode("utf-8"))
        self._written = signature

    def crashed(self) -> list[CrashedWork]:
        """Autosaves left by instances that did not close properly, newest first."""
        found = []
        folder = self.path.parent
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
            found.append(CrashedWork(path, info_path, info))
        found.sort(key=lambda work: work.path.stat().st_mtime, reverse=True)
        return found

    def offer_recovery(
        self,
        restore: Callable[[Project, Path | None, str], bool],
        error: Callable[[str, str], None],
    ) -> bool:
        """Ask whether to restore the newest crashed autosave and, if so, hand it to
        ``restore(project, its file if it still exists, name)``. Every crashed autosave is
        removed afterwards: each is offered once. True if the work was restored."""
        candidates = self.crashed()
        if not candidates:
            return False
        newest = candidates[0]
        name = str(newest.info.get("name") or untitled())
        saved = newest.info.get("saved")
        when = QDateTime.fromMSecsSinceEpoch(
            round(
                1000
                * (
                    saved
                    if isinstance(saved, (int, float)) and math.isfinite(saved)
                    else newest.path.stat().st_mtime
                )
            )
        )
        locale = QLocale()  # the time and date written the user's way
        answer = QMessageBox.question(
            self._parent,
            translate("autosave", "Restore your work?"),
            translate(
                "autosave",
                "NN Playground did not close properly last time.\n\nRestore “{name}”, "
                "saved automatically at {time} on {date}?",
            ).format(
                name=name,
                time=locale.toString(when, "HH:mm"),
                date=locale.toString(when, "dd MMM yyyy"),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        restored = False
        if answer == QMessageBox.StandardButton.Yes:
            from playground.core.project import ProjectError, load_project

            try:
                project = load_project(newest.path)
            except ProjectError as exc:
                error(translate("autosave", "Cannot restore the autosave"), str(exc))
            else:
                original = newest.info.get("path")
                target = (
                    Path(original)
                    if isinstance(original, str) and Path(original).exists()
                    else None
                )
                restored = restore(project, target, name)
        for work in candidates:
            for leftover in (work.path, work.info_path):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return restored

    def release(self) -> None:
        """A clean exit: stop, and remove this window's autosave, note and lock (after an
        autosave on its way is written, so that it cannot leave a file behind)."""
        self.timer.stop()
        self._released = True
        if self._writing.acquire(timeout=RELEASE_WAIT):
            self._writing.release()
        for path in (self.path, self.info_path):
            with contextlib.suppress(OSError):
                path.unlink()
        if self._lock.isLocked():
            self._lock.unlock()
