"""The walkthrough's words for TensorFlow Playground's output (engine.tfp): ŷ = tanh(z),
targets t = ±1, the loss ½(ŷ − t)², δ = (ŷ − t)·(1 − ŷ²), and its L1 rule.

ŷ and t are worked out here as the engine does (``np.tanh`` of the traced z, 2y − 1); every
other number is the engine's own trace.
"""

from __future__ import annotations

from engine.i18n import translate
from playground.core import colors
from playground.core.walkthrough_sample import (
    TracedSample,
    encoded_target,
    output_values,
    y_full,
    y_text,
)
from playground.core.walkthrough_text import Label, eq, fmt, full, nterm, num, para

CAPTION = "ŷ = tanh(z)"
RULE = "L = ½·(ŷ − t)²"


def head() -> str:
    """The output layer's step title's end."""
    return translate("walkthrough_tfp", "the output neuron (tanh, as in TensorFlow Playground)")


def name() -> str:
    """The loss's name."""
    return translate("walkthrough_tfp", "½ squared error")


def forward(s: TracedSample, z: float, a: float, j: int) -> tuple[str, tuple[str, ...]]:
    """The output neuron's "then" equation and its box's lines in the forward pass."""
    return eq(f"ŷ = tanh(z) = {num(a, True)}"), (f"z = {fmt(z)}", f"ŷ = {fmt(a)}, {y_text(s, j)}")


def after_forward(s: TracedSample) -> str:
    return para(
        translate(
            "walkthrough_tfp",
            "Then tanh turns z into the output <b>ŷ = tanh(z)</b>, between −1 and 1, as "
            "TensorFlow Playground's does: near +1 says {yes}, near −1 says {no}. "
            "Here ŷ = {output}.",
        ).format(
            yes=colors.class_name(1),
            no=colors.class_name(0),
            output=num(float(output_values(s)[0]), True),
        )
    )


def loss(s: TracedSample, tip_loss: str) -> tuple[str, str, Label]:
    """The loss step's meaning, its equation, and the output box."""
    t = s.trace
    y_hat, target = float(output_values(s)[0]), float(encoded_target(s)[0])
    meaning = translate(
        "walkthrough_tfp",
        "The network says ŷ = {output}; the point is {name}, so its target is "
        "t = {target} (TensorFlow Playground's labels are −1 and +1). "
        "The closer ŷ gets to t, the smaller the loss.",
    ).format(
        output=num(y_hat, True),
        name=colors.class_name(int(t.target)),
        target="+1" if target > 0 else "−1",
    )
    formula = eq(f"{RULE} = ½·({num(y_hat)} − {nterm(target)})² = {num(t.data_loss, True)}")
    box = Label(
        (f"ŷ = {fmt(y_hat)}, {y_text(s, 0)}", f"L = {fmt(t.loss)}"),
        f"ŷ = {full(y_hat)}\n{y_full(s, 0)}\n{tip_loss}",
        t.loss,
    )
    return meaning, formula, box


def backward(s: TracedSample, neuron: str, d: float) -> tuple[str, Label]:
    """The output's δ as an equation (panel) and as its box (canvas)."""
    y_hat, target = float(output_values(s)[0]), float(encoded_target(s)[0])
    row = f"<b>{neuron}</b>: " + eq(
        f"δ = ∂L/∂z = (ŷ − t)·(1 − ŷ²) = ({num(y_hat)} − {nterm(target)})·"
        f"(1 − {nterm(y_hat)}²) = {num(d, True)}"
    )
    box = Label(
        (f"ŷ = {fmt(y_hat)}, {y_text(s, 0)}", f"δ = {fmt(d)}"),
        f"{neuron}: δ = ∂L/∂z = (ŷ − t)·(1 − ŷ²) = {full(d)}\nŷ = {full(y_hat)}\n{y_full(s, 0)}",
        float(d),
    )
    return para(row), box


def why() -> str:
    """Why the output's δ is what it is."""
    return translate(
        "walkthrough_tfp",
        "For TensorFlow Playground's tanh output with the squared error ½(ŷ − t)², the chain "
        "rule gives <b>δ = (ŷ − t)·(1 − ŷ²)</b>: the slope of tanh, 1 − ŷ², makes δ small "
        "whenever ŷ is near +1 or −1, even near the wrong one.",
    )


def l1_zero(s: TracedSample, g: float, w: float) -> str:
    """A weight that TensorFlow Playground's L1 rule sets to 0 (engine.tfp.tfp_clip_l1)."""
    if w == 0.0:
        return translate(
            "walkthrough_tfp",
            "w = 0 stays <b>0</b>: in TensorFlow Playground's L1 rule a weight that L1 has "
            "set to zero stays there.",
        )
    pull = s.trace.learning_rate * s.l1
    if s.optimizer == "sgd":
        raw = w - s.trace.learning_rate * g
        return eq(
            f"{nterm(w)} − {num(s.trace.learning_rate)} × {nterm(g)} = {num(raw)}"
        ) + translate(
            "walkthrough_tfp",
            ": L1's own pull, η·λ₁ = {pull}, carries it across zero, so TensorFlow "
            "Playground's L1 rule sets it to exactly <b>0</b>.",
        ).format(pull=num(pull))
    return translate(
        "walkthrough_tfp",
        "L1's own pull, η·λ₁ = {pull}, carries w = {weight} across zero in this "
        "{optimizer} step, so TensorFlow Playground's L1 rule sets it to exactly <b>0</b>.",
    ).format(pull=num(pull), weight=num(w), optimizer=s.optimizer)
