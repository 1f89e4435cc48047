"""The NumPy-only script: the engine's forward pass, loss, backpropagation and optimizers
written out for one network, operation for operation, so that its figures are the app's.

Each piece mirrors the engine module named in its comment; only the features, activations
and the optimizer the network uses are written. playground.core.script_export puts the
pieces together.
"""

from __future__ import annotations

from engine.activations import ACTIVATIONS
from playground.core.script_model import ScriptModel

# engine/features.py, as NumPy expressions of the columns x1 and x2.
FEATURE_CODE = {
    "x1": "x1",
    "x2": "x2",
    "x1_sq": "x1 * x1",
    "x2_sq": "x2 * x2",
    "x1_x2": "x1 * x2",
    "sin_x1": "np.sin(x1)",
    "sin_x2": "np.sin(x2)",
}

SIGMOID = '''\
def sigmoid(z):
    """1 / (1 + e^-z), computed as (1 + tanh(z / 2)) / 2: exact, and it never overflows."""
    out = np.multiply(z, 0.5)
    np.tanh(out, out=out)
    out += 1.0
    out *= 0.5
    return out
'''

# engine/activations.py: each activation f(z) and its derivative f'(z), given z and a = f(z).
ACTIVATION_CODE = {
    "linear": ("return z", "return np.ones_like(z)"),
    "relu": ("return np.maximum(z, 0.0)", "return (z > 0).astype(z.dtype)"),
    "leaky_relu": ("return np.where(z > 0, z, 0.01 * z)", "return np.where(z > 0, 1.0, 0.01)"),
    "elu": (
        "return np.where(z > 0, z, 1.0 * np.expm1(np.minimum(z, 0.0)))",
        "return np.where(z > 0, 1.0, a + 1.0)",
    ),
    "tanh": ("return np.tanh(z)", "return 1.0 - a * a"),
    "sigmoid": ("", "return a * (1.0 - a)"),
    "softplus": ("return np.logaddexp(0.0, z)", "return sigmoid(z)"),
    "silu": ("return z * sigmoid(z)", "s = sigmoid(z)\n    return s * (1.0 + z * (1.0 - s))"),
}
USES_SIGMOID = {"sigmoid", "softplus", "silu"}

# engine/outputs.py: the mean loss, and its gradient with respect to the logits.
OUTPUT_CODE = {
    "binary": '''\
def loss(logits, targets):
    """Mean binary cross-entropy of sigmoid(logit), without overflow."""
    z = logits[:, 0]
    t = targets[:, 0]
    return float(np.mean(np.maximum(z, 0.0) - z * t + np.log1p(np.exp(-np.abs(z)))))


def loss_grad(logits, targets):
    """d(mean loss)/d(logits): (sigmoid(logits) - targets) / n."""
    g = sigmoid(logits)
    g -= targets
    g *= 1.0 / logits.shape[0]
    return g


def accuracy(logits, targets):
    """The share of points whose predicted class (P(class 1) >= 1/2) is their own."""
    return float(np.mean((logits[:, 0] >= 0) == (targets[:, 0] >= 0.5)))


def encode(y):
    """Labels 0/1 as a column of targets."""
    return y.astype(np.float64).reshape(-1, 1).astype(DTYPE)
''',
    "multiclass": '''\
def loss(logits, targets):
    """Mean cross-entropy of softmax(logits) against one-hot targets."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1))
    return float(np.mean(log_norm - (shifted * targets).sum(axis=1)))


def loss_grad(logits, targets):
    """d(mean loss)/d(logits): (softmax(logits) - targets) / n."""
    g = logits - logits.max(axis=1, keepdims=True)
    np.exp(g, out=g)
    g /= g.sum(axis=1, keepdims=True)
    g -= targets
    g *= 1.0 / logits.shape[0]
    return g


def accuracy(logits, targets):
    """The share of points whose most probable class is their own."""
    return float(np.mean(logits.argmax(axis=1) == targets.argmax(axis=1)))


def encode(y):
    """Class numbers as one-hot rows."""
    onehot = np.zeros((y.shape[0], CLASSES))
    onehot[np.arange(y.shape[0]), y.astype(np.int64)] = 1.0
    return onehot.astype(DTYPE)
''',
    "tfp": '''\
def loss(logits, targets):
    """Mean of 1/2 (tanh(logit) - target)^2, targets -1/+1 (TensorFlow Playground's)."""
    diff = np.tanh(logits) - targets
    return float(0.5 * np.mean(diff * diff))


def loss_grad(logits, targets):
    """d(mean loss)/d(logits): (tanh(logits) - targets) (1 - tanh(logits)^2) / n."""
    out = np.tanh(logits)
    g = out - targets
    g *= 1.0 - out * out
    g *= 1.0 / logits.shape[0]
    return g


def accuracy(logits, targets):
    """The share of points whose predicted class (tanh(logit) >= 0) is their own."""
    return float(np.mean((logits[:, 0] >= 0) == (targets[:, 0] > 0)))


def encode(y):
    """Labels 0/1 as a column of targets -1/+1."""
    return (2.0 * y.astype(np.float64) - 1.0).reshape(-1, 1).astype(DTYPE)
''',
    "regression": '''\
def loss(logits, targets):
    """Mean of 1/2 (prediction - target)^2."""
    diff = logits - targets
    return float(0.5 * np.mean(diff * diff))


def loss_grad(logits, targets):
    """d(mean loss)/d(logits): (logits - targets) / n."""
    g = logits.copy()
    g -= targets
    g *= 1.0 / logits.shape[0]
    return g


def accuracy(logits, targets):
    return None  # regression has no accuracy


def encode(y):
    """Values as a column of targets."""
    return y.astype(np.float64).reshape(-1, 1).astype(DTYPE)
''',
}

