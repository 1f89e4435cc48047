"""The window's side slot: panels borrow the loss chart's place and give it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter

from playground.views.side_slot import SideSlot


@pytest.fixture
def layout(qtbot):
    columns = QSplitter(Qt.Orientation.Horizontal)
    data, network, column = QLabel("data"), QLabel("network"), QSplitter(Qt.Orientation.Vertical)
    output, chart = QLabel("output"), QLabel("chart")
    column.addWidget(output)
    column.addWidget(chart)
    for widget in (data, network, column):
        columns.addWidget(widget)
    qtbot.addWidget(columns)
    columns.resize(1000, 600)
    columns.show()
    columns.setSizes([200, 400, 400])
    column.setSizes([360, 240])
    qtbot.waitExposed(columns)
    slot = SideSlot(columns, column, chart, data, network)
    return slot, columns, column, chart, data


def test_a_borrower_takes_the_charts_place_and_gives_it_back(qtbot, layout):
    slot, _columns, column, chart, _data = layout
    rest = column.sizes()
    panel = QLabel("gradients")
    slot.borrow(panel, share=0.56, at_least_chart=True)
    assert slot.holder is panel and panel.isVisible() and not chart.isVisible()
    sizes = column.sizes()
    assert sizes[column.indexOf(panel)] >= int(0.56 * sum(rest)) - 2
    slot.give_back(panel)
    assert slot.holder is None and chart.isVisible() and not panel.isVisible()
    handle = column.handleWidth()  # the borrower's handle hides with it
    assert all(abs(a - b) <= handle for a, b in zip(column.sizes()[:2], rest, strict=True))


def test_a_second_borrower_covers_or_displaces_the_first(qtbot, layout):
    slot, _columns, _column, chart, _data = layout
    covered, displaced, newer = QLabel("covered"), QLabel("displaced"), QLabel("newer")
    closed = []

    def close_displaced() -> None:
        closed.append(True)
        slot.give_back(displaced)

    slot.borrow(covered, share=0.5)
    slot.borrow(newer, share=0.6)
    assert slot.holder is newer and not covered.isVisible()
    slot.give_back(newer)
    assert slot.holder is covered and covered.isVisible() and not chart.isVisible()
    slot.give_back(covered)
    slot.borrow(displaced, share=0.6, on_displaced=close_displaced)
    slot.borrow(newer, share=0.5)
    assert closed == [True] and slot.holder is newer and not slot.holds(displaced)
    slot.give_back(newer)
    assert chart.isVisible()


def test_widths_are_lent_and_the_resting_layout_comes_back(qtbot, layout):
    slot, columns, column, chart, data = layout
    before = columns.sizes()
    slot.widen_network(True)
    assert not data.isVisible() and columns.sizes()[1] >= before[0] + before[1] - 2
    slot.widen_output(True)
    assert columns.sizes()[2] > before[2]
    slot.borrow(QLabel("walkthrough"), share=0.58)
    slot.give_back_all()
    assert data.isVisible() and chart.isVisible() and slot.holder is None
    assert columns.sizes() == before
