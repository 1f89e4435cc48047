"""Speed of the NumPy engine against a lean NumPy loop, PyTorch and scikit-learn.

    python benchmarks/engine.py [--json FILE] [--seconds S] [--rounds R] [--cases S,M,...]
                                [--dtypes float64,float32]

Training cases report optimisation steps per second (one mini-batch per step, plain
SGD), in float64 and in float32; grid cases report full grid evaluations per second
(output map plus every neuron's activation map). Contenders are timed in interleaved
short rounds and the best round is kept, because the machine is shared and noisy; the
machine's load average is recorded before and after. For L, the bound set by the
engine's own matrix products and tanh (each timed alone) is printed with the share of it
the engine reaches. Timings are reported, never asserted. See benchmarks/README.md;
the yardsticks are in benchmarks/yardsticks.py.
"""

from __future__ import annotations

import os

# Single-threaded BLAS for every contender (torch gets set_num_threads(1)): small
# matrices gain nothing from threads, and a shared machine makes them noisy.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import yardsticks as ys  # noqa: E402  (beside this file)

ROOT = Path(__file__).resolve().parent.parent
ALL_FEATURES = ["x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"]
DTYPES = ("float64", "float32")


# ----------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class TrainCase:
    features: tuple[str, ...]
    hidden: tuple[int, ...]
    activation: str
    classes: int  # 2 = binary (one sigmoid output), >2 = softmax
    batch_size: int
    n_points: int

    def spec(self) -> dict:
        if self.classes == 2:
            output = {"kind": "binary"}
        else:
            output = {"kind": "multiclass", "classes": self.classes}
        return {
            "features": list(self.features),
            "hidden": [{"units": u, "activation": self.activation} for u in self.hidden],
            "output": output,
        }

    def describe(self) -> str:
        out = "binary" if self.classes == 2 else "softmax"
        sizes = "-".join(map(str, ys.layer_sizes(self)))
        return f"{sizes} {self.activation} {out}, batch {self.batch_size}"


@dataclass(frozen=True)
class GridCase:
    network: str  # key into TRAIN_CASES
    resolution: int

    def describe(self) -> str:
        return f"net {self.network} on {self.resolution}x{self.resolution} grid"


TRAIN_CASES: dict[str, TrainCase] = {
    "S": TrainCase(("x1", "x2"), (4, 2), "tanh", 2, batch_size=10, n_points=250),
    "M": TrainCase(tuple(ALL_FEATURES), (8,) * 6, "tanh", 2, batch_size=30, n_points=250),
    "L": TrainCase(("x1", "x2"), (64, 64, 64), "tanh", 3, batch_size=256, n_points=2000),
}
GRID_CASES: dict[str, GridCase] = {
    "grid100": GridCase("M", 100),
    "grid200": GridCase("M", 200),
}


# ------------------------------------------------------------------------ contenders


def import_engine():
    """Import the repo's `engine` package (this file is also called engine.py)."""
    here = str(Path(__file__).resolve().parent)
    sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != here]
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("engine")


def engine_train(case: TrainCase, X, y, dtype) -> ys.Step:
    """Trainer.step(1): batch selection, forward, backward, update, divergence check, and
    at an epoch's end the loss history (on a test set as large as the training set)."""
    engine = import_engine()
    # No dtype argument for float64, so that this file also times engines from before it.
    options = {} if dtype == "float64" else {"dtype": dtype}
    net = engine.Network.from_spec(case.spec(), seed=0, **options)
    X_test, y_test = ys.make_data(case.n_points, case.classes, seed=1)
    trainer = engine.Trainer(
        net,
        X,
        y,
        X_test,
        y_test,
        batch_size=case.batch_size,
        optimizer="sgd",
        learning_rate=ys.LEARNING_RATE,
        seed=0,
    )
    return lambda: trainer.step(1)


