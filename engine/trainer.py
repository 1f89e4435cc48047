"""The Trainer: a network, its data, an optimizer, and the training loop.

One epoch is one pass over the training set in a seeded random order (with
``shuffle=False``, in the data's own order), in batches of ``batch_size`` (the last batch
of an epoch may be smaller). Everything is seeded, so the same seed, data and settings give
bit-identical weights at every step.
"""

from __future__ import annotations

import math

import numpy as np

from engine import edits, tfp
from engine.batch_passes import BatchPasses, with_ones
from engine.divergence import MAX_PARAM_NORM, Divergence, diverged, from_step, loss_exploded
from engine.dropout import DropoutStream, sample_masks
from engine.history import LossHistory
from engine.i18n import translate
from engine.network import Network
from engine.optimizers import OPTIMIZERS, clip_l1, make_optimizer
from engine.schedules import Schedule, make_schedule
from engine.threads import check_blas_threads, limit_blas, restore_blas
from engine.trace import SampleTrace, flat_gradient, per_layer, trace_sample
from engine.validation import (
    check_batch_size,
    check_number,
    check_points,
    check_seed,
    check_shuffle,
    check_targets,
    disabled_link,
)

MAX_LEARNING_RATE = 100.0
MAX_REGULARIZATION = 100.0  # the largest L1 or L2 rate
# Training has exploded once the parameter vector is this long: no network in this
# playground needs weights anywhere near it, and past it float64 overflow is close.
# (engine.divergence: the rules, including a loss that explodes without overflowing.)
_MAX_NORM_SQ = MAX_PARAM_NORM**2
# The loss history evaluates the whole train and test sets. On large data that costs as
# much as training, so an epoch's point is skipped when recording it would cost more than
# this share of the training done since the last point. Both are counted in "point
# evaluations", never in seconds, so which epochs are recorded depends only on the data,
# the settings and the seed: the history is the same on a quiet or a busy machine.
HISTORY_WORK_SHARE = 0.1
# What one training step costs in point evaluations (one point through a forward pass):
# a fixed part, the Python and NumPy calls of a forward and backward pass and an update,
# and a part per point of the batch. Measured on benchmarks/engine.py's networks S, M and L
# (a step cost 249, 254 and 512 evaluations): the default set-up (500 points, batch 10)
# then records every epoch, and a large batch on large data skips as the clock used to.
STEP_FIXED_COST = 220.0
STEP_COST_PER_POINT = 1.5


