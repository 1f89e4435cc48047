"""The real window, offscreen, while it trains as fast as it can.

For each network (and "compare4": Compare with four lanes, SGD, momentum, Adam and
RMSProp, on the default network; its steps are all four lanes' together) it prints:
frames drawn per second (every neuron map recomputed and redrawn each frame; the
boundary redrawn each frame and recomputed each frame, except that while training the
worker reuses it for up to four times what it cost to make, and a large network's (one
that takes over 4 ms, such as 10 x 64) is remade a few grid rows per frame and shown whole
when done, a few times a second; the links at most at 20 Hz within a stroking budget; the
chart at 10 Hz); the p50/p99 interval of a 10 ms timer on the GUI
thread (event latency: 10 ms is perfect); and training steps per second in the window
against the headless engine on the same network in the same process, the two taking
turns (ROUNDS times) so that a shared machine's drift falls on both. At this speed the
window trains in a training process (playground/train_process.py); the "/thread" rows
train in the worker thread instead, beside the GUI under one GIL, for comparison. The "+grad" rows
are the same networks with the gradient panel open (View → Gradients), and the last line
says what it costs training: steps/s with the panel open over steps/s with it closed,
measured in one window that opens and closes it in turns.

"view ms" is the network view's share of a frame. For the network designer: the frame
rate while training a 10 × 64 network (target >= 30 fps, as for TensorFlow Playground's
largest), and the time from dropping a Neuron from the palette (real mouse events, with
training at full speed) to the end of the first frame that shows it (target <= 100 ms).

With ``--busy`` every measurement runs with one CPU-burning process beside the app (a
browser, a video call) and the headless reference trains in a process of its own at the
training process's priority (nice 10), so that it shares the machine as the window's
training does; the targets there: the default, largest and Compare x4 >= 55 fps, 10x64 >=
40 fps, every network >= 0.5 of headless. The JSON records the machine's load average.

    python benchmarks/gui.py [--seconds 5] [--json FILE] [--busy]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings go to a throwaway folder: a window restores the splitters a user left (a
# collapsed chart draws nothing), and every window here must start from the same layout.
_home = tempfile.mkdtemp(prefix="nn-playground-benchmark-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_home, _var.lower())
# One BLAS thread, as the app sets it (playground/__init__.py) before NumPy loads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402

from engine import Network  # noqa: E402
from playground.app.main_window import MainWindow  # noqa: E402
from playground.app.qt_app import make_app  # noqa: E402
from playground.compute.train_process import NICENESS  # noqa: E402
from playground.core import comparison  # noqa: E402
from playground.core.session import Session  # noqa: E402
from playground.core.settings import TrainingSettings  # noqa: E402

NETWORKS = {
    "default": TrainingSettings(speed=0),
    "largest": TrainingSettings(
        speed=0,
        hidden=(8,) * 6,
        features=("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"),
        batch_size=10,
    ),
}
GRADIENT_PERIOD = 0.6  # s: the gradient panel is opened and closed in turns this long
GRADIENT_SETTLE = 0.15  # s after each switch that are not counted (the layout changes)
COMPARE_LANES = [{"optimizer": o} for o in ("sgd", "momentum", "adam", "rmsprop")]
TEN_BY_64 = TrainingSettings(speed=0, hidden=(64,) * 10)
# A drop needs room for the neuron: the 10 × 64 case drops onto a last layer of 63.
DROP_NETWORKS = {
    "largest": NETWORKS["largest"],
    "10x64": TrainingSettings(speed=0, hidden=(64,) * 9 + (63,)),
}
DROPS = 5
ROUNDS = 4  # window and headless take turns this many times per network
BUSY = False  # --busy: a CPU burner beside the app, the headless reference at nice 10


def open_window(settings: TrainingSettings) -> MainWindow:
    """The main window at 1400 × 860 with the default layout (the last window's is
    forgotten: the gradient panel or a drop must not shape the next measurement)."""
    QSettings().clear()
    window = MainWindow(Session(settings))
    window.resize(1400, 860)
    window.show()
    return window


def total_steps(session: Session) -> int:
    """Steps trained: the main network's, or while comparing, every lane's."""
    if session.comparison is not None:
        return sum(lane.trainer.steps for lane in session.comparison.lanes)
    return session.trainer.steps


def wait(app, seconds: float) -> None:
    """Run the real event loop for ``seconds``: it sleeps when idle, as in the app."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def burn() -> None:
    """A CPU-burning process: what a browser or a video call beside the app does."""
    while True:
        pass


