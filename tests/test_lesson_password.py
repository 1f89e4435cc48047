"""Teacher mode that students cannot simply switch off, in the live window: a password set
in the teacher dialog, saved and reopened; Leave lesson and Teacher mode ask for it; and
Preview as student, with the teacher's work back unchanged afterwards."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QLabel

from playground.core import lock_password
from playground.core.project import load_project
from playground.core.settings import TrainingSettings
from playground.projects.lock_password_dialog import SetPasswordDialog, UnlockDialog
from playground.projects.teacher_dialog import TeacherDialog
from tests.conftest import TIMEOUT, click, params, settle, view_settled
from tests.test_accessibility import nameless

SECRET = "owl-7"


@pytest.fixture(autouse=True)
def fast_hashes(monkeypatch):
    """The lowest count a file may hold, so that each check takes a millisecond."""
    monkeypatch.setattr(lock_password, "ITERATIONS", lock_password.MIN_ITERATIONS)


def set_password(qtbot, dialog: TeacherDialog, password: str) -> None:
    """Through the dialog's Set password… button, typed twice (once wrongly first)."""
    click(qtbot, dialog.password_button)
    asking = next(d for d in dialog.findChildren(SetPasswordDialog) if d.isVisible())
    assert nameless(asking) == []
    assert "does not stop someone who edits the lesson file by hand" in words(asking)
    qtbot.keyClicks(asking.first, password)
    qtbot.keyClicks(asking.second, password + "x")
    click(qtbot, asking.ok_button)
    assert "differ" in asking.message.text() and asking.isVisible()
    qtbot.keyClicks(asking.second, password)
    click(qtbot, asking.ok_button)
    assert dialog.password is not None and dialog.password.matches(password)
    assert "set" in dialog.password_label.text()


