"""The walkthrough's first two phases: the forward pass, layer by layer, and the loss.

Every number shown is the engine's own (``engine.Trainer.trace``); the only ones worked
out here are those a formula shows on the way.
"""

from __future__ import annotations

import math

from engine import ACTIVATIONS
from engine.i18n import translate
from playground.core import colors
from playground.core import walkthrough_tfp as tfp_text
from playground.core.walkthrough_sample import (
    Names,
    TracedSample,
    dropout_mask,
    dropout_sentence,
    output_values,
    target_text,
    y_full,
    y_text,
)
from playground.core.walkthrough_text import (
    MAX_ROWS,
    NEAR_ONE,
    Label,
    Step,
    eq,
    fmt,
    fmt_p,
    full,
    keep_together,
    more_rows,
    nterm,
    num,
    para,
    prob,
    sum_text,
)

# a = f(z) written out with the number in it.
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


def _activation_labels(s: TracedSample, upto: int, names: Names) -> dict:
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


def inputs_step(s: TracedSample, names: Names) -> Step:
    t = s.trace
    x1, x2 = (float(v) for v in t.point)
    values = ", ".join(f"{names.neuron(0, u)} = {num(v)}" for u, v in enumerate(t.a[0]))
    html = (
        (para(s.reason) if s.reason else "")
        + para(
            translate(
                "walkthrough_forward",
                "The point ({x1}, {x2}) goes in. Each input node passes one feature of "
                "it on: {values}.",
            ).format(x1=num(x1), x2=num(x2), values=values)
        )
        + para(
            translate(
                "walkthrough_forward",
                "These are the activations <b>a</b> of the input layer. From here each layer "
                "works out its neurons from the layer before it.",
            )
        )
    )
    neurons = {
        (0, u): Label(
            (f"{names.neuron(0, u)} = {fmt(v)}",),
            f"{names.neuron(0, u)} = {full(v)}\n"
            + translate("walkthrough_forward", "(the point is ({x1}, {x2}))").format(
                x1=full(x1), x2=full(x2)
            ),
            v,
        )
        for u, v in enumerate(t.a[0])
    }
    return Step(
        0,
        0,
        translate("walkthrough_forward", "The inputs"),
        html,
        translate("walkthrough_forward", "a = the features of the point"),
        neurons,
    )


