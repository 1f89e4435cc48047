"""Every bundled lesson opens, keeps what its teacher chose, and trains."""

from __future__ import annotations

import json
import math

import pytest

from playground.core.lessons import LESSONS_DIR, bundled_lessons
from playground.core.project import CONTROL_NAMES, apply_project, load_project
from playground.core.session import Session

FILES = sorted(LESSONS_DIR.glob("*.nnplay"))


def test_there_are_at_least_eight_lessons_with_titles_and_instructions():
    lessons = bundled_lessons()
    assert len(FILES) >= 8 and len(lessons) == len(FILES)
    titles = [b.title for b in lessons]
    assert len(set(titles)) == len(titles)
    for b in lessons:
        assert "<h4>Question</h4>" in b.lesson.instructions
        assert set(b.lesson.hidden) <= set(CONTROL_NAMES) and set(b.lesson.locked) <= set(
            CONTROL_NAMES
        )


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_lesson_opens_and_trains_20_epochs(path):
    project = load_project(path)
    session = Session()
    apply_project(session, project)
    assert session.settings == project.settings
    start = session.trainer.epoch
    session.train_epochs(20)
    assert session.trainer.epoch == start + 20 and not session.trainer.diverged
    assert math.isfinite(session.trainer.metrics()["train_loss"])


def test_painted_and_hand_made_lessons_keep_their_points():
    smiley = load_project(LESSONS_DIR / "08-many-classes.nnplay")
    assert smiley.data is not None and smiley.data.classes == 3
    by_hand = load_project(LESSONS_DIR / "10-backprop-by-hand.nnplay")
    assert by_hand.data is not None and by_hand.data.X_train.tolist() == [[2.0, 1.0]]
    assert by_hand.network.params[0][0].tolist() == [[0.5, -0.5], [0.25, 0.75]]


def test_make_lessons_rebuilds_identical_files(tmp_path):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("make_lessons", LESSONS_DIR / "make_lessons.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_lessons"] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["make_lessons"]
    # Without the claims, which tests/test_lesson_claims.py checks (the script checks them
    # before it writes the lessons).
    for path in module.build(tmp_path, check=False):
        # Equal up to the last bit of a sine, which may differ between CPUs.
        assert same(
            json.loads(path.read_text()), json.loads((LESSONS_DIR / path.name).read_text())
        ), path.name


def same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return (
            isinstance(a, (int, float))
            and isinstance(b, (int, float))
            and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
        )
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b
