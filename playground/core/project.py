"""Project files (``.nnplay``), in four parts; import the names from here.

* playground.core.project_schema: what a project holds (:class:`Project`,
  :class:`Lesson`) and :func:`load_project`, which checks a file (each part in
  playground.core.project_parts, with the small checks of playground.core.project_checks)
  before anything changes; the format's name, version and suffix are
  playground.core.project_format's (the window needs the suffix before any project);
* playground.core.project_build: :func:`project_from_session` and :func:`dumps_project`,
  a session as a project and the file's text;
* playground.core.project_apply: :func:`apply_project`, a project put into a session;
* playground.core.controls: the controls a lesson can hide or lock (``CONTROL_NAMES``).

Writing a file is :func:`playground.projects.saving.save_project`'s (QtCore's QSaveFile).
Nothing here imports Qt.
"""

from __future__ import annotations

from playground.core.controls import CONTROL_NAMES
from playground.core.project_apply import apply_project
from playground.core.project_build import dumps_project, project_from_session
from playground.core.project_checks import ProjectError
from playground.core.project_format import FORMAT, SUFFIX, VERSION
from playground.core.project_schema import (
    MAX_TITLE,
    Lesson,
    Project,
    load_project,
    parse_project,
)

__all__ = [
    "CONTROL_NAMES",
    "FORMAT",
    "MAX_TITLE",
    "SUFFIX",
    "VERSION",
    "Lesson",
    "Project",
    "ProjectError",
    "apply_project",
    "dumps_project",
    "load_project",
    "parse_project",
    "project_from_session",
]
