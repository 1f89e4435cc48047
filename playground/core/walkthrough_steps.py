"""Backprop, step by step: the walkthrough's steps, built from one sample's engine trace.

Pure Python and NumPy (no Qt), so every number can be tested directly. The four phases
follow the seed texts: the forward pass layer by layer, the loss, the backward pass with
the chain rule from the output back, and the weight update. Every number shown is the
engine's own (``engine.Trainer.trace``); the only numbers computed here are the
intermediate ones a formula shows on the way (a sum Σ w·δ, an optimizer's moving
averages), never a result the engine gives.

Indices follow the network view: a neuron is ``(layer, unit)`` with layer 0 the enabled
features, 1..n the hidden layers and n + 1 the output; a link ``(layer, i, j)`` is the
weight ``weights[layer][i, j]``. Engine lists (``z``, ``delta``, ``dW``) are per weight
layer, so neuron layer ``c`` ≥ 1 is engine index ``c − 1``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine import ACTIVATIONS, FEATURES, SampleTrace
from playground.core import colors

PHASES = ("Forward pass", "Loss", "Backward pass", "Weight update")
MAX_TERMS = 6  # a longer sum shows its first terms, then "…"
MAX_ROWS = 12  # rows per layer in the panel; the rest are on the canvas (hover)
_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")

# a = f(z) written out with the number in it, and f'(z) as the backward pass uses it.
_APPLY = {  # {z}: the number, {zt}: the number as a factor (negatives in brackets)
    "linear": "{z}",
    "relu": "max(0, {z})",
    "leaky_relu": "LeakyReLU({z})",
    "elu": "ELU({z})",
    "tanh": "tanh({z})",
    "sigmoid": "σ({z})",
    "softplus": "ln(1 + e^{zt})",
    "silu": "{zt}·σ({z})",
}
FPRIME = {
    "linear": "f′(z) = 1",
    "relu": "f′(z) = 1 if z > 0, else 0",
    "leaky_relu": "f′(z) = 1 if z > 0, else 0.01",
    "elu": "f′(z) = 1 if z > 0, else a + 1",
    "tanh": "f′(z) = 1 − a²",
    "sigmoid": "f′(z) = a·(1 − a)",
    "softplus": "f′(z) = σ(z)",
    "silu": "f′(z) = σ(z)·(1 + z·(1 − σ(z)))",
}


# ----------------------------------------------------------------------- numbers
def fmt(value: float) -> str:
    """Three significant digits, with a real minus sign and ×10ⁿ for tiny or huge numbers."""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if v == 0.0:
        return "0"
    text = f"{v:.3g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}×10{str(int(exponent)).translate(_SUP)}"
    return text.replace("-", "−")


def fmt_change(new: float, change: float) -> str:
    """``new`` with enough decimals that a change of ``change`` shows (at most 10)."""
    new, change = float(new), abs(float(change))
    if not (math.isfinite(new) and math.isfinite(change)) or change == 0.0:
        return fmt(new)
    decimals = max(3 - 1 - math.floor(math.log10(abs(new))) if new else 3, 0)
    decimals = min(max(decimals, 1 - math.floor(math.log10(change))), 10)
    return f"{new:.{decimals}f}".replace("-", "−")


def plain_rule(rule: str) -> str:
    """An optimizer's rule without combining accents (m̂, v̂ → m′, v′), which Qt's rich text
    draws beside their letter rather than over it."""
    return rule.replace("m̂", "m′").replace("v̂", "v′")


def full(value: float) -> str:
    """Every digit: the shortest text that reads back as exactly this float."""
    return repr(float(value))


def term(value: float) -> str:
    """A number as a factor in a formula: negatives in brackets."""
    text = fmt(value)
    return f"({text})" if text.startswith("−") else text


def num(value: float, bold: bool = False) -> str:
    """A number for the panel: three digits, every digit on hover (an anchor)."""
    text = fmt(value)
    if bold:
        text = f"<b>{text}</b>"
    return f'<a href="n:{full(value)}">{text}</a>'


def nterm(value: float) -> str:
    """:func:`num` as a factor: negatives in brackets."""
    anchor = num(value)
    return f"({anchor})" if fmt(value).startswith("−") else anchor


# ------------------------------------------------------------------------ sample
@dataclass(frozen=True)
class TracedSample:
    """A :class:`SampleTrace` with what the walkthrough needs to explain it.

    Made in the worker thread by :func:`capture`; everything is a copy.
    """

    trace: SampleTrace
    weights: tuple[np.ndarray, ...]  # as the trace used them
    biases: tuple[np.ndarray, ...]
    masks: tuple[np.ndarray, ...]
    features: tuple[str, ...]
    activations: tuple[str, ...]  # per hidden layer
    output_kind: str  # binary, multiclass, regression
    l1: float
    l2: float
    optimizer: str
    optimizer_title: str
    optimizer_params: dict  # μ, ρ, β₁, β₂, ε as the optimizer has them
    optimizer_state: dict  # its buffers before the update (flat, like the parameters)
    epoch: int
    steps: int
    source: str  # "training point 17", ...
    serial: int = 0  # the last snapshot published before this was made

    @property
    def layer_sizes(self) -> list[int]:
        return [self.weights[0].shape[0]] + [W.shape[1] for W in self.weights]

    @property
    def n_layers(self) -> int:
        """Weight layers (hidden layers + 1); the output is neuron layer ``n_layers``."""
        return len(self.weights)


def capture(trainer, x, y, source: str = "", serial: int = 0) -> TracedSample:
    """Trace sample ``(x, y)`` on ``trainer``'s network now (call it where the trainer lives)."""
    net = trainer.network
    trace = trainer.trace(np.asarray(x, dtype=np.float64), y)
    opt = trainer.optimizer_state
    params = {
        key: getattr(opt, key)
        for key in ("momentum", "nesterov", "rho", "beta1", "beta2", "eps")
        if hasattr(opt, key)
    }
    return TracedSample(
        trace=trace,
        weights=tuple(W.copy() for W, _ in net.params),
        biases=tuple(b.copy() for _, b in net.params),
        masks=tuple(m.copy() for m in net.masks),
        features=tuple(net.features),
        activations=tuple(a.name for a in net.activations),
        output_kind=net.head.kind,
        l1=float(trainer.l1),
        l2=float(trainer.l2),
        optimizer=trainer.optimizer,
        optimizer_title=getattr(opt, "title", trainer.optimizer),
        optimizer_params=params,
        optimizer_state=opt.get_state(),
        epoch=int(trainer.epoch),
        steps=int(trainer.steps),
        source=source,
        serial=serial,
    )


