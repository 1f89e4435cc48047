"""A bounded store of exact trainer states (engine.checkpoints.TrainerState): every epoch
for the most recent ones, thinning further back, within a count and a byte budget."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from engine.i18n import number, translate

if TYPE_CHECKING:
    from engine.checkpoints import TrainerState

DEFAULT_MAX_BYTES = 32 * 2**20
DEFAULT_MAX_COUNT = 4000
MIN_COUNT = 32  # kept even for a huge network whose states overrun the byte budget
MIN_RECENT = 16


@dataclass
class _Entry:
    state: TrainerState
    protected: bool  # settings changed here: thinning keeps it, or replay would cross it
    nbytes: int


class CheckpointStore:
    """Trainer states in training order, with bounded memory.

    The ``recent`` newest epochs all keep their checkpoint; older ones are thinned so that
    a checkpoint of age ``a`` epochs survives only if its epoch is a multiple of
    2^(⌊log₂(a / recent)⌋ + 1): every 2nd epoch at ages recent…2·recent, every 4th up to
    4·recent, and so on. The count then grows only with the logarithm of the run's length;
    should it still pass ``max_count`` or ``max_bytes``, the spacing of the old ones
    doubles again. The first checkpoint, the newest, and those that mark a setting change
    are always kept (the oldest of those go only if they alone overrun the budget).
    """

    def __init__(
        self,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_count: int = DEFAULT_MAX_COUNT,
        recent: int | None = None,
    ) -> None:
        if max_count < 4:
            raise ValueError(f"max_count must be at least 4; got {max_count}")
        self.max_bytes = int(max_bytes)
        self.max_count = int(max_count)
        self._fixed_recent = recent
        self._entries: list[_Entry] = []
        self._keys: list[tuple[int, int]] = []
        self._bytes = 0
        self.thinned = 0  # how many checkpoints thinning has dropped (for the UI and tests)

    # --------------------------------------------------------------- figures
    def __len__(self) -> int:
        return len(self._entries)

    @property
    def nbytes(self) -> int:
        return self._bytes

    @property
    def capacity(self) -> int:
        """How many checkpoints fit the budgets, judged by the newest one's size."""
        if not self._entries:
            return self.max_count
        per = self._entries[-1].nbytes
        return min(self.max_count, max(MIN_COUNT, self.max_bytes // per))

    @property
    def recent(self) -> int:
        """The newest epochs that all keep their checkpoint."""
        if self._fixed_recent is not None:
            return self._fixed_recent
        return max(MIN_RECENT, self.capacity // 8)

    @property
    def first(self) -> TrainerState | None:
        return self._entries[0].state if self._entries else None

    @property
    def last(self) -> TrainerState | None:
        return self._entries[-1].state if self._entries else None

    def epochs(self) -> np.ndarray:
        """The epochs whose start has a checkpoint (mid-epoch ones left out)."""
        return np.array([e.state.epoch for e in self._entries if e.state.pos == 0], dtype=np.int64)

    # -------------------------------------------------------------- changing
    def clear(self) -> None:
        self._entries.clear()
        self._keys.clear()
        self._bytes = 0
        self.thinned = 0

    def add(self, state: TrainerState, protected: bool = False) -> None:
        """Append ``state``, which must not come before the newest (the same moment
        replaces it: e.g. a setting changed at an epoch boundary)."""
        key = state.key
        if self._keys and key < self._keys[-1]:
            raise ValueError(f"checkpoint {key} comes before the newest one {self._keys[-1]}")
        if self._keys and key == self._keys[-1]:
            old = self._entries.pop()
            self._keys.pop()
            self._bytes -= old.nbytes
            protected = protected or old.protected
        size = state.nbytes
        self._entries.append(_Entry(state, protected, size))
        self._keys.append(key)
        self._bytes += size
        if len(self._entries) > self.capacity or self._bytes > self.max_bytes:
            self._thin()

    def truncate_after(self, key: tuple[int, int]) -> None:
        """Forget every checkpoint later than ``key`` (the future of a rewound run)."""
        i = bisect.bisect_right(self._keys, key)
        for entry in self._entries[i:]:
            self._bytes -= entry.nbytes
        del self._entries[i:], self._keys[i:]

    def latest_at_or_before(self, key: tuple[int, int]) -> TrainerState | None:
        i = bisect.bisect_right(self._keys, key)
        return self._entries[i - 1].state if i else None

    def _thin(self) -> None:
        n = len(self._entries)
        target_count = max(4, (self.capacity * 3) // 4)
        target_bytes = (self.max_bytes * 3) // 4
        epochs = np.array([e.state.epoch for e in self._entries], dtype=np.int64)
        at_start = np.array([e.state.pos == 0 for e in self._entries])
        protected = np.array([e.protected for e in self._entries])
        sizes = np.array([e.nbytes for e in self._entries], dtype=np.int64)
        age = epochs[-1] - epochs
        recent = self.recent
        old = age >= recent
        spacing = np.ones(n, dtype=np.int64)
        with np.errstate(divide="ignore"):
            bands = np.floor(np.log2(np.maximum(age, 1) / recent)).astype(np.int64) + 1
        spacing[old] = np.left_shift(1, np.clip(bands[old], 0, 62))
        always = protected.copy()
        always[0] = always[-1] = True
        keep = always
        for extra in range(63):
            step = np.left_shift(spacing, extra) if extra else spacing
            step = np.where(step <= 0, np.int64(1) << 62, step)  # shifted past int64
            keep = always | (~old & at_start) | (at_start & (epochs % step == 0))
            if extra == 0:
                keep |= ~old  # mid-epoch states of the recent epochs stay too
            if keep.sum() <= target_count and sizes[keep].sum() <= target_bytes:
                break
        else:
            keep = always.copy()
        # Protected checkpoints alone over budget: the oldest go, the timeline starts later.
        while keep.sum() > target_count or sizes[keep].sum() > target_bytes:
            kept = np.flatnonzero(keep)
            if len(kept) <= 2:
                break
            keep[kept[0]] = False
        self.thinned += int(n - keep.sum())
        self._entries = [e for e, k in zip(self._entries, keep) if k]
        self._keys = [e.state.key for e in self._entries]
        self._bytes = int(sizes[keep].sum())

    def describe(self) -> str:
        """The keeping rule and the memory it takes, in a sentence for the UI."""
        return translate(
            "checkpoint_store",
            "Checkpoints: every epoch recorded for the last {recent}, then every 2nd, 4th, 8th … "
            "further back; {kept} kept, {size} MB of at most {limit} MB. Epochs between "
            "checkpoints are recomputed exactly from the nearest earlier one.",
        ).format(
            recent=number(self.recent, ","),
            kept=number(len(self), ","),
            size=number(self.nbytes / 2**20, ".1f"),
            limit=number(self.max_bytes / 2**20, ".0f"),
        )
