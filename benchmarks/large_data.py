"""The real window, offscreen, on 100,000 points with a 10 × 64 network, paused.

Prints, over EDITS edits (a neuron added or removed, as the + and − buttons do):
- "edit → frame": from the edit sent to the end of the first frame that draws the new
  network (its figures then come from an even sample and read "≈"; target ≤ 150 ms);
- "edit → exact": from the edit to the first frame with the exact figures again
  (computed a chunk at a time between commands: playground/core/paused_figures.py);
- the GUI thread's event latency meanwhile: the longest interval of a 10 ms timer
  (10 ms is perfect), from the edit to the exact figures.

    python benchmarks/large_data.py [--points 100000] [--json FILE]
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

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402

from playground.app.main_window import MainWindow  # noqa: E402
from playground.app.qt_app import make_app  # noqa: E402
from playground.core.session import Session  # noqa: E402
from playground.core.settings import TrainingSettings  # noqa: E402

EDITS = 8


def run_until(condition, seconds: float = 60.0) -> None:
    """Run the real event loop until ``condition()`` (checked every 1 ms)."""
    end = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window never got there")
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def measure(points: int) -> dict:
    make_app()
    QSettings().clear()
    window = MainWindow(Session(TrainingSettings(points=points, hidden=(64,) * 10)))
    window.resize(1400, 860)
    window.show()
    drawn: list[tuple[float, object]] = []  # (time a frame ended, its snapshot)
    window.frame_hooks.append(lambda snap: drawn.append((time.perf_counter(), snap)))
    run_until(lambda: drawn and "sampled" not in drawn[-1][1].metrics)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    to_frame, to_exact, gaps = [], [], []
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
        ticks.clear()
        window.client.submit(edit, republish=True)
        run_until(lambda size=size: any(s.layer_sizes[10] != size for _, s in drawn))
        shown = next(t for t, s in drawn if s.layer_sizes[10] != size)
        run_until(
            lambda shown=shown: "sampled" not in drawn[-1][1].metrics and drawn[-1][0] >= shown
        )
        exact = drawn[-1][0]
        to_frame.append(1000 * (shown - start))
        to_exact.append(1000 * (exact - start))
        gaps.append(1000 * max(b - a for a, b in zip(ticks, ticks[1:])))
    window.client.call(lambda s: None)
    window.shutdown()
    return {
        "points": points,
        "network": "10x64",
        "edit_to_frame_ms": {"median": statistics.median(to_frame), "max": max(to_frame)},
        "edit_to_exact_ms": {"median": statistics.median(to_exact), "max": max(to_exact)},
        "gui_timer_gap_ms": {"median": statistics.median(gaps), "max": max(gaps)},
        "load_average": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    result = measure(args.points)
    print(
        f"{result['points']:,} points, 10 x 64, paused: edit → frame "
        f"{result['edit_to_frame_ms']['median']:.0f} ms (max {result['edit_to_frame_ms']['max']:.0f}),"
        f" edit → exact {result['edit_to_exact_ms']['median']:.0f} ms "
        f"(max {result['edit_to_exact_ms']['max']:.0f}); meanwhile the GUI's 10 ms timer's "
        f"longest gap {result['gui_timer_gap_ms']['median']:.0f} ms (max "
        f"{result['gui_timer_gap_ms']['max']:.0f}); load {result['load_average']:.1f}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    os._exit(0)  # PySide's teardown of a live window at exit can crash: nothing left to do


if __name__ == "__main__":
    main()
