"""The training session behind the window: settings, data, trainer, and snapshots.

Pure Python and NumPy (no Qt), so it can be tested directly; the worker thread owns one
and is the only code that touches it while the app runs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import numpy as np

from engine import MAX_HIDDEN_LAYERS, MAX_UNITS, LossHistory, Network, Trainer, datasets
from engine.checkpoints import Timeline, batches_to_epoch_end
from playground.core.points import TASKS, VIEW_HI, VIEW_LO, Fit, PointSet
from playground.core.settings import TrainingSettings, dataset_task
from playground.core.snapshot import (
    BOUNDARY_RESOLUTION,
    MAP_DTYPE,
    NEURON_RESOLUTION,
    DataSnapshot,
    Snapshot,
)
from playground.core.stopping import check_stop

DATA_FIELDS = (
    "dataset",
    "noise",
    "train_ratio",
    "data_seed",
    "classes",
    "problem",
    "points",
    "data_source",
)
DEFAULT_DATASET = {"classification": "circle", "regression": "plane"}
# While training, the output's full-resolution map may take at most this share of the
# worker's time: for a large network (10 × 64: ~25 ms a map) it is then recomputed a few
# times a second and reused in between, while the network's own maps follow every frame.
BIG_MAP_SHARE = 0.25


class Session:
    """Owns the trainer and rebuilds what a settings change requires."""

    def __init__(self, settings: TrainingSettings | None = None) -> None:
        self.settings = settings or TrainingSettings()
        self._data_version = 0
        self.stop_reason = ""
        self._best_test = (math.inf, 0)  # (loss, epoch) for the patience stop
        # The user's own points, one set per problem type, kept whichever data is shown.
        self.painted: dict[str, PointSet] = {task: PointSet.empty(task) for task in TASKS}
        self._next_id = 0  # the id the next painted point gets
        self.comparison = None  # playground.core.comparison.Comparison while Compare is on
        self.timeline = Timeline()  # rewind: follows self.trainer, whatever replaces it
        self.focus: tuple[int, int] | None = None  # the neuron hovered: its map is published
        self._big: tuple | None = None  # (trainer, head, time, cost, maps) of the last map
        # (network, its spec): a network's spec never changes (edits make a new network),
        # and validating a copy for every frame cost a quarter of a small snapshot.
        self._spec_of: tuple | None = None
        self._focus_kept: tuple | None = None  # the same for the neuron in focus
        self._make_data()
        self._make_trainer()

    # ------------------------------------------------------------- building
    def _make_data(self) -> None:
        s = self.settings
        if s.data_source == "painted":
            points = self.painted[s.problem]
            Xtr, ytr, Xte, yte = points.split(s.train_ratio)
            self._data_version += 1
            self.data = DataSnapshot(
                self._data_version, s.problem, points.classes, Xtr, ytr, Xte, yte
            )
            return
        info = datasets.DATASETS[s.dataset]
        classes = s.classes if (info.variable_classes and s.classes) else None
        X, y = datasets.generate(
            s.dataset, n_points=s.points or None, noise=s.noise, seed=s.data_seed, classes=classes
        )
        Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=s.train_ratio, seed=s.data_seed)
        self._data_version += 1
        n_classes = 0 if info.task == "regression" else int(classes or info.default_classes)
        self.data = DataSnapshot(self._data_version, info.task, n_classes, Xtr, ytr, Xte, yte)

    def _make_trainer(self) -> None:
        s = self.settings
        net = Network.from_spec(s.spec(self.data.classes), seed=s.init_seed)
        X_train, y_train, X_test, y_test = self._trainer_data()
        self.trainer = s.make_trainer(net, X_train, y_train, X_test, y_test)
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
            # Points that were not generated are the user's own: they can be painted on.
            points = PointSet.from_split(
                data.task,
                data.X_train,
                data.y_train,
                data.X_test,
                data.y_test,
                self.settings.train_ratio,
                self._next_id,
            )
            self._set_painted(points)
            self.settings = self.settings.with_changes(data_source="painted")
            self._data_version += 1
            self.data = replace(data, version=self._data_version)
        self._make_trainer()
        t = self.trainer
        expected = self.settings.spec(self.data.classes)
        if network.spec != Network.from_spec(expected).spec:
            raise ValueError("the saved network does not match the saved settings")
        t.replace_network(network)
        t.epoch, t.steps = int(epoch), int(steps)
        if history is not None:
            t.history = history

    @contextmanager
    def opening(
        self, settings: TrainingSettings, own_points: Iterable[PointSet], make_data: bool
    ) -> Iterator[None]:
        """Start over from a file: ``settings``, these own points (none for the other
        problem types; new points are numbered after them) and, with ``make_data``, the
        data the settings make. If this or the block (e.g. :meth:`restore`) fails, the
        session is put back as it was."""
        before = dict(vars(self))
        try:
            self.settings = settings
            self.painted = {task: PointSet.empty(task) for task in TASKS}
            self._next_id = 0
            for points in own_points:
                self._set_painted(points)
            if make_data:
                self._make_data()
            yield
        except Exception:
            vars(self).clear()
            vars(self).update(before)
            raise

    # -------------------------------------------------------------- changes
    def change(self, **changes: object) -> bool:
        """Apply settings ``changes``; return True when the network was re-initialised.

        Raises ValueError (and changes nothing) when a value is invalid.
        """
        if "dataset" in changes:  # choosing a generator shows its data, even from own points
            changes.setdefault("data_source", "generated")
        if "problem" in changes and "dataset" not in changes:
            problem = changes["problem"]
            if problem in DEFAULT_DATASET and dataset_task(self.settings.dataset) != problem:
                changes["dataset"] = DEFAULT_DATASET[problem]
                # Own points stay on show if there are some for the new problem type; the
                # others are kept for when the problem type comes back.
                if problem in self.painted and not len(self.painted[problem]):
                    changes.setdefault("data_source", "generated")
        if "dataset" in changes and changes["dataset"] != self.settings.dataset:
            changes.setdefault("classes", 0)
        new = self.settings.with_changes(**changes)
        if dataset_task(new.dataset) != new.problem:
            raise ValueError(
                f"the {new.dataset} dataset is for {dataset_task(new.dataset)}, not {new.problem}"
            )
        if self.timeline.viewing is not None and set(changes) - {"speed", "stop_at_epoch"}:
            self.timeline_resume()  # a change to a rewound run continues it from there
        old, self.settings = self.settings, new
        data_changed = any(getattr(old, f) != getattr(new, f) for f in DATA_FIELDS)
        if data_changed:
            self._make_data()
        if old.resets_for(new):
            self._make_trainer()
            return True
        if data_changed:  # e.g. from generated to own points: the network is kept
            self._sync_trainer()
        if self.trainer.network.spec != Network.from_spec(new.spec(self.data.classes)).spec:
            self._follow_settings()  # layers, neurons or inputs: edited in place
        t = self.trainer
        t.learning_rate, t.l1, t.l2, t.batch_size = (
            new.learning_rate,
            new.l1,
            new.l2,
            new.batch_size,
        )
        if new.optimizer != old.optimizer:
            t.set_optimizer(new.optimizer)
        self.timeline.mark(t)  # rewinding must not replay across this change
        return False

    # --------------------------------------------------- network edits (live)
    # The +/- buttons and the network designer edit the network in place, between two
    # training steps (engine.edits): whatever an edit does not touch keeps its weights and
    # training goes on; Reset is what gives fresh weights. The settings follow the
    # network, so that they always describe it (and a project saves what is on show).
    # Each returns False: nothing was re-initialised (the worker's "session" command).
    def edit_network(self, edit) -> object:
        """Apply ``edit(trainer)``, a live edit, and let the settings follow the network."""
        self.timeline_resume()  # an edit to a rewound run continues it from there
        result = edit(self.trainer)
        self.network_edited()
        return result

    def network_edited(self) -> None:
        """The trainer's network was edited: settings follow it, rewind replays from here."""
        spec = self.trainer.network.spec
        self.settings = self.settings.with_changes(
            hidden=tuple(h["units"] for h in spec["hidden"]),
            features=tuple(spec["features"]),
            layer_activations=tuple(h["activation"] for h in spec["hidden"]),
        )
        self.timeline.mark(self.trainer, edited=True)

    def _follow_settings(self) -> None:
        """Edit the network, keeping its weights, until it has the layers, neurons,
        activations and features the settings ask for (a change of those settings)."""
        t, want = self.trainer, self.settings.spec(self.data.classes)
        for name in want["features"]:  # on first, so that one always stays on
            if name not in t.network.features:
                t.set_feature(name, True)
        for name in t.network.features:
            if name not in want["features"]:
                t.set_feature(name, False)
        hidden = want["hidden"]
        while len(t.network.spec["hidden"]) > len(hidden):
            t.remove_layer(len(t.network.spec["hidden"]) - 1)
        while len(t.network.spec["hidden"]) < len(hidden):
            layer = hidden[len(t.network.spec["hidden"])]
            t.insert_layer(len(t.network.spec["hidden"]), layer["units"], layer["activation"])
        for h, layer in enumerate(hidden):
            have = t.network.spec["hidden"][h]
            for _ in range(have["units"], layer["units"]):
                t.add_neuron(h)
            for unit in range(have["units"] - 1, layer["units"] - 1, -1):
                t.remove_neuron(h, unit)
            if have["activation"] != layer["activation"]:
                t.set_activation(h, layer["activation"])

    def _hidden_layer(self, layer: int) -> int:
        n = len(self.settings.hidden)
        if not isinstance(layer, (int, np.integer)) or not 0 <= layer < n:
            raise ValueError(
                f"hidden layer must be from 1 to {n}; got {layer + 1}"
                if n
                else "the network has no hidden layers"
            )
        return int(layer)

    def add_layer(self) -> bool:
        """A hidden layer of two neurons after the last one (the + button)."""
        return self.insert_layer(len(self.settings.hidden))

    def insert_layer(self, index: int, units: int = 2, activation: str | None = None) -> bool:
        """A new hidden layer before hidden layer ``index`` (0-based; the number of hidden
        layers appends). It takes the activation of its neighbour unless given one."""
        n = len(self.settings.hidden)
        if n >= MAX_HIDDEN_LAYERS:
            raise ValueError(
                f"the network already has the maximum of {MAX_HIDDEN_LAYERS} hidden layers"
            )
        if activation is None:
            activation = (
                self.settings.layer_activation(min(index, n - 1)) if n else self.settings.activation
            )
        self.edit_network(lambda t: t.insert_layer(index, units, activation))
        return False

    def remove_layer(self, layer: int | None = None) -> bool:
        """Remove hidden layer ``layer`` (default: the last); its neighbours are joined."""
        if not self.settings.hidden:
            raise ValueError("there is no hidden layer to remove")
        layer = len(self.settings.hidden) - 1 if layer is None else self._hidden_layer(layer)
        self.edit_network(lambda t: t.remove_layer(layer))
        return False

    def add_neuron(self, layer: int) -> bool:
        """One more neuron in hidden layer ``layer``; what the network learned stays."""
        layer = self._hidden_layer(layer)
        if self.settings.hidden[layer] >= MAX_UNITS:
            raise ValueError(
                f"hidden layer {layer + 1} already has the maximum of {MAX_UNITS} neurons"
            )
        self.edit_network(lambda t: t.add_neuron(layer))
        return False

    def remove_neuron(self, layer: int, unit: int | None = None) -> bool:
        """Remove neuron ``unit`` (default: the last) of hidden layer ``layer``; the last
        neuron of a layer takes the layer with it."""
        layer = self._hidden_layer(layer)
        unit = self.settings.hidden[layer] - 1 if unit is None else unit
        self.edit_network(lambda t: t.remove_neuron(layer, unit))
        return False

    def set_layer_activation(self, layer: int, activation: str) -> bool:
        """The activation of hidden layer ``layer`` alone; every weight is kept."""
        layer = self._hidden_layer(layer)
        self.edit_network(lambda t: t.set_activation(layer, activation))
        return False

    def set_feature(self, name: str, enabled: bool) -> bool:
        """Switch an input on (with zero weights: the output stays as it is) or off."""
        if not enabled and set(self.settings.features) <= {name}:
            raise ValueError("at least one input feature must stay on")
        self.edit_network(lambda t: t.set_feature(name, enabled))
        return False

    def _hand_edit(self) -> None:
        if self.comparison is not None:
            raise ValueError("weights are edited on one network; turn Compare off first")

    def set_link_enabled(self, layer: int, i: int, j: int, enabled: bool) -> bool:
        """Enable or disable one link (a disabled link is 0 and trains no more)."""
        self._hand_edit()
        self.edit_network(lambda t: t.set_link_enabled(layer, i, j, enabled))
        return False

    def set_weight(self, layer: int, i: int, j: int, value: float) -> bool:
        """Set one weight by hand, exactly."""
        self._hand_edit()
        self.edit_network(lambda t: t.set_weight(layer, i, j, value))
        return False

    def set_bias(self, layer: int, j: int, value: float) -> bool:
        """Set one bias by hand, exactly (``layer`` is the weight layer into the neuron)."""
        self._hand_edit()
        self.edit_network(lambda t: t.set_bias(layer, j, value))
        return False

    def reset(self) -> None:
        """Fresh weights (the next weight seed), back to epoch 0."""
        self.settings = self.settings.with_changes(init_seed=self.settings.init_seed + 1)
        masks = self.trainer.network.masks
        self._make_trainer()
        net = self.trainer.network
        if [m.shape for m in masks] == [m.shape for m in net.masks] and not all(map(np.all, masks)):
            # Disabled links are part of the design: they stay disabled.
            self.trainer.replace_network(Network(net.spec, net.params, masks, net.seed))
            self.trainer.reset()  # the same fresh weights, with the masks; history again

    # ------------------------------------------------------------- training
    @property
    def has_training_data(self) -> bool:
        """False while the own points hold no training point (nothing to learn yet)."""
        return len(self.data.X_train) > 0

    def train_batches(self, n: int) -> int:
        if not self.has_training_data:
            return 0
        if self.comparison is not None:
            self.comparison.sync(self)
            return self.comparison.train(n, self.settings.stop_at_epoch)
        self.begin_training()
        t, done = self.trainer, 0
        while done < n:  # epoch by epoch, so that the timeline keeps every epoch's end
            k = min(n - done, batches_to_epoch_end(t))
            got = t.step(k)
            done += got
            if t.at_epoch_start and got:
                self.timeline.record(t)
            if got < k:
                break
        return done

    def begin_training(self) -> None:
        """Ready the timeline for training (here, or in a training process)."""
        self.timeline_resume()  # training a rewound run continues it from there
        self.timeline.sync(self.trainer)  # a new trainer (reset, loaded, promoted) starts one

    def train_epochs(self, n: int) -> None:
        if not self.has_training_data:
            return
        if self.comparison is not None:
            self.comparison.sync(self)
            comp, stop_at = self.comparison, self.settings.stop_at_epoch
            comp.train(1 << 62, stop_at, until=comp.epoch(stop_at) + n)
            return
        if self.timeline.viewing is not None:  # stepping through the past: the next epoch
            self.timeline_view(self.timeline.viewing + n)
            return
        self.timeline.sync(self.trainer)
        for _ in range(n):
            if self.trainer.diverged:
                break
            self.trainer.run_epochs(1)
            self.timeline.record(self.trainer)

    def check_stop(self) -> str:
        """A sentence when a stop condition is met (and remember it), else ""."""
        if self.comparison is not None:  # lanes stop by themselves (comparison.train)
            return self.stop_reason
        s = self.settings
        reason, self._best_test = check_stop(
            self.trainer, s.stop_at_epoch, s.patience, self._best_test
        )
        if reason:
            self.stop_reason = reason
        return self.stop_reason

    def clear_stop(self) -> None:
        """Forget the last stop, so that play continues past it."""
        self.stop_reason = ""
        self._best_test = (math.inf, self.trainer.epoch)

    # --------------------------------------------------------------- rewind
    # The timeline keeps checkpoints of the main network (engine.checkpoints); these are
    # the commands of the timeline under the loss chart.
    @property
    def replaying(self) -> bool:
        """Still recomputing the epoch on show (the worker calls timeline_replay)."""
        return self.timeline.replaying

    def timeline_view(self, epoch: int) -> None:
        """Show the network as it was at ``epoch``; the later epochs are kept until
        training resumes from here."""
        if self.comparison is not None:
            raise ValueError("the timeline follows the main network; turn Compare off first")
        self.timeline.view(self.trainer, int(epoch))

    def timeline_replay(self, max_batches: int) -> bool:
        return self.timeline.replay(self.trainer, max_batches)

    def timeline_resume(self) -> None:
        """Continue from the epoch on show: the later epochs are forgotten."""
        if self.timeline.viewing is not None:
            self.timeline.resume(self.trainer)
            self.stop_reason = ""
            self._best_test = (math.inf, self.trainer.epoch)

    def timeline_latest(self) -> None:
        """Back to the newest state, as if never rewound."""
        self.timeline.latest(self.trainer)

    # ------------------------------------------------------------- snapshot
    def snapshot(
        self, serial: int, running: bool, steps_per_second: float, message: str = ""
    ) -> Snapshot:
        t, comparison, timeline = self.trainer, None, None
        if self.comparison is not None:  # the lane in focus in the diagram, every lane's map
            self.comparison.sync(self)
            t = self.comparison.lanes[self.comparison.focus].trainer
        net = t.network
        big = self._big_maps(t, running)
        small = net.grid_maps(NEURON_RESOLUTION, dtype=MAP_DTYPE)
        if self.comparison is not None:
            comparison = self.comparison.snapshot(
                running, BOUNDARY_RESOLUTION, self.settings.stop_at_epoch, big["output"]
            )
        else:
            timeline = self.timeline.info(t)
        return Snapshot(
            serial=serial,
            running=running,
            epoch=t.epoch,
            steps=t.steps,
            settings=self.settings,
            spec=self._spec(net),
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
            metrics=self._metrics(running, t),
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
            comparison=comparison,
            timeline=timeline,
            focus_map=self._focus_map(t, big, running) if comparison is None else None,
        )

    def _spec(self, net: Network) -> dict:
        if self._spec_of is None or self._spec_of[0] is not net:
            self._spec_of = (net, net.spec)
        return self._spec_of[1]

    def _big_maps(self, t: Trainer, running: bool) -> dict:
        """The maps at the output's resolution: fresh, or while training a large network,
        the last ones if they are younger than BIG_MAP_SHARE allows (see there)."""
        net, now = t.network, time.perf_counter()
        last = self._big
        if (
            running
            and last is not None
            and last[0] is t
            and last[1] == net.head
            and now - last[2] < last[3] / BIG_MAP_SHARE
        ):
            return last[4]
        big = net.grid_maps(BOUNDARY_RESOLUTION, neurons=False, dtype=MAP_DTYPE)
        self._big = (t, net.head, now, time.perf_counter() - now, big)
        return big

    def set_focus(self, neuron: tuple[int, int] | None) -> bool:
        """Publish the map of neuron ``(layer, unit)`` at the output's resolution (the
        neuron hovered in the network), or of none."""
        self.focus = None if neuron is None else (int(neuron[0]), int(neuron[1]))
        return False

    def _focus_map(self, t: Trainer, big: dict, running: bool) -> tuple | None:
        """(layer, unit, map) of the neuron in focus, if it is in this network. A hidden
        neuron's map is reused while training as the output's is (BIG_MAP_SHARE)."""
        if self.focus is None:
            return None
        net, (layer, unit) = t.network, self.focus
        sizes = net.layer_sizes
        if not (0 <= layer < len(sizes) and 0 <= unit < sizes[layer]):
            return None
        last = len(sizes) - 1
        if layer == last:
            output = big["output"]
            return layer, unit, output[..., unit] if output.ndim == 3 else output
        now, key = time.perf_counter(), (net, layer, unit)
        kept = self._focus_kept
        if (
            running
            and kept is not None
            and kept[0] == key
            and now - kept[1] < kept[2] / BIG_MAP_SHARE
        ):
            return layer, unit, kept[3]
        values = neuron_grid(net, layer, unit, BOUNDARY_RESOLUTION, big["extent"])
        self._focus_kept = (key, now, time.perf_counter() - now, values)
        return layer, unit, values

    def _metrics(self, running: bool, t: Trainer) -> dict:
        if not self.has_training_data:  # the trainer holds a stand-in point: nothing to show
            return {
                "epoch": t.epoch,
                "steps": t.steps,
                "train_loss": math.nan,
                "test_loss": math.nan,
                "train_accuracy": None,
                "test_accuracy": None,
            }
        return t.last_metrics if running else t.metrics()

    # ------------------------------------------------------------ own points
    # Painting, erasing, importing and their undo all come through these methods, in the
    # worker thread, between two training steps: new points join at the next step, and
    # the network is kept (a new class grows the output layer, a class gone shrinks it).
    def _trainer_data(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        d = self.data
        if len(d.X_train):
            return d.X_train, d.y_train, d.X_test, d.y_test
        # No training point yet (own points, all erased or all test points): the trainer
        # needs one, so it gets a stand-in that it never trains on (see has_training_data).
        return np.zeros((1, 2)), np.zeros(1, dtype=d.y_train.dtype), d.X_test, d.y_test

    def _sync_trainer(self) -> None:
        """Give the trainer the current data, keeping the network; resize the output layer
        when the number of classes changed."""
        t = self.trainer
        X_train, y_train, X_test, y_test = self._trainer_data()
        want = self.settings.spec(self.data.classes)["output"]
        have = t.network.spec["output"]
        if want == have:
            t.set_data(X_train, y_train, X_test, y_test)
        elif _class_count(want) > _class_count(have):
            t.set_output(want, t.y_train, t.y_test)  # the old labels fit the bigger head
            t.set_data(X_train, y_train, X_test, y_test)
        else:
            t.set_data(X_train, y_train, X_test, y_test)  # the new labels fit the old head
            t.set_output(want, y_train, y_test)
        if t.epoch == 0 and t.steps == 0 and self.has_training_data:
            # Not trained yet: the loss chart starts from these points, not the last ones.
            m = t.metrics()
            t.history.clear()
            t.history.record(
                0, m["train_loss"], m["test_loss"], m["train_accuracy"], m["test_accuracy"]
            )
            t.last_metrics = m

    def _set_painted(self, points: PointSet) -> None:
        self.painted[points.task] = points
        self._next_id = max(self._next_id, points.next_id)

    def _painted_changed(self) -> None:
        if self.settings.data_source == "painted":
            self._make_data()
            self._sync_trainer()

    def own_points(self, task: str | None = None) -> PointSet:
        """The own points of ``task`` (default: the current problem type)."""
        return self.painted[task or self.settings.problem]

    def add_points(self, X: np.ndarray, y: np.ndarray) -> PointSet:
        """Add points (targets ``y``: class labels or values) to the own points of the
        current problem; return them with their new ids."""
        task = self.settings.problem
        X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
        if not np.all(np.isfinite(X)) or np.any((X < VIEW_LO) | (X > VIEW_HI)):
            raise ValueError("painted points must lie inside the view")
        y = np.asarray(y).reshape(-1)
        if task == "classification" and np.any((y < 0) | (y >= datasets.MAX_CLASSES)):
            raise ValueError(f"a class is from 1 to {datasets.MAX_CLASSES}")
        if task == "regression" and not np.all(np.isfinite(y)):
            raise ValueError("a painted value must be a number")
        points, new = self.painted[task].added(X, y, self._next_id)
        self._set_painted(points)
        self._painted_changed()
        return new

    def remove_points(self, ids: np.ndarray, task: str | None = None) -> PointSet:
        """Take the points of ``ids`` out of the own points; return them."""
        task = task or self.settings.problem
        points, removed = self.painted[task].without(ids)
        if len(removed):
            self.painted[task] = points
            self._painted_changed()
        return removed

    def erase_points(self, path: np.ndarray, radius: float) -> PointSet:
        """Take out the own points within ``radius`` of the polyline ``path``; return them."""
        task = self.settings.problem
        points, removed = self.painted[task].erased(path, radius)
        if len(removed):
            self.painted[task] = points
            self._painted_changed()
        return removed

    def insert_points(self, points: PointSet) -> None:
        """Put points back (with their ids and split keys), e.g. to undo an erase."""
        self._set_painted(self.painted[points.task].merged(points))
        self._painted_changed()

    def set_own_points(self, points: PointSet) -> None:
        """Replace the own points of ``points.task`` (e.g. clear, or an import)."""
        self._set_painted(points)
        self._painted_changed()

    def new_points(
        self, task: str, X: np.ndarray, y: np.ndarray, fit: Fit | None = None
    ) -> PointSet:
        """A point set with fresh ids (for an import); nothing changes until it is set."""
        points = PointSet.from_arrays(task, X, y, self._next_id, fit)
        self._next_id = points.next_id if len(points) else self._next_id
        return points

    def import_points(
        self, task: str, X: np.ndarray, y: np.ndarray, fit: Fit | None = None
    ) -> bool:
        """Make points read from a file the own points of ``task`` and show them (switching
        the problem type if needed). Return True if the network was reset."""
        self._set_painted(self.new_points(task, X, y, fit))
        if self.settings.problem != task or self.settings.data_source != "painted":
            return self.change(problem=task, data_source="painted")
        self._painted_changed()
        return False

    def start_painting(self, copy: bool) -> bool:
        """Show the own points; with ``copy``, they become a copy of the points shown now
        (which keep their side of the split). Return True if the network was reset."""
        if copy:
            d = self.data
            self._set_painted(
                PointSet.from_split(
                    d.task,
                    d.X_train,
                    d.y_train,
                    d.X_test,
                    d.y_test,
                    self.settings.train_ratio,
                    self._next_id,
                )
            )
        if self.settings.data_source == "painted":
            self._painted_changed()
            return False
        return self.change(data_source="painted")

    def data_state(self) -> tuple[TrainingSettings, dict[str, PointSet]]:
        """What an undo of a data change puts back (see :meth:`restore_data_state`)."""
        return self.settings, dict(self.painted)

    def restore_data_state(self, state: tuple[TrainingSettings, dict[str, PointSet]]) -> bool:
        """Put back the data settings and own points of :meth:`data_state`; the other
        settings stay as they are now. Return True if the network was reset."""
        settings, painted = state
        for points in painted.values():
            self._set_painted(points)
        changes = {
            f: getattr(settings, f)
            for f in DATA_FIELDS
            if getattr(settings, f) != getattr(self.settings, f)
        }
        if changes:
            changes["data_source"] = settings.data_source
            return self.change(**changes)
        self._painted_changed()
        return False


def neuron_grid(
    net: Network, layer: int, unit: int, resolution: int, extent: tuple[float, float]
) -> np.ndarray:
    """The (R, R) map of neuron ``unit`` of column ``layer`` (0 the inputs, 1.. the hidden
    layers) over the grid of Network.grid_maps: only the layers below it are computed."""
    lo, hi = float(extent[0]), float(extent[1])
    centres = lo + (np.arange(resolution) + 0.5) * ((hi - lo) / resolution)
    gx1, gx2 = np.meshgrid(centres, centres)
    points = np.column_stack([gx1.ravel(), gx2.ravel()])
    a = np.ascontiguousarray(net.compute_features(points).T, dtype=MAP_DTYPE)
    if layer == 0:
        return a[unit].reshape(resolution, resolution)
    for (W, b), act in zip(net.params[: layer - 1], net.activations):
        a = act.fn(W.T.astype(MAP_DTYPE) @ a + b[:, None].astype(MAP_DTYPE))
    W, b = net.params[layer - 1]
    z = W[:, unit].astype(MAP_DTYPE) @ a + MAP_DTYPE(b[unit])
    return net.activations[layer - 1].fn(z).reshape(resolution, resolution)


def _class_count(output: dict) -> int:
    return output.get("classes", 2) if output["kind"] != "regression" else 0
