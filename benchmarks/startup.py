"""How long the app takes to show its window, against a bare PySide6 + pyqtgraph window.

Each run starts the app as a user would, in a fresh process with fresh settings, with
``NN_PLAYGROUND_STARTUP_PROBE=1`` in its environment: the app then prints a line when its
window is first painted and when it first draws a frame of the network (every neuron's
picture, the boundary, the chart), and closes. The times are taken here, from just before
the process is started to the moment each line arrives, so they include the interpreter's
start (or the frozen app's loader unpacking nothing: it is a one-folder app) and every
import. "in-app" is the part the app measures itself, from its first line of code.

The floor is a bare window started the same way (``--floor-child``: this file imports
PySide6 and pyqtgraph, shows a QMainWindow holding one PlotWidget with a curve, and reports
its first paint). It runs interleaved with the app, so that the machine's load falls on
both; the table gives the app's first frame over the floor's, round by round (target at
most 1.5), and the load average before and after.

It also reports the size of the app folder (the target is below 250 MB).

    python benchmarks/startup.py [--app dist/nn-playground] [--build] [--runs 5] [--json FILE]

Without ``--app`` it measures ``dist/nn-playground`` too if it has been built
(``python packaging/build.py``); ``--build`` builds a fresh one in a temporary folder first
and reports the build time too. The variants run interleaved, after one unrecorded
warm-up run each (so each finds its files in the system's cache, and its modules compiled:
the compiled files go to a scratch folder, as an installed app has them); the table shows the
median and the best run. Qt runs offscreen unless ``--platform`` says otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = "NN_PLAYGROUND_STARTUP_PROBE"
PREFIX = "nn-playground-startup"
EVENTS = ("first-paint", "first-frame")
TARGET_MB = 250
TARGET_RATIO = 1.5  # the app's first frame over the bare window's
TIMEOUT = 120.0
FLOOR_SIZE = (1400, 860)  # the app's first-start size (views/screen_fit.DEFAULT_SIZE)
STARTED = time.perf_counter()  # the floor's in-app time counts from here


def load_build_script():
    spec = importlib.util.spec_from_file_location(
        "nn_playground_build", ROOT / "packaging" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def floor_child() -> int:
    """The floor: a bare PySide6 + pyqtgraph window (one plot with a curve, the app's
    first-start size or the screen's), which prints the probe's two lines at its first
    paint and closes."""
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([0.0, 1.0, 2.0], [0.0, 1.0, 0.0])
    window.setCentralWidget(plot)
    room = app.primaryScreen().availableGeometry()
    window.resize(min(FLOOR_SIZE[0], room.width()), min(FLOOR_SIZE[1], room.height()))

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and obj.isWidgetType():
                app.removeEventFilter(self)
                QTimer.singleShot(0, report)  # once the whole first paint pass is done
            return False

    def report() -> None:
        seconds = time.perf_counter() - STARTED
        for event in EVENTS:
            print(f"{PREFIX} {event} {seconds:.4f}", flush=True)
        window.close()

    watch = PaintWatch()
    app.installEventFilter(watch)
    window.show()
    return app.exec()


def load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # not on every system
        return None


def measure_once(command: list[str], platform: str, home: Path, pycache: Path) -> dict:
    """Start ``command`` once; seconds from the start to each probe line, and to its exit."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    env[PROBE] = "1"
    # Compiled modules kept between runs, as an installed app has them (pip and the frozen
    # app compile them once): without, every run compiles the app's 200 modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["NN_PLAYGROUND_DATA_DIR"] = str(home / "data")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    result: dict = {}
    try:
        for line in process.stdout:
            arrived = time.perf_counter() - started
            parts = line.split()
            if len(parts) == 3 and parts[0] == PREFIX and parts[1] in EVENTS:
                result[parts[1]] = arrived
                result[f"{parts[1]} in-app"] = float(parts[2])
        code = process.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        raise RuntimeError(f"{command[0]} did not close within {TIMEOUT:g} s") from None
    result["exit"] = time.perf_counter() - started
    missing = [e for e in EVENTS if e not in result]
    if code != 0 or missing:
        raise RuntimeError(f"{' '.join(command)} exited with {code}; no line for {missing}")
    return result


def summary(runs: list[dict]) -> dict:
    keys = runs[0].keys()
    return {
        key: {
            "median": round(statistics.median(r[key] for r in runs), 4),
            "best": round(min(r[key] for r in runs), 4),
            "runs": [round(r[key], 4) for r in runs],
        }
        for key in keys
    }


def folder_report(build, folder: Path) -> dict:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    parts: dict[str, int] = {}
    internal = folder / "_internal"
    for path in files:
        try:
            top = path.relative_to(internal).parts[0]
        except ValueError:
            top = path.name
        parts[top] = parts.get(top, 0) + path.stat().st_size
    largest = sorted(parts.items(), key=lambda kv: -kv[1])[:6]
    return {
        "path": str(folder),
        "bytes": build.folder_size(folder),
        "files": len(files),
        "largest": {name: size for name, size in largest},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--app", type=Path, help="the built app folder (default dist/nn-playground, if built)"
    )
    parser.add_argument(
        "--build", action="store_true", help="build the app first, into a temporary folder"
    )
    parser.add_argument("--runs", type=int, default=5, help="measured runs per variant (5)")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--floor-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor_child:
        return floor_child()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    build = load_build_script()
    report: dict = {"platform": args.platform, "runs": args.runs, "python": sys.version.split()[0]}
    scratch = tempfile.TemporaryDirectory(prefix="nn-playground-startup-")
    scratch_dir = Path(scratch.name)
    folder = args.app
    if args.build:
        print("Building the app (a few minutes at most)...", flush=True)
        dist = scratch_dir / "dist"
        report["build_seconds"] = round(build.build(dist, scratch_dir / "work"), 1)
        folder = build.app_folder(dist)
    elif folder is None and build.app_folder(ROOT / "dist").is_dir():
        folder = build.app_folder(ROOT / "dist")
    if folder is not None and folder.is_file():
        folder = folder.parent

    variants = {
        "floor": [sys.executable, str(Path(__file__).resolve()), "--floor-child"],
        "source": [sys.executable, "-m", "playground"],
    }
    if folder is not None:
        executable = build.cli_executable(folder)
        if not executable.exists():
            raise SystemExit(f"no app in {folder}: {executable} is missing")
        variants["frozen"] = [str(executable)]
        report["folder"] = folder_report(build, folder)

    results: dict[str, list[dict]] = {name: [] for name in variants}
    report["load_before"] = load_average()
    try:
        for round_ in range(args.runs + 1):  # round 0 warms the file cache, unrecorded
            for name, command in variants.items():
                home = Path(tempfile.mkdtemp(dir=scratch_dir, prefix=f"{name}-home-"))
                figures = measure_once(command, args.platform, home, scratch_dir / "pycache")
                if round_:
                    results[name].append(figures)
    finally:
        scratch.cleanup()
    report["load_after"] = load_average()
    for name, runs in results.items():
        report[name] = summary(runs)
    # Round by round, so that each ratio compares runs under the same load.
    for name in ("source", "frozen"):
        if name in results:
            ratios = [
                app["first-frame"] / floor["first-frame"]
                for app, floor in zip(results[name], results["floor"])
            ]
            report[f"{name}_ratio"] = {
                "median": round(statistics.median(ratios), 3),
                "best": round(min(ratios), 3),
                "runs": [round(r, 3) for r in ratios],
            }

    print_table(report)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json}")
    return 0


