"""The one door between the window and the training worker.

Every feature of the window receives a :class:`WorkerClient` in its constructor and talks
to the session only through it: typed commands (play, pause, step, change, ...),
:meth:`~WorkerClient.submit` to run a function on the session in the worker thread without
waiting, and :meth:`~WorkerClient.call` to run one and wait for its result. The session
lives in the worker thread; a function sent here runs there between two training steps, in
the order it was sent, so it always sees a whole step and never races training.

A refusal (``ValueError``) of a submitted change becomes the status bar's message with the
next frame; any other error is logged with its traceback and named there too, and training
goes on. Blocking calls hand the error to the caller instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from engine.i18n import translate
from playground.compute.worker import TrainingWorker
from playground.core.session import Session
from playground.core.snapshot import Snapshot

T = TypeVar("T")
# The longest the GUI waits for the worker to run a function (it runs between two training
# steps, so it usually answers within a millisecond; a huge network's step takes longer).
CALL_TIMEOUT = 10.0

log = logging.getLogger(__name__)


class WorkerClient:
    """Commands and calls from the GUI thread to ``worker`` (thread-safe: they only queue)."""

    def __init__(self, worker: TrainingWorker) -> None:
        self._worker = worker

    # -------------------------------------------------------------- commands
    def play(self) -> None:
        self._worker.send("play")

    def pause(self) -> None:
        self._worker.send("pause")

    def toggle(self) -> None:
        """Play when paused, pause when playing."""
        self._worker.send("toggle")

    def step(self) -> None:
        """Pause and train exactly one epoch."""
        self._worker.send("step")

    def reset(self) -> None:
        """Pause and start again with fresh weights."""
        self._worker.send("reset")

    def change(self, changes: dict[str, object]) -> None:
        """Change settings (:meth:`Session.change`); a refusal is said in the status bar."""
        self._worker.send("change", dict(changes))

    def focus(self, neuron: tuple[int, int] | None) -> None:
        """Show ``(layer, unit)``'s map at the output's resolution (hovering), or none."""
        self._worker.send("focus", neuron)

    def view_epoch(self, epoch: int) -> None:
        """Rewind: show the past ``epoch`` (recomputed exactly if it was not kept)."""
        self._worker.send("timeline_view", int(epoch))

    def resume_from_view(self) -> None:
        """Rewind: train on from the epoch shown, dropping the later ones."""
        self._worker.send("timeline_resume")

    def back_to_latest(self) -> None:
        """Rewind: leave the past and show the newest state again."""
        self._worker.send("timeline_latest")

    # ------------------------------------------------------------ functions
    def submit(
        self,
        fn: Callable[[Session], Any],
        *,
        refusal: str | None = None,
        republish: bool = False,
    ) -> Future[Any]:
        """Run ``fn(session)`` in the worker thread after everything sent before; return at
        once with a future of its result (``None`` when it was refused or failed).

        A ``ValueError`` becomes the status bar's message ``"{refusal}: {error}"`` (the
        refusal "Not changed" unless given, translated); another error is logged and named
        there. A result of ``True`` means the network was
        re-initialised: training pauses, as a reset does. A ``str`` result is said in the
        status bar. ``republish`` replaces a snapshot waiting for the next frame, so that
        the change shows a frame sooner (network edits).
        """
        worker = self._worker
        future: Future[Any] = Future()
        prefix = translate("client", "Not changed") if refusal is None else refusal

        def job(session: Session) -> None:
            try:
                result = fn(session)
            except ValueError as exc:
                text = translate("client", "{refusal}: {reason}")
                worker.say(text.format(refusal=prefix, reason=exc))
                future.set_result(None)
                return
            except Exception as exc:
                log.exception("A command failed in the training thread")
                text = translate("client", "{refusal}: an internal error ({error})")
                worker.say(text.format(refusal=prefix, error=type(exc).__name__))
                future.set_result(None)
                return
            if result is True:
                worker.stop_running()
            elif isinstance(result, str) and result:
                worker.say(result)
            if republish:
                worker.republish()
            future.set_result(result)

        worker.send("call", job)
        return future

    def run(self, fn: Callable[[Session], T]) -> Future[T]:
        """Run ``fn(session)`` in the worker thread; the future holds its result or error.

        When the worker's thread is not running (a window being built or closed, a test
        without a thread) it runs here and now, since nothing else can touch the session."""
        worker = self._worker
        future: Future[T] = Future()

        def job(session: Session) -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(session))
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits
                future.set_exception(exc)

        thread = worker.thread()
        if thread is None or not thread.isRunning():
            job(worker.session)
        else:
            worker.send("call", job)
        return future

    def call(self, fn: Callable[[Session], T], timeout: float = CALL_TIMEOUT) -> T:
        """Run ``fn(session)`` in the worker thread and wait for its result; raise what it
        raised, or ``TimeoutError`` when the worker did not answer within ``timeout``."""
        future = self.run(fn)
        try:
            return future.result(timeout)
        except FutureTimeout:  # the builtin TimeoutError only from Python 3.11 on
            future.cancel()
            raise TimeoutError(
                translate("client", "the training thread did not answer in time")
            ) from None

    def call_with_serial(
        self, fn: Callable[[Session], T], timeout: float = CALL_TIMEOUT
    ) -> tuple[T, int]:
        """As :meth:`call`, with the serial of the last snapshot published before ``fn``
        ran: a snapshot with a larger serial shows what ``fn`` did."""
        worker = self._worker
        return self.call(lambda s: (fn(s), worker.serial), timeout)

    @property
    def serial(self) -> int:
        """The serial of the last snapshot published (read in a function sent to the worker,
        it is the one before that function ran)."""
        return self._worker.serial

    # ------------------------------------------------------------- frames
    def take_snapshot(self) -> Snapshot | None:
        """The newest snapshot, if one waits; the worker steps aside until
        :meth:`frame_drawn`, so that drawing never queues behind training for the GIL."""
        # The gate closes before the snapshot is taken: a worker waiting for the take
        # (it steps aside when a frame is due) then finds it closed, never a moment open.
        self._worker.gate.clear()
        snap = self._worker.mailbox.take()
        if snap is None:
            self._worker.gate.set()
        return snap

    def frame_drawn(self) -> None:
        """The frame taken with :meth:`take_snapshot` is on screen: training goes on."""
        self._worker.gate.set()
