"""The PyTorch script: the network as an ``nn.Module`` with the trained weights, the loss of
the app's output head, and the app's optimizer as a ``torch.optim`` one.

Disabled links are a registered mask buffer multiplied into the weights in ``forward``, so
they stay exactly 0 however the module is trained. Dropout is a mask ``forward`` applies
while training, given by the training loop. NumPy is used for one thing only: the app's
random draws, its order of the points and its dropout masks in each epoch, from the app's
seeded generators. playground.core.script_export puts the pieces together.
"""

from __future__ import annotations

from playground.core.script_model import ScriptModel

# engine/features.py, as torch expressions of the columns x1 and x2.
FEATURE_CODE = {
    "x1": "x1",
    "x2": "x2",
    "x1_sq": "x1 * x1",
    "x2_sq": "x2 * x2",
    "x1_x2": "x1 * x2",
    "sin_x1": "torch.sin(x1)",
    "sin_x2": "torch.sin(x2)",
}

# engine/activations.py in torch (softplus as log(1 + e^z) exactly: torch's own
# F.softplus returns z itself past z = 20, which the app does not).
ACTIVATION_CODE = {
    "linear": "nn.Identity()",
    "relu": "nn.ReLU()",
    "leaky_relu": "nn.LeakyReLU(0.01)",
    "elu": "nn.ELU(alpha=1.0)",
    "tanh": "nn.Tanh()",
    "sigmoid": "nn.Sigmoid()",
    "softplus": "Softplus()",
    "silu": "nn.SiLU()",
}

SOFTPLUS = '''\
class Softplus(nn.Module):
    """log(1 + e^z) for every z, as the app computes it."""

    def forward(self, z):
        return torch.logaddexp(z, torch.zeros_like(z))
'''

# engine/outputs.py: the mean loss on the logits, what the network predicts, and accuracy.
OUTPUT_CODE = {
    "binary": '''\
def loss(logits, targets):
    """Mean binary cross-entropy of sigmoid(logit); targets are the labels 0 and 1."""
    return F.binary_cross_entropy_with_logits(logits[:, 0], targets)


def predict(model, points):
    """P(class 1) for each point."""
    return torch.sigmoid(model(points)[:, 0])


def accuracy(logits, targets):
    """The share of points whose predicted class (P(class 1) >= 1/2) is their own."""
    return ((logits[:, 0] >= 0) == (targets >= 0.5)).to(DTYPE).mean().item()


def encode(values):
    """Labels 0/1 as targets."""
    return torch.tensor(values, dtype=DTYPE)
''',
    "multiclass": '''\
def loss(logits, targets):
    """Mean cross-entropy of softmax(logits); targets are the class numbers."""
    return F.cross_entropy(logits, targets)


def predict(model, points):
    """Each class's probability for each point, one row per point."""
    return torch.softmax(model(points), dim=1)


def accuracy(logits, targets):
    """The share of points whose most probable class is their own."""
    return (logits.argmax(dim=1) == targets).to(DTYPE).mean().item()


def encode(values):
    """Class numbers, as cross_entropy takes them."""
    return torch.tensor(values, dtype=torch.int64)
''',
    "tfp": '''\
def loss(logits, targets):
    """Mean of 1/2 (tanh(logit) - target)^2, targets -1/+1 (TensorFlow Playground's)."""
    return 0.5 * F.mse_loss(torch.tanh(logits[:, 0]), targets)


def predict(model, points):
    """The class-1 score on a 0 to 1 scale, (1 + tanh(logit)) / 2, as the app shows it."""
    return 0.5 * (1.0 + torch.tanh(model(points)[:, 0]))


def accuracy(logits, targets):
    """The share of points whose predicted class (tanh(logit) >= 0) is their own."""
    return ((logits[:, 0] >= 0) == (targets > 0)).to(DTYPE).mean().item()


def encode(values):
    """Labels 0/1 as targets -1/+1."""
    return (2.0 * torch.tensor(values, dtype=torch.float64) - 1.0).to(DTYPE)
''',
    "regression": '''\
def loss(logits, targets):
    """Mean of 1/2 (prediction - target)^2."""
    return 0.5 * F.mse_loss(logits[:, 0], targets)


def predict(model, points):
    """The predicted value for each point."""
    return model(points)[:, 0]


def accuracy(logits, targets):
    return None  # regression has no accuracy


def encode(values):
    """Values as targets."""
    return torch.tensor(values, dtype=DTYPE)
''',
}

