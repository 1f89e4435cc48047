"""The worker steps aside just before the GUI's next frame, and only then.

The worker reads the time from ``time.perf_counter`` in its module; these tests give it a
clock of their own, which moves only when a test moves it, so that what they check does
not depend on how fast the machine is or how busy it is.
"""

import threading
import types

import pytest

from playground.compute import worker as worker_module
from playground.compute.worker import FRAME_LATE, FRAME_LEAD, TrainingWorker
from playground.core.session import Session


class Clock:
    """A perf_counter that stands still until told to move."""

    def __init__(self) -> None:
        self.now = 1000.0

    def perf_counter(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(
        worker_module, "time", types.SimpleNamespace(perf_counter=clock.perf_counter)
    )
    return clock


def test_a_frame_is_due_only_when_a_snapshot_waits_near_the_next_tick(clock):
    worker = TrainingWorker(Session())
    worker.frame_interval = 0.016
    worker.mailbox.taken_at = clock.now - 0.016  # the next tick is now
    assert not worker._frame_due()  # nothing waits to be drawn
    worker._publish()
    worker.mailbox.taken_at = clock.now  # a frame just began
    assert not worker._frame_due()  # the next is 16 ms away: train on
    worker.mailbox.taken_at = clock.now - 0.016 + FRAME_LEAD / 2
    assert worker._frame_due()  # moments before the tick: step aside
    worker.mailbox.taken_at = clock.now - 0.016 + 2 * FRAME_LEAD
    assert not worker._frame_due()  # not yet
    worker.mailbox.taken_at = clock.now - 0.016
    assert worker._frame_due()
    worker.mailbox.taken_at = clock.now - 0.016 - FRAME_LATE / 2
    assert worker._frame_due()  # a little late: still worth the wait
    worker.mailbox.taken_at = clock.now - 0.016 - 2 * FRAME_LATE
    assert not worker._frame_due()  # the GUI missed its tick: do not wait for it
    worker.frame_interval = None
    worker.mailbox.taken_at = clock.now - 0.016
    assert not worker._frame_due()  # no clock, nothing to foresee


class Gate(threading.Event):
    """The worker's gate, telling the test when the worker waits at it."""

    def __init__(self) -> None:
        super().__init__()
        self.waited = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        self.waited.set()
        return super().wait(timeout)


def test_stepping_aside_waits_for_the_frame_and_its_gate(clock, monkeypatch):
    # Waits without a time limit in practice: each ends when the GUI thread below acts,
    # however long a busy machine makes it take to get there.
    monkeypatch.setattr(worker_module, "FRAME_LATE", 60.0)
    monkeypatch.setattr(worker_module, "GATE_TIMEOUT", 60.0)
    worker = TrainingWorker(Session())
    worker.frame_interval = 0.016
    worker.gate = Gate()
    worker.gate.set()
    worker._publish()
    worker.mailbox.taken_at = clock.now - 0.016  # a frame is due now
    waiting_for_frame = threading.Event()
    wait_taken = worker.mailbox.wait_taken

    def stepped_aside(timeout: float) -> bool:
        waiting_for_frame.set()
        return wait_taken(timeout)

    worker.mailbox.wait_taken = stepped_aside
    events = []

    def gui_frame() -> None:  # what MainWindow.draw_frame does, on another thread
        assert waiting_for_frame.wait(60.0)
        clock.now += 0.01  # the tick comes 10 ms later
        worker.gate.clear()
        events.append(("take", worker.mailbox.take() is not None))
        assert worker.gate.waited.wait(60.0)
        clock.now += 0.01  # drawing takes 10 ms
        events.append(("drawn", None))
        worker.gate.set()

    gui = threading.Thread(target=gui_frame)
    gui.start()
    worker._yield_to_gui()
    events.append(("worker on", None))
    gui.join()
    assert events == [("take", True), ("drawn", None), ("worker on", None)]
    assert worker.budget["gate"] == pytest.approx(0.02)  # both waits are counted


class Ticking(Clock):
    """A perf_counter that moves on by ``tick`` every time it is read."""

    def __init__(self, tick: float) -> None:
        super().__init__()
        self.tick = tick

    def perf_counter(self) -> float:
        self.now += self.tick
        return self.now


def test_at_a_set_speed_a_long_epoch_shows_as_it_goes(monkeypatch):
    clock = Ticking(worker_module.EPOCHS_SLICE_SECONDS / 3)  # every chunk seems slow
    monkeypatch.setattr(
        worker_module, "time", types.SimpleNamespace(perf_counter=clock.perf_counter)
    )
    worker = TrainingWorker(Session())
    worker.running = True
    trainer = worker.session.trainer
    assert worker.session.settings.speed == 1 and trainer.batches_per_epoch > 4
    worker._train_frame()
    # The frame ended within the epoch, a few chunks in, and says so.
    assert (
        trainer.epoch == 0 and 0 < trainer.position < trainer.batch_size * trainer.batches_per_epoch
    )
    assert worker._dirty
    frames = 1
    while trainer.epoch == 0:
        worker._train_frame()
        frames += 1
    # The next frame finishes that epoch and goes no further (1×: one epoch a frame).
    assert trainer.epoch == 1 and trainer.at_epoch_start and frames > 2
    clock.tick = 0.0  # fast chunks: a whole epoch a frame again
    worker._train_frame()
    assert trainer.epoch == 2 and trainer.at_epoch_start
