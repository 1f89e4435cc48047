"""The worker's mailbox and rate meter, with explicit times (no clock involved)."""

from __future__ import annotations

from playground.compute.frames import Mailbox, RateMeter


def test_the_rate_is_batches_over_the_last_second():
    meter = RateMeter()
    assert meter.per_second() == 0.0
    for i in range(11):  # 10 batches every 0.1 s
        meter.count(10, i * 0.1)
    assert abs(meter.per_second() - 100.0) < 1e-9
    meter.count(10, 3.0)  # after a pause, the old entries leave the window
    assert meter.per_second() == 0.0
    meter.count(30, 3.5)
    assert abs(meter.per_second() - 60.0) < 1e-9


def test_the_mailbox_keeps_only_the_newest_item():
    box = Mailbox()
    assert box.empty and box.take() is None and box.wait_taken(0)
    box.put("old")  # type: ignore[arg-type]
    box.put("new")  # type: ignore[arg-type]
    assert not box.empty and not box.wait_taken(0)
    assert box.take() == "new" and box.take() is None and box.wait_taken(0)
