"""A new hidden layer that starts out computing (almost) what the network computed:
Net2Net's deeper networks (Chen, Goodfellow and Shlens, 2016).

A layer inserted between a column ``a`` (the inputs, or a hidden layer's outputs) and the
weights ``W, b`` that read it starts as the identity: neuron ``j`` passes ``a_j`` on and
the next layer reads it with the old weights. How exact that is depends on the new
layer's activation f:

* linear: h = a, exactly;
* ReLU, leaky ReLU, ELU (f(z) = z for z ≥ 0): h = f(a + s) = a + s with a shift ``s`` that
  makes every input non-negative (0 when ``a`` is never negative, as after ReLU or sigmoid),
  and the next layer's bias takes ``s·W`` back off. ``s`` comes from bounds on ``a`` worked
  out by interval arithmetic over a box that holds every data point and the whole view, so
  the function is the same (to rounding) everywhere the app evaluates it;
* softplus, SiLU: f(z) is within 0.034 of z once z ≥ 5, so the same with a shift 5
  larger: the loss moves by less than a hundredth;
* tanh, sigmoid: bounded, so no shift makes them straight; the layer is a scaled
  near-identity: h = f(ε·a) ≈ f(0) + f′(0)·ε·a, read by weights W / (ε·f′(0)) with the
  constant part taken off the bias. ε makes |ε·a| ≤ NEAR_IDENTITY on the data: smaller
  would change the output less but make the outgoing weights so large that training
  from there is unstable; this moves the loss by a few hundredths at most.

The identity needs a neuron for each unit of the column before; a layer with more neurons
gives the extra ones random incoming weights and zero outgoing weights (so they change
nothing), and a narrower layer cannot keep the function: it starts from random weights.
"""

from __future__ import annotations

import numpy as np

from engine.activations import get_activation
from engine.network import VIEW_BOX, Network, init_layer

NEAR_IDENTITY = 0.5  # |ε·a| at most this on the data, for tanh and sigmoid
# f(z) = z for z >= 0: a shift that makes every input non-negative gives the identity.
EXACT = ("linear", "relu", "leaky_relu", "elu")
# f(z) is within 0.034 of z for z >= 5 (and closer further on): a shift past 5 is nearly
# the identity. A larger shift is closer still, but inputs that large train badly.
SHIFTED = {"softplus": 5.0, "silu": 5.0}
# f(0) and f'(0) of the bounded activations, for the near-identity.
_NEAR = {"tanh": (0.0, 1.0), "sigmoid": (0.5, 0.25)}
_SILU_MIN = -0.27846454276107374  # the lowest value of z·σ(z)


def keeps_function(activation: str) -> bool:
    """Whether a new layer with ``activation`` starts as the exact identity (to rounding);
    the others start near it."""
    return activation in EXACT


def _feature_bounds(names: list[str], box: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    (l1, h1), (l2, h2) = box
    square = {
        "x1": (l1, h1),
        "x2": (l2, h2),
        "x1_sq": (0.0 if l1 <= 0 <= h1 else min(l1 * l1, h1 * h1), max(l1 * l1, h1 * h1)),
        "x2_sq": (0.0 if l2 <= 0 <= h2 else min(l2 * l2, h2 * h2), max(l2 * l2, h2 * h2)),
        "x1_x2": (min(p := [l1 * l2, l1 * h2, h1 * l2, h1 * h2]), max(p)),
        "sin_x1": (-1.0, 1.0),
        "sin_x2": (-1.0, 1.0),
    }
    lo, hi = zip(*(square[n] for n in names), strict=True)
    return np.array(lo, dtype=float), np.array(hi, dtype=float)


def column_bounds(net: Network, column: int, points: np.ndarray | None = None):
    """Bounds (lo, hi) on every unit of ``column`` (0: the input features, k: hidden layer
    k's outputs) over a box holding ``points`` and the view, by interval arithmetic."""
    box = np.array([VIEW_BOX, VIEW_BOX], dtype=float)
    if points is not None and len(points):
        box[:, 0] = np.minimum(box[:, 0], points.min(axis=0))
        box[:, 1] = np.maximum(box[:, 1], points.max(axis=0))
    lo, hi = _feature_bounds(net.features, box)
    for layer in range(column):
        W, b = net.params[layer]
        Wp, Wn = np.maximum(W, 0.0), np.minimum(W, 0.0)
        z_lo, z_hi = lo @ Wp + hi @ Wn + b, hi @ Wp + lo @ Wn + b
        act = net.activations[layer]
        lo, hi = act.fn(z_lo), act.fn(z_hi)  # every activation here rises, but SiLU dips
        if act.name == "silu":
            lo = np.where((z_lo < -1.28) & (z_hi > -1.28), _SILU_MIN, np.minimum(lo, hi))
    return lo, hi


def _column(net: Network, column: int, points: np.ndarray) -> np.ndarray:
    """The values of ``column`` (as in :func:`column_bounds`) at ``points``."""
    cache = net.forward(net.compute_features(points))
    return cache.acts[column]


def identity_layer(
    net: Network, index: int, units: int, activation: str, points: np.ndarray | None = None
) -> tuple[list[np.ndarray], list[np.ndarray]] | None:
    """``[W_in, b_in], [W_out, b_out]`` for a layer of ``units`` neurons inserted before
    hidden layer ``index`` that starts as the (near-)identity, or None when it cannot
    (fewer neurons than the column before it has)."""
    W, b = net.params[index]
    width = W.shape[0]
    if units < width:
        return None
    lo, hi = column_bounds(net, index, points)
    act = get_activation(activation)
    W_in, b_in = init_layer(net._rng, width, units, act.he_init)
    W_in[:, :width] = 0.0
    W_out = np.zeros((units, W.shape[1]))
    if activation in EXACT or activation in SHIFTED:
        shift = np.maximum(-lo, 0.0) + SHIFTED.get(activation, 0.0)
        W_in[:, :width] = np.eye(width)
        b_in[:width] = shift
        W_out[:width] = W
        b_out = b - shift @ W
    else:
        f0, slope = _NEAR[activation]
        reach = np.maximum(np.abs(lo), np.abs(hi))
        if points is not None and len(points):  # the data's own range: bounds can be loose
            reach = np.abs(_column(net, index, points)).max(axis=0)
        reach = np.maximum(reach, 1e-6)
        eps = NEAR_IDENTITY / reach
        W_in[:, :width] = np.diag(eps)
        W_out[:width] = W / (eps * slope)[:, None]
        b_out = b - f0 * W_out[:width].sum(axis=0)
    return [W_in, b_in], [W_out, b_out]