def engine_dropout_train(case: TrainCase, X, y, dtype) -> ys.Step:
    """engine_train with dropout 0.5 on the first hidden layer (engine/dropout.py): what
    dropout costs a step. Near the end of a long race a float32 run with dropout can trip
    the divergence rule; it then starts again, so that a diverged trainer's empty steps
    are never timed."""
    engine = import_engine()
    spec = case.spec()
    spec["hidden"][0]["dropout"] = 0.5
    options = {} if dtype == "float64" else {"dtype": dtype}
    net = engine.Network.from_spec(spec, seed=0, **options)
    X_test, y_test = ys.make_data(case.n_points, case.classes, seed=1)
    trainer = engine.Trainer(
        net,
        X,
        y,
        X_test,
        y_test,
        batch_size=case.batch_size,
        optimizer="sgd",
        learning_rate=ys.LEARNING_RATE,
        seed=0,
    )

    def step() -> None:
        if not trainer.step(1):
            trainer.reset()

    return step


def engine_grid(case: TrainCase, resolution: int) -> ys.Step:
    engine = import_engine()
    net = engine.Network.from_spec(case.spec(), seed=0)
    return lambda: net.grid_maps(resolution=resolution)


TRAIN_CONTENDERS = {
    "engine": engine_train,
    "dropout": engine_dropout_train,
    "minimal": ys.minimal_train,
    "torch": ys.torch_train,
    "torch-lean": ys.torch_lean_train,
    "sklearn-fit": ys.sklearn_fit_train,  # one epoch per call: rescaled to steps
    "sklearn-partial": ys.sklearn_partial_train,
}
GRID_CONTENDERS = {"engine": engine_grid, "minimal": ys.minimal_grid}


# ---------------------------------------------------------------------------- timing


def time_rate(step: ys.Step, seconds: float) -> float:
    """Calls of `step` per second over at least `seconds` of wall time."""
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        step()
        count += 1
        now = time.perf_counter()
        if now >= deadline:
            return count / (now - start)


def race(steps: dict[str, ys.Step | None], seconds: float, rounds: int) -> dict[str, float | None]:
    """Interleave `rounds` rounds of seconds/rounds per contender; keep each one's best."""
    live = {name: s for name, s in steps.items() if s is not None}
    for s in live.values():  # warm-up: caches, lazy allocations, first-epoch shuffle
        time_rate(s, 0.02)
    best: dict[str, float] = dict.fromkeys(live, 0.0)
    for _ in range(rounds):
        for name, s in live.items():
            best[name] = max(best[name], time_rate(s, seconds / rounds))
    return {name: best.get(name) for name in steps}


