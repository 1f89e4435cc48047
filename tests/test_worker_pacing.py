"""The worker steps aside just before the GUI's next frame, and only then."""

import threading
import time

from playground.compute import worker as worker_module
from playground.compute.worker import FRAME_LATE, TrainingWorker
from playground.core.session import Session


def test_a_frame_is_due_only_when_a_snapshot_waits_near_the_next_tick():
    worker = TrainingWorker(Session())
    worker.frame_interval = 0.016
    assert not worker._frame_due()  # nothing waits to be drawn
    worker._publish()
    worker.mailbox.taken_at = time.perf_counter()  # a frame just began
    assert not worker._frame_due()  # the next is 16 ms away: train on
    worker.mailbox.taken_at = time.perf_counter() - 0.016
    assert worker._frame_due()
    worker.mailbox.taken_at = time.perf_counter() - 0.016 - 2 * FRAME_LATE
    assert not worker._frame_due()  # the GUI missed its tick: do not wait for it
    worker.frame_interval = None
    worker.mailbox.taken_at = time.perf_counter() - 0.016
    assert not worker._frame_due()  # no clock, nothing to foresee


def test_stepping_aside_waits_for_the_frame_and_its_gate(monkeypatch):
    # A generous wait for the frame, so that a slow machine's thread start cannot pass it.
    monkeypatch.setattr(worker_module, "FRAME_LATE", 5.0)
    worker = TrainingWorker(Session())
    worker.frame_interval = 0.016
    worker._publish()
    worker.mailbox.taken_at = time.perf_counter() - 0.016
    events = []

    def gui_frame() -> None:  # what MainWindow.draw_frame does, on another thread
        time.sleep(0.01)
        worker.gate.clear()
        events.append(("take", worker.mailbox.take() is not None))
        time.sleep(0.01)
        events.append(("drawn", None))
        worker.gate.set()

    gui = threading.Thread(target=gui_frame)
    gui.start()
    worker._yield_to_gui()
    events.append(("worker on", None))
    gui.join()
    assert events == [("take", True), ("drawn", None), ("worker on", None)]
    assert worker.budget["gate"] >= 0.015
