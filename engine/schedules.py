"""Learning-rate schedules: the rate an epoch trains at, as a pure function of the epoch.

A schedule is counted in epochs, never in steps: every step of epoch ``e`` (0 for the
first epoch) uses ``rate(base, e)``, so the rate changes only between two epochs, does not
depend on the batch size (which may change mid-run), and is restored exactly with the
epoch count (a rewind, engine.checkpoints). ``base`` is the trainer's learning rate,
which may itself change at any time.

* ``constant``: ``base`` at every epoch (the default, and the rule before schedules).
* ``step``: ``base * factor ** (t // every)``: the rate is multiplied by ``factor``
  every ``every`` epochs.
* ``exponential``: ``base * gamma ** t``: multiplied by ``gamma`` at every epoch.
* ``cosine``: from ``base`` down to ``min_rate`` along half a cosine over ``epochs``
  epochs, then ``min_rate`` (the floor is ``min(min_rate, base)``: it never rises).

``t`` counts the epochs after the warm-up: with ``warmup = W`` epochs, epoch ``e < W``
trains at ``base * (e + 1) / (W + 1)`` (a straight line up to the full rate, which
epoch ``W`` reaches), and ``t = e - W`` from then on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from engine.i18n import number, translate

KINDS = ("constant", "step", "exponential", "cosine")
MAX_EPOCHS = 10_000_000  # the longest period or warm-up (like the stop-at-epoch box)
MAX_RATE = 100.0  # the highest cosine floor (engine.trainer's highest learning rate)
# The parameters each kind reads (besides the warm-up), in the order files list them.
PARAMETERS = {
    "constant": (),
    "step": ("every", "factor"),
    "exponential": ("gamma",),
    "cosine": ("epochs", "min_rate"),
}


def _integer(name: str, value: object, low: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= MAX_EPOCHS:
        raise ValueError(
            translate(
                "schedules", "{field} must be an integer from {low} to {high}; got {value}"
            ).format(field=name, low=low, high=number(MAX_EPOCHS, ","), value=repr(value))
        )
    return value


def _kind_error(kind: object) -> str:
    return translate("schedules", "schedule.kind must be one of {choices}; got {value}").format(
        choices=", ".join(KINDS), value=repr(kind)
    )


def _number(name: str, value: object, low: float, high: float, low_open: bool) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or not (value > low if low_open else value >= low) or value > high:  # type: ignore[operator]
        text = (
            translate("schedules", "{field} must be a number above {low} to {high}; got {value}")
            if low_open
            else translate(
                "schedules", "{field} must be a number from {low} to {high}; got {value}"
            )
        )
        raise ValueError(
            text.format(field=name, low=number(low, "g"), high=number(high, "g"), value=repr(value))
        )
    return float(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Schedule:
    """A learning-rate schedule (see the module's text); invalid values raise ValueError
    naming the field as ``schedule.<name>``."""

    kind: str = "constant"
    every: int = 100  # step: epochs between two decays
    factor: float = 0.5  # step: what each decay multiplies the rate by, in (0, 1]
    gamma: float = 0.99  # exponential: the factor of every epoch, in (0, 1]
    epochs: int = 500  # cosine: epochs from the full rate down to the floor
    min_rate: float = 0.0  # cosine: the floor
    warmup: int = 0  # epochs of linear warm-up before the schedule, for every kind

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(_kind_error(self.kind))
        _integer("schedule.every", self.every, 1)
        _number("schedule.factor", self.factor, 0.0, 1.0, low_open=True)
        _number("schedule.gamma", self.gamma, 0.0, 1.0, low_open=True)
        _integer("schedule.epochs", self.epochs, 1)
        _number("schedule.min_rate", self.min_rate, 0.0, MAX_RATE, low_open=False)
        _integer("schedule.warmup", self.warmup, 0)

    @property
    def constant(self) -> bool:
        """True when every epoch trains at the base rate (no decay, no warm-up)."""
        return self.kind == "constant" and not self.warmup

    def rate(self, base: float, epoch: int) -> float:
        """The learning rate of every step of epoch ``epoch`` (0-based) for ``base``."""
        if self.constant:
            return base
        t = epoch - self.warmup
        if t < 0:
            return base * (epoch + 1) / (self.warmup + 1)
        if self.kind == "step":
            return base * self.factor ** (t // self.every)
        if self.kind == "exponential":
            return base * self.gamma**t
        if self.kind == "cosine":
            floor = min(self.min_rate, base)
            angle = math.pi * min(t, self.epochs) / self.epochs
            return floor + (base - floor) * (1.0 + math.cos(angle)) / 2.0
        return base

    def to_dict(self) -> dict:
        """Its kind, its kind's parameters and a warm-up if there is one."""
        data: dict[str, object] = {"kind": self.kind}
        data.update({name: getattr(self, name) for name in PARAMETERS[self.kind]})
        if self.warmup:
            data["warmup"] = self.warmup
        return data

    @classmethod
    def from_dict(cls, data: object) -> Schedule:
        """From :meth:`to_dict`'s form; a key its kind does not read is refused."""
        if not isinstance(data, dict):
            raise ValueError(
                translate(
                    "schedules", "schedule must be an object with a kind; got {value}"
                ).format(value=repr(data))
            )
        kind = data.get("kind", "constant")
        if kind not in KINDS:
            raise ValueError(_kind_error(kind))
        allowed = {"kind", "warmup", *PARAMETERS[kind]}
        unknown = sorted(str(k) for k in data if k not in allowed)
        if unknown:
            raise ValueError(
                translate(
                    "schedules",
                    "schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})",
                ).format(name=unknown[0], kind=kind, allowed=", ".join(sorted(allowed)))
            )
        return cls(**data)


CONSTANT = Schedule()
FIELDS = tuple(f.name for f in fields(Schedule))


def make_schedule(value: object) -> Schedule:
    """A Schedule from a Schedule, a dict in :meth:`Schedule.from_dict`'s form, or None
    (constant)."""
    if value is None:
        return CONSTANT
    if isinstance(value, Schedule):
        return value
    return Schedule.from_dict(value)
