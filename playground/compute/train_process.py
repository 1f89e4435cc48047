"""Training at full speed in a second process, for the worker thread.

Python lets one thread at a time run Python code (the GIL), so a worker thread that
trains and a GUI thread that draws 60 frames a second take turns: every millisecond of
drawing is a millisecond of training lost, and the window trained at half the speed of
the engine alone. At the fastest speed the worker therefore hands the stepping to a copy
of its trainer (or of every Compare lane's) in a child process, which has an interpreter
(and a core) of its own:

* The worker thread stays the owner of the trainer. Before it applies any command it
  takes the newest state back (:meth:`TrainProcess.stop`), exactly, optimizer and
  shuffle order included, so every command sees the trainer as it would have been had
  the thread trained it all; training goes on in the process with the next frame.
* Once per frame the worker asks for a :class:`Report` (:meth:`TrainProcess.sync`): the
  weights, gradients, counters, new loss history and, now and then, the end of an epoch
  for the rewind timeline. The maps are drawn from it in the worker as before. The child
  sends it from a thread of its own (compute/outbox.py) and trains on meanwhile.
* The child knows only the engine and the stop rules; it never imports Qt. It is started
  once (spawn, not fork: the parent has Qt threads) and kept for the next run, at a
  lower priority than the window, so that a redraw wins a core the two share.

Training is deterministic, so where it runs changes nothing: the same seed gives the same
weights bit for bit (tests/test_train_process.py checks it).
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import sys
import time
import traceback
from dataclasses import dataclass, replace

import numpy as np

from engine import LossHistory, Network, Trainer, i18n
from engine.checkpoints import TrainerState, batches_to_epoch_end, capture
from engine.i18n import number, translate
from engine.threads import limit_blas
from playground.compute.outbox import Outbox
from playground.core import stopping
from playground.core.race import race
from playground.core.stopping import check_stop

CHUNK_SECONDS = 0.0005  # training between two looks at the pipe
CHECKPOINT_SECONDS = 0.01  # the rewind timeline gets an epoch's end this often at most
REPLY_TIMEOUT = 10.0  # s: a child that takes longer to answer is taken for dead
# A child stopped (SIGSTOP, or its state "T" in /proc) this long is given up on at once: a
# slow child on a busy machine still runs (or waits to run) and keeps REPLY_TIMEOUT.
STOPPED_GRACE = 0.5  # s
REPLY_POLL = 0.05  # s: how often a wait for the child looks at its state
NICENESS = 10  # the child's priority below the window's (POSIX nice)
BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # the same on Windows


class TrainProcessError(RuntimeError):
    """The training process died, hung or failed; the worker trains in its thread again."""


@dataclass(frozen=True)
class TrainerReport:
    """One of the child's trainers, as the worker needs it for a frame or to take over."""

    # Without the epoch's shuffled order (large for large data sets) unless the report is
    # final: the worker only draws from a non-final state and never trains it.
    state: TrainerState
    grads: np.ndarray  # the flat gradient of the last batch
    history: tuple  # LossHistory.changes_since the last report
    last_metrics: dict | None
    checkpoint: TrainerState | None  # an exact epoch's end, if one is new


@dataclass(frozen=True)
class Report:
    """The child's trainers: the session's, or a Compare race's lanes."""

    trainers: tuple[TrainerReport, ...]
    final: bool  # the run is over: the states are exact, and the child trains no further
    finished: bool  # the run ended by itself: divergence, a stop condition, the race over
    stop_reason: str  # the session's stop rules (not a race's)
    best: tuple[float, int]  # the patience rule's best (test loss, epoch)


# ------------------------------------------------------------------ the trainer's copy
def trainer_payload(trainer: Trainer) -> dict:
    """Everything the child needs to rebuild ``trainer`` exactly (picklable)."""
    return {
        "spec": trainer.network.spec,
        "dtype": trainer.network.dtype.name,
        "seed": trainer.seed,
        "shuffle": trainer.shuffle,
        "data": (trainer.X_train, trainer.y_train, trainer.X_test, trainer.y_test),
        "history": trainer.history.to_dict(),
        "last_metrics": getattr(trainer, "last_metrics", None),
        "state": trainer.get_state(),
    }


