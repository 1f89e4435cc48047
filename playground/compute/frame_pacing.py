"""Frames when the machine is shared: training keeps about half a core.

At the fastest speed the window trains in a child process at a lower priority
(train_process.NICENESS), so that a drop or an edit redraws at once. With other work on a
two-core machine (a browser, a video call), the window's own threads then take what they
need first: drawing 60 frames a second of a 10 × 64 network (about 9 ms of their time
each) left the child a third of a core, and training in the window ran at 0.3 of the
same training beside the same load without a window.

So the worker watches the share of a core the child gets (its CPU time, which each report
carries, over the wall-clock time between reports). While it is below STARVED, every
SKIP_EVERY-th tick of the GUI's clock passes without a new frame (about 42 frames a second
instead of 62); once it is back above FED, every tick has one. On a machine with a core to
spare the child gets most of one, and nothing changes.
"""

from __future__ import annotations

import time
from collections import deque

STARVED = 0.5  # of a core: fewer frames below this ...
FED = 0.75  # ... until the child gets this much again
SPAN = 1.0  # seconds of reports the share is measured over
SKIP_EVERY = 3  # while starved, every third frame waits a tick


class FramePacing:
    """The child's share of a core, and whether the next frame should wait a tick."""

    def __init__(self) -> None:
        self.restart()

    def restart(self) -> None:
        """A new run of the child: what it got before says nothing about now."""
        self._samples: deque[tuple[float, float]] = deque()
        self.share: float | None = None  # of a core, over the last SPAN seconds
        self.starved = False
        self._frames = 0
        self._taken_at: float | None = None

    def child_time(self, now: float, cpu_seconds: float) -> None:
        """A report arrived at ``now`` (perf_counter) with the child's CPU time so far."""
        samples = self._samples
        samples.append((now, cpu_seconds))
        while len(samples) > 2 and now - samples[1][0] >= SPAN:
            samples.popleft()
        first_at, first_cpu = samples[0]
        if now - first_at < SPAN / 2:
            return  # too short a stretch to tell
        self.share = (cpu_seconds - first_cpu) / (now - first_at)
        self.starved = self.share < (FED if self.starved else STARVED)

    def wait_for(self, taken_at: float, interval: float, now: float) -> float:
        """Seconds the next frame should wait before it is made (0: make it now), given
        when the GUI took the last one and the GUI clock's interval."""
        if not self.starved:
            return 0.0
        if taken_at != self._taken_at:  # a frame was drawn since the last question
            self._taken_at = taken_at
            self._frames += 1
        if self._frames % SKIP_EVERY:
            return 0.0
        return max(0.0, taken_at + 1.1 * interval - now)  # past the next tick

    def held(self, taken_at: float, interval: float) -> bool:
        """Wait (a few milliseconds at most) if the next frame should; True if it still
        should, so that the caller looks at its commands and asks again."""
        wait = self.wait_for(taken_at, interval, time.perf_counter())
        if wait:
            time.sleep(min(wait, 0.005))
        return wait > 0.005
