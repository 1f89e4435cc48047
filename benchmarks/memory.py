"""Resident memory of the window and of its training process while the largest network
trains on 100,000 points at the fastest speed.

It opens the real main window offscreen (1400 × 860) on benchmarks/gui.py's "largest"
network (7 input features, six hidden layers of 8) with ``--points`` points, presses play
at the fastest speed (the training runs in the child process, as in the app) and lets it
train for ``--seconds``, then reads each process's peak resident set (``VmHWM`` in
/proc/PID/status: the high-water mark since the process began, so the benchmark's own
imports count for the window, as the app's would) and where the resident memory lies
(/proc/PID/smaps_rollup: anonymous memory against mapped files, such as shared
libraries). Targets: at most 200 MB for the window, 60 MB for the training process.

    python benchmarks/memory.py [--points 100000] [--seconds 20] [--json FILE]
    python benchmarks/memory.py --detail     # also: the window's largest Python
                                             # allocations (tracemalloc) and the child's
                                             # biggest mapped libraries

Linux only (it reads /proc). The load average is printed with the figures.
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

ROOT = Path(__file__).resolve().parent.parent

TARGETS_MB = {"window": 200, "training process": 60}
TRAIN_PROCESS_NAME = "nn-playground-training"  # playground/compute/train_process.py


def status_kb(pid: int | str, field: str) -> int:
    """A ``kB`` field of /proc/PID/status (VmHWM: peak resident, VmRSS: resident now)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def rollup_kb(pid: int | str) -> dict[str, int]:
    """/proc/PID/smaps_rollup's kB fields: Rss, Pss, Anonymous, Shared_Clean, ..."""
    figures = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            figures[parts[0].rstrip(":")] = int(parts[1])
    return figures


def mapped_files(pid: int | str, top: int = 12) -> list[tuple[str, int]]:
    """The files mapped into process ``pid`` with the most resident kB (shared libraries,
    Python's own), from /proc/PID/smaps."""
    sizes: dict[str, int] = {}
    name = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if parts and "-" in parts[0] and len(parts) >= 5 and ":" in parts[3]:
            name = parts[5] if len(parts) > 5 else "[anonymous]"
        elif parts and parts[0] == "Rss:":
            sizes[name] = sizes.get(name, 0) + int(parts[1])
    ranked = sorted(sizes.items(), key=lambda kv: -kv[1])
    return [(os.path.basename(n) or n, kb) for n, kb in ranked[:top]]


def training_child() -> multiprocessing.Process | None:
    for child in multiprocessing.active_children():
        if child.name == TRAIN_PROCESS_NAME:
            return child
    return None


def process_figures(pid: int | str) -> dict:
    rollup = rollup_kb(pid)
    return {
        "peak_mb": round(status_kb(pid, "VmHWM") / 1024, 1),
        "rss_mb": round(status_kb(pid, "VmRSS") / 1024, 1),
        "anonymous_mb": round(rollup.get("Anonymous", 0) / 1024, 1),
        "file_mb": round((rollup.get("Rss", 0) - rollup.get("Anonymous", 0)) / 1024, 1),
        "pss_mb": round(rollup.get("Pss", 0) / 1024, 1),
    }


def fresh_home() -> None:
    """Settings and autosaves in a throwaway folder; Qt offscreen unless told otherwise.
    (In main, not at import: the spawned training process imports this file again.)"""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="nn-playground-benchmark-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    os.environ.setdefault("NN_PLAYGROUND_DATA_DIR", os.path.join(home, "data"))
    sys.path.insert(0, str(ROOT))


def measure(points: int, seconds: float, detail: bool) -> dict:
    if detail:
        import tracemalloc

        tracemalloc.start(8)

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from benchmarks.gui import NETWORKS
    from playground.app.main_window import MainWindow
    from playground.app.qt_app import make_app
    from playground.core.session import Session

    def wait(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    app = make_app()
    QSettings().clear()
    settings = NETWORKS["largest"]
    settings = type(settings)(**{**settings.__dict__, "points": points})
    window = MainWindow(Session(settings))
    window.resize(1400, 860)
    window.show()
    wait(3.0)  # the first frame, and the training process started (and ready) after it
    child = training_child()
    idle = process_figures(child.pid) if child is not None and child.pid else None
    window.client.play()
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        wait(0.5)
        child = child or training_child()
    snap = window.snapshot
    report: dict = {
        "points": points,
        "seconds": seconds,
        "steps": snap.steps if snap is not None else 0,
        "epoch": snap.epoch if snap is not None else 0,
        "window": process_figures("self"),
    }
    if child is not None and child.pid is not None:
        report["training process"] = process_figures(child.pid)
        report["training process"]["idle_mb"] = idle["rss_mb"] if idle else None
        if detail:
            report["training process"]["largest_mappings_kb"] = mapped_files(child.pid)
    else:
        report["training process"] = None
    if detail:
        import tracemalloc

        stats = tracemalloc.take_snapshot().statistics("filename")
        report["window"]["python_allocations_kb"] = [
            (str(s.traceback[0].filename).split("site-packages/")[-1], round(s.size / 1024))
            for s in stats[:12]
        ]
        report["window"]["largest_mappings_kb"] = mapped_files("self")
    window.client.pause()
    window.close()
    app.processEvents()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=100_000, help="data points (100,000)")
    parser.add_argument("--seconds", type=float, default=20.0, help="training time (20 s)")
    parser.add_argument("--detail", action="store_true", help="where the memory goes")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if not Path("/proc/self/smaps_rollup").exists():
        raise SystemExit("memory.py reads /proc/PID/smaps_rollup: Linux only")
    fresh_home()
    load_before = round(os.getloadavg()[0], 2)
    report = measure(args.points, args.seconds, args.detail)
    report["load_before"] = load_before
    report["load_after"] = round(os.getloadavg()[0], 2)
    print(
        f"\nThe largest network (gui.py), {report['points']:,} points, trained "
        f"{report['seconds']:g} s at the fastest speed: {report['steps']:,} steps, epoch "
        f"{report['epoch']:,}; load average {report['load_before']} before, "
        f"{report['load_after']} after"
    )
    header = f"{'':18s} {'peak MB':>8s} {'now MB':>8s} {'anon MB':>8s} {'files MB':>9s} target"
    print(header)
    print("-" * len(header))
    for name, target in TARGETS_MB.items():
        figures = report[name]
        if figures is None:
            print(f"{name:18s} (not found: did training start in its process?)")
            continue
        verdict = "met" if figures["peak_mb"] <= target else "ABOVE"
        print(
            f"{name:18s} {figures['peak_mb']:8.1f} {figures['rss_mb']:8.1f} "
            f"{figures['anonymous_mb']:8.1f} {figures['file_mb']:9.1f} "
            f"≤ {target} MB: {verdict}"
        )
        if figures.get("idle_mb"):
            print(f"  resident before play was pressed: {figures['idle_mb']:.1f} MB")
        for key in ("python_allocations_kb", "largest_mappings_kb"):
            if key in figures:
                print(f"  {key.replace('_kb', '').replace('_', ' ')} (kB):")
                for what, kb in figures[key]:
                    print(f"    {kb:8,d}  {what}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
