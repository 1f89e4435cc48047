"""What project files are called and which files are projects: the file dialogs' filters,
the name of work without a file, a title made a file name, a bundled lesson, a dropped file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent

from engine.i18n import translate
from playground.core.lessons import LESSONS_DIR
from playground.core.project_format import SUFFIX


def project_filter() -> str:
    """The file dialogs' filter for projects (the words translated, the patterns kept)."""
    return (
        translate("file_names", "NN Playground projects ({pattern})").format(pattern=f"*{SUFFIX}")
        + ";;"
        + translate("file_names", "All files (*)")
    )


def lesson_filter() -> str:
    """The file dialog's filter for saving a lesson."""
    return translate("file_names", "NN Playground lessons ({pattern})").format(pattern=f"*{SUFFIX}")


def untitled() -> str:
    """The name of work that has no file yet."""
    return translate("file_names", "Untitled")


def safe_file_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|]+', " ", name).strip(" .") or untitled()
    return re.sub(r"\s+", " ", cleaned)


def is_bundled(path: Path) -> bool:
    try:
        return path.resolve().parent == LESSONS_DIR.resolve()
    except OSError:
        return False


def dropped_project(event: QEvent) -> Path | None:
    """The first project file among the local files a drag carries, if any."""
    mime = event.mimeData()  # type: ignore[attr-defined] (a drag or drop event)
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None
