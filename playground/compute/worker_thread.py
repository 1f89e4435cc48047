"""Starting and stopping the worker's thread (the window does both, once each)."""

from __future__ import annotations

from PySide6.QtCore import QThread

from engine.threads import Saved, limit_blas, restore_blas
from playground.compute.worker import TrainingWorker


class WorkerThread(QThread):
    """The worker's QThread; BLAS runs on one thread while it lives.

    The limit is set here, in the GUI thread that starts the worker: NumPy 2.4's OpenBLAS
    (0.3.31) ignored a thread count set from another thread, so the worker cannot set it
    for itself. playground's
    environment variables do the same only when NumPy was not imported before it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.blas_saved: Saved = []


def start_worker(worker: TrainingWorker) -> WorkerThread:
    """Move ``worker`` to a new QThread and start its loop."""
    thread = WorkerThread()
    thread.setObjectName("training-worker")
    thread.blas_saved = limit_blas(1)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.start()
    return thread


def stop_worker(worker: TrainingWorker, thread: QThread, timeout_ms: int = 5000) -> bool:
    """Ask the worker to quit and wait for its thread; True when it ended in time."""
    worker.gate.set()
    worker.send("quit")
    ended = thread.wait(timeout_ms)
    if ended and isinstance(thread, WorkerThread):
        restore_blas(thread.blas_saved)
        thread.blas_saved = []
    return ended