def rebuild_trainer(payload: dict) -> Trainer:
    """The trainer that :func:`trainer_payload` describes: it trains bit for bit as the
    original would."""
    state: TrainerState = payload["state"]
    trainer = Trainer(
        Network.from_spec(payload["spec"], dtype=payload["dtype"]),
        *payload["data"],
        batch_size=state.batch_size,
        optimizer=state.optimizer,
        optimizer_options=state.optimizer_options,
        learning_rate=state.learning_rate,
        l1=state.l1,
        l2=state.l2,
        seed=payload["seed"],
        history_limit=payload["history"]["limit"],
        shuffle=payload["shuffle"],
        # The child limits BLAS once for its whole life (serve): asking again at every
        # step cost a call that also let its report thread (compute/outbox) take the GIL.
        blas_threads=None,
    )
    trainer.set_state(state)
    trainer.history = LossHistory.from_dict(payload["history"])
    if payload["last_metrics"] is not None:
        trainer.last_metrics = payload["last_metrics"]
    return trainer


# ----------------------------------------------------------------------- the child
class _Run:
    """One stretch of training in the child, from a start to a stop."""

    def __init__(self, conn, outbox: Outbox, payload: dict) -> None:
        self.conn, self.outbox = conn, outbox
        self.trainers = [rebuild_trainer(p) for p in payload["trainers"]]
        self.is_race = payload["race"]
        self.stop_at, self.patience = payload["stop_at_epoch"], payload["patience"]
        self.best = tuple(payload["best"])
        self.stop_reason = ""
        self.finished = False
        self.chunk = 4
        self.marks = [t.history.mark() for t in self.trainers]
        self.checkpoints: list[TrainerState | None] = [None] * len(self.trainers)
        self.checkpoint_time = 0.0

    def serve(self) -> bool:
        """Train and answer until stopped; False if told to quit."""
        conn = self.conn
        while True:
            message = conn.recv() if self.finished or conn.poll() else None
            if message is not None:
                kind = message[0]
                if kind == "quit":
                    return False
                final = kind == "stop" or self.finished
                self.outbox.send(self.report(final))
                if final:
                    return True
            if not self.finished:
                self.train_chunk()

    def train_chunk(self) -> None:
        """A few batches, as the worker thread trains them: never past the end of an
        epoch, stop rules at every epoch's end; a race's lanes kept in step."""
        start = time.perf_counter()
        if self.is_race:
            done = race(self.trainers, self.chunk, self.stop_at)
            self.finished = done == 0
        else:
            t = self.trainers[0]
            done = t.step(max(1, min(self.chunk, batches_to_epoch_end(t))))
            if t.at_epoch_start and done:  # an epoch ended
                self.stop_reason, self.best = check_stop(t, self.stop_at, self.patience, self.best)
            self.finished = t.diverged or bool(self.stop_reason)
        now = time.perf_counter()
        if now - start < CHUNK_SECONDS / 2 and self.chunk < 4096:
            self.chunk *= 2
        elif now - start > CHUNK_SECONDS * 2 and self.chunk > 1:
            self.chunk //= 2
        if now - self.checkpoint_time >= CHECKPOINT_SECONDS:
            for i, t in enumerate(self.trainers):
                if t.at_epoch_start and done:
                    self.checkpoints[i], self.checkpoint_time = capture(t), now

    def report(self, final: bool) -> Report:
        trainers = []
        for i, t in enumerate(self.trainers):
            state = capture(t)
            history, self.marks[i] = t.history.changes_since(self.marks[i]), t.history.mark()
            trainers.append(
                TrainerReport(
                    state=state if final else replace(state, perm=None),
                    grads=t.network.grad_vector.copy(),
                    history=history,
                    last_metrics=getattr(t, "last_metrics", None),
                    checkpoint=self.checkpoints[i],
                )
            )
        self.checkpoints = [None] * len(self.trainers)
        return Report(tuple(trainers), final, self.finished, self.stop_reason, self.best)