def forward_step(s: TracedSample, names: Names, c: int) -> Step:
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
    values = output_values(s) if out else t.a[c]
    drop = None if out else dropout_mask(s, k)
    for j in range(W.shape[1]):
        products = []
        for i in range(W.shape[0]):
            if not mask[i, j]:
                continue
            products.append(f"{nterm(W[i, j])}·{nterm(a_in[i])}")
            links[(k, i, j)] = Label(
                (fmt(W[i, j]),),
                f"{names.link(k, i, j)} = {full(W[i, j])}\n"
                + translate("walkthrough_forward", "carries a = {value} from {neuron}").format(
                    value=full(a_in[i]), neuron=names.neuron(k, i)
                ),
                float(W[i, j]),
            )
        formula = eq(f"z = {sum_text(products, f' + {nterm(b[j])}')} = {num(z[j], True)}")
        a = float(values[j])
        lines: tuple[str, ...]
        if out and s.tfp:
            then, lines = tfp_text.forward(s, z[j], a, j)
        elif out and kind == "binary":
            then = eq(f"p = σ(z) = {prob(a, True)}")
            lines = (f"z = {fmt(z[j])}", f"p = {fmt_p(a)}, {y_text(s, j)}")
        elif out and kind == "multiclass":
            then = ""
            lines = (f"z = {fmt(z[j])}", f"p = {fmt_p(a)}, {y_text(s, j)}")
        elif out:
            then = eq(f"ŷ = z = {num(a, True)}") + translate(
                "walkthrough_forward", " (the output is linear)"
            )
            lines = (f"ŷ = z = {fmt(a)}", y_text(s, j))
        elif drop is None:
            applied = _APPLY[act].format(z=num(z[j]), zt=nterm(z[j]))
            then = eq(f"a = {applied} = {num(a, True)}")
            lines = (f"z = {fmt(z[j])}", f"a = {fmt(a)}")
        else:
            then, lines, why = _dropout_text(s, k, j, act)
        if j < MAX_ROWS:
            rows.append(
                para(f"<b>{names.neuron(c, j)}</b>: {formula}" + (f" → {then}" if then else ""))
            )
        tip = (
            f"{names.neuron(c, j)}\nz = Σ w·a + b = {full(z[j])}\n"
            + ("a" if not out else "ŷ" if kind == "regression" or s.tfp else "p")
            + f" = {full(a)}"
            + (f"\n{y_full(s, j)}" if out else "")
            + (f"\n{why}" if drop is not None else "")
        )
        neurons[(c, j)] = Label(lines, tip, a, drop is not None and drop[j] == 0)
    if W.shape[1] > MAX_ROWS:
        rows.append(more_rows(W.shape[1] - MAX_ROWS, "neurons"))

    if out:
        if s.tfp:
            head = tfp_text.head()
        elif kind == "binary":
            head = translate("walkthrough_forward", "the output neuron (sigmoid)")
        elif kind == "multiclass":
            head = translate("walkthrough_forward", "the output neurons (softmax)")
        else:
            head = translate("walkthrough_forward", "the output neuron (linear)")
        title = translate("walkthrough_forward", "The output layer: {head}").format(head=head)
        intro = para(
            translate(
                "walkthrough_forward",
                "The output neurons add up their inputs the same way, "
                "<b>z = Σ w·a + b</b>, with the activations of the last layer as inputs.",
            )
        )
        if s.tfp:
            after = tfp_text.after_forward(s)
        elif kind == "binary":
            after = para(
                translate(
                    "walkthrough_forward",
                    "Then the sigmoid turns z into a probability: "
                    "<b>p = σ(z) = 1 / (1 + e⁻ᶻ)</b>, "
                    "the network's belief that the point is blue: p = {p}.",
                ).format(p=prob(values[0], True))
            )
        elif kind == "multiclass":
            parts = ", ".join(
                f"{colors.class_name(j)} {prob(v, True)}" for j, v in enumerate(values)
            )
            after = para(
                translate(
                    "walkthrough_forward",
                    "Then softmax turns the z's into probabilities that add up to 1: "
                    "<b>p = eᶻ / Σ eᶻ</b>, over all outputs. Here: {parts}.",
                ).format(parts=parts)
            )
        else:
            after = para(
                translate(
                    "walkthrough_forward", "The output is linear: the prediction is z itself."
                )
            )
        html = intro + "".join(rows) + after
        then_rule = (
            tfp_text.CAPTION
            if s.tfp
            else {"binary": "p = σ(z)", "multiclass": "p = softmax(z)", "regression": "ŷ = z"}[kind]
        )
        caption = translate(
            "walkthrough_forward", "z = Σ w·a + b, then {rule}\non the links: w"
        ).format(rule=then_rule)
    else:
        activation = ACTIVATIONS[act]
        title = translate(
            "walkthrough_forward", "Hidden layer {layer} of {layers} ({activation})"
        ).format(layer=c, layers=s.n_layers - 1, activation=activation.title)
        html = para(
            translate(
                "walkthrough_forward",
                "Each neuron adds up its inputs, each times the weight of its link, plus its "
                "bias: <b>z = Σ w·a + b</b>. Then it applies its activation: <b>a = f(z)</b>, "
                "here {formula}.",
            ).format(formula=activation.formula)
            + (
                translate("walkthrough_forward", " (h1.2 is neuron 2 of hidden layer 1.)")
                if c == 1
                else ""
            )
        )
        if drop is not None:
            html += para(dropout_sentence(s, k, names))
        html += "".join(rows)
        caption = translate("walkthrough_forward", "z = Σ w·a + b,  a = f(z)\non the links: w")
    return Step(0, c, title, html, caption, neurons, links, {k: "forward"})


