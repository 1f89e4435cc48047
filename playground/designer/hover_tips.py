"""The designer's tooltips: a neuron's a = f(Σ wᵢ·xᵢ + b) with the current numbers, a
link's weight and last gradient, a bias and its gradient."""

from __future__ import annotations

from engine import ACTIVATIONS, FEATURES
from engine.i18n import number, translate
from playground.core.refs import LinkRef, NeuronRef
from playground.core.snapshot import Snapshot
from playground.core.warnings_check import DEAD_TIP
from playground.designer.edit_commands import link_name, node_name, weight_text
from playground.designer.targets import BIAS, FEATURE, LINK, Target

MAX_TERMS = 8  # terms of Σ wᵢ·xᵢ a tooltip writes out; the rest are counted
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
FUNCTION_NAMES = {
    "linear": "",
    "relu": "ReLU",
    "leaky_relu": "LeakyReLU",
    "elu": "ELU",
    "tanh": "tanh",
    "sigmoid": "σ",
    "softplus": "softplus",
    "silu": "SiLU",
}


def _signed_terms(terms: list[tuple[float, str]]) -> str:
    out = ""
    for k, (w, name) in enumerate(terms):
        body = f"{weight_text(abs(w))}·{name}" if name else weight_text(abs(w))
        if k == 0:
            out = ("−" if w < 0 else "") + body
        else:
            out += (" − " if w < 0 else " + ") + body
    return out or "0"


def neuron_formula(snap: Snapshot, neuron: NeuronRef) -> str:
    """a = f(Σ wᵢ·xᵢ + b) for ``neuron`` (hidden or output) of ``snap``, with its numbers."""
    k, column, unit = neuron.bias_layer, neuron.column, neuron.unit
    W = snap.weights[k][:, unit]
    bias = float(snap.biases[k][unit])
    mask = snap.masks[k][:, unit]
    if column == 1:
        names = [FEATURES[f].label for f in snap.features]
    else:
        names = [f"a{str(i + 1).translate(SUBSCRIPTS)}" for i in range(len(W))]
    terms = [(float(w), names[i]) for i, w in enumerate(W) if mask[i]]
    shown, rest = terms[:MAX_TERMS], len(terms) - MAX_TERMS
    body = _signed_terms(shown)
    if rest > 0:
        body += " + " + translate("hover_tips", "… ({count} more)").format(count=rest)
    body += (" − " if bias < 0 else " + ") + weight_text(abs(bias))
    last = len(snap.layer_sizes) - 1
    if column < last:
        activation = snap.spec["hidden"][neuron.hidden]["activation"]
        f = FUNCTION_NAMES.get(activation, activation)
        lines = [f"a = {f}({body})" if f else f"a = {body}"]
        lines.append(ACTIVATIONS[activation].title + ": " + ACTIVATIONS[activation].formula)
    elif snap.tfp_output:  # TensorFlow Playground's output: ŷ near +1 is blue
        lines = [f"ŷ = tanh({body})"]
    elif snap.output_kind == "binary":
        lines = [translate("hover_tips", "p(blue) = σ({sum})").format(sum=body)]
    elif snap.output_kind == "multiclass":
        lines = [f"z{str(unit + 1).translate(SUBSCRIPTS)} = {body}", "p = softmax(z)"]
    else:
        lines = [f"y = {body}"]
    if column > 1:
        lines.append(
            translate("hover_tips", "aᵢ: the outputs of layer {layer}").format(layer=column - 1)
        )
    return "\n".join(lines)


def tooltip_text(snap: Snapshot | None, target: Target | None) -> str:
    """The tooltip for ``target``; "" where the view's own tooltip (inputs) stands."""
    if target is None or snap is None or target.kind == FEATURE:
        return ""
    try:
        if target.kind == LINK:
            return link_tip(snap, target.ref)
        if target.kind == BIAS:
            return bias_tip(snap, target.ref)
        return neuron_tip(snap, target.ref)
    except (IndexError, KeyError):  # the topology changed under the mouse
        return ""


def neuron_tip(snap: Snapshot, neuron: NeuronRef) -> str:
    name = node_name(snap, neuron)
    if neuron.column == 0:
        return ""
    lines = [name[0].upper() + name[1:], neuron_formula(snap, neuron)]
    if neuron.is_hidden(len(snap.layer_sizes)):
        if (neuron.column - 1, neuron.unit) in snap.dead_neurons:
            lines.append("✕ " + translate("warnings_check", DEAD_TIP))
        lines.append(
            translate(
                "hover_tips",
                "Its map fills the output view. Click, then Delete, or drag it off the network, "
                "to remove it; double-click to edit its bias.",
            )
        )
    else:
        lines.append(translate("hover_tips", "Double-click to edit its bias."))
    return "\n".join(lines)


def link_tip(snap: Snapshot, link: LinkRef) -> str:
    name = link_name(snap, link)
    k, i, j = link.weight_layer, link.i, link.j
    if not snap.masks[k][i, j]:
        return translate(
            "hover_tips",
            "Link {link}: disabled (dashed)\nIts weight stays 0 and it trains no more. "
            "Click to enable it.",
        ).format(link=name)
    w = float(snap.weights[k][i, j])
    g = float(snap.weight_grads[k][i, j])
    return translate(
        "hover_tips",
        "Link {link}\nweight w = {weight}\nlast gradient ∂L/∂w = {gradient}\n"
        "Click to disable it; double-click to type a weight.",
    ).format(link=name, weight=weight_text(w), gradient=gradient_text(g))


def bias_tip(snap: Snapshot, neuron: NeuronRef) -> str:
    name = node_name(snap, neuron)
    b = float(snap.biases[neuron.bias_layer][neuron.unit])
    g = float(snap.bias_grads[neuron.bias_layer][neuron.unit])
    return translate(
        "hover_tips",
        "Bias of {neuron}\nb = {bias}\nlast gradient ∂L/∂b = {gradient}\n"
        "Double-click to type a bias.",
    ).format(neuron=name, bias=weight_text(b), gradient=gradient_text(g))


def gradient_text(g: float) -> str:
    """A gradient as the tooltips show it: three digits, with a real minus sign."""
    return number(g, ".3g").replace("-", "−")
