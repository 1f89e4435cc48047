"""How long the app takes to show its window: the frozen app against ``python -m playground``.

Each run starts the app as a user would, in a fresh process with fresh settings, with
``NN_PLAYGROUND_STARTUP_PROBE=1`` in its environment: the app then prints a line when its
window is first painted and when it first draws a frame of the network (every neuron's
picture, the boundary, the chart), and closes. The times are taken here, from just before
the process is started to the moment each line arrives, so they include the interpreter's
start (or the frozen app's loader unpacking nothing: it is a one-folder app) and every
import. "in-app" is the part the app measures itself, from its first line of code.

It also reports the size of the app folder (the target is below 250 MB).

    python benchmarks/startup.py [--app dist/nn-playground] [--build] [--runs 5] [--json FILE]

Without ``--app`` it measures ``dist/nn-playground`` if it has been built
(``python packaging/build.py``); ``--build`` builds a fresh one in a temporary folder first
and reports the build time too. Both variants run interleaved, after one unrecorded
warm-up run each (so both find their files in the system's cache); the table shows the
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
TIMEOUT = 120.0


def load_build_script():
    spec = importlib.util.spec_from_file_location(
        "nn_playground_build", ROOT / "packaging" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure_once(command: list[str], platform: str, home: Path) -> dict:
    """Start ``command`` once; seconds from the start to each probe line, and to its exit."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    env[PROBE] = "1"
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
    args = parser.parse_args(argv)
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

    variants = {"source": [sys.executable, "-m", "playground"]}
    if folder is not None:
        executable = build.cli_executable(folder)
        if not executable.exists():
            raise SystemExit(f"no app in {folder}: {executable} is missing")
        variants["frozen"] = [str(executable)]
        report["folder"] = folder_report(build, folder)

    results: dict[str, list[dict]] = {name: [] for name in variants}
    try:
        for round_ in range(args.runs + 1):  # round 0 warms the file cache, unrecorded
            for name, command in variants.items():
                home = Path(tempfile.mkdtemp(dir=scratch_dir, prefix=f"{name}-home-"))
                figures = measure_once(command, args.platform, home)
                if round_:
                    results[name].append(figures)
    finally:
        scratch.cleanup()
    for name, runs in results.items():
        report[name] = summary(runs)

    print_table(report)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json}")
    return 0


def print_table(report: dict) -> None:
    labels = {"source": "python -m playground", "frozen": "frozen app"}
    print(
        f"\nStart to first window, Qt platform '{report['platform']}', {report['runs']} runs "
        "(median / best, seconds)"
    )
    header = (
        f"{'':22s} {'first paint':>15s} {'first frame':>15s} {'in-app part':>15s} {'closed':>15s}"
    )
    print(header)
    print("-" * len(header))
    for name in ("source", "frozen"):
        if name not in report:
            continue
        r = report[name]
        cells = [r["first-paint"], r["first-frame"], r["first-paint in-app"], r["exit"]]
        print(
            f"{labels[name]:22s} "
            + " ".join(f"{c['median']:7.2f} / {c['best']:5.2f}" for c in cells)
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
