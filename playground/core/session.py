"""The training session behind the window: settings, data, trainer, and snapshots.

Pure Python and NumPy (no Qt), so it can be tested directly; the worker thread owns one
and is the only code that touches it while the app runs. Its data and the user's own
points are in :mod:`playground.core.session_data`, its snapshots are built by
:mod:`playground.core.snapshot_builder`; here are the settings, the trainer, live
network edits, training, the stop rules and rewind.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from engine import MAX_HIDDEN_LAYERS, MAX_UNITS, LossHistory, Network, edits
from engine.checkpoints import Timeline, batches_to_epoch_end
from engine.i18n import translate
from playground.core.points import TASKS, PointSet
from playground.core.session_data import DATA_FIELDS, SessionData
from playground.core.settings import ENGINE_DTYPE, TrainingSettings, dataset_task
from playground.core.snapshot import DataSnapshot, Snapshot
from playground.core.snapshot_builder import SnapshotBuilder
from playground.core.stopping import check_stop, restored_reason, stuck

if TYPE_CHECKING:
    from playground.core.comparison import Comparison

DEFAULT_DATASET = {"classification": "circle", "regression": "plane"}


class Session(SessionData):
    """Owns the trainer and rebuilds what a settings change requires."""

    def __init__(self, settings: TrainingSettings | None = None) -> None:
        self.settings = settings or TrainingSettings()
        self._data_version = 0
        self.stop_reason = ""
        self._best_test = (math.inf, 0)  # (loss, epoch) for the patience stop
        # The user's own points, one set per problem type, kept whichever data is shown.
        self.painted: dict[str, PointSet] = {task: PointSet.empty(task) for task in TASKS}
        self._next_id = 0  # the id the next painted point gets
        self.comparison: Comparison | None = None  # while Compare is on
        self.timeline = Timeline()  # rewind: follows self.trainer, whatever replaces it
        self.focus: tuple[int, int] | None = None  # the neuron hovered: its map is published
        self._snapshots = SnapshotBuilder()  # keeps costly maps from frame to frame
        self._make_data()
        self._make_trainer()

    # ------------------------------------------------------------- building
    def _make_trainer(self) -> None:
        s = self.settings
        net = Network.from_spec(s.spec(self.data.classes), seed=s.init_seed, dtype=ENGINE_DTYPE)
        X_train, y_train, X_test, y_test = self.trainer_data()
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
            raise ValueError(
                translate("session", "the saved network does not match the saved settings")
            )
        if network.dtype != ENGINE_DTYPE:  # a file's float64 network for float32 training
            network = network.astype(ENGINE_DTYPE)
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
                translate("session", "the {dataset} dataset is for {task}, not {problem}").format(
                    dataset=new.dataset, task=dataset_task(new.dataset), problem=new.problem
                )
            )
        keeps_view = {"speed", "stop_at_epoch", "restore_best"}  # leave a rewound run on show
        if self.timeline.viewing is not None and set(changes) - keeps_view:
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
        t.learning_rate, t.schedule, t.l1, t.l2, t.batch_size = (
            new.learning_rate,
            new.schedule,
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
            layer_dropout=tuple(h.get("dropout", 0.0) for h in spec["hidden"]),
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
            if have.get("dropout", 0.0) != layer.get("dropout", 0.0):
                t.replace_network(edits.set_dropout(t.network, h, layer.get("dropout", 0.0)))

    def _hidden_layer(self, layer: int) -> int:
        n = len(self.settings.hidden)
        if not isinstance(layer, (int, np.integer)) or not 0 <= layer < n:
            raise ValueError(
                translate("session", "hidden layer must be from 1 to {layers}; got {layer}").format(
                    layers=n, layer=layer + 1
                )
                if n
                else translate("session", "the network has no hidden layers")
            )
        return int(layer)

    def add_layer(self) -> bool:
        """A hidden layer of two neurons after the last one (the + button)."""
        return self.insert_layer(len(self.settings.hidden))

    def insert_layer(
        self, index: int, units: int = 2, activation: str | None = None, start: str = "identity"
    ) -> bool:
        """A new hidden layer before hidden layer ``index`` (0-based; the number of hidden
        layers appends). It takes the activation of its neighbour unless given one, and
        starts as the identity (``start="random"``: random weights; engine.edits)."""
        n = len(self.settings.hidden)
        if n >= MAX_HIDDEN_LAYERS:
            raise ValueError(
                translate(
                    "session", "the network already has the maximum of {layers} hidden layers"
                ).format(layers=MAX_HIDDEN_LAYERS)
            )
        if activation is None:
            activation = (
                self.settings.layer_activation(min(index, n - 1)) if n else self.settings.activation
            )
        self.edit_network(lambda t: t.insert_layer(index, units, activation, start))
        return False

    def remove_layer(self, layer: int | None = None) -> bool:
        """Remove hidden layer ``layer`` (default: the last); its neighbours are joined."""
        if not self.settings.hidden:
            raise ValueError(translate("session", "there is no hidden layer to remove"))
        layer = len(self.settings.hidden) - 1 if layer is None else self._hidden_layer(layer)
        self.edit_network(lambda t: t.remove_layer(layer))
        return False

    def add_neuron(self, layer: int) -> bool:
        """One more neuron in hidden layer ``layer``; what the network learned stays."""
        layer = self._hidden_layer(layer)
        if self.settings.hidden[layer] >= MAX_UNITS:
            raise ValueError(
                translate(
                    "session", "hidden layer {layer} already has the maximum of {units} neurons"
                ).format(layer=layer + 1, units=MAX_UNITS)
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

    def set_layer_dropout(self, layer: int, rate: float) -> bool:
        """The dropout rate of hidden layer ``layer`` (0 to 0.9; engine.dropout); every
        weight is kept, and training goes on with it from the next step."""
        layer = self._hidden_layer(layer)
        self.edit_network(lambda t: t.replace_network(edits.set_dropout(t.network, layer, rate)))
        return False

    def set_feature(self, name: str, enabled: bool) -> bool:
        """Switch an input on (with zero weights: the output stays as it is) or off."""
        if not enabled and set(self.settings.features) <= {name}:
            raise ValueError(translate("session", "at least one input feature must stay on"))
        self.edit_network(lambda t: t.set_feature(name, enabled))
        return False

    def _hand_edit(self) -> None:
        if self.comparison is not None:
            raise ValueError(
                translate("session", "weights are edited on one network; turn Compare off first")
            )

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
            self.trainer.replace_network(
                Network(net.spec, net.params, masks, net.seed, dtype=net.dtype)
            )
            self.trainer.reset()  # the same fresh weights, with the masks; history again

    # ------------------------------------------------------------- training
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
            self.stopped(reason)
        return self.stop_reason

    def stopped(self, reason: str) -> None:
        """Training stopped itself for ``reason`` (here or in a training process); the
        patience stop, with restore_best, then shows the best test epoch's exact weights."""
        self.stop_reason = reason
        s, (loss, epoch) = self.settings, self._best_test
        if s.restore_best and stuck(self.trainer, s.stop_at_epoch, s.patience, self._best_test):
            stop_epoch = self.trainer.epoch
            self.timeline_view(epoch)  # exact: replayed from the nearest checkpoint
            if self.timeline.viewing == epoch:
                self.stop_reason = restored_reason(stop_epoch, s.patience, epoch, loss)
            else:  # the timeline starts after it (a new network since): nothing to go back to
                self.timeline_latest()

    @property
    def best_test(self) -> tuple[float, int]:
        """The patience stop's best (test loss, epoch) so far."""
        return self._best_test

    @best_test.setter
    def best_test(self, best: tuple[float, int]) -> None:
        loss, epoch = best  # a list too, as a report may carry it
        self._best_test = (loss, epoch)

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
            raise ValueError(
                translate(
                    "session", "the timeline follows the main network; turn Compare off first"
                )
            )
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
        """A copy of everything the window draws (see playground.core.snapshot_builder)."""
        return self._snapshots.build(self, serial, running, steps_per_second, message)

    def refine(self) -> bool:
        """Paused on large data: one chunk of the exact figures the last snapshot only
        sampled (core/paused_figures); True once they are ready to show."""
        return self._snapshots.refine(self.trainer)

    @property
    def refining(self) -> bool:
        return self._snapshots.refining

    def set_focus(self, neuron: tuple[int, int] | None) -> bool:
        """Publish the map of neuron ``(layer, unit)`` at the output's resolution (the
        neuron hovered in the network), or of none."""
        self.focus = None if neuron is None else (int(neuron[0]), int(neuron[1]))
        return False
