"""Exact trainer states, a bounded store of them, and a rewindable timeline.

:func:`capture` takes everything that decides a :class:`~engine.trainer.Trainer`'s future:
the parameters, the link masks, the optimizer and its memory (including its step count),
the settings, the shuffle and dropout generators' states, the epoch, step and position
counters, and mid-epoch the current epoch's shuffled order. :func:`restore` puts it back, after which
training continues bit for bit as it would have from that moment.

:class:`CheckpointStore` keeps such states with bounded memory: every epoch for the most
recent ones, thinning further back (every 2nd, 4th, 8th, … epoch as they age), within a
count and a byte budget. Training is deterministic, so any epoch between two checkpoints
is recomputed exactly by replaying from the nearest earlier one.

:class:`Timeline` ties a store to a trainer: it records an epoch as it ends, notes setting
changes (which replay must not cross), shows a past epoch ("view"), and either resumes
training from it (discarding the later epochs) or returns to the latest state.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.checkpoint_store import CheckpointStore
from engine.history import LossHistory
from engine.schedules import CONSTANT, Schedule

# A state's own arrays plus what its Python objects cost (dicts, the generator state).
STATE_OVERHEAD_BYTES = 1200


@dataclass(frozen=True)
class TrainerState:
    """Everything that decides a trainer's future, as it was at one moment."""

    epoch: int
    steps: int
    pos: int  # training points of the current epoch already used
    params: np.ndarray  # the flat parameter vector
    mask: np.ndarray | None  # the flat link mask, None when every link is enabled
    optimizer: str
    optimizer_options: dict | None
    optimizer_state: dict  # t and the optimizer's buffers
    learning_rate: float
    l1: float
    l2: float
    batch_size: int
    rng_state: dict  # the shuffle generator's bit_generator.state
    # Mid-epoch only: the epoch's shuffled features and targets (shared, never written).
    perm: tuple[np.ndarray, np.ndarray] | None
    divergence: object | None
    n_train: int
    work_since_record: float = 0.0  # decides which coming epochs enter the loss history
    schedule: Schedule = CONSTANT  # with the epoch, it decides the rate (engine.schedules)
    dropout: tuple | None = None  # engine.dropout: its generator, the epoch's masks' origin

    @property
    def key(self) -> tuple[int, int]:
        """Orders states in training time: (epoch, position in the epoch)."""
        return (self.epoch, self.pos)

    @property
    def config(self) -> tuple:
        """What a setting change alters; replay must not cross a change of it."""
        return (
            self.optimizer,
            repr(self.optimizer_options),
            self.learning_rate,
            self.schedule,
            self.l1,
            self.l2,
            self.batch_size,
            None if self.mask is None else self.mask.tobytes(),
        )

    @property
    def nbytes(self) -> int:
        own = self.params.nbytes + (0 if self.mask is None else self.mask.nbytes)
        own += sum(v.nbytes for v in self.optimizer_state.values() if isinstance(v, np.ndarray))
        return own + STATE_OVERHEAD_BYTES


def capture(trainer) -> TrainerState:
    """The trainer's complete state (copies; later training does not change it)."""
    net = trainer.network
    perm = None
    if trainer._pos:
        # Replaced by a fresh array at every epoch start and never written in place,
        # so sharing them costs nothing and stays exact.
        perm = (trainer._F_perm, trainer._T_perm)
    return TrainerState(
        epoch=int(trainer.epoch),
        steps=int(trainer.steps),
        pos=int(trainer._pos),
        params=net._flat.copy(),
        mask=net._mask.copy() if net._has_mask else None,
        optimizer=trainer.optimizer,
        optimizer_options=trainer._optimizer_options,
        optimizer_state=trainer.optimizer_state.get_state(),
        learning_rate=trainer.learning_rate,
        l1=trainer.l1,
        l2=trainer.l2,
        batch_size=trainer.batch_size,
        rng_state=trainer._shuffle_rng.bit_generator.state,
        perm=perm,
        divergence=trainer.divergence,
        n_train=int(trainer._F_train.shape[0]),
        work_since_record=float(trainer.work_since_record),
        schedule=trainer.schedule,
        dropout=trainer._dropout.get_state(trainer._pos),
    )


