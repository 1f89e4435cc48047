"""Compare: 2 to 4 lanes that race from the same data and the same initial weights.

Each lane is a Trainer of its own whose settings are the session's (the top bar's) with
a few of its own on top: optimizer, learning rate, activation, batch size,
regularization. Every lane starts from the very same weights (those the weight seed
gives, whatever the lane's activation) and sees the training points in the same order,
so whatever differs between lanes comes from their settings alone. The lanes train in
step, an epoch at a time each, so none runs ahead of the others.

No Qt here: the session owns the comparison, the worker trains it, the GUI draws
:class:`LaneSnapshot` copies. The module-level functions are the commands the window
sends (``client.submit(comparison.start)``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import numpy as np

from engine import Network, Trainer
from engine.i18n import number, translate
from playground.core.race import lane_finished, race
from playground.core.settings import SETTINGS_INFO, TrainingSettings
from playground.core.snapshot import MAP_DTYPE

MIN_LANES, MAX_LANES = 2, 4
LANE_FIELDS = (
    "optimizer",
    "learning_rate",
    "activation",
    "batch_size",
    "regularization",
    "reg_rate",
)
LANE_NAMES = "ABCD"
# Lane colours for the chart and the lane frames: far from the orange and blue of the
# classes, and told apart with the common colour-vision deficiencies (Okabe & Ito).
LANE_COLORS = ((50, 50, 50), (0, 158, 115), (204, 121, 167), (213, 94, 0))
# Settings that do not change what a lane learns: changing them does not restart a race.
NOT_RACE_FIELDS = ("speed", "stop_at_epoch", "patience", "restore_best")
# The order in which new lanes suggest an optimizer not raced yet.
SUGGESTED_OPTIMIZERS = ("sgd", "adam", "momentum", "rmsprop", "nesterov")
OPTIMIZER_SHORT = {
    "sgd": "SGD",
    "momentum": "Momentum",
    "nesterov": "Nesterov",
    "rmsprop": "RMSProp",
    "adam": "Adam",
}


def lane_summary(settings: TrainingSettings) -> str:
    """E.g. "Adam · rate 0.03 · Tanh · batch 10" (· L2 0.01 when regularized)."""
    text = (
        f"{OPTIMIZER_SHORT.get(settings.optimizer, settings.optimizer)} · rate "
        f"{settings.learning_rate:g} · {settings.activation.capitalize()} · batch "
        f"{settings.batch_size}"
    )
    if settings.regularization != "none" and settings.reg_rate:
        text += f" · {settings.regularization.upper()} {settings.reg_rate:g}"
    return text


def lane_caption(settings: TrainingSettings) -> str:
    """:func:`lane_summary` as the window shows it: in the user's words and numbers
    (lane_summary itself stays as reports write it)."""
    text = translate(
        "comparison", "{optimizer} · rate {rate} · {activation} · batch {batch}"
    ).format(
        optimizer=OPTIMIZER_SHORT.get(settings.optimizer, settings.optimizer),
        rate=number(settings.learning_rate, "g"),
        activation=settings.activation.capitalize(),
        batch=settings.batch_size,
    )
    if settings.regularization != "none" and settings.reg_rate:
        text += f" · {settings.regularization.upper()} {number(settings.reg_rate, 'g')}"
    return text


@dataclass
class Lane:
    overrides: dict
    settings: TrainingSettings
    trainer: Trainer
    name: str
    color: tuple[int, int, int]


@dataclass(frozen=True)
class LaneSnapshot:
    """One lane as the GUI draws it: copies only."""

    index: int
    name: str
    color: tuple[int, int, int]
    settings: TrainingSettings  # the lane's own settings (the session's, overridden)
    overrides: dict  # the lane's own settings, by field name
    summary: str
    epoch: int
    steps: int
    metrics: dict
    boundary: np.ndarray  # as Snapshot.boundary
    history: dict[str, np.ndarray]  # epoch, train_loss, test_loss
    divergence: object | None
    finished: bool  # reached the stop-at epoch or diverged: it trains no more


@dataclass(frozen=True)
class ComparisonSnapshot:
    lanes: tuple[LaneSnapshot, ...]
    focus: int  # the lane the network diagram shows


class Comparison:
    """The lanes of a race and how to train them together."""

    def __init__(self, overrides: list[dict]) -> None:
        if not MIN_LANES <= len(overrides) <= MAX_LANES:
            raise ValueError(f"compare {MIN_LANES} to {MAX_LANES} lanes; got {len(overrides)}")
        self.overrides = [dict(o) for o in overrides]
        self.lanes: list[Lane] = []
        self.focus = 0
        self._key: tuple | None = None

    # ---------------------------------------------------------------- the race
    def sync(self, session) -> bool:
        """(Re)start the race if the session's settings, data or lanes changed; True if so."""
        key = _race_key(session, self.overrides)
        if key == self._key:
            return False
        self._build(session)
        self._key = key
        return True

    def restart(self) -> None:
        self._key = None

    def _build(self, session) -> None:
        base = session.settings
        classes = session.data.classes
        dtype = session.trainer.network.dtype
        start = Network.from_spec(base.spec(classes), seed=base.init_seed, dtype=dtype)
        masks = session.trainer.network.masks
        if [m.shape for m in masks] != [W.shape for W, _ in start.params]:
            masks = None
        X_train, y_train, X_test, y_test = session.trainer_data()
        self.lanes = []
        for i, overrides in enumerate(self.overrides):
            settings = base.with_changes(**overrides)
            # The same weights for every lane, whatever its activation.
            net = Network(settings.spec(classes), start.params, masks, base.init_seed, dtype=dtype)
            trainer = settings.make_trainer(net, X_train, y_train, X_test, y_test)
            self.lanes.append(Lane(overrides, settings, trainer, LANE_NAMES[i], LANE_COLORS[i]))
        self.focus = min(self.focus, len(self.lanes) - 1)

    def _finished(self, lane: Lane, stop_at: int) -> bool:
        return lane_finished(lane.trainer, stop_at)

    def active(self, stop_at: int = 0) -> bool:
        """Whether some lane still trains."""
        return any(not self._finished(lane, stop_at) for lane in self.lanes)

    def epoch(self, stop_at: int = 0) -> int:
        """The epoch of the lane furthest behind among those still training."""
        going = [lane.trainer.epoch for lane in self.lanes if not self._finished(lane, stop_at)]
        return min(going) if going else max(lane.trainer.epoch for lane in self.lanes)

    def train(self, n: int, stop_at: int = 0, until: int | None = None) -> int:
        """Up to ``n`` batches in all, the lanes kept in step (playground.core.race)."""
        return race([lane.trainer for lane in self.lanes], n, stop_at, until)

    def status(self, stop_at: int = 0) -> str:
        """Why nothing trains any more, for the status bar."""
        diverged = [lane.name for lane in self.lanes if lane.trainer.diverged]
        if stop_at and not self.active(stop_at):
            if diverged:
                text = translate(
                    "comparison",
                    "Every lane has stopped: {lanes} diverged, the others reached epoch {epoch}. "
                    "Raise it or restart the race to go on.",
                )
            else:
                text = translate(
                    "comparison",
                    "Every lane has reached epoch {epoch}, the stop-at-epoch setting. "
                    "Raise it or restart the race to go on.",
                )
            return text.format(lanes=", ".join(diverged), epoch=stop_at)
        if diverged and not self.active(stop_at):
            return translate(
                "comparison",
                "Every lane has diverged. Lower their learning rates and restart the race.",
            )
        return ""

    # ----------------------------------------------------------------- snapshot
    def snapshot(
        self,
        running: bool,
        resolution: int,
        stop_at: int = 0,
        focus_boundary: np.ndarray | None = None,
    ) -> ComparisonSnapshot:
        lanes = []
        for i, lane in enumerate(self.lanes):
            t = lane.trainer
            if i == self.focus and focus_boundary is not None:
                boundary = focus_boundary
            else:
                boundary = t.network.grid_maps(resolution, neurons=False, dtype=MAP_DTYPE)["output"]
            h = t.history.arrays()
            lanes.append(
                LaneSnapshot(
                    index=i,
                    name=lane.name,
                    color=lane.color,
                    settings=lane.settings,
                    overrides=dict(lane.overrides),
                    summary=lane_caption(lane.settings),
                    epoch=t.epoch,
                    steps=t.steps,
                    metrics=dict(t.last_metrics if running else t.metrics()),
                    boundary=boundary,
                    history={k: h[k] for k in ("epoch", "train_loss", "test_loss")},
                    divergence=t.divergence,
                    finished=self._finished(lane, stop_at),
                )
            )
        return ComparisonSnapshot(tuple(lanes), self.focus)


