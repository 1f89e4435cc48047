"""Gradient and loss checks for the NumPy engine.

Every case is checked three ways:

* the engine's analytic gradients against central finite differences of the
  engine's own loss (float64);
* the engine's loss and predictions against a direct NumPy computation of the
  definitions (features, activations, output link, loss, penalty);
* the engine's loss and gradients against torch autograd, with the torch model
  built from ``net.params`` (only when torch is importable).

The cases cover every hidden activation, every output kind, l1/l2 penalties,
disabled links, zero/one/several hidden layers and every input feature.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from engine import Network, Trainer

ACTIVATIONS = ["linear", "relu", "leaky_relu", "elu", "tanh", "sigmoid", "softplus", "silu"]
ALL_FEATURES = ["x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"]
OUTPUTS = {
    "binary": {"kind": "binary"},
    "multi3": {"kind": "multiclass", "classes": 3},
    "regression": {"kind": "regression"},
}
N_POINTS = 7
FD_STEP = 1e-6
KINK_MARGIN = 1e-4  # relu/leaky_relu pre-activations must stay this far from 0


# --------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    id: str
    features: tuple[str, ...]
    hidden: tuple[tuple[int, str], ...]
    output: dict
    l1: float = 0.0
    l2: float = 0.0
    disabled: tuple[tuple[int, int, int], ...] = ()  # (layer, i, j) in net.params indexing
    seed: int = 0

    def spec(self) -> dict:
        return {
            "features": list(self.features),
            "hidden": [{"units": u, "activation": a} for u, a in self.hidden],
            "output": dict(self.output),
        }


def _cases() -> list[Case]:
    cases: list[Case] = []
    xy = ("x1", "x2")
    # Every activation with every output kind.
    for act in ACTIVATIONS:
        for out_name, out in OUTPUTS.items():
            cases.append(Case(f"{act}-{out_name}", xy, ((3, act), (2, act)), out))
    # Penalties with every output kind.
    for l1, l2 in [(0.01, 0.0), (0.0, 0.1), (0.02, 0.05)]:
        for out_name, out in OUTPUTS.items():
            cases.append(
                Case(
                    f"pen-l1={l1}-l2={l2}-{out_name}",
                    ("x1", "x2", "x1_x2"),
                    ((4, "tanh"), (3, "elu")),
                    out,
                    l1=l1,
                    l2=l2,
                )
            )
    # Architectures.
    for out_name, out in OUTPUTS.items():
        cases.append(Case(f"nohidden-xy-{out_name}", xy, (), out))
        cases.append(Case(f"nohidden-allfeat-{out_name}", tuple(ALL_FEATURES), (), out, l2=0.1))
        cases.append(Case(f"onehidden-{out_name}", ("x1", "x2", "sin_x2"), ((5, "silu"),), out))
        cases.append(
            Case(
                f"deep-allfeat-{out_name}",
                tuple(ALL_FEATURES),
                ((4, "elu"), (3, "sigmoid"), (3, "leaky_relu"), (2, "softplus"), (2, "tanh")),
                out,
                l1=0.005,
                l2=0.02,
            )
        )
    cases.append(Case("one-feature-sin", ("sin_x1",), ((2, "tanh"),), OUTPUTS["binary"]))
    cases.append(Case("squares-only", ("x1_sq", "x2_sq"), ((3, "relu"),), OUTPUTS["binary"]))
    cases.append(Case("single-units", xy, ((1, "tanh"), (1, "silu")), OUTPUTS["regression"]))
    cases.append(Case("multi2", xy, ((3, "tanh"),), {"kind": "multiclass", "classes": 2}, l1=0.01))
    cases.append(
        Case("multi8", ("x1", "x2", "x1_x2"), ((4, "relu"),), {"kind": "multiclass", "classes": 8})
    )
    # Disabled links: first layer, middle layer, output layer, no hidden layer.
    cases.append(
        Case(
            "disabled-first",
            ("x1", "x2", "x1_sq"),
            ((3, "tanh"), (2, "relu")),
            OUTPUTS["binary"],
            disabled=((0, 1, 2),),
        )
    )
    cases.append(
        Case(
            "disabled-middle-penalties",
            ("x1", "x2", "x1_sq"),
            ((3, "tanh"), (2, "leaky_relu")),
            OUTPUTS["multi3"],
            l1=0.01,
            l2=0.1,
            disabled=((1, 0, 1), (1, 2, 0)),
        )
    )
    cases.append(
        Case(
            "disabled-output",
            xy,
            ((3, "softplus"),),
            OUTPUTS["regression"],
            l1=0.01,
            disabled=((1, 2, 0),),
        )
    )
    cases.append(
        Case(
            "disabled-nohidden",
            tuple(ALL_FEATURES),
            (),
            OUTPUTS["multi3"],
            l2=0.1,
            disabled=((0, 4, 1), (0, 0, 0)),
        )
    )
    return cases


CASES = _cases()
CASE_IDS = [c.id for c in CASES]


# ------------------------------------------------------------- NumPy reference


def _features(names, X):
    x1, x2 = X[:, 0], X[:, 1]
    table = {
        "x1": x1,
        "x2": x2,
        "x1_sq": x1 * x1,
        "x2_sq": x2 * x2,
        "x1_x2": x1 * x2,
        "sin_x1": np.sin(x1),
        "sin_x2": np.sin(x2),
    }
    return np.stack([table[n] for n in names], axis=1)


def _np_act(name, z):
    if name == "linear":
        return z
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "leaky_relu":
        return np.where(z > 0, z, 0.01 * z)
    if name == "elu":
        return np.where(z > 0, z, np.expm1(np.minimum(z, 0.0)))
    if name == "tanh":
        return np.tanh(z)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if name == "softplus":
        return np.logaddexp(0.0, z)
    if name == "silu":
        return z / (1.0 + np.exp(-z))
    raise ValueError(name)


def _reference(case: Case, params, X, y):
    """Return (loss, prediction, hidden pre-activations) from the definitions."""
    h = _features(case.features, X)
    pre = []
    acts = [a for _, a in case.hidden]
    for k, (W, b) in enumerate(params):
        z = h @ W + b
        if k < len(acts):
            pre.append(z)
            h = _np_act(acts[k], z)
        else:
            h = z
    z = h
    kind = case.output["kind"]
    if kind == "binary":
        z = z[:, 0]
        data = np.mean(np.logaddexp(0.0, z) - y * z)
        pred = 1.0 / (1.0 + np.exp(-z))
    elif kind == "multiclass":
        lse = np.logaddexp.reduce(z, axis=1)
        data = np.mean(lse - z[np.arange(len(y)), y])
        pred = np.exp(z - lse[:, None])
    else:
        z = z[:, 0]
        data = np.mean(0.5 * (z - y) ** 2)
        pred = z
    penalty = sum(case.l1 * np.abs(W).sum() + case.l2 * 0.5 * (W * W).sum() for W, _ in params)
    return data + penalty, pred, pre


# ---------------------------------------------------------------------- fixtures


def _data(case: Case):
    rng = np.random.default_rng(1000 + case.seed)
    X = rng.uniform(-3.0, 3.0, size=(N_POINTS, 2))
    kind = case.output["kind"]
    if kind == "binary":
        y = rng.permutation(np.arange(N_POINTS) % 2).astype(np.float64)
    elif kind == "multiclass":
        y = rng.permutation(np.arange(N_POINTS) % case.output["classes"])
    else:
        y = rng.normal(size=N_POINTS)
    return X, y


def _build(case: Case):
    """Network with weights set away from 0 (|W| >= 0.15/sqrt(fan_in)), then links disabled."""
    net = Network.from_spec(case.spec(), seed=case.seed)
    rng = np.random.default_rng(case.seed)
    n_out = {"binary": 1, "regression": 1}.get(case.output["kind"], case.output.get("classes"))
    sizes = [len(case.features)] + [u for u, _ in case.hidden] + [n_out]
    assert len(net.params) == len(sizes) - 1
    for (W, b), fan_in, fan_out in zip(net.params, sizes[:-1], sizes[1:], strict=True):
        assert W.shape == (fan_in, fan_out) and b.shape == (fan_out,)
        assert W.dtype == np.float64 and b.dtype == np.float64
        mag = rng.uniform(0.15, 1.2, size=W.shape) / np.sqrt(fan_in)
        W[...] = mag * rng.choice([-1.0, 1.0], size=W.shape)
        b[...] = rng.uniform(-0.3, 0.3, size=b.shape)
    for layer, i, j in case.disabled:
        net.set_link_enabled(layer, i, j, False)
    return net


def _mask(case: Case, params):
    masks = [np.ones_like(W) for W, _ in params]
    for layer, i, j in case.disabled:
        masks[layer][i, j] = 0.0
    return masks


def _assert_away_from_kinks(case: Case, pre):
    for (_, act), z in zip(case.hidden, pre, strict=True):
        if act in ("relu", "leaky_relu"):
            assert np.min(np.abs(z)) > KINK_MARGIN, (
                f"{case.id}: test data sits on a relu kink; change the case seed"
            )


def _numeric_grads(net, X, y, l1, l2, skip):
    def loss():
        return net.loss_and_grads(X, y, l1=l1, l2=l2)[0]

    out = []
    for layer, (W, b) in enumerate(net.params):
        grads = []
        for arr, is_w in ((W, True), (b, False)):
            g = np.zeros(arr.shape)
            for idx in np.ndindex(arr.shape):
                if is_w and (layer, *idx) in skip:
                    continue
                old = arr[idx]
                arr[idx] = old + FD_STEP
                plus = loss()
                arr[idx] = old - FD_STEP
                minus = loss()
                arr[idx] = old
                g[idx] = (plus - minus) / (2.0 * FD_STEP)
            grads.append(g)
        out.append(tuple(grads))
    return out


# ------------------------------------------------------------------------- tests


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_loss_and_predict_match_definitions(case):
    net = _build(case)
    X, y = _data(case)
    ref_loss, ref_pred, _ = _reference(case, net.params, X, y)
    loss, _ = net.loss_and_grads(X, y, l1=case.l1, l2=case.l2)
    assert np.isfinite(loss)
    np.testing.assert_allclose(loss, ref_loss, rtol=1e-10, atol=1e-12)
    pred = np.asarray(net.predict(X))
    assert pred.shape == ref_pred.shape
    np.testing.assert_allclose(pred, ref_pred, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_gradients_match_finite_differences(case):
    net = _build(case)
    X, y = _data(case)
    for layer, i, j in case.disabled:
        assert net.params[layer][0][i, j] == 0.0, "disabled weight must be exactly 0"
    _, _, pre = _reference(case, net.params, X, y)
    _assert_away_from_kinks(case, pre)

    loss, grads = net.loss_and_grads(X, y, l1=case.l1, l2=case.l2)
    assert len(grads) == len(net.params)
    for layer, i, j in case.disabled:
        assert grads[layer][0][i, j] == 0.0, f"grad of disabled link {(layer, i, j)} not 0"

    numeric = _numeric_grads(net, X, y, case.l1, case.l2, set(case.disabled))
    atol = 1e-8 * max(1.0, abs(loss))
    for layer, ((dW, db), (nW, nb)) in enumerate(zip(grads, numeric, strict=True)):
        W, b = net.params[layer]
        assert np.shape(dW) == W.shape and np.shape(db) == b.shape
        np.testing.assert_allclose(dW, nW, rtol=1e-6, atol=atol, err_msg=f"dW layer {layer}")
        np.testing.assert_allclose(db, nb, rtol=1e-6, atol=atol, err_msg=f"db layer {layer}")


def test_disabled_link_stays_zero_through_training():
    case = next(c for c in CASES if c.id == "disabled-middle-penalties")
    net = _build(case)
    X, y = _data(case)
    before = [W.copy() for W, _ in net.params]
    trainer = Trainer(
        net, X, y, X, y, batch_size=3, optimizer="sgd", learning_rate=0.1, l1=0.01, l2=0.1, seed=0
    )
    trainer.step(n_batches=5)
    for layer, i, j in case.disabled:
        assert net.params[layer][0][i, j] == 0.0
    # Every enabled weight moved (the l2 pull alone moves each one).
    mask = _mask(case, net.params)
    for (W, _), old, m in zip(net.params, before, mask, strict=True):
        assert np.array_equal(np.not_equal(W, old), m == 1.0)


# ------------------------------------------------------------------ torch checks


def _torch_loss(torch, case: Case, params, X, y):
    F = torch.nn.functional
    acts = {
        "linear": lambda z: z,
        "relu": torch.relu,
        "leaky_relu": lambda z: F.leaky_relu(z, 0.01),
        "elu": lambda z: F.elu(z, 1.0),
        "tanh": torch.tanh,
        "sigmoid": torch.sigmoid,
        "softplus": lambda z: torch.log1p(torch.exp(z)),
        "silu": F.silu,
    }
    Xt = torch.tensor(X, dtype=torch.float64)
    x1, x2 = Xt[:, 0], Xt[:, 1]
    table = {
        "x1": x1,
        "x2": x2,
        "x1_sq": x1**2,
        "x2_sq": x2**2,
        "x1_x2": x1 * x2,
        "sin_x1": torch.sin(x1),
        "sin_x2": torch.sin(x2),
    }
    h = torch.stack([table[n] for n in case.features], dim=1)
    masks = _mask(case, params)
    tparams = []
    for k, (W, b) in enumerate(params):
        Wt = torch.tensor(np.array(W), dtype=torch.float64, requires_grad=True)
        bt = torch.tensor(np.array(b), dtype=torch.float64, requires_grad=True)
        tparams.append((Wt, bt))
        h = h @ (Wt * torch.tensor(masks[k])) + bt
        if k < len(case.hidden):
            h = acts[case.hidden[k][1]](h)
    kind = case.output["kind"]
    if kind == "binary":
        yt = torch.tensor(y, dtype=torch.float64)
        data = F.binary_cross_entropy_with_logits(h[:, 0], yt)
    elif kind == "multiclass":
        data = F.cross_entropy(h, torch.tensor(y, dtype=torch.long))
    else:
        data = torch.mean(0.5 * (h[:, 0] - torch.tensor(y, dtype=torch.float64)) ** 2)
    penalty = sum(case.l1 * Wt.abs().sum() + case.l2 * 0.5 * (Wt**2).sum() for Wt, _ in tparams)
    return data + penalty, tparams


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_against_torch_autograd(case):
    torch = pytest.importorskip("torch")
    net = _build(case)
    X, y = _data(case)
    loss, grads = net.loss_and_grads(X, y, l1=case.l1, l2=case.l2)
    tloss, tparams = _torch_loss(torch, case, net.params, X, y)
    tloss.backward()
    np.testing.assert_allclose(loss, tloss.item(), rtol=1e-10, atol=1e-12)
    atol = 1e-10 * max(1.0, abs(loss))
    for layer, ((dW, db), (Wt, bt)) in enumerate(zip(grads, tparams, strict=True)):
        np.testing.assert_allclose(
            dW, Wt.grad.numpy(), rtol=1e-8, atol=atol, err_msg=f"dW layer {layer}"
        )
        np.testing.assert_allclose(
            db, bt.grad.numpy(), rtol=1e-8, atol=atol, err_msg=f"db layer {layer}"
        )
