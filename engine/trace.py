"""Backpropagation on one sample, with every intermediate number kept for a student.

Written out layer by layer, as the walkthrough shows it: the forward pass (z, a), the
loss, the backward pass (δ = ∂L/∂z from the output back), and each gradient
∂L/∂W = aᵀ·δ. The results equal ``Network.loss_and_grads`` on a batch of that one sample,
or with dropout masks ``engine.dropout.loss_and_grads`` with the same masks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from engine.network import Network
from engine.validation import check_points, check_targets


@dataclass
class SampleTrace:
    point: np.ndarray  # the raw (x1, x2)
    target: float  # label or value
    z: list[np.ndarray]  # per layer (hidden layers, then the output logits)
    a: list[np.ndarray]  # a[0] = input features, a[l + 1] = output of layer l (last: prediction)
    prediction: np.ndarray  # P(class 1) (binary), probabilities (multiclass), value (regression)
    data_loss: float
    penalty: float
    loss: float
    delta: list[np.ndarray]  # ∂L/∂z per layer, same shapes as z
    dW: list[np.ndarray]
    db: list[np.ndarray]
    updates: list[tuple[np.ndarray, np.ndarray]] | None = None  # (ΔW, Δb): w ← w − Δ
    optimizer_rule: str = ""
    learning_rate: float = 0.0
    activation_grads: list[np.ndarray] = field(default_factory=list)  # f'(z) per hidden layer
    # Dropout, per hidden layer: the scaled keep mask (0 = dropped, 1/(1 − rate) = kept) and
    # f(z) before it (a = f(z) × mask); None for a layer without dropout.
    dropout: list[np.ndarray | None] = field(default_factory=list)
    before_dropout: list[np.ndarray | None] = field(default_factory=list)


def trace_sample(
    net: Network,
    x: np.ndarray,
    y: float,
    l1: float = 0.0,
    l2: float = 0.0,
    dropout: list[np.ndarray | None] | None = None,
) -> SampleTrace:
    """Forward and backward pass on the single point ``x`` with target ``y``, in float64
    (a float32 network's weights are taken exactly, widened). ``dropout`` holds a scaled
    keep mask (or None) per hidden layer, as engine.dropout.sample_masks draws them."""
    if net.dtype != np.float64:
        net = net.astype(np.float64)
    X = check_points(np.asarray(x, dtype=np.float64).reshape(1, -1), "x")
    yv = check_targets(np.asarray([y]), 1, net.head, "y")
    T = net.head.encode_targets(yv)

    a = net.compute_features(X)
    zs, acts, fprimes = [], [a[0]], []
    params = net.params
    masks = list(dropout) if dropout is not None else [None] * len(net.activations)
    if len(masks) != len(net.activations):
        raise ValueError(f"dropout must have one entry per hidden layer ({len(net.activations)})")
    before: list[np.ndarray | None] = []
    for layer, act in enumerate(net.activations):
        W, b = params[layer]
        z = a @ W + b
        a = act.fn(z)
        fprimes.append(act.grad(z, a)[0])
        m = masks[layer]
        before.append(None if m is None else a[0].copy())
        if m is not None:
            a = a * np.asarray(m, dtype=np.float64)
        zs.append(z[0])
        acts.append(a[0])
    W, b = params[-1]
    logits = a @ W + b
    zs.append(logits[0])
    prediction = net.head.predict(logits)[0]
    acts.append(np.atleast_1d(prediction))

    data_loss = net.head.loss(logits, T)
    penalty = net.penalty(l1, l2)

    n_layers = len(params)
    deltas: list[np.ndarray] = [np.empty(0)] * n_layers
    dWs: list[np.ndarray] = [np.empty(0)] * n_layers
    dbs: list[np.ndarray] = [np.empty(0)] * n_layers
    delta = net.head.grad_logits(logits, T)[0]
    links = net.masks
    for layer in range(n_layers - 1, -1, -1):
        W = params[layer][0]
        deltas[layer] = delta
        dW = np.outer(acts[layer], delta)
        if l2:
            dW = dW + l2 * W
        if l1:
            dW = dW + l1 * np.sign(W)
        dWs[layer] = dW * links[layer]
        dbs[layer] = delta.copy()
        if layer:
            back = W @ delta
            m = masks[layer - 1]
            if m is not None:
                back = back * np.asarray(m, dtype=np.float64)
            delta = back * fprimes[layer - 1]

    return SampleTrace(
        point=X[0].copy(),
        target=float(yv[0]),
        z=[z.copy() for z in zs],
        a=[a.copy() for a in acts],
        prediction=np.array(prediction, copy=True),
        data_loss=data_loss,
        penalty=penalty,
        loss=data_loss + penalty,
        delta=deltas,
        dW=dWs,
        db=dbs,
        activation_grads=fprimes,
        dropout=[None if m is None else np.array(m, dtype=np.float64) for m in masks],
        before_dropout=before,
    )


def flat_gradient(result: SampleTrace) -> np.ndarray:
    """A trace's gradient laid out as the network's parameter vector (W then b per layer)."""
    return np.concatenate(
        [np.concatenate([dW.ravel(), db]) for dW, db in zip(result.dW, result.db)]
    )


def per_layer(delta: np.ndarray, result: SampleTrace) -> list[tuple[np.ndarray, np.ndarray]]:
    """A parameter-vector ``delta`` cut into (ΔW, Δb) per layer, as the trace's gradients."""
    updates, offset = [], 0
    for dW in result.dW:
        w_end = offset + dW.size
        b_end = w_end + dW.shape[1]
        updates.append((delta[offset:w_end].reshape(dW.shape).copy(), delta[w_end:b_end].copy()))
        offset = b_end
    return updates
