"""Start-up: what the first frame does not need is built or imported when first used,
and works then; the training process stays free of Qt and of what the window defers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from playground.backprop.gradient_panel import GradientPanel
from playground.backprop.walkthrough_panel import WalkthroughPanel
from playground.core.lessons import bundled_lessons
from playground.core.settings import TrainingSettings
from playground.metrics.metrics_panel import MetricsPanel
from playground.views.compare_view import CompareView
from tests.conftest import TIMEOUT

ROOT = Path(__file__).resolve().parent.parent

# Imported when first used, never on the way to the window's first frame.
DEFERRED = (
    "PIL",  # pictures: exports, hand-ins, lesson images
    "importlib.metadata",  # Help › About's version
    "playground.classroom.gallery",  # File › Open class folder…
    "playground.core.class_folder",
    "playground.views.compare_view",  # Compare's lanes
    "playground.backprop.gradient_panel",  # View › Gradients
    "playground.metrics.metrics_panel",  # View › Metrics
    "playground.core.script_export",  # File › Export › PyTorch / NumPy script…
    "playground.core.project",  # the schema and its checks: a project opened, saved, made
    "playground.core.handin",  # File › Hand in…
    "playground.core.markup",  # a lesson's instructions shown, the lessons menu
    "playground.projects.teacher_dialog",  # Lessons › Teacher mode…
    "playground.backprop.walkthrough",  # Training › Backprop, step by step… (W)
    "playground.core.walkthrough_steps",
    "playground.core.metrics",  # View › Metrics, File › Export › Metrics
)
# Never in the training process: it only trains (playground/compute/train_process.py).
NOT_IN_TRAINING = ("PySide6", "shiboken6", "pyqtgraph", "PIL", "playground.views")


def run_fresh(script: str) -> str:
    """What ``script`` printed, run in a fresh interpreter (offscreen, throwaway settings)."""
    home = tempfile.mkdtemp(prefix="nn-playground-test-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = os.path.join(home, var.lower())
    env["NN_PLAYGROUND_DATA_DIR"] = os.path.join(home, "data")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def modules_of_fresh(script: str) -> list[str]:
    """``sys.modules`` after ``script`` ran in a fresh interpreter, as its last line
    printed them."""
    script = (
        textwrap.dedent(script) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    )
    return json.loads(run_fresh(script).strip().splitlines()[-1])


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_the_window_draws_its_first_frame_without_what_it_defers():
    modules = modules_of_fresh(
        """
        from playground.app.main_window import MainWindow
        from playground.app.qt_app import make_app

        app = make_app()
        window = MainWindow()
        window.show()
        while not window.frames_drawn:
            app.processEvents()
        window.close()
        """
    )
    assert "playground.app.main_window" in modules and "pyqtgraph" in modules
    assert loaded(modules, DEFERRED) == []


def test_the_training_process_imports_no_qt_and_nothing_the_window_defers():
    # What the spawned child imports: the training module (multiprocessing unpickles
    # train_process.serve), and with it the engine and the stop rules.
    modules = modules_of_fresh("import playground.compute.train_process")
    assert "engine.trainer" in modules
    assert loaded(modules, NOT_IN_TRAINING + DEFERRED) == []


def test_the_gradient_panel_built_at_its_first_opening_shows_what_trained_before(window, qtbot):
    w = window(TrainingSettings(speed=0))
    assert w.findChildren(GradientPanel) == []  # not built with the window
    w.client.play()
    qtbot.waitUntil(lambda: w.gradient_panel.record.history.n >= 5, timeout=TIMEOUT)
    w.client.pause()
    qtbot.waitUntil(lambda: not w.snapshot.running, timeout=TIMEOUT)
    recorded = w.gradient_panel.record.history.n
    qtbot.keyClick(w, Qt.Key.Key_G)
    panel = w.gradient_panel.panel
    assert w.findChildren(GradientPanel) == [panel] and panel.isVisible()
    assert panel.history.n >= recorded  # the norms from before it was built
    assert "h1" in panel.legend.text() and panel.layer_box.count() == 3  # 2-4-2-1
    assert "No gradient warning" in panel.marker.text()  # not "Press play"
    assert panel.accessibleName() or panel.close_button.accessibleName()


def test_metrics_and_compare_are_built_when_first_opened(window, qtbot):
    w = window()
    assert w.findChildren(MetricsPanel) == [] and w.findChildren(CompareView) == []
    qtbot.keyClick(w, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: w.metrics.panel.metrics is not None, timeout=TIMEOUT)
    assert w.findChildren(MetricsPanel) == [w.metrics.panel] and w.metrics.panel.isVisible()
    assert w.metrics.panel.close_button.accessibleName()  # named as it was built
    qtbot.keyClick(w, Qt.Key.Key_M)
    assert not w.metrics.visible

    qtbot.keyClick(w, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: w.compare.stack.currentWidget() is w.compare.view, timeout=TIMEOUT)
    assert w.findChildren(CompareView) == [w.compare.view]
    assert w.compare.view.maps[0].isVisible() and w.compare.view.maps[1].isVisible()


def test_the_walkthrough_built_at_its_first_opening_takes_its_place_in_the_tab_order(window, qtbot):
    w = window()
    assert w.findChildren(WalkthroughPanel) == []  # not built with the window
    qtbot.keyClick(w, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: w.walkthrough.is_open, timeout=TIMEOUT)
    panel = w.walkthrough.panel
    assert w.findChildren(WalkthroughPanel) == [panel] and panel.isVisible()
    assert panel.close_button.accessibleName()  # named as it was built

    def next_control(widget):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        return widget

    # Where its controls came when the window built it: after the rewind timeline's, and
    # before the network palette's.
    assert next_control(w.timeline.bar.latest_button) is panel.close_button
    assert next_control(panel.apply_button) is w.network_editor.palette.link_mode
    qtbot.keyClick(w, Qt.Key.Key_W)
    assert not w.walkthrough.is_open and not panel.isVisible()


def test_the_lessons_menu_lists_the_bundled_lessons_when_it_opens(window, qtbot):
    w = window()
    menu = w.menus.lessons
    titles = [b.title for b in bundled_lessons()]
    assert titles and not set(titles) & {a.text() for a in menu.actions()}
    menu.popup(w.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT)
    texts = [a.text() for a in menu.actions()]
    assert texts[: len(titles)] == titles  # above Start page… and the rest, as before
    menu.close()
    menu.popup(w.mapToGlobal(QPoint(10, 10)))  # a second opening adds nothing
    assert [a.text() for a in menu.actions()] == texts
    menu.close()
    before = w.snapshot.settings
    next(a for a in menu.actions() if a.text() == titles[0]).trigger()
    qtbot.waitUntil(lambda: w.snapshot.settings != before, timeout=TIMEOUT)
    assert w.lesson_panel.panel.isVisible()


def test_the_garbage_collector_runs_again_once_the_modules_are_in():
    # Paused while the app imports its modules, which are then frozen (playground/
    # __main__.py); a command, and the window, run with the collector on as always.
    script = """
        import gc, os
        import playground.__main__ as entry

        assert entry.main(["lessons"]) == 0
        print("command", gc.isenabled(), gc.get_freeze_count() > 0)
        os.environ["NN_PLAYGROUND_STARTUP_PROBE"] = "1"  # the window closes at its first frame
        assert entry.main([]) == 0
        print("window", gc.isenabled())
        """
    lines = [
        line for line in run_fresh(script).splitlines() if line.startswith(("command", "window"))
    ]
    assert lines == ["command True True", "window True"]
