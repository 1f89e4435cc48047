"""Teacher mode: write a lesson's instructions, choose the hidden and locked controls (every
row of the table in playground.core.controls, in its order), and save the current
playground as a lesson file that students open.

Lessons › Teacher mode… (playground.projects.teacher_mode) opens the dialog, which gets
the :class:`FileActions` (the work, as project data), the :class:`LessonController` (to
try the lesson in this window) and the :class:`LessonPreview` (Preview as student). A password
on the locks (playground.projects.lock_password_dialog) is set here, and asked for before
the dialog opens on a lesson that has one: editing the lesson would take its locks off.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, translate
from playground.core.controls import CONTROLS
from playground.core.lock_password import LockPassword
from playground.core.project import MAX_TITLE, SUFFIX, Lesson, ProjectError, load_project
from playground.projects.file_actions import FileActions
from playground.projects.file_names import lesson_filter, safe_file_name
from playground.projects.inert_text import InertTextEdit, body_html
from playground.projects.lesson_panel import LessonController
from playground.projects.lesson_preview import LessonPreview
from playground.projects.lock_password_dialog import (
    SetPasswordDialog,
    protects,
)
from playground.projects.saving import save_project
from playground.views.accessibility import name_controls

# A new lesson's instructions to write over, in the teacher's language where shown.
TEMPLATE = QT_TRANSLATE_NOOP(
    "teacher_dialog",
    "<p>What this lesson is about, in one or two sentences.</p>"
    "<h4>Try</h4><ol><li>Press <b>Play</b>.</li><li>Change one thing and play again.</li></ol>"
    "<h4>Notice</h4><p>What should the students see?</p>"
    "<h4>Question</h4><p>A question to answer.</p>",
)


__all__ = ["TEMPLATE", "TeacherDialog", "body_html"]


class TeacherDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        files: FileActions,
        lessons: LessonController,
        preview: LessonPreview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teacherDialog")
        self.setWindowTitle(translate("teacher_dialog", "Teacher mode: make a lesson"))
        self.files = files
        self.lessons = lessons
        self.preview = preview
        current = files.lesson
        self.password = current.lock_password if current else None

        intro = QLabel(
            translate(
                "teacher_dialog",
                "The lesson keeps the playground <b>as it is now</b>: data, network, weights "
                "and settings. Write what students should do, choose what they may change, "
                "and save.",
            )
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(current.title if current else "")
        self.title_edit.setObjectName("lessonTitleEdit")
        self.title_edit.setPlaceholderText(
            translate("teacher_dialog", "Lesson title, e.g. 3. Why XOR needs a hidden layer")
        )
        self.title_edit.setMaxLength(MAX_TITLE)

        # Shows the instructions as they will be saved: sanitised (playground.core.markup),
        # pasted markup included, and loading nothing.
        self.editor = InertTextEdit()
        self.editor.setObjectName("instructionsEditor")
        self.editor.setAcceptRichText(True)
        self.editor.document().setDefaultStyleSheet("h4 { margin-top: 8px; margin-bottom: 2px; }")
        self.editor.show_markup(
            current.instructions if current else translate("teacher_dialog", TEMPLATE)
        )
        tools = QHBoxLayout()
        tools.setSpacing(2)
        # The letters on the first three buttons are translated too (German bold is "F").
        for text, tip, slot, key in (
            (
                translate("teacher_dialog", "B", "the Bold button's letter"),
                translate("teacher_dialog", "Bold (Ctrl+B)"),
                self._bold,
                "Ctrl+B",
            ),
            (
                translate("teacher_dialog", "I", "the Italic button's letter"),
                translate("teacher_dialog", "Italic (Ctrl+I)"),
                self._italic,
                "Ctrl+I",
            ),
            (
                translate("teacher_dialog", "H", "the Heading button's letter"),
                translate("teacher_dialog", "Heading"),
                self._heading,
                None,
            ),
            ("¶", translate("teacher_dialog", "Plain paragraph"), self._paragraph, None),
            (
                "•",
                translate("teacher_dialog", "Bulleted list"),
                lambda: self._list(QTextListFormat.Style.ListDisc),
                None,
            ),
            (
                "1.",
                translate("teacher_dialog", "Numbered list"),
                lambda: self._list(QTextListFormat.Style.ListDecimal),
                None,
            ),
        ):
            button = QToolButton()
            button.setText(text)
            look = QFont(button.font())
            look.setBold(slot == self._bold)
            look.setItalic(slot == self._italic)
            button.setFont(look)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            if key:
                button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)

        editor_box = QGroupBox(translate("teacher_dialog", "Instructions for the students"))
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.addLayout(tools)
        editor_layout.addWidget(self.editor)

        self.hide_boxes: dict[str, QCheckBox] = {}
        self.lock_boxes: dict[str, QCheckBox] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(14)
        header_font = QFont(self.font())
        header_font.setBold(True)
        headers = (
            translate("teacher_dialog", "Control"),
            translate("teacher_dialog", "Hide"),
            translate("teacher_dialog", "Lock"),
        )
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setFont(header_font)
            grid.addWidget(label, 0, column, alignment=Qt.AlignmentFlag.AlignLeft)
        for row, control in enumerate(CONTROLS, start=1):
            name, label = control.name, control.label
            grid.addWidget(QLabel(label), row, 0)
            hide, lock = QCheckBox(), QCheckBox()
            hide.setObjectName(f"hide_{name}")
            lock.setObjectName(f"lock_{name}")
            hide.setToolTip(
                translate("teacher_dialog", "Students do not see “{control}”").format(control=label)
            )
            lock.setToolTip(
                translate("teacher_dialog", "Students see “{control}” but cannot change it").format(
                    control=label
                )
            )
            if not control.hideable:
                # The diagram always shows: its controls can be locked, not hidden.
                hide.setEnabled(False)
                hide.setToolTip(
                    translate("teacher_dialog", "The network diagram always shows; lock it instead")
                )
            hide.setChecked(bool(current and name in current.hidden))
            lock.setChecked(bool(current and name in current.locked and name not in current.hidden))
            hide.toggled.connect(lambda on, other=lock: on and other.setChecked(False))
            lock.toggled.connect(lambda on, other=hide: on and other.setChecked(False))
            grid.addWidget(hide, row, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(lock, row, 2, alignment=Qt.AlignmentFlag.AlignHCenter)
            self.hide_boxes[name], self.lock_boxes[name] = hide, lock
        grid.setRowStretch(len(CONTROLS) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidget(grid_widget)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(grid_widget.sizeHint().width() + 24)
        controls_box = QGroupBox(translate("teacher_dialog", "What students may change"))
        controls_layout = QVBoxLayout(controls_box)
        controls_layout.addWidget(scroll)
        controls_layout.addLayout(self._password_row())

        buttons = QDialogButtonBox()
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.try_button = buttons.addButton(translate("teacher_dialog", "Try it here"), action)
        self.try_button.setToolTip(
            translate(
                "teacher_dialog",
                "Show the instructions and apply the hidden and locked controls in this window",
            )
        )
        self.preview_button = buttons.addButton(
            translate("teacher_dialog", "Preview as student"), action
        )
        self.preview_button.setToolTip(
            translate(
                "teacher_dialog",
                "Open the lesson in this window exactly as students get it: its start state, "
                "its locks and its instructions. Back to editing (a button above the "
                "instructions) brings your work and this dialog back as they were; the undo "
                "history starts afresh",
            )
        )
        self.preview_button.setVisible(preview is not None)
        self.preview_button.clicked.connect(self.preview_as_student)
        self.save_button = buttons.addButton(
            translate("teacher_dialog", "Save lesson…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.try_button.clicked.connect(self.try_here)
        self.save_button.clicked.connect(lambda: self.save_lesson())
        close.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("teacherStatus")
        self.status.setWordWrap(True)

        middle = QHBoxLayout()
        middle.addWidget(editor_box, 3)
        middle.addWidget(controls_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(translate("teacher_dialog", "Title")))
        title_row.addWidget(self.title_edit, 1)
        layout.addLayout(title_row)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(980, 640)
        name_controls(self)

    def _password_row(self) -> QHBoxLayout:
        self.password_label = QLabel()
        self.password_label.setObjectName("lockPasswordState")
        self.password_label.setWordWrap(True)
        self.password_label.setToolTip(protects())
        self.password_button = QPushButton()
        self.password_button.setToolTip(protects())
        self.password_button.clicked.connect(lambda: self.ask_new_password())
        self.remove_password_button = QPushButton(translate("teacher_dialog", "Remove"))
        self.remove_password_button.setToolTip(
            translate("teacher_dialog", "Students may leave the lesson freely again")
        )
        self.remove_password_button.setAccessibleName(
            translate("teacher_dialog", "Remove the password")
        )
        self.remove_password_button.clicked.connect(lambda: self.set_password(None))
        row = QHBoxLayout()
        row.addWidget(self.password_label, 1)
        row.addWidget(self.password_button)
        row.addWidget(self.remove_password_button)
        self.set_password(self.password)
        return row

    def set_password(self, password: LockPassword | None) -> None:
        """The password the lesson's locks will have (None: none); it counts once the
        lesson is saved or tried."""
        self.password = password
        if password:
            self.password_label.setText(
                translate("teacher_dialog", "Password on the locks: <b>set</b>.")
            )
            self.password_button.setText(translate("teacher_dialog", "Change password…"))
        else:
            self.password_label.setText(
                translate("teacher_dialog", "No password: students may leave the lesson.")
            )
            self.password_button.setText(translate("teacher_dialog", "Set password…"))
        self.remove_password_button.setEnabled(password is not None)

    def ask_new_password(self) -> SetPasswordDialog:
        dialog = SetPasswordDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_password(dialog.password))
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- editing
    def _merge(self, fmt: QTextCharFormat) -> None:
        self.editor.textCursor().mergeCharFormat(fmt)
        self.editor.mergeCurrentCharFormat(fmt)

    def _bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self._merge(fmt)

    def _set_heading(self, level: int) -> None:
        cursor = self.editor.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        size = self.editor.document().defaultFont().pointSizeF()
        fmt.setFontPointSize(size * (1.1 if level else 1.0))
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)

    def _heading(self) -> None:
        self._set_heading(4)

    def _paragraph(self) -> None:
        self._set_heading(0)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    # ------------------------------------------------------------------ result
    def lesson(self) -> Lesson:
        """The lesson as written; raises ValueError if it has no title."""
        title = self.title_edit.text().strip()
        if not title:
            raise ValueError(translate("teacher_dialog", "Give the lesson a title first."))
        hidden = tuple(n for n, box in self.hide_boxes.items() if box.isChecked())
        locked = tuple(
            n for n, box in self.lock_boxes.items() if box.isChecked() and n not in hidden
        )
        return Lesson(title, self.editor.markup(), hidden, locked, self.password)

    def _show_saved(self, lesson: Lesson) -> None:
        """Show the instructions exactly as saved, the cursor where it was."""
        position = self.editor.textCursor().position()
        self.editor.show_markup(lesson.instructions)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)

    def try_here(self) -> bool:
        """Show the lesson in this window as a student would see it."""
        try:
            lesson = self.lesson()
            project = load_project(json.dumps(self.files.project_data(lesson)))
        except (ValueError, TimeoutError) as exc:
            self.status.setText(str(exc))
            return False
        self.files.lesson = lesson
        self._show_saved(lesson)
        self.lessons.apply_lesson(project)
        self.status.setText(
            translate(
                "teacher_dialog",
                "Applied to this window. Open a project or choose New to lift the restrictions.",
            )
        )
        return True

    def preview_as_student(self) -> bool:
        """Show the lesson in this window as students get it (see LessonPreview)."""
        if self.preview is None:
            return False
        try:
            lesson = self.lesson()
        except ValueError as exc:
            self.status.setText(str(exc))
            return False
        self._show_saved(lesson)
        problem = self.preview.start(lesson, self)
        self.status.setText(problem)
        return not problem

    def save_lesson(self, path: str | Path | None = None) -> bool:
        try:
            lesson = self.lesson()
        except ValueError as exc:
            self.status.setText(str(exc))
            return False
        if path is None:
            start = str(Path(self.files.start_dir()) / f"{safe_file_name(lesson.title)}{SUFFIX}")
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("teacher_dialog", "Save lesson"), start, lesson_filter()
            )
            if not chosen:
                return False
            path = chosen if chosen.lower().endswith(SUFFIX) else chosen + SUFFIX
        path = Path(path)
        try:
            save_project(path, self.files.project_data(lesson))
            load_project(path)  # what students will open must open
        except (OSError, ProjectError, ValueError, TimeoutError) as exc:
            self.status.setText(
                translate("teacher_dialog", "Could not save the lesson: {error}").format(error=exc)
            )
            return False
        self.files.lesson = lesson
        self._show_saved(lesson)
        self.status.setText(
            translate(
                "teacher_dialog",
                "Saved {path}. Students open it with File → Open or by dropping it on the window.",
            ).format(path=path)
        )
        return True
