"""Topology edits that keep what the network has learned.

Each function takes a network and returns a new one. Weights and biases of everything
the edit does not touch are copied bit for bit; only new parts are initialised. A new
neuron starts with random incoming weights and zero outgoing weights, and a newly
enabled feature with zero weights, so adding either leaves the network's output
unchanged until training moves them. A new layer starts as the identity (engine.grow).
"""

from __future__ import annotations

import numpy as np

from engine.activations import get_activation
from engine.dropout import check_rate
from engine.features import FEATURES
from engine.grow import identity_layer
from engine.i18n import translate
from engine.network import Network, init_layer
from engine.spec import MAX_HIDDEN_LAYERS, MAX_UNITS, validate_spec


def _parts(net: Network) -> tuple[dict, list[list[np.ndarray]], list[np.ndarray]]:
    params = [[W.copy(), b.copy()] for W, b in net.params]
    return net.spec, params, net.masks


def _rebuild(net: Network, spec: dict, params: list, masks: list) -> Network:
    new = Network(spec, [tuple(p) for p in params], masks, net._seed, dtype=net.dtype)
    new._rng = net._rng  # one stream of edit randomness, so edits replay deterministically
    return new


def _check_hidden(net: Network, layer: int) -> None:
    n = len(net.spec["hidden"])
    if not isinstance(layer, (int, np.integer)) or not 0 <= layer < n:
        raise ValueError(
            translate("edits", "hidden layer must be from 0 to {high}; got {value}").format(
                high=n - 1, value=repr(layer)
            )
            if n
            else translate("edits", "the network has no hidden layers")
        )


def insert_layer(
    net: Network,
    index: int,
    units: int,
    activation: str = "tanh",
    start: str = "identity",
    points: np.ndarray | None = None,
) -> Network:
    """Insert a hidden layer before hidden layer ``index`` (``index == n_hidden`` appends).

    ``start="identity"`` keeps what the network computes: the new layer starts as the
    identity, exactly for linear, ReLU, leaky ReLU and ELU, and as a scaled near-identity
    for the others (engine.grow; ``points`` are the data, whose range it must cover). With
    fewer neurons than the column before it, or ``start="random"``, the links that ran
    across the insertion point are replaced by new random ones.
    """
    if start not in ("identity", "random"):
        raise ValueError(
            translate("edits", "start must be 'identity' or 'random'; got {value}").format(
                value=repr(start)
            )
        )
    spec, params, masks = _parts(net)
    n = len(spec["hidden"])
    if n >= MAX_HIDDEN_LAYERS:
        raise ValueError(
            translate(
                "edits", "the network already has the maximum of {count} hidden layers"
            ).format(count=MAX_HIDDEN_LAYERS)
        )
    if not isinstance(index, (int, np.integer)) or not 0 <= index <= n:
        raise ValueError(
            translate("edits", "layer index must be from 0 to {high}; got {value}").format(
                high=n, value=repr(index)
            )
        )
    spec["hidden"].insert(index, {"units": units, "activation": activation})
    spec = validate_spec(spec)
    grown = identity_layer(net, index, units, activation, points) if start == "identity" else None
    if grown is None:
        sizes = (
            [len(spec["features"])]
            + [h["units"] for h in spec["hidden"]]
            + [params[-1][0].shape[1]]
        )
        he_in = get_activation(activation).he_init
        he_out = index + 1 <= n and get_activation(spec["hidden"][index + 1]["activation"]).he_init
        W_in, b_in = init_layer(net._rng, sizes[index], units, he_in)
        W_out, _ = init_layer(net._rng, units, sizes[index + 2], he_out)
        grown = [W_in, b_in], [W_out, params[index][1]]  # the next layer keeps its biases
    params[index : index + 1] = list(grown)
    masks[index : index + 1] = [np.ones(grown[0][0].shape, bool), np.ones(grown[1][0].shape, bool)]
    return _rebuild(net, spec, params, masks)


def remove_layer(net: Network, layer: int) -> Network:
    """Remove hidden layer ``layer``; its neighbours are joined by new links."""
    _check_hidden(net, layer)
    spec, params, masks = _parts(net)
    del spec["hidden"][layer]
    fan_in = params[layer][0].shape[0]
    fan_out = params[layer + 1][0].shape[1]
    he = layer < len(spec["hidden"]) and get_activation(spec["hidden"][layer]["activation"]).he_init
    W, _ = init_layer(net._rng, fan_in, fan_out, he)
    params[layer : layer + 2] = [[W, params[layer + 1][1]]]
    masks[layer : layer + 2] = [np.ones(W.shape, bool)]
    return _rebuild(net, spec, params, masks)


