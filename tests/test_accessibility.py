"""Everything by keyboard, and named for screen readers: every control of the window and
of every panel has an accessible name, and Tab walks the top bar in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QScrollBar,
    QSlider,
    QWidget,
)

from playground.classroom.hand_in import StudentNameDialog
from playground.core.lessons import LESSONS_DIR
from playground.views.theme import NORMAL, PROJECTOR, style_sheet
from playground.views.top_bar import STOP_RULES
from tests.conftest import TIMEOUT, settle

# Widgets a person works with (the parts of a composite one are named by their owner).
INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QSlider,
    QLineEdit,
    QAbstractItemView,
    QGraphicsView,
)
COMPOSITES = (QAbstractSpinBox, QComboBox, QAbstractItemView, QScrollBar)


def part_of_another(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    for _ in range(3):
        if parent is None:
            return False
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def nameless(root: QWidget) -> list[str]:
    """The visible controls under ``root`` that a screen reader could not name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or part_of_another(widget):
            continue
        if widget.isVisible() and not widget.accessibleName().strip():
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return found


def controls(root: QWidget) -> int:
    return sum(
        isinstance(w, INTERACTIVE) and w.isVisible() and not part_of_another(w)
        for w in root.findChildren(QWidget)
    )


def test_every_control_of_the_window_and_its_panels_has_a_name(window, qtbot):
    w = window()
    assert controls(w) > 40 and nameless(w) == []
    # Named by what they do, not only by what they show:
    assert w.top_bar.learning_rate.accessibleName() == "Learning rate"
    assert w.top_bar.play_button.accessibleName().startswith("Play")
    assert w.network_view.view.accessibleName() == "Network diagram"
    assert w.output_view.plot_widget.accessibleName().startswith("Output")
    assert w.top_bar.reset_button.accessibleDescription().startswith("Reset the network")

    w.walkthrough.action.trigger()
    qtbot.waitUntil(lambda: w.walkthrough.is_open, timeout=TIMEOUT)
    assert nameless(w) == []
    w.walkthrough.action.trigger()

    w.gradient_panel.set_visible(True)
    settle(qtbot, w)
    assert w.gradient_panel.panel.isVisible() and nameless(w) == []
    w.gradient_panel.set_visible(False)

    w.metrics.set_visible(True)
    qtbot.waitUntil(lambda: w.metrics.panel.metrics is not None, timeout=TIMEOUT)
    assert w.metrics.panel.tables["train"].isVisible() and nameless(w) == []
    assert w.metrics.panel.tables["test"].accessibleName() == "Confusion matrix of the test set"
    w.metrics.set_visible(False)

    w.compare.action.trigger()
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.compare.action.isChecked(), timeout=TIMEOUT)
    assert nameless(w) == []
    w.compare.set_comparing(False)
    settle(qtbot, w)

    w.paint_tool.set_painting(True)
    assert nameless(w) == []
    w.paint_tool.set_painting(False)

    assert w.lesson_panel.open_lesson(LESSONS_DIR / "08-many-classes.nnplay")
    settle(qtbot, w)
    assert nameless(w) == []

    # The classroom's windows: the gallery of a class folder and the hand-in's name dialog.
    gallery = w.class_folder.show(LESSONS_DIR)
    qtbot.waitUntil(lambda: not gallery.loading, timeout=TIMEOUT)
    assert gallery.table.accessibleName() == "Hand-ins of the class" and nameless(gallery) == []
    gallery.close()
    asking = StudentNameDialog(w, "")
    asking.show()
    assert asking.edit.accessibleName() == "Your name" and nameless(asking) == []
    asking.close()

    for show in (w.help.show_quick_start, w.help.show_shortcuts, w.help.show_about):
        dialog = show()
        qtbot.waitExposed(dialog)
        assert nameless(dialog) == []
        dialog.close()


