"""Painting on the real output view of the live window, with undo, and CSV files."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from playground.app.main_window import MainWindow
from playground.core import csv_io
from playground.core.settings import TrainingSettings
from tests.conftest import TIMEOUT, settle, undo_text


@pytest.fixture
def window(window):
    """The shared window, on a 2-4-1 network unless told otherwise, a little smaller."""

    def open_window(settings: TrainingSettings | None = None) -> MainWindow:
        return window(settings or TrainingSettings(hidden=(4,)), size=(1300, 820))

    return open_window


def own(w: MainWindow):
    """The session's own points of the current problem (asked in the worker thread)."""
    return w.data_controller.call(lambda s: s.own_points())


def start_on_empty_canvas(qtbot, w: MainWindow) -> None:
    w.paint_tool.set_painting(True)
    w.data_controller.clear()
    settle(qtbot, w)
    assert w.paint_tool.painting and len(own(w)) == 0


def stroke(qtbot, w: MainWindow, path, button=Qt.MouseButton.LeftButton) -> None:
    """A mouse drag along ``path`` (data coordinates) on the plot."""
    tool = w.paint_tool
    viewport = w.output_view.plot_widget.viewport()
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, tool.viewport_pos(*path[0]))
    for point in path[1:]:
        QTest.mouseMove(viewport, tool.viewport_pos(*point))
        qtbot.wait(5)
    QTest.mouseRelease(
        viewport, button, Qt.KeyboardModifier.NoModifier, tool.viewport_pos(*path[-1])
    )
    settle(qtbot, w)


def test_a_click_adds_one_point_of_the_class_chosen_by_key(qtbot, window):
    w = window()
    start_on_empty_canvas(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_2)  # paint mode on: keys pick the class anywhere
    assert w.paint_tool.current_class == 1
    stroke(qtbot, w, [(2.0, -3.0)])
    points = own(w)
    assert len(points) == 1 and points.y.tolist() == [1]
    assert np.allclose(points.X[0], (2.0, -3.0), atol=0.06)  # within a pixel
    assert undo_text(w) == "Undo paint 1 point"


def test_a_drag_sprays_points_of_the_chosen_class_within_the_radius(qtbot, window):
    w = window()
    start_on_empty_canvas(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_3)
    path = [(-4.0, 0.0), (-2.0, 0.0), (0.0, 0.0), (2.0, 0.0)]
    stroke(qtbot, w, path)
    points = own(w)
    tool = w.paint_tool
    expected = 1 + 6.0 * tool.density  # the click's point, then density per unit of 6
    assert abs(len(points) - expected) <= 2
    assert set(points.y.tolist()) == {2}
    assert np.all(np.abs(points.X[:, 1]) <= tool.radius + 0.06)
    assert np.all((points.X[:, 0] >= -4 - tool.radius - 0.06) & (points.X[:, 0] <= 2 + tool.radius))
    assert undo_text(w) == f"Undo paint {len(points)} points"
    # Painted points show on the view: training points in the scatter.
    snap = w.snapshot
    assert len(snap.data.X_train) + len(snap.data.X_test) == len(points)
    assert len(w.output_view.train_points.data) == len(snap.data.X_train)


def test_the_eraser_removes_the_points_under_it_and_undo_restores(qtbot, window):
    w = window()
    start_on_empty_canvas(qtbot, w)
    for y, key in ((2.0, Qt.Key.Key_1), (-2.0, Qt.Key.Key_2)):
        qtbot.keyClick(w, key)
        stroke(qtbot, w, [(-4.0, y), (4.0, y)])
    before = own(w)
    assert set(before.y.tolist()) == {0, 1}
    qtbot.keyClick(w, Qt.Key.Key_E)
    assert w.paint_tool.mode == "eraser"
    stroke(qtbot, w, [(-5.0, 2.0), (5.0, 2.0)])
    qtbot.waitUntil(lambda: undo_text(w).startswith("Undo erase"), timeout=TIMEOUT)
    after = own(w)
    erased = len(before) - len(after)
    assert erased > 0 and undo_text(w) == f"Undo erase {erased} points"
    assert set(after.y.tolist()) == {1}  # the orange row is gone, the blue row stays
    w.undo_action.trigger()
    settle(qtbot, w)
    assert own(w).same_points(before)
    w.redo_action.trigger()
    settle(qtbot, w)
    assert own(w).same_points(after)
    w.undo_action.trigger()  # undo the erase
    w.undo_action.trigger()  # and the blue stroke
    settle(qtbot, w)
    assert set(own(w).y.tolist()) == {0}


