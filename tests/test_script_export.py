"""File › Export's NumPy script, the proof that runs everywhere: the exported script, run
with this Python, prints what ``nn-playground run`` reports to 1e-9, and after
``--train 2`` what ``run --epochs 2`` reports; the CLI's errors; nothing from a project
becomes code; the scripts pass ruff."""

from __future__ import annotations

import ast
import math
import subprocess
import sys

import numpy as np
import pytest

from engine import Network, Trainer
from engine.dropout import DropoutStream, draw_masks
from engine.schedules import Schedule
from playground.app.cli import main as cli_main
from playground.core import script_model
from playground.core.script_export import from_trainer, script, write_script
from playground.core.script_model import check_exportable
from tests.script_projects import (
    HOSTILE_TITLE,
    PROJECTS,
    ROOT,
    TRAINED_REL,
    assert_figures,
    figures_after,
    figures_now,
    run_script,
    save_project,
)


@pytest.mark.parametrize("name", list(PROJECTS))
def test_the_numpy_script_prints_what_run_reports(name, tmp_path):
    project = save_project(name, tmp_path)
    out = tmp_path / f"{name}.py"
    assert cli_main(["export", str(project), "--numpy", str(out), "--quiet"]) == 0
    before, after = run_script(out, "--train", "2")
    assert_figures(before, figures_now(project), 1e-9)
    assert set(before) == {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}
    assert_figures(after, figures_after(project, 2, tmp_path), 1e-9, rel=TRAINED_REL)
    assert after["epochs"] == 2
    if name == "regression":
        assert before["train_accuracy"] is None and before["test_accuracy"] is None
    # On its own it prints one line, the same.
    assert run_script(out) == [before]


def test_a_float32_network_is_computed_in_float32(tmp_path):
    """The window trains in float32 (core/settings.py's ENGINE_DTYPE), and a float32 engine
    Trainer's script computes as the engine does, in float32 (dropout's masks and a
    schedule too); a float64 network's script stays in float64."""
    spec = {
        "features": ["x1", "x2", "sin_x1"],
        "hidden": [{"units": 4, "activation": "tanh", "dropout": 0.25}],
        "output": {"kind": "binary"},
    }
    rng = np.random.default_rng(5)
    X = rng.uniform(-5, 5, (60, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)

    def trainer() -> Trainer:
        net = Network.from_spec(spec, seed=3, dtype="float32")
        schedule = {"kind": "exponential", "gamma": 0.9, "warmup": 3}
        return Trainer(
            net, X[:40], y[:40], X[40:], y[40:], optimizer="adam", seed=3, schedule=schedule
        )

    wide = Trainer(Network.from_spec(spec, seed=3), X[:40], y[:40], X[40:], y[40:])
    assert "DTYPE = np.float64" in script(from_trainer(wide), "numpy")
    t = trainer()
    t.run_epochs(2)
    out = tmp_path / "f32.py"
    write_script(out, script(from_trainer(t), "numpy"))
    assert "DTYPE = np.float32" in out.read_text()
    before, after = run_script(out, "--train", "3")
    assert_figures(before, t.metrics(), 1e-9)
    fresh = trainer()  # the same weights, a fresh optimizer and order: as `run` continues
    fresh.replace_network(t.network.copy())
    fresh.epoch = t.epoch  # as a project's epoch is restored: the schedule goes on from it
    fresh.run_epochs(3)
    assert_figures(after, fresh.metrics(), 1e-9, rel=TRAINED_REL)
    float64 = tmp_path / "f64.py"
    write_script(float64, script(from_trainer(t), "numpy").replace("np.float32", "np.float64"))
    assert run_script(float64)[0]["train_loss"] != before["train_loss"]  # float32 mattered


def test_nothing_from_the_project_becomes_code(tmp_path):
    folder = tmp_path / 'it\'s "mine"; import os'
    folder.mkdir()
    project = save_project("binary", folder)
    hostile = folder / "x'''\"\"\"; open('pwned.txt', 'w').nnplay"
    project.rename(hostile)
    outs = [tmp_path / "exported_numpy.py", tmp_path / "exported_torch.py"]
    assert (
        cli_main(["export", str(hostile), "--numpy", str(outs[0]), "--pytorch", str(outs[1])]) == 0
    )
    for out in outs:
        tree = ast.parse(out.read_text(encoding="utf-8"))
        imports = {
            alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        }
        assert imports <= {
            "argparse",
            "json",
            "math",
            "sys",
            "numpy",
            "torch",
            "torch.nn",
            "torch.nn.functional",
        }, imports
        constants = {
            node.targets[0].id: ast.literal_eval(node.value)
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in ("SOURCE", "LESSON")
        }
        assert constants == {"SOURCE": hostile.name, "LESSON": HOSTILE_TITLE}
        assert out.read_text(encoding="utf-8").isascii()
    run_script(outs[0], cwd=tmp_path)
    assert not list(tmp_path.rglob("pwned.txt"))


def test_the_scripts_pass_ruff(tmp_path):
    outs = []
    for name in ("binary", "multiclass", "regression", "no_hidden", "schedule", "all"):
        project = save_project(name, tmp_path)
        for kind in ("numpy", "pytorch"):
            outs.append(tmp_path / f"{name}_{kind}.py")
            assert cli_main(["export", str(project), f"--{kind}", str(outs[-1]), "-q"]) == 0
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--config",
            str(ROOT / "pyproject.toml"),
            *map(str, outs),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for out in outs:
        assert max(len(line) for line in out.read_text().splitlines()) <= 100


def test_cli_errors_are_one_line_and_non_zero(tmp_path, capsys):
    project = save_project("no_hidden", tmp_path)
    cases = [
        (
            ["export", str(tmp_path / "missing.nnplay"), "--numpy", str(tmp_path / "a.py")],
            1,
            "cannot read",
        ),
        (["export", str(project), "--numpy", str(tmp_path / "no" / "a.py")], 1, "does not exist"),
        (["export", str(project), "--pytorch", str(project)], 1, "overwrite the project"),
        (["export", str(project)], 2, "--pytorch OUT.py, --numpy OUT.py"),
    ]
    bad = tmp_path / "bad.nnplay"
    bad.write_text('{"format": "nn-playground-project", "version": 1, "settings": {"hidden": 3}}')
    cases.append((["export", str(bad), "--numpy", str(tmp_path / "a.py")], 1, "settings.hidden"))
    for args, code, words in cases:
        assert cli_main(args) == code, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0] and "error" in err[0], err
    assert not (tmp_path / "a.py").exists()
    assert project.read_text().startswith("{")  # not overwritten


