"""File › Export › PyTorch script… / NumPy script… and ``nn-playground export``: the network
as one readable Python file that anyone can run and train further.

Each script holds, as exact literals, the network (features, hidden layers, activations,
output head, disabled links), its trained weights and the project's train and test points,
then the code: the NumPy one mirrors the engine step for step, the PyTorch one is an
``nn.Module`` with a ``torch.optim`` optimizer. Run on its own, a script prints one JSON line,
``{"train_loss", "test_loss", "train_accuracy", "test_accuracy"}``, equal to what
``nn-playground run`` reports for the project; ``--train N`` then trains N more epochs as the
app would (same optimizer, hyperparameters, learning rate and its schedule, batch size,
penalty, dropout masks and order of points) and prints the figures again.

Nothing from the project becomes code (playground.core.script_text). No Qt here.
"""

from __future__ import annotations

import os

from engine.i18n import translate
from playground.core.script_model import ScriptModel, from_project, from_trainer
from playground.core.script_numpy import numpy_code
from playground.core.script_text import data_block, layers_block, settings_block
from playground.core.script_torch import torch_code
from playground.core.script_training import training_block

KINDS = ("numpy", "pytorch")

__all__ = ["KINDS", "ScriptModel", "from_project", "from_trainer", "script", "write_script"]

NUMPY_HEAD = '''\
"""A neural network exported from NN Playground, as a script that needs only NumPy.

Below are the network (its input features, hidden layers, output and disabled links), its
trained weights and the project's points, all as exact numbers; then the code that uses
them, the same computations as the app's engine, step for step.

    python THIS_FILE.py              print the network's figures as one JSON line
    python THIS_FILE.py --train 100  then train 100 more epochs and print them again

The first line is what `nn-playground run` reports for the project. Training goes on as
`nn-playground run --epochs 100` would train the saved project: the same optimizer and
hyperparameters, learning rate and its schedule, batch size, penalty, dropout masks and
order of the points, with the optimizer's memory starting afresh.
"""

import argparse
import json
import math
import sys

import numpy as np

'''

TORCH_HEAD = '''\
"""A neural network exported from NN Playground, as a PyTorch module.

Below are the network (its input features, hidden layers, output and disabled links), its
trained weights and the project's points, all as exact numbers; then PlaygroundNet, an
nn.Module with those weights, its loss, and the app's optimizer as a torch.optim one.

    python THIS_FILE.py              print the network's figures as one JSON line
    python THIS_FILE.py --train 100  then train 100 more epochs and print them again

The first line is what `nn-playground run` reports for the project. Training goes on as
`nn-playground run --epochs 100` would train the saved project: the same optimizer and
hyperparameters, learning rate and its schedule, batch size, penalty, dropout masks and
order of the points, with the optimizer's memory starting afresh. To use the network
elsewhere: `model = PlaygroundNet()`, then `predict(model, points)` for points of shape
(n, 2) in float64.
"""

import argparse
import json
import math
import sys

import numpy as np  # only for the app's order of points and dropout masks in each epoch
import torch
from torch import nn
from torch.nn import functional as F

'''

DTYPES = {
    "numpy": {"float64": "np.float64", "float32": "np.float32"},
    "pytorch": {"float64": "torch.float64", "float32": "torch.float32"},
}


def script(model: ScriptModel, kind: str) -> str:
    """The whole script of ``kind`` (numpy or pytorch) for ``model``."""
    if kind not in KINDS:
        raise ValueError(
            translate("script_export", "kind must be one of {choices}; got {value}").format(
                choices=", ".join(KINDS), value=repr(kind)
            )
        )
    head, code = (NUMPY_HEAD, numpy_code) if kind == "numpy" else (TORCH_HEAD, torch_code)
    parts = [
        head + settings_block(model, DTYPES[kind][model.dtype]),
        layers_block(model),
        training_block(model),
        code(model),
        data_block(model),
        'if __name__ == "__main__":\n    main()\n',
    ]
    return "\n\n".join(part.rstrip("\n") + "\n" for part in parts)


def write_script(path: str | os.PathLike, text: str) -> None:
    """Write the script whole or not at all (a temporary file renamed over ``path``);
    raise OSError naming the file when that fails."""
    from playground.core.render import write_bytes

    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise OSError(
            translate(
                "script_export", "cannot write {path}: the folder {folder} does not exist"
            ).format(path=target, folder=folder)
        )
    try:
        write_bytes(target, text.encode("utf-8"))
    except OSError as exc:
        raise OSError(
            translate("script_export", "cannot write {path}: {error}").format(
                path=target, error=exc.strerror or exc
            )
        ) from None
