"""What the worker hands the GUI between frames: the one-slot snapshot mailbox, and the
training rate shown in the status bar."""

from __future__ import annotations

import threading
import time
from collections import deque

from playground.core.snapshot import Snapshot


class Mailbox:
    """Holds only the newest snapshot; taking it empties the box."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._item: Snapshot | None = None
        self._taken = threading.Event()
        self._taken.set()
        self.taken_at = 0.0  # perf_counter() when the GUI last took a snapshot

    def put(self, item: Snapshot) -> None:
        with self._lock:
            self._item = item
            self._taken.clear()

    def take(self) -> Snapshot | None:
        with self._lock:
            item, self._item = self._item, None
            if item is not None:
                self.taken_at = time.perf_counter()
            self._taken.set()
            return item

    @property
    def empty(self) -> bool:
        return self._item is None

    def wait_taken(self, timeout: float) -> bool:
        return self._taken.wait(timeout)


class RateMeter:
    """Batches trained over the last second (kept with its sum: a second at full speed is a
    thousand chunks). Only the status bar's steps/s reads it; training never depends on it."""

    def __init__(self) -> None:
        self._window: deque[tuple[float, int]] = deque()
        self._sum = 0  # batches in the window after its first entry

    def count(self, batches: int, now: float) -> None:
        """Remember ``batches`` trained at time ``now`` (seconds)."""
        window = self._window
        if window:
            self._sum += batches
        window.append((now, batches))
        while now - window[0][0] > 1.0:
            window.popleft()
            self._sum -= window[0][1]  # the new first entry no longer counts

    def per_second(self) -> float:
        window = self._window
        if len(window) < 2:
            return 0.0
        span = window[-1][0] - window[0][0]
        return self._sum / span if span > 0 else 0.0
