"""File › Export › PyTorch script…, run where PyTorch is installed (CI installs it): the
exported module predicts what the app's network predicts to 1e-9 in float64, the script
prints what ``nn-playground run`` reports, and its training lines train with the app's
optimizer (after ``--train 2`` the figures are run's to 1e-7: the same float64 steps,
summed in torch's order), disabled links staying exactly 0."""

from __future__ import annotations

import json
import runpy

import numpy as np
import pytest

from playground.app.cli import main as cli_main
from playground.core.project import apply_project, load_project
from playground.core.session import Session
from tests.script_projects import (
    assert_figures,
    figures_after,
    figures_now,
    save_project,
)

torch = pytest.importorskip("torch")


def shown_network(path):
    """The network ``run`` starts from, and all the project's points."""
    session = Session()
    apply_project(session, load_project(path))
    t = session.trainer
    return t.network, np.vstack([t.X_train, t.X_test])


@pytest.mark.parametrize(
    "name", ["binary", "multiclass", "regression", "schedule", "dropout", "tfp", "all"]
)
def test_the_pytorch_script_predicts_and_trains_as_the_app(name, tmp_path, monkeypatch, capsys):
    project = save_project(name, tmp_path)
    out = tmp_path / f"exported_{name}.py"
    assert cli_main(["export", str(project), "--pytorch", str(out), "--quiet"]) == 0
    assert "import torch" in out.read_text()

    # The module, imported: the same predictions as the app's network on every point.
    script = runpy.run_path(str(out), run_name="exported")
    model = script["PlaygroundNet"]()
    assert isinstance(model, torch.nn.Module)
    network, points = shown_network(project)
    with torch.no_grad():
        got = script["predict"](model, torch.tensor(points, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(got, network.predict(points), rtol=0, atol=1e-9)

    # Run as a script (in this process: torch is imported once): run's figures, and after
    # --train 2 run --epochs 2's.
    monkeypatch.setattr("sys.argv", [str(out), "--train", "2"])
    runpy.run_path(str(out), run_name="__main__")
    captured = capsys.readouterr()
    before, after = (json.loads(line) for line in captured.out.splitlines())
    assert captured.err == ""
    assert_figures(before, figures_now(project), 1e-9)
    assert_figures(after, figures_after(project, 2, tmp_path), 1e-7)

    # Disabled links: a mask buffer, in the state dict, and their weights stay 0.
    masks = [m for key, m in model.state_dict().items() if key.startswith("mask")]
    assert len(masks) == len(network.params)
    data = {part: script["points_and_targets"](script[part.upper()]) for part in ("train", "test")}
    assert script["train"](model, data, 2)
    for layer, (enabled, mask) in enumerate(zip(network.masks, masks, strict=True)):
        off = ~torch.tensor(enabled.T)
        assert torch.equal(mask == 0, off), layer
        assert torch.all(model.layers[layer].weight[off] == 0), layer
    if name in ("binary", "multiclass", "dropout", "tfp"):  # those with a disabled link
        assert any(bool((m == 0).any()) for m in masks)
