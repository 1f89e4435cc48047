"""Lessons › Teacher mode…: the menu entry that opens the teacher dialog.

The dialog (playground.projects.teacher_dialog) and what it imports (the instructions'
editor and markup, the project schema) come with its first opening, not with the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from engine.i18n import translate
from playground.projects.file_actions import FileActions
from playground.projects.lesson_panel import LessonController
from playground.projects.lesson_preview import LessonPreview
from playground.projects.lock_password_dialog import UnlockDialog, ask_to_unlock

if TYPE_CHECKING:
    from playground.projects.teacher_dialog import TeacherDialog


class TeacherMode:
    """Lessons › Teacher mode…: opens a :class:`TeacherDialog` over ``parent``."""

    def __init__(
        self, parent: QWidget, menu: QMenu, files: FileActions, lessons: LessonController
    ) -> None:
        self.parent, self.files, self.lessons = parent, files, lessons
        menu.addSeparator()
        self.action = menu.addAction(translate("teacher_dialog", "&Teacher mode…"))
        self.action.setStatusTip(
            translate(
                "teacher_dialog",
                "Write instructions, hide or lock controls, and save the playground as a lesson",
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        self.preview = LessonPreview(parent, menu, files, lessons)
        self.dialog: TeacherDialog | None = None

    def open_dialog(self) -> TeacherDialog | UnlockDialog:
        """The teacher dialog; first the password, when the lesson's locks have one
        (editing the lesson would take them off): then the dialog that asks is returned."""
        if self.preview.showing:  # the dialog waits, hidden, for Back to editing
            self.preview.back()
            assert self.dialog is not None
            return self.dialog
        ask = translate("teacher_dialog", "Type it to edit the lesson.")
        asking = ask_to_unlock(self.parent, self.files.lesson, ask, self._open)
        if asking is not None:
            asking.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            return asking
        assert self.dialog is not None
        return self.dialog

    def _open(self) -> None:
        from playground.projects.teacher_dialog import TeacherDialog

        dialog = TeacherDialog(self.parent, self.files, self.lessons, self.preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: TeacherDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