def headless_child(conn, settings: TrainingSettings, lanes: list[dict] | None) -> None:
    """The headless reference in a process of its own, at the training process's priority
    (playground/compute/train_process.py lowers its own the same way)."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    headless = Headless(settings, lanes)
    while (seconds := conn.recv()) is not None:
        headless.train(seconds)
        conn.send((headless.steps, headless.seconds))


class HeadlessProcess:
    """:class:`Headless` trained in a child process (``--busy``)."""

    def __init__(self, settings: TrainingSettings, lanes: list[dict] | None = None) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=headless_child, args=(child, settings, lanes))
        self.process.start()
        self.steps, self.seconds = 0, 0.0

    def train(self, seconds: float) -> None:
        self.conn.send(seconds)
        self.steps, self.seconds = self.conn.recv()

    def close(self) -> None:
        self.conn.send(None)
        self.process.join(10)

    @property
    def rate(self) -> float:
        return self.steps / self.seconds if self.seconds else float("nan")


class Headless:
    """The same data, network and optimizer as a window's, trained in this thread with no
    window in the way: the reference that the window's training speed is a share of."""

    def __init__(self, settings: TrainingSettings, lanes: list[dict] | None = None) -> None:
        self.session = Session(settings)
        if lanes:
            comparison.start(self.session, lanes)
        self.steps = 0
        self.seconds = 0.0

    def train(self, seconds: float) -> None:
        session, trainer = self.session, self.session.trainer
        assert isinstance(trainer.network, Network)
        steps0, start = total_steps(session), time.perf_counter()
        while time.perf_counter() - start < seconds and not trainer.diverged:
            if session.comparison is not None:
                session.comparison.train(64)
            else:
                trainer.step(64)
        self.steps += total_steps(session) - steps0
        self.seconds += time.perf_counter() - start

    @property
    def rate(self) -> float:
        return self.steps / self.seconds if self.seconds else float("nan")


def measure_window(
    app,
    settings: TrainingSettings,
    seconds: float,
    lanes: list[dict] | None = None,
    gradients: bool = False,
    rounds: int = ROUNDS,
    process: bool = True,
) -> dict:
    """Train in the real window for ``seconds`` in all, in ``rounds`` stretches; after
    each, the window pauses and the headless reference trains for half as long. A shared
    machine speeds up and slows down by the second: taking turns exposes both to the same
    drift, which a window run followed by a headless run does not."""
    window = open_window(settings)
    window.worker.use_process = process
    if gradients:
        window.gradient_panel.set_visible(True)
    if lanes:
        window.client.submit(lambda s: comparison.start(s, lanes))
    headless = HeadlessProcess(settings, lanes) if BUSY else Headless(settings, lanes)
    wait(app, 0.5)  # first frames, layout settled
    # One unmeasured stretch of training: the first one starts the training process (a
    # fresh interpreter), which a user pressing play half a second after the window
    # opened would wait for too, but which is not training speed.
    window.client.play()
    wait(app, 1.0)
    window.client.pause()
    wait(app, 0.1)

    intervals: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(10)

    def tick() -> None:
        intervals.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    probe.timeout.connect(tick)
    view_seconds = [0.0]
    show = window.network_view.set_snapshot

    def timed_show(snap) -> None:
        start = time.perf_counter()
        show(snap)
        view_seconds[0] += time.perf_counter() - start

    window.network_view.set_snapshot = timed_show
    frames = steps = 0
    elapsed = draw = view = 0.0
    budget: dict[str, float] = {}
    for _ in range(rounds):
        window.client.play()
        wait(app, 0.3)  # back at full speed
        frames0, steps0 = window.frames_drawn, total_steps(window.worker.session)
        draw0, view0 = window.frame_seconds, view_seconds[0]
        budget0 = dict(window.worker.budget)
        start = time.perf_counter()
        clock.restart()
        probe.start()
        wait(app, seconds / rounds)
        probe.stop()
        intervals.append(float("nan"))  # no interval spans two stretches
        elapsed += time.perf_counter() - start
        frames += window.frames_drawn - frames0
        steps += total_steps(window.worker.session) - steps0
        draw += window.frame_seconds - draw0
        view += view_seconds[0] - view0
        for key, value in window.worker.budget.items():
            budget[key] = budget.get(key, 0.0) + value - budget0[key]
        window.client.pause()
        wait(app, 0.1)
        headless.train(seconds / rounds / 2)
    if isinstance(headless, HeadlessProcess):
        headless.close()
    window.close()
    wait(app, 0.1)
    lat = np.array(intervals[1:])
    lat = lat[np.isfinite(lat)] if np.isfinite(lat).any() else np.array([np.nan])
    return {
        "fps": frames / elapsed,
        "latency_p50_ms": float(np.percentile(lat, 50)),
        "latency_p99_ms": float(np.percentile(lat, 99)),
        "steps_per_s_window": steps / elapsed,
        "steps_per_s_headless": headless.rate,
        "frame_draw_ms": 1000 * draw / max(frames, 1),
        "view_ms": 1000 * view / max(frames, 1),
        # The worker's time: shares of the wall clock spent training, waiting while the
        # GUI draws, and building snapshots (the rest: waking up, bookkeeping).
        "worker_share": {key: value / elapsed for key, value in budget.items()},
    }