def print_table(report: dict) -> None:
    labels = {
        "floor": "bare window (floor)",
        "source": "python -m playground",
        "frozen": "frozen app",
    }
    print(
        f"\nStart to first window, Qt platform '{report['platform']}', {report['runs']} runs "
        f"(median / best, seconds); load average {report['load_before']} before, "
        f"{report['load_after']} after"
    )
    header = (
        f"{'':22s} {'first paint':>15s} {'first frame':>15s} {'in-app part':>15s} {'closed':>15s}"
    )
    print(header)
    print("-" * len(header))
    for name in ("floor", "source", "frozen"):
        if name not in report:
            continue
        r = report[name]
        cells = [r["first-paint"], r["first-frame"], r["first-paint in-app"], r["exit"]]
        print(
            f"{labels[name]:22s} "
            + " ".join(f"{c['median']:7.2f} / {c['best']:5.2f}" for c in cells)
        )
    for name in ("source", "frozen"):
        if f"{name}_ratio" in report:
            ratio = report[f"{name}_ratio"]
            verdict = "within" if ratio["median"] <= TARGET_RATIO else "ABOVE"
            print(
                f"{labels[name]}: first frame / floor's, round by round: median "
                f"{ratio['median']:.2f}, best {ratio['best']:.2f} ({verdict} the "
                f"{TARGET_RATIO}x target)"
            )
    if "frozen" not in report:
        print("frozen app: not built (python packaging/build.py, or run this with --build)")
    folder = report.get("folder")
    if folder:
        mb = folder["bytes"] / 1e6
        verdict = "below" if mb < TARGET_MB else "ABOVE"
        print(
            f"\nApp folder {folder['path']}: {mb:.0f} MB in {folder['files']:,} files "
            f"({verdict} the {TARGET_MB} MB target)"
        )
        print(
            "  largest parts: "
            + ", ".join(f"{k} {v / 1e6:.0f} MB" for k, v in folder["largest"].items())
        )
    if "build_seconds" in report:
        print(f"Build time: {report['build_seconds']:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