def _dropout_text(s: TracedSample, k: int, j: int, act: str) -> tuple[str, tuple[str, ...], str]:
    """Neuron ``j`` of hidden layer ``k`` (engine index) under dropout: the panel's
    equation, the canvas lines and a line for the tooltip."""
    t = s.trace
    before, mask = t.before_dropout[k], t.dropout[k]
    assert before is not None and mask is not None  # a layer with dropout
    z, a, h, scale = float(t.z[k][j]), float(t.a[k + 1][j]), float(before[j]), float(mask[j])
    applied = _APPLY[act].format(z=num(z), zt=nterm(z))
    if scale == 0.0:
        then = eq(f"f(z) = {applied} = {num(h)}") + translate(
            "walkthrough_forward", ", dropped for this point: <b>a = 0</b>"
        )
        why = translate("walkthrough_forward", "dropped by dropout (f(z) = {value})")
        return (
            then,
            (f"z = {fmt(z)}", translate("walkthrough_forward", "dropped: a = 0")),
            why.format(value=full(h)),
        )
    then = eq(f"a = {applied} × {num(scale)} = {num(h)} × {num(scale)} = {num(a, True)}")
    why = translate(
        "walkthrough_forward", "kept by dropout: a = f(z) × {scale}, f(z) = {value}"
    ).format(scale=full(scale), value=full(h))
    return then, (f"z = {fmt(z)}", f"a = {fmt(a)}"), why


# ---------------------------------------------------------------------- 2. loss
def _complement(p: float) -> str:
    """1 − p as an anchor: a tiny p as ``1 − p`` (1 − p itself would round away p)."""
    if 0.0 < p < 1.0 - NEAR_ONE:
        return num(1.0 - p, text=keep_together(f"1 − {fmt(p)}"))
    return prob(1.0 - p)


def _reads_true(right: float, loss: float) -> bool:
    """Whether −ln(p of the point's class) gives the loss on show: not where p is so near 0
    or 1 that 64-bit numbers round it (even to exactly 0 or 1), while the engine works the
    loss out from z without that rounding."""
    if not 0.0 < right <= 1.0:
        return False
    from_p = -math.log1p(-(1.0 - right)) if right > 0.5 else -math.log(right)
    return fmt(from_p) == fmt(loss)


def _from_z(s: TracedSample) -> str:
    """The loss worked out from z, as the engine does, where −ln p does not read true."""
    t = s.trace
    z, k = t.z[-1], int(t.target)
    if s.output_kind == "binary":
        e = -float(z[0]) if k else float(z[0])
        rule = f"ln(1 + exp({'−z' if k else 'z'}))"
        terms = f"exp({num(e)})"
    else:
        rule = "ln(1 + Σ exp(zⱼ − zₖ))"  # over the other classes j
        terms = " + ".join(f"exp({num(float(z[j] - z[k]))})" for j in range(len(z)) if j != k)
    return para(
        translate(
            "walkthrough_forward",
            "Here p is closer to 0 or 1 than 64-bit numbers can hold, so the engine works the "
            "loss out from z instead:",
        )
    ) + para(eq(f"L = {rule} = ln(1 + {terms}) = {num(t.data_loss, True)}"))


