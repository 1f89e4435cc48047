"""The bundled lessons in ``resources/lessons`` (no widgets: the CLI and tests use it too)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from playground.core.project_format import SUFFIX

if TYPE_CHECKING:
    from playground.core.project import Lesson


def resources_dir() -> Path:
    """The bundled resources (lessons, icons): inside a frozen app the folder PyInstaller
    unpacked them to (``sys._MEIPASS``); installed from a wheel, the package's own
    ``resources`` (pyproject.toml puts them there); else the one beside the package (the
    repository, or an editable install of it)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent.parent  # playground/, above core/
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


RESOURCES_DIR = resources_dir()
LESSONS_DIR = RESOURCES_DIR / "lessons"
ICONS_DIR = RESOURCES_DIR / "icons"


@dataclass(frozen=True)
class BundledLesson:
    path: Path
    lesson: Lesson

    @property
    def title(self) -> str:
        return self.lesson.title


def bundled_lessons(folder: Path = LESSONS_DIR) -> list[BundledLesson]:
    """Every valid lesson file in ``folder``, in file-name order (damaged ones are skipped)."""
    # Here, not with the module: the window takes the resource folders from this module
    # at start, and reads the lessons only when the Lessons menu first opens.
    from playground.core.project import ProjectError, load_project

    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            project = load_project(path)
        except ProjectError:
            continue
        if project.lesson is not None:
            found.append(BundledLesson(path, project.lesson))
    return found