def test_a_third_class_makes_the_trainer_multiclass_keeping_the_network(qtbot, window):
    w = window(TrainingSettings(hidden=(5,), speed=10))
    w.paint_tool.set_painting(True)  # paints on a copy of the circle's points
    settle(qtbot, w)
    assert w.snapshot.settings.data_source == "painted" and w.snapshot.output_kind == "binary"
    for _ in range(3):
        w.worker.send("step")
    settle(qtbot, w)
    hidden = w.data_controller.call(lambda s: s.trainer.network.params[0][0].copy())
    epoch = w.snapshot.epoch
    qtbot.keyClick(w, Qt.Key.Key_3)
    stroke(qtbot, w, [(5.0, 5.0), (5.5, 4.0)])
    snap = w.snapshot
    assert snap.output_kind == "multiclass" and snap.layer_sizes == [2, 5, 3]
    assert snap.data.classes == 3 and snap.epoch == epoch
    trainer_hidden, units = w.data_controller.call(
        lambda s: (s.trainer.network.params[0][0].copy(), s.trainer.network.head.units)
    )
    assert units == 3 and np.array_equal(trainer_hidden, hidden)
    assert "orange" in w.output_view.legend_label.text()
    assert "green" in w.output_view.legend_label.text()
    w.undo_action.trigger()
    settle(qtbot, w)
    assert w.snapshot.output_kind == "binary" and w.snapshot.layer_sizes == [2, 5, 1]


def test_painting_while_training_joins_at_the_next_step(qtbot, window):
    w = window(TrainingSettings(hidden=(4,), speed=1))
    start_on_empty_canvas(qtbot, w)
    stroke(qtbot, w, [(-3.0, -3.0), (-2.0, -3.0)])
    w.worker.send("play")
    qtbot.waitUntil(lambda: w.snapshot.running and w.snapshot.epoch > 3, timeout=TIMEOUT)
    version = w.snapshot.data.version
    qtbot.keyClick(w, Qt.Key.Key_2)
    stroke(qtbot, w, [(3.0, 3.0), (2.0, 3.0)])
    qtbot.waitUntil(lambda: w.snapshot.data.version > version, timeout=TIMEOUT)
    epoch = w.snapshot.epoch
    assert set(own(w).y.tolist()) == {0, 1}
    qtbot.waitUntil(lambda: w.snapshot.epoch > epoch + 3, timeout=TIMEOUT)
    assert w.snapshot.running
    trained_on = w.data_controller.call(lambda s: set(s.trainer.y_train.tolist()))
    assert trained_on == {0, 1}


def test_nothing_trains_until_a_training_point_is_painted(qtbot, window):
    w = window()
    start_on_empty_canvas(qtbot, w)
    assert w.paint_tool.hint_item.isVisible()
    w.worker.send("play")
    for _ in range(2):  # the worker goes round its loop, where it would train if it could
        settle(qtbot, w)
    assert w.snapshot.running and w.snapshot.epoch == 0  # play waits for a point
    stroke(qtbot, w, [(1.0, 1.0)])  # the first painted point trains
    qtbot.waitUntil(lambda: w.snapshot.epoch > 2, timeout=TIMEOUT)
    assert not w.paint_tool.hint_item.isVisible()