# ------------------------------------------------------------------------- steps
@dataclass
class Label:
    """Numbers on the canvas: at a neuron or on a link."""

    lines: tuple[str, ...]
    tip: str  # every digit, for the hover
    value: float  # the number the label is about (tests compare it with the engine)
    muted: bool = False  # a layer done earlier in this phase: shown small and grey
    card: bool = True  # False: on hover only (the canvas would be too crowded)


@dataclass
class Step:
    phase: int  # index into PHASES
    layer: int  # the neuron layer highlighted, -1 for none
    title: str
    html: str  # the panel's explanation, numbers as hover anchors
    caption: str = ""  # a line or two (\n) at the highlighted layer: its formula
    neurons: dict[tuple[int, int], Label] = field(default_factory=dict)
    links: dict[tuple[int, int, int], Label] = field(default_factory=dict)
    hot: dict[int, str] = field(default_factory=dict)  # link layer -> forward/back/grad/update

    @property
    def phase_name(self) -> str:
        return PHASES[self.phase]


class _Names:
    """How the walkthrough names neurons: X₁ …, h1.2 (hidden layer 1, neuron 2), out."""

    def __init__(self, s: TracedSample) -> None:
        self.s = s
        self.last = s.n_layers

    def neuron(self, layer: int, unit: int) -> str:
        if layer == 0:
            return FEATURES[self.s.features[unit]].label
        if layer == self.last:
            if self.s.output_kind == "multiclass":
                return f"out {colors.CLASS_NAMES[unit % len(colors.CLASS_NAMES)]}"
            return "out"
        return f"h{layer}.{unit + 1}"

    def link(self, layer: int, i: int, j: int) -> str:
        return f"w({self.neuron(layer, i)}→{self.neuron(layer + 1, j)})"

    def layer(self, layer: int) -> str:
        if layer == 0:
            return "the inputs"
        if layer == self.last:
            return "the output layer"
        return f"hidden layer {layer} of {self.last - 1}"


