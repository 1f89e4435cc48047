"""The data panel's texts go through engine.i18n: a translator answers them, numbers are
written the user's way, and without one the English reads as before."""

import numpy as np
import pytest

from engine import datasets, i18n
from playground.core import plural
from playground.data import data_texts
from playground.data.data_panel import DataPanel


@pytest.fixture
def german():
    answers = {
        ("data_texts", "Circle"): "Kreis",
        ("data_texts", "My points"): "Meine Punkte",
        ("data_panel", "Noise: <b>{noise}</b>"): "Rauschen: <b>{noise}</b>",
        ("data_panel", "%n point(s) so far."): "bisher %n Punkt(e).",
    }
    i18n.set_translator(lambda c, t, d, n: answers.get((c, t), "").replace("%n", str(n)), "de")
    i18n.set_number_format(",", ".")
    yield
    i18n.set_translator(None)
    i18n.set_number_format(".", ",")


def test_the_tables_say_what_the_engine_says():
    for name, info in datasets.DATASETS.items():
        assert data_texts.TITLES[name] == info.title
        assert data_texts.DESCRIPTIONS[name] == info.description


def test_english_counts_read_as_before():
    assert plural.english("1 point(s) so far.", 1) == "1 point so far."
    assert plural.english("1000 point(s)", 1000) == "1,000 points"
    assert plural.english("bisher 3 Punkte.", 3) == "bisher 3 Punkte."


def test_a_translator_answers_the_panel(qtbot, german):
    panel = DataPanel()
    qtbot.addWidget(panel)
    assert panel.buttons["circle"].text() == "Kreis"
    assert panel.buttons["spiral"].text() == "Spiral"  # not translated: the English
    assert panel.own_buttons["classification"].text() == "Meine Punkte"
    assert panel.noise_label.text() == "Rauschen: <b>0</b>"
    panel.set_own_thumbnail("classification", np.zeros((2, 2)), np.zeros(2))
    assert "bisher 2 Punkt(e)." in panel.own_buttons["classification"].toolTip()
