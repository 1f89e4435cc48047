"""The walkthrough's jobs that trace a point: they run in the worker thread, where the
session lives (sent with ``WorkerClient.call``), never in the GUI thread.

``pick_job`` takes the default point (walkthrough_pick.py); ``explain_job`` says why a point
the walkthrough picked is on show, for the network as it is when the job runs, so that the
sentence stays true after training, an edit or Apply.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from engine.i18n import translate
from playground.core.session import Session
from playground.core.walkthrough_pick import choose, point_stats, reason
from playground.core.walkthrough_sample import TracedSample, capture


def compare_on() -> str:
    """Why no point is traced while Compare is on."""
    return translate(
        "walkthrough_jobs", "Compare is on: turn it off (C) to walk through one network"
    )


def explain_job(picked: tuple[int, str] | None) -> Callable[[Session], str]:
    """Why training point ``picked[0]`` (picked for ``picked[1]``) is on show; "" for a
    point the user picked (``picked`` None)."""
    if picked is None:
        return lambda session: ""
    index, why = picked

    def explain(session: Session) -> str:
        d = session.data
        if index >= len(d.X_train):
            return ""  # the data changed under the walkthrough
        return reason(point_stats(session.trainer.network, d.X_train, d.y_train), index, why)

    return explain


def trace_job(
    x: np.ndarray, y: float, source: str, serial: Callable[[], int], explain: Callable
) -> Callable[[Session], TracedSample]:
    """Trace point ``x`` (target ``y``) on the network as it is."""

    def job(session: Session) -> TracedSample:
        if session.comparison is not None:
            raise ValueError(compare_on())
        return capture(session.trainer, x, y, source, serial(), explain(session))

    return job


def pick_job(serial: Callable[[], int]) -> Callable[[Session], tuple[TracedSample, int, str]]:
    """Trace the default point: (the sample, its training index, why it was picked)."""

    def job(session: Session) -> tuple[TracedSample, int, str]:
        t, d = session.trainer, session.data
        if session.comparison is not None:
            raise ValueError(compare_on())
        if not len(d.X_train):
            raise ValueError(
                translate("walkthrough_jobs", "there are no training points to pick from yet")
            )
        stats = point_stats(t.network, d.X_train, d.y_train)
        index, why = choose(stats)
        x, y = d.X_train[index], d.y_train[index].item()
        source = translate("walkthrough_jobs", "training point {number}").format(number=index + 1)
        return capture(t, x, y, source, serial(), reason(stats, index, why)), index, why

    return job
