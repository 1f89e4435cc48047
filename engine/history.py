"""A loss history whose memory stays bounded however long training runs.

Points are recorded at every ``stride``-th epoch. When the history is full, every other
point is dropped and the stride doubles, so a run of millions of epochs keeps at most
``limit`` points spread evenly over the whole run.
"""

from __future__ import annotations

import numpy as np

from engine.divergence import LOSS_WINDOW

FIELDS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


class LossHistory:
    def __init__(self, limit: int = 1000) -> None:
        if limit < 4:
            raise ValueError(f"history limit must be at least 4; got {limit}")
        self.limit = limit
        self.stride = 1
        self._table: np.ndarray | None = None  # the rows as one array, built when asked
        self._rows: list[tuple[float, ...]] = []

    @property
    def _rows(self) -> list[tuple[float, ...]]:
        return self._row_list

    @_rows.setter
    def _rows(self, rows: list[tuple[float, ...]]) -> None:
        # Rows are only ever replaced whole or appended to (below); either drops the table.
        self._row_list = rows
        self._table = None

    def due(self, epoch: int) -> bool:
        """Whether the point for ``epoch`` should be recorded."""
        return epoch % self.stride == 0

    def record(
        self,
        epoch: int,
        train_loss: float,
        test_loss: float,
        train_accuracy: float | None,
        test_accuracy: float | None,
    ) -> None:
        nan = float("nan")
        self._rows.append(
            (
                float(epoch),
                train_loss,
                test_loss,
                nan if train_accuracy is None else train_accuracy,
                nan if test_accuracy is None else test_accuracy,
            )
        )
        self._table = None
        if len(self._rows) >= self.limit:
            self.stride *= 2
            self._rows = [row for row in self._rows if int(row[0]) % self.stride == 0]

    def train_losses(self) -> list[float]:
        """The recorded train losses, oldest first."""
        return [row[1] for row in self._rows]

    def first_and_last_train_losses(self, last: int = LOSS_WINDOW) -> list[float]:
        """The first recorded train loss and the ``last`` newest, oldest first (all of them
        if there are no more): what the divergence rule reads (engine.divergence), at
        every record, without a list of the whole history (a tenth of a small network's
        record)."""
        rows = self._rows
        if len(rows) <= last + 1:
            return [row[1] for row in rows]
        return [rows[0][1]] + [row[1] for row in rows[-last:]]

    def clear(self) -> None:
        self.stride = 1
        self._rows = []

    def __len__(self) -> int:
        return len(self._rows)

    def arrays(self) -> dict[str, np.ndarray]:
        """Fresh arrays, one per field (NaN where a value does not apply).

        The GUI asks on every frame; the rows become an array only once after each change
        (for a full history that conversion was a tenth of the worker's snapshot time)."""
        if self._table is None:
            self._table = np.array(self._rows, dtype=np.float64).reshape(-1, len(FIELDS))
        return {name: self._table[:, i].copy() for i, name in enumerate(FIELDS)}

    def mark(self) -> tuple[int, int]:
        """Where the history stands now, for :meth:`changes_since`."""
        return (self.stride, len(self._rows))

    def changes_since(self, mark: tuple[int, int]) -> tuple:
        """What turns a copy taken at ``mark`` into this history, for :meth:`apply_changes`
        (the new rows, or every row once the history has been thinned or cleared)."""
        stride, count = mark
        if stride == self.stride and count <= len(self._rows):
            return ("append", self._rows[count:])
        return ("replace", self.stride, list(self._rows))

    def apply_changes(self, changes: tuple) -> None:
        """Bring a copy up to date with :meth:`changes_since` of the original."""
        if changes[0] == "append":
            if changes[1]:
                self._rows = self._rows + [tuple(row) for row in changes[1]]
        else:
            self.stride = int(changes[1])
            self._rows = [tuple(row) for row in changes[2]]

    def to_dict(self) -> dict:
        return {"limit": self.limit, "stride": self.stride, "rows": [list(r) for r in self._rows]}

    @classmethod
    def from_dict(cls, data: dict) -> LossHistory:
        history = cls(int(data["limit"]))
        history.stride = int(data["stride"])
        history._rows = [tuple(float(v) for v in row) for row in data["rows"]]
        return history
