"""A label that changes every frame repaints itself alone and still fits what it shows."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.views.steady_label import SteadyLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def make(qtbot, *samples: str):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = SteadyLabel("000,001", *samples)
    QVBoxLayout(parent).addWidget(label)
    label.hold()
    parent.show()
    qtbot.waitExposed(parent)
    qtbot.wait(20)  # the layout of showing settles first
    requests = LayoutRequests()
    parent.installEventFilter(requests)
    return parent, label, requests


def test_new_text_of_the_same_width_lays_nothing_out(qtbot):
    parent, label, requests = make(qtbot)
    for epoch in range(2, 40):
        label.set_text(f"{epoch:07,}")
        qtbot.wait(1)
    assert label.text() == "000,039"
    assert requests.count == 0


def test_a_wider_text_grows_the_label_once(qtbot):
    parent, label, requests = make(qtbot)
    narrow = label.width()
    label.set_text("1,000,000 epochs")
    assert label.width() > narrow
    assert label.width() >= label.sizeHint().width()
    grown = label.width()
    label.set_text("000,002")
    assert label.width() == grown  # it keeps the room it once needed


def test_samples_and_style_reserve_room_from_the_start(qtbot):
    plain = SteadyLabel("epoch 1")
    plain.hold()
    bold = SteadyLabel("epoch 1", "epoch 99,999 of 99,999", style="font-weight: 600")
    bold.hold()
    assert bold.width() > plain.width()
    assert bold.styleSheet() == "" and bold.text() == "epoch 1"