# engine/optimizers.py: each optimizer's step, for one parameter array and its memory.
OPTIMIZER_CODE = {
    "sgd": ("{}", "return grad * lr"),
    "momentum": (
        '{"velocity": np.zeros_like(param)}',
        """velocity = memory["velocity"]
    velocity *= MOMENTUM
    velocity += grad
    return velocity * lr""",
    ),
    "nesterov": (
        '{"velocity": np.zeros_like(param)}',
        """velocity = memory["velocity"]
    velocity *= MOMENTUM
    velocity += grad
    return (grad + MOMENTUM * velocity) * lr""",
    ),
    "rmsprop": (
        '{"square_avg": np.zeros_like(param)}',
        """square_avg = memory["square_avg"]
    square_avg *= RHO
    square_avg += (1.0 - RHO) * (grad * grad)
    return lr * grad / (np.sqrt(square_avg) + EPS)""",
    ),
    "adam": (
        '{"m": np.zeros_like(param), "v": np.zeros_like(param)}',
        """m, v = memory["m"], memory["v"]
    m *= BETA1
    m += (1.0 - BETA1) * grad
    v *= BETA2
    v += (1.0 - BETA2) * (grad * grad)
    m_hat_scale = lr / (1.0 - BETA1**t)
    v_hat_scale = 1.0 / math.sqrt(1.0 - BETA2**t)
    return m_hat_scale * m / (np.sqrt(v) * v_hat_scale + EPS)""",
    ),
}

