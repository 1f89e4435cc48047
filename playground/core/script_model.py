"""What an exported script holds: one network, its training settings and its data.

:class:`ScriptModel` is taken from a Trainer (:func:`from_trainer`) or from a project, as
``nn-playground run`` would open it (:func:`from_project`); the script writers
(playground.core.script_export) turn it into Python text. Everything here is numbers and
the names of a closed set (features, activations, optimizers): text from a project (its
file name, a lesson's title) is kept apart, to be quoted by the writers, never pasted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine import Trainer
from engine.activations import ACTIVATIONS
from engine.dropout import rates
from engine.features import FEATURES
from engine.i18n import translate
from engine.optimizers import OPTIMIZERS, Adam, Momentum, RMSProp
from engine.schedules import CONSTANT, Schedule

# The parts of a spec the scripts know how to write. A spec with any other key (a part the
# engine learned after this module) is refused rather than exported as something else.
KNOWN_HIDDEN_KEYS = {"units", "activation", "dropout"}
KNOWN_OUTPUT_KEYS = {"kind", "classes", "loss"}
KNOWN_LOSSES = ("default", "tfp")
# The learning-rate schedules the scripts write (playground.core.script_training): a kind
# the engine learns later is refused, never exported at another rate.
KNOWN_SCHEDULES = ("constant", "step", "exponential", "cosine")


@dataclass(frozen=True)
class ScriptModel:
    """A network as a script writes it: numbers and names from closed sets, plus the
    project's text (``source``, ``lesson``) which the writers only ever quote."""

    features: tuple[str, ...]
    activations: tuple[str, ...]  # one per hidden layer
    output: str  # binary, multiclass or regression
    classes: int  # 2 for binary, 0 for regression
    dtype: str  # float64 or float32: what the network computes in
    params: tuple[tuple[np.ndarray, np.ndarray], ...]  # (W (fan_in, fan_out), b) per layer
    masks: tuple[np.ndarray | None, ...]  # per layer: None, or 0/1 like W (0: disabled)
    optimizer: str
    options: tuple[tuple[str, float], ...]  # the optimizer's hyperparameters, by name
    learning_rate: float
    batch_size: int
    l1: float
    l2: float
    seed: int  # the trainer's seed: it also orders the points of each epoch
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    epoch: int  # how many epochs the network had been trained
    schedule: Schedule = CONSTANT  # the learning rate of each epoch (engine/schedules.py)
    dropout: tuple[float, ...] = ()  # each hidden layer's dropout rate (engine/dropout.py)
    loss: str = "default"  # or "tfp": TensorFlow Playground's output and loss (engine/tfp.py)
    shuffle: bool = True  # False: every epoch visits the points in the data's own order
    source: str = ""  # the project's file name
    lesson: str | None = None  # the lesson's title
    lane: str | None = None  # Compare's lane whose network this is

    @property
    def head(self) -> str:
        """What the output computes and its loss: binary, multiclass, regression, or tfp
        (binary with TensorFlow Playground's tanh output and squared error)."""
        return "tfp" if self.loss == "tfp" else self.output


def optimizer_options(trainer: Trainer) -> tuple[tuple[str, float], ...]:
    """The optimizer's hyperparameters as the engine holds them (engine/optimizers.py)."""
    opt = trainer.optimizer_state
    if isinstance(opt, Adam):
        return (("beta1", opt.beta1), ("beta2", opt.beta2), ("eps", opt.eps))
    if isinstance(opt, RMSProp):
        return (("rho", opt.rho), ("eps", opt.eps))
    if isinstance(opt, Momentum):
        return (("momentum", opt.momentum),)
    return ()