def _race_key(session, overrides: list[dict]) -> tuple:
    s = session.settings
    shared = tuple((f.name, getattr(s, f.name)) for f in fields(s) if f.name not in NOT_RACE_FIELDS)
    return (
        shared,
        session.data.version,
        tuple(tuple(sorted(o.items())) for o in overrides),
    )


def default_lanes(settings: TrainingSettings) -> list[dict]:
    """The current settings, and the same with Adam (with SGD if Adam is current)."""
    other = "sgd" if settings.optimizer == "adam" else "adam"
    return [{}, {"optimizer": other}]


def suggest_lane(settings: TrainingSettings, overrides: list[dict]) -> dict:
    """A new lane: an optimizer not raced yet (the first lane's other settings)."""
    used = {settings.with_changes(**o).optimizer for o in overrides}
    for name in SUGGESTED_OPTIMIZERS:
        if name not in used:
            return {"optimizer": name}
    return {"learning_rate": settings.learning_rate}


def check_lane_value(field: str, value: object) -> None:
    if field not in LANE_FIELDS:
        raise ValueError(f"a lane's own settings are {', '.join(LANE_FIELDS)}; not {field!r}")
    TrainingSettings().with_changes(**{field: value})  # raises ValueError when invalid


# ------------------------------------------------------------------ commands
# Each runs in the worker thread on the session; a ValueError is a refusal to show.


