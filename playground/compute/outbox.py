"""The training process's replies, sent from a thread of their own.

A report of a large network is larger than the pipe holds (10 × 64 in float32: its
weights and gradients, 340 KB), so ``send`` returns only once the worker has read most
of it, and the worker reads it after the GUI has drawn its frame. Sent from the training
loop, every report held training for that long: a fifth of the child's time for 10 × 64.
From this thread, the child trains on while the pipe drains. Replies keep their order.
"""

from __future__ import annotations

import queue
import threading

_CLOSE = object()


class Outbox:
    """Sends what it is given over ``conn``, in order, without making the caller wait.

    What is given must not change afterwards (a report is made of copies). A send that
    fails (the parent is gone) ends the thread; the child's next ``recv`` then fails too,
    and it quits."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="reports", daemon=True)
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def send(self, message: object) -> None:
        self._queue.put(message)

    def close(self, timeout: float = 5.0) -> None:
        """Send what is queued, then end the thread (before the process exits)."""
        self._queue.put(_CLOSE)
        self._thread.join(timeout)

    def _run(self) -> None:
        while (message := self._queue.get()) is not _CLOSE:
            try:
                self._conn.send(message)
            except (OSError, ValueError):
                return