def test_tab_walks_the_top_bar_in_order(window, qtbot):
    w = window()
    bar = w.top_bar
    expected = [
        bar.reset_button,
        bar.play_button,
        bar.step_button,
        w.step_by_step_button,
        # the settings, left to right; the stopping rules wait behind the Stop button
        *(c for name, c in bar.controls.items() if name not in STOP_RULES),
        bar.stop_button,
    ]
    bar.reset_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bar.reset_button.hasFocus(), timeout=TIMEOUT)
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # Disabled controls are skipped (regularization rate while there is none).
    wanted = [c for c in expected if c.isEnabled()]
    assert visited[: len(wanted)] == wanted
    # Every one shows where the keyboard is: no style sheet rule hides the focus.
    for theme in (NORMAL, PROJECTOR):
        sheet = style_sheet(theme)
        assert "outline: none" not in sheet and "outline: 0" not in sheet
        assert f"QGraphicsView:focus {{ border: {theme.focus_width}px solid" in sheet


def pixels(widget: QWidget) -> bytes:
    image = widget.grab().toImage()
    return bytes(image.constBits())


def test_tab_reaches_every_control_and_shows_a_focus_ring(window, qtbot):
    w = window()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=TIMEOUT)
    reachable = [
        c
        for c in w.findChildren(QWidget)
        if isinstance(c, INTERACTIVE)
        and not part_of_another(c)
        and c.isVisible()
        and c.isEnabled()
        and c.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    # Tab from the first control visits them all before it comes back, and each looks
    # different with the keyboard's focus than after the focus has moved on.
    w.top_bar.reset_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(w.top_bar.reset_button.hasFocus, timeout=TIMEOUT)
    qtbot.keyClick(w.top_bar.reset_button, Qt.Key.Key_Tab)  # from here on by keyboard
    first = QApplication.focusWidget()
    visited: dict[int, QWidget] = {}
    focused_look: dict[int, bytes] = {}
    unchanged = []
    for _ in range(4 * len(reachable)):
        current = QApplication.focusWidget()
        visited[id(current)] = current
        focused_look[id(current)] = pixels(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        if pixels(current) == focused_look[id(current)] and current in reachable:
            unchanged.append(f"{type(current).__name__} {current.accessibleName()}")
        if QApplication.focusWidget() is first:
            break
    # Tab stops once in a group of exclusive buttons (the data sets, the paint classes),
    # on the checked one; the arrow keys move within it (checked below).
    for control in reachable:
        group = isinstance(control, QAbstractButton) and control.group()
        if group and group.exclusive() and id(group.checkedButton()) in visited:
            visited[id(control)] = control
    missed = [c.accessibleName() for c in reachable if id(c) not in visited]
    assert missed == [], missed
    assert unchanged == [], unchanged
    # Within a group of exclusive buttons the arrow keys move the focus.
    first_class, second_class = w.paint_tool.class_buttons[:2]
    first_class.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first_class.hasFocus, timeout=TIMEOUT)
    qtbot.keyClick(first_class, Qt.Key.Key_Right)
    assert second_class.hasFocus()


def test_teacher_mode_its_password_dialogs_and_the_preview_are_named(window, qtbot):
    from playground.core.project import Lesson
    from playground.projects.lock_password_dialog import UnlockDialog

    w = window()
    teacher = w.teacher_mode.open_dialog()
    qtbot.waitExposed(teacher)
    assert nameless(teacher) == []
    assert teacher.remove_password_button.accessibleName() == "Remove the password"
    asking = teacher.ask_new_password()
    qtbot.waitExposed(asking)
    assert nameless(asking) == [] and asking.first.accessibleName() == "New password"
    asking.reject()
    teacher.title_edit.setText("Named")
    assert teacher.preview_as_student()
    settle(qtbot, w)
    assert w.teacher_mode.preview.bar.isVisible() and nameless(w) == []
    assert w.teacher_mode.preview.back()
    teacher.close()
    unlock = UnlockDialog(w, Lesson("L", lock_password=teacher_password()), "go", lambda: None)
    unlock.show()
    qtbot.waitExposed(unlock)
    assert nameless(unlock) == [] and unlock.field.accessibleName() == "Password"
    unlock.close()


def teacher_password():
    from playground.core.lock_password import MIN_ITERATIONS, LockPassword

    return LockPassword.create("pw", MIN_ITERATIONS)
