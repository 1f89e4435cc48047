"""File › Export › NumPy script… and PyTorch script… in the window: the menu entries write
the script of the work on show (its figures are the window's to 1e-9), and a file that
cannot be written is said so, with nothing written."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from playground.core.settings import TrainingSettings
from tests.conftest import settle
from tests.script_projects import assert_figures, run_script


def entry(w, text: str):
    """The File › Export entry called ``text`` (without its & and …)."""
    menu = w.file_actions.export_menu
    found = [a for a in menu.actions() if a.text().replace("&", "").rstrip("…") == text]
    assert len(found) == 1, [a.text() for a in menu.actions()]
    assert found[0].toolTip() and found[0].statusTip()
    return found[0]


def test_the_export_menu_writes_scripts_of_the_work(window, qtbot, tmp_path, monkeypatch):
    w = window(TrainingSettings(dataset="xor", features=("x1", "x2", "x1_x2"), hidden=(3,)))
    w.client.call(lambda s: s.set_link_enabled(0, 2, 1, False))
    w.client.call(lambda s: s.train_epochs(3))
    settle(qtbot, w)
    asked = []

    def answer(parent, title, start, filter_text):
        asked.append((title, start, filter_text))
        return str(tmp_path / "xor work"), filter_text  # the .py is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    entry(w, "NumPy script").trigger()
    script = tmp_path / "xor work.py"
    assert script.exists()
    assert asked[0][0] == "Export a NumPy script" and asked[0][1].endswith("Untitled numpy.py")
    assert f"Exported {script}" in w.statusBar().currentMessage()
    [figures] = run_script(script)
    assert_figures(figures, w.client.call(lambda s: s.trainer.metrics()), 1e-9)
    text = script.read_text()
    assert "EPOCH = 3" in text and "[1, 0, 1]," in text  # x1_x2 to unit 2 is off

    entry(w, "PyTorch script").trigger()
    assert "class PlaygroundNet(nn.Module):" in script.read_text()
    assert asked[1][0] == "Export a PyTorch script"


def test_an_unwritable_script_is_said_so(window, qtbot, tmp_path, monkeypatch):
    w = window()
    missing = tmp_path / "no such folder" / "net.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(missing), "")))
    entry(w, "PyTorch script").trigger()
    assert "Cannot export net.py" in w.statusBar().currentMessage()
    assert "does not exist" in w.statusBar().currentMessage()
    assert not missing.parent.exists()