def _p(html: str) -> str:
    return f'<p style="margin:3px 0">{html}</p>'


def _more(n: int, what: str) -> str:
    return _p(f"<i>… and {n} more {what}: hover over them in the network.</i>")


def _sum(products: list[str], extra: str = "") -> str:
    if len(products) > MAX_TERMS:
        shown = products[: MAX_TERMS - 1]
        products = [*shown, f"… ({len(products) - len(shown)} more)"]
    text = " + ".join(products) if products else "0"
    return text + extra


def _target_text(s: TracedSample) -> str:
    y = s.trace.target
    if s.output_kind == "regression":
        return f"y = {num(y)}"
    k = int(y)
    name = colors.CLASS_NAMES[k % len(colors.CLASS_NAMES)]
    if s.output_kind == "binary":
        return f"y = {k} (the point is {name})"
    return f"class {k + 1} ({name})"


def _output_values(s: TracedSample) -> np.ndarray:
    return np.atleast_1d(np.asarray(s.trace.prediction, dtype=np.float64))


def _encoded_target(s: TracedSample) -> np.ndarray:
    n = s.layer_sizes[-1]
    if s.output_kind == "multiclass":
        t = np.zeros(n)
        t[int(s.trace.target)] = 1.0
        return t
    return np.array([s.trace.target], dtype=np.float64)


def build_steps(s: TracedSample) -> list[Step]:
    """Every step of the walkthrough for ``s``, in order."""
    names = _Names(s)
    last = s.n_layers
    steps = [_forward_inputs(s, names)]
    steps += [_forward(s, names, c) for c in range(1, last + 1)]
    steps.append(_loss(s, names))
    steps += [_backward(s, names, c) for c in range(last, 0, -1)]
    steps.append(_update(s, names))
    return steps


# ------------------------------------------------------------------- 1. forward
def _activation_labels(s: TracedSample, upto: int, names: _Names) -> dict:
    """Muted labels of the layer before ``upto``: the activations it passes on."""
    out: dict[tuple[int, int], Label] = {}
    t = s.trace
    for layer in range(max(upto - 1, 0), upto):
        for u, value in enumerate(t.a[layer]):
            prefix = f"{names.neuron(0, u)} = " if layer == 0 else "a = "
            out[(layer, u)] = Label(
                (prefix + fmt(value),), f"{names.neuron(layer, u)}: a = {full(value)}", value, True
            )
    return out


def _forward_inputs(s: TracedSample, names: _Names) -> Step:
    t = s.trace
    x1, x2 = (float(v) for v in t.point)
    values = ", ".join(f"{names.neuron(0, u)} = {num(v)}" for u, v in enumerate(t.a[0]))
    html = _p(
        f"The point ({num(x1)}, {num(x2)}) goes in. Each input node passes one feature of "
        f"it on: {values}."
    ) + _p(
        "These are the activations <b>a</b> of the input layer. From here each layer works "
        "out its neurons from the layer before it."
    )
    neurons = {
        (0, u): Label(
            (f"{names.neuron(0, u)} = {fmt(v)}",),
            f"{names.neuron(0, u)} = {full(v)}\n(the point is ({full(x1)}, {full(x2)}))",
            v,
        )
        for u, v in enumerate(t.a[0])
    }
    return Step(0, 0, "The inputs", html, "a = the features of the point", neurons)


