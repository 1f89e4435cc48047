"""The File menu, lessons and teacher mode in the live window, driven as a user would.

Dialogs never block: the QMessageBox/QFileDialog static functions are replaced, and
autosaves go to a temporary folder.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from playground.app.main_window import MainWindow
from playground.app.qt_app import make_app
from playground.core.lessons import LESSONS_DIR
from playground.core.project import load_project
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.views import desktop
from tests.conftest import TIMEOUT, click, params

ROOT = Path(__file__).resolve().parent.parent
Button = QMessageBox.StandardButton


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Answers for every dialog, and a record of the questions asked."""
    monkeypatch.setenv("NN_PLAYGROUND_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(desktop, "INTERACTIVE", True)
    QStandardPaths.setTestModeEnabled(True)  # QSettings (recent files) go to a test folder
    QSettings().setValue("start/show_at_start", False)
    answers = {"question": Button.Discard, "save": "", "open": ""}
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(("question", title, text))
        return answers["question"]

    def warning(parent, title, text, *args, **kwargs):
        asked.append(("warning", title, text))
        return Button.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(answers["save"]), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(answers["open"]), ""))
    )
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (8, True)))
    yield answers, asked
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def window(window, dialogs):
    """The shared window, opened once every dialog has its answer."""
    return window


def step(qtbot, w: MainWindow, epochs: int = 1) -> None:
    target = w.snapshot.epoch + epochs
    for _ in range(epochs):
        w.worker.send("step")
    qtbot.waitUntil(lambda: w.snapshot.epoch >= target, timeout=TIMEOUT)


def test_save_then_open_restores_everything(window, qtbot, dialogs, tmp_path):
    answers, _ = dialogs
    w = window(TrainingSettings(dataset="xor", hidden=(3,), noise=0.1))
    w.worker.send("change", {"learning_rate": 0.1, "optimizer": "momentum"})
    step(qtbot, w, 3)
    saved_weights, saved = params(w), w.snapshot
    answers["save"] = tmp_path / "my work"  # the suffix is added
    w.file_actions.save_action.trigger()
    path = tmp_path / "my work.nnplay"
    assert path.exists() and w.windowTitle() == "my work — NN Playground"

    w.file_actions.new_action.trigger()
    qtbot.waitUntil(lambda: w.snapshot.settings == TrainingSettings(), timeout=TIMEOUT)
    assert w.windowTitle() == "Untitled — NN Playground"

    answers["open"] = path
    w.file_actions.open_action.trigger()
    qtbot.waitUntil(lambda: w.snapshot.settings == saved.settings, timeout=TIMEOUT)
    assert all(np.array_equal(a, b) for a, b in zip(params(w), saved_weights))
    assert w.snapshot.epoch == 3 and w.snapshot.steps == saved.steps
    assert np.array_equal(w.snapshot.data.X_train, saved.data.X_train)
    assert str(path.resolve()) in w.file_actions.recent.files()


def test_compare_lanes_are_saved_and_come_back_when_opened(window, qtbot, dialogs, tmp_path):
    answers, _ = dialogs
    w = window()
    click = w.compare.toggle.click
    click()  # Compare on: two lanes
    qtbot.waitUntil(lambda: w.snapshot.comparison is not None, timeout=TIMEOUT)
    w.compare.add_button.click()
    qtbot.waitUntil(lambda: len(w.snapshot.comparison.lanes) == 3, timeout=TIMEOUT)
    lanes = [lane.overrides for lane in w.snapshot.comparison.lanes]
    answers["save"] = tmp_path / "race.nnplay"
    w.file_actions.save_action.trigger()
    w.file_actions.new_action.trigger()  # a new project has no race
    qtbot.waitUntil(lambda: w.snapshot.comparison is None, timeout=TIMEOUT)
    assert not w.compare.toggle.isChecked()
    answers["open"] = tmp_path / "race.nnplay"
    w.file_actions.open_action.trigger()
    qtbot.waitUntil(lambda: w.snapshot.comparison is not None, timeout=TIMEOUT)
    assert [lane.overrides for lane in w.snapshot.comparison.lanes] == lanes
    assert w.compare.toggle.isChecked() and w.compare.toggle.text() == "Stop comparing"


