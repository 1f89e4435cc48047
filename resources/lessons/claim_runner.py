"""Check the bundled lessons' claims (``claims.py``) by following each lesson's own steps.

``python resources/lessons/claim_runner.py [02 ...]`` prints every claim's values seed by
seed; ``tests/test_lesson_claims.py`` asserts them. A run starts from the lesson file as it
ships, on a :class:`Session` (the one the window's worker owns), and does what the student
is told to do with the same calls the window makes: the top bar's controls are
``Session.change``, Reset is ``Session.reset`` (the next weight seed), a feature clicked on
is ``Session.set_feature``, the + over the layers is ``Session.add_layer`` (two neurons)
and the + over a layer ``Session.add_neuron``. The seed of a run is the weight seed the
lesson starts from (``init_seed``, which also orders the batches).
"""

from __future__ import annotations

import math
import operator
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from claims import CLAIMS, Claim  # noqa: E402

from engine.activations import get_activation  # noqa: E402
from playground.core.project import apply_project, load_project  # noqa: E402
from playground.core.session import Session  # noqa: E402
from playground.core.warnings_check import KINDS, trainer_warnings  # noqa: E402

NEVER = math.inf  # the epoch of a "play until" whose condition never came

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
}


def lesson_path(lesson: str, folder: Path = HERE) -> Path:
    """The one lesson file whose name starts with ``lesson`` ("02")."""
    (path,) = [p for p in folder.glob("*.nnplay") if p.name.startswith(lesson + "-")]
    return path


def open_lesson(lesson: str, seed: int | None, folder: Path = HERE) -> Session:
    """A session with the lesson as a student opens it; with another weight ``seed``, as if
    the student had started from that seed (a fresh network, the lesson's data)."""
    session = Session()
    apply_project(session, load_project(lesson_path(lesson, folder)))
    if seed is not None and seed != session.settings.init_seed:
        session.change(init_seed=seed)
    return session


# ------------------------------------------------------------------ what is measured
def hidden_outputs(session: Session) -> list[np.ndarray]:
    """Each hidden layer's outputs on every training point, (n, units) each."""
    net = session.trainer.network
    return net.forward(net.compute_features(session.data.X_train)).acts[1:]


def dead(session: Session, layer: int | None = None) -> float:
    """The share of ReLU-like neurons (hidden layer ``layer``, 1-based, or all) that output
    0 on every training point: their gradient is 0 too, so they never come back."""
    spec = session.trainer.network.spec["hidden"]
    outputs = hidden_outputs(session)
    dead_units = units = 0
    for h, (layer_spec, a) in enumerate(zip(spec, outputs, strict=True)):
        if layer is not None and h != layer - 1:
            continue
        if get_activation(layer_spec["activation"]).name not in ("relu", "leaky_relu"):
            continue
        units += a.shape[1]
        dead_units += int(np.sum(np.all(a == 0, axis=0)))
    return dead_units / units if units else 0.0


def output_spread(session: Session) -> float:
    """How much the output (the probability of blue) varies over the training points:
    0 for a network whose output is the same everywhere."""
    p = session.trainer.network.predict(session.data.X_train)
    return float(np.max(p) - np.min(p))


def output_delta(session: Session) -> float:
    """The output's δ = ∂L/∂z, point by point, averaged over the training points (as its
    size): the push every weight's gradient is made of (lesson 13)."""
    t = session.trainer
    net = t.network
    F = net.compute_features(session.data.X_train)
    logits = net.logits(F)
    T = net.head.encode_targets(session.data.y_train)
    return float(np.mean(np.abs(net.head.grad_logits(logits, T) * len(F))))


def weights(session: Session) -> int:
    """The links of the network (each a weight): the multiply-adds of one point's forward pass."""
    return int(sum(W.size for W, _ in session.trainer.network.params))


