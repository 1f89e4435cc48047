"""Projects for the script export tests (tests/test_script_export*.py), and what
``nn-playground run`` reports for them: each a small saved project, trained a little."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

from playground.app.cli import main as cli_main
from playground.app.cli_run import trainer_figures
from playground.core import comparison
from playground.core.project import Lesson, apply_project, dumps_project, load_project
from playground.core.project_build import project_from_session
from playground.core.session import Session
from playground.core.settings import TrainingSettings

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")
# A lesson title that would run code if it were pasted into a script unquoted.
HOSTILE_TITLE = 'Evil """\nimport os; open("pwned.txt", "w")  # \'\'\' ]) \u2028 \\'

# id: (settings, a link to disable (layer, i, j) or None, epochs trained before saving)
PROJECTS: dict[str, tuple[dict, tuple[int, int, int] | None, int]] = {
    # two classes; sin and square features; a disabled link; Adam; the hostile title
    "binary": (
        dict(
            dataset="circle",
            features=("x1", "x2", "x1_sq", "sin_x1"),
            hidden=(4, 2),
            activation="tanh",
            optimizer="adam",
            learning_rate=0.01,
        ),
        (0, 2, 1),
        2,
    ),
    # four classes; Nesterov with L2; silu and elu layers; product and sin(x2) features
    "multiclass": (
        dict(
            dataset="blobs",
            classes=4,
            features=("x1", "x2", "x1_x2", "sin_x2"),
            hidden=(5, 3),
            activation="silu",
            layer_activations=("silu", "elu"),
            optimizer="nesterov",
            regularization="l2",
            reg_rate=0.003,
        ),
        (1, 4, 2),
        2,
    ),
    # regression; RMSProp; leaky ReLU and softplus layers; x2 squared
    "regression": (
        dict(
            problem="regression",
            dataset="plane",
            features=("x1", "x2", "x2_sq"),
            hidden=(3, 2),
            activation="leaky_relu",
            layer_activations=("leaky_relu", "softplus"),
            optimizer="rmsprop",
            learning_rate=0.003,
        ),
        None,
        1,
    ),
    # L1 (its exact zeros) with momentum; relu and sigmoid layers; Compare on, showing lane B
    "l1_compare": (
        dict(
            dataset="moons",
            hidden=(4, 3),
            activation="relu",
            layer_activations=("relu", "sigmoid"),
            optimizer="momentum",
            regularization="l1",
            reg_rate=0.01,
        ),
        None,
        0,
    ),
    # no hidden layer at all: one product feature straight to the output
    "no_hidden": (dict(dataset="xor", features=("x1_x2",), hidden=(), learning_rate=0.1), None, 1),
    # a cosine schedule, saved after its first epoch: --train 2 trains epochs 1 and 2 (the
    # full rate, then halfway down to the floor), counted from the project's epoch
    "schedule": (
        dict(
            dataset="spiral",
            hidden=(4,),
            optimizer="adam",
            learning_rate=0.02,
            schedule={"kind": "cosine", "epochs": 2, "min_rate": 0.003},
        ),
        None,
        1,
    ),
    # dropout on the first and last of three hidden layers (the middle one drops nothing),
    # trained with it before saving; a disabled link
    "dropout": (
        dict(
            dataset="xor",
            hidden=(5, 3, 4),
            activation="tanh",
            layer_activations=("tanh", "relu", "sigmoid"),
            layer_dropout=(0.5, 0.0, 0.3),
            learning_rate=0.1,
        ),
        (1, 2, 1),
        1,
    ),
    # TensorFlow Playground's loss: tanh output, targets -1/+1, 1/2 squared error, its L1
    # rule, the data's own order; a batch that does not divide the 100 training points
    "tfp": (
        dict(
            dataset="xor",
            hidden=(4, 2),
            loss="tfp",
            learning_rate=0.1,
            batch_size=7,
            regularization="l1",
            reg_rate=0.01,
        ),
        (0, 1, 0),
        2,
    ),
    # all at once: a step schedule after a warm-up (--train 2 trains the warm-up's last
    # epoch, then the full rate), dropout, TensorFlow Playground's loss and its L1 rule,
    # RMSProp
    "all": (
        dict(
            dataset="circle",
            loss="tfp",
            hidden=(6, 4),
            activation="elu",
            layer_dropout=(0.2, 0.4),
            optimizer="rmsprop",
            learning_rate=0.01,
            regularization="l1",
            reg_rate=0.003,
            schedule={"kind": "step", "every": 1, "factor": 0.5, "warmup": 2},
        ),
        None,
        1,
    ),
}


def save_project(name: str, folder: Path) -> Path:
    """The project ``name`` of PROJECTS, trained and saved in ``folder``."""
    settings, disabled, epochs = PROJECTS[name]
    session = Session(TrainingSettings(**settings))
    if disabled is not None:
        assert session.set_link_enabled(*disabled, False) is not None
    session.train_epochs(epochs)
    if name == "l1_compare":
        race = comparison.start(session, [{"optimizer": "adam"}, {"learning_rate": 0.01}])
        race.focus = 1
    lesson = Lesson(HOSTILE_TITLE) if name == "binary" else None
    path = folder / f"{name}.nnplay"
    path.write_text(dumps_project(project_from_session(session, {}, lesson)), encoding="utf-8")
    return path


def figures_now(path: Path) -> dict:
    """What ``nn-playground run`` reports for the project before it trains (its own code:
    the file opened as run opens it, the shown network's figures as run computes them)."""
    session = Session()
    apply_project(session, load_project(path))
    trainer = session.trainer
    if session.comparison is not None:
        session.comparison.sync(session)
        trainer = session.comparison.lanes[session.comparison.focus].trainer
    return {key: trainer_figures(trainer, trainer.epoch)[key] for key in FIGURES}


def figures_after(path: Path, epochs: int, folder: Path) -> dict:
    """``nn-playground run FILE --epochs N --report``'s figures."""
    report = folder / f"{path.stem}-report.json"
    assert (
        cli_main(["run", str(path), "--epochs", str(epochs), "--quiet", "--report", str(report)])
        == 0
    )
    figures = json.loads(report.read_text())
    return {key: figures[key] for key in FIGURES}


def run_script(script: Path, *args: str, cwd: Path | None = None) -> list[dict]:
    """Run an exported script with this Python; its JSON lines."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # it needs no app
    done = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd or script.parent,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


# After training, an exported NumPy script's figures and the app's differ by rounding: the
# engine folds each layer's bias into its matrix product (engine/batch_passes.py), the
# script adds it after, and the window trains in float32. Evaluating the same weights,
# both compute alike and agree to 1e-9.
TRAINED_REL = 1e-5


def assert_figures(got: dict, want: dict, tolerance: float, rel: float = 0.0) -> None:
    """Each figure within ``tolerance``, or ``rel`` of it (float32's large losses)."""
    assert set(FIGURES) <= set(got), got
    for key in FIGURES:
        if want[key] is None:
            assert got[key] is None, (key, got, want)
        else:
            assert math.isclose(got[key], want[key], rel_tol=rel, abs_tol=tolerance), (
                key,
                got,
                want,
            )