def add_neuron(net: Network, layer: int) -> Network:
    """Add one neuron to hidden layer ``layer``."""
    _check_hidden(net, layer)
    spec, params, masks = _parts(net)
    hidden = spec["hidden"][layer]
    if hidden["units"] >= MAX_UNITS:
        raise ValueError(
            translate(
                "edits", "hidden layer {layer} already has the maximum of {count} neurons"
            ).format(layer=layer, count=MAX_UNITS)
        )
    hidden["units"] += 1
    W, b = params[layer]
    W_new, _ = init_layer(
        net._rng, W.shape[0], hidden["units"], get_activation(hidden["activation"]).he_init
    )
    params[layer] = [np.column_stack([W, W_new[:, -1]]), np.append(b, 0.0)]
    masks[layer] = np.column_stack([masks[layer], np.ones(W.shape[0], bool)])
    W_next, b_next = params[layer + 1]
    params[layer + 1] = [np.vstack([W_next, np.zeros(W_next.shape[1])]), b_next]
    masks[layer + 1] = np.vstack([masks[layer + 1], np.ones(W_next.shape[1], bool)])
    return _rebuild(net, spec, params, masks)


def remove_neuron(net: Network, layer: int, unit: int) -> Network:
    """Remove neuron ``unit`` of hidden layer ``layer``; removing the last one removes the layer."""
    _check_hidden(net, layer)
    units = net.spec["hidden"][layer]["units"]
    if not isinstance(unit, (int, np.integer)) or not 0 <= unit < units:
        raise ValueError(
            translate(
                "edits", "neuron must be from 0 to {high} in hidden layer {layer}; got {value}"
            ).format(high=units - 1, layer=layer, value=repr(unit))
        )
    if units == 1:
        return remove_layer(net, layer)
    spec, params, masks = _parts(net)
    spec["hidden"][layer]["units"] -= 1
    W, b = params[layer]
    params[layer] = [np.delete(W, unit, axis=1), np.delete(b, unit)]
    masks[layer] = np.delete(masks[layer], unit, axis=1)
    params[layer + 1][0] = np.delete(params[layer + 1][0], unit, axis=0)
    masks[layer + 1] = np.delete(masks[layer + 1], unit, axis=0)
    return _rebuild(net, spec, params, masks)


def set_activation(net: Network, layer: int, activation: str) -> Network:
    """Change the activation of hidden layer ``layer``; every weight is kept."""
    _check_hidden(net, layer)
    get_activation(activation)
    spec, params, masks = _parts(net)
    spec["hidden"][layer]["activation"] = activation
    return _rebuild(net, spec, params, masks)


def set_dropout(net: Network, layer: int, rate: float) -> Network:
    """Give hidden layer ``layer`` the dropout rate ``rate`` (0 to 0.9; 0 is none, see
    engine.dropout); every weight is kept."""
    _check_hidden(net, layer)
    spec, params, masks = _parts(net)
    spec["hidden"][layer]["dropout"] = check_rate(rate, f"hidden layer {layer + 1}'s dropout")
    return _rebuild(net, validate_spec(spec), params, masks)


def set_feature(net: Network, name: str, enabled: bool) -> Network:
    """Switch input feature ``name`` on (with zero weights) or off.

    Features keep the canonical order x1, x2, x1_sq, x2_sq, x1_x2, sin_x1, sin_x2.
    """
    if name not in FEATURES:
        raise ValueError(
            translate("edits", "feature must be one of {choices}; got {value}").format(
                choices=", ".join(FEATURES), value=repr(name)
            )
        )
    spec, params, masks = _parts(net)
    current = spec["features"]
    if (name in current) == bool(enabled):
        return _rebuild(net, spec, params, masks)
    W, b = params[0]
    if enabled:
        order = [f for f in FEATURES if f in current or f == name]
        row = order.index(name)
        params[0] = [np.insert(W, row, 0.0, axis=0), b]
        masks[0] = np.insert(masks[0], row, True, axis=0)
        spec["features"] = order
    else:
        if len(current) == 1:
            raise ValueError(translate("edits", "at least one input feature must stay on"))
        row = current.index(name)
        params[0] = [np.delete(W, row, axis=0), b]
        masks[0] = np.delete(masks[0], row, axis=0)
        spec["features"] = [f for f in current if f != name]
    return _rebuild(net, spec, params, masks)