def gradient_ratio(session: Session) -> float:
    """‖∂L/∂W‖ of the first weight layer over the output layer's, on all training points:
    how much of the gradient is left when it reaches the layer next to the inputs."""
    net = session.trainer.network.copy()  # the gradients are written: not the trainer's
    _, grads = net.loss_and_grads(session.data.X_train, session.data.y_train)
    return float(np.linalg.norm(grads[0][0]) / np.linalg.norm(grads[-1][0]))


def recalls(session: Session) -> dict[str, float]:
    """For several classes: the share of each class's test points the network gets right."""
    d = session.data
    if d.classes <= 2 or not len(d.X_test):
        return {}
    predicted = session.trainer.network.predict(d.X_test).argmax(axis=1)
    return {f"recall_{k}": float(np.mean(predicted[d.y_test == k] == k)) for k in range(d.classes)}


def small_weights(session: Session) -> dict[str, float]:
    """Every weight of a tiny network by name: w<layer>_<from>_<to>, counted from 1."""
    params = session.trainer.network.params
    if sum(W.size for W, _ in params) > 12:
        return {}
    return {
        f"w{k + 1}_{i + 1}_{j + 1}": float(W[i, j])
        for k, (W, _) in enumerate(params)
        for i in range(W.shape[0])
        for j in range(W.shape[1])
    }


def loss_swing(session: Session, epochs: int = 20) -> float:
    """How far the training loss moved up and down over the last ``epochs`` recorded
    epochs (largest minus smallest): a loss that bounces has a large swing."""
    losses = session.trainer.history.arrays()["train_loss"][-epochs:]
    return float(np.max(losses) - np.min(losses)) if len(losses) else 0.0


def warnings(session: Session) -> dict[str, float]:
    """warns_<kind>: 1 when the app warns of that kind now (dead_neurons, stuck, ...): the
    warnings the window shows and --report writes."""
    found = {w["kind"] for w in trainer_warnings(session.trainer, session.trainer.metrics())}
    return {f"warns_{kind}": float(kind in found) for kind in KINDS}


def measure(session: Session) -> dict[str, float]:
    with np.errstate(all="ignore"):  # a diverged network is measured too
        return _measure(session)


def _measure(session: Session) -> dict[str, float]:
    t = session.trainer
    m = t.metrics()
    values = {k: float(v) for k, v in m.items() if v is not None}
    n = t.n_train
    values |= {
        "diverged": float(t.diverged),
        "dead": dead(session),
        "output_spread": output_spread(session),
        "weights": float(weights(session)),
        "train_points": float(n),
        "steps_per_epoch": float(t.batches_per_epoch),
        # A training step sends each point of its batch forward (one multiply-add per
        # weight) and back (about two: the weights' gradients and the inputs').
        "madds_per_epoch": float(3 * weights(session) * n),
        "gradient_ratio": gradient_ratio(session),
        "loss_swing": loss_swing(session),
        "output_delta": output_delta(session),
    }
    values |= recalls(session) | small_weights(session) | warnings(session)
    for h in range(len(session.settings.hidden)):
        values[f"dead_in_layer_{h + 1}"] = dead(session, h + 1)
    return values


# ------------------------------------------------------------------------ the steps
def play_until(session: Session, epochs: int, metric: str, op: str, value: float) -> float:
    """Play at most ``epochs`` more epochs, stopping at the first epoch end where
    ``metric op value`` holds; that epoch, or NEVER."""
    t, test = session.trainer, OPERATORS[op]
    for _ in range(epochs):
        if test(float(t.metrics()[metric]), value):
            return float(t.epoch)
        session.train_epochs(1)
        if t.diverged:
            return NEVER
    return float(t.epoch) if test(float(t.metrics()[metric]), value) else NEVER


_RUNS: dict[tuple[str, str, int | None, str], dict[str, dict[str, float]]] = {}


def run(claim: Claim, seed: int | None, folder: Path = HERE) -> dict[str, dict[str, float]]:
    """Follow the claim's steps from the lesson file; the notes taken on the way. Claims
    on the same steps share one run (training is deterministic for a seed)."""
    key = (claim.lesson, repr(claim.steps), seed, str(folder))
    if key not in _RUNS:
        _RUNS[key] = _run(claim, seed, folder)
    return _RUNS[key]