def _forward(s: TracedSample, names: _Names, c: int) -> Step:
    t = s.trace
    k = c - 1
    W, b, mask = s.weights[k], s.biases[k], s.masks[k]
    a_in, z = t.a[k], t.z[k]
    out = c == s.n_layers
    kind = s.output_kind
    act = s.activations[k] if not out else ""
    neurons = _activation_labels(s, c, names)
    links: dict[tuple[int, int, int], Label] = {}
    rows = []
    values = _output_values(s) if out else t.a[c]
    for j in range(W.shape[1]):
        products = []
        for i in range(W.shape[0]):
            if not mask[i, j]:
                continue
            products.append(f"{nterm(W[i, j])}·{nterm(a_in[i])}")
            links[(k, i, j)] = Label(
                (fmt(W[i, j]),),
                f"{names.link(k, i, j)} = {full(W[i, j])}\n"
                f"carries a = {full(a_in[i])} from {names.neuron(k, i)}",
                float(W[i, j]),
            )
        formula = f"z = {_sum(products, f' + {nterm(b[j])}')} = {num(z[j], True)}"
        a = float(values[j])
        if out and kind == "binary":
            then = f"p = σ(z) = {num(a, True)}"
            lines = (f"z = {fmt(z[j])}", f"p = {fmt(a)}")
        elif out and kind == "multiclass":
            then = ""
            lines = (f"z = {fmt(z[j])}", f"p = {fmt(a)}")
        elif out:
            then = f"ŷ = z = {num(a, True)} (the output is linear)"
            lines = (f"ŷ = z = {fmt(a)}",)
        else:
            applied = _APPLY[act].format(z=num(z[j]), zt=nterm(z[j]))
            then = f"a = {applied} = {num(a, True)}"
            lines = (f"z = {fmt(z[j])}", f"a = {fmt(a)}")
        if j < MAX_ROWS:
            rows.append(
                _p(f"<b>{names.neuron(c, j)}</b>: {formula}" + (f" → {then}" if then else ""))
            )
        tip = (
            f"{names.neuron(c, j)}\nz = Σ w·a + b = {full(z[j])}\n"
            + ("a" if not out else "p" if kind != "regression" else "ŷ")
            + f" = {full(a)}"
        )
        neurons[(c, j)] = Label(lines, tip, a)
    if W.shape[1] > MAX_ROWS:
        rows.append(_more(W.shape[1] - MAX_ROWS, "neurons"))

    if out:
        head = {
            "binary": "the output neuron (sigmoid)",
            "multiclass": "the output neurons (softmax)",
            "regression": "the output neuron (linear)",
        }[kind]
        title = f"The output layer: {head}"
        intro = _p(
            "The output neurons add up their inputs the same way, "
            "<b>z = Σ w·a + b</b>, with the activations of the last layer as inputs."
        )
        if kind == "binary":
            after = _p(
                "Then the sigmoid turns z into a probability: <b>p = σ(z) = 1 / (1 + e⁻ᶻ)</b>, "
                f"the network's belief that the point is blue: p = {num(values[0], True)}."
            )
        elif kind == "multiclass":
            parts = ", ".join(
                f"{colors.CLASS_NAMES[j % len(colors.CLASS_NAMES)]} {num(v, True)}"
                for j, v in enumerate(values)
            )
            after = _p(
                "Then softmax turns the z's into probabilities that add up to 1: "
                f"<b>p = eᶻ / Σ eᶻ</b>, over all outputs. Here: {parts}."
            )
        else:
            after = _p("The output is linear: the prediction is z itself.")
        html = intro + "".join(rows) + after
        caption = (
            "z = Σ w·a + b, then "
            + {"binary": "p = σ(z)", "multiclass": "p = softmax(z)", "regression": "ŷ = z"}[kind]
            + "\non the links: w"
        )
    else:
        activation = ACTIVATIONS[act]
        title = f"Hidden layer {c} of {s.n_layers - 1} ({activation.title})"
        html = _p(
            "Each neuron adds up its inputs, each times the weight of its link, plus its "
            f"bias: <b>z = Σ w·a + b</b>. Then it applies its activation: <b>a = f(z)</b>, "
            f"here {activation.formula}."
            + (" (h1.2 is neuron 2 of hidden layer 1.)" if c == 1 else "")
        ) + "".join(rows)
        caption = "z = Σ w·a + b,  a = f(z)\non the links: w"
    return Step(0, c, title, html, caption, neurons, links, {k: "forward"})


