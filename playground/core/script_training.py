"""The parts of training both scripts share, as Python text: the learning rate of each
epoch (the project's schedule, engine/schedules.py) and the dropout masks
(engine/dropout.py), drawn with NumPy from the app's seeded generator in both scripts.

Each mirrors its engine module operation for operation, so that ``--train N`` trains as
``nn-playground run --epochs N`` does. Only the schedule the network uses is written, with
its parameters as named constants (a kind the engine learns later is refused by
playground.core.script_model).
"""

from __future__ import annotations

from playground.core.script_model import ScriptModel
from playground.core.script_text import number

# engine/schedules.py's Schedule.rate after the warm-up, for each kind: the rate of epoch
# t (counted from the end of the warm-up), from LEARNING_RATE.
SCHEDULE_CODE = {
    "constant": ("every epoch trains at LEARNING_RATE", "return LEARNING_RATE"),
    "step": (
        "the rate is multiplied by FACTOR every EVERY epochs",
        "return LEARNING_RATE * FACTOR ** (t // EVERY)",
    ),
    "exponential": (
        "the rate is multiplied by GAMMA at every epoch",
        "return LEARNING_RATE * GAMMA**t",
    ),
    "cosine": (
        "from LEARNING_RATE down to MIN_RATE along half a cosine\n"
        "# over COSINE_EPOCHS epochs, then MIN_RATE (the floor is min(MIN_RATE, LEARNING_RATE):\n"
        "# it never rises)",
        """floor = min(MIN_RATE, LEARNING_RATE)
    angle = math.pi * min(t, COSINE_EPOCHS) / COSINE_EPOCHS
    return floor + (LEARNING_RATE - floor) * (1.0 + math.cos(angle)) / 2.0""",
    ),
}
# The script's name for each of a kind's parameters (Schedule's field names).
PARAMETER_NAMES = {
    "every": "EVERY",
    "factor": "FACTOR",
    "gamma": "GAMMA",
    "epochs": "COSINE_EPOCHS",
    "min_rate": "MIN_RATE",
}
PARAMETER_NOTES = {
    "every": "epochs between two decays",
    "factor": "what each decay multiplies the rate by",
    "gamma": "what every epoch multiplies the rate by",
    "epochs": "epochs from the full rate down to the floor",
    "min_rate": "the floor",
}


def schedule_block(model: ScriptModel) -> str:
    """The schedule's constants and ``rate(epoch)``, the rate of every step of an epoch."""
    schedule = model.schedule
    what, body = SCHEDULE_CODE[schedule.kind]
    values = schedule.to_dict()
    lines = [
        "# --------------------------------------------------------------- the learning rate",
        f"# The schedule: {schedule.kind}, {what}.",
        f"SCHEDULE = {schedule.kind!r}",
    ]
    for name in values:
        if name in PARAMETER_NAMES:
            value = values[name]
            text = str(value) if isinstance(value, int) else number(value)
            lines.append(f"{PARAMETER_NAMES[name]} = {text}  # {PARAMETER_NOTES[name]}")
    lines.append(
        f"WARMUP = {schedule.warmup}  # epochs of warm-up, the rate rising in a straight line"
    )
    lines += [
        "",
        "",
        "def rate(epoch):",
        '    """The learning rate of every step of epoch ``epoch``, counted as the app counts',
        "    them (0 is the first epoch the app trained; the weights above had trained EPOCH):",
        '    the rate changes only between two epochs, whatever the batch size."""',
        "    t = epoch - WARMUP",
        "    if t < 0:",
        "        return LEARNING_RATE * (epoch + 1) / (WARMUP + 1)",
        f"    {body}",
    ]
    return "\n".join(lines) + "\n"


def dropout_block(model: ScriptModel) -> str:
    """The dropout rates and ``dropout_masks``, the app's masks for one epoch."""
    rates = ", ".join(number(r) for r in model.dropout)
    return f'''\
# ------------------------------------------------------------------------ dropout
# Each hidden layer's dropout rate: while training, each of its neurons is dropped (its
# output set to 0) for each point with this probability, and the outputs it keeps are
# scaled by 1 / (1 - rate). Never while computing the figures. 0.0: that layer drops none.
DROPOUT = [{rates}]


def dropout_masks(rng, n, dtype):
    """The app's dropout masks for an epoch of n points, drawn as the app draws them from
    its generator (seeded with [SEED, 3]) when each epoch starts: per hidden layer, None
    (no dropout) or n rows of 0 (dropped) or 1 / (1 - rate) (kept), row i for the i-th
    point the epoch visits."""
    masks = []
    for drop, (_, b, _) in zip(DROPOUT, LAYERS):
        if not drop:
            masks.append(None)  # nothing drawn: a layer without dropout takes no numbers
            continue
        mask = (rng.random((n, len(b))) >= drop).astype(dtype)
        mask *= 1.0 / (1.0 - drop)
        masks.append(mask)
    return masks
'''


def training_block(model: ScriptModel) -> str:
    """Both parts, for the scripts to place after the settings."""
    return schedule_block(model) + "\n\n" + dropout_block(model)
