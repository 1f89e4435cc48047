"""What a learning-rate schedule costs the engine's step, against the constant rate.

    python benchmarks/schedules.py [--rounds R] [--steps N] [--cases S,M]

Times ``Trainer.step(1)`` on benchmarks/engine.py's training cases with the constant rate
and with a cosine schedule after a warm-up (the costliest rule: a cosine per call). The
machine is shared and noisy, so the two take turns in many short rounds of a fixed number
of steps, each timed in this process's CPU time (time.process_time: another process on
the core does not count), and each keeps its fastest round. Prints steps per CPU second
and the ratio constant / scheduled (1.00: no cost). Reported, never asserted.
"""

from __future__ import annotations

import argparse
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import importlib.util  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
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


def fastest(steps: dict, rounds: int, per_round: int) -> dict[str, float]:
    """Steps per CPU second of each of ``steps``: its fastest of ``rounds`` turns."""
    best = dict.fromkeys(steps, 0.0)
    for step in steps.values():  # warm-up: caches, the first epoch's shuffle
        for _ in range(per_round):
            step()
    for _ in range(rounds):
        for name, step in steps.items():
            start = time.process_time()
            for _ in range(per_round):
                step()
            elapsed = time.process_time() - start
            if elapsed > 0:
                best[name] = max(best[name], per_round / elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--steps", type=int, default=200, help="steps per round")
    parser.add_argument("--cases", default="S,M")
    args = parser.parse_args()
    print(
        f"{'case':<5}{'constant':>12}{'cosine':>12}{'ratio':>8}   steps per CPU second (fastest round)"
    )
    for name in args.cases.split(","):
        case = bench.TRAIN_CASES[name]
        steps = {"constant": stepper(case, None), "cosine": stepper(case, SCHEDULE)}
        rates = fastest(steps, args.rounds, args.steps)
        ratio = rates["constant"] / rates["cosine"]
        print(f"{name:<5}{rates['constant']:>12,.0f}{rates['cosine']:>12,.0f}{ratio:>8.3f}")


if __name__ == "__main__":
    main()