# ---------------------------------------------------------------------- 2. loss
def _loss(s: TracedSample, names: _Names) -> Step:
    t = s.trace
    last = s.n_layers
    values = _output_values(s)
    kind = s.output_kind
    y = t.target
    neurons = _activation_labels(s, last, names)
    tip_loss = f"loss L = {full(t.loss)}"
    if kind == "binary":
        p, k = float(values[0]), int(y)
        formula = (
            "L = −[y·ln p + (1 − y)·ln(1 − p)] "
            f"= −[{k}·ln({num(p)}) + {1 - k}·ln({num(1 - p)})] = {num(t.data_loss, True)}"
        )
        meaning = (
            f"The network says p = {num(p, True)} for blue; the point is "
            f"{colors.CLASS_NAMES[k]}, so y = {k}. "
            + (
                "The closer p gets to 1, the smaller the loss."
                if k
                else "The closer p gets to 0, the smaller the loss."
            )
        )
        neurons[(last, 0)] = Label(
            (f"y = {k}", f"p = {fmt(p)}", f"L = {fmt(t.loss)}"),
            f"p = {full(p)}\ny = {k}\n{tip_loss}",
            t.loss,
        )
        name = "cross-entropy"
    elif kind == "multiclass":
        k = int(y)
        cname = colors.CLASS_NAMES[k % len(colors.CLASS_NAMES)]
        formula = f"L = −ln p({cname}) = −ln({num(values[k])}) = {num(t.data_loss, True)}"
        meaning = (
            f"The point is {_target_text(s)}. Only the probability the network gives that "
            f"class counts: p({cname}) = {num(values[k], True)}. The closer it gets to 1, "
            "the smaller the loss."
        )
        for j, v in enumerate(values):
            # In a crowded column only the last lines fit: p and L matter most.
            lines = (f"y = {int(j == k)}", f"p = {fmt(v)}")
            if j == k:
                lines += (f"L = {fmt(t.loss)}",)
            neurons[(last, j)] = Label(
                lines, f"p = {full(v)}\ny = {int(j == k)}\n{tip_loss}", float(t.loss)
            )
        name = "cross-entropy"
    else:
        p = float(values[0])
        formula = f"L = ½·(ŷ − y)² = ½·({num(p)} − {nterm(y)})² = {num(t.data_loss, True)}"
        meaning = f"The network predicts ŷ = {num(p, True)}; the point's value is y = {num(y)}."
        neurons[(last, 0)] = Label(
            (f"y = {fmt(y)}", f"ŷ = {fmt(p)}", f"L = {fmt(t.loss)}"),
            f"ŷ = {full(p)}\ny = {full(y)}\n{tip_loss}",
            t.loss,
        )
        name = "squared error"
    html = _p(meaning) + _p(f"The loss ({name}) measures how wrong that is:") + _p(formula)
    if t.penalty:
        rule = " + ".join(
            text
            for rate, text in (
                (s.l1, f"λ₁·Σ|w| (λ₁ = {num(s.l1)})"),
                (s.l2, f"λ₂·½Σw² (λ₂ = {num(s.l2)})"),
            )
            if rate
        )
        html += _p(
            f"Regularization adds {rule} = {num(t.penalty)} over all weights, so in total "
            f"L = {num(t.data_loss)} + {num(t.penalty)} = {num(t.loss, True)}."
        )
    html += _p(
        "Learning means changing the weights so that this number goes down. The backward "
        "pass works out which way each weight should move."
    )
    caption = "L: how wrong\nthe prediction is"
    return Step(1, last, "The loss on this point", html, caption, neurons)