def check_exportable(spec: dict) -> None:
    """Raise ValueError if ``spec`` holds a part the scripts cannot write."""
    for i, layer in enumerate(spec["hidden"]):
        extra = set(layer) - KNOWN_HIDDEN_KEYS
        if extra or layer["activation"] not in ACTIVATIONS:
            raise ValueError(
                translate(
                    "script_model",
                    "hidden layer {layer} uses {what}, which the script export does not know yet",
                ).format(layer=i + 1, what=", ".join(sorted(extra)) or layer["activation"])
            )
    extra = set(spec["output"]) - KNOWN_OUTPUT_KEYS
    if extra:
        raise ValueError(
            translate(
                "script_model", "the output uses {what}, which the script export does not know yet"
            ).format(what=", ".join(sorted(extra)))
        )
    loss = spec["output"].get("loss", "default")
    if loss not in KNOWN_LOSSES:
        raise ValueError(
            translate("script_model", "the script export does not know the loss {name}").format(
                name=repr(loss)
            )
        )
    unknown = [name for name in spec["features"] if name not in FEATURES]
    if unknown:
        raise ValueError(
            translate("script_model", "the script export does not know the feature {name}").format(
                name=repr(unknown[0])
            )
        )


def from_trainer(
    trainer: Trainer, source: str = "", lesson: str | None = None, lane: str | None = None
) -> ScriptModel:
    """The trainer's network as it is now, with its settings and data (copies)."""
    net = trainer.network
    spec = net.spec
    check_exportable(spec)
    if trainer.optimizer not in OPTIMIZERS:
        raise ValueError(
            translate(
                "script_model", "the script export does not know the optimizer {name}"
            ).format(name=repr(trainer.optimizer))
        )
    if trainer.schedule.kind not in KNOWN_SCHEDULES:
        raise ValueError(
            translate(
                "script_model", "the script export does not know the learning-rate schedule {name}"
            ).format(name=repr(trainer.schedule.kind))
        )
    output = spec["output"]["kind"]
    classes = {"binary": 2, "regression": 0}.get(output, spec["output"].get("classes", 0))
    masks = tuple(
        None if m.all() else m.astype(np.int64)  # a layer without a disabled link has none
        for m in net.masks
    )
    return ScriptModel(
        features=tuple(spec["features"]),
        activations=tuple(layer["activation"] for layer in spec["hidden"]),
        output=output,
        classes=int(classes),
        dtype=net.dtype.name,
        params=tuple((W.astype(np.float64), b.astype(np.float64)) for W, b in net.params),
        masks=masks,
        optimizer=trainer.optimizer,
        options=optimizer_options(trainer),
        learning_rate=float(trainer.learning_rate),
        batch_size=int(trainer.batch_size),
        l1=float(trainer.l1),
        l2=float(trainer.l2),
        seed=int(trainer.seed),
        X_train=trainer.X_train.copy(),
        y_train=trainer.y_train.copy(),
        X_test=trainer.X_test.copy(),
        y_test=trainer.y_test.copy(),
        epoch=int(trainer.epoch),
        schedule=trainer.schedule,
        dropout=tuple(rates(spec)),
        loss=spec["output"].get("loss", "default"),
        shuffle=bool(trainer.shuffle),
        source=source,
        lesson=lesson,
        lane=lane,
    )


def from_project(project, source: str = "") -> ScriptModel:
    """The network that ``nn-playground run`` trains for ``project`` (a loaded
    playground.core.project.Project), before it trains: with Compare on, the lane the
    window shows. Raises ValueError when the project's data holds no training point."""
    from playground.core.project import apply_project
    from playground.core.session import Session

    session = Session(project.settings)
    apply_project(session, project)
    if not session.has_training_data:
        raise ValueError(
            translate(
                "script_model",
                "the project's data holds no training point (only test points, or none): "
                "add training points in the window first",
            )
        )
    lesson = project.lesson.title if project.lesson is not None else None
    comparison = session.comparison
    if comparison is None:
        return from_trainer(session.trainer, source, lesson)
    comparison.sync(session)  # the lanes, as `run` builds them
    lane = comparison.lanes[comparison.focus]
    return from_trainer(lane.trainer, source, lesson, lane.name)