def test_the_scripts_rate_is_the_schedules_at_every_epoch():
    """rate(epoch) as the scripts write it, for every kind with and without a warm-up,
    equals engine.schedules' to the last bit over the warm-up, the decay and the floor."""
    t = trainer_for({"features": ["x1"], "hidden": [], "output": {"kind": "binary"}})
    for kind, parameters in [
        ("constant", {}),
        ("step", {"every": 3, "factor": 0.3}),
        ("exponential", {"gamma": 0.87}),
        ("cosine", {"epochs": 7, "min_rate": 0.004}),
        ("cosine", {"epochs": 5, "min_rate": 1}),  # a floor above the rate: the rate's
    ]:
        for warmup in (0, 4):
            schedule = Schedule.from_dict({"kind": kind, **parameters, "warmup": warmup})
            t.schedule = schedule
            t.learning_rate = 0.037
            text = script(from_trainer(t), "numpy")
            start = text.index("SCHEDULE = ")
            space: dict = {"LEARNING_RATE": 0.037, "math": math}
            exec(text[start : text.index("# ---", start)], space)  # the schedule's block
            assert space["SCHEDULE"] == kind and space["WARMUP"] == warmup
            for epoch in range(30):
                assert space["rate"](epoch) == schedule.rate(0.037, epoch), (kind, epoch)


def test_the_dropout_masks_are_the_engines():
    """The script's masks for an epoch, drawn from its own generator, are the ones the
    engine's trainer draws (engine.dropout.DropoutStream), epoch after epoch."""
    spec = {
        "features": ["x1", "x2"],
        "hidden": [
            {"units": 3, "activation": "relu", "dropout": 0.5},
            {"units": 2, "activation": "tanh"},
            {"units": 4, "activation": "tanh", "dropout": 0.9},
        ],
        "output": {"kind": "binary"},
    }
    t = trainer_for(spec, seed=11)
    text = script(from_trainer(t), "numpy")
    space: dict = {"np": np}
    exec(text[text.index("LAYERS = [") : text.index("# --", text.index("DROPOUT = "))], space)
    engine_rng = np.random.default_rng()  # the trainer's dropout generator at its start
    engine_rng.bit_generator.state = DropoutStream(11).get_state(0)[0]
    rng = np.random.default_rng([11, 3])  # the script's, as its train() seeds it
    for _ in range(3):
        want = draw_masks(engine_rng, [0.5, 0.0, 0.9], [3, 2, 4], 7, np.float64)
        got = space["dropout_masks"](rng, 7, np.float64)
        assert got[1] is None and want[1] is None
        for g, w in ((got[0], want[0]), (got[2], want[2])):
            np.testing.assert_array_equal(g, w)
        assert set(np.unique(got[2])) <= {0.0, 1.0 / (1.0 - 0.9)}


def test_a_network_part_the_export_does_not_know_is_refused(monkeypatch):
    """What the scripts cannot reproduce is refused, naming it, never exported wrongly."""
    spec = {
        "features": ["x1"],
        "hidden": [{"units": 2, "activation": "tanh", "dropout": 0.5, "norm": "batch"}],
        "output": {"kind": "binary"},
    }
    with pytest.raises(ValueError, match="hidden layer 1 uses norm, which the script export"):
        check_exportable(spec)
    spec = {"features": ["x1"], "hidden": [], "output": {"kind": "binary", "temperature": 2}}
    with pytest.raises(ValueError, match="the output uses temperature, which the script export"):
        check_exportable(spec)
    spec["output"] = {"kind": "binary", "loss": "hinge"}  # a loss the engine learns later
    with pytest.raises(ValueError, match="the script export does not know the loss 'hinge'"):
        check_exportable(spec)
    # A schedule the engine learns later (as if cosine were new): refused, not constant.
    t = trainer_for({"features": ["x1"], "hidden": [], "output": {"kind": "binary"}})
    t.schedule = {"kind": "cosine", "epochs": 10}
    monkeypatch.setattr(script_model, "KNOWN_SCHEDULES", ("constant", "step", "exponential"))
    with pytest.raises(ValueError, match="does not know the learning-rate schedule 'cosine'"):
        from_trainer(t)


def trainer_for(spec: dict, seed: int = 0) -> Trainer:
    """A small trainer of ``spec`` on 20 points."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-5, 5, (20, 2))
    y = (X[:, 0] > 0).astype(int)
    return Trainer(Network.from_spec(spec, seed=seed), X, y, seed=seed)