# ------------------------------------------------------------------ 3. backward
def _grad_text(s: TracedSample, k: int, i: int, j: int) -> tuple[str, str]:
    """∂L/∂w of link (k, i, j) as a formula: (panel html, tooltip)."""
    t = s.trace
    a, d, g = float(t.a[k][i]), float(t.delta[k][j]), float(t.dW[k][i, j])
    w = float(s.weights[k][i, j])
    extra, tip_extra = "", ""
    if s.l2:
        extra += f" + λ₂·w ({nterm(s.l2)}·{nterm(w)})"
        tip_extra += " + λ₂·w"
    if s.l1:
        extra += f" + λ₁·sign(w) ({nterm(s.l1)}·{int(np.sign(w))})"
        tip_extra += " + λ₁·sign(w)"
    html = (
        f"∂L/∂w = a × δ{' + …' if extra else ''} = {nterm(a)} × {nterm(d)}{extra} = {num(g, True)}"
    )
    tip = f"∂L/∂w = a × δ{tip_extra} = {full(g)}\na = {full(a)}\nδ = {full(d)}"
    return html, tip


def _backward(s: TracedSample, names: _Names, c: int) -> Step:
    t = s.trace
    k = c - 1
    last = s.n_layers
    out = c == last
    delta = t.delta[k]
    neurons: dict[tuple[int, int], Label] = {}
    for layer in range(c + 1, min(c + 2, last + 1)):  # the layer before: its δ, muted
        for u, d in enumerate(t.delta[layer - 1]):
            neurons[(layer, u)] = Label(
                (f"δ = {fmt(d)}",), f"{names.neuron(layer, u)}: δ = ∂L/∂z = {full(d)}", d, True
            )
    rows = []
    hot = {k: "grad"}
    if out:
        values, target = _output_values(s), _encoded_target(s)
        symbol = "ŷ" if s.output_kind == "regression" else "p"
        for j, d in enumerate(delta):
            neurons[(c, j)] = Label(
                (f"δ = {symbol} − y", f"= {fmt(d)}"),
                f"{names.neuron(c, j)}: δ = ∂L/∂z = {symbol} − y = {full(d)}\n"
                f"{symbol} = {full(values[j])}\ny = {full(target[j])}",
                float(d),
            )
            if j < MAX_ROWS:
                rows.append(
                    _p(
                        f"<b>{names.neuron(c, j)}</b>: δ = ∂L/∂z = {symbol} − y = "
                        f"{num(values[j])} − {nterm(target[j])} = {num(d, True)}"
                    )
                )
        why = {
            "binary": "For a sigmoid output with the cross-entropy loss, the chain rule "
            "∂L/∂p · ∂p/∂z simplifies to just <b>δ = p − y</b>.",
            "multiclass": "For softmax with the cross-entropy loss, the chain rule simplifies "
            "to <b>δ = p − y</b> for every output (y is 1 for the point's class, 0 otherwise).",
            "regression": "For a linear output with the squared error ½(ŷ − y)², the chain rule "
            "gives <b>δ = ŷ − y</b>.",
        }[s.output_kind]
        intro = _p(
            "Now backwards, starting at the output. <b>δ = ∂L/∂z</b> says how much the loss "
            f"changes when a neuron's z changes. {why}"
        )
        title = "Backward from the output"
        caption = "δ = ∂L/∂z\non the links: ∂L/∂w = a × δ"
    else:
        act = s.activations[k]
        W_next, d_next = s.weights[c], t.delta[c]
        fprime = t.activation_grads[k]
        for j, d in enumerate(delta):
            products = [
                f"{nterm(W_next[j, m])}·{nterm(d_next[m])}"
                for m in range(W_next.shape[1])
                if s.masks[c][j, m]
            ]
            back = float(np.dot(W_next[j], d_next))
            neurons[(c, j)] = Label(
                (f"δ = {fmt(fprime[j])} × {term(back)}", f"= {fmt(d)}"),
                f"{names.neuron(c, j)}: δ = f′(z) × Σ w·δ = {full(d)}\n"
                f"f′(z) = {full(fprime[j])}\nΣ w·δ (next layer) = {full(back)}",
                float(d),
            )
            if j < MAX_ROWS:
                rows.append(
                    _p(
                        f"<b>{names.neuron(c, j)}</b>: δ = f′(z) × Σ w·δ = {num(fprime[j])} × "
                        f"[{_sum(products)}] = {num(fprime[j])} × {nterm(back)} = {num(d, True)}"
                    )
                )
        if len(delta) > MAX_ROWS:
            rows.append(_more(len(delta) - MAX_ROWS, "neurons"))
        title = f"Backward through hidden layer {c} ({ACTIVATIONS[act].title})"
        intro = _p(
            "The chain rule: a neuron's δ is the δ's of the next layer, each times the weight "
            "of the link it reached them by, added up, times the slope of its own activation "
            f"at its z: <b>δ = f′(z) × Σ w·δ</b>. For {ACTIVATIONS[act].title}, "
            f"{FPRIME[act]}."
        )
        hot[c] = "back"
        caption = "δ = f′(z) × Σ w·δ\non the links: ∂L/∂w = a × δ"
    # The gradients of the links into this layer.
    links: dict[tuple[int, int, int], Label] = {}
    grad_rows = []
    W = s.weights[k]
    shown = 0
    for j in range(W.shape[1]):
        for i in range(W.shape[0]):
            if not s.masks[k][i, j]:
                continue
            html, tip = _grad_text(s, k, i, j)
            g = float(t.dW[k][i, j])
            links[(k, i, j)] = Label((fmt(g),), f"{names.link(k, i, j)}\n{tip}", g)
            if shown < MAX_ROWS:
                grad_rows.append(_p(f"{names.link(k, i, j)}: {html}"))
            shown += 1
    if shown > MAX_ROWS:
        grad_rows.append(_more(shown - MAX_ROWS, "links"))
    bias = ", ".join(
        f"{names.neuron(c, j)} {num(t.db[k][j])}" for j in range(min(len(delta), MAX_ROWS))
    )
    html = (
        intro
        + "".join(rows)
        + _p(
            "Each link into this layer gets its gradient: the activation <b>a</b> at the "
            "link's start times the <b>δ</b> at its end, <b>∂L/∂w = a × δ</b>."
        )
        + "".join(grad_rows)
        + _p(f"A bias is a link from a constant 1, so ∂L/∂b = δ: {bias}.")
    )
    return Step(2, c, title, html, caption, neurons, links, hot)


