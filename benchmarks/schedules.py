"""What a learning-rate schedule costs the engine's step, against the constant rate.

    python benchmarks/schedules.py [--seconds S] [--rounds R] [--cases S,M]

Times ``Trainer.step(1)`` on benchmarks/engine.py's training cases with the constant rate
and with a cosine schedule after a warm-up (the costliest rule: a cosine per call), in
interleaved rounds keeping each one's best (the machine is shared and noisy), and prints
steps per second and the ratio constant / scheduled (1.00: no cost). Reported, never
asserted.
"""

from __future__ import annotations

import argparse
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import importlib.util  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
# benchmarks/engine.py shares its name with the engine package: load it by its path.
_spec = importlib.util.spec_from_file_location("engine_benchmark", HERE / "engine.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
sys.path.insert(0, str(HERE))  # its yardsticks module
sys.modules["engine_benchmark"] = bench  # its dataclasses look their module up
_spec.loader.exec_module(bench)
engine = bench.import_engine()
ys = bench.ys

SCHEDULE = {"kind": "cosine", "epochs": 1_000_000, "min_rate": 0.001, "warmup": 1}


def stepper(case, schedule):
    X, y = ys.make_data(case.n_points, case.classes, seed=0)
    X_test, y_test = ys.make_data(case.n_points, case.classes, seed=1)
    net = engine.Network.from_spec(case.spec(), seed=0)
    trainer = engine.Trainer(
        net,
        X,
        y,
        X_test,
        y_test,
        batch_size=case.batch_size,
        learning_rate=ys.LEARNING_RATE,
        seed=0,
        schedule=schedule,
    )
    return lambda: trainer.step(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--cases", default="S,M")
    args = parser.parse_args()
    print(f"{'case':<5}{'constant':>12}{'cosine':>12}{'ratio':>8}   steps/s (best round)")
    for name in args.cases.split(","):
        case = bench.TRAIN_CASES[name]
        steps = {"constant": stepper(case, None), "cosine": stepper(case, SCHEDULE)}
        rates = bench.race(steps, args.seconds, args.rounds)
        ratio = rates["constant"] / rates["cosine"]
        print(f"{name:<5}{rates['constant']:>12,.0f}{rates['cosine']:>12,.0f}{ratio:>8.3f}")


if __name__ == "__main__":
    main()
