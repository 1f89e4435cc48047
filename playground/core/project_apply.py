"""Putting a loaded project into a session: settings, data, network, counters, history
and Compare's lanes. Nothing here imports Qt."""

from __future__ import annotations

from engine import LossHistory
from engine.i18n import translate
from playground.core import comparison
from playground.core.project_checks import ProjectError, one_line
from playground.core.project_schema import Project
from playground.core.session import Session


def apply_project(session: Session, project: Project) -> None:
    """Rebuild ``session`` from ``project``: settings, data, network, counters, history.

    Run it where the session lives (``client.call(lambda s: apply_project(s, p))``).
    The project is not consumed: the session gets its own copies. If anything fails the
    session is put back as it was and ProjectError is raised.
    """
    try:
        with session.opening(project.settings, project.painted.values(), project.data is None):
            history = None
            if project.history is not None:
                history = LossHistory.from_dict(project.history.to_dict())
            session.restore(
                project.network.copy(), project.data, project.epoch, project.steps, history
            )
            if project.fit is not None and project.data is not None:
                task = project.data.task
                session.painted[task] = session.painted[task].with_fit(project.fit)
            if history is None:
                t = session.trainer
                t.history = LossHistory()
                m = t.metrics()
                t.history.record(
                    t.epoch,
                    m["train_loss"],
                    m["test_loss"],
                    m["train_accuracy"],
                    m["test_accuracy"],
                )
            session.comparison = None
            if project.compare is not None:
                lanes, focus = project.compare
                comparison.start(session, lanes).focus = focus
    except Exception as exc:
        raise ProjectError(
            translate("project_apply", "the project could not be opened: {error}").format(
                error=one_line(exc)
            )
        ) from exc