# -------------------------------------------------------------------- 4. update
def _flat_offsets(s: TracedSample) -> list[int]:
    """Where each weight layer starts in the flat parameter vector ([W, b] per layer)."""
    offsets, at = [], 0
    for W in s.weights:
        offsets.append(at)
        at += W.size + W.shape[1]
    return offsets


def _rule(s: TracedSample) -> str:
    lr = num(s.trace.learning_rate)
    p = s.optimizer_params
    if s.optimizer == "sgd":
        return f"<b>w ← w − η·∂L/∂w</b>, with the learning rate η = {lr}."
    rule = plain_rule(s.trace.optimizer_rule)
    consts = [f"η = {lr}"]
    for key, sym in (("momentum", "μ"), ("rho", "ρ"), ("beta1", "β₁"), ("beta2", "β₂")):
        if key in p:
            consts.append(f"{sym} = {num(p[key])}")
    if "eps" in p:
        consts.append(f"ε = {num(p['eps'])}")
    note = "; m′ and v′ are m and v corrected for the first steps" if s.optimizer == "adam" else ""
    return (
        f"The optimizer is {s.optimizer_title}, with g = ∂L/∂w: <b>{rule}</b> "
        f"({', '.join(consts)}){note}. Its memory of earlier steps changes how far each "
        "weight moves."
    )


