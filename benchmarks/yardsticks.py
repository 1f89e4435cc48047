"""What benchmarks/engine.py measures the engine against (imported by it; not a script).

Every yardstick trains the same network on the same data with plain SGD, one mini-batch
per call, batch selection included (the next slice of a per-epoch shuffled copy):

* ``minimal``: the leanest honest NumPy loop: parameters and gradients in one flat
  vector (one update call), buffers kept, no loss computed, no checks;
* ``torch``: PyTorch's standard ``nn.Sequential`` + ``optim.SGD`` loop, and ``torch-lean``:
  ``addmm``, ``autograd.grad`` and one ``_foreach_add_`` (when torch is installed);
* ``sklearn-fit``: ``MLPClassifier.fit`` with ``warm_start`` and ``max_iter=1``, one epoch
  per call (its own training loop), reported per step; ``sklearn-partial``: its
  ``partial_fit`` on one batch per call, which validates its input each time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

LEARNING_RATE = 0.03
GRID_EXTENT = 6.0

Step = Callable[[], object]


# ------------------------------------------------------------------------------ data
def make_data(n: int, classes: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Points in [-6, 6]^2: a circle for 2 classes, interleaved spirals otherwise."""
    rng = np.random.default_rng(seed)
    if classes == 2:
        X = rng.uniform(-6.0, 6.0, size=(n, 2))
        y = (np.hypot(X[:, 0], X[:, 1]) < 3.5).astype(np.int64)
        return X, y
    y = np.arange(n) % classes
    t = rng.uniform(0.0, 1.0, size=n)
    r = 5.0 * t
    angle = 1.75 * t * 2 * np.pi + 2 * np.pi * y / classes
    X = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1) + rng.normal(0, 0.2, (n, 2))
    return X, y


def features(names, X: np.ndarray) -> np.ndarray:
    x1, x2 = X[:, 0], X[:, 1]
    table = {
        "x1": lambda: x1,
        "x2": lambda: x2,
        "x1_sq": lambda: x1 * x1,
        "x2_sq": lambda: x2 * x2,
        "x1_x2": lambda: x1 * x2,
        "sin_x1": lambda: np.sin(x1),
        "sin_x2": lambda: np.sin(x2),
    }
    return np.stack([table[n]() for n in names], axis=1)


def grid_points(resolution: int) -> np.ndarray:
    axis = np.linspace(-GRID_EXTENT, GRID_EXTENT, resolution)
    gx, gy = np.meshgrid(axis, axis)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


def layer_sizes(case) -> list[int]:
    return [len(case.features), *case.hidden, 1 if case.classes == 2 else case.classes]


# --------------------------------------------------------------------------- minimal
class MinimalMLP:
    """The leanest honest NumPy loop: tanh hidden layers, flat parameters, plain SGD."""

    def __init__(self, case, F: np.ndarray, y: np.ndarray, dtype=np.float64, seed: int = 0):
        rng = np.random.default_rng(seed)
        sizes = layer_sizes(case)
        shapes = list(zip(sizes, sizes[1:]))
        total = sum(a * b + b for a, b in shapes)
        self.flat, self.grad = np.zeros(total, dtype), np.zeros(total, dtype)
        self.W, self.b, self.gW, self.gb = [], [], [], []
        offset = 0
        for a, b in shapes:
            w_end = offset + a * b
            self.W.append(self.flat[offset:w_end].reshape(a, b))
            self.b.append(self.flat[w_end : w_end + b])
            self.gW.append(self.grad[offset:w_end].reshape(a, b))
            self.gb.append(self.grad[w_end : w_end + b])
            self.W[-1][...] = rng.normal(0, 1 / np.sqrt(a), (a, b))
            offset = w_end + b
        self.binary = case.classes == 2
        k = 1 if self.binary else case.classes
        T = np.zeros((len(y), k), dtype)
        if self.binary:
            T[:, 0] = y
        else:
            T[np.arange(len(y)), y] = 1.0
        self.F, self.T, self.bs = F.astype(dtype), T, case.batch_size
        self.rng = rng
        self.pos = len(y)  # start a new epoch on the first step

    def forward(self, h: np.ndarray) -> list[np.ndarray]:
        """Activations of every layer: inputs, each hidden layer, output logits."""
        acts = [h]
        last = len(self.W) - 1
        for k, (W, b) in enumerate(zip(self.W, self.b)):
            h = h @ W
            h += b
            if k < last:
                np.tanh(h, out=h)
            acts.append(h)
        return acts

    def step(self) -> None:
        n = len(self.T)
        if self.pos >= n:
            perm = self.rng.permutation(n)
            self.Fp, self.Tp = self.F[perm], self.T[perm]
            self.pos = 0
        xb = self.Fp[self.pos : self.pos + self.bs]
        tb = self.Tp[self.pos : self.pos + self.bs]
        self.pos += self.bs
        acts = self.forward(xb)
        dz = acts[-1]  # the logits, turned into ∂loss/∂logits in place
        if self.binary:
            dz *= 0.5  # σ(z) = ½(1 + tanh(z/2))
            np.tanh(dz, out=dz)
            dz += 1.0
            dz *= 0.5
        else:
            dz -= dz.max(axis=1, keepdims=True)
            np.exp(dz, out=dz)
            dz /= dz.sum(axis=1, keepdims=True)
        dz -= tb
        dz *= 1.0 / len(tb)
        for k in range(len(self.W) - 1, -1, -1):
            h = acts[k]
            np.dot(h.T, dz, out=self.gW[k])
            np.add.reduce(dz, axis=0, out=self.gb[k])
            if k:
                dz = dz @ self.W[k].T
                dz *= 1.0 - h * h
        self.grad *= LEARNING_RATE
        self.flat -= self.grad


