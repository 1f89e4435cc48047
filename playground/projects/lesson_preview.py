"""Preview as student: the lesson being written, shown in this window exactly as a student
gets it, and back to editing with nothing of the teacher's work lost.

The lesson goes the way a saved file does (written as text, read back by ``load_project``)
and opens as a student opens it: its start state, its locks (a password asked for as a
student would be asked), its instructions. The teacher's work, taken in the same call to
the worker, waits: its data, network, weights, settings, history, lesson, file name and
saved state come back with "Back to editing" (the undo history starts afresh, as after
opening any file). The teacher dialog hides meanwhile and shows again with its draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from engine.i18n import translate
from playground.core.project_checks import ProjectError
from playground.projects.file_actions import FileActions
from playground.projects.lesson_panel import LessonController

if TYPE_CHECKING:
    from playground.core.project import Lesson, Project


class _Saved:
    """The teacher's work while the preview shows, and how to put it back."""

    def __init__(self, project: Project, path, name: str, dirty: bool, dialog: QDialog) -> None:
        self.project, self.path, self.name, self.dirty = project, path, name, dirty
        self.dialog = dialog


class LessonPreview(QObject):
    """Starts and ends the preview; adds Lessons › Back to editing the lesson and a bar
    above the lesson's instructions saying it is a preview, with the way back."""

    def __init__(
        self, parent: QWidget, menu: QMenu, files: FileActions, lessons: LessonController
    ) -> None:
        super().__init__(parent)
        self.files, self.lessons = files, lessons
        self.window = parent
        self.saved: _Saved | None = None
        # Installed after FileActions', so it runs first: closing the window during a
        # preview puts the teacher's work back before the question to save it.
        parent.installEventFilter(self)
        self.back_action = QAction(
            translate("lesson_preview", "&Back to editing the lesson"), parent
        )
        self.back_action.setStatusTip(
            translate(
                "lesson_preview",
                "End the preview: your work and the teacher dialog come back as they were",
            )
        )
        self.back_action.setEnabled(False)
        self.back_action.triggered.connect(lambda _checked=False: self.back())
        menu.addAction(self.back_action)
        parent.addAction(self.back_action)

        self.bar = QFrame()
        self.bar.setObjectName("previewBar")
        self.bar.setStyleSheet("#previewBar { background: #fff3c4; border-radius: 4px; }")
        label = QLabel(
            translate("lesson_preview", "<b>Preview: the lesson as students get it.</b>")
        )
        label.setWordWrap(True)
        self.back_button = QPushButton(translate("lesson_preview", "Back to editing"))
        self.back_button.setToolTip(self.back_action.statusTip())
        self.back_button.clicked.connect(lambda: self.back())
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(label, 1)
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.bar.hide()
        lessons.panel.add_banner(self.bar)

    @property
    def showing(self) -> bool:
        return self.saved is not None

    def start(self, lesson: Lesson, dialog: QDialog) -> str:
        """Show ``lesson`` as a student gets it, hiding ``dialog`` until :meth:`back`.
        Returns "" or what went wrong."""
        if self.saved is not None:
            return translate("lesson_preview", "A preview is already showing.")
        from playground.core.project import dumps_project, load_project  # not at start

        try:
            data, _sig, _serial = self.files.collect()
            teacher = load_project(dumps_project(data))
            data["lesson"] = lesson.to_dict()
            student = load_project(dumps_project(data))  # as a saved file reads back
        except (ProjectError, ValueError, TimeoutError) as exc:
            return translate("lesson_preview", "Cannot preview: {error}").format(error=exc)
        saved = _Saved(teacher, self.files.path, self.files.name, self.files.dirty, dialog)
        if not self.files.apply(student, None, lesson.title):
            return translate("lesson_preview", "Cannot preview: the lesson did not open.")
        self.saved = saved
        dialog.hide()
        self.bar.show()
        self.back_action.setEnabled(True)
        self.files.status(
            translate(
                "lesson_preview",
                "Preview: the lesson as students get it. Lessons › Back to editing the lesson "
                "ends it.",
            ),
            10_000,
        )
        return ""

    def back(self, show_dialog: bool = True) -> bool:
        """Put the teacher's work back as it was and show the teacher dialog again."""
        saved = self.saved
        if saved is None:
            return False
        if not self.files.apply(saved.project, saved.path, saved.name, dirty=saved.dirty):
            return False
        self.saved = None
        self.bar.hide()
        self.back_action.setEnabled(False)
        if show_dialog:
            saved.dialog.open()
        self.files.status(
            translate("lesson_preview", "Back to editing the lesson: your work is as it was."), 6000
        )
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.window and event.type() == QEvent.Type.Close and self.saved is not None:
            self.back(show_dialog=False)
        return False
