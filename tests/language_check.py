"""The window in one language, in a process of its own: every panel, every dialog a menu
opens, every bundled lesson; what text was left untranslated and what is clipped.

    python tests/language_check.py LANG [--shots DIR]

prints one JSON line: {"untranslated": [...], "clipped": [...], "opened": [...]}. Under
the pseudo-language every translated text is bracketed, so text outside brackets (but
names that are the same in every language: ReLU, PyTorch, x₁) never reached a translator.
tests/test_pseudo_language.py runs it; docs/screens/ has its pictures of each language.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QTextDocumentFragment  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from engine.i18n import translate  # noqa: E402
from tests.screen_check import clipped_texts, measure, panels, settle, wait_until  # noqa: E402

# Words that read the same in every language: names of things, units, keys, math.
SAME_EVERYWHERE = {
    "nn", "playground", "relu", "tanh", "sigmoid", "softmax", "adam", "sgd", "rmsprop",
    "momentum", "pytorch", "numpy", "csv", "json", "png", "gif", "svg", "tfp", "tensorflow",
    "ln", "exp", "max", "min", "sin", "cos", "mit", "qt", "pyside", "pyqtgraph", "pillow",
    "python", "ctrl", "shift", "alt", "esc", "del", "pgup", "pgdown", "backspace", "nnplay",
    "mse", "rmse", "mae", "ms", "px", "fps", "id", "ok", "threadpoolctl", "hz", "utc",
    "elu", "softplus", "silu", "swish", "leaky", "nesterov",
}  # fmt: skip
# A translated text in brackets; one cut short by the code that shows it (an accessible
# name taken from the start of a tooltip) loses its closing bracket.
BRACKETED = re.compile(r"\[[^\[\]]*(?:\]|$)")
WORD = re.compile(r"[A-Za-z]{2,}")


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def leftover_words(text: str, allowed: set[str]) -> list[str]:
    """Words of ``text`` outside the pseudo-language's brackets that are not names."""
    rest = plain(text).replace("&", "")
    while True:
        stripped = BRACKETED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    return [w for w in WORD.findall(rest) if w.lower() not in SAME_EVERYWHERE | allowed]


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    kind = type(widget).__name__
    if isinstance(widget, QAbstractButton) and qt_own_button(widget):
        return  # Qt's own standard button: Qt's translations name it (test_translations)
    for what, text in (
        ("tooltip", widget.toolTip()),
        ("status tip", widget.statusTip()),
        ("accessible name", widget.accessibleName()),
        ("title", widget.windowTitle() if widget.isWindow() else ""),
    ):
        yield f"{kind} {what}", text
    if isinstance(widget, (QLabel, QAbstractButton)) and widget.objectName() not in DATA_TEXT:
        yield kind, widget.text()
    elif isinstance(widget, QGroupBox):
        yield kind, widget.title()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{kind} item", widget.itemText(i)
            yield f"{kind} item tip", str(widget.itemData(i, 3) or "")  # ToolTipRole
    elif isinstance(widget, QLineEdit):
        yield f"{kind} placeholder", widget.placeholderText()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{kind} tab", widget.tabText(i)
    elif isinstance(widget, QTextEdit) and widget.objectName() not in LESSON_TEXT:
        yield kind, widget.toPlainText()
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        for column in range(header.count()):
            yield f"{kind} header", str(widget.model().headerData(column, ORIENTATION_H) or "")


ORIENTATION_H = Qt.Orientation.Horizontal
# Widgets that show a lesson's own text: its languages come from the file, not from Qt.
LESSON_TEXT = {"lessonText", "lessonPreview", "instructionsEditor"}
DATA_TEXT = {"versions"}  # About's list of program names and versions


def qt_own_button(button: QAbstractButton) -> bool:
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != NO_BUTTON


NO_BUTTON = QDialogButtonBox.StandardButton.NoButton


def action_texts(action: QAction, path: str) -> Iterator[tuple[str, str]]:
    yield f"menu {path}", action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield f"menu tip {path}", action.toolTip()
    yield f"menu status tip {path}", action.statusTip()
    if action.menu() is not None:
        for sub in action.menu().actions():
            yield from action_texts(sub, f"{path} › {action.text()}")


def plot_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    import pyqtgraph as pg

    for view in root.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible():
                yield "axis label", item.labelText
            elif isinstance(item, pg.LabelItem) and item.isVisible():
                yield "plot label", item.text
            elif isinstance(item, pg.TextItem) and item.isVisible():
                yield "plot text", item.toPlainText()


