"""The whole window under the pseudo-language: every text reached a translator, and every
label has room for a text 40 % longer than English (German and French need about that).

The pseudo-language is compiled fresh from the sources (packaging/translations.py), then
tests/language_check.py opens the window in a process of its own at 1366x768, every panel,
every dialog a menu opens and a lesson, and reports what it found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.screen_check import MIN_CHART, MIN_PLOT, ROOT
from tests.test_i18n import load_translations_tool

PANELS = {"resting", "walkthrough", "gradients", "metrics", "compare", "painting", "lesson"}


def run_check(code: str, tmp_path, qm_folder=None, size=(1366, 768)) -> dict:
    config = tmp_path / "screen.json"
    width, height = size
    screen = {"name": "Desktop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(
        json.dumps({"screens": [screen | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    args = [sys.executable, str(ROOT / "tests" / "language_check.py"), code]
    if qm_folder is not None:
        args += ["--qm", str(qm_folder)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_text_is_translated_and_fits_under_the_pseudo_language(tmp_path) -> None:
    qm = tmp_path / "qm"
    qm.mkdir()
    load_translations_tool().compile_all(out=qm)
    report = run_check("pseudo", tmp_path, qm)
    assert set(report["opened"]) >= PANELS
    dialogs = [name for name in report["opened"] if name.startswith("dialog")]
    assert len(dialogs) >= 10, dialogs
    assert report["untranslated"] == []
    assert report["clipped"] == []


@pytest.mark.parametrize("code", ["es", "de", "fr", "pt_BR", "zh_CN", "ar"])
def test_every_language_fits_a_1366_screen(code, tmp_path) -> None:
    """Each real language: every panel and dialog without a clipped label, and the plot and
    the loss chart as large as in English (translations are longer, and Arabic mirrors)."""
    report = run_check(code, tmp_path)
    assert set(report["opened"]) >= PANELS
    assert report["clipped"] == []
    assert report["resting"]["plot"] >= MIN_PLOT and report["resting"]["chart"] >= MIN_CHART
