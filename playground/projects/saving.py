"""Saving a project file atomically (QtCore's QSaveFile): the old file survives any failure."""

from __future__ import annotations

import os

from PySide6.QtCore import QIODevice, QSaveFile

from engine.i18n import translate
from playground.core.file_writes import is_device_or_pipe, write_in_place

# Tests replace this with a subclass whose writes fail, to check that the old file survives.
SaveFile = QSaveFile


def save_project(path: str | os.PathLike, project: dict) -> None:
    """Write ``project`` to ``path`` atomically; raise OSError (old file intact) on failure.

    The text is made first (so a bad value never touches the file), then written to a
    temporary file beside the target, flushed, and renamed over it only when complete.
    A device or pipe is written into instead (see :mod:`playground.core.file_writes`).
    """
    # The project schema comes with the first save, not with the window.
    from playground.core.project import dumps_project

    try:
        payload = dumps_project(project).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise OSError(
            translate(
                "saving", "Could not save: the project holds a value JSON cannot store ({error})"
            ).format(error=exc)
        ) from None
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise OSError(
            translate("saving", "Could not save {file}: the folder {folder} does not exist").format(
                file=target, folder=folder
            )
        )
    if is_device_or_pipe(target):  # /dev/full, a pipe: written into, never replaced
        try:
            write_in_place(target, payload)
        except OSError as exc:
            raise OSError(cannot_save(target, str(exc.strerror or exc))) from None
        return
    out = SaveFile(target)
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(cannot_save(target, why(out)))
    try:
        view = memoryview(payload)
        written = 0
        while written < len(payload):
            n = out.write(bytes(view[written : written + (1 << 20)]))
            if n is None or n <= 0:
                raise OSError(cannot_save(target, why(out)))
            written += n
        if not out.flush():  # a full disk shows here, or in commit's last flush
            raise OSError(cannot_save(target, why(out)))
    except BaseException:
        out.cancelWriting()
        out.commit()  # with writing cancelled this only discards the temporary file
        raise
    if not out.commit():
        raise OSError(cannot_save(target, why(out)))


def cannot_save(target: str, reason: str) -> str:
    """What a save that failed for ``reason`` says."""
    return translate("saving", "Could not save {file}: {reason}").format(file=target, reason=reason)


def why(out: QSaveFile) -> str:
    """Qt's reason, or a plain one where Qt has none (a failed flush says "Unknown error")."""
    text = out.errorString()
    if not text or text == "Unknown error":
        return translate("saving", "the file could not be written completely (is the disk full?)")
    return text
