"""``nn-playground run``: train a project without a window and report the result.

A project with Compare on trains every lane; each lane is reported on its own. Every loop
here ends: training stops at the epoch asked for, at divergence, or as soon as a round of
training trains nothing (so a state that cannot train can never spin for ever).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Callable

from engine.i18n import number, translate
from playground.app.cli_common import CliError, resolve_file

BAR_WIDTH = 28
SLOW, FAST = 0.2, 0.05  # s: a round of training longer halves the next, shorter doubles it
MAX_CHUNK = 1 << 20


class ProgressBar:
    """``[#####.....]  50%  epoch 500/1000  loss 0.123`` on stderr, redrawn in place."""

    def __init__(self, total: int, stream=None, enabled: bool = True) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self._last = 0.0
        self._done = -1
        self._width = 0

    def update(self, done: int, loss: Callable[[], float], force: bool = False) -> None:
        """Redraw (at most 10 times a second unless ``force``); ``loss()`` is asked only then."""
        if not self.enabled:
            return
        now = time.perf_counter()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        if force and done == self._done:
            return
        self._done = done
        share = done / self.total if self.total else 1.0
        filled = int(round(share * BAR_WIDTH))
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        text = translate(
            "cli_run", "Training [{bar}] {percent}  epoch {epoch}/{epochs}  loss {loss}"
        ).format(
            bar=bar,
            percent=number(share, "4.0%"),
            epoch=number(done, ","),
            epochs=number(self.total, ","),
            loss=format_number(loss()),
        )
        pad = " " * max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + pad)
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\n")
            self.stream.flush()