def set_output(net: Network, output: dict) -> Network:
    """Change the output head (kind or class count); the hidden layers are kept.

    Binary to multi-class keeps the function: class 0 gets logit 0 and class 1 the old
    logit, since softmax([0, z])₁ = σ(z); further classes start from fresh weights.
    Multi-class to binary uses logit₁ − logit₀, which is exact for two classes.
    Between class counts, the columns both heads share keep their weights.
    """
    spec, params, masks = _parts(net)
    old_kind = spec["output"]["kind"]
    spec["output"] = dict(output)
    spec = validate_spec(spec)
    kind = spec["output"]["kind"]
    units = spec["output"].get("classes", 1)
    W, b = params[-1]
    if kind == "binary" and old_kind == "multiclass":
        W_new, b_new = (W[:, 1:2] - W[:, 0:1]), (b[1:2] - b[0:1])
    elif kind == "multiclass" and old_kind == "binary":
        W_new, b_new = init_layer(net._rng, W.shape[0], units, False)
        W_new[:, 0], b_new[0] = 0.0, 0.0
        W_new[:, 1], b_new[1] = W[:, 0], b[0]
    elif units <= W.shape[1]:
        W_new, b_new = W[:, :units].copy(), b[:units].copy()
    else:
        W_new, b_new = init_layer(net._rng, W.shape[0], units, False)
        W_new[:, : W.shape[1]] = W
        b_new[: W.shape[1]] = b
    params[-1] = [W_new, b_new]
    masks[-1] = np.ones(W_new.shape, bool)
    return _rebuild(net, spec, params, masks)


# ------------------------------------------------------------------ exact inverses
# What an edit removed, put back exactly (for undo): the parts are read with
# neuron_part / layer_part before the removal, and nothing is drawn at random.
def neuron_part(net: Network, layer: int, unit: int) -> dict:
    """Copies of everything neuron ``unit`` of hidden layer ``layer`` owns: its incoming
    weights and bias, its outgoing weights, and the masks of both sets of links."""
    _check_hidden(net, layer)
    units = net.spec["hidden"][layer]["units"]
    if not isinstance(unit, (int, np.integer)) or not 0 <= unit < units:
        raise ValueError(f"neuron must be from 0 to {units - 1} in hidden layer {layer}")
    (W, b), (W_next, _) = net.params[layer], net.params[layer + 1]
    masks = net.masks
    return {
        "incoming": W[:, unit].copy(),
        "bias": float(b[unit]),
        "outgoing": W_next[unit].copy(),
        "mask_in": masks[layer][:, unit].copy(),
        "mask_out": masks[layer + 1][unit].copy(),
    }


def put_neuron(net: Network, layer: int, unit: int, part: dict) -> Network:
    """Insert a neuron at position ``unit`` of hidden layer ``layer`` with the weights of
    ``part`` (as :func:`neuron_part` returns them): the exact inverse of remove_neuron."""
    _check_hidden(net, layer)
    spec, params, masks = _parts(net)
    hidden = spec["hidden"][layer]
    if hidden["units"] >= MAX_UNITS:
        raise ValueError(
            translate(
                "edits", "hidden layer {layer} already has the maximum of {count} neurons"
            ).format(layer=layer, count=MAX_UNITS)
        )
    if not isinstance(unit, (int, np.integer)) or not 0 <= unit <= hidden["units"]:
        raise ValueError(f"position must be from 0 to {hidden['units']}; got {unit!r}")
    W, b = params[layer]
    W_next, b_next = params[layer + 1]
    incoming = np.asarray(part["incoming"], dtype=np.float64)
    outgoing = np.asarray(part["outgoing"], dtype=np.float64)
    if incoming.shape != (W.shape[0],) or outgoing.shape != (W_next.shape[1],):
        raise ValueError("the neuron's weights do not fit this layer")
    hidden["units"] += 1
    params[layer] = [np.insert(W, unit, incoming, axis=1), np.insert(b, unit, part["bias"])]
    masks[layer] = np.insert(masks[layer], unit, part.get("mask_in", True), axis=1)
    params[layer + 1] = [np.insert(W_next, unit, outgoing, axis=0), b_next]
    masks[layer + 1] = np.insert(masks[layer + 1], unit, part.get("mask_out", True), axis=0)
    return _rebuild(net, spec, params, masks)


