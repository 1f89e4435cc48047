"""The walkthrough's last two phases: the backward pass with the chain rule, from the
output back, and the weight update by the network's optimizer.

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
    DIGITS,
    MAX_ROWS,
    Label,
    Step,
    digits_to_show,
    eq,
    fmt,
    fmt_p,
    full,
    more_rows,
    nterm,
    num,
    para,
    plain_rule,
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
        return translate(
            "walkthrough_backward", "<b>w ← w − η·∂L/∂w</b>, with the learning rate η = {rate}."
        ).format(rate=lr)
    rule = plain_rule(s.trace.optimizer_rule)
    consts = [f"η = {lr}"]
    for key, sym in (("momentum", "μ"), ("rho", "ρ"), ("beta1", "β₁"), ("beta2", "β₂")):
        if key in p:
            consts.append(f"{sym} = {num(p[key])}")
    if "eps" in p:
        consts.append(f"ε = {num(p['eps'])}")
    if s.optimizer == "adam":
        text = translate(
            "walkthrough_backward",
            "The optimizer is {optimizer}, with g = ∂L/∂w: <b>{rule}</b> ({constants}); m′ and "
            "v′ are m and v corrected for the first steps. Its memory of earlier steps changes "
            "how far each weight moves.",
        )
    else:
        text = translate(
            "walkthrough_backward",
            "The optimizer is {optimizer}, with g = ∂L/∂w: <b>{rule}</b> ({constants}). Its "
            "memory of earlier steps changes how far each weight moves.",
        )
    return text.format(optimizer=s.optimizer_title, rule=rule, constants=", ".join(consts))


def _l1_zero(s: TracedSample, g: float, w: float) -> str:
    """A weight that L1 sets to exactly 0 (engine.optimizers.clip_l1): the optimizer's step
    would carry it across zero (or away from a zero the penalty holds), so the printed
    arithmetic stops short of an equation that the new value would not satisfy."""
    if s.tfp:
        return tfp_text.l1_zero(s, g, w)
    if w == 0.0:
        return translate(
            "walkthrough_backward",
            "w = 0 stays <b>0</b>: the data pull it with ∂L/∂w = {gradient}, no harder than "
            "L1's pull back to zero, λ₁ = {l1}.",
        ).format(gradient=num(g), l1=num(s.l1))
    if s.optimizer == "sgd":
        raw = w - s.trace.learning_rate * g
        return eq(
            f"{nterm(w)} − {num(s.trace.learning_rate)} × {nterm(g)} = {num(raw)}"
        ) + translate("walkthrough_backward", ", across zero, so L1 sets it to exactly <b>0</b>.")
    return translate(
        "walkthrough_backward",
        "the {optimizer} step would carry w = {weight} across zero, so L1 sets it to "
        "exactly <b>0</b>.",
    ).format(optimizer=s.optimizer, weight=num(w))


def _explain_update(
    s: TracedSample, flat: int, g: float, w: float, delta: float, weight: bool = False
) -> str:
    """The optimizer's rule for one parameter, numbers filled in (panel html).

    The equation that ends in the new value shows every number with as many digits as it
    takes to see the change (up to MAX_DIGITS); a smaller change is said to be too small.
    """
    new = w - delta
    if weight and s.l1 and new == 0.0 and (w != 0.0 or g != 0.0):
        return _l1_zero(s, g, w)
    digits = digits_to_show(w, new) or DIGITS

    def n(value: float, bold: bool = False) -> str:
        return num(value, bold, digits)

    def nt(value: float) -> str:
        return nterm(value, digits)

    after = n(new, True)
    small = ""
    if digits_to_show(w, new) is None:  # the change, outside the equation: its own digits
        change = f"{'+' if -delta > 0 else ''}{num(-delta)}"
        small = _small_change(change)
    lr = s.trace.learning_rate
    if s.optimizer == "sgd":
        return eq(f"{n(w)} − {n(lr)} × {nt(g)} = {after}") + small
    state, p = s.optimizer_state, s.optimizer_params
    move = eq(f"w = {n(w)} − {{how}} = {n(w)} − {nt(delta)} = {after}") + small
    if s.optimizer in ("momentum", "nesterov"):
        mu = p["momentum"]
        v = mu * state["velocity"][flat] + g
        steps = eq(f"v = {num(mu)}×{nterm(state['velocity'][flat])} + {nterm(g)} = {num(v)}")
        how = "η·(g + μ·v)" if p.get("nesterov") else "η·v"
        return f"{steps}; {move.format(how=how)}"
    if s.optimizer == "rmsprop":
        rho = p["rho"]
        sq = rho * state["square_avg"][flat] + (1 - rho) * g * g
        steps = eq(
            f"s = {num(rho)}×{nterm(state['square_avg'][flat])} + {num(1 - rho)}×{nterm(g)}² "
            f"= {num(sq)}"
        )
        return f"{steps}; {move.format(how='η·g/(√s + ε)')}"
    if s.optimizer == "adam":
        b1, b2 = p["beta1"], p["beta2"]
        m = b1 * state["m"][flat] + (1 - b1) * g
        v = b2 * state["v"][flat] + (1 - b2) * g * g
        step = int(state["t"]) + 1
        # m′, v′ stand for m̂, v̂: a combining hat next to a link drifts in rich text.
        return (
            f"{eq(f'm = {num(m)}')}, {eq(f'v = {num(v)}')}, t = {step}: "
            f"{eq(f'm′ = m/(1 − β₁ᵗ) = {num(m / (1 - b1**step))}')}, "
            f"{eq(f'v′ = v/(1 − β₂ᵗ) = {num(v / (1 - b2**step))}')}; "
            f"{move.format(how='η·m′/(√v′ + ε)')}"
        )
    return eq(f"{n(w)} − {nt(delta)} = {after}") + small


def _small_change(change: str) -> str:
    """A change too small to show at the equation's digits, written after the new value."""
    return translate("walkthrough_backward", " (changes by {change})").format(change=change)


