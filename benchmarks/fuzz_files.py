"""The long fuzzing run: thousands of damaged project and CSV files through the open path.

    python benchmarks/fuzz_files.py --count 10000            # about 10 minutes
    python benchmarks/fuzz_files.py --count 500 --big --render   # plus the large cases
                                                                 # and markup timings

Each project file is a seeded mutation of a bundled lesson or of a project the app writes
(tests/fuzzing.py: truncation, type swaps, huge and deep values, hostile markup, bad
encodings and numbers), written to disk and opened with ``load_project`` (what the window
and the CLI use); each CSV is made by tests/fuzzing.csv_text and imported as the window
does. A file counts as

* refused clearly: a one-line message of at most 400 characters quoting at most 80;
* accepted: it opened, fits the window's widgets, saved and reopened the same;
* failed check: refused or accepted, but a check above did not hold;
* traceback: any other exception; hang: over --timeout seconds.

Peak memory is the resident set's high-water mark above the level before the file
(Linux: /proc/self/clear_refs resets it), against the bound of 5 × the file's size +
150 MB. ``--big`` adds the issue's large files (64 MB of ``[{"":[]}, …]``, a 20 MB
string, a project of 100,000 points, /dev/zero); ``--render`` times the lesson view on
the issue's markup and on the largest markup the limits allow (offscreen Qt). Figures
are reported, never asserted; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 2**20
BOUND_EXTRA = 150 * MB


class Hang(Exception):
    pass


def _alarm(_signum, _frame) -> None:
    raise Hang


def rss_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def measured(fn, arg, timeout: float) -> tuple[str, float, int, str]:
    """(outcome, seconds, peak bytes above the start, detail) of ``fn(arg)``."""
    from playground.core.csv_io import CsvError
    from playground.core.project import ProjectError

    reset_peak()
    before = rss_kb("VmRSS")
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.perf_counter()
    detail = ""
    try:
        outcome = fn(arg)
    except Hang:
        outcome = "hang"
    except AssertionError as exc:
        outcome, detail = "failed check", str(exc)[:300]
    except (ProjectError, CsvError) as exc:  # refused, but not as the checks demand
        outcome, detail = "failed check", str(exc)[:300]
    except Exception:  # noqa: BLE001 (counted and shown: that is what this run is for)
        outcome, detail = "traceback", traceback.format_exc(limit=6)[-1500:]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    seconds = time.perf_counter() - started
    peak = max(0, rss_kb("VmHWM") - before) * 1024
    return outcome, seconds, peak, detail


def run(kind: str, count: int, seed: int, timeout: float, folder: Path) -> dict:
    from tests import fuzzing

    rng = random.Random(seed)
    seeds = fuzzing.seeds() if kind == "projects" else []
    outcomes: Counter = Counter()
    details: list[str] = []
    worst = {"seconds": 0.0, "peak": 0, "over_bound": 0, "largest_file": 0}
    started = time.perf_counter()
    for i in range(count):
        if kind == "projects":
            raw = fuzzing.mutate(rng, seeds[i % len(seeds)])
            path = folder / f"f{i % 8}.nnplay"
            path.write_bytes(raw)
            outcome, seconds, peak, detail = measured(fuzzing.check_project, path, timeout)
        else:
            raw = fuzzing.csv_text(rng)
            outcome, seconds, peak, detail = measured(fuzzing.check_csv, raw, timeout)
        outcomes[outcome] += 1
        if detail and len(details) < 8:
            details.append(f"#{i}: {detail}")
        worst["seconds"] = max(worst["seconds"], seconds)
        worst["peak"] = max(worst["peak"], peak)
        worst["largest_file"] = max(worst["largest_file"], len(raw))
        worst["over_bound"] += peak > 5 * len(raw) + BOUND_EXTRA
    return {
        "kind": kind,
        "tried": count,
        "refused clearly": outcomes["refused"],
        "accepted": outcomes["accepted"],
        "failed checks": outcomes["failed check"],
        "tracebacks": outcomes["traceback"],
        "hangs": outcomes["hang"],
        "slowest file s": round(worst["seconds"], 3),
        "peak memory MB": round(worst["peak"] / MB, 1),
        "files over the memory bound": worst["over_bound"],
        "largest file MB": round(worst["largest_file"] / MB, 2),
        "total s": round(time.perf_counter() - started, 1),
        "details": details,
    }


def big_cases(folder: Path, timeout: float) -> list[dict]:
    """The issue's large files, opened as the window opens them."""
    import numpy as np

    from playground.core.project import dumps_project
    from playground.core.project import project_from_session as from_session
    from playground.core.session import Session
    from playground.core.settings import TrainingSettings

    def write(name: str, text: str) -> Path:
        path = folder / name
        path.write_text(text)
        return path

    rng = np.random.default_rng(0)
    big = Session(TrainingSettings(data_source="painted", hidden=(64,) * 10))
    big.import_points(
        "classification", rng.uniform(-6, 6, (100_000, 2)), rng.integers(0, 2, 100_000)
    )
    cases = {
        '64 MB of [{"":[]}, …]': write(
            "hostile.nnplay", "[" + ",".join(['{"":[]}'] * ((64 * MB - 2) // 8)) + "]"
        ),
        "20 MB string in settings.optimizer": write(
            "string.nnplay",
            '{"format":"nn-playground-project","version":1,"settings":{"optimizer":"'
            + "x" * 20_000_000
            + '"}}',
        ),
        "100,000 points, 10 layers of 64": write("points.nnplay", dumps_project(from_session(big))),
        # The most a file within the limits makes json build: 4 million numbers.
        "4,000,000 whole numbers": write(
            "numbers.nnplay", "[" + ",".join(["1000000000000"] * 4_000_000) + "]"
        ),
        "4,000,000 floats": write(
            "floats.nnplay", "[" + ",".join(["0.123456789"] * 4_000_000) + "]"
        ),
        "500,000 strings": write("strings.nnplay", json.dumps(["x" * 100] * 500_000)),
        "/dev/zero": Path("/dev/zero"),
    }
    rows = []
    for name, path in cases.items():
        # In a fresh process each, so that memory left over from the others does not hide
        # what this file takes.
        done = subprocess.run(
            [sys.executable, __file__, "--open-one", str(path), "--timeout", str(timeout)],
            capture_output=True,
            text=True,
            timeout=timeout + 60,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        size = path.stat().st_size if path.is_file() else 0
        rows.append(
            {
                "case": name,
                "size MB": round(size / MB, 1),
                "outcome": result["outcome"],
                "seconds": result["seconds"],
                "peak memory MB": result["peak MB"],
                "bound MB": round((5 * size + BOUND_EXTRA) / MB),
            }
        )
    return rows


def open_one(path: Path, timeout: float) -> None:
    """Open one file (the --big cases' child process) and print what it took, as JSON."""
    from playground.core.project import ProjectError, load_project

    def open_it(p: Path) -> str:
        try:
            load_project(p)
        except ProjectError as exc:
            return "refused: " + str(exc)[:90]
        return "accepted"

    outcome, seconds, peak, detail = measured(open_it, path, timeout)
    outcome = outcome if not detail else f"{outcome}: {detail[:90]}"
    print(
        json.dumps(
            {"outcome": outcome, "seconds": round(seconds, 2), "peak MB": round(peak / MB, 1)}
        )
    )


def render_times() -> list[dict]:
    """Milliseconds to show markup in the lesson view (best of 3), offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from playground.core.markup import MAX_DEPTH, MAX_ELEMENTS, MAX_TEXT
    from playground.projects.inert_text import InertTextBrowser

    app = QApplication.instance() or QApplication([])
    view = InertTextBrowser()
    view.resize(340, 600)
    view.show()
    n = MAX_ELEMENTS
    cases = {
        "<ul><li> × 5,000 (refused)": "<ul><li>" * 5000,
        "<div> × 20,000 (refused)": "<div>" * 20000,
        "<b> × 60,000 (refused)": "<b>" * 60000,
        "<img src='/dev/zero'> (dropped)": "<p>hi</p><img src='/dev/zero'>",
        f"{n - 1:,} list items": "<ol>" + "<li>x</li>" * (n - 1) + "</ol>",
        f"{n:,} paragraphs": "<p>word word</p>" * n,
        f"a table of {n - 2:,} cells": "<table><tr>" + "<td>x</td>" * (n - 2) + "</tr></table>",
        f"nesting {MAX_DEPTH} deep, {n:,} elements": (
            "<ul><li>" * (MAX_DEPTH // 2) + "x" + "</li></ul>" * (MAX_DEPTH // 2)
        )
        * (n // MAX_DEPTH),
        f"{MAX_TEXT:,} characters of words": "word " * (MAX_TEXT // 5),
        f"one word of {MAX_TEXT:,} characters": "x" * MAX_TEXT,
    }
    rows = []
    for name, text in cases.items():
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            view.show_markup(text)
            view.document().size()  # laid out
            view.grab()  # and painted
            app.processEvents()
            best = min(best, time.perf_counter() - started)
        rows.append({"markup": name, "characters": len(text), "ms": round(best * 1000, 1)})
    return rows


def table(rows: list[dict]) -> str:
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + " --- |" * len(keys)]
    lines += ["| " + " | ".join(str(r[k]) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="files of each kind")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a hang")
    parser.add_argument("--kinds", default="projects,csv", help="projects, csv or both")
    parser.add_argument("--big", action="store_true", help="also the issue's large files")
    parser.add_argument("--render", action="store_true", help="also time the lesson view")
    parser.add_argument("--json", type=Path, help="write the figures to this file too")
    parser.add_argument("--open-one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    if args.open_one:
        open_one(args.open_one, args.timeout)
        return 0
    report: dict = {"count": args.count, "seed": args.seed}
    with tempfile.TemporaryDirectory() as folder:
        runs = [
            run(k, args.count, args.seed, args.timeout, Path(folder)) for k in args.kinds.split(",")
        ]
        report["runs"] = runs
        print(table([{k: v for k, v in r.items() if k != "details"} for r in runs]))
        for r in runs:
            for line in r["details"]:
                print(f"  {r['kind']} {line}")
        if args.big:
            report["big"] = big_cases(Path(folder), args.timeout)
            print()
            print(table(report["big"]))
    if args.render:
        report["render"] = render_times()
        print()
        print(table(report["render"]))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    bad = sum(r["tracebacks"] + r["hangs"] + r["failed checks"] for r in report["runs"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