def test_a_generator_replaces_own_points_only_as_an_undo_step(qtbot, window):
    w = window()
    start_on_empty_canvas(qtbot, w)
    stroke(qtbot, w, [(-1.0, -1.0), (1.0, 1.0)])
    mine = own(w)
    qtbot.mouseClick(w.data_panel.buttons["xor"], Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert w.snapshot.settings.data_source == "generated" and w.snapshot.settings.dataset == "xor"
    assert not w.paint_tool.painting  # painting stops with own points off the view
    assert undo_text(w) == "Undo switch to Exclusive or data"
    assert own(w).same_points(mine)  # kept, not lost
    w.undo_action.trigger()
    settle(qtbot, w)
    assert w.snapshot.settings.data_source == "painted"
    assert w.data_panel.own_buttons["classification"].isChecked()
    assert np.array_equal(
        np.sort(np.concatenate((w.snapshot.data.X_train, w.snapshot.data.X_test)), axis=0),
        np.sort(mine.X, axis=0),
    )
    # The My points tile switches back too.
    w.redo_action.trigger()
    settle(qtbot, w)
    qtbot.mouseClick(w.data_panel.own_buttons["classification"], Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert w.snapshot.settings.data_source == "painted" and own(w).same_points(mine)


def test_regression_points_carry_the_slider_value(qtbot, window):
    w = window(TrainingSettings(problem="regression", dataset="plane", hidden=(3,)))
    start_on_empty_canvas(qtbot, w)
    assert w.paint_tool.value_box.isVisibleTo(w) and not w.paint_tool.class_box.isVisibleTo(w)
    w.paint_tool.value_slider.setValue(-40)
    stroke(qtbot, w, [(0.0, 0.0), (1.0, 0.0)])
    points = own(w)
    assert points.task == "regression" and np.allclose(points.y, -0.4)
    assert w.snapshot.data.task == "regression"


def test_keys_pick_the_class_when_the_output_view_has_the_focus(qtbot, window):
    w = window()
    assert not w.paint_tool.painting
    w.output_view.plot_widget.setFocus()
    qtbot.keyClick(w.output_view.plot_widget, Qt.Key.Key_5)
    assert w.paint_tool.current_class == 4 and w.paint_tool.class_buttons[4].isChecked()
    qtbot.keyClick(w, Qt.Key.Key_P)
    settle(qtbot, w)
    assert w.paint_tool.painting and w.snapshot.settings.data_source == "painted"


def test_csv_round_trip_through_the_window_is_exact(qtbot, window, tmp_path):
    w = window()
    start_on_empty_canvas(qtbot, w)
    for key, path in ((Qt.Key.Key_1, [(-3, 3), (-2, 4)]), (Qt.Key.Key_4, [(3, -3), (2, -4)])):
        qtbot.keyClick(w, key)
        stroke(qtbot, w, path)
    mine = own(w)
    file = tmp_path / "mine.csv"
    assert w.data_controller.export_csv(file)
    w.data_controller.clear()
    settle(qtbot, w)
    assert w.data_controller.import_csv(file)
    settle(qtbot, w)
    back = own(w)
    assert back.X.tobytes() == mine.X.tobytes() and np.array_equal(back.y, mine.y)
    assert undo_text(w) == f"Undo import {len(mine)} points"
    assert w.snapshot.data.classes == 4


def test_the_file_menu_exports_and_imports_csv(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = window()
    start_on_empty_canvas(qtbot, w)
    stroke(qtbot, w, [(-3.0, 3.0), (-2.0, 4.0)])
    mine = own(w)
    # File: "Import Data from CSV…" right before the Export submenu, "Data as CSV…" first in it.
    entries = w.menus.file.actions()
    export_menu = w.file_actions.export_menu
    import_action = entries[entries.index(export_menu.menuAction()) - 1]
    export_action = export_menu.actions()[0]
    assert import_action.text() == "&Import Data from CSV…"
    assert export_action.text() == "&Data as CSV…"
    file = tmp_path / "from-the-menu.csv"
    answer = staticmethod(lambda *args, **kwargs: (str(file), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    export_action.trigger()
    assert file.read_text().count("\n") > len(mine)  # a comment, a header and every point
    w.data_controller.clear()
    settle(qtbot, w)
    assert len(own(w)) == 0
    import_action.trigger()
    settle(qtbot, w)
    back = own(w)
    assert back.X.tobytes() == mine.X.tobytes() and np.array_equal(back.y, mine.y)


BAD_FILES = {
    "letters.csv": (b"x1,x2,label\n1,2,0\n1,two,1\n", "Line 3, column 2 (x2)"),
    "gap.csv": (b"1,2,0\n1,,1\n", "Line 2, column 2 (x2): the field is empty"),
    "nan.csv": (b"1,2,0\nnan,1,1\n", "not a finite number"),
    "short.csv": (b"1,2,0\n1,2\n", "Line 2 has 2 fields"),
    "classes.csv": (b"".join(b"0,0,%d\n" % k for k in range(9)), "at most 8 classes"),
    "halves.csv": (b"x1,x2,label\n1,2,0.5\n", "not a whole number"),
    "huge.csv": (b"x1,x2,label\n" + b"1,2,0\n" * 100_001, "more than 100,000"),
    "empty.csv": (b"", "The file is empty"),
    "latin1.csv": (b"x1,x2,label\n1,2,0\n\xe9,1,1\n", "not UTF-8"),
}


def test_every_bad_csv_shows_its_message_and_changes_nothing(qtbot, window, tmp_path):
    w = window()
    start_on_empty_canvas(qtbot, w)
    stroke(qtbot, w, [(0.0, 0.0), (1.0, 1.0)])
    mine, version, steps = own(w), w.snapshot.data.version, w.undo_stack.count()
    for name, (raw, words) in BAD_FILES.items():
        path = tmp_path / name
        path.write_bytes(raw)
        assert not w.data_controller.import_csv(path)
        message = w.data_controller.last_error
        assert words in message and "Nothing was imported" in message, (name, message)
        assert w.data_controller.last_box.informativeText() == message
        assert name in w.data_controller.last_box.text()
        assert words in w.statusBar().currentMessage()
    settle(qtbot, w)
    assert own(w).same_points(mine) and w.snapshot.data.version == version
    assert w.undo_stack.count() == steps


def test_points_outside_the_view_are_fitted_and_the_scaling_is_shown(qtbot, window, tmp_path):
    w = window()
    file = tmp_path / "big.csv"
    file.write_text("x1,x2,value\n100,20,0.5\n300,60,-0.5\n200,40,0\n")
    assert w.data_controller.import_csv(file, fit=True)
    settle(qtbot, w)
    snap = w.snapshot
    assert snap.settings.problem == "regression" and snap.settings.data_source == "painted"
    X = np.concatenate((snap.data.X_train, snap.data.X_test))
    assert np.all(np.abs(X) <= 6) and np.isclose(np.abs(X).max(), 5.5)
    assert "scaled to fit" in w.statusBar().currentMessage()
    w.data_controller.update_own_tile()
    assert "scaled to fit" in w.data_panel.note_label.text()
    assert own(w).fit is not None
    w.undo_action.trigger()  # the import is one undo step, back to the circle
    settle(qtbot, w)
    assert w.snapshot.settings.problem == "classification"
    assert w.snapshot.settings.data_source == "generated"


def test_a_lesson_lock_stops_painting(qtbot, window):
    w = window()
    w.lesson_panel.restrictions.apply((), ("data_edit",))
    assert not w.paint_tool.enabled()
    w.paint_tool.set_painting(True)
    assert not w.paint_tool.painting and w.snapshot.settings.data_source == "generated"


def test_a_saved_project_keeps_the_painted_points_and_opening_clears_undo(qtbot, window, tmp_path):
    w = window()
    start_on_empty_canvas(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_3)
    stroke(qtbot, w, [(-2.0, 2.0), (2.0, 2.0)])
    mine = own(w)
    path = tmp_path / "painted.nnplay"
    assert w.file_actions.save_to(path)
    assert w.file_actions.new()
    settle(qtbot, w)
    assert w.undo_stack.count() == 0 and not w.paint_tool.painting
    assert w.snapshot.settings.data_source == "generated"
    assert w.file_actions.open_path(path)
    settle(qtbot, w)
    snap = w.snapshot
    assert snap.settings.data_source == "painted" and snap.data.classes == 3
    back = own(w)
    assert np.array_equal(np.sort(back.X, axis=0), np.sort(mine.X, axis=0))


def test_the_gallery_sets_point_count_and_seed_and_offers_my_points(qtbot):
    from playground.data.data_panel import DataPanel

    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.points_spin.value() == 500 and panel.points_spin.toolTip()
    with qtbot.waitSignal(panel.changed) as blocker:
        panel.points_spin.setValue(800)
    assert blocker.args == [{"points": 800}]
    with qtbot.waitSignal(panel.changed) as blocker:
        panel.seed_spin.setValue(42)
    assert blocker.args == [{"data_seed": 42}]
    with qtbot.waitSignal(panel.changed) as blocker:
        panel.regenerate()
    assert set(blocker.args[0]) == {"data_seed"} and blocker.args[0]["data_seed"] != 42
    with qtbot.waitSignal(panel.changed) as blocker:
        qtbot.mouseClick(panel.own_buttons["classification"], Qt.MouseButton.LeftButton)
    assert blocker.args == [{"data_source": "painted"}]
    panel.set_settings(TrainingSettings(data_source="painted"))
    assert panel.own_buttons["classification"].isChecked()
    for widget in (panel.noise_slider, panel.points_spin, panel.seed_spin, panel.regenerate_button):
        assert not widget.isEnabled()
    with qtbot.assertNotEmitted(panel.changed):
        panel.regenerate()  # own points are not drawn at random
    with qtbot.waitSignal(panel.changed) as blocker:  # the generator on show before: back to it
        qtbot.mouseClick(panel.buttons["circle"], Qt.MouseButton.LeftButton)
    assert blocker.args == [{"dataset": "circle"}]
    panel.set_settings(TrainingSettings(points=900))
    assert panel.points_spin.value() == 900 and panel.points_spin.isEnabled()


def test_a_csv_file_is_read_while_the_window_stays_live(qtbot, window, tmp_path, monkeypatch):
    w = window()
    file = tmp_path / "points.csv"
    file.write_text("x1,x2,label\n1,2,1\n-1,-2,2\n")
    real_read = csv_io.read_csv
    gui_ran = threading.Event()

    def read_once_the_gui_ran(path):
        # Read on the GUI thread, this would wait for a timer that cannot fire meanwhile.
        assert gui_ran.wait(TIMEOUT / 1000), "the GUI's event loop did not run while reading"
        return real_read(path)

    monkeypatch.setattr(csv_io, "read_csv", read_once_the_gui_ran)
    QTimer.singleShot(0, gui_ran.set)
    assert w.data_controller.import_csv(file)
    settle(qtbot, w)
    assert len(own(w)) == 2


def test_the_my_points_tile_is_redrawn_without_waiting_for_the_worker(qtbot, window, monkeypatch):
    w = window()
    start_on_empty_canvas(qtbot, w)

    def waits(fn):
        raise AssertionError("the GUI thread waited for the worker to redraw the tile")

    # A worker busy with a frame of 100,000 points would hold such a call back.
    monkeypatch.setattr(w.data_controller, "call", waits)
    stroke(qtbot, w, [(1.0, 1.0)])
    tile = w.data_panel.own_buttons["classification"]
    qtbot.waitUntil(lambda: "1 point so far" in tile.toolTip(), timeout=TIMEOUT)