def start(session, overrides: list[dict] | None = None) -> Comparison:
    """Turn Compare on (2 lanes by default: the current settings and the same with Adam)."""
    if not session.has_training_data:
        raise ValueError(
            translate("comparison", "there are no training points to race on yet; paint some first")
        )
    if session.timeline.viewing is not None:
        session.timeline_latest()
    comp = Comparison(overrides or default_lanes(session.settings))
    session.comparison = comp
    comp.sync(session)
    return comp


def stop(session) -> None:
    """Compare off: the main network is shown again, as it was."""
    session.comparison = None


def _comparison(session) -> Comparison:
    if session.comparison is None:
        raise ValueError(translate("comparison", "Compare is off"))
    return session.comparison


def add_lane(session) -> None:
    comp = _comparison(session)
    if len(comp.overrides) >= MAX_LANES:
        raise ValueError(translate("comparison", "at most {lanes} lanes").format(lanes=MAX_LANES))
    comp.overrides.append(suggest_lane(session.settings, comp.overrides))
    comp.sync(session)


def remove_lane(session, index: int) -> None:
    comp = _comparison(session)
    if len(comp.overrides) <= MIN_LANES:
        raise ValueError(
            translate(
                "comparison", "Compare keeps at least {lanes} lanes; turn Compare off instead"
            ).format(lanes=MIN_LANES)
        )
    del comp.overrides[index]
    if comp.focus >= index and comp.focus:
        comp.focus -= 1
    comp.sync(session)


def set_lane(session, index: int, field: str, value: object) -> None:
    """Give lane ``index`` its own value of ``field``; the race starts again."""
    comp = _comparison(session)
    check_lane_value(field, value)
    overrides = dict(comp.overrides[index])
    overrides[field] = value
    if (
        field == "regularization"
        and value != "none"
        and not session.settings.with_changes(**overrides).reg_rate
    ):
        overrides["reg_rate"] = 0.001  # a penalty of 0 would change nothing
    comp.overrides[index] = overrides
    comp.sync(session)


def focus(session, index: int) -> None:
    comp = _comparison(session)
    if not 0 <= index < len(comp.lanes):
        raise ValueError(translate("comparison", "there is no lane {lane}").format(lane=index + 1))
    comp.focus = index


def restart(session) -> None:
    """All lanes back to epoch 0 and the same starting weights."""
    comp = _comparison(session)
    comp.restart()
    comp.sync(session)


def promote(session, index: int) -> str:
    """Make lane ``index`` the main network (its settings, weights, optimizer memory and
    loss history) and turn Compare off. Returns a sentence saying so."""
    comp = _comparison(session)
    comp.sync(session)
    lane = comp.lanes[index]
    session.settings = lane.settings
    session.trainer = lane.trainer
    session.stop_reason = ""
    session.best_test = (math.inf, lane.trainer.epoch)
    session.comparison = None
    return translate(
        "comparison",
        "Lane {lane} ({summary}) is now the main network; it carries on from epoch {epoch}.",
    ).format(lane=lane.name, summary=lane_caption(lane.settings), epoch=lane.trainer.epoch)


def lane_field_label(field: str) -> str:
    return SETTINGS_INFO[field].label