MAIN = '''\
# ------------------------------------------------------------------------- the passes
def network():
    """LAYERS as arrays: [W, b, mask] per layer (mask None when every link is on)."""
    return [
        [np.array(W, DTYPE), np.array(b, DTYPE), None if m is None else np.array(m, DTYPE)]
        for W, b, m in LAYERS
    ]


def points_and_targets(rows):
    """A data table as the points (n, 2) and the targets the loss compares with."""
    X = np.array([r[:2] for r in rows], dtype=np.float64).reshape(-1, 2)
    y = np.array([r[2] for r in rows], dtype=np.float64)
    if OUTPUT != "regression":
        y = y.astype(np.int64)
    return X, encode(y)


def forward(layers, F, keep=None):
    """Every hidden layer's pre-activation z, output f(z) and output after dropout (what
    the next layer takes), and the logits; backpropagation needs all of them. F is the
    feature matrix, one row per point; keep, while training, each hidden layer's dropout
    mask for these points (None: that layer drops nothing), from dropout_masks()."""
    zs, outs, acts = [], [], [F]
    a = F
    for i, ((W, b, _), name) in enumerate(zip(layers, ACTIVATIONS)):
        z = a @ W
        z += b
        a = ACTIVATION[name][0](z)
        zs.append(z)
        outs.append(a)
        if keep is not None and keep[i] is not None:
            a = a * keep[i]  # inverted dropout: 0, or the output scaled by 1 / (1 - rate)
        acts.append(a)
    W, b, _ = layers[-1]
    logits = a @ W
    logits += b
    return zs, outs, acts, logits


def figures(layers, F, T):
    """Mean loss (without the penalty) and accuracy, as the app reports them."""
    if F.shape[0] == 0:
        return None, None  # no test points
    logits = forward(layers, F)[-1]  # no dropout: the figures use every neuron
    value = loss(logits, T)
    return (value if math.isfinite(value) else None), accuracy(logits, T)


def report(layers, data, epochs=None):
    """Print the figures as one JSON line (the keys of `nn-playground run --report`)."""
    train_loss, train_accuracy = figures(layers, *data["train"])
    test_loss, test_accuracy = figures(layers, *data["test"])
    line = {"train_loss": train_loss, "test_loss": test_loss}
    line |= {"train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
    if epochs is not None:
        line["epochs"] = epochs
    print(json.dumps(line), flush=True)


# --------------------------------------------------------------------------- training
def gradients(layers, F, T, keep):
    """Backpropagation: d(mean loss + penalty)/dW and /db per layer for one batch, zero at
    disabled links; a neuron that dropout dropped passes no gradient back."""
    zs, outs, acts, logits = forward(layers, F, keep)
    delta = loss_grad(logits, T)
    grads = [None] * len(layers)
    for i in range(len(layers) - 1, -1, -1):
        W, _, mask = layers[i]
        gW = np.dot(acts[i].T, delta)
        gb = np.add.reduce(delta, axis=0)
        if i:
            da = delta @ W.T
            if keep[i - 1] is not None:
                da *= keep[i - 1]
            da *= ACTIVATION[ACTIVATIONS[i - 1]][1](zs[i - 1], outs[i - 1])
            delta = da
        if L2:
            gW += L2 * W
        if L1:
            gW += L1 * np.sign(W)
        if mask is not None:
            gW *= mask
        grads[i] = [gW, gb]
    return grads


def train(layers, data, epochs):
    """Train ``epochs`` more epochs in place; False if training diverged."""
    F, T = data["train"]
    n = F.shape[0]
    order_rng = np.random.default_rng([SEED, 2])  # the app's order of points
    dropout_rng = np.random.default_rng([SEED, 3])  # the app's dropout masks
    memory = [[start_memory(p) for p in layer[:2]] for layer in layers]
    t = 0
    for epoch in range(EPOCH, EPOCH + epochs):  # counted as the app counts them
        lr = rate(epoch)
        order = order_rng.permutation(n) if SHUFFLE else np.arange(n)
        F_epoch, T_epoch = F[order], T[order]
        masks = dropout_masks(dropout_rng, n, DTYPE)
        for start in range(0, n, BATCH_SIZE):
            stop = min(start + BATCH_SIZE, n)
            keep = [None if m is None else m[start:stop] for m in masks]
            grads = gradients(layers, F_epoch[start:stop], T_epoch[start:stop], keep)
            t += 1
            new = []
            for layer, layer_grads, layer_memory in zip(layers, grads, memory):
                params = [
                    p - step(g, m, t, lr)
                    for p, g, m in zip(layer[:2], layer_grads, layer_memory)
                ]
                W, _, mask = layer
$l1_rule                if mask is not None:
                    params[0] *= mask
                new.append(params)
            norm = sum(float(np.dot(p.ravel(), p.ravel())) for params in new for p in params)
            if not norm <= MAX_NORM**2:  # also false for NaN
                print("Training diverged: lower the learning rate.", file=sys.stderr)
                return False
            for layer, (W, b) in zip(layers, new):
                layer[0], layer[1] = W, b
    return True


def main():
    parser = argparse.ArgumentParser(description="A network exported from NN Playground.")
    parser.add_argument(
        "--train",
        type=int,
        default=0,
        metavar="EPOCHS",
        help="after printing the figures, train this many more epochs and print them again",
    )
    args = parser.parse_args()
    data = {name: points_and_targets(rows) for name, rows in (("train", TRAIN), ("test", TEST))}
    data = {name: (features(X), T) for name, (X, T) in data.items()}
    layers = network()
    report(layers, data)
    with np.errstate(all="ignore"):  # overflow near divergence: train() says it diverged
        trained = args.train > 0 and train(layers, data, args.train)
    if trained:
        report(layers, data, args.train)

'''


