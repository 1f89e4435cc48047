"""The walkthrough's third phase: the backward pass with the chain rule, from the output
back (the weight update is playground.core.walkthrough_update).

Every number shown is the engine's own (``engine.Trainer.trace``); the only ones worked
out here are those a formula shows on the way (a sum Σ w·δ, an optimizer's moving
averages), never a result the engine gives.
"""

from __future__ import annotations

import numpy as np

from engine import ACTIVATIONS
from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core import walkthrough_tfp as tfp_text
from playground.core.walkthrough_sample import (
    Names,
    TracedSample,
    dropout_mask,
    encoded_target,
    output_values,
    y_full,
    y_text,
)
from playground.core.walkthrough_text import (
    MAX_ROWS,
    Label,
    Step,
    eq,
    fmt,
    fmt_p,
    full,
    more_rows,
    nterm,
    num,
    para,
    pterm,
    sum_text,
    term,
)

# f'(z) as the backward pass uses it (translated where shown: words among the symbols).
FPRIME = {
    "linear": "f′(z) = 1",
    "relu": QT_TRANSLATE_NOOP("walkthrough_backward", "f′(z) = 1 if z > 0, else 0"),
    "leaky_relu": QT_TRANSLATE_NOOP("walkthrough_backward", "f′(z) = 1 if z > 0, else 0.01"),
    "elu": QT_TRANSLATE_NOOP("walkthrough_backward", "f′(z) = 1 if z > 0, else a + 1"),
    "tanh": "f′(z) = 1 − a²",
    "sigmoid": "f′(z) = a·(1 − a)",
    "softplus": "f′(z) = σ(z)",
    "silu": "f′(z) = σ(z)·(1 + z·(1 − σ(z)))",
}


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
    html = eq(
        f"∂L/∂w = a × δ{' + …' if extra else ''} = {nterm(a)} × {nterm(d)}{extra} = {num(g, True)}"
    )
    tip = f"∂L/∂w = a × δ{tip_extra} = {full(g)}\na = {full(a)}\nδ = {full(d)}"
    return html, tip


def _dropout_delta(
    s: TracedSample, names: Names, c: int, j: int, products: list[str], back: float, scale: float
) -> tuple[Label, str]:
    """Neuron ``j`` of hidden layer ``c`` under dropout: its card and its row."""
    k = c - 1
    d, fprime = float(s.trace.delta[k][j]), float(s.trace.activation_grads[k][j])
    name = names.neuron(c, j)
    if scale == 0.0:
        label = Label(
            (translate("walkthrough_backward", "dropped: δ = 0"),),
            translate(
                "walkthrough_backward", "{neuron}: dropped by dropout for this point: δ = 0"
            ).format(neuron=name),
            d,
            True,
        )
        return label, para(
            translate(
                "walkthrough_backward",
                "<b>{neuron}</b> was dropped for this point: δ = 0 (its a was 0, so it did not "
                "change the loss, and no gradient flows back through it).",
            ).format(neuron=name)
        )
    label = Label(
        (f"δ = {fmt(fprime)} × {fmt(scale)} × {term(back)}", f"= {fmt(d)}"),
        f"{name}: δ = f′(z) × m × Σ w·δ = {full(d)}\nf′(z) = {full(fprime)}\n"
        + translate(
            "walkthrough_backward", "m = {scale} (kept by dropout)\nΣ w·δ (next layer) = {back}"
        ).format(scale=full(scale), back=full(back)),
        d,
    )
    row = para(
        f"<b>{name}</b>: "
        + eq(
            f"δ = f′(z) × m × Σ w·δ = {num(fprime)} × {num(scale)} × [{sum_text(products)}] "
            f"= {num(fprime)} × {num(scale)} × {nterm(back)} = {num(d, True)}"
        )
    )
    return label, row


