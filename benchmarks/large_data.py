"""The real window, offscreen, on 100,000 points with a 10 × 64 network.

Prints, over EDITS edits while paused (a neuron added or removed, as the + and − buttons do):
- "edit → frame": from the edit sent to the end of the first frame that draws the new
  network (its figures then come from an even sample and read "≈"; target ≤ 150 ms);
- "edit → exact": from the edit to the first frame with the exact figures again
  (computed a chunk at a time between commands: playground/core/paused_figures.py);
- the GUI thread's event latency meanwhile: the longest interval of a 10 ms timer
  (10 ms is perfect), from the edit to the exact figures.

Then, ROUNDS times in turn (target in brackets):
- regenerate (the data panel's button) and import a CSV of as many points: the GUI
  thread's longest stall, the longest interval of the 10 ms timer from the click until
  SETTLE seconds after the first frame with the new data (≤ 50 ms);
- play → training: from play to the end of the first frame that shows training (more
  steps: ≤ 300 ms), and to the first of a later epoch (an epoch of 50,000 training points
  in batches of 10 is 5,000 steps: seconds);
- File › Open of a saved project with these points: from the call to the end of the first
  frame that shows its data (≤ 1.5 s), and to its points' picture on show.

    python benchmarks/large_data.py [--points 100000] [--rounds 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="nn-playground-benchmark-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_home, _var.lower())
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402

from playground.app.main_window import MainWindow  # noqa: E402
from playground.app.qt_app import make_app  # noqa: E402
from playground.core import csv_io  # noqa: E402
from playground.core.session import Session  # noqa: E402
from playground.core.settings import TrainingSettings  # noqa: E402

EDITS = 8
ROUNDS = 3
SETTLE = 1.0  # seconds after the new data's first frame in which stalls are counted


def run_until(condition, seconds: float = 60.0) -> None:
    """Run the real event loop until ``condition()`` (checked every 1 ms)."""
    end = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window never got there")
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()


class Gaps:
    """A 10 ms timer on the GUI thread: its longest interval since ``clear`` is the GUI
    thread's longest stall (10 ms is perfect)."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def clear(self) -> None:
        """Start counting now (an act that holds the GUI thread from here counts)."""
        self.ticks[:] = [time.perf_counter()]

    def longest(self) -> float:
        return 1000 * max(b - a for a, b in zip(self.ticks, self.ticks[1:]))


def pictures_pending(window: MainWindow) -> bool:
    """Whether the output view still builds its points' picture (False before there was one)."""
    pending = getattr(window.output_view, "points_pending", None)
    return bool(pending and pending())


def measure_edits(window: MainWindow, drawn: list, gaps: Gaps) -> dict:
    to_frame, to_exact, longest = [], [], []
    for k in range(EDITS):
        add = k % 2 == 1  # the network starts full (64 a layer): remove, add back, ...
        size = 63 if add else 64  # the last layer's size before the edit

        def edit(s: Session, add: bool = add) -> None:
            if add:
                s.add_neuron(9)
            else:
                s.remove_neuron(9)

        start = time.perf_counter()
        drawn.clear()
        gaps.clear()
        window.client.submit(edit, republish=True)
        run_until(lambda size=size: any(s.layer_sizes[10] != size for _, s in drawn))
        shown = next(t for t, s in drawn if s.layer_sizes[10] != size)
        run_until(
            lambda shown=shown: "sampled" not in drawn[-1][1].metrics and drawn[-1][0] >= shown
        )
        exact = drawn[-1][0]
        to_frame.append(1000 * (shown - start))
        to_exact.append(1000 * (exact - start))
        longest.append(gaps.longest())
    return {
        "edit_to_frame_ms": {"median": statistics.median(to_frame), "max": max(to_frame)},
        "edit_to_exact_ms": {"median": statistics.median(to_exact), "max": max(to_exact)},
        "gui_timer_gap_ms": {"median": statistics.median(longest), "max": max(longest)},
    }


def new_data(window: MainWindow, drawn: list, gaps: Gaps, act) -> tuple[float, float]:
    """Do ``act()``; (ms to the first frame of other data, the longest stall from the act
    until SETTLE s after that frame and the points' picture on show)."""
    version = window.snapshot.data.version
    drawn.clear()
    gaps.clear()
    start = time.perf_counter()
    act()
    run_until(lambda: any(s.data.version != version for _, s in drawn))
    shown = next(t for t, s in drawn if s.data.version != version)
    run_until(lambda: time.perf_counter() > shown + SETTLE and not pictures_pending(window))
    return 1000 * (shown - start), gaps.longest()


def measure_play(window: MainWindow, drawn: list) -> tuple[float, float]:
    """ms from play to the end of the first frame that shows training (more steps), and
    to the first of a later epoch; paused again after."""
    epoch, steps = window.snapshot.epoch, window.snapshot.steps
    drawn.clear()
    start = time.perf_counter()
    window.client.play()
    run_until(lambda: any(s.epoch > epoch for _, s in drawn))
    training = next(t for t, s in drawn if s.steps > steps)
    later = next(t for t, s in drawn if s.epoch > epoch)
    window.client.pause()
    run_until(lambda: drawn and not drawn[-1][1].running)
    return 1000 * (training - start), 1000 * (later - start)


