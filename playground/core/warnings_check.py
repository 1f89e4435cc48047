"""What is going wrong in a training run, as data: the warnings the window shows (the
banner, the marks on dead neurons, the gradient panel's verdict) and that
``nn-playground run … --report`` writes, from one set of rules.

Each warning is ``{"kind", "layers", "message"}``: ``kind`` is one of KINDS, ``layers``
the layers of neurons it is about, numbered as the app names them (hidden layer 1, 2, …;
the output layer is the number after the last hidden layer), ``message`` one or two
sentences for a student. The rules, judged on the state at one moment:

* **diverged**: training stopped because the loss became NaN or infinite, the weights
  grew past a million, or the loss exploded (engine.divergence).
* **exploding**: one step at the current learning rate would change some layer's weights
  by more than their own size: η·‖∂L/∂W‖ > ‖W‖, the gradient taken over the whole
  training set (every k-th point of a set larger than GRADIENT_POINTS).
* **dead_neurons**: a ReLU neuron that outputs 0 on every training point gets no gradient
  and cannot recover; a warning when a whole hidden layer is dead, or at least half of one
  while much is left to learn (see vanishing). Dead neurons in a working network are
  normal and only marked on the network view.
* **vanishing**: judged only while there is much left to learn (training accuracy under
  90 %, or for regression a loss above half its starting value): a hidden layer is
  starved when its weights' relative gradient ‖∂L/∂W‖/‖W‖ is less than 1/50 of the
  output layer's. A network that has learned has small gradients everywhere, and that is
  not vanishing.
* **stuck**: for the last STUCK_EPOCHS epochs the train loss has not improved on what it
  was before them, and accuracy has stayed within 5 points of chance (the share of the
  commonest class).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

import numpy as np

from engine import Trainer
from engine.i18n import QT_TRANSLATE_NOOP, number, translate

KINDS = ("vanishing", "exploding", "dead_neurons", "stuck", "diverged")
# Shown through rule_text() and dead_tip() (translated there: the language is chosen
# after import).
RULE_TEXT = QT_TRANSLATE_NOOP(
    "warnings_check",
    "The rule: while much is left to learn (training accuracy under 90 %, or a regression "
    "loss above half its start), a hidden layer is starved (vanishing) when its weights "
    "change less than 1/50 as fast for their size as the output layer's, ‖∂L/∂W‖/‖W‖ on "
    "the whole training set. A network that has learned has small gradients everywhere, and "
    "that is not vanishing. Exploding: one step (learning rate × gradient) would change a "
    "layer's weights by more than their own size, or training diverged.",
)
DEAD_TIP = QT_TRANSLATE_NOOP(
    "warnings_check",
    "Dead ReLU: it outputs 0 on every training point, so it passes nothing on and its "
    "weights get no gradient; it will not come back by itself. The usual cause is a "
    "learning rate too large, which threw its weights far negative. Leaky ReLU never dies.",
)
LEARNED_ACCURACY = 0.9  # at or above it a classifier has little left to learn
STARVED_RATIO = 1 / 50  # a hidden layer learning this much slower than the output: starved
STUCK_EPOCHS = 100
CHANCE_MARGIN = 0.05
DEAD_SHARE = 0.5  # at least this share of a hidden layer dead: a warning
GRADIENT_POINTS = 2000  # the gradient is taken over at most about this many training points


def rule_text() -> str:
    """The gradient panel's rule for vanishing and exploding, as the user reads it."""
    return translate("warnings_check", RULE_TEXT)


def dead_tip() -> str:
    """What a dead ReLU is (the network view's tip on a dead neuron)."""
    return translate("warnings_check", DEAD_TIP)


@dataclass(frozen=True)
class TrainingWarning:
    kind: str
    layers: tuple[int, ...]  # 1-based layers of neurons (the output layer: n_hidden + 1)
    message: str
    neurons: tuple[tuple[int, int], ...] = ()  # (hidden layer 0-based, unit): dead ones

    def to_dict(self) -> dict:
        return {"kind": self.kind, "layers": list(self.layers), "message": self.message}


