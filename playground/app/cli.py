"""The command line: ``nn-playground [open [FILE]] | run FILE --epochs N ... | lessons``.

``run`` trains a project without a window (no QApplication is created), shows a progress
bar on stderr and can write a JSON report, the decision boundary as PNG or SVG, an
animated GIF, and the trained project. Every error is one line on stderr: exit code 2
for a usage mistake, 1 for anything else, and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

MAX_EPOCHS = 10_000_000
BAR_WIDTH = 28
PROG = "nn-playground"
COMMANDS = ("open", "run", "lessons", "selftest")


class CliError(Exception):
    """An error for the user: printed as one line, exit code 1."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit code 2), not usage plus error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_EPOCHS:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_EPOCHS:,}; got {value}")
    return value


def image_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 32 <= value <= 4096:
        raise argparse.ArgumentTypeError(f"must be from 32 to 4096 pixels; got {value}")
    return value


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description=(
            "NN Playground: draw a network, pick or paint data, press play and watch "
            "backpropagation learn. With no command it opens the window."
        ),
        epilog=(
            "Examples:\n"
            f"  {PROG}                                  open the window\n"
            f"  {PROG} open lesson.nnplay               open a project or lesson in the window\n"
            f"  {PROG} lessons                          list the bundled lessons\n"
            f"  {PROG} run work.nnplay --epochs 500 --report out.json --export-boundary out.png\n"
            f"  {PROG} selftest                         check that this copy of the app works\n"
            f"Run '{PROG} COMMAND --help' for a command's options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    open_cmd = commands.add_parser(
        "open",
        help="open the window, optionally with a project or lesson file (the default)",
        description="Open the NN Playground window, optionally with a project or lesson file.",
    )
    open_cmd.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a .nnplay project or lesson file, or a bundled lesson's name",
    )

    run = commands.add_parser(
        "run",
        help="train a project without a window and report the result",
        description=(
            "Train a project or lesson without a window, showing a progress bar on stderr, then "
            "write the final losses and accuracies. Training stops early if it diverges."
        ),
        epilog=(
            "The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, "
            "test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, "
            "accuracy is null for regression; warnings lists {kind, layers, message} for what "
            "went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, "
            "stuck, diverged). Exit codes: 0 done (even if training diverged), 1 an error "
            "(unreadable or invalid file, a file that cannot be written), 2 a usage mistake."
        ),
    )
    run.add_argument(
        "file",
        metavar="FILE",
        help="the .nnplay project or lesson to train (or a bundled lesson's name)",
    )
    run.add_argument(
        "--epochs",
        "-n",
        type=positive_int,
        required=True,
        metavar="N",
        help="how many epochs to train (1 to 10,000,000)",
    )
    run.add_argument(
        "--report", metavar="OUT.json", help="write the final figures to this JSON file"
    )
    run.add_argument(
        "--export-boundary",
        metavar="OUT.png",
        help="save the decision boundary with the training data as a picture (.png, or .svg by suffix)",
    )
    run.add_argument(
        "--export-gif",
        metavar="OUT.gif",
        help="save an animated GIF of the boundary as it changes during these epochs",
    )
    run.add_argument("--save", metavar="OUT.nnplay", help="save the trained project to this file")
    run.add_argument(
        "--size",
        type=image_size,
        default=480,
        metavar="PIXELS",
        help="width and height of exported pictures (default 480)",
    )
    run.add_argument(
        "--show-test", action="store_true", help="also draw the test points in exported pictures"
    )
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar")

    commands.add_parser(
        "lessons",
        help="list the bundled lessons",
        description="List the bundled lessons: file name and title. Open one with 'open NAME'.",
    )

    from playground.app.selftest import add_arguments as selftest_arguments

    selftest_arguments(
        commands.add_parser(
            "selftest",
            help="check that this copy of the app works: window, lesson, training, export",
            description=(
                "Open the window offscreen (no screen needed), open a bundled lesson, train it "
                "for a few hundred steps and export PNG pictures. Exit code 0 when every step "
                "passed; otherwise the failed step is named and the exit code is 1."
            ),
        )
    )
    return parser


