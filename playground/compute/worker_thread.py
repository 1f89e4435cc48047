"""Starting and stopping the worker's thread (the window does both, once each)."""

from __future__ import annotations

from PySide6.QtCore import QThread

from playground.compute.worker import TrainingWorker


def start_worker(worker: TrainingWorker) -> QThread:
    """Move ``worker`` to a new QThread and start its loop."""
    thread = QThread()
    thread.setObjectName("training-worker")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.start()
    return thread


def stop_worker(worker: TrainingWorker, thread: QThread, timeout_ms: int = 5000) -> bool:
    """Ask the worker to quit and wait for its thread; True when it ended in time."""
    worker.gate.set()
    worker.send("quit")
    return thread.wait(timeout_ms)
