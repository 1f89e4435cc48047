"""``nn-playground selftest``: prove that this copy of the app works, with no screen.

It is meant for the folder a teacher copies to a classroom machine (and for CI, which
builds that folder): it opens the real main window offscreen, opens a bundled lesson in
it, lets the window's own training thread train a few hundred steps while the window
draws them, exports the decision boundary and a picture of the window as PNG files and
reads them back. Each step prints one line; the first that fails prints what went wrong
and the command exits 1 (0 when every step passed).

It leaves nothing behind: settings and autosaves go to a temporary folder, and the
pictures too unless ``--out`` names a folder to keep them in.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from engine.i18n import number, translate

DEFAULT_LESSON = "07"  # overfitting: 7 input features and 3 hidden layers of 8 to draw
DEFAULT_STEPS = 500
DEFAULT_TIMEOUT = 60.0

log = logging.getLogger(__name__)


class StepFailed(Exception):
    """A self-test step whose check did not hold; the message says what was seen."""


def positive_int(text: str) -> int:
    value = int(positive_float(text))
    if str(value) != text.strip():
        raise argparse.ArgumentTypeError(
            translate("selftest", "{text} is not a whole number").format(text=repr(text))
        )
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("selftest", "{text} is not a number").format(text=repr(text))
        ) from None
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(
            translate("selftest", "must be above 0; got {text}").format(text=text)
        )
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lesson",
        default=DEFAULT_LESSON,
        metavar="NAME",
        help=translate(
            "selftest",
            "the bundled lesson to train (its file name or the start of it; default {lesson})",
        ).format(lesson=DEFAULT_LESSON),
    )
    parser.add_argument(
        "--steps",
        type=positive_int,
        default=DEFAULT_STEPS,
        metavar="N",
        help=translate(
            "selftest", "how many training steps (batches) to train (default {steps})"
        ).format(steps=DEFAULT_STEPS),
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        help=translate(
            "selftest",
            "keep the exported pictures in this folder (default: a temporary one, removed)",
        ),
    )
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=translate(
            "selftest", "give up on a step that takes longer than this (default {seconds})"
        ).format(seconds=number(DEFAULT_TIMEOUT, "g")),
    )


def selftest(args: argparse.Namespace) -> int:
    """Run every step; print one line each. 0 when all passed, 1 at the first failure."""
    started = time.perf_counter()
    # Forced, not defaulted: a self-test must run the same on a headless machine, over
    # ssh and at a desk, and never show a window to anyone.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    scratch = Path(tempfile.mkdtemp(prefix="nn-playground-selftest-"))
    out = Path(args.out) if args.out else scratch / "pictures"
    state: dict = {"out": out, "args": args}
    print(f"NN Playground self-test ({describe_build()})", flush=True)
    steps: list[tuple[str, Callable[[dict], str]]] = [
        ("resources", check_resources),
        ("languages", check_languages),
        ("window", lambda st: open_main_window(st, scratch)),
        ("lesson", open_lesson),
        ("training", train),
        ("export", export_pictures),
        ("close", close_window),
    ]
    # An exception in a Qt callback (drawing a frame, a timer) does not reach the step
    # that caused it: Qt prints it and carries on. Each one is noted here, and fails the step.
    errors: list[str] = []
    previous_hook = sys.excepthook

    def note_error(kind, value, tb) -> None:
        errors.append(f"{kind.__name__}: {value}")
        previous_hook(kind, value, tb)

    sys.excepthook = note_error
    try:
        for name, step in steps:
            try:
                detail = step(state)
            except StepFailed as exc:
                return failed(name, str(exc), started)
            except Exception as exc:
                log.exception("The self-test step '%s' raised", name)
                return failed(name, f"{type(exc).__name__}: {exc}", started)
            if errors:
                return failed(name, f"the app raised {errors[0]} (traceback above)", started)
            print(f"  ok      {name}: {detail}", flush=True)
    finally:
        sys.excepthook = previous_hook
        window = state.get("window")
        if window is not None and not state.get("closed"):
            # After a failure too: a window left open when Python exits can crash it.
            window.close()
            window.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"self-test passed in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


def failed(step: str, reason: str, started: float) -> int:
    print(f"  FAILED  {step}: {reason}", flush=True)
    print(
        f"self-test FAILED at '{step}' after {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return 1


def describe_build() -> str:
    kind = "frozen app" if getattr(sys, "frozen", False) else "from source"
    parts = [kind, f"Python {platform.python_version()}"]
    for name, module in (("PySide6", "PySide6"), ("NumPy", "numpy")):
        try:
            parts.append(f"{name} {__import__(module).__version__}")
        except Exception as exc:  # noqa: BLE001 - a broken copy: the steps will say more
            parts.append(f"{name} not importable ({type(exc).__name__})")
    return (
        "; ".join(parts[:2])
        + ", "
        + ", ".join(parts[2:])
        + f", {platform.system()} {platform.machine()}"
    )


# ------------------------------------------------------------------- the steps
def check_resources(state: dict) -> str:
    from playground.core.lessons import ICONS_DIR, LESSONS_DIR, bundled_lessons

    lessons = bundled_lessons()
    if not lessons:
        raise StepFailed(f"no bundled lessons in {LESSONS_DIR}")
    wanted = state["args"].lesson
    matches = [b for b in lessons if b.path.name.startswith(wanted)]
    if len(matches) != 1:
        names = ", ".join(b.path.stem for b in lessons)
        raise StepFailed(
            f"{len(matches)} bundled lessons start with {wanted!r} (there are: {names})"
        )
    state["lesson"] = matches[0]
    icons = sorted(ICONS_DIR.glob("nn-playground-*.png"))
    if not icons:
        raise StepFailed(f"no icon pictures in {ICONS_DIR}")
    return (
        f"{len(lessons)} bundled lessons, the icon at {len(icons)} sizes, in {LESSONS_DIR.parent}"
    )


def check_languages(state: dict) -> str:
    """Every language's compiled translation, and Qt's own for its dialogs, load and
    translate (a bundle without them would show English to everyone)."""
    from playground.app.language import LANGUAGES, TRANSLATIONS_DIR, load_translators

    found = []
    for code in LANGUAGES:
        if code == "en":
            continue
        translators = load_translators(code)
        menu = next((t.translate("menus", "&File") for t in translators), "")
        if len(translators) < 2 or not menu or menu == "&File":
            raise StepFailed(
                f"the {code} translation is missing or incomplete in {TRANSLATIONS_DIR} "
                f"({len(translators)} of 2 files loaded)"
            )
        found.append(f"{code} {menu.replace('&', '')}")
    return "File menu: " + ", ".join(found)


def open_main_window(state: dict, scratch: Path) -> str:
    from PySide6.QtCore import QEvent, QObject, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(quiet_qt_messages)
    # The user's own settings and autosaves stay untouched: both go to the scratch folder.
    os.environ["NN_PLAYGROUND_DATA_DIR"] = str(scratch / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from playground.app.main_window import MainWindow
    from playground.app.qt_app import make_app

    t0 = time.perf_counter()
    app = make_app()
    platform_name = QApplication.platformName()
    if app.windowIcon().isNull():
        raise StepFailed("the application icon could not be loaded")
    window = MainWindow()
    state["window"] = window
    painted: list[bool] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)
    window.show()
    timeout = state["args"].timeout
    if not wait_until(lambda: bool(painted) and window.snapshot is not None, timeout):
        what = "drew no frame" if painted else "was never painted"
        raise StepFailed(f"the window {what} within {timeout:g} s")
    window.removeEventFilter(watch)
    size = window.size()
    return (
        f"opened on the '{platform_name}' platform, painted and drew its first frame in "
        f"{time.perf_counter() - t0:.2f} s ({size.width()}x{size.height()})"
    )


def open_lesson(state: dict) -> str:
    window, bundled = state["window"], state["lesson"]
    if not window.lesson_panel.open_lesson(bundled.path):
        message = window.statusBar().currentMessage() or "no reason given"
        raise StepFailed(f"{bundled.path.name} did not open: {message}")
    if window.file_actions.lesson is None or window.lesson_panel.panel.isHidden():
        raise StepFailed(f"{bundled.path.name} opened, but its lesson panel is not shown")
    return f"{bundled.path.name} ({bundled.title})"


def train(state: dict) -> str:
    from playground.compute.worker import USE_PROCESS

    window, args = state["window"], state["args"]
    call = window.file_actions.call

    def figures(s) -> tuple[int, int, float]:
        return s.trainer.steps, s.trainer.epoch, s.trainer.metrics()["train_loss"]

    (steps0, _epoch0, loss0), _ = call(figures)
    frames0 = window.frames_drawn
    target = steps0 + args.steps
    t0 = time.perf_counter()
    # The fastest speed, which trains in a training process: a frozen app must be able
    # to start one.
    window.client.change({"speed": 0})
    window.client.play()

    def done() -> bool:
        snap = window.snapshot
        return snap is not None and (
            snap.steps >= target or snap.divergence is not None or bool(snap.stop_reason)
        )

    finished = wait_until(done, args.timeout)
    seconds = time.perf_counter() - t0
    window.client.pause()
    wait_until(lambda: not window.snapshot.running, args.timeout)
    snap = window.snapshot
    if not finished:
        steps = snap.steps - steps0 if snap is not None else 0
        raise StepFailed(f"only {steps} of {args.steps} steps were drawn in {args.timeout:g} s")
    if snap.divergence is not None:
        raise StepFailed(f"training diverged: {snap.divergence.message}")
    if snap.stop_reason and snap.steps < target:
        raise StepFailed(f"training stopped early: {snap.stop_reason}")
    (steps, epoch, loss), _ = call(figures)
    frames = window.frames_drawn - frames0
    if not math.isfinite(loss) or not loss < loss0:
        raise StepFailed(f"the training loss did not fall: {loss0:.4f} -> {loss:.4f}")
    if frames < 2:
        raise StepFailed(f"the window drew {frames} frames while it trained")
    if USE_PROCESS and not window.worker.use_process:
        raise StepFailed(f"the training process failed: {window.statusBar().currentMessage()}")
    where = "a training process" if USE_PROCESS else "the worker thread"
    return (
        f"{steps - steps0} steps ({epoch} epochs) in {seconds:.2f} s in {where}, "
        f"{frames} frames drawn, train loss {loss0:.4f} -> {loss:.4f}"
    )


def export_pictures(state: dict) -> str:
    from PySide6.QtGui import QImage

    window, out = state["window"], state["out"]
    out.mkdir(parents=True, exist_ok=True)
    boundary = out / "selftest-boundary.png"
    if not window.exports.export_boundary("png", boundary):
        raise StepFailed(
            f"exporting the decision boundary failed: {window.statusBar().currentMessage()}"
        )
    shot = out / "selftest-window.png"
    if not window.grab().save(str(shot), "PNG"):
        raise StepFailed(f"the window's picture could not be saved to {shot}")
    sizes = []
    for path in (boundary, shot):
        image = QImage(str(path))
        if image.isNull():
            raise StepFailed(f"{path} cannot be read back as a picture")
        if distinct_colours(image) < 16:
            raise StepFailed(f"{path.name} is (nearly) blank")
        sizes.append(f"{path.name} {image.width()}x{image.height()}")
    where = out if state["args"].out else "a temporary folder (keep them with --out DIR)"
    return f"{', '.join(sizes)} in {where}"


def close_window(state: dict) -> str:
    window = state["window"]
    thread = window.worker_thread
    window.close()
    state["closed"] = True
    if window.isVisible():
        raise StepFailed("the window refused to close")
    if not wait_until(lambda: not thread.isRunning(), state["args"].timeout):
        raise StepFailed("the training thread did not stop")
    return "the window closed and its training thread stopped"


# ------------------------------------------------------------------- helpers
# What Qt's offscreen platform says about every window, and which means nothing here.
HARMLESS_QT_MESSAGES = ("does not support propagateSizeHints",)


def quiet_qt_messages(_kind, _context, message: str) -> None:
    """Qt's messages on stderr as usual, less the offscreen platform's harmless ones."""
    if not any(text in message for text in HARMLESS_QT_MESSAGES):
        print(message, file=sys.stderr, flush=True)


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop (as the app does) until ``condition()`` holds or time is up."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    return True


def distinct_colours(image, samples: int = 64) -> int:
    """How many different colours a grid of ``samples``² pixels of ``image`` shows."""
    w, h = image.width(), image.height()
    seen = {
        image.pixel(min(w - 1, i * w // samples), min(h - 1, j * h // samples))
        for i in range(samples)
        for j in range(samples)
    }
    return len(seen)
