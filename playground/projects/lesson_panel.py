"""Lessons in the window: the instructions panel, the Lessons menu, the start page, and
the teacher's hidden or locked controls.

A control is named as in a lesson file: a TrainingSettings field (``learning_rate``,
``dataset``, ...) or ``network_edit`` / ``data_edit``. :func:`control_targets` finds the
widgets and actions behind each name (by attribute and objectName, and any widget whose
``nnControl`` property names it), so panels added later can opt in with one property.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.core.lessons import BundledLesson, bundled_lessons
from playground.core.project import CONTROL_NAMES, Lesson, Project
from playground.core.settings import SETTINGS_INFO
from playground.projects import file_actions

START_KEY = "start/show_at_start"
TOP_BAR_CONTROLS = (
    "learning_rate",
    "activation",
    "regularization",
    "reg_rate",
    "problem",
    "optimizer",
    "batch_size",
    "speed",
    "stop_at_epoch",
    "patience",
)
NETWORK_CONTROLS = ("network_edit", "hidden", "features")
EXTRA_LABELS = {
    "classes": "Classes",
    "network_edit": "Editing the network (inputs, layers, neurons)",
    "data_edit": "Editing the data (datasets, painting, sliders)",
}
SHORT_LABELS = {"network_edit": "network editing", "data_edit": "data editing"}
CONTROL_LABELS = {
    name: (SETTINGS_INFO[name].label if name in SETTINGS_INFO else EXTRA_LABELS.get(name, name))
    for name in CONTROL_NAMES
}


def _wrapper(widget: QWidget, owner: QWidget) -> QWidget:
    """The captioned box a top-bar control sits in (so its caption goes with it)."""
    parent = widget.parentWidget()
    return parent if parent is not None and parent is not owner else widget


@dataclass
class Targets:
    widgets: list[QWidget] = field(default_factory=list)
    actions: list[QAction] = field(default_factory=list)
    network: bool = False  # editing in the network diagram


def control_targets(window: QMainWindow, name: str) -> Targets:
    """The widgets and actions that change control ``name`` in ``window``."""
    t = Targets()
    top = getattr(window, "top_bar", None)
    data = getattr(window, "data_panel", None)
    if top is not None and name in TOP_BAR_CONTROLS and getattr(top, name, None) is not None:
        t.widgets.append(_wrapper(getattr(top, name), top))
    if name == "init_seed":
        if top is not None and getattr(top, "reset_button", None) is not None:
            t.widgets.append(top.reset_button)
        if getattr(window, "reset_action", None) is not None:
            t.actions.append(window.reset_action)
    if data is not None:
        extra = {
            "dataset": list(getattr(data, "buttons", {}).values()),
            "noise": [getattr(data, "noise_slider", None), getattr(data, "noise_label", None)],
            "train_ratio": [
                getattr(data, "ratio_slider", None),
                getattr(data, "ratio_label", None),
            ],
            "data_seed": [getattr(data, "regenerate_button", None)],
            "classes": [getattr(data, "classes_spin", None), getattr(data, "classes_label", None)],
            "data_edit": [data],
        }.get(name, [])
        t.widgets.extend(w for w in extra if w is not None)
    if name in ("data_seed", "data_edit"):
        t.actions.extend(
            a for a in window.actions() if a.text().replace("&", "").startswith("Regenerate")
        )
    if name in NETWORK_CONTROLS:
        t.network = True
    for widget in window.findChildren(QWidget):
        if widget.property("nnControl") == name and widget not in t.widgets:
            t.widgets.append(widget)
    return t


class Restrictions:
    """Hides and locks controls, remembering how to undo it."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.hidden: tuple[str, ...] = ()
        self.locked: tuple[str, ...] = ()
        self._undo: list = []

    def apply(
        self, hidden: tuple[str, ...] | list[str], locked: tuple[str, ...] | list[str]
    ) -> None:
        self.clear()
        self.hidden, self.locked = tuple(hidden), tuple(locked)
        network_locked = False
        for name, hide in [*((n, True) for n in self.hidden), *((n, False) for n in self.locked)]:
            t = control_targets(self.window, name)
            for widget in t.widgets:
                if hide:
                    self._undo.append((widget.setVisible, not widget.isHidden()))
                    widget.setVisible(False)
                else:
                    # The widget's own state, not its parent's: a panel locked as a whole
                    # must not leave its buttons disabled when the lesson ends.
                    explicit = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                    self._undo.append((widget.setEnabled, explicit))
                    widget.setEnabled(False)
                    widget.setProperty("lockedByLesson", True)
                    self._undo.append(
                        (lambda _v, w=widget: w.setProperty("lockedByLesson", None), None)
                    )
            for action in t.actions:
                self._undo.append((action.setEnabled, action.isEnabled()))
                action.setEnabled(False)
            network_locked |= t.network
        if network_locked:
            self._lock_network(True)

    def _lock_network(self, locked: bool) -> None:
        nv = getattr(self.window, "network_view", None)
        if nv is None:
            return
        if hasattr(nv, "set_editable"):
            nv.set_editable(not locked)
        view = getattr(nv, "view", None)
        if view is not None:
            view.setInteractive(not locked)
        if locked:
            self._undo.append((lambda _v: self._lock_network(False), None))

    def clear(self) -> None:
        for setter, value in reversed(self._undo):
            setter(value)
        self._undo.clear()
        self.hidden, self.locked = (), ()

    def describe(self) -> str:
        """One short line for students: what is greyed out (hidden things need no mention)."""
        if not self.locked:
            return ""
        names = [SHORT_LABELS.get(n, CONTROL_LABELS[n]) for n in self.locked]
        if len(names) > 4:
            shown = ", ".join(names[:3])
            return f"Locked in this lesson: {shown} and {len(names) - 3} more (greyed out)."
        return f"Locked in this lesson: {', '.join(names)}."