def format_number(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return number(value, ".4f") if abs(value) < 1000 else number(value, ".4g")


def check_writable(path: str | None, message: str) -> None:
    """Fail before training, not after, when an output's folder does not exist; ``message``
    says so, with ``{path}`` and ``{folder}`` in it."""
    if path is None:
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise CliError(message.format(path=path, folder=folder))


class Adaptive:
    """Rounds of training sized to take 0.05 to 0.2 s each (the progress bar's pace)."""

    def __init__(self) -> None:
        self.size = 1

    def round(self, train: Callable[[int], int]) -> int:
        """``train(size)`` once; return what it trained (0: nothing more can train)."""
        start = time.perf_counter()
        done = train(self.size)
        elapsed = time.perf_counter() - start
        if elapsed < FAST and self.size < MAX_CHUNK:
            self.size *= 2
        elif elapsed > SLOW and self.size > 1:
            self.size //= 2
        return done


def train_network(session, epochs: int, bar: ProgressBar, start: int) -> None:
    """The session's network, up to epoch ``start + epochs`` or divergence."""
    trainer, rounds = session.trainer, Adaptive()
    target = start + epochs

    def train(n: int) -> int:
        steps = trainer.steps
        session.train_epochs(min(n, target - trainer.epoch))
        return trainer.steps - steps

    while trainer.epoch < target and not trainer.diverged:
        if not rounds.round(train):
            break  # nothing trained: the loop must not wait for an epoch that never comes
        bar.update(trainer.epoch - start, lambda: trainer.metrics()["train_loss"])


def train_lanes(comparison, epochs: int, bar: ProgressBar, start: int) -> None:
    """Every lane of a Compare race up to epoch ``start + epochs`` (a lane that diverges
    stops there). The stop-at-epoch setting is not applied, as without Compare."""
    target, rounds = start + epochs, Adaptive()
    focus = comparison.lanes[comparison.focus].trainer

    def train(n: int) -> int:
        return comparison.train(n, 0, until=target)

    while comparison.active() and comparison.epoch() < target:
        if not rounds.round(train):
            break
        bar.update(comparison.epoch() - start, lambda: focus.metrics()["train_loss"])


def run(args: argparse.Namespace) -> int:
    from playground.core.comparison import lane_summary
    from playground.core.project import apply_project, load_project, project_from_session
    from playground.core.session import Session
    from playground.projects.saving import save_project

    for path, message in (
        (
            args.report,
            translate(
                "cli_run", "cannot write the report {path}: the folder {folder} does not exist"
            ),
        ),
        (
            args.export_boundary,
            translate(
                "cli_run", "cannot write the picture {path}: the folder {folder} does not exist"
            ),
        ),
        (
            args.export_gif,
            translate("cli_run", "cannot write the GIF {path}: the folder {folder} does not exist"),
        ),
        (
            args.save,
            translate(
                "cli_run", "cannot write the project {path}: the folder {folder} does not exist"
            ),
        ),
    ):
        check_writable(path, message)
    if args.export_boundary and not args.export_boundary.lower().endswith((".png", ".svg")):
        raise CliError(
            translate("cli_run", "--export-boundary must end in .png or .svg; got {file}").format(
                file=args.export_boundary
            )
        )

    file = resolve_file(args.file)
    project = load_project(file)
    session = Session(project.settings)
    apply_project(session, project)
    if not session.has_training_data:
        raise CliError(
            translate(
                "cli_run",
                "{file}: nothing to train: its data holds no training point "
                "(only test points, or none); add training points in the window first",
            ).format(file=file)
        )
    comparison = session.comparison
    if comparison is not None:
        comparison.sync(session)  # the lanes, from the session's settings and data
    show_test = bool(args.show_test or project.view.get("show_test"))
    discretize = bool(project.view.get("discretize"))

    trainers = [lane.trainer for lane in comparison.lanes] if comparison else [session.trainer]
    starts = [t.epoch for t in trainers]
    start = comparison.epoch() if comparison else session.trainer.epoch
    bar = ProgressBar(args.epochs, enabled=not args.quiet)
    started = time.perf_counter()
    shown = trainers[comparison.focus] if comparison else session.trainer
    if args.export_gif:
        from playground.core import render

        def progress(done: int, total: int) -> bool:
            epoch = comparison.epoch() if comparison else session.trainer.epoch
            bar.update(epoch - start, lambda: shown.metrics()["train_loss"])
            return True

        render.training_gif(
            session,
            args.export_gif,
            epochs=args.epochs,
            frames=min(60, args.epochs + 1),
            size=min(args.size, 320),
            show_test=show_test,
            progress=progress,
        )
    if comparison is not None:
        train_lanes(comparison, args.epochs, bar, start)
        done = comparison.epoch() - start
    else:
        train_network(session, args.epochs, bar, start)
        done = session.trainer.epoch - start
    seconds = time.perf_counter() - started
    shown = trainers[comparison.focus] if comparison else session.trainer
    metrics = shown.metrics()
    bar.update(done, lambda: metrics["train_loss"], force=True)
    bar.finish()

    lanes = []
    for i, (t, first) in enumerate(zip(trainers, starts, strict=True)):
        figures = trainer_figures(t, first)
        if comparison is not None:
            lane = comparison.lanes[i]
            head = {"name": lane.name, "settings": lane_summary(lane.settings)}
            lanes.append({**head, "overrides": dict(lane.overrides), **figures})
            if t.diverged:
                text = translate("cli_run", "Lane {lane}: {message}")
                print(text.format(lane=lane.name, message=t.divergence.message), file=sys.stderr)
        elif t.diverged:
            print(t.divergence.message, file=sys.stderr)
    report = trainer_figures(shown, starts[trainers.index(shown)])
    report["seconds"] = round(seconds, 3)
    if comparison is not None:
        report["focus"] = comparison.lanes[comparison.focus].name
        report["lanes"] = lanes
    if args.report:
        from playground.core.render import write_bytes

        write_bytes(args.report, (json.dumps(report, indent=2) + "\n").encode("utf-8"))
    if args.export_boundary:
        from playground.core import render

        render.save_boundary(
            shown.network, session.data, args.export_boundary, args.size, show_test, discretize
        )
    if args.save:
        save_project(args.save, project_from_session(session, project.view, project.lesson))
    if not args.quiet:
        print(summary(report), file=sys.stderr)
        for lane in lanes:
            text = translate("cli_run", "  Lane {lane} ({settings}): {figures}").format(
                lane=lane["name"], settings=lane["settings"], figures=figures_text(lane)
            )
            print(text, file=sys.stderr)
    return 0


def trainer_figures(trainer, start_epoch: int) -> dict:
    """One network's part of the report: epochs, losses, accuracies, divergence, warnings,
    and the confusion matrices or the regression figures (playground/core/metrics.py)."""
    from playground.core import metrics as figures
    from playground.core.warnings_check import trainer_warnings

    metrics = trainer.metrics()
    return {
        "epochs": trainer.epoch - start_epoch,
        "final_epoch": trainer.epoch,
        "train_loss": finite_or_none(metrics["train_loss"]),
        "test_loss": finite_or_none(metrics["test_loss"]),
        "train_accuracy": finite_or_none(metrics["train_accuracy"]),
        "test_accuracy": finite_or_none(metrics["test_accuracy"]),
        "diverged": trainer.diverged,
        "warnings": trainer_warnings(trainer, metrics),
        **figures.report_fields(figures.of_trainer(trainer)),
    }


def finite_or_none(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def figures_text(report: dict) -> str:
    loss = translate("cli_run", "train loss {train_loss}, test loss {test_loss}").format(
        train_loss=format_number(report["train_loss"]),
        test_loss=format_number(report["test_loss"]),
    )
    parts = [loss]
    if report["test_accuracy"] is not None:
        accuracy = number(100 * report["test_accuracy"], ".1f")
        parts.append(translate("cli_run", "test accuracy {accuracy} %").format(accuracy=accuracy))
    if report["diverged"]:
        parts.append(translate("cli_run", "diverged"))
    return translate("cli_run", ", ").join(parts)


def summary(report: dict) -> str:
    count = report["epochs"]  # chooses the plural form of "epochs"
    epochs, seconds = number(count, ","), number(report["seconds"], ".1f")
    if "lanes" in report:
        text = translate("cli_run", "{epochs} epochs in {seconds} s, {lanes} lanes:", None, count)
        return text.format(epochs=epochs, seconds=seconds, lanes=len(report["lanes"]))
    text = translate("cli_run", "{epochs} epochs in {seconds} s, {figures}", None, count)
    return text.format(epochs=epochs, seconds=seconds, figures=figures_text(report))
