"""Speed of the NumPy engine against a minimal NumPy loop, PyTorch and scikit-learn.

    python benchmarks/engine.py [--json FILE] [--seconds S] [--rounds R] [--cases S,M,...]

Training cases report optimisation steps per second (one mini-batch per step, plain
SGD); grid cases report full grid evaluations per second (output map plus every
neuron's activation map). Contenders are timed in interleaved short rounds and the
best round is kept, because the machine is shared and noisy. Timings are reported,
never asserted. See benchmarks/README.md.
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
import math  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ALL_FEATURES = ["x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"]
LEARNING_RATE = 0.03
GRID_EXTENT = 6.0

Step = Callable[[], object]


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
        sizes = [len(self.features), *self.hidden, 1 if self.classes == 2 else self.classes]
        out = "binary" if self.classes == 2 else "softmax"
        return f"{'-'.join(map(str, sizes))} {self.activation} {out}, batch {self.batch_size}"


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


# ------------------------------------------------------------------------------ data


def make_data(n: int, classes: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Points in [-6, 6]^2: a circle for 2 classes, interleaved spirals otherwise."""
    rng = np.random.default_rng(seed)
    if classes == 2:
        X = rng.uniform(-6.0, 6.0, size=(n, 2))
        y = (np.hypot(X[:, 0], X[:, 1]) < 3.5).astype(np.int64)
        return X, y
    y = np.arange(n) % classes
    t = rng.uniform(0.0, 1.0, size=n)
    r = 5.0 * t
    angle = 1.75 * t * 2 * np.pi + 2 * np.pi * y / classes
    X = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1) + rng.normal(0, 0.2, (n, 2))
    return X, y


def features(names, X: np.ndarray) -> np.ndarray:
    x1, x2 = X[:, 0], X[:, 1]
    table = {
        "x1": lambda: x1,
        "x2": lambda: x2,
        "x1_sq": lambda: x1 * x1,
        "x2_sq": lambda: x2 * x2,
        "x1_x2": lambda: x1 * x2,
        "sin_x1": lambda: np.sin(x1),
        "sin_x2": lambda: np.sin(x2),
    }
    return np.stack([table[n]() for n in names], axis=1)


def grid_points(resolution: int) -> np.ndarray:
    axis = np.linspace(-GRID_EXTENT, GRID_EXTENT, resolution)
    gx, gy = np.meshgrid(axis, axis)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


# ------------------------------------------------------------------------ contenders


def import_engine():
    """Import the repo's `engine` package (this file is also called engine.py)."""
    here = str(Path(__file__).resolve().parent)
    sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != here]
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module("engine")


def engine_train(case: TrainCase, X, y, X_test, y_test) -> Step:
    engine = import_engine()
    net = engine.Network.from_spec(case.spec(), seed=0)
    trainer = engine.Trainer(
        net,
        X,
        y,
        X_test,
        y_test,
        batch_size=case.batch_size,
        optimizer="sgd",
        learning_rate=LEARNING_RATE,
        seed=0,
    )
    return lambda: trainer.step(1)


