"""The walkthrough's last phase: the weight update by the network's optimizer, its rule
with the numbers filled in for every weight and bias.

Every number shown is the engine's own (``engine.Trainer.trace``); the only ones worked
out here are an optimizer's moving averages on the way to the update the engine made.
"""

from __future__ import annotations

from engine.i18n import translate
from playground.core import walkthrough_tfp as tfp_text
from playground.core.walkthrough_sample import Names, TracedSample
from playground.core.walkthrough_text import (
    DIGITS,
    MAX_ROWS,
    Label,
    Step,
    digits_to_show,
    eq,
    fmt,
    full,
    more_rows,
    nterm,
    num,
    para,
    plain_rule,
)


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
            "walkthrough_update", "<b>w ← w − η·∂L/∂w</b>, with the learning rate η = {rate}."
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
            "walkthrough_update",
            "The optimizer is {optimizer}, with g = ∂L/∂w: <b>{rule}</b> ({constants}); m′ and "
            "v′ are m and v corrected for the first steps. Its memory of earlier steps changes "
            "how far each weight moves.",
        )
    else:
        text = translate(
            "walkthrough_update",
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
            "walkthrough_update",
            "w = 0 stays <b>0</b>: the data pull it with ∂L/∂w = {gradient}, no harder than "
            "L1's pull back to zero, λ₁ = {l1}.",
        ).format(gradient=num(g), l1=num(s.l1))
    if s.optimizer == "sgd":
        raw = w - s.trace.learning_rate * g
        return eq(
            f"{nterm(w)} − {num(s.trace.learning_rate)} × {nterm(g)} = {num(raw)}"
        ) + translate("walkthrough_update", ", across zero, so L1 sets it to exactly <b>0</b>.")
    return translate(
        "walkthrough_update",
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
    return translate("walkthrough_update", " (changes by {change})").format(change=change)


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
                    + translate("walkthrough_update", "new w = {weight}").format(
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
                translate("walkthrough_update", "{neuron}: bias b = {bias}").format(
                    neuron=names.neuron(k + 1, j), bias=full(b)
                )
                + f"\n∂L/∂b = {full(g)}\nΔb = {full(-delta)}\n"
                + translate("walkthrough_update", "new b = {bias}").format(bias=full(b - delta)),
                -delta,
                card=False,
            )
            if j < MAX_ROWS // 2:
                rows.append(
                    para(
                        translate("walkthrough_update", "bias of {neuron}: {update}").format(
                            neuron=names.neuron(k + 1, j),
                            update=_explain_update(s, flat, g, b, delta),
                        )
                    )
                )
        into = translate("walkthrough_update", "<b>Into {layer}</b>").format(
            layer=names.layer(k + 1)
        )
        sections.append(para(into) + "".join(rows))
    small_mark = _small_change("\0").partition("\0")[0]  # the words before the change
    small_note = translate(
        "walkthrough_update",
        "Where a change is too small to show at {digits} digits, it is written after the new "
        "value: “(changes by …)”.",
    ).format(digits=DIGITS)
    html = (
        para(
            translate(
                "walkthrough_update",
                "Every weight and bias now moves a small step against its gradient, which lowers "
                "the loss on this point unless the step is too large. {rule}",
            ).format(rule=_rule(s))
        )
        + (para(small_note) if small_mark in "".join(sections) else "")
        + "".join(sections)
        + para(
            translate(
                "walkthrough_update",
                "<b>Apply</b> makes exactly this update in the network, and the boundary on the "
                "right is drawn again with the new weights.",
            )
        )
    )
    hot = {k: "update" for k in range(len(s.weights))}
    rule = "w ← w − η·∂L/∂w" if s.optimizer == "sgd" else plain_rule(s.trace.optimizer_rule)
    caption = translate("walkthrough_update", "{rule}\non the links: the change Δw").format(
        rule=rule
    )
    title = translate("walkthrough_update", "The weight update ({optimizer})").format(
        optimizer=s.optimizer_title
    )
    return Step(3, -1, title, html, caption, neurons, links, hot)
