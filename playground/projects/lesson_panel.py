"""Lessons in the window: the instructions panel, the Lessons menu, the start page, and
the teacher's hidden or locked controls (playground.projects.lesson_locks).

:class:`LessonController` gets what it uses: the Lessons menu, the window's columns
(the panel takes a column beside the output), the :class:`FileActions` that open lesson
files, and the window's parts a lesson can lock.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import translate
from playground.core.lessons import BundledLesson, bundled_lessons
from playground.projects.file_actions import FileActions
from playground.projects.inert_text import InertTextBrowser
from playground.projects.lesson_locks import LockableParts, Restrictions
from playground.projects.lock_password_dialog import UnlockDialog, ask_to_unlock
from playground.views.desktop import interactive

if TYPE_CHECKING:
    from playground.core.project import Lesson, Project

START_KEY = "start/show_at_start"
READABLE_WIDTH = 340  # the panel's width when it opens, taken from the other columns
SCREEN_SHARE = 0.22  # of the columns' width, at most, for the panel as it opens
COLUMN_MINIMUM = 240  # what a column keeps, at least, when it gives the panel room


def leave_tip(asks_password: bool = False) -> str:
    """What Leave lesson does (and that the password comes first, when the locks have one)."""
    if asks_password:
        return translate(
            "lesson_panel",
            "Play freely from here: every control unlocks, the data and the network stay "
            "as they are, and what you save is your own project (Ctrl+Shift+L). The "
            "teacher's password is asked for first",
        )
    return translate(
        "lesson_panel",
        "Play freely from here: every control unlocks, the data and the network stay "
        "as they are, and what you save is your own project (Ctrl+Shift+L)",
    )


class LessonPanel(QFrame):
    """The instructions beside the playground, with 'start again'.

    It sits in the window's main splitter, so it shares the width with the panels instead
    of widening the window (a dock would add to the top bar's width).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.project: Project | None = None  # the lesson on show, as its file began

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        header = QHBoxLayout()
        caption = QLabel(translate("lesson_panel", "LESSON"))
        caption.setObjectName("lessonCaption")
        font = QFont(caption.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        caption.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(
            translate(
                "lesson_panel",
                "Hide the instructions (Lessons → Show instructions brings them back). The "
                "lesson's locks stay: Leave lesson ends them.",
            )
        )
        self.close_button.clicked.connect(self.hide)
        header.addWidget(caption)
        header.addStretch(1)
        header.addWidget(self.close_button)
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.text = InertTextBrowser()  # a lesson's markup never loads anything
        self.text.setObjectName("lessonText")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.document().setDefaultStyleSheet(
            "h4 { margin-top: 10px; margin-bottom: 2px; color: #234; } p, li { line-height: 130%; }"
        )
        self.note = QLabel()
        self.note.setObjectName("lessonNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        self.restart_button = QPushButton(translate("lesson_panel", "Start the lesson again"))
        self.restart_button.setToolTip(
            translate(
                "lesson_panel",
                "Back to the lesson's starting point: its data, network and settings",
            )
        )
        layout.addLayout(header)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        self.leave_button = QPushButton(translate("lesson_panel", "Leave lesson"))
        self.leave_button.setToolTip(leave_tip())
        # One above the other: side by side they would widen the narrow panel.
        for button in (self.restart_button, self.leave_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        # Wide enough for the buttons' texts, which are longer in some languages.
        margins = layout.contentsMargins()
        buttons = max(b.sizeHint().width() for b in (self.restart_button, self.leave_button))
        self.setMinimumWidth(max(240, buttons + margins.left() + margins.right()))

    def add_banner(self, widget: QWidget) -> None:
        """Put ``widget`` above the lesson's caption (e.g. the preview's way back)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget)

    def show_lesson(self, project: Project) -> None:
        lesson = project.lesson
        assert lesson is not None
        self.project = project
        self.title.setText(html.escape(lesson.title))
        self.text.show_markup(lesson.instructions)
        self.show()


class _VisibilityWatcher(QObject):
    """Keeps the menu's 'Show instructions' tick in step with the panel."""

    def __init__(self, panel: QWidget, action: QAction) -> None:
        super().__init__(panel)
        self.panel, self.action = panel, action

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            shown = not self.panel.isHidden()
            if self.action.isChecked() != shown:
                self.action.blockSignals(True)
                self.action.setChecked(shown)
                self.action.blockSignals(False)
        return False


class StartPage(QDialog):
    """Offers lesson 1 first, any bundled lesson, an empty canvas to paint on, or the
    default playground. ``choice`` says what was picked: "lesson" (``chosen``), "canvas",
    "default", or "" (closed)."""

    def __init__(self, parent: QWidget, lessons: list[BundledLesson]) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWindowTitle(translate("lesson_panel", "Welcome to NN Playground"))
        self.lessons = lessons
        self.chosen: Path | None = None
        self.choice = ""
        heading = QLabel(
            translate(
                "lesson_panel",
                "<h2>Welcome to NN Playground</h2>"
                "<p>New here? Start with lesson 1. Or pick any lesson, paint your own data on "
                "an empty canvas, or play freely with the default playground.</p>",
            )
        )
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("lessonList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for b in lessons:
            item = QListWidgetItem(b.title)
            item.setToolTip(first_paragraph(b.lesson.instructions))
            self.list.addItem(item)
        self.preview = InertTextBrowser()
        self.preview.setObjectName("lessonPreview")
        self.list.currentRowChanged.connect(self._preview)
        self.list.itemDoubleClicked.connect(lambda _item: self._open(self.list.currentRow()))
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([380, 440])
        self.show_at_start = QCheckBox(translate("lesson_panel", "Show this at start"))
        self.show_at_start.setChecked(show_start_page())
        self.show_at_start.toggled.connect(lambda on: QSettings().setValue(START_KEY, on))
        self.first_button = QPushButton(translate("lesson_panel", "Start with lesson 1"))
        self.first_button.setDefault(True)
        self.first_button.setToolTip(lessons[0].title if lessons else "")
        self.first_button.setEnabled(bool(lessons))
        self.open_button = QPushButton(translate("lesson_panel", "Open chosen lesson"))
        self.canvas_button = QPushButton(translate("lesson_panel", "Empty canvas for painting"))
        self.canvas_button.setToolTip(
            translate(
                "lesson_panel",
                "No points yet: paint your own on the output, with the default network "
                "(two hidden layers). No lesson, nothing locked.",
            )
        )
        self.default_button = QPushButton(translate("lesson_panel", "Default playground"))
        self.default_button.setToolTip(
            translate(
                "lesson_panel",
                "TensorFlow Playground's start: Circle data and two hidden layers "
                "(4 and 2 neurons). No lesson, nothing locked.",
            )
        )
        self.first_button.clicked.connect(lambda: self._open(0))
        self.open_button.clicked.connect(lambda: self._open(self.list.currentRow()))
        self.canvas_button.clicked.connect(lambda: self._pick("canvas"))
        self.default_button.clicked.connect(lambda: self._pick("default"))
        row = QHBoxLayout()
        row.addWidget(self.show_at_start)
        row.addStretch(1)
        for button in (
            self.first_button,
            self.open_button,
            self.canvas_button,
            self.default_button,
        ):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.resize(860, 520)
        if lessons:
            self.list.setCurrentRow(0)

    def _preview(self, row: int) -> None:
        if 0 <= row < len(self.lessons):
            b = self.lessons[row]
            self.preview.show_markup(f"<h3>{html.escape(b.title)}</h3>{b.lesson.instructions}")

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.lessons):
            self.chosen = self.lessons[row].path
            self._pick("lesson")

    def _pick(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def first_paragraph(instructions: str) -> str:
    """The first paragraph's words, for a tooltip or status tip (at most 400 characters)."""
    from playground.core.markup import plain_text  # with the lessons, not at start

    match = re.search(r"<p>(.*?)</p>", instructions[:20_000], re.S)
    text = plain_text(match.group(1) if match else instructions[:2000])
    return text if len(text) <= 400 else text[:399] + "…"


def show_start_page() -> bool:
    value = QSettings().value(START_KEY, True)
    return value not in (False, "false", "0", 0)


class LessonController(QObject):
    """Ties lessons to the window: panel, menu, start page and restrictions.

    ``canvas_opened`` is emitted when the start page's empty canvas has opened (the
    window turns painting on)."""

    canvas_opened = Signal()

    def __init__(
        self,
        parent: QWidget,
        menu: QMenu,
        columns: QSplitter,
        files: FileActions,
        lockable: LockableParts,
        gives_first: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = parent  # of the start page
        self.files = files
        self.columns = columns
        # The column that makes room for the panel first: the network view, which scrolls,
        # so that the boundary plot keeps its size on a small screen.
        self.gives_first = gives_first
        self.panel = LessonPanel()
        self.panel.hide()
        columns.addWidget(self.panel)
        columns.setStretchFactor(columns.indexOf(self.panel), 1)
        columns.setCollapsible(columns.indexOf(self.panel), False)
        self.panel.restart_button.clicked.connect(self.restart)
        self.panel.leave_button.clicked.connect(self.leave)
        self.status = lockable.status
        self.restrictions = Restrictions(lockable)
        self._lessons: list[BundledLesson] | None = None  # read when first needed
        self.menu = self._fill_menu(menu)
        files.project_opened.connect(self.on_project_opened)
        self.start_page: StartPage | None = None
        QTimer.singleShot(0, self._maybe_start_page)

    @property
    def lessons(self) -> list[BundledLesson]:
        """The bundled lessons, read (each file parsed and checked) when first needed: the
        menu's first opening or the start page, not on the way to the first frame."""
        if self._lessons is None:
            self._lessons = bundled_lessons()
        return self._lessons

    def _add_lessons(self, menu: QMenu, before: QAction) -> None:
        """The lessons' entries, above ``before``, when the menu first opens."""
        menu.aboutToShow.disconnect(self._menu_opening)
        for b in self.lessons:
            action = QAction(b.title, menu)
            action.setStatusTip(first_paragraph(b.lesson.instructions))
            action.triggered.connect(lambda _checked=False, p=b.path: self.open_lesson(p))
            menu.insertAction(before, action)

    def _fill_menu(self, menu: QMenu) -> QMenu:
        separator = menu.addSeparator()
        self._menu_opening = lambda: self._add_lessons(menu, separator)
        menu.aboutToShow.connect(self._menu_opening)
        self.start_action = menu.addAction(translate("lesson_panel", "Start &page…"))
        self.start_action.triggered.connect(self.show_start_page)
        self.restart_action = menu.addAction(translate("lesson_panel", "Start this lesson &again"))
        self.restart_action.triggered.connect(self.restart)
        self.restart_action.setEnabled(False)
        self.leave_action = menu.addAction(translate("lesson_panel", "&Leave lesson"))
        self.leave_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.leave_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_action.setStatusTip(self.panel.leave_button.toolTip())
        self.leave_action.triggered.connect(self.leave)
        self.leave_action.setEnabled(False)
        self.window.addAction(self.leave_action)
        self.toggle_action = menu.addAction(translate("lesson_panel", "Show &instructions"))
        self.toggle_action.setCheckable(True)
        self.toggle_action.setEnabled(False)
        self.toggle_action.toggled.connect(self._toggle_panel)
        self._visibility = _VisibilityWatcher(self.panel, self.toggle_action)
        self.panel.installEventFilter(self._visibility)
        return menu

    def _toggle_panel(self, on: bool) -> None:
        if on and self.panel.project is not None:
            self._show_panel()
        elif not on:
            self.panel.hide()

    def _show_panel(self) -> None:
        """Show the panel with a readable width, taken from the widest neighbour."""
        self.panel.show()
        splitter = self.columns
        sizes = splitter.sizes()
        index = splitter.indexOf(self.panel)
        # A narrower column on a small screen (300 px at 1366), so the others keep room.
        want = max(self.panel.minimumWidth(), min(READABLE_WIDTH, int(SCREEN_SHARE * sum(sizes))))
        if sizes[index] < want:
            others = [i for i in range(len(sizes)) if i != index]
            spare = {  # with a margin: a hint can grow a little as its column narrows
                i: max(
                    0,
                    sizes[i]
                    - max(COLUMN_MINIMUM, splitter.widget(i).minimumSizeHint().width() + 8),
                )
                for i in others
            }
            first = splitter.indexOf(self.gives_first) if self.gives_first else -1
            if first in spare:
                give = min(want - sizes[index], spare.pop(first))
                sizes[first] -= give
                sizes[index] += give
            # The rest in proportion to the room each has above its own minimum.
            total = sum(spare.values())
            need = min(max(0, want - sizes[index]), total)
            for i in spare:
                give = need * spare[i] // total if total else 0
                sizes[i] -= give
                sizes[index] += give
            splitter.setSizes(sizes)

    def restart(self) -> None:
        """Start the lesson on show again from its file's state (after the save question)."""
        project = self.panel.project
        if project is not None and self.files.maybe_save():
            self.files.reopen_lesson(project)

    def leave(self) -> UnlockDialog | None:
        """Back to free play: every lock and hidden control goes, the data, network and
        training stay, and the work is the student's own (saved, it has no lesson). A
        lesson whose locks have a password asks for it first (the dialog is returned)."""
        project = self.panel.project
        if project is None:
            return None
        ask = translate("lesson_panel", "Type it to leave the lesson.")
        dialog = ask_to_unlock(self.window, project.lesson, ask, self._leave)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _leave(self) -> None:
        project = self.panel.project
        if project is None:
            return
        title = project.lesson.title if project.lesson else ""
        self.files.leave_lesson()
        self._end_lesson()
        self.status(
            translate(
                "lesson_panel",
                "Left the lesson ‘{title}’: every control is yours, the data and "
                "the network stay. File › Save keeps them as your own project.",
            ).format(title=title),
            10_000,
        )

    def _end_lesson(self) -> None:
        self.restrictions.clear()
        self.panel.project = None
        self.panel.hide()
        for action in (self.restart_action, self.leave_action, self.toggle_action):
            action.setEnabled(False)

    def open_lesson(self, path: Path) -> bool:
        return self.files.open_path(path, as_lesson=True)

    def on_project_opened(self, project: Project, _path) -> None:
        self.apply_lesson(project)

    def apply_lesson(self, project: Project) -> None:
        lesson: Lesson | None = project.lesson
        if lesson is None:
            self._end_lesson()
            return
        self.restrictions.apply(lesson.hidden, lesson.locked, lesson.title)
        self.panel.note.setText(self.restrictions.describe())
        self.panel.note.setVisible(bool(self.restrictions.describe()))
        tip = leave_tip(lesson.lock_password is not None)
        self.panel.leave_button.setToolTip(tip)
        self.leave_action.setStatusTip(tip)
        self.panel.show_lesson(project)
        self._show_panel()
        for action in (self.restart_action, self.leave_action, self.toggle_action):
            action.setEnabled(True)

    def _maybe_start_page(self) -> None:
        untouched = self.files.untouched
        if interactive() and show_start_page() and untouched and self.lessons:
            self.show_start_page()

    def show_start_page(self) -> StartPage:
        page = StartPage(self.window, self.lessons)
        page.finished.connect(lambda _result: self._start_page_done(page))
        self.start_page = page
        page.open()  # window-modal but not blocking: the event loop keeps running
        return page

    def _start_page_done(self, page: StartPage) -> None:
        if page.choice == "lesson" and page.chosen is not None:
            self.open_lesson(page.chosen)
        elif page.choice == "canvas":
            if self.files.new(canvas=True):
                self.canvas_opened.emit()
        elif page.choice == "default":
            self.files.new()
        page.deleteLater()
        if self.start_page is page:
            self.start_page = None