def run_train_case(case: TrainCase, dtype: str, seconds: float, rounds: int) -> dict:
    X, y = ys.make_data(case.n_points, case.classes, seed=0)
    contenders = dict(TRAIN_CONTENDERS)
    if dtype != "float64":  # scikit-learn is timed as it is mostly used: in float64
        del contenders["sklearn-fit"], contenders["sklearn-partial"]
    steps = {k: f(case, X, y, dtype) for k, f in contenders.items()}
    result = race(steps, seconds, rounds)
    if result.get("sklearn-fit"):  # epochs per second, as steps
        result["sklearn-fit"] *= -(-case.n_points // case.batch_size)
    return result


def run_grid_case(grid: GridCase, seconds: float, rounds: int) -> dict:
    case = TRAIN_CASES[grid.network]
    steps = {k: f(case, grid.resolution) for k, f in GRID_CONTENDERS.items()}
    return race(steps, seconds, rounds)


# ----------------------------------------------------------------------------- report

COLUMNS = [
    "engine",
    "dropout",
    "minimal",
    "torch",
    "torch-lean",
    "sklearn-fit",
    "sklearn-partial",
]
# "drop cost": a step's time with dropout 0.5 on the first hidden layer over the engine's.
RATIOS = [
    ("drop cost", "dropout"),
    ("eng/min", "minimal"),
    ("eng/torch", "torch"),
    ("eng/lean", "torch-lean"),
]


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "-" if not a or not b else f"{a / b:.2f}x"


def format_table(results: dict[str, dict[str, float | None]]) -> str:
    head = ["case", "what", "unit", *COLUMNS, *(name for name, _ in RATIOS)]
    rows = [head]
    for key, r in results.items():
        name, _, dtype = key.partition("/")
        if name in TRAIN_CASES:
            what, unit = f"{TRAIN_CASES[name].describe()}, {dtype}", "steps/s"
        else:
            what, unit = GRID_CASES[name].describe(), "evals/s"
        cells = [_fmt(r.get(c)) for c in COLUMNS]
        ratios = [_ratio(r.get("engine"), r.get(other)) for _, other in RATIOS]
        rows.append([key, what, unit, *cells, *ratios])
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = []
    for k, row in enumerate(rows):
        cells = [c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_bounds(bounds: dict[str, dict], results: dict) -> str:
    lines = []
    for key, b in bounds.items():
        engine = results.get(key, {}).get("engine")
        reached = f"; the engine reaches {engine / b['steps_per_s']:.2f} of it" if engine else ""
        lines.append(
            f"{key}: bound of its own GEMMs + tanh {b['steps_per_s']:,.0f} steps/s "
            f"(GEMMs {b['gemm_s'] * 1e6:.0f} us + tanh {b['tanh_s'] * 1e6:.0f} us a step){reached}"
        )
    return "\n".join(lines)


def _versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version(), "numpy": np.__version__}
    for mod in ("torch", "sklearn", "threadpoolctl"):
        try:
            out[mod] = importlib.import_module(mod).__version__
        except ImportError:
            out[mod] = None
    return out


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):  # not on Windows
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument(
        "--seconds",
        type=float,
        default=1.5,
        help="measured time per contender per case, split over the rounds (default 1.5)",
    )
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    all_cases = [*TRAIN_CASES, *GRID_CASES]
    parser.add_argument(
        "--cases", default=",".join(all_cases), help=f"comma-separated subset of {all_cases}"
    )
    parser.add_argument(
        "--dtypes", default=",".join(DTYPES), help="training cases in these (default both)"
    )
    args = parser.parse_args(argv)
    names = [c for c in args.cases.split(",") if c]
    dtypes = [d for d in args.dtypes.split(",") if d]
    unknown = [c for c in names if c not in all_cases] + [d for d in dtypes if d not in DTYPES]
    if unknown:
        parser.error(f"unknown cases or dtypes {unknown}")

    load_before = _load()
    results: dict[str, dict[str, float | None]] = {}
    bounds: dict[str, dict] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sklearn convergence chatter
        for name in names:
            if name in GRID_CASES:
                print(f"timing {name} ...", file=sys.stderr, flush=True)
                results[name] = run_grid_case(GRID_CASES[name], args.seconds, args.rounds)
                continue
            for dtype in dtypes:
                key = f"{name}/{dtype}"
                print(f"timing {key} ...", file=sys.stderr, flush=True)
                case = TRAIN_CASES[name]
                if name == "L":
                    bounds[key] = ys.gemm_tanh_bound(case, dtype)
                results[key] = run_train_case(case, dtype, args.seconds, args.rounds)
    load_after = _load()

    print(format_table(results))
    if bounds:
        print()
        print(format_bounds(bounds, results))
    print(
        f"\nbest of {args.rounds} interleaved rounds, {args.seconds / args.rounds:.2f} s each; "
        f"ratios > 1 mean the engine is faster; load average (1, 5, 15 min) {load_before} "
        f"before, {load_after} after, on {os.cpu_count()} CPUs"
    )
    missing = [m for m in ("torch", "sklearn") if _versions()[m] is None]
    if missing:
        print(f"not installed, so not timed: {', '.join(missing)}")
    if args.json:
        payload = {
            "cases": results,
            "bounds": bounds,
            "meta": {
                "seconds": args.seconds,
                "rounds": args.rounds,
                "statistic": "best round",
                "versions": _versions(),
                "cpus": os.cpu_count(),
                "loadavg_before": load_before,
                "loadavg_after": load_after,
            },
        }
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