def _lower_priority() -> None:
    """Let the window's threads win a core they share with training: a drop or an edit
    redraws at once, while training (a copy's) loses only what the window really uses."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    elif sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)


def serve(conn, words: tuple | None = None) -> None:
    """The child's main loop: a run per start, until told to quit or the parent is gone.
    ``words``: the parent's language, its stop texts' translations and number format."""
    if words is not None:
        language, table, number_format = words
        i18n.set_translator(i18n.table_translator(table), language)
        i18n.set_number_format(*number_format)
    _lower_priority()
    limit_blas(1)  # for the child's whole life: it only trains small matrices
    outbox = Outbox(conn)
    try:
        _serve_runs(conn, outbox)
    finally:
        outbox.close()


def _serve_runs(conn, outbox: Outbox) -> None:
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] == "quit":
            return
        if message[0] != "start":  # a sync or stop with no run: the parent lost track
            outbox.send(None)  # which it reports as a failure
            continue
        try:
            run, message = _Run(conn, outbox, message[1]), None  # the trainers keep theirs
            if not run.serve():
                return
        except (EOFError, OSError):
            return
        except Exception:  # noqa: BLE001 - the parent must hear of it and carry on
            outbox.send(traceback.format_exc())
            return


# ---------------------------------------------------------------------- the parent
class TrainProcess:
    """The worker's handle on a training child: start a run, follow it, stop it."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_end = ctx.Pipe()
        # The child has no Qt: it says its stop texts as the parent's translator would.
        table = {("stopping", text): translate("stopping", text) for text in stopping.TEXTS}
        words = (i18n.language(), table, i18n.number_format())
        self._process = ctx.Process(
            target=serve, args=(child_end, words), name="nn-playground-training", daemon=True
        )
        self._process.start()
        child_end.close()
        self.running = False
        self._pending = False  # a sync was asked for and not yet read

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    def start(self, payload: dict) -> None:
        """Train copies of ``payload["trainers"]`` (see :func:`run_payload`) until stopped."""
        self._send(("start", payload))
        self.running = True
        self._pending = False

    def request(self) -> None:
        """Ask for a report without waiting: :meth:`sync` then has it at once. (The worker
        asks as a frame begins and reads it once the frame is drawn.)"""
        if not self._pending:
            self._send(("sync",))
            self._pending = True

    def sync(self) -> list[Report]:
        """The trainers as they are now (one report); training goes on."""
        self.request()
        return [self._receive()]

    def stop(self) -> list[Report]:
        """Reports up to the exact, final one; the child stops training. Every report is
        to be applied, in order (each carries only the history since the one before)."""
        reports = [self._receive()] if self._pending else []
        if not (reports and reports[-1].final):  # unless the run has just ended by itself
            self._send(("stop",))
            reports.append(self._receive())
        return reports

    def _wait_for_reply(self) -> None:
        """Until the child's answer is there; TrainProcessError if it is stopped for
        STOPPED_GRACE or silent for REPLY_TIMEOUT."""
        watch = StopWatch()
        start = time.monotonic()
        while not self._conn.poll(REPLY_POLL):
            now = time.monotonic()
            if not self._process.is_alive():
                return  # recv then says the pipe is closed
            if watch.stopped_too_long(process_state(self._process.pid), now):
                text = translate(
                    "train_process", "the training process was stopped for {seconds} s"
                )
                raise TrainProcessError(text.format(seconds=number(STOPPED_GRACE, "g")))
            if now - start >= REPLY_TIMEOUT:
                text = translate(
                    "train_process", "the training process did not answer in {seconds} s"
                )
                raise TrainProcessError(text.format(seconds=number(REPLY_TIMEOUT, "g")))

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # already gone
            self._conn.send(("quit",))
        if process_state(self._process.pid) != STOPPED:  # a stopped child would not quit
            self._process.join(1.0)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(1.0)
        self._conn.close()
        self.running = False

    def _send(self, message: tuple) -> None:
        try:
            self._conn.send(message)
        except (OSError, ValueError) as exc:
            raise TrainProcessError(gone(exc)) from exc

    def _receive(self) -> Report:
        try:
            self._wait_for_reply()
            reply = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise TrainProcessError(gone(exc)) from exc
        if not isinstance(reply, Report):
            text = translate("train_process", "the training process failed:\n{traceback}")
            raise TrainProcessError(text.format(traceback=reply))
        self._pending = False
        self.running = not reply.final
        return reply