def restore(trainer, state: TrainerState) -> None:
    """Put ``state`` back into ``trainer`` (same network layout and training data)."""
    net = trainer.network
    if state.params.shape != net._flat.shape:
        raise ValueError(
            f"this state is for a network of {state.params.size} parameters, not {net._flat.size}"
        )
    if state.params.dtype != net._flat.dtype:
        raise ValueError(f"this state is for a {state.params.dtype} network, not {net.dtype}")
    if state.n_train != trainer._F_train.shape[0]:
        raise ValueError(
            f"this state is for {state.n_train} training points, not {trainer._F_train.shape[0]}"
        )
    net._flat[...] = state.params
    net._mask[...] = 1.0 if state.mask is None else state.mask
    net._refresh_mask()
    if (
        trainer.optimizer != state.optimizer
        or trainer._optimizer_options != state.optimizer_options
    ):
        trainer.set_optimizer(state.optimizer, state.optimizer_options)
    trainer.optimizer_state.set_state(state.optimizer_state)
    trainer.learning_rate, trainer.schedule = state.learning_rate, state.schedule
    trainer.l1, trainer.l2 = state.l1, state.l2
    trainer.batch_size = state.batch_size
    trainer._shuffle_rng.bit_generator.state = state.rng_state
    trainer.epoch, trainer.steps, trainer._pos = state.epoch, state.steps, state.pos
    if state.perm is not None:
        trainer._F_perm, trainer._T_perm = state.perm
    trainer.divergence = state.divergence
    trainer.work_since_record = state.work_since_record
    if state.dropout is not None:
        trainer._dropout.set_state(state.dropout)


