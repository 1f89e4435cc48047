"""NN Playground's backpropagation engine: pure NumPy, deterministic, no Qt.

A teacher can script it from a notebook::

    from engine import Network, Trainer, datasets
    X, y = datasets.generate("circle", noise=0.1, seed=1)
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=0.5, seed=1)
    net = Network.from_spec({"features": ["x1", "x2"],
                             "hidden": [{"units": 4, "activation": "tanh"},
                                        {"units": 2, "activation": "tanh"}],
                             "output": {"kind": "binary"}}, seed=0)
    trainer = Trainer(net, Xtr, ytr, Xte, yte, learning_rate=0.03, batch_size=10)
    trainer.run_epochs(200)
    print(trainer.metrics())
"""

from engine import datasets, edits
from engine.activations import ACTIVATIONS
from engine.features import FEATURES
from engine.history import LossHistory
from engine.network import VIEW_BOX, Network
from engine.optimizers import OPTIMIZERS
from engine.spec import MAX_CLASSES, MAX_HIDDEN_LAYERS, MAX_UNITS, validate_spec
from engine.trace import SampleTrace, trace_sample
from engine.trainer import Divergence, Trainer

__all__ = [
    "ACTIVATIONS",
    "OPTIMIZERS",
    "Divergence",
    "LossHistory",
    "SampleTrace",
    "Trainer",
    "datasets",
    "edits",
    "trace_sample",
    "FEATURES",
    "MAX_CLASSES",
    "MAX_HIDDEN_LAYERS",
    "MAX_UNITS",
    "VIEW_BOX",
    "Network",
    "validate_spec",
]