class LessonPanel(QFrame):
    """The instructions beside the playground, with 'start again'.

    It sits in the window's main splitter, so it shares the width with the panels instead
    of widening the window (a dock would add to the top bar's width).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("lessonPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.window_ = window
        self.project: Project | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        header = QHBoxLayout()
        caption = QLabel("LESSON")
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
            "Hide the instructions (Lessons → Show instructions brings them back)"
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
        self.text = QTextBrowser()
        self.text.setObjectName("lessonText")
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.document().setDefaultStyleSheet(
            "h4 { margin-top: 10px; margin-bottom: 2px; color: #234; } p, li { line-height: 130%; }"
        )
        self.note = QLabel()
        self.note.setObjectName("lessonNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        self.restart_button = QPushButton("Start the lesson again")
        self.restart_button.setToolTip(
            "Back to the lesson's starting point: its data, network and settings"
        )
        self.restart_button.clicked.connect(self.restart)
        layout.addLayout(header)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(240)

    def show_lesson(self, project: Project) -> None:
        lesson = project.lesson
        assert lesson is not None
        self.project = project
        self.title.setText(html.escape(lesson.title))
        self.text.setHtml(lesson.instructions)
        self.show()

    def restart(self) -> None:
        fa = getattr(self.window_, "file_actions", None)
        if self.project is not None and fa is not None and fa.maybe_save():
            fa.reopen_lesson(self.project)


class _VisibilityWatcher(QObject):
    """Keeps the menu's 'Show instructions' tick in step with the panel."""

    def __init__(self, controller: LessonController) -> None:
        super().__init__(controller.panel)
        self.controller = controller

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            action = getattr(self.controller, "toggle_action", None)
            if action is not None and action.isChecked() != self.controller.panel.isVisibleTo(
                self.controller.window
            ):
                action.blockSignals(True)
                action.setChecked(self.controller.panel.isVisibleTo(self.controller.window))
                action.blockSignals(False)
        return False


class StartPage(QDialog):
    """Offers the bundled lessons, or an empty playground."""

    def __init__(self, window: QMainWindow, lessons: list[BundledLesson]) -> None:
        super().__init__(window)
        self.setObjectName("startPage")
        self.setWindowTitle("Welcome to NN Playground")
        self.lessons = lessons
        self.chosen: Path | None = None
        heading = QLabel(
            "<h2>Welcome to NN Playground</h2>"
            "<p>Pick a lesson to start with, or play freely with an empty playground.</p>"
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
        self.preview = QTextBrowser()
        self.preview.setObjectName("lessonPreview")
        self.list.currentRowChanged.connect(self._preview)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([380, 440])
        self.show_at_start = QCheckBox("Show this at start")
        self.show_at_start.setChecked(show_start_page())
        self.show_at_start.toggled.connect(lambda on: QSettings().setValue(START_KEY, on))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton("Open lesson", QDialogButtonBox.ButtonRole.AcceptRole)
        self.empty_button = buttons.addButton(
            "Empty playground", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.clicked.connect(self._open)
        self.empty_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.show_at_start)
        row.addStretch(1)
        row.addWidget(buttons)
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
            self.preview.setHtml(f"<h3>{html.escape(b.title)}</h3>{b.lesson.instructions}")

    def _open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.lessons):
            self.chosen = self.lessons[row].path
            self.accept()


def first_paragraph(instructions: str) -> str:
    match = re.search(r"<p>(.*?)</p>", instructions, re.S)
    text = re.sub(r"<[^>]+>", "", match.group(1) if match else instructions)
    return html.unescape(text).strip()


def show_start_page() -> bool:
    value = QSettings().value(START_KEY, True)
    return value not in (False, "false", "0", 0)