class Scan:
    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed
        self.untranslated: dict[str, str] = {}
        self.clipped: dict[str, str] = {}
        self.opened: list[str] = []

    def texts(self, root: QWidget, where: str) -> None:
        found = list(plot_texts(root))
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible() and not isinstance(widget, QFileDialog):
                found.extend(widget_texts(widget))
        if isinstance(root, QMenu) or root.isWindow():
            bar = root.menuBar() if hasattr(root, "menuBar") else None
            for action in bar.actions() if bar is not None else []:
                found.extend(action_texts(action, ""))
        for what, text in found:
            if not text or Path(text).is_absolute():  # a file's path is data
                continue
            words = leftover_words(text, self.allowed)
            if words:
                self.untranslated.setdefault(f"{what}: {text[:80]!r}", where)

    def clipping(self, root: QWidget, where: str) -> None:
        for line in clipped_texts(root):
            self.clipped.setdefault(line, where)


def open_dialogs(w, scan: Scan) -> None:
    """Every menu entry that opens a dialog (its text ends with "…"), each dialog scanned and
    closed as it shows."""

    def close_dialogs() -> None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible():
                name = f"dialog {top.windowTitle()!r}"
                if not isinstance(top, QFileDialog):
                    scan.texts(top, name)
                    scan.clipping(top, name)
                    scan.opened.append(name)
                top.reject()

    closer = QTimer()
    closer.timeout.connect(close_dialogs)
    closer.start(30)

    def dialog_actions(menu: QMenu) -> Iterator[QAction]:
        for action in menu.actions():
            if action.menu() is not None:
                yield from dialog_actions(action.menu())
            elif "…" in action.text() and action.isEnabled() and action.isVisible():
                yield action

    menus = w.menuBar().actions()
    help_menu = menus[-1].menu()  # Help: Quick start, Keyboard shortcuts, About
    chosen = [a for top in menus for a in dialog_actions(top.menu())]
    chosen += [a for a in help_menu.actions() if a.menu() is None and not a.isSeparator()]
    for action in dict.fromkeys(chosen):
        action.trigger()
        for _ in range(5):
            QCoreApplication.processEvents()
        close_dialogs()
    closer.stop()
    for dialog in other_dialogs(w):  # those a menu does not open at once
        dialog.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        close_dialogs()


def other_dialogs(w) -> list[QDialog]:
    """The class gallery (of a folder with a hand-in and a damaged file), and the lesson
    password's two dialogs."""
    import tempfile

    from playground.classroom.gallery import ClassGallery
    from playground.core.lock_password import LockPassword
    from playground.core.project import Lesson
    from playground.projects.lock_password_dialog import SetPasswordDialog, UnlockDialog

    folder = Path(tempfile.mkdtemp(prefix="nn-gallery-"))
    lesson = ROOT / "resources" / "lessons" / "01-linear-separability.nnplay"
    (folder / "anna.nnplay").write_bytes(lesson.read_bytes())
    (folder / "broken.nnplay").write_text("{", encoding="utf-8")
    gallery = ClassGallery(w, folder, lambda *_: None, lambda *_: None)
    password = LockPassword.create("pw", 1000)
    locked = Lesson("L", lock_password=password)
    return [
        gallery,
        SetPasswordDialog(w),
        UnlockDialog(
            w, locked, translate("lesson_panel", "Type it to leave the lesson."), lambda: None
        ),
    ]


def main() -> None:
    from playground.app import language
    from playground.app.main_window import MainWindow
    from playground.app.qt_app import make_app
    from playground.core.lessons import bundled_lessons
    from playground.core.session import Session
    from playground.views import desktop

    code = sys.argv[1]
    shots = sys.argv[sys.argv.index("--shots") + 1] if "--shots" in sys.argv else None
    folder = Path(sys.argv[sys.argv.index("--qm") + 1]) if "--qm" in sys.argv else None
    app = make_app()
    language.install(code, app, folder)
    desktop.INTERACTIVE = False
    lessons = bundled_lessons()
    allowed = {w.lower() for b in lessons for w in WORD.findall(b.title)}
    allowed |= {w.lower() for name in language.LANGUAGES.values() for w in WORD.findall(name)}
    scan = Scan(allowed)
    w = MainWindow(Session())
    w.show()
    wait_until(lambda: w.snapshot is not None)
    settle(w)
    sizes = {}
    for name in panels(w):
        scan.texts(w, name)
        scan.clipping(w, name)
        scan.opened.append(name)
        if name == "resting":
            measured = measure(w)
            sizes = {"plot": measured["plot"], "chart": measured["chart"]}
        if shots and name in ("resting", "walkthrough", "lesson"):
            w.grab().save(os.path.join(shots, f"{code}-{name}.png"))
    open_dialogs(w, scan)
    w.file_actions.cleanup()
    w.shutdown()
    print(
        json.dumps(
            {
                "untranslated": [f"{k} (in {v})" for k, v in scan.untranslated.items()],
                "clipped": [f"{k} (in {v})" for k, v in scan.clipped.items()],
                "opened": scan.opened,
                "resting": sizes,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    os._exit(0)  # PySide's teardown of a live window at exit can crash: nothing left to do


if __name__ == "__main__":
    main()