def update_step(s: TracedSample, names: Names) -> Step:
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
                    f"Δw = {full(-delta)}\n"
                    + translate("walkthrough_backward", "new w = {weight}").format(
                        weight=full(w - delta)
                    ),
                    -delta,
                )
                if shown < MAX_ROWS:
                    rows.append(
                        para(
                            f"{names.link(k, i, j)}: "
                            + _explain_update(s, flat, g, w, delta, weight=True)
                        )
                    )
                shown += 1
        if shown > MAX_ROWS:
            rows.append(more_rows(shown - MAX_ROWS, "links"))
        for j in range(fan_out):
            b, delta, g = float(s.biases[k][j]), float(db_step[j]), float(t.db[k][j])
            flat = offsets[k] + W.size + j
            neurons[(k + 1, j)] = Label(
                (f"Δb = {fmt(-delta)}",),
                translate("walkthrough_backward", "{neuron}: bias b = {bias}").format(
                    neuron=names.neuron(k + 1, j), bias=full(b)
                )
                + f"\n∂L/∂b = {full(g)}\nΔb = {full(-delta)}\n"
                + translate("walkthrough_backward", "new b = {bias}").format(bias=full(b - delta)),
                -delta,
                card=False,
            )
            if j < MAX_ROWS // 2:
                rows.append(
                    para(
                        translate("walkthrough_backward", "bias of {neuron}: {update}").format(
                            neuron=names.neuron(k + 1, j),
                            update=_explain_update(s, flat, g, b, delta),
                        )
                    )
                )
        into = translate("walkthrough_backward", "<b>Into {layer}</b>").format(
            layer=names.layer(k + 1)
        )
        sections.append(para(into) + "".join(rows))
    small_mark = _small_change("\0").partition("\0")[0]  # the words before the change
    small_note = translate(
        "walkthrough_backward",
        "Where a change is too small to show at {digits} digits, it is written after the new "
        "value: “(changes by …)”.",
    ).format(digits=DIGITS)
    html = (
        para(
            translate(
                "walkthrough_backward",
                "Every weight and bias now moves a small step against its gradient, which lowers "
                "the loss on this point unless the step is too large. {rule}",
            ).format(rule=_rule(s))
        )
        + (para(small_note) if small_mark in "".join(sections) else "")
        + "".join(sections)
        + para(
            translate(
                "walkthrough_backward",
                "<b>Apply</b> makes exactly this update in the network, and the boundary on the "
                "right is drawn again with the new weights.",
            )
        )
    )
    hot = {k: "update" for k in range(len(s.weights))}
    rule = "w ← w − η·∂L/∂w" if s.optimizer == "sgd" else plain_rule(s.trace.optimizer_rule)
    caption = translate("walkthrough_backward", "{rule}\non the links: the change Δw").format(
        rule=rule
    )
    title = translate("walkthrough_backward", "The weight update ({optimizer})").format(
        optimizer=s.optimizer_title
    )
    return Step(3, -1, title, html, caption, neurons, links, hot)
