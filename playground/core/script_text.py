"""The parts the NumPy and the PyTorch scripts share, as Python text: the header of
settings, the weights and the data, all as literals.

The one rule: nothing from a project becomes code. Numbers are written with ``repr`` of a
finite float (which reads back as the same float64), names come from the engine's closed
sets, and a project's text (file name, lesson title) only ever appears through
:func:`quote`, an ASCII-only Python string literal, which no newline or quote inside it can
leave.
"""

from __future__ import annotations

import math

import numpy as np

from engine.divergence import MAX_PARAM_NORM
from engine.i18n import translate
from playground.core.script_model import ScriptModel

LINE = 100  # the longest line written (the project's ruff line length)
INDENT = "    "

OUTPUT_NOTES = {
    "binary": "The output: one logit, P(class 1) = sigmoid(logit); loss: binary cross-entropy",
    "multiclass": "The output: a logit per class, softmax gives the probabilities; loss: "
    "cross-entropy",
    "regression": "The output: the predicted value itself; loss: 1/2 squared error",
    "tfp": "The output: TensorFlow Playground's, tanh(logit), class 1 when it is >= 0; "
    "loss: 1/2 squared error\n# against the labels 0/1 as targets -1/+1",
}


SHUFFLE_NOTES = {
    True: "each epoch visits the points in a new random order",
    False: "every epoch visits the points in the data's own order, as TFP does",
}


def quote(text: str | None) -> str:
    """A Python literal of ``text`` in ASCII (``None`` for None): quoted, never run."""
    return "None" if text is None else ascii(str(text))


def assign_text(variable: str, text: str | None) -> str:
    """``VARIABLE = 'text'``, the text quoted in pieces of at most a line each."""
    one = f"{variable} = {quote(text)}"
    if text is None or len(one) <= LINE:
        return one
    pieces: list[str] = []
    for char in str(text):
        if pieces and len(quote(pieces[-1] + char)) <= LINE - len(INDENT):
            pieces[-1] += char
        else:
            pieces.append(char)
    return "\n".join([f"{variable} = (", *(INDENT + quote(p) for p in pieces), ")"])


def number(value: float) -> str:
    """A float as the shortest literal that reads back as the same float64."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(
            translate("script_text", "cannot write {value} as a number in a script").format(
                value=repr(value)
            )
        )
    return repr(value)


def wrap(items: list[str], indent: str, closing: str = "") -> list[str]:
    """``items`` comma-separated over lines of at most LINE characters, each starting with
    ``indent``; ``closing`` is appended to the last line."""
    lines: list[str] = []
    current = ""
    for item in items:
        piece = f"{item},"
        if current and len(indent) + len(current) + 1 + len(piece) > LINE:
            lines.append(indent + current)
            current = piece
        else:
            current = f"{current} {piece}" if current else piece
    lines.append(indent + current + closing)
    return lines


def row(values: np.ndarray, indent: str, closing: str = ",", comment: str = "") -> list[str]:
    """One vector as a list literal: on one line if it fits, else wrapped."""
    items = [number(v) for v in np.ravel(values)]
    suffix = f"  # {comment}" if comment else ""
    one = f"{indent}[{', '.join(items)}]{closing}{suffix}"
    if len(one) <= LINE:
        return [one]
    return [f"{indent}[{suffix}", *wrap(items, indent + INDENT), f"{indent}]{closing}"]


def matrix(values: np.ndarray, indent: str, comment: str) -> list[str]:
    """A matrix as a list of rows, one row (or a few wrapped lines) per input."""
    lines = [f"{indent}[  # {comment}"]
    for r in values:
        lines += row(r, indent + INDENT)
    return [*lines, f"{indent}],"]


def names(variable: str, values: tuple[str, ...]) -> str:
    """``VARIABLE = [...]`` of names from a closed set, wrapped to the line length."""
    one = f"{variable} = {list(values)!r}"
    if len(one) <= LINE:
        return one
    return "\n".join([f"{variable} = [", *wrap([repr(v) for v in values], INDENT), "]"])


def settings_block(model: ScriptModel, dtype_literal: str) -> str:
    """Where the network came from, what it is, and how it trains, as named constants."""
    lane = (
        f"\nLANE = {quote(model.lane)}  # Compare was on: the network of the lane on show"
        if model.lane is not None
        else ""
    )
    options = (
        "".join(f"\n{name.upper()} = {number(value)}" for name, value in model.options)
        or "\n# (plain SGD has no other hyperparameter)"
    )
    return f"""\