def words(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def unlock(qtbot, asking: UnlockDialog, password: str) -> None:
    qtbot.keyClicks(asking.field, password)
    click(qtbot, asking.ok_button)


def locked(w) -> bool:
    return not any(b.isEnabled() for b in w.data_panel.buttons.values())


def test_a_password_set_in_teacher_mode_guards_leave_lesson_and_teacher_mode(
    window, qtbot, tmp_path
):
    w = window(TrainingSettings(dataset="xor", hidden=(3,)))
    teacher = w.teacher_mode.open_dialog()
    assert isinstance(teacher, TeacherDialog) and nameless(teacher) == []
    teacher.title_edit.setText("Guarded")
    teacher.lock_boxes["dataset"].setChecked(True)
    assert not teacher.remove_password_button.isEnabled()
    set_password(qtbot, teacher, SECRET)
    path = tmp_path / "guarded.nnplay"
    assert teacher.save_lesson(path)
    assert SECRET not in path.read_text(encoding="utf-8")
    assert load_project(path).lesson.lock_password.matches(SECRET)
    teacher.close()

    # A student opens it; saving and reopening keeps the password with the locks.
    assert w.file_actions.new() and w.file_actions.open_path(path)
    settle(qtbot, w)
    assert locked(w) and "password" in w.lesson_panel.panel.leave_button.toolTip()
    again = tmp_path / "student.nnplay"
    assert w.file_actions.save_to(again)
    assert load_project(again).lesson.lock_password.matches(SECRET)
    assert w.file_actions.open_path(again)
    settle(qtbot, w)
    assert locked(w)

    # Leave lesson (Ctrl+Shift+L's action, and the panel's button) asks; a wrong one
    # changes nothing.
    w.lesson_panel.leave_action.trigger()
    asking = QApplication.activeModalWidget()
    assert isinstance(asking, UnlockDialog) and nameless(asking) == []
    unlock(qtbot, asking, "owl-8")
    assert "Wrong password" in asking.message.text() and asking.isVisible()
    assert asking.field.text() == ""
    assert locked(w) and w.file_actions.lesson is not None
    asking.reject()
    assert locked(w) and w.lesson_panel.leave_action.isEnabled()

    # Teacher mode would edit the locks away: it asks too.
    asking = w.teacher_mode.open_dialog()
    assert isinstance(asking, UnlockDialog) and "Type it to edit the lesson" in words(asking)
    unlock(qtbot, asking, "OWL-7")
    assert w.teacher_mode.dialog is None and locked(w)
    asking.reject()
    asking = w.teacher_mode.open_dialog()
    unlock(qtbot, asking, SECRET)
    editing = w.teacher_mode.dialog
    assert isinstance(editing, TeacherDialog) and editing.password is not None
    assert editing.remove_password_button.isEnabled()
    editing.close()
    assert locked(w)  # opening the dialog took nothing off

    click(qtbot, w.lesson_panel.panel.leave_button)
    asking = QApplication.activeModalWidget()
    assert isinstance(asking, UnlockDialog)
    unlock(qtbot, asking, SECRET)
    assert not locked(w) and w.file_actions.lesson is None
    assert "Left the lesson" in w.statusBar().currentMessage()


def test_without_a_password_nothing_asks_and_a_removed_one_is_gone(window, qtbot, tmp_path):
    w = window(TrainingSettings(dataset="gauss", hidden=(2,)))
    teacher = w.teacher_mode.open_dialog()
    teacher.title_edit.setText("Free")
    teacher.lock_boxes["dataset"].setChecked(True)
    set_password(qtbot, teacher, SECRET)
    click(qtbot, teacher.remove_password_button)
    assert teacher.password is None and "No password" in teacher.password_label.text()
    path = tmp_path / "free.nnplay"
    assert teacher.save_lesson(path)
    assert "lock_password" not in path.read_text(encoding="utf-8")
    teacher.close()
    assert w.file_actions.open_path(path)
    settle(qtbot, w)
    assert locked(w)
    assert w.lesson_panel.leave() is None  # as before: no question
    assert not locked(w)


def test_new_does_not_carry_a_guarded_lessons_points_off(window, qtbot, tmp_path):
    from tests.test_painting import own, start_on_empty_canvas, stroke

    w = window()
    start_on_empty_canvas(qtbot, w)
    stroke(qtbot, w, [(-2.0, 2.0), (2.0, 2.0)])
    assert len(own(w)) > 0
    teacher = w.teacher_mode.open_dialog()
    teacher.title_edit.setText("Painted")
    teacher.lock_boxes["dataset"].setChecked(True)
    set_password(qtbot, teacher, SECRET)
    path = tmp_path / "painted.nnplay"
    assert teacher.save_lesson(path)
    teacher.close()
    assert w.file_actions.open_path(path)
    settle(qtbot, w)
    assert locked(w)
    assert w.file_actions.new()  # New works as ever, without the password...
    settle(qtbot, w)
    assert not locked(w) and w.snapshot.settings.data_source == "generated"
    assert len(own(w)) == 0  # ...and leaves the lesson's points behind


def test_preview_as_student_shows_the_lesson_and_gives_the_work_back(window, qtbot, tmp_path):
    w = window(TrainingSettings(dataset="xor", hidden=(3,), learning_rate=0.1))
    mine = tmp_path / "teacher.nnplay"
    assert w.file_actions.save_to(mine)
    for _ in range(4):
        w.client.step()
    qtbot.waitUntil(lambda: w.snapshot.epoch >= 4, timeout=TIMEOUT)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: w.file_actions.dirty, timeout=TIMEOUT)
    before = (w.snapshot.epoch, params(w), w.snapshot.data.X_train.copy())
    title = w.windowTitle()

    teacher = w.teacher_mode.open_dialog()
    teacher.title_edit.setText("Preview me")
    teacher.editor.setHtml("<p>Watch the <b>boundary</b>.</p>")
    teacher.lock_boxes["dataset"].setChecked(True)
    teacher.hide_boxes["learning_rate"].setChecked(True)
    set_password(qtbot, teacher, SECRET)
    assert teacher.preview_button.isVisible()
    click(qtbot, teacher.preview_button)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: view_settled(w), timeout=TIMEOUT)

    # As a student gets it: locks, hidden controls, instructions, the start state.
    assert not teacher.isVisible() and w.teacher_mode.preview.showing
    panel = w.lesson_panel.panel
    assert panel.isVisible() and panel.title.text() == "Preview me"
    assert "boundary" in panel.text.toPlainText()
    assert locked(w) and not w.top_bar.learning_rate.parentWidget().isVisibleTo(w)
    assert w.teacher_mode.preview.bar.isVisible() and nameless(w) == []
    assert w.windowTitle().startswith("Preview me")
    assert w.snapshot.epoch == before[0]
    assert all(np.array_equal(a, b) for a, b in zip(params(w), before[1]))
    # The student may play; Leave lesson asks for the password, as for a student.
    for _ in range(3):
        w.client.step()
    qtbot.waitUntil(lambda: w.snapshot.epoch >= before[0] + 3, timeout=TIMEOUT)
    asking = w.lesson_panel.leave()
    assert isinstance(asking, UnlockDialog)
    asking.reject()

    click(qtbot, w.teacher_mode.preview.back_button)
    settle(qtbot, w)
    assert teacher.isVisible() and not w.teacher_mode.preview.showing
    assert teacher.title_edit.text() == "Preview me" and teacher.password.matches(SECRET)
    assert teacher.lock_boxes["dataset"].isChecked()
    assert not locked(w) and w.top_bar.learning_rate.parentWidget().isVisibleTo(w)
    assert not w.lesson_panel.panel.isVisible() and w.file_actions.lesson is None
    assert w.file_actions.path == mine and w.windowTitle() == title  # still unsaved (*)
    assert w.snapshot.epoch == before[0]
    assert all(np.array_equal(a, b) for a, b in zip(params(w), before[1]))
    assert np.array_equal(w.snapshot.data.X_train, before[2])
    assert not w.teacher_mode.preview.back_action.isEnabled()
    assert teacher.save_lesson(tmp_path / "after.nnplay")  # the draft saves as written
    assert load_project(tmp_path / "after.nnplay").lesson.hidden == ("learning_rate",)


def test_closing_the_window_in_a_preview_asks_to_save_the_teachers_work(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from playground.views import desktop

    CANCEL = QMessageBox.StandardButton.Cancel
    w = window(TrainingSettings(dataset="gauss", hidden=(2,)))
    w.client.step()
    qtbot.waitUntil(lambda: w.file_actions.dirty, timeout=TIMEOUT)
    weights = params(w)
    teacher = w.teacher_mode.open_dialog()
    teacher.title_edit.setText("Closing")
    assert teacher.preview_as_student()
    settle(qtbot, w)
    assert not w.file_actions.dirty  # the preview itself is unchanged...
    asked = []
    monkeypatch.setattr(desktop, "INTERACTIVE", True)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _title, text, *_a: asked.append(text) or CANCEL),
    )
    w.close()  # ...but the teacher's work is not: its question comes, and Cancel keeps it
    assert asked == ["Save the changes to “Untitled” first?"] and w.isVisible()
    assert not w.teacher_mode.preview.showing and w.file_actions.lesson is None
    assert all(np.array_equal(a, b) for a, b in zip(params(w), weights))