def gone(exc: BaseException) -> str:
    return translate("train_process", "the training process is gone ({error})").format(error=exc)


STOPPED = "T"  # a process's state in /proc/PID/stat while stopped by a signal


def process_state(pid: int | None) -> str | None:
    """The state letter of process ``pid`` ("R" running, "S" sleeping, "T" stopped, ...)
    from /proc, or None where there is no /proc (macOS, Windows) or no such process."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            text = stat.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = text[text.rfind(")") + 1 :].split()  # the name, in brackets, may hold spaces
    return fields[0] if fields else None


class StopWatch:
    """Tells a stopped child from a slow one: stopped, without a break, for STOPPED_GRACE."""

    def __init__(self) -> None:
        self.since: float | None = None

    def stopped_too_long(self, state: str | None, now: float) -> bool:
        if state != STOPPED:
            self.since = None
            return False
        if self.since is None:
            self.since = now
        return now - self.since >= STOPPED_GRACE


def trainers_of(session) -> list[Trainer]:
    """What trains: the session's trainer, or while comparing, every lane's."""
    if session.comparison is None:
        return [session.trainer]
    return [lane.trainer for lane in session.comparison.lanes]


def run_payload(session) -> dict:
    """What a run of ``session``'s training needs: its trainers and the stop rules."""
    s = session.settings
    return {
        "trainers": [trainer_payload(t) for t in trainers_of(session)],
        "race": session.comparison is not None,
        "stop_at_epoch": s.stop_at_epoch,
        "patience": s.patience,
        "best": session.best_test,
    }


def apply_report(session, report: Report) -> None:
    """Bring ``session``'s trainers up to ``report``. A final report makes them exact; any
    other only good to draw (the shuffled order of the epoch under way stays behind)."""
    trainers = trainers_of(session)
    for t, r in zip(trainers, report.trainers, strict=True):
        t.set_state(r.state)
        np.copyto(t.network.grad_vector, r.grads)
        t.history.apply_changes(r.history)
        if r.last_metrics is not None:
            t.last_metrics = r.last_metrics
    if session.comparison is not None:
        return
    # The session's own network: its rewind timeline and stop rules.
    t, checkpoint = trainers[0], report.trainers[0].checkpoint
    if checkpoint is not None:
        session.timeline.record_state(t, checkpoint)
    if report.final and t.at_epoch_start:
        session.timeline.record(t)
    session.best_test = report.best
    if report.stop_reason:
        session.stopped(report.stop_reason)


# ------------------------------------------------------------------------ the pool
# A child costs a quarter of a second to start (a fresh interpreter imports NumPy), so
# a child whose worker ended (a window closed) waits for the next one.
_idle: list[TrainProcess] = []


def acquire() -> TrainProcess:
    """An idle training process, or a new one."""
    while _idle:
        process = _idle.pop()
        if process.alive:
            return process
        process.close()
    return TrainProcess()


def release(process: TrainProcess) -> None:
    """Keep ``process`` for the next worker (stopped first, if it still trains)."""
    if process.running:
        try:
            process.stop()
        except TrainProcessError:
            process.close()
            return
    if process.alive:
        _idle.append(process)
    else:
        process.close()


@atexit.register
def shutdown() -> None:
    """End every idle child (a running one belongs to a worker, which releases it)."""
    while _idle:
        _idle.pop().close()