def loss_step(s: TracedSample, names: Names) -> Step:
    t = s.trace
    last = s.n_layers
    values = output_values(s)
    kind = s.output_kind
    y = t.target
    neurons = _activation_labels(s, last, names)
    tip_loss = translate("walkthrough_forward", "loss L = {value}").format(value=full(t.loss))
    if s.tfp:
        meaning, formula, neurons[(last, 0)] = tfp_text.loss(s, tip_loss)
        name, rule, right = tfp_text.name(), "", 1.0
    elif kind == "binary":
        p, k = float(values[0]), int(y)
        rule = "L = −[y·ln p + (1 − y)·ln(1 − p)]"
        formula = eq(
            f"{rule} = −[{k}·ln({prob(p)}) + {1 - k}·ln({_complement(p)})] "
            f"= {num(t.data_loss, True)}"
        )
        meaning = translate(
            "walkthrough_forward",
            "The network says p = {p} for blue; the point is {name}, so y = {y}. ",
        ).format(p=prob(p, True), name=colors.class_name(k), y=k) + (
            translate("walkthrough_forward", "The closer p gets to 1, the smaller the loss.")
            if k
            else translate("walkthrough_forward", "The closer p gets to 0, the smaller the loss.")
        )
        neurons[(last, 0)] = Label(
            (f"p = {fmt_p(p)}, y = {k}", f"L = {fmt(t.loss)}"),
            f"p = {full(p)}\ny = {k}\n{tip_loss}",
            t.loss,
        )
        name = translate("walkthrough_forward", "cross-entropy")
        right = p if k else 1.0 - p  # the probability of the point's class
    elif kind == "multiclass":
        k = int(y)
        cname = colors.class_name(k)
        rule = f"L = −ln p({cname})"
        formula = eq(f"{rule} = −ln({prob(values[k])}) = {num(t.data_loss, True)}")
        meaning = translate(
            "walkthrough_forward",
            "The point is {target}. Only the probability the network gives that "
            "class counts: p({name}) = {p}. The closer it gets to 1, the smaller the loss.",
        ).format(target=target_text(s), name=cname, p=prob(values[k], True))
        for j, v in enumerate(values):
            # In a crowded column only the last lines fit: p and L matter most.
            lines: tuple[str, ...] = (f"p = {fmt_p(v)}, y = {int(j == k)}",)
            if j == k:
                lines += (f"L = {fmt(t.loss)}",)
            neurons[(last, j)] = Label(
                lines, f"p = {full(v)}\ny = {int(j == k)}\n{tip_loss}", float(t.loss)
            )
        name = translate("walkthrough_forward", "cross-entropy")
        right = float(values[k])
    else:
        p = float(values[0])
        formula = eq(f"L = ½·(ŷ − y)² = ½·({num(p)} − {nterm(y)})² = {num(t.data_loss, True)}")
        meaning = translate(
            "walkthrough_forward",
            "The network predicts ŷ = {prediction}; the point's value is y = {y}.",
        ).format(prediction=num(p, True), y=num(y))
        neurons[(last, 0)] = Label(
            (f"ŷ = {fmt(p)}, y = {fmt(y)}", f"L = {fmt(t.loss)}"),
            f"ŷ = {full(p)}\ny = {full(y)}\n{tip_loss}",
            t.loss,
        )
        name = translate("walkthrough_forward", "squared error")
        rule, right = "", 1.0
    html = para(meaning) + para(
        translate("walkthrough_forward", "The loss ({name}) measures how wrong that is:").format(
            name=name
        )
    )
    if rule and not _reads_true(right, t.data_loss):
        html += para(rule) + _from_z(s)  # the rule without numbers, then as the engine works
    else:
        html += para(formula)
    if t.penalty:
        rule = " + ".join(
            text
            for rate, text in (
                (s.l1, f"λ₁·Σ|w| (λ₁ = {num(s.l1)})"),
                (s.l2, f"λ₂·½Σw² (λ₂ = {num(s.l2)})"),
            )
            if rate
        )
        html += para(
            translate(
                "walkthrough_forward",
                "Regularization adds {penalty} over all weights, so in total {total}.",
            ).format(
                penalty=eq(f"{rule} = {num(t.penalty)}"),
                total=eq(f"L = {num(t.data_loss)} + {num(t.penalty)} = {num(t.loss, True)}"),
            )
        )
    html += para(
        translate(
            "walkthrough_forward",
            "Learning means changing the weights so that this number goes down. The backward "
            "pass works out which way each weight should move.",
        )
    )
    caption = translate("walkthrough_forward", "L: how wrong\nthe prediction is")
    title = translate("walkthrough_forward", "The loss on this point")
    return Step(1, last, title, html, caption, neurons)