def backward_step(s: TracedSample, names: Names, c: int) -> Step:
    t = s.trace
    k = c - 1
    last = s.n_layers
    out = c == last
    delta = t.delta[k]
    neurons: dict[tuple[int, int], Label] = {}
    for layer in range(c + 1, min(c + 2, last + 1)):  # the layer before: its δ, muted
        for u, d in enumerate(t.delta[layer - 1]):
            y, y_tip = "", ""
            if layer == last:  # every output box says y
                y, y_tip = f", {y_text(s, u)}", f"\n{y_full(s, u)}"
            neurons[(layer, u)] = Label(
                (f"δ = {fmt(d)}{y}",),
                f"{names.neuron(layer, u)}: δ = ∂L/∂z = {full(d)}{y_tip}",
                d,
                True,
            )
    rows = []
    hot = {k: "grad"}
    if out:
        values, target = output_values(s), encoded_target(s)
        symbol = "ŷ" if s.output_kind == "regression" else "p"
        for j, d in enumerate(delta if not s.tfp else ()):
            written = fmt(values[j]) if symbol == "ŷ" else fmt_p(values[j])
            neurons[(c, j)] = Label(
                (f"{symbol} = {written}, {y_text(s, j)}", f"δ = {symbol} − y = {fmt(d)}"),
                f"{names.neuron(c, j)}: δ = ∂L/∂z = {symbol} − y = {full(d)}\n"
                f"{symbol} = {full(values[j])}\n{y_full(s, j)}",
                float(d),
            )
            value = nterm(values[j]) if symbol == "ŷ" else pterm(values[j])
            if j < MAX_ROWS:
                rows.append(
                    para(
                        f"<b>{names.neuron(c, j)}</b>: "
                        + eq(
                            f"δ = ∂L/∂z = {symbol} − y = {value} − {nterm(target[j])} "
                            f"= {num(d, True)}"
                        )
                    )
                )
        if s.tfp:
            row, neurons[(c, 0)] = tfp_text.backward(s, names.neuron(c, 0), float(delta[0]))
            rows.append(row)
        if s.tfp:
            why = tfp_text.why()
        elif s.output_kind == "binary":
            why = translate(
                "walkthrough_backward",
                "For a sigmoid output with the cross-entropy loss, the chain rule "
                "∂L/∂p · ∂p/∂z simplifies to just <b>δ = p − y</b>.",
            )
        elif s.output_kind == "multiclass":
            why = translate(
                "walkthrough_backward",
                "For softmax with the cross-entropy loss, the chain rule simplifies "
                "to <b>δ = p − y</b> for every output (y is 1 for the point's class, 0 otherwise).",
            )
        else:
            why = translate(
                "walkthrough_backward",
                "For a linear output with the squared error ½(ŷ − y)², the chain rule "
                "gives <b>δ = ŷ − y</b>.",
            )
        intro = para(
            translate(
                "walkthrough_backward",
                "Now backwards, starting at the output. <b>δ = ∂L/∂z</b> says how much the loss "
                "changes when a neuron's z changes. {why}",
            ).format(why=why)
        )
        title = translate("walkthrough_backward", "Backward from the output")
        caption = translate("walkthrough_backward", "δ = ∂L/∂z\non the links: ∂L/∂w = a × δ")
    else:
        act = s.activations[k]
        W_next, d_next = s.weights[c], t.delta[c]
        fprime = t.activation_grads[k]
        mask = dropout_mask(s, k)
        for j, d in enumerate(delta):
            products = [
                f"{nterm(W_next[j, m])}·{nterm(d_next[m])}"
                for m in range(W_next.shape[1])
                if s.masks[c][j, m]
            ]
            back = float(np.dot(W_next[j], d_next))
            scale = None if mask is None else float(mask[j])
            if scale is not None:
                neurons[(c, j)], row = _dropout_delta(s, names, c, j, products, back, scale)
                if j < MAX_ROWS:
                    rows.append(row)
                continue
            neurons[(c, j)] = Label(
                (f"δ = {fmt(fprime[j])} × {term(back)}", f"= {fmt(d)}"),
                f"{names.neuron(c, j)}: δ = f′(z) × Σ w·δ = {full(d)}\n"
                f"f′(z) = {full(fprime[j])}\n"
                + translate("walkthrough_backward", "Σ w·δ (next layer) = {back}").format(
                    back=full(back)
                ),
                float(d),
            )
            if j < MAX_ROWS:
                rows.append(
                    para(
                        f"<b>{names.neuron(c, j)}</b>: "
                        + eq(
                            f"δ = f′(z) × Σ w·δ = {num(fprime[j])} × [{sum_text(products)}] "
                            f"= {num(fprime[j])} × {nterm(back)} = {num(d, True)}"
                        )
                    )
                )
        if len(delta) > MAX_ROWS:
            rows.append(more_rows(len(delta) - MAX_ROWS, "neurons"))
        title = translate(
            "walkthrough_backward", "Backward through hidden layer {layer} ({activation})"
        ).format(layer=c, activation=ACTIVATIONS[act].title)
        intro = para(
            translate(
                "walkthrough_backward",
                "The chain rule: a neuron's δ is the δ's of the next layer, each times the weight "
                "of the link it reached them by, added up, times the slope of its own activation "
                "at its z: <b>δ = f′(z) × Σ w·δ</b>. For {activation}, {slope}.",
            ).format(
                activation=ACTIVATIONS[act].title,
                slope=translate("walkthrough_backward", FPRIME[act]),
            )
        )
        if mask is not None:
            intro += para(
                translate(
                    "walkthrough_backward",
                    "With dropout, the factor by which the forward pass scaled the neuron comes "
                    "in too: <b>δ = f′(z) × m × Σ w·δ</b>, with m = 0 for a neuron dropped for "
                    "this point and 1/(1 − {rate}) for one kept.",
                ).format(rate=number(s.dropout[k], "g"))
            )
        hot[c] = "back"
        caption = translate(
            "walkthrough_backward", "δ = f′(z) × Σ w·δ\non the links: ∂L/∂w = a × δ"
        )
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
                grad_rows.append(para(f"{names.link(k, i, j)}: {html}"))
            shown += 1
    if shown > MAX_ROWS:
        grad_rows.append(more_rows(shown - MAX_ROWS, "links"))
    bias = ", ".join(
        f"{names.neuron(c, j)} {num(t.db[k][j])}" for j in range(min(len(delta), MAX_ROWS))
    )
    html = (
        intro
        + "".join(rows)
        + para(
            translate(
                "walkthrough_backward",
                "Each link into this layer gets its gradient: the activation <b>a</b> at the "
                "link's start times the <b>δ</b> at its end, <b>∂L/∂w = a × δ</b>.",
            )
        )
        + "".join(grad_rows)
        + para(
            translate(
                "walkthrough_backward",
                "A bias is a link from a constant 1, so ∂L/∂b = δ: {biases}.",
            ).format(biases=bias)
        )
    )
    return Step(2, c, title, html, caption, neurons, links, hot)