# ----------------------------------------------------------------- where it came from
# Text from the project is quoted here as data; nothing from the file is run.
# The project file, and the lesson's title if it is a lesson:
{assign_text("SOURCE", model.source)}
{assign_text("LESSON", model.lesson)}{lane}
EPOCH = {model.epoch}  # epochs the app had trained these weights

# ------------------------------------------------------------------------ the network
DTYPE = {dtype_literal}  # what the app computes this network in
# The inputs, computed from each point (x1, x2), and each hidden layer's activation:
{names("FEATURES", model.features)}
{names("ACTIVATIONS", model.activations)}
# {OUTPUT_NOTES[model.head]}.
OUTPUT = {model.output!r}
CLASSES = {model.classes}  # how many classes (0 for regression)

# ------------------------------------------------------ how the app trains it further
OPTIMIZER = {model.optimizer!r}
LEARNING_RATE = {number(model.learning_rate)}  # the base rate: rate(epoch) below is each epoch's
BATCH_SIZE = {model.batch_size}  # points per step; an epoch's last batch may be smaller
L1 = {number(model.l1)}  # L1 penalty rate: l1 * sum(|W|) over the weights, never the biases
L2 = {number(model.l2)}  # L2 penalty rate: l2 * sum(W ** 2) / 2 over the weights
SEED = {model.seed}  # the app's seed: with it, each epoch visits the points in the app's order
SHUFFLE = {model.shuffle}  # {SHUFFLE_NOTES[model.shuffle]}
MAX_NORM = {number(MAX_PARAM_NORM)}  # diverged: the parameters together grew this long{options}
"""


def layers_block(model: ScriptModel) -> str:
    """The trained weights: one (W, b, mask) per layer, the output layer last."""
    sizes = [len(model.features)] + [b.shape[0] for _, b in model.params]
    names = [f"{len(model.features)} features ({', '.join(model.features)})"] + [
        f"{sizes[i + 1]} {act} units" for i, act in enumerate(model.activations)
    ]
    lines = [
        "# ---------------------------------------------------------------- the trained weights",
        "# One (W, b, mask) per layer, the output layer last. W has one row per input of the",
        "# layer and one column per unit: outputs = inputs @ W + b. mask is None when every",
        "# link is on, else 0 where a link is disabled: that weight is 0 and stays 0.",
        "LAYERS = [",
    ]
    last = len(model.params) - 1
    for i, ((W, b), mask) in enumerate(zip(model.params, model.masks, strict=True)):
        to = "the output" if i == last else names[i + 1]
        lines.append(f"{INDENT}# layer {i + 1}: {names[i]} -> {to}")
        lines.append(f"{INDENT}(")
        lines += matrix(W, INDENT * 2, "W")
        lines += row(b, INDENT * 2, comment="b")
        if mask is None:
            lines.append(f"{INDENT * 2}None,  # mask: every link on")
        else:
            lines.append(f"{INDENT * 2}[  # mask")
            for r in mask:
                lines.append(f"{INDENT * 3}[{', '.join(str(int(v)) for v in r)}],")
            lines.append(f"{INDENT * 2}],")
        lines.append(f"{INDENT}),")
    lines.append("]")
    return "\n".join(lines) + "\n"


def data_block(model: ScriptModel) -> str:
    """The project's train and test points, one (x1, x2, target) row per point."""
    regression = model.output == "regression"
    what = "the value to predict" if regression else f"the class (0 to {model.classes - 1})"

    def target(value: float) -> str:
        return number(value) if regression else str(int(value))

    lines = [
        "# --------------------------------------------------------------------------- the data",
        f"# The project's points, one per row: x1, x2 and {what}.",
    ]
    for name, X, y in (
        ("TRAIN", model.X_train, model.y_train),
        ("TEST", model.X_test, model.y_test),
    ):
        if len(X) == 0:
            lines.append(f"{name} = []")
            continue
        lines.append(f"{name} = [")
        for (x1, x2), value in zip(X, y, strict=True):
            lines.append(f"{INDENT}({number(x1)}, {number(x2)}, {target(value)}),")
        lines.append("]")
    return "\n".join(lines) + "\n"