# engine/optimizers.py as torch.optim: the same update rules and hyperparameters.
OPTIMIZER_CODE = {
    "sgd": "torch.optim.SGD(params, lr=LEARNING_RATE)",
    "momentum": "torch.optim.SGD(params, lr=LEARNING_RATE, momentum=MOMENTUM)",
    "nesterov": "torch.optim.SGD(params, lr=LEARNING_RATE, momentum=MOMENTUM, nesterov=True)",
    "rmsprop": "torch.optim.RMSprop(params, lr=LEARNING_RATE, alpha=RHO, eps=EPS)",
    "adam": "torch.optim.Adam(params, lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPS)",
}

MODULE = '''\
class PlaygroundNet(nn.Module):
    """The exported network: features, hidden layers and output logits, in DTYPE."""

    def __init__(self):
        super().__init__()
        sizes = [len(FEATURES)] + [len(b) for _, b, _ in LAYERS]
        self.layers = nn.ModuleList(
            nn.Linear(sizes[i], sizes[i + 1], dtype=DTYPE) for i in range(len(LAYERS))
        )
        self.activations = nn.ModuleList(ACTIVATION[name] for name in ACTIVATIONS)
        for i, (layer, (W, b, mask)) in enumerate(zip(self.layers, LAYERS)):
            with torch.no_grad():  # nn.Linear keeps W transposed: one row per unit
                layer.weight.copy_(torch.tensor(W, dtype=DTYPE).T)
                layer.bias.copy_(torch.tensor(b, dtype=DTYPE))
            on = torch.ones_like(layer.weight) if mask is None else torch.tensor(mask).T
            # 1 where a link is on, 0 where it is disabled: a buffer, so it is saved with
            # the module's state but never trained.
            self.register_buffer(f"mask{i}", on.to(DTYPE))

    def masks(self):
        """Each layer's mask, shaped like its weight (one row per unit)."""
        return [self.get_buffer(f"mask{i}") for i in range(len(self.layers))]

    @staticmethod
    def features(points):
        """The network's inputs, one column per name in FEATURES, from points (n, 2)."""
$features

    def forward(self, points, keep=None):
        """The logits for points (n, 2); disabled links count as 0 whatever their weight.

        keep: while training (self.training), each hidden layer's dropout mask for these
        points, a tensor (n, units) of 0 (dropped) or 1 / (1 - rate) (kept), or None for a
        layer without dropout. Not nn.Dropout: it draws its masks from torch's generator,
        which cannot give the app's; these come from the script's NumPy generator, seeded
        as the app's (dropout_masks), so that training here drops the neurons the app
        drops. In eval mode, or without keep, nothing is dropped, as in the app's figures.
        """
        a = self.features(points.to(torch.float64)).to(DTYPE)  # in float64, as the app
        for i, (layer, mask) in enumerate(zip(self.layers, self.masks())):
            a = F.linear(a, layer.weight * mask, layer.bias)
            if i < len(self.activations):
                a = self.activations[i](a)
                if self.training and keep is not None and keep[i] is not None:
                    a = a * keep[i]  # inverted dropout
        return a
'''