def test_the_title_marks_unsaved_changes_and_close_asks(window, qtbot, dialogs, tmp_path):
    answers, asked = dialogs
    w = window()
    qtbot.waitUntil(lambda: w.windowTitle() == "Untitled — NN Playground", timeout=TIMEOUT)
    step(qtbot, w)
    qtbot.waitUntil(lambda: w.windowTitle() == "Untitled* — NN Playground", timeout=TIMEOUT)

    answers["question"] = Button.Cancel
    assert w.close() is False and w.isVisible()
    assert asked[-1][1] == "Unsaved changes"

    answers["question"], answers["save"] = Button.Save, tmp_path / "kept.nnplay"
    assert w.close() is True
    assert load_project(tmp_path / "kept.nnplay").epoch == 1


def test_discard_closes_and_removes_the_autosave(window, qtbot, dialogs):
    w = window()
    step(qtbot, w)
    qtbot.waitUntil(lambda: w.file_actions.dirty, timeout=TIMEOUT)
    assert w.file_actions.autosave() and w.file_actions.autosaver.path.exists()
    assert w.close() is True
    assert not w.file_actions.autosaver.path.exists()


def test_autosave_writes_a_project_every_30_seconds_when_changed(window, qtbot):
    w = window()
    fa = w.file_actions
    assert fa.autosaver.timer.interval() == 30_000 and fa.autosaver.timer.isActive()
    assert fa.autosave() is False  # nothing changed yet
    step(qtbot, w, 2)
    qtbot.waitUntil(lambda: fa.dirty, timeout=TIMEOUT)
    assert fa.autosave() is True
    assert load_project(fa.autosaver.path).epoch == 2
    assert fa.autosave() is False  # unchanged since the last autosave


def test_the_timers_autosave_never_makes_the_window_wait(window, qtbot, monkeypatch):
    import threading

    from playground.projects import autosave

    w = window()
    fa = w.file_actions
    step(qtbot, w, 2)
    qtbot.waitUntil(lambda: fa.dirty, timeout=TIMEOUT)
    may_write, writing = threading.Event(), []
    real = autosave.save_project

    def slow_save(path, data):  # a write that takes as long as the test says
        writing.append(threading.current_thread().name)
        assert may_write.wait(TIMEOUT / 1000)
        real(path, data)

    monkeypatch.setattr(autosave, "save_project", slow_save)
    fa.autosaver.timer.timeout.emit()  # returns while the write waits
    qtbot.waitUntil(lambda: writing == ["autosave"], timeout=TIMEOUT)  # a thread of its own
    assert not fa.autosaver.path.exists()
    click(qtbot, w.top_bar.step_button)  # the window answers meanwhile
    qtbot.waitUntil(lambda: w.snapshot.epoch == 3, timeout=TIMEOUT)
    fa.autosaver.timer.timeout.emit()  # one on its way: no second one
    may_write.set()
    qtbot.waitUntil(lambda: fa.autosaver.path.exists(), timeout=TIMEOUT)
    assert load_project(fa.autosaver.path).epoch == 2 and writing == ["autosave"]

    def failing(path, data):
        raise OSError("the disk is full")

    monkeypatch.setattr(autosave, "save_project", failing)
    qtbot.waitUntil(lambda: not fa.autosaver.busy, timeout=TIMEOUT)
    fa.autosaver.timer.timeout.emit()
    qtbot.waitUntil(
        lambda: w.statusBar().currentMessage() == "Autosave failed: the disk is full",
        timeout=TIMEOUT,
    )


def test_a_clean_exit_waits_for_an_autosave_on_its_way(window, qtbot, monkeypatch, dialogs):
    import threading

    from playground.projects import autosave

    w = window()
    fa = w.file_actions
    step(qtbot, w)
    qtbot.waitUntil(lambda: fa.dirty, timeout=TIMEOUT)
    may_write, started = threading.Event(), threading.Event()
    real = autosave.save_project

    def slow_save(path, data):
        started.set()
        assert may_write.wait(TIMEOUT / 1000)
        real(path, data)

    monkeypatch.setattr(autosave, "save_project", slow_save)
    fa.autosaver.timer.timeout.emit()
    assert started.wait(TIMEOUT / 1000)
    threading.Timer(0.05, may_write.set).start()
    fa.cleanup()  # waits for the write, then removes what it wrote
    assert may_write.is_set()
    assert not fa.autosaver.path.exists() and not fa.autosaver.info_path.exists()