class Trainer:
    """Trains ``network`` on ``(X_train, y_train)``, evaluating on ``(X_test, y_test)``.

    Settings (``learning_rate``, ``l1``, ``l2``, ``batch_size``) may change at any time and
    take effect at the next step; none of them resets anything. With ``l1`` on, a weight
    that a step carries across zero becomes exactly 0 (see engine.optimizers.clip_l1).
    ``optimizer`` names one of sgd, momentum, nesterov, rmsprop, adam; changing it starts
    that optimizer's state afresh. ``schedule`` (engine.schedules: a Schedule, or a dict
    such as ``{"kind": "cosine", "epochs": 200, "min_rate": 0.001, "warmup": 10}``) makes
    the rate of each epoch, ``current_rate``, from ``learning_rate``; default constant.

    While it trains or evaluates, BLAS runs on ``blas_threads`` threads (default 1,
    engine.threads: more only slow these small matrices down, even when NumPy was imported
    before the engine); the previous count is put back after each call. ``None`` leaves
    BLAS alone, for those who set threads themselves (threadpoolctl, the environment).
    """

    def __init__(
        self,
        network: Network,
        X_train: np.ndarray,
        y_train: np.ndarray,
        X_test: np.ndarray | None = None,
        y_test: np.ndarray | None = None,
        *,
        batch_size: int = 10,
        optimizer: str = "sgd",
        learning_rate: float = 0.03,
        l1: float = 0.0,
        l2: float = 0.0,
        seed: int = 0,
        optimizer_options: dict | None = None,
        history_limit: int = 1000,
        blas_threads: int | None = 1,
        schedule: Schedule | dict | None = None,
        shuffle: bool = True,
    ) -> None:
        if not isinstance(network, Network):
            raise ValueError(f"network must be an engine.Network; got {type(network).__name__}")
        self._net = network
        self.seed = check_seed(seed)
        self.shuffle = check_shuffle(shuffle)  # False: each epoch in the data's order, as TFP
        self.blas_threads = check_blas_threads(blas_threads)
        self.learning_rate = learning_rate
        self.schedule = schedule
        self.l1 = l1
        self.l2 = l2
        self.batch_size = batch_size
        self.history = LossHistory(history_limit)
        self._optimizer_name = ""
        self._optimizer_options = optimizer_options
        self.set_optimizer(optimizer, optimizer_options)
        self._start()
        self.set_data(X_train, y_train, X_test, y_test)

    # ----------------------------------------------------------------- settings
    @property
    def network(self) -> Network:
        return self._net

    @property
    def learning_rate(self) -> float:
        return self._lr

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        self._lr = check_number("learning_rate", value, 0.0, MAX_LEARNING_RATE, low_open=True)

    @property
    def schedule(self) -> Schedule:
        return self._schedule

    @schedule.setter
    def schedule(self, value: Schedule | dict | None) -> None:
        self._schedule = make_schedule(value)

    @property
    def current_rate(self) -> float:
        """The learning rate the current epoch trains at (the schedule's, for its epoch)."""
        return self._schedule.rate(self._lr, self.epoch)

    @property
    def l1(self) -> float:
        return self._l1

    @l1.setter
    def l1(self, value: float) -> None:
        self._l1 = check_number("l1", value, 0.0, MAX_REGULARIZATION)

    @property
    def l2(self) -> float:
        return self._l2

    @l2.setter
    def l2(self, value: float) -> None:
        self._l2 = check_number("l2", value, 0.0, MAX_REGULARIZATION)

    @property
    def batch_size(self) -> int:
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int) -> None:
        self._batch_size = check_batch_size(value)

    @property
    def optimizer(self) -> str:
        return self._optimizer_name

    @property
    def optimizer_state(self):
        return self._opt

    def set_optimizer(self, name: str, options: dict | None = None) -> None:
        """Switch to optimizer ``name`` (its state starts from zero)."""
        self._opt = make_optimizer(name, self._net.n_params, options, self._net.dtype)
        self._optimizer_name = name
        self._optimizer_options = options

    # --------------------------------------------------------------------- data
    def set_data(
        self,
        X_train: np.ndarray,
        y_train: np.ndarray,
        X_test: np.ndarray | None = None,
        y_test: np.ndarray | None = None,
    ) -> None:
        """Replace the data. The current epoch restarts; weights are kept."""
        head = self._net.head
        X_train = check_points(X_train, "X_train")
        if X_train.shape[0] == 0:
            raise ValueError(translate("trainer", "X_train must hold at least one point"))
        y_train = check_targets(y_train, X_train.shape[0], head, "y_train")
        if X_test is None:
            X_test, y_test = np.zeros((0, 2)), np.zeros(0)
        X_test = check_points(X_test, "X_test")
        y_test = check_targets(y_test, X_test.shape[0], head, "y_test")
        self.X_train, self.y_train, self.X_test, self.y_test = X_train, y_train, X_test, y_test
        self._prepare_data()

    def _prepare_data(self) -> None:
        net, dtype = self._net, self._net.dtype  # a float32 network trains on float32 data
        self._F_train = net.compute_features(self.X_train).astype(dtype, copy=False)
        self._F1_train = with_ones(self._F_train)  # what the passes take (batch_passes)
        self._T_train = net.head.encode_targets(self.y_train).astype(dtype, copy=False)
        self._F_test = net.compute_features(self.X_test).astype(dtype, copy=False)
        self._T_test = net.head.encode_targets(self.y_test).astype(dtype, copy=False)
        self._pos = 0
        if len(self.history) == 0:
            self._record()

    # ---------------------------------------------------------------- training
    def _start(self) -> None:
        self.epoch = 0
        self.steps = 0
        self._pos = 0
        self.divergence: Divergence | None = None
        self._shuffle_rng = np.random.default_rng([self.seed, 2])
        self._dropout = DropoutStream(self.seed)  # its masks (engine.dropout)
        self._scratch = np.empty(self._net.n_params, self._net.dtype)
        self._passes = BatchPasses(self._net)  # its arrays are kept between steps
        self.history.clear()
        self.work_since_record = 0.0  # training since the last history point, in evaluations

    @property
    def diverged(self) -> bool:
        return self.divergence is not None

    @property
    def n_train(self) -> int:
        """How many training points an epoch passes over."""
        return int(self._F_train.shape[0])

    @property
    def position(self) -> int:
        """Training points of the current epoch already used (0 at an epoch's start)."""
        return self._pos

    @property
    def at_epoch_start(self) -> bool:
        """True between two epochs: no point of the current epoch has been used yet."""
        return self._pos == 0

    @property
    def batches_per_epoch(self) -> int:
        return -(-self._F_train.shape[0] // self._batch_size)

    def step(self, n_batches: int = 1) -> int:
        """Train on ``n_batches`` batches; return how many were done (fewer if it diverged)."""
        if self.divergence is not None:
            return 0
        saved = limit_blas(self.blas_threads)
        try:  # overflow is expected near divergence and handled as such, not as warnings
            with np.errstate(all="ignore"):
                return self._steps(n_batches)
        finally:
            restore_blas(saved)

    def _steps(self, n_batches: int) -> int:
        net = self._net
        if self._passes.net is not net:  # a new network: an edit, a restore
            self._passes = BatchPasses(net)
        gradients, finish = self._passes.gradients, net.finish_grads
        flat, gflat, scratch = net._flat, net._gflat, self._scratch
        opt_step, lr, l1, l2 = self._opt.step, self.current_rate, self._l1, self._l2
        clip = tfp.l1_rule(net.head.loss_name, lr, clip_l1) if l1 else None
        n = self._F_train.shape[0]
        batch = self._batch_size
        step_cost = STEP_FIXED_COST + STEP_COST_PER_POINT * min(batch, n)
        dropout = self._dropout.passes(net, n)  # None: no layer drops, the plain passes
        finishing = l1 or l2 or net._has_mask  # else finish_grads changes nothing
        for done in range(n_batches):
            start = self._pos
            if start == 0:
                order = self._shuffle_rng.permutation(n) if self.shuffle else slice(None)
                self._F_perm = self._F1_train[order]
                self._T_perm = self._T_train[order]
            stop = min(start + batch, n)
            F1 = self._F_perm[start:stop]  # the features and a column of ones
            masks = None if dropout is None else dropout.batch_masks(start, stop)
            gradients(F1, self._T_perm[start:stop], masks)
            if finishing:
                finish(l1, l2)
            np.subtract(flat, opt_step(gflat, lr), out=scratch)
            if clip is not None:
                clip(flat, scratch, gflat, l1, net._reg_sel)
            if net._has_mask:
                scratch *= net._mask
            if not np.dot(scratch, scratch) <= _MAX_NORM_SQ:  # also false for NaN
                self._diverge(gflat)
                return done
            flat[...] = scratch
            self.steps += 1
            self.work_since_record += step_cost
            if stop < n:
                self._pos = stop
            else:
                self._pos = 0
                self.epoch += 1
                lr = self.current_rate
                if l1:  # TFP's rule reads the rate
                    clip = tfp.l1_rule(net.head.loss_name, lr, clip_l1)
                if self.history.due(self.epoch) and self._record_affordable():
                    self._record()
                    if self.divergence is not None:
                        return done + 1
        return n_batches

    def run_epochs(self, n_epochs: int = 1) -> None:
        """Train until ``n_epochs`` more epochs have completed (or training diverged)."""
        target = self.epoch + n_epochs
        while self.epoch < target and self.divergence is None:
            self.step(self.batches_per_epoch - self._pos // self._batch_size)

    def _diverge(self, grad: np.ndarray) -> None:
        self.divergence = from_step(self.epoch, self.steps, grad)

    def _record_affordable(self) -> bool:
        evaluations = self._F_train.shape[0] + self._F_test.shape[0]
        return evaluations <= HISTORY_WORK_SHARE * self.work_since_record

    def _record(self) -> None:
        """Evaluate both sets, keep the result as ``last_metrics``, add a history point."""
        m = self.metrics()
        self.last_metrics = m
        self.work_since_record = 0.0
        if not math.isfinite(m["train_loss"]):
            self.divergence = diverged(self.epoch, self.steps, "the loss became infinite")
            return
        exploded = loss_exploded(self.history.first_and_last_train_losses(), m["train_loss"])
        self.history.record(
            self.epoch, m["train_loss"], m["test_loss"], m["train_accuracy"], m["test_accuracy"]
        )
        if exploded:  # recorded, so that the chart shows the explosion
            self.divergence = diverged(self.epoch, self.steps, exploded)

    def metrics(self) -> dict:
        """Epoch, step count, and mean data loss and accuracy on the train and test sets
        (accuracy is None for regression; test figures are NaN/None without test data)."""
        saved = limit_blas(self.blas_threads)
        try:
            train_loss, train_acc = self._net.evaluate_features(self._F_train, self._T_train)
            test_loss, test_acc = self._net.evaluate_features(self._F_test, self._T_test)
        finally:
            restore_blas(saved)
        return {
            "epoch": self.epoch,
            "steps": self.steps,
            "train_loss": train_loss,
            "test_loss": test_loss,
            "train_accuracy": train_acc,
            "test_accuracy": test_acc,
        }

    def reset(self, seed: int | None = None) -> None:
        """Fresh weights from ``seed`` (default: the trainer's), epoch 0, empty history.

        Link masks are kept; the optimizer state starts again.
        """
        if seed is not None:
            self.seed = check_seed(seed)
        masks = self._net.masks
        dtype = self._net.dtype
        fresh = Network.from_spec(self._net.spec, seed=self.seed, dtype=dtype)
        self._net = Network(fresh.spec, fresh.params, masks, self.seed, dtype=dtype)
        self.set_optimizer(self._optimizer_name, self._optimizer_options)
        self._start()
        self._prepare_data()

    def get_state(self):
        """Everything that decides the training from here (an engine.checkpoints.TrainerState)."""
        from engine.checkpoints import capture

        return capture(self)

    def set_state(self, state) -> None:
        """Put back a :meth:`get_state`; training then continues bit for bit as from there."""
        from engine.checkpoints import restore

        restore(self, state)

    # -------------------------------------------------------- live topology edits
    def replace_network(self, network: Network) -> None:
        """Train ``network`` from the next step on: a network of a new layout (after an
        edit of engine.edits) or new weights. The optimizer's memory starts again; the
        data's features are computed again when its features or its head changed."""
        features_changed = network.features != self._net.features
        data_changed = network.head != self._net.head or network.dtype != self._net.dtype
        self._net = network
        self.set_optimizer(self._optimizer_name, self._optimizer_options)
        self._scratch = np.empty(network.n_params, network.dtype)
        if features_changed or data_changed:
            self._prepare_data()

    def insert_layer(
        self, index: int, units: int, activation: str = "tanh", start: str = "identity"
    ) -> None:
        points = np.vstack([self.X_train, self.X_test])  # the range the new layer must keep
        self.replace_network(edits.insert_layer(self._net, index, units, activation, start, points))

    def remove_layer(self, layer: int) -> None:
        self.replace_network(edits.remove_layer(self._net, layer))

    def add_neuron(self, layer: int) -> None:
        self.replace_network(edits.add_neuron(self._net, layer))

    def remove_neuron(self, layer: int, unit: int) -> None:
        self.replace_network(edits.remove_neuron(self._net, layer, unit))

    def set_activation(self, layer: int, activation: str) -> None:
        self.replace_network(edits.set_activation(self._net, layer, activation))

    def set_feature(self, name: str, enabled: bool) -> None:
        self.replace_network(edits.set_feature(self._net, name, enabled))

    # Exact inverses, for undo: put back what an edit removed (see engine.edits).
    def put_neuron(self, layer: int, unit: int, part: dict) -> None:
        self.replace_network(edits.put_neuron(self._net, layer, unit, part))

    def put_layer(self, index: int, part: dict) -> None:
        self.replace_network(edits.put_layer(self._net, index, part))

    def join_layer(self, layer: int, links: dict) -> None:
        self.replace_network(edits.join_layer(self._net, layer, links))

    def set_output(
        self, output: dict, y_train: np.ndarray, y_test: np.ndarray | None = None
    ) -> None:
        """Change the output head together with labels that fit it (e.g. a third class)."""
        candidate = edits.set_output(self._net, output)
        y_train = check_targets(y_train, self.X_train.shape[0], candidate.head, "y_train")
        if y_test is None:
            y_test = np.zeros(0)
        y_test = check_targets(y_test, self.X_test.shape[0], candidate.head, "y_test")
        self.y_train, self.y_test = y_train, y_test
        self.replace_network(candidate)
        self._prepare_data()

    def set_link_enabled(self, layer: int, i: int, j: int, enabled: bool) -> None:
        self._net.set_link_enabled(layer, i, j, enabled)

    def set_weight(self, layer: int, i: int, j: int, value: float) -> None:
        """Set one weight by hand (a disabled link cannot hold a non-zero weight)."""
        self._net._check_link(layer, i, j)
        value = check_number("weight", value, -1e6, 1e6)
        if value and not self._net.is_link_enabled(layer, i, j):
            raise ValueError(disabled_link(layer, i, j))
        self._net.params[layer][0][i, j] = value

    def set_bias(self, layer: int, j: int, value: float) -> None:
        sizes = self._net.layer_sizes
        if not 0 <= layer < len(sizes) - 1 or not 0 <= j < sizes[layer + 1]:
            raise ValueError(
                f"bias ({layer}, {j}) does not exist in a {'-'.join(map(str, sizes))} network"
            )
        self._net.params[layer][1][j] = check_number("bias", value, -1e6, 1e6)

    # ------------------------------------------------------------- walkthrough
    def trace(self, x: np.ndarray, y: float) -> SampleTrace:
        """The backprop walkthrough for one sample, with the update the optimizer would make."""
        masks = sample_masks(self._net, self.seed, self.steps)
        result = trace_sample(self._net, x, y, self._l1, self._l2, masks)
        flat_grad = flat_gradient(result)
        delta = self._opt.preview(flat_grad, self.current_rate)
        if self._l1:  # the update as apply_trace makes it, L1's exact zeros included
            new = self._net._flat - delta
            tfp.l1_rule(self._net.head.loss_name, self.current_rate, clip_l1)(
                self._net._flat, new, flat_grad, self._l1, self._net._reg_sel
            )
            delta = self._net._flat - new
        if self._net._has_mask:
            delta = delta * self._net._mask
        result.updates = per_layer(delta, result)
        result.optimizer_rule = self._opt.rule
        result.learning_rate = self.current_rate
        return result

    def apply_trace(self, result: SampleTrace) -> None:
        """Apply the update a :meth:`trace` showed (the optimizer's state advances too)."""
        flat_grad = flat_gradient(result)
        delta = self._opt.step(flat_grad, self.current_rate)
        new = self._net._flat - delta
        if self._l1:
            tfp.l1_rule(self._net.head.loss_name, self.current_rate, clip_l1)(
                self._net._flat, new, flat_grad, self._l1, self._net._reg_sel
            )
        if self._net._has_mask:
            new *= self._net._mask
        if not np.dot(new, new) <= _MAX_NORM_SQ:
            self._diverge(flat_grad)
            return
        self._net._flat[...] = new
        self.steps += 1

    @staticmethod
    def optimizer_names() -> list[str]:
        return list(OPTIMIZERS)