class MinimalMLP:
    """A plain NumPy MLP (tanh hidden layers) trained by mini-batch SGD.

    Features of the training set are computed once; each step slices the next batch
    of a per-epoch permuted copy, runs forward, loss, backward and the update.
    """

    def __init__(self, case: TrainCase, F: np.ndarray, y: np.ndarray, seed: int = 0):
        rng = np.random.default_rng(seed)
        sizes = [F.shape[1], *case.hidden, 1 if case.classes == 2 else case.classes]
        self.W = [rng.normal(0, 1 / np.sqrt(a), (a, b)) for a, b in zip(sizes, sizes[1:])]
        self.b = [np.zeros(b) for b in sizes[1:]]
        self.binary = case.classes == 2
        self.F, self.y, self.bs = F, y, case.batch_size
        self.rng = rng
        self.pos = len(y)  # start a new epoch on the first step

    def forward(self, h: np.ndarray) -> list[np.ndarray]:
        """Activations of every layer: inputs, each hidden layer, output logits."""
        acts = [h]
        last = len(self.W) - 1
        for k, (W, b) in enumerate(zip(self.W, self.b)):
            h = h @ W + b
            if k < last:
                h = np.tanh(h)
            acts.append(h)
        return acts

    def step(self) -> float:
        if self.pos >= len(self.y):
            perm = self.rng.permutation(len(self.y))
            self.Fp, self.yp = self.F[perm], self.y[perm]
            self.pos = 0
        xb = self.Fp[self.pos : self.pos + self.bs]
        yb = self.yp[self.pos : self.pos + self.bs]
        self.pos += self.bs
        m = len(yb)

        acts = self.forward(xb)
        z = acts[-1]
        if self.binary:
            z = z[:, 0]
            loss = np.mean(np.logaddexp(0.0, z) - yb * z)
            dz = ((1.0 / (1.0 + np.exp(-z)) - yb) / m)[:, None]
        else:
            z = z - z.max(axis=1, keepdims=True)
            e = np.exp(z)
            s = e.sum(axis=1)
            loss = np.mean(np.log(s) - z[np.arange(m), yb])
            dz = e / s[:, None]
            dz[np.arange(m), yb] -= 1.0
            dz /= m

        for k in range(len(self.W) - 1, -1, -1):
            h = acts[k]
            dW = h.T @ dz
            db = dz.sum(axis=0)
            if k > 0:
                dz = (dz @ self.W[k].T) * (1.0 - h * h)
            self.W[k] -= LEARNING_RATE * dW
            self.b[k] -= LEARNING_RATE * db
        if not math.isfinite(loss):
            raise FloatingPointError("minimal loop diverged")
        return loss


def minimal_train(case: TrainCase, X, y, X_test, y_test) -> Step:
    return MinimalMLP(case, features(case.features, X), y).step


def torch_train(case: TrainCase, X, y, X_test, y_test) -> Step | None:
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    sizes = [len(case.features), *case.hidden]
    layers: list = []
    for a, b in zip(sizes, sizes[1:]):
        layers += [torch.nn.Linear(a, b), torch.nn.Tanh()]
    binary = case.classes == 2
    layers.append(torch.nn.Linear(sizes[-1], 1 if binary else case.classes))
    model = torch.nn.Sequential(*layers).double()
    opt = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    loss_fn = torch.nn.BCEWithLogitsLoss() if binary else torch.nn.CrossEntropyLoss()
    F = torch.tensor(features(case.features, X), dtype=torch.float64)
    Y = torch.tensor(y, dtype=torch.float64 if binary else torch.long)
    rng = np.random.default_rng(0)
    state = {"pos": len(y), "F": F, "Y": Y}

    def step() -> float:
        if state["pos"] >= len(Y):
            perm = torch.from_numpy(rng.permutation(len(Y)))
            state["F"], state["Y"], state["pos"] = F[perm], Y[perm], 0
        pos = state["pos"]
        xb = state["F"][pos : pos + case.batch_size]
        yb = state["Y"][pos : pos + case.batch_size]
        state["pos"] = pos + case.batch_size
        opt.zero_grad()
        out = model(xb)
        loss = loss_fn(out[:, 0] if binary else out, yb)
        loss.backward()
        opt.step()
        value = loss.item()
        if not math.isfinite(value):
            raise FloatingPointError("torch diverged")
        return value

    return step


def sklearn_train(case: TrainCase, X, y, X_test, y_test) -> Step | None:
    try:
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None
    clf = MLPClassifier(
        hidden_layer_sizes=case.hidden,
        activation=case.activation,
        solver="sgd",
        learning_rate_init=LEARNING_RATE,
        momentum=0.0,
        nesterovs_momentum=False,
        alpha=0.0,
        batch_size=case.batch_size,
        shuffle=False,
        random_state=0,
    )
    F = features(case.features, X)
    classes = np.arange(case.classes)
    rng = np.random.default_rng(0)
    state = {"pos": len(y), "F": F, "y": y}
    clf.partial_fit(F[: case.batch_size], y[: case.batch_size], classes=classes)

    def step():
        if state["pos"] >= len(y):
            perm = rng.permutation(len(y))
            state["F"], state["y"], state["pos"] = F[perm], y[perm], 0
        pos = state["pos"]
        state["pos"] = pos + case.batch_size
        xb = state["F"][pos : pos + case.batch_size]
        yb = state["y"][pos : pos + case.batch_size]
        clf.batch_size = len(yb)  # the epoch's last batch may be short
        clf.partial_fit(xb, yb)

    return step


def engine_grid(case: TrainCase, resolution: int) -> Step:
    engine = import_engine()
    net = engine.Network.from_spec(case.spec(), seed=0)
    return lambda: net.grid_maps(resolution=resolution)