def _explain_update(s: TracedSample, flat: int, g: float, w: float, delta: float) -> str:
    """The optimizer's rule for one parameter, numbers filled in (panel html)."""
    new = w - delta
    lr = s.trace.learning_rate
    after = f'<a href="n:{full(new)}"><b>{fmt_change(new, delta)}</b></a>'
    if s.optimizer == "sgd":
        return f"{num(w)} − {num(lr)} × {nterm(g)} = {after}"
    state, p = s.optimizer_state, s.optimizer_params
    if s.optimizer in ("momentum", "nesterov"):
        mu = p["momentum"]
        v = mu * state["velocity"][flat] + g
        steps = f"v = {num(mu)}×{nterm(state['velocity'][flat])} + {nterm(g)} = {num(v)}; "
        how = "η·(g + μ·v)" if p.get("nesterov") else "η·v"
        return f"{steps}w = {num(w)} − {how} = {num(w)} − {nterm(delta)} = {after}"
    if s.optimizer == "rmsprop":
        rho = p["rho"]
        sq = rho * state["square_avg"][flat] + (1 - rho) * g * g
        return (
            f"s = {num(rho)}×{nterm(state['square_avg'][flat])} + {num(1 - rho)}×{nterm(g)}² "
            f"= {num(sq)}; w = {num(w)} − η·g/(√s + ε) = {num(w)} − {nterm(delta)} = {after}"
        )
    if s.optimizer == "adam":
        b1, b2 = p["beta1"], p["beta2"]
        m = b1 * state["m"][flat] + (1 - b1) * g
        v = b2 * state["v"][flat] + (1 - b2) * g * g
        step = int(state["t"]) + 1
        return (
            # m′, v′ stand for m̂, v̂: a combining hat next to a link drifts in rich text.
            f"m = {num(m)}, v = {num(v)}, t = {step}: m′ = m/(1 − β₁ᵗ) = "
            f"{num(m / (1 - b1**step))}, v′ = v/(1 − β₂ᵗ) = {num(v / (1 - b2**step))}; "
            f"w = {num(w)} − η·m′/(√v′ + ε) = {num(w)} − {nterm(delta)} = {after}"
        )
    return f"{num(w)} − {nterm(delta)} = {after}"


def _update(s: TracedSample, names: _Names) -> Step:
    t = s.trace
    updates = t.updates or []
    offsets = _flat_offsets(s)
    links: dict[tuple[int, int, int], Label] = {}
    neurons: dict[tuple[int, int], Label] = {}
    sections = []
    for k, (W, (dW_step, db_step)) in enumerate(zip(s.weights, updates)):
        rows, shown = [], 0
        fan_out = W.shape[1]
        for i in range(W.shape[0]):
            for j in range(fan_out):
                if not s.masks[k][i, j]:
                    continue
                w, delta, g = float(W[i, j]), float(dW_step[i, j]), float(t.dW[k][i, j])
                flat = offsets[k] + i * fan_out + j
                links[(k, i, j)] = Label(
                    (fmt(-delta),),
                    f"{names.link(k, i, j)}\nw = {full(w)}\n∂L/∂w = {full(g)}\n"
                    f"Δw = {full(-delta)}\nnew w = {full(w - delta)}",
                    -delta,
                )
                if shown < MAX_ROWS:
                    rows.append(
                        _p(f"{names.link(k, i, j)}: {_explain_update(s, flat, g, w, delta)}")
                    )
                shown += 1
        if shown > MAX_ROWS:
            rows.append(_more(shown - MAX_ROWS, "links"))
        for j in range(fan_out):
            b, delta, g = float(s.biases[k][j]), float(db_step[j]), float(t.db[k][j])
            flat = offsets[k] + W.size + j
            neurons[(k + 1, j)] = Label(
                (f"Δb = {fmt(-delta)}",),
                f"{names.neuron(k + 1, j)}: bias b = {full(b)}\n∂L/∂b = {full(g)}\n"
                f"Δb = {full(-delta)}\nnew b = {full(b - delta)}",
                -delta,
                card=False,
            )
            if j < MAX_ROWS // 2:
                rows.append(
                    _p(f"bias of {names.neuron(k + 1, j)}: {_explain_update(s, flat, g, b, delta)}")
                )
        sections.append(_p(f"<b>Into {names.layer(k + 1)}</b>") + "".join(rows))
    html = (
        _p(
            "Every weight and bias now moves a small step against its gradient, so the loss "
            f"on this point goes down. {_rule(s)}"
        )
        + "".join(sections)
        + _p(
            "<b>Apply</b> makes exactly this update in the network: watch the boundary on the "
            "right move."
        )
    )
    hot = {k: "update" for k in range(len(s.weights))}
    rule = "w ← w − η·∂L/∂w" if s.optimizer == "sgd" else plain_rule(s.trace.optimizer_rule)
    caption = f"{rule}\non the links: the change Δw"
    return Step(
        3, -1, f"The weight update ({s.optimizer_title})", html, caption, neurons, links, hot
    )
