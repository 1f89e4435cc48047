"""The training session behind the window: settings, data, trainer, and snapshots.

Pure Python and NumPy (no Qt), so it can be tested directly; the worker thread owns one
and is the only code that touches it while the app runs.
"""

from __future__ import annotations

import math
from dataclasses import replace

from engine import FEATURES, MAX_HIDDEN_LAYERS, MAX_UNITS, LossHistory, Network, Trainer, datasets
from playground.settings import TrainingSettings, dataset_task
from playground.snapshot import BOUNDARY_RESOLUTION, NEURON_RESOLUTION, DataSnapshot, Snapshot

DATA_FIELDS = ("dataset", "noise", "train_ratio", "data_seed", "classes", "problem")
DEFAULT_DATASET = {"classification": "circle", "regression": "plane"}
MIN_IMPROVEMENT = 1e-3  # the patience stop counts only test-loss gains above 0.1 %


class Session:
    """Owns the trainer and rebuilds what a settings change requires."""

    def __init__(self, settings: TrainingSettings | None = None) -> None:
        self.settings = settings or TrainingSettings()
        self._data_version = 0
        self.stop_reason = ""
        self._best_test = (math.inf, 0)  # (loss, epoch) for the patience stop
        self._make_data()
        self._make_trainer()

    # ------------------------------------------------------------- building
    def _make_data(self) -> None:
        s = self.settings
        info = datasets.DATASETS[s.dataset]
        classes = s.classes if (info.variable_classes and s.classes) else None
        X, y = datasets.generate(s.dataset, noise=s.noise, seed=s.data_seed, classes=classes)
        Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=s.train_ratio, seed=s.data_seed)
        self._data_version += 1
        n_classes = 0 if info.task == "regression" else int(classes or info.default_classes)
        self.data = DataSnapshot(self._data_version, info.task, n_classes, Xtr, ytr, Xte, yte)

    def _make_trainer(self) -> None:
        s = self.settings
        net = Network.from_spec(s.spec(self.data.classes), seed=s.init_seed)
        d = self.data
        self.trainer = Trainer(
            net,
            d.X_train,
            d.y_train,
            d.X_test,
            d.y_test,
            batch_size=s.batch_size,
            optimizer=s.optimizer,
            learning_rate=s.learning_rate,
            l1=s.l1,
            l2=s.l2,
            seed=s.init_seed,
        )
        self.stop_reason = ""
        self._best_test = (math.inf, 0)

    def restore(
        self,
        network: Network,
        data: DataSnapshot | None = None,
        epoch: int = 0,
        steps: int = 0,
        history: LossHistory | None = None,
    ) -> None:
        """Put back a saved state: the network as it was (weights, masks), optionally the
        exact points, the epoch and step counters and the loss history. The caller has
        validated everything; the spec must fit these settings and the data."""
        if data is not None:
            self._data_version += 1
            self.data = replace(data, version=self._data_version)
        self._make_trainer()
        t = self.trainer
        expected = self.settings.spec(self.data.classes)
        if network.spec != Network.from_spec(expected).spec:
            raise ValueError("the saved network does not match the saved settings")
        t._replace_network(network)
        t.epoch, t.steps = int(epoch), int(steps)
        if history is not None:
            t.history = history

    # -------------------------------------------------------------- changes
    def change(self, **changes: object) -> bool:
        """Apply settings ``changes``; return True when the network was re-initialised.

        Raises ValueError (and changes nothing) when a value is invalid.
        """
        if "problem" in changes and "dataset" not in changes:
            problem = changes["problem"]
            if problem in DEFAULT_DATASET and dataset_task(self.settings.dataset) != problem:
                changes["dataset"] = DEFAULT_DATASET[problem]
        if "dataset" in changes and changes["dataset"] != self.settings.dataset:
            changes.setdefault("classes", 0)
        new = self.settings.with_changes(**changes)
        if dataset_task(new.dataset) != new.problem:
            raise ValueError(
                f"the {new.dataset} dataset is for {dataset_task(new.dataset)}, not {new.problem}"
            )
        old, self.settings = self.settings, new
        if any(getattr(old, f) != getattr(new, f) for f in DATA_FIELDS):
            self._make_data()
        if old.resets_for(new):
            self._make_trainer()
            return True
        t = self.trainer
        t.learning_rate, t.l1, t.l2, t.batch_size = (
            new.learning_rate,
            new.l1,
            new.l2,
            new.batch_size,
        )
        if new.optimizer != old.optimizer:
            t.set_optimizer(new.optimizer)
        return False

    def add_layer(self) -> bool:
        hidden = self.settings.hidden
        if len(hidden) >= MAX_HIDDEN_LAYERS:
            raise ValueError(f"at most {MAX_HIDDEN_LAYERS} hidden layers")
        return self.change(hidden=(*hidden, 2))

    def remove_layer(self) -> bool:
        if not self.settings.hidden:
            raise ValueError("there is no hidden layer to remove")
        return self.change(hidden=self.settings.hidden[:-1])

    def add_neuron(self, layer: int) -> bool:
        hidden = list(self.settings.hidden)
        if hidden[layer] >= MAX_UNITS:
            raise ValueError(f"at most {MAX_UNITS} neurons in a layer")
        hidden[layer] += 1
        return self.change(hidden=hidden)

    def remove_neuron(self, layer: int) -> bool:
        hidden = list(self.settings.hidden)
        if hidden[layer] <= 1:
            raise ValueError("a hidden layer keeps at least one neuron; remove the layer instead")
        hidden[layer] -= 1
        return self.change(hidden=hidden)

    def set_feature(self, name: str, enabled: bool) -> bool:
        on = set(self.settings.features)
        on = on | {name} if enabled else on - {name}
        if not on:
            raise ValueError("at least one input feature must stay on")
        return self.change(features=[f for f in FEATURES if f in on])

    def reset(self) -> None:
        """Fresh weights (the next weight seed), back to epoch 0."""
        self.settings = self.settings.with_changes(init_seed=self.settings.init_seed + 1)
        self._make_trainer()

    # ------------------------------------------------------------- training
    def train_batches(self, n: int) -> int:
        return self.trainer.step(n)

    def train_epochs(self, n: int) -> None:
        self.trainer.run_epochs(n)

    def check_stop(self) -> str:
        """A sentence when a stop condition is met (and remember it), else ""."""
        s, t = self.settings, self.trainer
        if s.stop_at_epoch and t.epoch >= s.stop_at_epoch:
            self.stop_reason = (
                f"Paused at epoch {t.epoch}: the stop-at-epoch setting is {s.stop_at_epoch}."
            )
        elif s.patience and t.X_test.shape[0]:
            loss = t.metrics()["test_loss"]
            best, best_epoch = self._best_test
            if loss < best * (1.0 - MIN_IMPROVEMENT):
                self._best_test = (loss, t.epoch)
            elif t.epoch - best_epoch >= s.patience:
                self.stop_reason = (
                    f"Paused at epoch {t.epoch}: the test loss has not improved for {s.patience} epochs "
                    f"(best {best:.4g} at epoch {best_epoch})."
                )
        return self.stop_reason

    def clear_stop(self) -> None:
        """Forget the last stop, so that play continues past it."""
        self.stop_reason = ""
        self._best_test = (math.inf, self.trainer.epoch)

    # ------------------------------------------------------------- snapshot
    def snapshot(
        self, serial: int, running: bool, steps_per_second: float, message: str = ""
    ) -> Snapshot:
        t = self.trainer
        net = t.network
        big = net.grid_maps(BOUNDARY_RESOLUTION, neurons=False)
        small = net.grid_maps(NEURON_RESOLUTION)
        return Snapshot(
            serial=serial,
            running=running,
            epoch=t.epoch,
            steps=t.steps,
            settings=self.settings,
            spec=net.spec,
            layer_sizes=net.layer_sizes,
            features=net.features,
            output_kind=net.head.kind,
            weights=[W.copy() for W, _ in net.params],
            biases=[b.copy() for _, b in net.params],
            weight_grads=[dW.copy() for dW, _ in net.grads],
            bias_grads=[db.copy() for _, db in net.grads],
            masks=net.masks,
            # While running, the metrics of the last history point (at most an epoch or so
            # old) spare a pass over both data sets per frame; paused, they are exact.
            metrics=t.last_metrics if running else t.metrics(),
            history=t.history.arrays(),
            boundary=big["output"],
            feature_maps=small["features"],
            neuron_maps=small["neurons"],
            extent=big["extent"],
            data=self.data,
            divergence=t.divergence,
            stop_reason=self.stop_reason,
            steps_per_second=steps_per_second,
            message=message,
        )