def measure_drops(app, settings: TrainingSettings, drops: int = DROPS) -> list[float]:
    """Milliseconds from releasing a palette Neuron over the last hidden layer to the end
    of the first frame that shows it, with training at full speed; undone in between."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window = open_window(settings)
    wait(app, 0.5)
    nv, editor = window.network_view, window.network_editor
    shown: list[float] = []
    draw = window.draw_frame

    def timed_draw() -> None:
        before = len(nv.neuron_items())
        draw()
        if len(nv.neuron_items()) != before:
            shown.append(time.perf_counter())

    window.frame_clock.timeout.disconnect()
    window.frame_clock.timeout.connect(timed_draw)
    window.client.play()
    wait(app, 0.5)
    tile = editor.palette.tiles["neuron"]
    viewport = nv.view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    latencies = []
    for _ in range(drops):
        # A deep network scrolls sideways (its neurons keep one size): the layer in view.
        nv.view.ensureVisible(nv.column_rects()[-2])
        target = viewport.mapToGlobal(nv.view.mapFromScene(nv.column_rects()[-2].center()))
        QTest.mousePress(tile, left, none, tile.rect().center())
        QTest.mouseMove(tile, tile.rect().center() + QPoint(20, 20))
        QTest.mouseMove(tile, tile.mapFromGlobal(target))
        shown.clear()
        QTest.mouseRelease(tile, left, none, tile.mapFromGlobal(target))
        dropped = editor.drops.last_drop
        wait(app, 1.0)  # the real event loop, as in the app
        latencies.append(1000 * (shown[0] - dropped) if shown else float("nan"))
        window.undo_stack.undo()
        wait(app, 0.5)
    window.close()
    wait(app, 0.1)
    return latencies


def measure_gradient_cost(app, settings: TrainingSettings, seconds: float) -> float:
    """Training steps/s with the gradient panel open over steps/s with it closed, in one
    window that trains throughout and opens and closes the panel every GRADIENT_PERIOD:
    a machine busy with other work slows both alike, which separate runs cannot promise."""
    window = open_window(settings)
    session = window.worker.session
    wait(app, 0.5)
    window.client.play()
    wait(app, 0.3)
    steps = {False: 0, True: 0}
    spent = {False: 0.0, True: 0.0}
    on = False
    end = time.perf_counter() + 2 * seconds
    while time.perf_counter() < end:
        on = not on
        window.gradient_panel.set_visible(on)
        wait(app, GRADIENT_SETTLE)
        steps0, start = total_steps(session), time.perf_counter()
        wait(app, GRADIENT_PERIOD - GRADIENT_SETTLE)
        steps[on] += total_steps(session) - steps0
        spent[on] += time.perf_counter() - start
    window.close()
    wait(app, 0.1)
    return (steps[True] / spent[True]) / (steps[False] / spent[False])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=5.0, help="measuring time per network")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument(
        "--busy", action="store_true", help="with one CPU-burning process beside the app"
    )
    parser.add_argument(
        "--only",
        help="comma-separated subset of: default, largest, default/thread, largest/thread, "
        "compare4, 10x64, drops, grad (default: all)",
    )
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None

    def wanted(name: str) -> bool:
        return only is None or name in only

    global BUSY
    BUSY = args.busy
    burner = None
    if BUSY:
        burner = multiprocessing.get_context("spawn").Process(target=burn, daemon=True)
        burner.start()

    app = make_app(["gui-benchmark"])
    results = {}
    for name, settings in NETWORKS.items():
        if wanted(name):
            results[name] = measure_window(app, settings, args.seconds)
    # The same networks trained in the worker thread, beside the GUI under one GIL, as
    # before the training process: what the process gains.
    for name, settings in NETWORKS.items():
        if wanted(f"{name}/thread"):
            results[f"{name}/thread"] = measure_window(app, settings, args.seconds, process=False)
    if wanted("compare4"):
        figures = measure_window(app, NETWORKS["default"], args.seconds, COMPARE_LANES)
        figures["lanes"] = len(COMPARE_LANES)
        results["compare4"] = figures
    if wanted("10x64"):
        results["10x64"] = measure_window(app, TEN_BY_64, args.seconds)
    drops = {}
    if wanted("drops"):
        drops = {name: measure_drops(app, s) for name, s in DROP_NETWORKS.items()}
    # The panel costs a few percent, less than the run-to-run noise of a busy machine: its
    # cost is measured in one window that opens and closes it in turns (see below).
    panel_cost = {}
    for name, settings in NETWORKS.items() if wanted("grad") else ():
        results[f"{name}+grad"] = measure_window(app, settings, args.seconds, gradients=True)
        panel_cost[name] = measure_gradient_cost(app, settings, args.seconds)

    print(
        f"{'network':<12} {'fps':>6} {'p50 ms':>7} {'p99 ms':>7} {'draw ms':>8} {'view ms':>8} "
        f"{'steps/s window':>15} {'headless':>10} {'ratio':>6}"
    )
    for name, f in results.items():
        ratio = f["steps_per_s_window"] / f["steps_per_s_headless"]
        print(
            f"{name:<12} {f['fps']:6.1f} {f['latency_p50_ms']:7.1f} {f['latency_p99_ms']:7.1f} "
            f"{f['frame_draw_ms']:8.2f} {f['view_ms']:8.2f} {f['steps_per_s_window']:15,.0f} "
            f"{f['steps_per_s_headless']:10,.0f} {ratio:6.2f}"
        )
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    if burner is not None:
        burner.terminate()
        print("busy: one CPU-burning process beside the app; headless at nice", NICENESS)
        print("targets: default, largest, compare4 fps >= 55; 10x64 fps >= 40; ratio >= 0.5")
    else:
        print("targets: fps >= 55, p99 <= 30 ms, window/headless >= 0.9 (10x64 too)")
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for name, ms in drops.items():
        print(
            f"drop to frame, {name}: median {np.nanmedian(ms):.0f} ms, max {np.nanmax(ms):.0f} ms "
            f"over {len(ms)} drops (target <= 100 ms)"
        )
    if panel_cost:
        costs = ", ".join(f"{name} {ratio:.2f}" for name, ratio in panel_cost.items())
        print(f"gradient panel open, training speed with/without it: {costs} (target >= 0.90)")
    if args.json:
        figures = {
            "networks": results,
            "gradient_panel_speed": panel_cost,
            "drop_ms": drops,
            "busy": BUSY,
            "load_average": list(load),
        }
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