def minimal_train(case, X, y, dtype) -> Step:
    return MinimalMLP(case, features(case.features, X), y, dtype).step


def minimal_grid(case, resolution: int) -> Step:
    X, y = make_data(case.n_points, case.classes, seed=0)
    mlp = MinimalMLP(case, features(case.features, X), y)
    G = features(case.features, grid_points(resolution))  # constant: computed once
    R = resolution

    def evaluate() -> dict:
        acts = mlp.forward(G)
        z = acts[-1][:, 0]
        return {
            "output": (1.0 / (1.0 + np.exp(-z))).reshape(R, R),
            "neurons": [a.T.reshape(-1, R, R) for a in acts[:-1]],
        }

    return evaluate


# ---------------------------------------------------------------------------- torch
def _torch_batches(torch, case, X, y, dtype):
    """A function that returns the next batch, as every loop here selects it."""
    tdtype = torch.float32 if np.dtype(dtype) == np.float32 else torch.float64
    binary = case.classes == 2
    F = torch.tensor(features(case.features, X), dtype=tdtype)
    Y = torch.tensor(y, dtype=tdtype if binary else torch.long)
    rng = np.random.default_rng(0)
    state = {"pos": len(y), "F": F, "Y": Y}

    def next_batch():
        if state["pos"] >= len(Y):
            perm = torch.from_numpy(rng.permutation(len(Y)))
            state["F"], state["Y"], state["pos"] = F[perm], Y[perm], 0
        pos = state["pos"]
        state["pos"] = pos + case.batch_size
        return state["F"][pos : pos + case.batch_size], state["Y"][pos : pos + case.batch_size]

    return tdtype, next_batch


def torch_train(case, X, y, dtype) -> Step | None:
    """PyTorch's standard loop: nn.Sequential, a loss module, optim.SGD."""
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    tdtype, next_batch = _torch_batches(torch, case, X, y, dtype)
    sizes = layer_sizes(case)
    layers: list = []
    for a, b in zip(sizes[:-2], sizes[1:-1]):
        layers += [torch.nn.Linear(a, b), torch.nn.Tanh()]
    layers.append(torch.nn.Linear(sizes[-2], sizes[-1]))
    model = torch.nn.Sequential(*layers).to(tdtype)
    opt = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    binary = case.classes == 2
    loss_fn = torch.nn.BCEWithLogitsLoss() if binary else torch.nn.CrossEntropyLoss()

    def step() -> None:
        xb, yb = next_batch()
        opt.zero_grad()
        out = model(xb)
        loss_fn(out[:, 0] if binary else out, yb).backward()
        opt.step()

    return step


