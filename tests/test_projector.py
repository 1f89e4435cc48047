"""Projector mode: one switch that makes type, lines and points bigger in the real widgets,
and back; remembered, and reachable from the command line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QGraphicsPathItem

from playground.app.cli import main
from playground.core.lessons import LESSONS_DIR
from playground.designer.scene_style import Z_FRAMES
from playground.views.projector import SETTING
from tests.conftest import settle


def looks(w) -> dict[str, float]:
    """The sizes projector mode changes, read off the live widgets."""
    links = w.network_view.links.layers[0]
    frames = [
        item
        for item in w.network_view.scene().items()
        if isinstance(item, QGraphicsPathItem) and item.zValue() == Z_FRAMES
    ]
    return {
        "app font": QApplication.font().pointSizeF(),
        "combo font": w.top_bar.learning_rate.font().pointSizeF(),
        "epoch font": w.top_bar.epoch_label.font().pointSizeF(),
        "epoch width": float(w.top_bar.epoch_label.width()),
        "point size": float(w.output_view.train_points.opts["size"]),
        "test outline": float(min(p.widthF() for p in w.output_view.test_points.data["pen"])),
        "widest link": max(p.widthF() for p in links.pens),
        "neuron frame": max(item.pen().widthF() for item in frames),
        "loss curve": w.loss_chart.train_curve.opts["pen"].widthF(),
        "loss figure font": w.loss_chart.test_loss_label.font().pointSizeF(),
    }


@pytest.fixture
def projector_off():
    yield
    # The theme is the application's: leave it as the next test expects it.
    from playground.views.theme import NORMAL, apply_theme

    apply_theme(QApplication.instance(), NORMAL)
    QSettings().remove(SETTING)


def test_the_switch_makes_everything_bigger_at_once_and_back(window, qtbot, projector_off):
    w = window()
    w.output_view.show_test = True
    action = w.projector.action
    assert action in w.menus.view.actions() and not action.isChecked()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    normal = looks(w)

    qtbot.keyClick(
        w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert action.isChecked() and w.projector.on
    settle(qtbot, w)
    big = looks(w)
    for name, value in normal.items():
        assert big[name] > value, name
    label = w.top_bar.epoch_label  # a held size, measured again for the bigger type
    assert label.width() >= label.sizeHint().width()
    assert QSettings().value(SETTING, type=bool) is True

    action.trigger()  # the View menu's entry
    settle(qtbot, w)
    assert not w.projector.on and looks(w) == normal
    assert QSettings().value(SETTING, type=bool) is False


def test_the_switch_is_remembered_for_the_next_window(window, qtbot, projector_off):
    w = window()
    w.projector.set_on(True)
    QSettings().setValue(SETTING, True)
    # The fixture clears the window's settings; a real start keeps them.
    from playground.app.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    try:
        assert again.projector.on and again.projector.action.isChecked()
    finally:
        again.file_actions.cleanup()
        again.shutdown()


def test_projector_on_the_command_line():
    calls = []

    def open_window(path=None, projector=False, language="en"):
        calls.append((path, projector))
        return 0

    lesson = str(LESSONS_DIR / "01-linear-separability.nnplay")
    assert main(["--projector"], open_window=open_window) == 0
    assert main([], open_window=open_window) == 0
    assert main([lesson, "--projector"], open_window=open_window) == 0
    assert main(["open", "--projector", lesson], open_window=open_window) == 0
    assert calls == [(None, True), (None, False), (lesson, True), (lesson, True)]