def layer_part(net: Network, layer: int) -> dict:
    """Copies of everything hidden layer ``layer`` owns: its activation and dropout rate,
    its incoming weights and biases, its outgoing weights, and the masks of both sets of
    links."""
    _check_hidden(net, layer)
    (W_in, b_in), (W_out, _) = net.params[layer], net.params[layer + 1]
    masks = net.masks
    return {
        "activation": net.spec["hidden"][layer]["activation"],
        "dropout": net.spec["hidden"][layer].get("dropout", 0.0),
        "W_in": W_in.copy(),
        "b_in": b_in.copy(),
        "W_out": W_out.copy(),
        "mask_in": masks[layer].copy(),
        "mask_out": masks[layer + 1].copy(),
    }


def link_part(net: Network, layer: int) -> dict:
    """Copies of the links of weight layer ``layer`` (between two columns), their masks,
    and the biases of the column they feed (an identity insert shifts them)."""
    if not 0 <= layer < len(net.params):
        raise ValueError(f"layer must be from 0 to {len(net.params) - 1}; got {layer!r}")
    W, b = net.params[layer]
    return {"W": W.copy(), "mask": net.masks[layer].copy(), "b": b.copy()}


def put_layer(net: Network, index: int, part: dict) -> Network:
    """Insert the hidden layer ``part`` (as :func:`layer_part` returns it) before hidden
    layer ``index``; the links that ran across the insertion point go. The exact inverse
    of remove_layer; nothing is drawn at random."""
    spec, params, masks = _parts(net)
    n = len(spec["hidden"])
    if n >= MAX_HIDDEN_LAYERS:
        raise ValueError(
            translate(
                "edits", "the network already has the maximum of {count} hidden layers"
            ).format(count=MAX_HIDDEN_LAYERS)
        )
    if not isinstance(index, (int, np.integer)) or not 0 <= index <= n:
        raise ValueError(
            translate("edits", "layer index must be from 0 to {high}; got {value}").format(
                high=n, value=repr(index)
            )
        )
    W_in = np.asarray(part["W_in"], dtype=np.float64)
    W_out = np.asarray(part["W_out"], dtype=np.float64)
    if W_in.shape[0] != params[index][0].shape[0] or W_out.shape[1] != params[index][0].shape[1]:
        raise ValueError("the layer's weights do not fit between these layers")
    dropout = part.get("dropout", 0.0)
    spec["hidden"].insert(
        index, {"units": W_in.shape[1], "activation": part["activation"], "dropout": dropout}
    )
    spec = validate_spec(spec)
    b_out = params[index][1]
    params[index : index + 1] = [[W_in, np.asarray(part["b_in"], dtype=np.float64)], [W_out, b_out]]
    masks[index : index + 1] = [
        np.asarray(part.get("mask_in", np.ones(W_in.shape)), bool),
        np.asarray(part.get("mask_out", np.ones(W_out.shape)), bool),
    ]
    return _rebuild(net, spec, params, masks)


def join_layer(net: Network, layer: int, links: dict) -> Network:
    """Remove hidden layer ``layer`` and join its neighbours with ``links`` (as
    :func:`link_part` returns them): the exact inverse of insert_layer."""
    _check_hidden(net, layer)
    spec, params, masks = _parts(net)
    W = np.asarray(links["W"], dtype=np.float64)
    if W.shape != (params[layer][0].shape[0], params[layer + 1][0].shape[1]):
        raise ValueError("the links do not fit between these layers")
    del spec["hidden"][layer]
    b = np.asarray(links.get("b", params[layer + 1][1]), dtype=np.float64)
    if b.shape != params[layer + 1][1].shape:
        raise ValueError("the links do not fit between these layers")
    params[layer : layer + 2] = [[W, b]]
    masks[layer : layer + 2] = [np.asarray(links.get("mask", np.ones(W.shape)), bool)]
    return _rebuild(net, spec, params, masks)
