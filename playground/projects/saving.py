"""Saving a project file atomically (QtCore's QSaveFile): the old file survives any failure."""

from __future__ import annotations

import os

from PySide6.QtCore import QIODevice, QSaveFile

from playground.core.project import dumps_project

# Tests replace this with a subclass whose writes fail, to check that the old file survives.
SaveFile = QSaveFile


def save_project(path: str | os.PathLike, project: dict) -> None:
    """Write ``project`` to ``path`` atomically; raise OSError (old file intact) on failure.

    The text is made first (so a bad value never touches the file), then written to a
    temporary file beside the target, flushed, and renamed over it only when complete.
    """
    try:
        payload = dumps_project(project).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise OSError(
            f"Could not save: the project holds a value JSON cannot store ({exc})"
        ) from None
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise OSError(f"Could not save {target}: the folder {folder} does not exist")
    out = SaveFile(target)
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"Could not save {target}: {out.errorString()}")
    try:
        view = memoryview(payload)
        written = 0
        while written < len(payload):
            n = out.write(bytes(view[written : written + (1 << 20)]))
            if n is None or n <= 0:
                raise OSError(f"Could not save {target}: {out.errorString() or 'write failed'}")
            written += n
        if not out.flush():
            raise OSError(f"Could not save {target}: {out.errorString() or 'flush failed'}")
    except BaseException:
        out.cancelWriting()
        out.commit()  # with writing cancelled this only discards the temporary file
        raise
    if not out.commit():
        raise OSError(f"Could not save {target}: {out.errorString() or 'rename failed'}")