MAIN = '''\
# ----------------------------------------------------------------- figures and training
def points_and_targets(rows):
    """A data table as the points (n, 2) and the targets the loss compares with."""
    X = torch.tensor([r[:2] for r in rows], dtype=torch.float64).reshape(-1, 2)
    return X, encode([r[2] for r in rows])


def figures(model, X, y):
    """Mean loss (without the penalty) and accuracy, as the app reports them."""
    if X.shape[0] == 0:
        return None, None  # no test points
    model.eval()  # no dropout: the figures use every neuron
    with torch.no_grad():
        logits = model(X)
        value = loss(logits, y).item()
    return (value if math.isfinite(value) else None), accuracy(logits, y)


def report(model, data, epochs=None):
    """Print the figures as one JSON line (the keys of `nn-playground run --report`)."""
    train_loss, train_accuracy = figures(model, *data["train"])
    test_loss, test_accuracy = figures(model, *data["test"])
    line = {"train_loss": train_loss, "test_loss": test_loss}
    line |= {"train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
    if epochs is not None:
        line["epochs"] = epochs
    print(json.dumps(line), flush=True)


def penalty(model):
    """L1 * sum(|W|) + L2 * sum(W ** 2) / 2 over the weights, never the biases."""
    total = 0.0
    for layer in model.layers:
        if L1:
            total = total + L1 * layer.weight.abs().sum()
        if L2:
            total = total + L2 * 0.5 * (layer.weight * layer.weight).sum()
    return total


def train(model, data, epochs):
    """Train ``epochs`` more epochs as the app does; False if training diverged."""
    X, y = data["train"]
    n = X.shape[0]
    params = list(model.parameters())
    optimizer = make_optimizer(params)
    order_rng = np.random.default_rng([SEED, 2])  # the app's order of points
    dropout_rng = np.random.default_rng([SEED, 3])  # the app's dropout masks
    weights = [layer.weight for layer in model.layers]
    model.train()
    for epoch in range(EPOCH, EPOCH + epochs):  # counted as the app counts them
        for group in optimizer.param_groups:
            group["lr"] = rate(epoch)  # the schedule's rate for every step of this epoch
        order = torch.as_tensor(order_rng.permutation(n) if SHUFFLE else np.arange(n))
        masks = [
            None if m is None else torch.as_tensor(m, dtype=DTYPE)
            for m in dropout_masks(dropout_rng, n, np.float64)
        ]
        for start in range(0, n, BATCH_SIZE):
            batch = order[start : start + BATCH_SIZE]
            keep = [None if m is None else m[start : start + BATCH_SIZE] for m in masks]
            before = [w.detach().clone() for w in weights]
            optimizer.zero_grad()
            (loss(model(X[batch], keep), y[batch]) + penalty(model)).backward()
            optimizer.step()
            with torch.no_grad():
                for w, old, mask in zip(weights, before, model.masks()):
$l1_rule                    w.mul_(mask)  # disabled links stay exactly 0
                norm = sum(float((p * p).sum()) for p in params)
            if not norm <= MAX_NORM**2:  # also false for NaN
                print("Training diverged: lower the learning rate.", file=sys.stderr)
                return False
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
    model = PlaygroundNet()
    report(model, data)
    if args.train > 0 and train(model, data, args.train):
        report(model, data, args.train)

'''


# The L1 rule after a step, on a layer's new weights w (old: before the step).
L1_RULE = {
    "usual": """\
                    if L1:  # a weight the step carried across 0 stops at exactly 0
                        w[(old * w < 0.0) | ((old == 0.0) & (w.grad.abs() <= L1))] = 0.0
""",
    "tfp": """\
                    if L1:  # TensorFlow Playground's: a weight at 0, or one that the
                        # penalty's own pull, lr * L1 * sign(old), carried across 0, is 0
                        before_pull = w + (optimizer.param_groups[0]["lr"] * L1) * old.sign()
                        w[(old == 0.0) | (before_pull * w < 0.0)] = 0.0
""",
}


def features_code(model: ScriptModel) -> str:
    used = "".join(model.features)
    lines = [f"        x{k} = points[:, {k - 1}]" for k in (1, 2) if f"x{k}" in used]
    lines.append("        columns = [")
    lines += [f"            {FEATURE_CODE[name]},  # {name}" for name in model.features]
    lines.append("        ]")
    lines.append("        return torch.stack(columns, dim=1)")
    return "\n".join(lines)


def torch_code(model: ScriptModel) -> str:
    """Everything after the data: the module, loss, optimizer, training and main section."""
    names = list(dict.fromkeys(model.activations))
    table = "".join(f"\n    {name!r}: {ACTIVATION_CODE[name]}," for name in names)
    optimizer = (
        "def make_optimizer(params):\n"
        f'    """{model.optimizer}, with the app\'s hyperparameters."""\n'
        f"    return {OPTIMIZER_CODE[model.optimizer]}\n"
    )
    parts = [
        "# ------------------------------------------------------------------------- the module",
        *([SOFTPLUS] if "softplus" in names else []),
        f"ACTIVATION = {{{table}\n}}  # one module per hidden layer's activation\n",
        MODULE.replace("$features", features_code(model)),
        OUTPUT_CODE[model.head],
        optimizer,
        MAIN.replace("$l1_rule", L1_RULE["tfp" if model.head == "tfp" else "usual"]),
    ]
    return "\n\n".join(parts)