def test_restore_is_offered_after_the_process_was_killed(qtbot, dialogs, tmp_path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs POSIX signals")
    answers, asked = dialogs
    script = textwrap.dedent(
        """
        import os, signal
        from PySide6.QtTest import QTest
        from playground.app.qt_app import make_app
        from playground.app.main_window import MainWindow
        make_app()
        w = MainWindow()
        w.show()
        w.file_actions.open_path(r"%s")
        for _ in range(4):
            w.worker.send("step")
        for _ in range(1500):  # up to 30 s on a busy machine
            QTest.qWait(20)
            if w.snapshot is not None and w.snapshot.epoch >= 4 and w.file_actions.dirty:
                break
        assert w.file_actions.autosave()
        print("autosaved", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
        % (LESSONS_DIR / "02-xor-needs-a-hidden-layer.nnplay")
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert "autosaved" in done.stdout, done.stderr
    assert done.returncode == -signal.SIGKILL
    assert list((tmp_path / "data").glob("autosave-*.nnplay"))

    answers["question"] = Button.Yes
    make_app()
    w = MainWindow(Session())
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(
            lambda: any(a[1] == "Restore your work?" for a in asked), timeout=3 * TIMEOUT
        )
        qtbot.waitUntil(
            lambda: w.snapshot is not None and w.snapshot.epoch == 4, timeout=3 * TIMEOUT
        )
        assert w.snapshot.settings.dataset == "xor"
        assert w.windowTitle().startswith("2. XOR") and "*" in w.windowTitle()
        assert w.lesson_panel.panel.isVisibleTo(w)
        assert not list((tmp_path / "data").glob("autosave-*.nnplay"))  # offered once
    finally:
        w.file_actions.cleanup()
        w.shutdown()


def test_a_damaged_file_is_refused_and_the_work_stays(window, qtbot, dialogs, tmp_path):
    _, asked = dialogs
    w = window()
    step(qtbot, w)
    before = params(w)
    bad = tmp_path / "bad.nnplay"
    bad.write_text('{"format": "nn-playground-project", "version": 7}')
    assert w.file_actions.open_path(bad) is False
    assert asked[-1][0] == "warning" and "newer NN Playground (format 7)" in asked[-1][2]
    assert all(np.array_equal(a, b) for a, b in zip(params(w), before))


def test_dropping_a_file_opens_it(window, qtbot):
    w = window()
    path = LESSONS_DIR / "03-features-or-depth.nnplay"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(w, enter)  # Qt delivers the drop to whoever accepted the enter
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(w, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: w.windowTitle().startswith("3. The circle"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.snapshot.settings.hidden == (), timeout=TIMEOUT)


def test_exports(window, qtbot, tmp_path):
    w = window(TrainingSettings(hidden=(3,)))
    step(qtbot, w, 2)
    qtbot.wait(50)
    fa = w.exports
    assert fa.export_boundary("png", tmp_path / "b.png")
    assert QImage(str(tmp_path / "b.png")).width() == 600
    assert fa.export_boundary("svg", tmp_path / "b.svg")
    assert "<circle" in (tmp_path / "b.svg").read_text()
    assert fa.export_network("png", tmp_path / "n.png")
    assert not QImage(str(tmp_path / "n.png")).isNull()
    assert fa.export_network("svg", tmp_path / "n.svg")
    assert "<svg" in (tmp_path / "n.svg").read_text()
    assert fa.export_history(tmp_path / "h.csv")
    lines = (tmp_path / "h.csv").read_text().splitlines()
    assert lines[0] == "epoch,train_loss,test_loss,train_accuracy,test_accuracy" and len(lines) >= 2
    assert fa.export_weights(tmp_path / "w.json")
    exported = json.loads((tmp_path / "w.json").read_text())
    assert exported["epoch"] == 2 and len(exported["layers"]) == 2
    assert np.array_equal(np.array(exported["layers"][0]["W (one row per input)"]), params(w)[0])
    assert fa.export_gif(tmp_path / "t.gif", epochs=4)
    assert (tmp_path / "t.gif").read_bytes()[:6] == b"GIF89a"
    assert w.snapshot.epoch == 2  # the GIF trained a copy


def test_a_lesson_shows_its_instructions_and_locks(window, qtbot):
    w = window()
    controller = w.lesson_panel
    controller.menu.popup(w.mapToGlobal(QPoint(10, 10)))  # the lessons are listed as it opens
    qtbot.waitUntil(controller.menu.isVisible, timeout=TIMEOUT)
    controller.menu.close()
    assert controller.menu.actions()[0].text().startswith("1. ")
    controller.menu.actions()[9].trigger()  # 10. backprop by hand
    qtbot.waitUntil(lambda: w.snapshot.settings.batch_size == 1, timeout=TIMEOUT)
    panel = controller.panel
    assert panel.isVisibleTo(w) and panel.title.text().startswith("10.")
    assert "backpropagation" in panel.text.toPlainText()
    assert not w.top_bar.learning_rate.isEnabled()  # locked
    assert not w.top_bar.optimizer.parentWidget().isVisibleTo(w)  # hidden
    assert not w.data_panel.isEnabled() and not w.network_view.view.isInteractive()
    assert w.file_actions.path is None  # a bundled lesson is saved under a new name

    w.file_actions.new()
    qtbot.waitUntil(lambda: not panel.isVisibleTo(w), timeout=TIMEOUT)
    assert w.top_bar.learning_rate.isEnabled() and w.top_bar.optimizer.parentWidget().isVisibleTo(w)
    assert w.data_panel.isEnabled() and w.network_view.view.isInteractive()
    # Locked both as a panel and one by one: every button comes back.
    assert (
        all(b.isEnabled() for b in w.data_panel.buttons.values())
        and w.data_panel.noise_slider.isEnabled()
    )


def test_a_lesson_panel_opens_wide_enough_to_read_taking_room_where_there_is_some(window, qtbot):
    w = window()
    w.resize(1400, 860)
    qtbot.wait(50)
    splitter = w.lesson_panel.panel.parentWidget()
    w.lesson_panel.open_lesson(LESSONS_DIR / "09-optimizers-compared.nnplay")
    qtbot.waitUntil(lambda: w.lesson_panel.panel.isVisibleTo(w), timeout=TIMEOUT)
    qtbot.wait(50)
    assert w.lesson_panel.panel.width() >= 300  # its table reads without broken words
    for i in range(splitter.count()):
        column = splitter.widget(i)
        assert column.width() >= column.minimumSizeHint().width()


def test_start_the_lesson_again(window, qtbot):
    w = window()
    w.lesson_panel.open_lesson(LESSONS_DIR / "01-linear-separability.nnplay")
    start = params(w)
    step(qtbot, w, 3)
    w.lesson_panel.panel.restart_button.click()
    qtbot.waitUntil(lambda: w.snapshot.epoch == 0, timeout=TIMEOUT)
    assert all(np.array_equal(a, b) for a, b in zip(params(w), start))


def test_start_page_opens_the_chosen_lesson(window, qtbot):
    w = window()
    page = w.lesson_panel.show_start_page()
    assert page.isVisible() and page.list.count() >= 8
    page.list.setCurrentRow(3)
    page.open_button.click()
    qtbot.waitUntil(lambda: w.windowTitle().startswith("4. The spiral"), timeout=TIMEOUT)


def test_teacher_mode_saves_a_lesson_students_get(window, qtbot, tmp_path):
    from playground.projects.teacher_dialog import TeacherDialog

    w = window(TrainingSettings(dataset="gauss", hidden=(2,)))
    dialog = TeacherDialog(w, w.file_actions, w.lesson_panel)
    qtbot.addWidget(dialog)
    assert dialog.save_lesson(tmp_path / "x.nnplay") is False  # no title yet
    dialog.title_edit.setText("My lesson")
    dialog.editor.setHtml("<p>Press <b>play</b> and watch.</p>")
    dialog.hide_boxes["optimizer"].setChecked(True)
    dialog.lock_boxes["dataset"].setChecked(True)
    dialog.lock_boxes["learning_rate"].setChecked(True)
    dialog.hide_boxes["learning_rate"].setChecked(True)  # one or the other: the last choice wins
    dialog.lock_boxes["network_edit"].setChecked(True)
    assert not dialog.hide_boxes["network_edit"].isEnabled()  # the diagram cannot be hidden
    assert dialog.save_lesson(tmp_path / "mine.nnplay")
    lesson = load_project(tmp_path / "mine.nnplay").lesson
    assert lesson.title == "My lesson" and "play" in lesson.instructions
    assert set(lesson.hidden) == {"optimizer", "learning_rate"}
    assert set(lesson.locked) == {"dataset", "network_edit"}

    assert w.file_actions.open_path(tmp_path / "mine.nnplay")
    assert not w.top_bar.optimizer.parentWidget().isVisibleTo(w)
    assert not any(b.isEnabled() for b in w.data_panel.buttons.values())
    assert not w.network_view.view.isInteractive()
    assert "play" in w.lesson_panel.panel.text.toPlainText()

    dialog.title_edit.setText("Tried")
    assert dialog.try_here()
    assert w.lesson_panel.panel.title.text() == "Tried"


def test_one_table_drives_the_top_bar_the_lesson_locks_and_teacher_mode(window, qtbot):
    from PySide6.QtWidgets import QGridLayout, QLabel

    from playground.core.controls import CONTROL_NAMES, CONTROLS, TOP_BAR_CONTROLS
    from playground.projects.teacher_dialog import TeacherDialog
    from playground.views.top_bar import REG_CAPTION, STOP_RULES

    names = [c.name for c in CONTROLS]
    assert len(names) == len(set(names)) and set(names) == set(CONTROL_NAMES)
    w = window()
    bar = w.top_bar
    # The top bar: the table's rows, left to right, with their captions and tooltips; the
    # regularization rate shares its rule's caption and the schedule the learning rate's,
    # the stopping rules sit in the Stop button's menu, in the table's order too.
    in_bar = [c for c in TOP_BAR_CONTROLS if c.name not in STOP_RULES]
    xs = [bar.boxes[c.name].mapTo(bar, QPoint()).x() for c in in_bar]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    stops = [bar.boxes[name].x() for name in STOP_RULES]
    assert stops == sorted(stops) and bar.stop_box.x() > max(xs)
    for c in TOP_BAR_CONTROLS:
        caption = bar.boxes[c.name].findChild(QLabel, "caption")
        if c.name == "regularization":
            assert caption.text() == REG_CAPTION
        elif c.name not in ("reg_rate", "schedule"):
            assert caption.text() == c.label
        assert (
            bar.controls[c.name].toolTip() == c.tip and getattr(bar, c.name) is bar.controls[c.name]
        )
    assert [bar.learning_rate.itemText(i) for i in range(3)] == ["1e-05", "0.0001", "0.001"]
    # The locks: each top-bar row greys out its own box, and only that one (the rate goes
    # with its regularization rule, the schedule with the learning rate: captions shared).
    for c in TOP_BAR_CONTROLS:
        w.lesson_panel.restrictions.apply((), (c.name,))
        assert [not bar.boxes[o.name].isEnabled() for o in TOP_BAR_CONTROLS] == [
            o is c
            or (c.name, o.name) in (("regularization", "reg_rate"), ("learning_rate", "schedule"))
            for o in TOP_BAR_CONTROLS
        ]
    w.lesson_panel.restrictions.clear()
    # Teacher mode: a row per control in the table's order; what cannot hide, cannot.
    dialog = TeacherDialog(w, w.file_actions, w.lesson_panel)
    qtbot.addWidget(dialog)
    grid = dialog.findChild(QGridLayout)
    rows = [grid.itemAtPosition(row, 0).widget().text() for row in range(1, len(CONTROLS) + 1)]
    assert rows == [c.label for c in CONTROLS]
    assert [dialog.hide_boxes[c.name].isEnabled() for c in CONTROLS] == [
        c.hideable for c in CONTROLS
    ]