def _run(claim: Claim, seed: int | None, folder: Path) -> dict[str, dict[str, float]]:
    session = open_lesson(claim.lesson, seed, folder)
    notes: dict[str, dict[str, float]] = {}
    reached = NEVER
    for step in claim.steps:
        what, *args = step
        if what == "play":
            session.train_epochs(int(args[0]))
        elif what == "play_until":
            reached = play_until(session, *args)
        elif what == "note":
            notes[args[0]] = measure(session) | {"reached": reached}
        elif what == "set":
            session.change(**args[0])
        elif what == "reset":
            session.reset()
        elif what == "restart":  # Start the lesson again: the lesson's own start
            session = open_lesson(claim.lesson, seed, folder)
        elif what == "feature":
            session.set_feature(args[0], bool(args[1]))
        elif what == "add_layer":  # the + beside "HIDDEN LAYERS"
            session.add_layer()
        elif what == "add_neuron":  # the + over hidden layer args[0] (1-based), args[1] times
            for _ in range(int(args[1]) if len(args) > 1 else 1):
                session.add_neuron(int(args[0]) - 1)
        elif what == "remove_neuron":  # the − over hidden layer args[0] (1-based)
            session.remove_neuron(int(args[0]) - 1)
        elif what == "remove_layer":  # the − beside "HIDDEN LAYERS": the last layer goes
            session.remove_layer()
        elif what == "weight":  # a link double-clicked and a number typed: layer, i, j, w
            session.set_weight(int(args[0]), int(args[1]), int(args[2]), float(args[3]))
        else:
            raise ValueError(f"unknown step {step!r}")
    return notes


def value(notes: dict[str, dict[str, float]], term: str | float) -> float:
    """``term``: a number, "note.metric", or two of those joined by " / " or " - "."""
    if isinstance(term, (int, float)):
        return float(term)
    if " / " in term:
        top, bottom = term.split(" / ")
        return value(notes, top) / value(notes, bottom)
    if " - " in term:
        left, right = term.split(" - ")
        return value(notes, left) - value(notes, right)
    note, metric = term.split(".")
    return notes[note][metric]


def holds(notes: dict[str, dict[str, float]], expect: tuple) -> bool:
    """One expectation: (term, op, term) or (term, "in", (low, high))."""
    left, op, right = expect
    x = value(notes, left)
    if op == "in":
        low, high = right
        return low <= x <= high
    return OPERATORS[op](x, value(notes, right))


def shown_term(notes: dict[str, dict[str, float]], term: object) -> str:
    """A measured term and its value, for the report ("" for a number or a range)."""
    return f"{term} = {value(notes, term):.4g}" if isinstance(term, str) else ""


def check_claim(claim: Claim, folder: Path = HERE) -> tuple[bool, list[str]]:
    """Whether the claim holds for as many of its seeds as it says; a line per seed."""
    lines, good = [], 0
    for seed in claim.seeds:
        notes = run(claim, seed, folder)
        ok = all(holds(notes, e) for e in claim.expect)
        good += ok
        terms = [shown_term(notes, t) for e in claim.expect for t in (e[0], e[2])]
        shown = ", ".join(dict.fromkeys(t for t in terms if t))
        lines.append(f"  seed {seed}: {'ok  ' if ok else 'FAIL'} {shown}")
    needed = claim.holds_for or len(claim.seeds)
    return good >= needed, lines


def main(wanted: list[str]) -> int:
    failed = 0
    for claim in CLAIMS:
        if wanted and claim.lesson not in wanted:
            continue
        ok, lines = check_claim(claim)
        failed += not ok
        need = claim.holds_for or len(claim.seeds)
        print(f"{'ok  ' if ok else 'FAIL'} {claim.lesson} {claim.says} (needs {need} seeds)")
        print("\n".join(lines))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
