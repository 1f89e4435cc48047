import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle

from engine import datasets
from playground.core import colors
from playground.core.settings import TrainingSettings
from playground.data.data_panel import DataPanel
from playground.data.thumbnails import dataset_thumbnail
from tests.conftest import click

VARIABLE = {"k_spiral", "blobs", "rings"}


@pytest.fixture
def panel(qtbot):
    widget = DataPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def handle_x(slider, value: int) -> int:
    """The x of the slider's handle centre at ``value`` (Fusion keeps a handle's width of margin)."""
    handle = slider.style().pixelMetric(QStyle.PixelMetric.PM_SliderLength, None, slider)
    span = slider.width() - handle
    return handle // 2 + QStyle.sliderPositionFromValue(
        slider.minimum(), slider.maximum(), value, span
    )


def test_clicking_a_thumbnail_emits_its_name(qtbot, panel):
    with qtbot.waitSignal(panel.changed, timeout=1000) as blocker:
        click(qtbot, panel.buttons["spiral"])
    assert blocker.args == [{"dataset": "spiral"}]
    assert panel.buttons["spiral"].isChecked() and not panel.buttons["circle"].isChecked()
    with qtbot.assertNotEmitted(panel.changed):
        click(qtbot, panel.buttons["spiral"])  # the one already chosen


def test_problem_type_decides_which_datasets_show(panel):
    def shown(task):
        return {n for n, b in panel.buttons.items() if b.isVisible()} == {
            n for n, i in datasets.DATASETS.items() if i.task == task
        }

    assert shown("classification")
    panel.set_problem("regression")
    assert shown("regression")
    panel.set_problem("classification")
    assert shown("classification")


def test_classes_box_shows_only_for_variable_class_sets(qtbot, panel):
    for name, info in datasets.DATASETS.items():
        if info.task != "classification":
            continue
        click(qtbot, panel.buttons[name])
        assert panel.classes_spin.isVisible() == (name in VARIABLE), name
    assert {n for n, i in datasets.DATASETS.items() if i.variable_classes} == VARIABLE


def test_classes_box_emits_the_count(qtbot, panel):
    click(qtbot, panel.buttons["blobs"])
    assert panel.classes_spin.value() == 3
    panel.classes_spin.setFocus()
    with qtbot.waitSignal(panel.changed, timeout=1000) as blocker:
        qtbot.keyClick(panel.classes_spin, Qt.Key.Key_Up)
    assert blocker.args == [{"classes": 4}]
    assert (panel.classes_spin.minimum(), panel.classes_spin.maximum()) == (2, 8)


def test_slider_keys_emit_ratio_and_noise(qtbot, panel):
    panel.ratio_slider.setFocus()
    with qtbot.waitSignal(panel.changed, timeout=1000) as blocker:
        qtbot.keyClick(panel.ratio_slider, Qt.Key.Key_Right)
    assert blocker.args == [{"train_ratio": 0.6}]
    assert "60 %" in panel.ratio_label.text()
    panel.noise_slider.setFocus()
    with qtbot.waitSignal(panel.changed, timeout=1000) as blocker:
        qtbot.keyClick(panel.noise_slider, Qt.Key.Key_Right)
    assert blocker.args == [{"noise": 0.05}]
    assert "5" in panel.noise_label.text()


def test_dragging_a_slider_emits_once_on_release(qtbot, panel):
    slider = panel.noise_slider
    y = slider.height() // 2
    emitted = []
    panel.changed.connect(emitted.append)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=QPoint(handle_x(slider, 0), y))
    assert slider.isSliderDown()
    for value in (10, 20, 30):
        qtbot.mouseMove(slider, QPoint(handle_x(slider, value), y))
    assert slider.value() > 0 and emitted == []  # the label follows, nothing is sent yet
    assert f"{slider.value()}" in panel.noise_label.text()
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(handle_x(slider, 30), y))
    assert emitted == [{"noise": round(slider.value() / 100, 2)}]


def test_set_settings_updates_controls_without_emitting(qtbot, panel):
    s = TrainingSettings(dataset="rings", classes=5, noise=0.3, train_ratio=0.7, data_seed=9)
    with qtbot.assertNotEmitted(panel.changed):
        panel.set_settings(s)
        panel.set_settings(TrainingSettings(problem="regression", dataset="sine", noise=0.1))
        panel.set_settings(s)
    assert panel.buttons["rings"].isChecked()
    assert panel.classes_spin.isVisible() and panel.classes_spin.value() == 5
    assert panel.noise_slider.value() == 30 and panel.ratio_slider.value() == 70
    assert "70 %" in panel.ratio_label.text() and "30" in panel.noise_label.text()


def test_regenerate_emits_a_new_seed_each_time(qtbot, panel):
    panel.set_settings(TrainingSettings(data_seed=7))
    seeds = []
    for _ in range(2):
        with qtbot.waitSignal(panel.changed, timeout=1000) as blocker:
            click(qtbot, panel.regenerate_button)
        (change,) = blocker.args
        assert set(change) == {"data_seed"} and isinstance(change["data_seed"], int)
        seeds.append(change["data_seed"])
    assert 7 not in seeds and seeds[0] != seeds[1]
    TrainingSettings(data_seed=seeds[0])  # a valid setting


def test_every_control_has_a_tooltip(panel):
    controls = [
        *panel.buttons.values(),
        panel.classes_spin,
        panel.ratio_slider,
        panel.noise_slider,
        panel.regenerate_button,
    ]
    assert all(c.toolTip() for c in controls)
    assert datasets.DATASETS["xor"].description in panel.buttons["xor"].toolTip()


def test_thumbnails_are_cached_pictures_of_the_data(panel):
    pixmap = dataset_thumbnail("circle")
    assert dataset_thumbnail("circle") is pixmap
    image = pixmap.toImage()
    seen = {
        image.pixelColor(x, y).getRgb()[:3]
        for x in range(image.width())
        for y in range(image.height())
    }
    assert (255, 255, 255) in seen
    assert colors.class_color(0) in seen and colors.class_color(1) in seen