def measure_open(window: MainWindow, drawn: list, path: Path) -> tuple[float, float]:
    """ms from File › Open to the end of the first frame of its data, and to its points'
    picture on show."""
    version = window.snapshot.data.version
    drawn.clear()
    start = time.perf_counter()
    window.file_actions.open_path(path)
    run_until(lambda: any(s.data.version != version for _, s in drawn))
    shown = next(t for t, s in drawn if s.data.version != version)
    run_until(lambda: not pictures_pending(window))
    return 1000 * (shown - start), 1000 * (time.perf_counter() - start)


def spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "max": max(values), "runs": values}


def measure(points: int, rounds: int) -> dict:
    make_app()
    QSettings().clear()
    window = MainWindow(Session(TrainingSettings(points=points, hidden=(64,) * 10)))
    window.resize(1400, 860)
    window.show()
    drawn: list[tuple[float, object]] = []  # (time a frame ended, its snapshot)
    window.frame_hooks.append(lambda snap: drawn.append((time.perf_counter(), snap)))
    run_until(lambda: drawn and "sampled" not in drawn[-1][1].metrics)
    gaps = Gaps()
    result = {"points": points, "network": "10x64", "load_before": os.getloadavg()[0]}
    result.update(measure_edits(window, drawn, gaps))

    folder = Path(tempfile.mkdtemp(prefix="nn-playground-large-"))
    snap = window.snapshot
    X = np.vstack([snap.data.X_train, snap.data.X_test])
    y = np.concatenate([snap.data.y_train, snap.data.y_test])
    csv = folder / "points.csv"
    csv_io.write_csv(csv, X[::-1] * 0.9, y[::-1], snap.data.task)  # other points: new data
    project = folder / "large.nnplay"
    window.file_actions.save_to(project)
    regen, regen_frame, imports, import_frame = [], [], [], []
    play, play_epoch, opened, opened_picture = [], [], [], []
    for _ in range(rounds):
        frame, stall = new_data(window, drawn, gaps, window.data_panel.regenerate)
        regen.append(stall)
        regen_frame.append(frame)
        frame, stall = new_data(
            window, drawn, gaps, lambda: window.data_controller.import_csv(csv, fit=True)
        )
        imports.append(stall)
        import_frame.append(frame)
        training, later = measure_play(window, drawn)
        play.append(training)
        play_epoch.append(later)
        frame, picture = measure_open(window, drawn, project)
        opened.append(frame)
        opened_picture.append(picture)
    window.client.call(lambda s: None)
    window.shutdown()
    result.update(
        {
            "regenerate_stall_ms": spread(regen),
            "regenerate_to_frame_ms": spread(regen_frame),
            "import_stall_ms": spread(imports),
            "import_to_frame_ms": spread(import_frame),
            "play_to_frame_ms": spread(play),
            "play_to_epoch_ms": spread(play_epoch),
            "open_to_frame_ms": spread(opened),
            "open_to_picture_ms": spread(opened_picture),
            "load_average": os.getloadavg()[0],
        }
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    result = measure(args.points, args.rounds)
    print(
        f"{result['points']:,} points, 10 x 64, paused: edit → frame "
        f"{result['edit_to_frame_ms']['median']:.0f} ms (max {result['edit_to_frame_ms']['max']:.0f}),"
        f" edit → exact {result['edit_to_exact_ms']['median']:.0f} ms "
        f"(max {result['edit_to_exact_ms']['max']:.0f}); meanwhile the GUI's 10 ms timer's "
        f"longest gap {result['gui_timer_gap_ms']['median']:.0f} ms (max "
        f"{result['gui_timer_gap_ms']['max']:.0f}); load {result['load_before']:.1f}"
    )
    for key, what in (
        ("regenerate_stall_ms", "regenerate: longest GUI stall"),
        ("import_stall_ms", "import CSV: longest GUI stall"),
        ("regenerate_to_frame_ms", "regenerate → frame"),
        ("import_to_frame_ms", "import → frame"),
        ("play_to_frame_ms", "play → a frame of training"),
        ("play_to_epoch_ms", "play → a frame of the next epoch"),
        ("open_to_frame_ms", "File › Open → first frame"),
        ("open_to_picture_ms", "File › Open → points on show"),
    ):
        runs = ", ".join(f"{v:.0f}" for v in result[key]["runs"])
        print(f"{what}: median {result[key]['median']:.0f} ms (runs {runs})")
    print(f"load {result['load_average']:.1f}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    os._exit(0)  # PySide's teardown of a live window at exit can crash: nothing left to do


if __name__ == "__main__":
    main()