class LessonController:
    """Ties lessons to the window: panel, menu, start page and restrictions."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.panel = LessonPanel(window)
        self.panel.hide()
        self._place_panel()
        self.restrictions = Restrictions(window)
        self.lessons = bundled_lessons()
        self.menu = self._make_menu()
        fa = getattr(window, "file_actions", None)
        if fa is not None:
            fa.project_opened.connect(self.on_project_opened)
        self.start_page: StartPage | None = None
        QTimer.singleShot(0, self._maybe_start_page)

    def _make_menu(self) -> QMenu:
        menu = self.window.menus.lessons
        for b in self.lessons:
            action = menu.addAction(b.title)
            action.setStatusTip(first_paragraph(b.lesson.instructions))
            action.triggered.connect(lambda _checked=False, p=b.path: self.open_lesson(p))
        menu.addSeparator()
        self.start_action = menu.addAction("Start &page…")
        self.start_action.triggered.connect(self.show_start_page)
        self.restart_action = menu.addAction("Start this lesson &again")
        self.restart_action.triggered.connect(self.panel.restart)
        self.restart_action.setEnabled(False)
        self.toggle_action = menu.addAction("Show &instructions")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setEnabled(False)
        self.toggle_action.toggled.connect(self._toggle_panel)
        self.panel.installEventFilter(self._visibility_filter)
        return menu

    def _place_panel(self) -> None:
        splitter = getattr(self.window, "splitter", None)
        if isinstance(splitter, QSplitter):
            splitter.addWidget(self.panel)
            splitter.setStretchFactor(splitter.indexOf(self.panel), 1)
            splitter.setCollapsible(splitter.indexOf(self.panel), False)
        else:  # a window without the main splitter: a dock instead
            dock = QDockWidget("Lesson", self.window)
            dock.setObjectName("lessonDock")
            dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._visibility_filter = _VisibilityWatcher(self)

    def _toggle_panel(self, on: bool) -> None:
        if on and self.panel.project is not None:
            self._show_panel()
        elif not on:
            self.panel.hide()

    def _show_panel(self) -> None:
        """Show the panel with a readable width, taken from the widest neighbour."""
        self.panel.show()
        splitter = self.panel.parentWidget()
        if isinstance(splitter, QSplitter):
            sizes = splitter.sizes()
            index = splitter.indexOf(self.panel)
            want = max(340, self.panel.minimumWidth())
            if sizes[index] < want:
                # Every other column gives in proportion to the room it has above its own
                # minimum (the output column cannot shrink much, the network view can).
                others = [i for i in range(len(sizes)) if i != index]
                spare = {  # with a margin: a hint can grow a little as its column narrows
                    i: max(0, sizes[i] - max(240, splitter.widget(i).minimumSizeHint().width() + 8))
                    for i in others
                }
                total = sum(spare.values())
                need = min(want - sizes[index], total)
                for i in others:
                    give = need * spare[i] // total if total else 0
                    sizes[i] -= give
                    sizes[index] += give
                splitter.setSizes(sizes)

    def open_lesson(self, path: Path) -> bool:
        fa = getattr(self.window, "file_actions", None)
        return bool(fa is not None and fa.open_path(path, as_lesson=True))

    def on_project_opened(self, project: Project, _path) -> None:
        self.apply_lesson(project)

    def apply_lesson(self, project: Project) -> None:
        lesson: Lesson | None = project.lesson
        if lesson is None:
            self.restrictions.clear()
            self.panel.project = None
            self.panel.hide()
            self.restart_action.setEnabled(False)
            self.toggle_action.setEnabled(False)
            return
        self.restrictions.apply(lesson.hidden, lesson.locked)
        self.panel.note.setText(self.restrictions.describe())
        self.panel.note.setVisible(bool(self.restrictions.describe()))
        self.panel.show_lesson(project)
        self._show_panel()
        self.restart_action.setEnabled(True)
        self.toggle_action.setEnabled(True)

    def _maybe_start_page(self) -> None:
        fa = getattr(self.window, "file_actions", None)
        untouched = fa is None or (
            fa.path is None and fa.lesson is None and not fa.dirty and fa.name == "Untitled"
        )
        if file_actions.interactive() and show_start_page() and untouched and self.lessons:
            self.show_start_page()

    def show_start_page(self) -> StartPage:
        page = StartPage(self.window, self.lessons)
        page.finished.connect(lambda _result: self._start_page_done(page))
        self.start_page = page
        page.open()  # window-modal but not blocking: the event loop keeps running
        return page

    def _start_page_done(self, page: StartPage) -> None:
        if page.chosen is not None:
            self.open_lesson(page.chosen)
        page.deleteLater()
        if self.start_page is page:
            self.start_page = None


def install(window: QMainWindow) -> LessonController:
    """Add the lesson panel, the Lessons menu and the start page to ``window``."""
    controller = LessonController(window)
    window.lesson_panel = controller
    return controller
