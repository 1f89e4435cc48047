"""Apply of a walkthrough step: the update on show, made in the network as an undo step.

The jobs here run in the worker thread, where the session lives (sent with
``WorkerClient.call``); they never run in the GUI thread. The undo command keeps the
weights and the optimizer's state from before and after Apply and puts them back.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QUndoCommand

from engine import Trainer
from engine.i18n import translate
from playground.core.session import Session
from playground.core.walkthrough_sample import TracedSample, capture


class ApplyCommand(QUndoCommand):
    """Undo puts the weights and optimizer state back; redo makes the update again."""

    def __init__(self, restore: Callable[[dict], None], before: dict, after: dict) -> None:
        super().__init__(translate("walkthrough_apply", "Apply a backprop step"))
        self._restore, self._before, self._after = restore, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied when pushed
            self._first = False
            return
        self._restore(self._after)

    def undo(self) -> None:
        self._restore(self._before)


def params_state(trainer: Trainer) -> dict:
    """The weights, biases, optimizer state and step count, copied."""
    return {
        "params": [(W.copy(), b.copy()) for W, b in trainer.network.params],
        "optimizer": trainer.optimizer,
        "optimizer_state": trainer.optimizer_state.get_state(),
        "steps": trainer.steps,
    }


def same_network(trainer: Trainer, sample: TracedSample) -> bool:
    """Whether ``trainer``'s network still has the weights ``sample`` was traced with."""
    params = trainer.network.params
    return len(params) == len(sample.weights) and all(
        W.shape == W0.shape and np.array_equal(W, W0) and np.array_equal(b, b0)
        for (W, b), W0, b0 in zip(params, sample.weights, sample.biases, strict=True)
    )


def apply_job(
    sample: TracedSample,
    serial: Callable[[], int],
    explain: Callable[[Session], str] = lambda session: "",
) -> Callable[[Session], tuple[TracedSample, dict, dict]]:
    """A job making ``sample``'s update; it gives the point traced again afterwards and the
    states before and after. ``serial`` reads the last snapshot's serial in the worker;
    ``explain`` says why the point is on show, after the update."""

    def job(session: Session) -> tuple[TracedSample, dict, dict]:
        t = session.trainer
        if session.comparison is not None:
            raise ValueError(translate("walkthrough_apply", "Compare is on"))
        if not same_network(t, sample):
            raise ValueError(
                translate("walkthrough_apply", "the network changed since this point was traced")
            )
        before = params_state(t)
        session.timeline_resume()
        t.apply_trace(sample.trace)
        session.timeline.mark(t, edited=True)
        after = params_state(t)
        point, target = sample.trace.point, sample.trace.target
        why = explain(session)
        return capture(t, point, target, sample.source, serial(), why), before, after

    return job


def restore_job(state: dict) -> Callable[[Session], None]:
    """A job putting weights, optimizer state and step count back as in ``state`` (undo and
    redo of Apply); ValueError if the network has changed shape since."""

    def job(session: Session) -> None:
        t = session.trainer
        params = t.network.params
        if (
            session.comparison is not None
            or t.optimizer != state["optimizer"]
            or len(params) != len(state["params"])
            or any(W.shape != W0.shape for (W, _), (W0, _b) in zip(params, state["params"]))
        ):
            raise ValueError(translate("walkthrough_apply", "the network has changed since"))
        for (W, b), (W0, b0) in zip(params, state["params"], strict=True):
            W[...] = W0
            b[...] = b0
        t.optimizer_state.set_state(state["optimizer_state"])
        t.steps = state["steps"]
        session.timeline.mark(t, edited=True)

    return job