def minimal_grid(case: TrainCase, resolution: int) -> Step:
    X, y = make_data(case.n_points, case.classes, seed=0)
    mlp = MinimalMLP(case, features(case.features, X), y)
    G = features(case.features, grid_points(resolution))  # constant: computed once
    R = resolution

    def evaluate() -> dict:
        acts = mlp.forward(G)
        z = acts[-1][:, 0]
        return {
            "output": (1.0 / (1.0 + np.exp(-z))).reshape(R, R),
            "neurons": [a.T.reshape(-1, R, R) for a in acts[:-1]],
        }

    return evaluate


TRAIN_CONTENDERS = {
    "engine": engine_train,
    "minimal": minimal_train,
    "torch": torch_train,
    "sklearn": sklearn_train,
}
GRID_CONTENDERS = {"engine": engine_grid, "minimal": minimal_grid}


# ---------------------------------------------------------------------------- timing


def time_rate(step: Step, seconds: float) -> float:
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


def race(steps: dict[str, Step | None], seconds: float, rounds: int) -> dict[str, float | None]:
    """Interleave `rounds` rounds of seconds/rounds per contender; keep each one's best."""
    live = {name: s for name, s in steps.items() if s is not None}
    for s in live.values():  # warm-up: caches, lazy allocations, first-epoch shuffle
        time_rate(s, 0.02)
    best: dict[str, float] = dict.fromkeys(live, 0.0)
    for _ in range(rounds):
        for name, s in live.items():
            best[name] = max(best[name], time_rate(s, seconds / rounds))
    return {name: best.get(name) for name in steps}


def run_case(name: str, seconds: float, rounds: int) -> dict[str, float | None]:
    if name in TRAIN_CASES:
        case = TRAIN_CASES[name]
        X, y = make_data(case.n_points, case.classes, seed=0)
        X_test, y_test = make_data(case.n_points, case.classes, seed=1)
        steps = {k: f(case, X, y, X_test, y_test) for k, f in TRAIN_CONTENDERS.items()}
    else:
        grid = GRID_CASES[name]
        case = TRAIN_CASES[grid.network]
        steps = {k: f(case, grid.resolution) for k, f in GRID_CONTENDERS.items()}
    return race(steps, seconds, rounds)


# ----------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "-" if not a or not b else f"{a / b:.2f}x"


def format_table(results: dict[str, dict[str, float | None]]) -> str:
    head = ["case", "what", "unit", "engine", "minimal", "torch", "sklearn", "eng/min", "eng/torch"]
    rows = [head]
    for name, r in results.items():
        if name in TRAIN_CASES:
            what, unit = TRAIN_CASES[name].describe(), "steps/s"
        else:
            what, unit = GRID_CASES[name].describe(), "evals/s"
        rows.append(
            [
                name,
                what,
                unit,
                _fmt(r.get("engine")),
                _fmt(r.get("minimal")),
                _fmt(r.get("torch")),
                _fmt(r.get("sklearn")),
                _ratio(r.get("engine"), r.get("minimal")),
                _ratio(r.get("engine"), r.get("torch")),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = []
    for k, row in enumerate(rows):
        cells = [c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version(), "numpy": np.__version__}
    for mod in ("torch", "sklearn"):
        try:
            out[mod] = importlib.import_module(mod).__version__
        except ImportError:
            out[mod] = None
    return out


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
    args = parser.parse_args(argv)
    names = [c for c in args.cases.split(",") if c]
    unknown = [c for c in names if c not in all_cases]
    if unknown:
        parser.error(f"unknown cases {unknown}")

    results: dict[str, dict[str, float | None]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sklearn convergence chatter
        for name in names:
            print(f"timing {name} ...", file=sys.stderr, flush=True)
            r = run_case(name, args.seconds, args.rounds)
            if name in GRID_CASES:
                r = {"engine": r["engine"], "minimal": r["minimal"]}
            results[name] = r

    print(format_table(results))
    print(
        f"\nbest of {args.rounds} interleaved rounds, {args.seconds / args.rounds:.2f} s each; "
        "ratios > 1 mean the engine is faster"
    )
    if args.json:
        payload = {
            "cases": results,
            "meta": {
                "seconds": args.seconds,
                "rounds": args.rounds,
                "statistic": "best round",
                "versions": _versions(),
            },
        }
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
