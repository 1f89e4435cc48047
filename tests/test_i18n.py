"""Languages without a window: choosing one, numbers the user's way, lessons per language,
files that stay locale-independent, and the pseudo-language's rules."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from engine import i18n
from playground.core.project_schema import Lesson

ROOT = Path(__file__).resolve().parent.parent


def load_translations_tool():
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def numbers_reset():
    yield
    i18n.set_translator(None, "en")
    i18n.set_number_format(".", ",", "-", "")


def test_numbers_are_written_and_read_the_users_way(numbers_reset) -> None:
    assert i18n.number(0.03, ".2f") == "0.03"  # no language installed: Python's own
    i18n.set_number_format(",", ".", "-", "")
    assert i18n.number(0.03, ".2f") == "0,03"
    assert i18n.number(-1234.5, ",.1f") == "-1.234,5"
    assert i18n.parse_number("0,03") == 0.03
    assert i18n.parse_number("0.03") == 0.03  # the file way still reads
    assert i18n.parse_number("1.234,5") == 1234.5
    # Eastern Arabic digits, the Arabic decimal separator and a marked minus sign.
    i18n.set_number_format("٫", "٬", "\u061c-", "٠١٢٣٤٥٦٧٨٩")
    assert i18n.number(-0.25, ".2f") == "\u061c-٠٫٢٥"
    assert i18n.parse_number("\u061c-٠٫٢٥") == -0.25
    assert i18n.parse_number("0.5") == 0.5
    with pytest.raises(ValueError):
        i18n.parse_number("zero")


def test_translate_falls_back_to_the_source_and_fills_plurals(numbers_reset) -> None:
    assert i18n.translate("ctx", "Play") == "Play"
    assert i18n.translate("ctx", "%n point(s)", None, 3) == "3 point(s)"
    i18n.set_translator(lambda c, t, d, n: "Abspielen" if t == "Play" else "", "de")
    assert i18n.translate("ctx", "Play") == "Abspielen"
    assert i18n.translate("ctx", "Pause") == "Pause"  # no entry: English, never empty
    assert i18n.language() == "de"


LESSON = {
    "title": {"en": "1. A line", "de": "1. Eine Linie", "ar": "١. خط"},
    "instructions": {"en": "<p>Press <b>Play</b>.</p>", "de": "<p>Drücke <b>Start</b>.</p>"},
    "hidden": [],
    "locked": ["dataset"],
}


def test_a_lesson_shows_the_apps_language_and_saves_them_all(numbers_reset) -> None:
    english = Lesson.from_dict(LESSON)
    assert english.title == "1. A line"
    i18n.set_translator(None, "de")
    german = Lesson.from_dict(LESSON)
    assert (german.title, german.instructions) == ("1. Eine Linie", "<p>Drücke <b>Start</b>.</p>")
    assert german.to_dict() == LESSON  # every language goes back into the file
    # A teacher's edit in German keeps the other languages.
    edited = german.rewritten("1. Die Linie", "<p>Neu.</p>").to_dict()
    assert edited["title"] == {"en": "1. A line", "de": "1. Die Linie", "ar": "١. خط"}
    assert edited["instructions"]["en"] == LESSON["instructions"]["en"]
    # Arabic has a title but no instructions: the instructions fall back to English.
    i18n.set_translator(None, "ar")
    arabic = Lesson.from_dict(LESSON)
    assert (arabic.title, arabic.instructions) == ("١. خط", "<p>Press <b>Play</b>.</p>")
    i18n.set_translator(None, "fr")  # no French at all: English
    assert Lesson.from_dict(LESSON).title == "1. A line"


def test_a_one_language_lesson_file_is_unchanged() -> None:
    plain = {"title": "Mine", "instructions": "<p>x</p>", "hidden": [], "locked": []}
    assert Lesson.from_dict(plain).to_dict() == plain


@pytest.mark.parametrize(
    ("title", "says"),
    [
        ({"en-GB": "x"}, "is not a language code"),
        ({}, "has no text in any language"),
        ({"de": "  "}, "lesson.title.de: must not be empty"),
        ({"de": 5}, "lesson.title.de: must be text"),
        (7, "must be text or texts by language code"),
        ({f"l{i:02d}"[:3]: "x" for i in range(40)}, "at most 32"),
    ],
)
def test_bad_lesson_texts_are_refused_naming_the_field(title, says) -> None:
    from playground.core.project_checks import ProjectError

    with pytest.raises(ProjectError, match=says):
        Lesson.from_dict({"title": title})


def test_a_project_saved_under_one_locale_opens_under_another(tmp_path, numbers_reset) -> None:
    from playground.core.project import load_project, project_from_session
    from playground.core.session import Session
    from playground.core.settings import TrainingSettings
    from playground.projects.saving import save_project

    session = Session(TrainingSettings(learning_rate=0.03, noise=0.25))
    session.train_epochs(2)
    i18n.set_translator(None, "de")
    i18n.set_number_format(",", ".", "-", "")
    path = tmp_path / "deutsch.nnplay"
    save_project(path, project_from_session(session, {}, None))
    text = path.read_text(encoding="utf-8")
    assert '"learning_rate": 0.03' in text and "0,03" not in text
    i18n.set_translator(None, "ar")
    i18n.set_number_format("٫", "٬", "\u061c-", "٠١٢٣٤٥٦٧٨٩")
    project = load_project(path)
    assert project.settings.learning_rate == 0.03 and project.settings.noise == 0.25
    assert project.epoch == session.trainer.epoch == 2
    live = session.trainer.network.params
    for saved, now in zip(project.network.params, live, strict=True):
        for a, b in zip(saved, now, strict=True):  # the same numbers, whatever the locale
            assert np.array_equal(np.float64(a), np.float64(b))
    assert json.loads(text)["settings"] == json.loads(path.read_text(encoding="utf-8"))["settings"]


def test_the_pseudo_language_brackets_lengthens_and_keeps_placeholders() -> None:
    tool = load_translations_tool()
    text = "Learning rate {rate} at <b>epoch</b> %n &amp; more"
    pseudo = tool.pseudo_text(text)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    for kept in ("{rate}", "<b>", "</b>", "%n", "&amp;"):
        assert kept in pseudo
    letters = sum(ch.isalpha() for ch in "Learning rate at epoch more")
    assert pseudo.count("~") >= 0.4 * letters
    assert "Léárníng" in pseudo or "Lé" in pseudo


def test_the_check_finds_lost_placeholders_and_unfinished_entries(tmp_path) -> None:
    tool = load_translations_tool()
    ts = tmp_path / "nn-playground_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">
<context><name>c</name>
<message><source>Rate {rate}</source><translation>Rate</translation></message>
<message><source>Play</source><translation type="unfinished"></translation></message>
<message><source>&lt;b&gt;Noise&lt;/b&gt;</source><translation>Rauschen</translation></message>
<message><source>Stop</source><translation>Stopp</translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    found = "\n".join(tool.problems(ts))
    assert "placeholders ['{rate}'] became []" in found
    assert "'Play': no finished translation" in found
    assert "markup tags differ" in found
    assert "Stop" not in found
