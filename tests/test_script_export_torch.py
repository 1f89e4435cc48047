"""File › Export › PyTorch script…, run where PyTorch is installed (CI installs it): the
exported module computes in the dtype the app trains the network in and predicts what the
app's network predicts (to 1e-9 in float64, to float32's precision in float32), the script
prints what ``nn-playground run`` reports, and its training lines train with the app's
optimizer (after ``--train 2`` the figures are run's to 1e-7 in float64: the same steps,
summed in torch's order; in float32 to what two epochs of float32 rounding allow),
disabled links staying exactly 0."""

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


# How close the script's figures are to the app's, by dtype: (now, after --train 2) apart,
# or that relative to the figure (float32 is relative: a regression loss of 30 moves by 4e-6)
TOLERANCE = {np.float64: (1e-9, 1e-7, 0.0), np.float32: (1e-6, 1e-5, 1.0)}


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
    now, trained, relative = TOLERANCE[network.dtype.type]
    assert script["DTYPE"] == getattr(torch, network.dtype.name)  # as the app computes
    with torch.no_grad():
        got = script["predict"](model, torch.tensor(points, dtype=torch.float64)).numpy()
    # The app's predictions in the network's dtype (features in float64, then its dtype).
    features = network.compute_features(points).astype(network.dtype)
    want = network.head.predict(network.logits(features))
    np.testing.assert_allclose(got, want, rtol=0, atol=now)

    # Run as a script (in this process: torch is imported once): run's figures, and after
    # --train 2 run --epochs 2's.
    monkeypatch.setattr("sys.argv", [str(out), "--train", "2"])
    runpy.run_path(str(out), run_name="__main__")
    captured = capsys.readouterr()
    before, after = (json.loads(line) for line in captured.out.splitlines())
    assert captured.err == ""
    assert_figures(before, figures_now(project), now, rel=now * relative)
    assert_figures(after, figures_after(project, 2, tmp_path), trained, rel=trained * relative)

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
