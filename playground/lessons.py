"""The bundled lessons in ``resources/lessons`` (no widgets: the CLI and tests use it too)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playground.project import SUFFIX, Lesson, ProjectError, load_project

LESSONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "lessons"


@dataclass(frozen=True)
class BundledLesson:
    path: Path
    lesson: Lesson

    @property
    def title(self) -> str:
        return self.lesson.title


def bundled_lessons(folder: Path = LESSONS_DIR) -> list[BundledLesson]:
    """Every valid lesson file in ``folder``, in file-name order (damaged ones are skipped)."""
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            project = load_project(path)
        except ProjectError:
            continue
        if project.lesson is not None:
            found.append(BundledLesson(path, project.lesson))
    return found