@dataclass(frozen=True)
class Health:
    """What the rules need from the network, measured on the whole training set."""

    grad_norms: np.ndarray  # ‖∂L/∂W‖ per weight layer (weights only, no penalty)
    weight_norms: np.ndarray  # ‖W‖ per weight layer
    dead: tuple[tuple[int, int], ...]  # (hidden layer 0-based, unit) of dead ReLUs
    hidden_sizes: tuple[int, ...]
    activations: tuple[str, ...]  # per hidden layer
    chance: float | None  # the commonest class's share; None for regression
    learning_rate: float


def measure(trainer: Trainer) -> Health:
    """The training set's gradient and dead ReLUs, on a copy (the trainer's last batch
    gradient, which the window shows, stays as it is)."""
    steps = measure_in_chunks(trainer, max(1, len(trainer.X_train)))
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def measure_in_chunks(trainer: Trainer, chunk: int) -> Generator[None, None, Health]:
    """:func:`measure` a chunk of ``chunk`` training points at a time: it yields after each,
    so that a paused worker can answer a command in between (core/paused_figures), and
    returns what :func:`measure` returns."""
    net = trainer.network.copy()
    X, y = trainer.X_train, trainer.y_train
    hidden = net.spec["hidden"]
    relu = [h for h, layer in enumerate(hidden) if layer["activation"] == "relu"]
    alive = {h: np.zeros(hidden[h]["units"], dtype=bool) for h in relu}
    for start in range(0, len(X) if relu else 0, chunk):  # only ReLUs can be dead
        cache = net.forward(net.compute_features(X[start : start + chunk]))
        for h in relu:
            alive[h] |= np.any(cache.acts[h + 1] > 0.0, axis=0)
        yield
    every = -(-len(X) // GRADIENT_POINTS)  # an even sample bounds the backward pass's cost
    _, grads = net.loss_and_grads(X[::every], y[::every])
    dead = tuple((h, int(u)) for h in relu for u in np.flatnonzero(~alive[h]))
    chance = None
    if net.head.kind != "regression" and len(y):
        chance = float(np.bincount(y.astype(np.int64)).max() / len(y))
    return Health(
        grad_norms=np.array([np.linalg.norm(dW) for dW, _ in grads]),
        weight_norms=np.array([np.linalg.norm(W) for W, _ in net.params]),
        dead=dead,
        hidden_sizes=tuple(layer["units"] for layer in hidden),
        activations=tuple(layer["activation"] for layer in hidden),
        chance=chance,
        learning_rate=trainer.learning_rate,
    )


def check(
    health: Health, history: dict[str, np.ndarray], metrics: dict, divergence=None
) -> list[TrainingWarning]:
    """The warnings for the state at one moment: ``history`` and ``metrics`` as the
    trainer (or a Snapshot) holds them, ``divergence`` the trainer's."""
    if divergence is not None:
        return [TrainingWarning("diverged", (), divergence.message)]
    found: list[TrainingWarning] = []
    dead = _dead(health, bool(_left_to_learn(history, metrics)))
    if dead is not None:
        found.append(dead)
    exploding = _exploding(health)
    if exploding is not None:
        found.append(exploding)
    elif dead is None:  # dead neurons explain their own missing gradient
        vanishing = _vanishing(health, history, metrics)
        if vanishing is not None:
            found.append(vanishing)
    stuck = _stuck(health, history, dead is not None)
    if stuck is not None:
        found.append(stuck)
    return found


def trainer_warnings(t, metrics: dict) -> list[dict]:
    """The warnings of one trainer (a Compare lane's too) with training data, now, as dicts:
    what ``--report`` writes."""
    return [w.to_dict() for w in check(measure(t), t.history.arrays(), metrics, t.divergence)]


def banner_warning(warnings: tuple[TrainingWarning, ...] | list[TrainingWarning]) -> str:
    """What the window's banner says: dead neurons, a stuck run or exploding gradients
    (vanishing is the Gradients panel's to show; the banner points there)."""
    shown = [w.message for w in warnings if w.kind in ("dead_neurons", "stuck", "exploding")]
    if shown and any(w.kind == "vanishing" for w in warnings):
        shown.append(
            translate("warnings_check", "View › Gradients (G) shows which layers hardly learn.")
        )
    return " ".join(shown)


def layer_names(layers: list[int] | tuple[int, ...], n_hidden: int) -> str:
    """ "hidden layer 2", "hidden layers 1 and 3", "hidden layers 1–4", "the output
    layer" for 1-based layers."""
    hidden = sorted(k for k in layers if k <= n_hidden)
    parts = []
    if hidden:
        if len(hidden) > 2 and hidden[-1] - hidden[0] == len(hidden) - 1:
            numbers = [f"{hidden[0]}–{hidden[-1]}"]  # consecutive: "1–4"
        else:
            numbers = [str(k) for k in hidden]
        if len(hidden) == 1:
            parts.append(
                translate("warnings_check", "hidden layer {number}").format(number=hidden[0])
            )
        else:
            joined = numbers[0]
            if len(numbers) > 1:
                joined = _and(", ".join(numbers[:-1]), numbers[-1])
            parts.append(
                translate("warnings_check", "hidden layers {numbers}").format(numbers=joined)
            )
    if any(k > n_hidden for k in layers):
        parts.append(translate("warnings_check", "the output layer"))
    return _and(*parts) if len(parts) == 2 else "".join(parts)


def _and(first: str, last: str) -> str:
    """Two things, or a list and its last one, joined as a sentence joins them."""
    return translate("warnings_check", "{first} and {last}").format(first=first, last=last)


def _dead(health: Health, learning: bool) -> TrainingWarning | None:
    """Whole dead layers always; half-dead ones only while much is left to learn."""
    per_layer: dict[int, list[int]] = {}
    for h, u in health.dead:
        per_layer.setdefault(h, []).append(u)
    share = DEAD_SHARE if learning else 1.0
    bad = [h for h, units in per_layer.items() if len(units) >= share * health.hidden_sizes[h]]
    if not bad:
        return None
    whole = [h for h in bad if len(per_layer[h]) == health.hidden_sizes[h]]
    count = sum(len(per_layer[h]) for h in bad)
    where = layer_names([h + 1 for h in bad], len(health.hidden_sizes))
    if whole:
        effect = translate(
            "warnings_check", "so the network gives every point the same answer and cannot learn"
        )
    else:
        effect = translate("warnings_check", "so they get no gradient and will not come back")
    if health.learning_rate >= 1.0:
        cause = translate(
            "warnings_check",
            "Likely cause: the learning rate ({rate}) is so large that a "
            "step threw their weights far negative; lower it and press reset, or use leaky ReLU.",
        ).format(rate=number(health.learning_rate, "g"))
    else:
        cause = translate(
            "warnings_check",
            "Likely cause: a large step or a negative bias pushed their weighted sums below "
            "zero for every point; try leaky ReLU, a smaller learning rate, or reset.",
        )
    if count == 1:
        text = translate(
            "warnings_check",
            "Dead ReLUs: 1 neuron of {where} outputs 0 on every training point, {effect}. {cause}",
        )
    else:
        text = translate(
            "warnings_check",
            "Dead ReLUs: {count} of {where} output 0 on every training point, {effect}. {cause}",
        )
    return TrainingWarning(
        "dead_neurons",
        tuple(h + 1 for h in sorted(bad)),
        text.format(
            count=_count(count, len(whole) == len(bad) == 1),
            where=where,
            effect=effect,
            cause=cause,
        ),
        tuple((h, u) for h in sorted(bad) for u in per_layer[h]),
    )


def _count(n: int, whole_layer: bool) -> str:
    """Two or more dead neurons: "both neurons", "all 4 neurons" or "3 neurons"."""
    if whole_layer and n == 2:
        return translate("warnings_check", "both neurons")
    if whole_layer:
        return translate("warnings_check", "all %n neurons", None, n)
    return translate("warnings_check", "%n neurons", None, n)


def _exploding(health: Health) -> TrainingWarning | None:
    step = health.learning_rate * health.grad_norms
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = step / health.weight_norms
    big = [k for k in range(len(step)) if health.weight_norms[k] > 0 and ratio[k] > 1.0]
    if not big:
        return None
    layers = tuple(k + 1 for k in big)
    worst = max(big, key=lambda k: ratio[k])
    return TrainingWarning(
        "exploding",
        layers,
        translate(
            "warnings_check",
            "Exploding gradients: one step would change the weights of {layer} by {ratio}× their "
            "own size (learning rate × gradient); each such step makes the next gradient larger. "
            "Lower the learning rate.",
        ).format(
            layer=layer_names([worst + 1], len(health.hidden_sizes)),
            ratio=number(ratio[worst], ".1f"),
        ),
    )


def _left_to_learn(history: dict[str, np.ndarray], metrics: dict) -> str:
    """How far the network is from learned, for the message; "" if it has learned much."""
    accuracy = metrics.get("train_accuracy")
    if accuracy is not None:
        if accuracy >= LEARNED_ACCURACY:
            return ""
        return translate("warnings_check", "accuracy {accuracy}").format(
            accuracy=number(accuracy, ".0%")
        )
    losses = history.get("train_loss", np.zeros(0))
    loss = metrics.get("train_loss", np.nan)
    if len(losses) and np.isfinite(loss) and loss > 0.5 * losses[0]:
        return translate("warnings_check", "the loss is still {loss}").format(
            loss=number(loss, ".3g")
        )
    return ""


def _vanishing(health: Health, history, metrics: dict) -> TrainingWarning | None:
    left = _left_to_learn(history, metrics)
    if not left or len(health.grad_norms) < 2:
        return None
    with np.errstate(invalid="ignore", divide="ignore"):
        speed = health.grad_norms / health.weight_norms
    out = speed[-1]
    if not out > 0:
        return None
    starved = [k for k in range(len(speed) - 1) if speed[k] < STARVED_RATIO * out]
    if not starved:
        return None
    n_hidden = len(health.hidden_sizes)
    worst = min(starved, key=lambda k: speed[k])
    if any(a == "sigmoid" for a in health.activations):
        advice = translate(
            "warnings_check", " (≤ 0.25 for sigmoid): try fewer layers, tanh or ReLU."
        )
    else:
        advice = translate(
            "warnings_check",
            ", near 0 for saturated neurons: try a smaller learning rate or fewer layers.",
        )
    if len(starved) == 1:
        text = translate(
            "warnings_check",
            "Vanishing gradients: {layers} learns under 1/50 as fast as the output layer "
            "(layer {worst}: 1/{ratio}) with much left to learn ({left}). "
            "Each layer back multiplies the gradient by w·f′(z){advice}",
        )
    else:
        text = translate(
            "warnings_check",
            "Vanishing gradients: {layers} learn under 1/50 as fast as the output layer "
            "(layer {worst}: 1/{ratio}) with much left to learn ({left}). "
            "Each layer back multiplies the gradient by w·f′(z){advice}",
        )
    return TrainingWarning(
        "vanishing",
        tuple(k + 1 for k in starved),
        text.format(
            layers=layer_names([k + 1 for k in starved], n_hidden),
            worst=worst + 1,
            ratio=number(out / speed[worst], ",.0f"),
            left=left,
            advice=advice,
        ),
    )


def _stuck(health: Health, history: dict[str, np.ndarray], dead: bool) -> TrainingWarning | None:
    epochs = history.get("epoch", np.zeros(0))
    if not len(epochs) or epochs[-1] < STUCK_EPOCHS:
        return None
    recent = epochs >= epochs[-1] - STUCK_EPOCHS
    before = ~recent
    losses = history["train_loss"]
    if not before.any() or losses[recent].min() < losses[before].min() * 0.99:
        return None
    if health.chance is not None:
        accuracy = history["train_accuracy"][recent]
        if accuracy.max() > health.chance + CHANCE_MARGIN:
            return None
    elif losses[-1] <= 0.5 * losses[0]:
        return None
    if dead:  # the dead neurons' warning says why and what to do: this stays short
        if health.chance is None:
            text = translate(
                "warnings_check",
                "Stuck: no better loss for {epochs} epochs, because of the dead neurons.",
            )
        else:
            text = translate(
                "warnings_check",
                "Stuck: accuracy at chance ({chance}) for {epochs} epochs, because of the dead "
                "neurons.",
            )
    elif health.chance is None:
        text = translate(
            "warnings_check",
            "Stuck: no better loss in the last {epochs} epochs. Try another learning rate, "
            "tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.",
        )
    else:
        text = translate(
            "warnings_check",
            "Stuck: no better loss in the last {epochs} epochs and accuracy at chance "
            "({chance}, the commonest class's share). Try another learning rate, tanh or ReLU "
            "rather than sigmoid, fewer layers, or reset for new starting weights.",
        )
    chance = "" if health.chance is None else number(health.chance, ".0%")
    return TrainingWarning("stuck", (), text.format(epochs=STUCK_EPOCHS, chance=chance))
