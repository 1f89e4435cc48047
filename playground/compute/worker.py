"""The training worker: runs the session in its own thread, paced for a smooth GUI.

Three things keep the window fluid while NumPy trains (the GIL lets only one thread run
Python at a time, and a loop of small NumPy calls hardly ever lets go of it):

* Commands from the GUI go through a queue and are applied between training chunks,
  in order, so the GUI never waits for the worker.
* Snapshots go into a one-slot, latest-only mailbox; the GUI takes the newest one at
  display rate, and the worker builds a new one only once the last one was taken.
* While the GUI draws and paints a frame it closes the ``gate``, and the worker waits at
  its next chunk boundary, a fraction of a millisecond away, and before it builds the
  next snapshot. Each Qt call releases and retakes the GIL, so without this every call of
  a frame would queue behind training. The worker never waits longer than GATE_TIMEOUT,
  so a GUI that never finishes cannot stop training.

At the fastest speed the stepping itself moves to a training process
(:mod:`playground.compute.train_process`), out of the GIL's way; the worker then only follows it,
once per frame, and takes the trainer back before it applies a command.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from engine.checkpoints import truncate_history
from engine.i18n import translate
from playground.compute import train_process
from playground.compute.frames import Mailbox, RateMeter
from playground.compute.train_process import TrainProcess, TrainProcessError
from playground.core.session import Session

CHUNK_SECONDS = 0.0005  # training between two looks at the gate and the command queue
SLICE_SECONDS = 0.004  # at maximum speed: training between two looks at the mailbox
EPOCHS_SLICE_SECONDS = 0.1  # at a set speed: the longest a frame's epochs may delay it
IDLE_WAIT = 0.1  # paused: how long to block on the command queue
GATE_TIMEOUT = 0.03  # the longest the worker yields to a busy GUI before taking a turn
FRAME_LEAD = 0.0004  # how long before a frame is due the worker steps aside
FRAME_LATE = 0.003  # the longest it then waits for a frame that does not come
# Commands that leave the trainer alone: they do not call training back from the training
# process (hovering over the network sends one per mouse move).
PASSIVE = {"focus"}
# NN_PLAYGROUND_TRAIN_PROCESS=0 keeps all training in the worker thread.
USE_PROCESS = os.environ.get("NN_PLAYGROUND_TRAIN_PROCESS", "1") != "0"

log = logging.getLogger(__name__)


class TrainingWorker(QObject):
    """Lives in a QThread; :meth:`run` loops until the ``quit`` command."""

    finished = Signal()

    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.session = session or Session()
        self.commands: queue.SimpleQueue = queue.SimpleQueue()
        self.mailbox = Mailbox()
        self.gate = threading.Event()
        self.gate.set()
        # The GUI's frame period, if it draws on a clock: frames are then foreseeable.
        self.frame_interval: float | None = None
        self.running = False
        self._quit = False
        self._dirty = True
        self._serial = 0
        self._message = ""
        self._chunk = 4  # batches per chunk, adapted to CHUNK_SECONDS
        self.rate = RateMeter()  # batches trained in the last second, for the status bar
        # Seconds spent training, waiting at the gate and building snapshots: where the
        # worker's time goes (the GUI benchmark prints it).
        self.budget = {"train": 0.0, "gate": 0.0, "snapshot": 0.0, "sync": 0.0}
        self.use_process = USE_PROCESS  # train at the fastest speed in a training process
        self._process: TrainProcess | None = None
        self._offloaded = False  # the training process holds the newest state
        self._safe_states: list = []  # per trainer, the newest exact state reported
        self._handlers = self._command_table()

    # ------------------------------------------------------------ GUI side
    def send(self, name: str, *args: object) -> None:
        """Queue a command (thread-safe). The GUI sends through
        :class:`playground.compute.client.WorkerClient`; the commands are the keys of
        :meth:`_command_table`."""
        self.commands.put((name, args))

    # --------------------------------------------------------- worker side
    @Slot()
    def run(self) -> None:
        try:
            while not self._quit:
                try:
                    self._iterate()
                except Exception as exc:
                    # A dead worker would freeze the window without a word: pause, say
                    # what happened, keep the traceback for a bug report, carry on.
                    log.exception("Internal error in the training thread; training paused")
                    text = translate("worker", "Internal error, training paused: {error}")
                    self._message = text.format(error=f"{type(exc).__name__}: {exc}")
                    self.running, self._dirty = False, True
        finally:
            self._reclaim()
            if self._process is not None:
                train_process.release(self._process)
                self._process = None
            self.finished.emit()
            # QThread.quit is thread-safe; calling it here ends the thread's event loop even
            # when the owner's thread is not processing events (e.g. while it closes).
            thread = self.thread()
            if thread is not None:
                thread.quit()

    def _iterate(self) -> None:
        if self.use_process and self._process is None and self._serial and self.mailbox.empty:
            # Started once the first frame is on its way rather than with the window (it
            # would slow the window's start by a tenth), it is ready when play is pressed.
            self._prepare_process()
        busy = self._wants_to_train() or self.session.replaying or self.session.refining
        self._apply_commands(block=not busy)
        if self._quit:
            return
        if self._wants_to_train():
            if self._offloadable():
                self._offload_frame()
            else:
                self._reclaim()
                self._train_frame()
        elif self.session.replaying:
            self._replay_frame()
        elif self.session.refine():  # paused on large data: the exact figures, chunk by chunk
            self._dirty = True
        drawing = self._offloaded and not self.gate.is_set()  # see _offload_frame
        if self._dirty and self.mailbox.empty and not drawing:
            self._yield_to_gui()
            self._publish()

    def _wants_to_train(self) -> bool:
        s = self.session
        if s.comparison is not None:
            stop_at = s.settings.stop_at_epoch
            return self.running and s.has_training_data and s.comparison.active(stop_at)
        # Without a training point (own points, none painted yet) play waits for the first.
        return self.running and not s.trainer.diverged and not s.stop_reason and s.has_training_data

    def _apply_commands(self, block: bool) -> None:
        try:
            name, args = (
                self.commands.get(timeout=IDLE_WAIT) if block else self.commands.get_nowait()
            )
        except queue.Empty:
            return
        while True:
            if name not in PASSIVE:
                self._reclaim()  # a command sees the trainer as it is now
            self._apply(name, args)
            try:
                name, args = self.commands.get_nowait()
            except queue.Empty:
                return

    def _apply(self, name: str, args: tuple) -> None:
        self._dirty = True
        handler = self._handlers.get(name)
        if handler is None:
            raise ValueError(f"unknown worker command {name!r}")
        handler(*args)

    def _command_table(self) -> dict[str, Callable[..., None]]:
        """What each command of :meth:`send` does, in the worker thread."""
        s = self.session

        def quit_() -> None:
            self._quit = True

        def pause() -> None:
            self.running = False

        def toggle() -> None:
            if self.running:
                self.running = False
            else:
                self._play()

        def step() -> None:
            self.running = False
            if not s.trainer.diverged:
                s.train_epochs(1)

        def reset() -> None:
            self.running = False
            s.reset()

        def change(changes: dict) -> None:
            self._refusable(lambda: s.change(**changes))

        def call(fn: Callable[[Session], object]) -> None:
            fn(s)

        return {
            "quit": quit_,
            "play": self._play,
            "pause": pause,
            "toggle": toggle,
            "step": step,
            "reset": reset,
            "change": change,
            "call": call,
            "focus": s.set_focus,
            "timeline_view": lambda epoch: self._refusable(lambda: s.timeline_view(epoch)),
            "timeline_resume": lambda: self._refusable(s.timeline_resume),
            "timeline_latest": lambda: self._refusable(s.timeline_latest),
        }

    def _refusable(self, fn: Callable[[], object]) -> None:
        """Run a session change; a refusal becomes the status bar's message, and a change that
        re-initialised the network pauses training as a reset does."""
        try:
            if fn() is True:
                self.running = False
        except ValueError as exc:
            self._message = translate("worker", "Not changed: {reason}").format(reason=exc)

    @property
    def offloaded(self) -> bool:
        """The training process holds the newest state (training at the fastest speed)."""
        return self._offloaded

    @property
    def training_process(self) -> TrainProcess | None:
        """The child process that trains at the fastest speed, once started."""
        return self._process

    # ------------------------------------------------ for jobs sent with "call"
    @property
    def serial(self) -> int:
        """The serial number of the last snapshot published."""
        return self._serial

    def say(self, message: str) -> None:
        """Show ``message`` in the status bar with the next snapshot (worker thread)."""
        self._message = message

    def stop_running(self) -> None:
        """Pause training (worker thread): a job re-initialised the network, say."""
        self.running = False

    def republish(self) -> None:
        """Replace a snapshot that waits for the next frame with the state as it is now, so
        that a change shows a frame sooner (worker thread; nothing when none waits)."""
        if not self.mailbox.empty and self.commands.empty():
            self._publish()

    def _play(self) -> None:
        if self.session.stop_reason:
            self.session.clear_stop()
        self.running = not self.session.trainer.diverged
        comparison = self.session.comparison
        if comparison is not None:  # Compare: play while some lane can still train
            stop_at = self.session.settings.stop_at_epoch
            comparison.sync(self.session)
            self.running = comparison.active(stop_at)
            self._message = comparison.status(stop_at)

    def _train_frame(self) -> None:
        """Train one frame's worth: ``speed`` epochs, or a time slice at maximum speed."""
        if self.session.comparison is not None:
            self._train_lanes_frame()
            return
        speed = self.session.settings.speed
        if speed:
            if not self.mailbox.empty and not self.mailbox.wait_taken(0.005):
                return  # the GUI has not drawn the last frame yet
            trainer = self.session.trainer
            # ``speed`` epochs a frame, or what of them fits EPOCHS_SLICE_SECONDS: an epoch
            # of 100,000 points takes seconds, which the window shows as it goes.
            target = trainer.epoch + (speed if trainer.at_epoch_start else 1)
            deadline = time.perf_counter() + EPOCHS_SLICE_SECONDS
            while trainer.epoch < target and self._wants_to_train():
                if not self._train_chunk() or not self.commands.empty():
                    break
                if time.perf_counter() > deadline:
                    break
        else:
            deadline = time.perf_counter() + SLICE_SECONDS
            while time.perf_counter() < deadline and self._wants_to_train():
                if not self._train_chunk() or not self.commands.empty():
                    break
        self._dirty = True

    def _train_chunk(self) -> bool:
        """A few batches, never past the end of the epoch; stop conditions are checked per epoch."""
        self._yield_to_gui()
        trainer = self.session.trainer
        to_epoch_end = trainer.batches_per_epoch - trainer.position // trainer.batch_size
        n = max(1, min(self._chunk, to_epoch_end))
        start = time.perf_counter()
        done = self.session.train_batches(n)
        elapsed = time.perf_counter() - start
        self.budget["train"] += elapsed
        self._count(done)
        self._adapt_chunk(elapsed)
        if trainer.at_epoch_start and done:
            self.session.check_stop()
        if trainer.diverged or self.session.stop_reason:
            self.running = False
            return False
        return done == n

    def _adapt_chunk(self, elapsed: float) -> None:
        """Grow or shrink the chunk so that one takes about CHUNK_SECONDS."""
        if elapsed < CHUNK_SECONDS / 2 and self._chunk < 4096:
            self._chunk *= 2
        elif elapsed > CHUNK_SECONDS * 2 and self._chunk > 1:
            self._chunk //= 2

    def _train_lanes_frame(self) -> None:
        """Compare: the lanes train together, in the same chunks and pauses as one network
        (the lane furthest behind goes next, so they keep in step)."""
        s = self.session
        comparison, stop_at, speed = s.comparison, s.settings.stop_at_epoch, s.settings.speed
        if speed and not self.mailbox.empty and not self.mailbox.wait_taken(0.005):
            return  # the GUI has not drawn the last frame yet
        comparison.sync(s)  # a setting changed since the last frame: the race starts again
        target = comparison.epoch(stop_at) + speed
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._wants_to_train():
            if (comparison.epoch(stop_at) >= target) if speed else time.perf_counter() >= deadline:
                break
            self._yield_to_gui()
            start = time.perf_counter()
            done = comparison.train(self._chunk, stop_at, until=target if speed else None)
            elapsed = time.perf_counter() - start
            self.budget["train"] += elapsed
            self._adapt_chunk(elapsed)
            self._count(done)
            if not done or not self.commands.empty() or s.comparison is not comparison:
                break
        if not comparison.active(stop_at):
            self.running = False
            self._message = comparison.status(stop_at)
        self._dirty = True

    # ------------------------------------------------------- training process
    def _offloadable(self) -> bool:
        s = self.session
        return self.use_process and s.settings.speed == 0 and not s.replaying

    def _offload_frame(self) -> None:
        """Follow the training process: once the GUI has drawn the last snapshot, take the
        newest state for the next one."""
        if not self._offloaded:
            # The state as it is now (a command's result, say) is drawn first; the
            # process, which needs a moment to start, reports from the next frame on.
            self._start_offload()
            return
        if not self.mailbox.empty and not self.mailbox.wait_taken(0.005):
            return  # the GUI has not taken the last frame yet; commands are looked at
        try:  # the report is on its way while the GUI draws (the child may be slow to wake)
            self._process.request()
        except TrainProcessError as exc:
            self._give_up_process(exc)
            return
        # While the GUI draws it (a while, after a big network changed), the worker's
        # Python would only slow it down; training goes on in the process meanwhile.
        start = time.perf_counter()
        drawn = self.gate.wait(0.005)
        self.budget["gate"] += time.perf_counter() - start
        if drawn and not self._dirty:  # a state not yet shown (a command's) goes first
            self._follow(lambda process: process.sync())

    def _prepare_process(self) -> None:
        try:
            self._process = train_process.acquire()
        except Exception as exc:  # noqa: BLE001 - without it, training stays in the thread
            self._give_up_process(exc)

    def _start_offload(self) -> None:
        if self._process is None:
            self._prepare_process()
            if self._process is None:
                return
        s = self.session
        if s.comparison is not None:
            s.comparison.sync(s)  # a setting changed since the last frame: the race restarts
        else:
            s.begin_training()
        payload = train_process.run_payload(s)
        self._safe_states = [p["state"] for p in payload["trainers"]]
        try:
            self._process.start(payload)
        except Exception as exc:  # noqa: BLE001 - without it, training stays in the thread
            self._give_up_process(exc)
            return
        self._offloaded = True

    def _reclaim(self) -> None:
        """Take the trainer back from the training process, exactly."""
        if self._offloaded:
            self._follow(lambda process: process.stop())

    def _follow(self, ask) -> None:
        """Apply the reports ``ask(process)`` returns to the session, in order."""
        s, start = self.session, time.perf_counter()
        try:
            reports = ask(self._process)
        except TrainProcessError as exc:
            self._give_up_process(exc)
            return
        before = self._steps_trained()
        for report in reports:
            train_process.apply_report(s, report)
            for i, r in enumerate(report.trainers):
                if r.checkpoint is not None:
                    self._safe_states[i] = r.checkpoint
        self._count(self._steps_trained() - before)
        if report.final:
            self._offloaded = False
            if report.finished:
                self.running = False
                if s.comparison is not None:
                    self._message = s.comparison.status(s.settings.stop_at_epoch)
        self._dirty = True
        self.budget["sync"] += time.perf_counter() - start

    def _steps_trained(self) -> int:
        return sum(t.steps for t in train_process.trainers_of(self.session))

    def _give_up_process(self, exc: Exception) -> None:
        """Train in this thread from now on, from the newest exact state known."""
        log.error("The training process failed; training goes on in this one", exc_info=exc)
        if self._offloaded:
            trainers = train_process.trainers_of(self.session)
            for trainer, state in zip(trainers, self._safe_states, strict=True):
                trainer.set_state(state)
                truncate_history(trainer.history, trainer.epoch)
        self._offloaded = self.use_process = False
        if self._process is not None:
            self._process.close()
            self._process = None
        lines = str(exc).strip().splitlines() or [type(exc).__name__]
        why = lines[0] + (f" {lines[-1]}" if len(lines) > 1 else "")  # a traceback's last line
        text = translate("worker", "Training goes on in the window's own process ({reason}).")
        self._message = text.format(reason=why)
        self._dirty = True

    def _replay_frame(self) -> None:
        """Rewind: recompute the epoch asked for in chunks, so that the window keeps drawing
        and a newer request (the slider dragged on) takes over at once."""
        s = self.session
        deadline = time.perf_counter() + SLICE_SECONDS
        while s.replaying and time.perf_counter() < deadline and self.commands.empty():
            self._yield_to_gui()
            start = time.perf_counter()
            s.timeline_replay(self._chunk)
            self._adapt_chunk(time.perf_counter() - start)
        self._dirty = not s.replaying  # show the epoch once it is there, not the way to it

    def _yield_to_gui(self) -> None:
        if self.gate.is_set() and self._frame_due():
            # Step aside just before the GUI's clock ticks rather than when it asks: a GUI
            # that has to ask waits a whole switch interval for the GIL and then draws its
            # first calls against the rest of a chunk.
            start = time.perf_counter()
            self.mailbox.wait_taken(FRAME_LATE)
            self.budget["gate"] += time.perf_counter() - start
        if not self.gate.is_set():
            start = time.perf_counter()
            self.gate.wait(GATE_TIMEOUT)
            self.budget["gate"] += time.perf_counter() - start

    def _frame_due(self) -> bool:
        """A snapshot waits and the next tick of the GUI's clock is moments away."""
        interval = self.frame_interval
        if interval is None or self.mailbox.empty:
            return False
        due = self.mailbox.taken_at + interval
        return due - FRAME_LEAD <= time.perf_counter() <= due + FRAME_LATE

    def _count(self, batches: int) -> None:
        self.rate.count(batches, time.perf_counter())

    def steps_per_second(self) -> float:
        return self.rate.per_second()

    def _publish(self) -> None:
        self._serial += 1
        start = time.perf_counter()
        snap = self.session.snapshot(
            self._serial, self.running, self.steps_per_second(), self._message
        )
        self.budget["snapshot"] += time.perf_counter() - start
        self._message = ""
        self._dirty = False
        self.mailbox.put(snap)
