"""Realistic fake Snapshots for GUI tests, filled by a real engine network and trainer.

Widgets under test only ever see what the worker would publish, so building the
snapshot from the engine (rather than from hand-made arrays) keeps the shapes, ranges
and dtypes honest.
"""

from __future__ import annotations

import dataclasses
import itertools

from engine import Network, Trainer, datasets
from playground.core.settings import TrainingSettings
from playground.core.snapshot import BOUNDARY_RESOLUTION, NEURON_RESOLUTION, DataSnapshot, Snapshot

_serials = itertools.count(1)


def _dataset_for(spec: dict) -> tuple[str, int | None]:
    kind = spec["output"]["kind"]
    if kind == "regression":
        return "plane", None
    if kind == "multiclass":
        return "blobs", spec["output"]["classes"]
    return "circle", None


def _settings_for(spec: dict, dataset: str, classes: int | None) -> TrainingSettings:
    hidden = spec["hidden"]
    try:
        return TrainingSettings(
            activation=hidden[0]["activation"] if hidden else "tanh",
            problem="regression" if spec["output"]["kind"] == "regression" else "classification",
            dataset=dataset,
            hidden=tuple(h["units"] for h in hidden),
            features=tuple(spec["features"]),
            classes=classes or 0,
        )
    except ValueError:
        # Specs the settings table cannot express (mixed activations, ...) still need a snapshot.
        return TrainingSettings()


def make_snapshot(
    spec: dict | None = None, seed: int = 0, running: bool = False, epoch: int = 0, **overrides
) -> Snapshot:
    """A Snapshot of a real network built from ``spec`` (default: the 2-4-2-1 tanh network).

    ``epoch`` > 0 trains that many epochs first, so weights and history look lived-in.
    ``masks`` in ``overrides`` disables those links in the network before anything is
    computed, so weights and maps agree with the masks; other overrides replace fields.
    """
    if spec is None:
        spec = TrainingSettings().spec(2)
    net = Network.from_spec(spec, seed=seed)
    spec = net.spec
    masks = overrides.pop("masks", None)
    if masks is not None:
        net = Network(spec, net.params, masks, seed)

    dataset, classes = _dataset_for(spec)
    X, y = datasets.generate(dataset, seed=0, classes=classes)
    X_train, y_train, X_test, y_test = datasets.split(X, y, 0.5, seed=0)
    settings = _settings_for(spec, dataset, classes)
    trainer = Trainer(
        net,
        X_train,
        y_train,
        X_test,
        y_test,
        batch_size=settings.batch_size,
        optimizer=settings.optimizer,
        learning_rate=settings.learning_rate,
        l1=settings.l1,
        l2=settings.l2,
        seed=seed,
    )
    if epoch:
        trainer.run_epochs(epoch)
    net = trainer.network
    # Gradients of one real batch, as the worker would have after its last step.
    net.loss_and_grads(X_train[: settings.batch_size], y_train[: settings.batch_size])

    maps = net.grid_maps(resolution=NEURON_RESOLUTION)
    boundary = net.grid_maps(resolution=BOUNDARY_RESOLUTION, neurons=False)["output"]
    metrics = {k: v for k, v in trainer.metrics().items() if k not in ("epoch", "steps")}
    task = datasets.DATASETS[dataset].task
    data = DataSnapshot(
        version=1,
        task=task,
        classes=0 if task == "regression" else int(y.max()) + 1,
        X_train=X_train,
        y_train=y_train,
        X_test=X_test,
        y_test=y_test,
    )
    snap = Snapshot(
        serial=next(_serials),
        running=running,
        epoch=trainer.epoch,
        steps=trainer.steps,
        settings=settings,
        spec=spec,
        layer_sizes=net.layer_sizes,
        features=net.features,
        output_kind=spec["output"]["kind"],
        weights=[W.copy() for W, _ in net.params],
        biases=[b.copy() for _, b in net.params],
        weight_grads=[gW.copy() for gW, _ in net.grads],
        bias_grads=[gb.copy() for _, gb in net.grads],
        masks=net.masks,
        metrics=metrics,
        history=trainer.history.arrays(),
        boundary=boundary,
        feature_maps=maps["features"],
        neuron_maps=maps["neurons"],
        extent=tuple(maps["extent"]),
        data=data,
        divergence=trainer.divergence,
        stop_reason="",
        steps_per_second=60.0 if running else 0.0,
    )
    return dataclasses.replace(snap, **overrides) if overrides else snap


def spec_of(
    features: list[str], hidden: list[int], activation: str = "tanh", output: dict | None = None
) -> dict:
    """A spec in one line: ``spec_of(["x1", "x2"], [8] * 6)``."""
    return {
        "features": list(features),
        "hidden": [{"units": u, "activation": activation} for u in hidden],
        "output": output or {"kind": "binary"},
    }