def torch_lean_train(case, X, y, dtype) -> Step | None:
    """A lean PyTorch loop: addmm, autograd.grad and one _foreach_add_ per step."""
    try:
        import torch
        import torch.nn.functional as tf
    except ImportError:
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    tdtype, next_batch = _torch_batches(torch, case, X, y, dtype)
    sizes = layer_sizes(case)
    params = []
    for a, b in zip(sizes, sizes[1:]):
        W = torch.empty(a, b, dtype=tdtype).uniform_(-1 / a**0.5, 1 / a**0.5)
        params += [W.requires_grad_(), torch.zeros(b, dtype=tdtype, requires_grad=True)]
    binary = case.classes == 2

    def step() -> None:
        xb, yb = next_batch()
        h = xb
        for i in range(0, len(params) - 2, 2):
            h = torch.tanh(torch.addmm(params[i + 1], h, params[i]))
        out = torch.addmm(params[-1], h, params[-2])
        if binary:
            loss = tf.binary_cross_entropy_with_logits(out[:, 0], yb)
        else:
            loss = tf.cross_entropy(out, yb)
        grads = torch.autograd.grad(loss, params)
        with torch.no_grad():
            torch._foreach_add_(params, grads, alpha=-LEARNING_RATE)

    return step


# --------------------------------------------------------------------------- sklearn
def _sklearn_classifier(case, **options):
    from sklearn.neural_network import MLPClassifier

    return MLPClassifier(
        hidden_layer_sizes=case.hidden,
        activation=case.activation,
        solver="sgd",
        learning_rate_init=LEARNING_RATE,
        momentum=0.0,
        nesterovs_momentum=False,
        alpha=0.0,
        batch_size=case.batch_size,
        random_state=0,
        **options,
    )


def sklearn_fit_train(case, X, y, dtype) -> Step | None:
    """sklearn's own loop, one epoch per call (fit with warm_start, max_iter=1)."""
    try:
        clf = _sklearn_classifier(case, max_iter=1, warm_start=True, shuffle=True, tol=0.0)
    except ImportError:
        return None
    F = features(case.features, X).astype(dtype)
    return lambda: clf.fit(F, y)


def sklearn_partial_train(case, X, y, dtype) -> Step | None:
    """sklearn's partial_fit on one batch per call (it validates its input each time)."""
    try:
        clf = _sklearn_classifier(case, shuffle=False)
    except ImportError:
        return None
    F = features(case.features, X).astype(dtype)
    rng = np.random.default_rng(0)
    state = {"pos": len(y), "F": F, "y": y}
    clf.partial_fit(F[: case.batch_size], y[: case.batch_size], classes=np.arange(case.classes))

    def step() -> None:
        if state["pos"] >= len(y):
            perm = rng.permutation(len(y))
            state["F"], state["y"], state["pos"] = F[perm], y[perm], 0
        pos = state["pos"]
        state["pos"] = pos + case.batch_size
        xb = state["F"][pos : pos + case.batch_size]
        yb = state["y"][pos : pos + case.batch_size]
        clf.batch_size = len(yb)  # the epoch's last batch may be short
        clf.partial_fit(xb, yb)

    return step


# ----------------------------------------------------------------------------- bound
def _best_seconds(fn: Callable[[], object], repeats: int = 7, calls: int = 50) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def gemm_tanh_bound(case, dtype) -> dict:
    """The fastest a step could be: the engine's own matrix products at their shapes, and
    its tanh, each timed alone (best of several, into kept buffers), summed."""
    rng = np.random.default_rng(0)
    sizes, B = layer_sizes(case), case.batch_size
    gemms: list[tuple[int, int, int]] = []  # (m, k, n): an (m×k)·(k×n) product
    for layer, (fi, fo) in enumerate(zip(sizes, sizes[1:])):
        gemms.append((B, fi, fo))  # forward: a · W
        gemms.append((fi, B, fo))  # dW = aᵀ · δ
        if layer:
            gemms.append((B, fo, fi))  # δ · Wᵀ
    gemm_s = 0.0
    for m, k, n in gemms:
        a = rng.standard_normal((m, k)).astype(dtype)
        b = rng.standard_normal((k, n)).astype(dtype)
        out = np.empty((m, n), dtype)
        gemm_s += _best_seconds(lambda a=a, b=b, out=out: np.dot(a, b, out=out))
    tanh_s = 0.0
    for units in case.hidden:
        z = rng.standard_normal((B, units)).astype(dtype)
        out = np.empty_like(z)
        tanh_s += _best_seconds(lambda z=z, out=out: np.tanh(z, out=out))
    return {"gemm_s": gemm_s, "tanh_s": tanh_s, "steps_per_s": 1.0 / (gemm_s + tanh_s)}