def main(
    argv: list[str] | None = None, open_window: Callable[[str | None], int] | None = None
) -> int:
    """Parse ``argv`` and run the command; ``open_window(file)`` opens the GUI."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        argv.insert(0, "open")  # nn-playground FILE, as a file manager calls it
    args = build_parser().parse_args(argv)
    try:
        if args.command == "run":
            return run(args)
        if args.command == "lessons":
            return list_lessons()
        if args.command == "selftest":
            from playground.app.selftest import selftest

            return selftest(args)
        path = None
        if getattr(args, "file", None):
            path = str(resolve_file(args.file))
            from playground.core.project import load_project

            load_project(Path(path))  # a bad file is reported here, before any window opens
        if open_window is None:
            raise CliError("no window can be opened from here")
        return open_window(path)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # ProjectError and friends
        print(f"{PROG}: error: {one_line(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: error: {one_line(exc)}", file=sys.stderr)
        return 1


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def resolve_file(name: str) -> Path:
    """``name`` as given, or the bundled lesson whose file name starts with it."""
    path = Path(name)
    if path.exists() or path.suffix:
        return path
    from playground.core.lessons import LESSONS_DIR

    matches = sorted(LESSONS_DIR.glob(f"{name}*.nnplay"))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise CliError(f"{name!r} names several lessons: {', '.join(m.stem for m in matches)}")
    return path


def list_lessons() -> int:
    from playground.core.lessons import bundled_lessons

    for b in bundled_lessons():
        print(f"{b.path.stem:40s} {b.title}")
    return 0


# --------------------------------------------------------------------- training
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
        text = f"Training [{bar}] {share:4.0%}  epoch {done:,}/{self.total:,}  loss {format_number(loss())}"
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
    return f"{value:.4f}" if abs(value) < 1000 else f"{value:.4g}"


def check_writable(path: str | None, what: str) -> None:
    """Fail before training, not after, when an output's folder does not exist."""
    if path is None:
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise CliError(f"cannot write the {what} {path}: the folder {folder} does not exist")


def run(args: argparse.Namespace) -> int:
    from playground.core.project import (
        apply_project,
        load_project,
        project_from_session,
    )
    from playground.core.session import Session
    from playground.core.warnings_check import report_warnings
    from playground.projects.saving import save_project

    for path, what in (
        (args.report, "report"),
        (args.export_boundary, "picture"),
        (args.export_gif, "GIF"),
        (args.save, "project"),
    ):
        check_writable(path, what)
    if args.export_boundary and not args.export_boundary.lower().endswith((".png", ".svg")):
        raise CliError(f"--export-boundary must end in .png or .svg; got {args.export_boundary}")

    file = resolve_file(args.file)
    project = load_project(file)
    session = Session(project.settings)
    apply_project(session, project)
    trainer = session.trainer
    show_test = bool(args.show_test or project.view.get("show_test"))
    discretize = bool(project.view.get("discretize"))

    start_epoch = trainer.epoch
    bar = ProgressBar(args.epochs, enabled=not args.quiet)
    started = time.perf_counter()
    if args.export_gif:
        from playground.core import render

        def progress(done: int, total: int) -> bool:
            bar.update(trainer.epoch - start_epoch, lambda: trainer.metrics()["train_loss"])
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
        trainer = session.trainer
    target = start_epoch + args.epochs
    chunk = 1
    while trainer.epoch < target and not trainer.diverged:
        t0 = time.perf_counter()
        session.train_epochs(min(chunk, target - trainer.epoch))
        elapsed = time.perf_counter() - t0
        if elapsed < 0.05:
            chunk *= 2
        elif elapsed > 0.2 and chunk > 1:
            chunk //= 2
        bar.update(trainer.epoch - start_epoch, lambda: trainer.metrics()["train_loss"])
    seconds = time.perf_counter() - started
    metrics = trainer.metrics()
    bar.update(trainer.epoch - start_epoch, lambda: metrics["train_loss"], force=True)
    bar.finish()
    if trainer.diverged:
        print(trainer.divergence.message, file=sys.stderr)

    report = {
        "epochs": trainer.epoch - start_epoch,
        "final_epoch": trainer.epoch,
        "train_loss": finite_or_none(metrics["train_loss"]),
        "test_loss": finite_or_none(metrics["test_loss"]),
        "train_accuracy": finite_or_none(metrics["train_accuracy"]),
        "test_accuracy": finite_or_none(metrics["test_accuracy"]),
        "diverged": trainer.diverged,
        "seconds": round(seconds, 3),
        "warnings": report_warnings(session, metrics),
    }
    if args.report:
        from playground.core.render import write_bytes

        write_bytes(args.report, (json.dumps(report, indent=2) + "\n").encode("utf-8"))
    if args.export_boundary:
        from playground.core import render

        render.save_boundary(
            trainer.network, session.data, args.export_boundary, args.size, show_test, discretize
        )
    if args.save:
        lesson = project.lesson
        save_project(args.save, project_from_session(session, project.view, lesson))
    if not args.quiet:
        print(summary(report), file=sys.stderr)
    return 0


def finite_or_none(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def summary(report: dict) -> str:
    parts = [f"{report['epochs']:,} epochs in {report['seconds']:.1f} s"]
    parts.append(f"train loss {format_number(report['train_loss'])}")
    parts.append(f"test loss {format_number(report['test_loss'])}")
    if report["test_accuracy"] is not None:
        parts.append(f"test accuracy {100 * report['test_accuracy']:.1f} %")
    if report["diverged"]:
        parts.append("diverged")
    return ", ".join(parts)