def batches_to_epoch_end(trainer) -> int:
    """Batches left in the current epoch (exact even after a batch-size change mid-epoch)."""
    left = trainer._F_train.shape[0] - trainer._pos
    return max(1, -(-left // trainer.batch_size))


class _NoHistory(LossHistory):
    """Stands in for the loss history while epochs are replayed: they are recorded already."""

    def __init__(self) -> None:
        super().__init__(4)

    def due(self, epoch: int) -> bool:
        return False


_NO_HISTORY = _NoHistory()


def replay_to(trainer, epoch: int, max_batches: int | None = None) -> bool:
    """Train ``trainer`` towards the start of ``epoch`` without touching its loss history;
    at most ``max_batches`` batches when given. True once it is there (or it diverged)."""
    history = trainer.history
    trainer.history = _NO_HISTORY
    try:
        budget = math.inf if max_batches is None else max_batches
        while trainer.epoch < epoch and trainer.divergence is None and budget > 0:
            n = int(min(budget, batches_to_epoch_end(trainer)))
            done = trainer.step(n)
            budget -= n
            if done < n:
                break
    finally:
        trainer.history = history
    return trainer.epoch >= epoch or trainer.divergence is not None


@dataclass(frozen=True)
class TimelineInfo:
    """What the timeline slider needs to know (no arrays)."""

    first: int  # the earliest epoch that can be shown
    latest: int  # the newest epoch trained
    viewing: int | None  # the past epoch on show, or None when showing the latest state
    pending: bool  # still recomputing the epoch asked for
    count: int
    nbytes: int
    recent: int  # every epoch this far back has a checkpoint
    max_bytes: int
    description: str


class Timeline:
    """Rewind for one trainer: records its epochs, shows a past one, resumes from it.

    It follows whatever trainer it is given: if that is a different trainer, network or
    training set than before (a reset, a new network, new data), the timeline starts
    again from the trainer's current state, because older states cannot be replayed on
    it. Call :meth:`record` when an epoch ends and :meth:`mark` after a setting change.
    """

    def __init__(self, store: CheckpointStore | None = None) -> None:
        self.store = store if store is not None else CheckpointStore()
        self._refs: tuple = ()
        self.viewing: int | None = None
        self._target: int | None = None  # the epoch being recomputed, while replaying

    # ---------------------------------------------------------------- following
    def sync(self, trainer) -> bool:
        """Start again if ``trainer`` is not the one (same network and data) followed so
        far; True if it started again."""
        refs = (trainer, trainer.network, trainer._F_train, trainer._T_train)
        if len(self._refs) == len(refs) and all(a is b for a, b in zip(self._refs, refs)):
            return False
        self._refs = refs
        if self.viewing is not None:  # e.g. new points while rewound: go on from the past
            truncate_history(trainer.history, trainer.epoch)
        self.store.clear()
        self.viewing = self._target = None
        self.store.add(capture(trainer), protected=True)
        return True

    def record(self, trainer) -> None:
        """Keep the state of an epoch that has just ended."""
        if self.viewing is not None or self.sync(trainer):
            return
        self.store.add(capture(trainer))

    def record_state(self, trainer, state: TrainerState) -> None:
        """Keep ``state``, the end of an epoch of ``trainer``'s training that ran elsewhere
        (a copy of the trainer in another process) and is not yet in the trainer."""
        if self.viewing is not None or self.sync(trainer):
            return
        last = self.store.last
        if state.pos == 0 and (last is None or state.key >= last.key):
            self.store.add(state)

    def mark(self, trainer, edited: bool = False) -> None:
        """Note the current state if a setting that training depends on has changed, or
        always with ``edited`` (weights changed by hand: replay must start from here)."""
        if self.viewing is not None or self.sync(trainer):
            return
        state = capture(trainer)
        if edited or state.config != self._last().config:
            self.store.add(state, protected=True)

    def _last(self) -> TrainerState:
        state = self.store.last
        if state is None:  # sync() keeps the current state whenever the store was empty
            raise RuntimeError("the timeline holds no state")
        return state

    def _first(self) -> TrainerState:
        state = self.store.first
        if state is None:
            raise RuntimeError("the timeline holds no state")
        return state

    # ----------------------------------------------------------------- rewinding
    @property
    def replaying(self) -> bool:
        return self._target is not None

    def view(self, trainer, epoch: int) -> None:
        """Show the state at the start of ``epoch`` (clamped to the timeline); the
        recomputation happens in :meth:`replay` steps."""
        self.sync(trainer)
        if self.viewing is None:
            self.store.add(capture(trainer))  # the latest state, to come back to
        head = self._last()
        first = self._first()
        epoch = int(min(max(epoch, first.epoch if first.pos == 0 else first.epoch + 1), head.epoch))
        if head.pos == 0 and epoch == head.epoch:
            self.latest(trainer)
            return
        start = self.store.latest_at_or_before((epoch, 0)) or first
        current = (trainer.epoch, trainer._pos)
        # Moving forward from the state on show needs no restore when no checkpoint lies
        # in between (dragging the slider to the right).
        if not (self.viewing is not None and start.key <= current <= (epoch, 0)):
            restore(trainer, start)
        self.viewing = epoch
        self._target = epoch
        self.replay(trainer, 0)

    def replay(self, trainer, max_batches: int | None = None) -> bool:
        """Recompute towards the epoch on show; True when it is there."""
        if self.sync(trainer) or self._target is None:
            return True
        if replay_to(trainer, self._target, max_batches):
            self._target = None
            trainer.last_metrics = trainer.metrics()
            return True
        return False

    def resume(self, trainer) -> None:
        """Continue from the epoch on show: the later epochs are forgotten."""
        if self.sync(trainer) or self.viewing is None:
            return
        self.replay(trainer)
        self.store.truncate_after((trainer.epoch, trainer._pos))
        self.store.add(capture(trainer))
        truncate_history(trainer.history, trainer.epoch)
        self.viewing = None

    def latest(self, trainer) -> None:
        """Back to the newest state, as if never rewound."""
        if self.sync(trainer) or self.viewing is None:
            return
        restore(trainer, self._last())
        trainer.last_metrics = trainer.metrics()
        self.viewing = self._target = None

    def info(self, trainer) -> TimelineInfo:
        self.sync(trainer)
        first, last = self._first(), self._last()
        latest = max(last.epoch, trainer.epoch) if self.viewing is not None else trainer.epoch
        return TimelineInfo(
            first=first.epoch if first.pos == 0 else first.epoch + 1,
            latest=latest,
            viewing=self.viewing,
            pending=self._target is not None,
            count=len(self.store),
            nbytes=self.store.nbytes,
            recent=self.store.recent,
            max_bytes=self.store.max_bytes,
            description=self.store.describe(),
        )


def truncate_history(history: LossHistory, epoch: int) -> None:
    """Drop the loss history's points after ``epoch``."""
    history._rows = [row for row in history._rows if row[0] <= epoch]