# The L1 rule after a step, on a layer's new weights params[0] (W: before the step).
L1_RULE = {
    "usual": """\
                if L1:  # a weight the step carried across 0 stops at exactly 0
                    gW = layer_grads[0]
                    params[0][(W * params[0] < 0.0) | ((W == 0.0) & (np.abs(gW) <= L1))] = 0.0
""",
    "tfp": """\
                if L1:  # TensorFlow Playground's: a weight at 0, or one that the penalty's
                    # own pull, lr * L1 * sign(W), carried across 0, is exactly 0
                    before_pull = params[0] + (lr * L1) * np.sign(W)
                    params[0][(W == 0.0) | (before_pull * params[0] < 0.0)] = 0.0
""",
}


def features_code(model: ScriptModel) -> str:
    used = "".join(model.features)
    lines = [
        "def features(points):",
        '    """The network\'s inputs, one column per name in FEATURES, from points (n, 2)."""',
    ]
    lines += [f"    x{k} = points[:, {k - 1}]" for k in (1, 2) if f"x{k}" in used]
    lines.append("    columns = [")
    lines += [f"        {FEATURE_CODE[name]},  # {name}" for name in model.features]
    lines.append("    ]")
    lines.append("    return np.column_stack(columns).astype(DTYPE)")
    return "\n".join(lines) + "\n"


def activations_code(model: ScriptModel) -> str:
    names = list(dict.fromkeys(model.activations))
    parts = []
    for name in names:
        fn, grad = ACTIVATION_CODE[name]
        if name != "sigmoid":  # sigmoid itself is written once, above
            parts.append(f'def {name}(z):\n    """{ACTIVATIONS[name].formula}"""\n    {fn}\n')
        parts.append(
            f'def {name}_grad(z, a):\n    """The derivative of {name} at z (a = {name}(z))."""\n'
            f"    {grad}\n"
        )
    table = "".join(f"\n    {name!r}: ({name}, {name}_grad)," for name in names)
    parts.append(f"ACTIVATION = {{{table}\n}}  # name: (f, f')\n")
    return "\n\n".join(parts)


def optimizer_code(model: ScriptModel) -> str:
    memory, step = OPTIMIZER_CODE[model.optimizer]
    return f"""\
def start_memory(param):
    \"\"\"The optimizer's memory for one parameter array, empty at first.\"\"\"
    return {memory}


def step(grad, memory, t, lr):
    \"\"\"{model.optimizer}: the change to subtract from a parameter array (t: the step,
    from 1; lr: the learning rate of its epoch).\"\"\"
    {step}
"""


def numpy_code(model: ScriptModel) -> str:
    """Everything after the data: the functions, training, and the main section."""
    sigmoid_needed = model.head == "binary" or bool(USES_SIGMOID & set(model.activations))
    parts = [
        "# ------------------------------------------------------------------------- the pieces",
        features_code(model),
        *([SIGMOID] if sigmoid_needed else []),
        *([activations_code(model)] if model.activations else ["ACTIVATION = {}\n"]),
        OUTPUT_CODE[model.head],
        optimizer_code(model),
        MAIN.replace("$l1_rule", L1_RULE["tfp" if model.head == "tfp" else "usual"]),
    ]
    return "\n\n".join(parts)
