"""Every bundled lesson tells the truth: each claim in resources/lessons/claims.py holds
when its lesson's own steps are followed from the file as it ships, on the session the
window's worker owns, for every weight seed it names (or as many as it says: "usually").

About 45 s of training in all; claims on the same steps share one run per seed.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

from playground.core.lessons import bundled_lessons

LESSONS = Path(__file__).resolve().parent.parent / "resources" / "lessons"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, LESSONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


runner = _load("claim_runner")
CLAIMS = runner.CLAIMS


@pytest.mark.parametrize("claim", CLAIMS, ids=[f"{c.lesson}-{i}" for i, c in enumerate(CLAIMS)])
def test_the_lesson_claim_holds_over_its_seeds(claim):
    ok, lines = runner.check_claim(claim)
    assert ok, f"lesson {claim.lesson}: {claim.says}\n" + "\n".join(lines)


def test_every_lesson_but_the_by_hand_one_has_claims_over_at_least_five_seeds():
    with_claims = {c.lesson for c in CLAIMS if len(c.seeds) >= 5}
    numbers = {b.path.name[:2] for b in bundled_lessons()}
    assert numbers - with_claims == {"10"}  # one network, made by hand: its numbers are exact
    assert {c.lesson for c in CLAIMS} == numbers


def test_a_claim_that_does_not_hold_fails():
    """The runner can say no: the old lesson 4's promise (3 layers of 8 pass 90 % training
    accuracy by epoch 300, grown with + and no Reset) fails for some seed."""
    old = runner.Claim(
        "04",
        "3 layers of 8 pass 90 % at epoch 300",
        (("play", 300), *sys.modules["claims"].GROW_8_8_8, ("play", 300), ("note", "deep")),
        (("deep.train_accuracy", ">", 0.9),),
    )
    ok, lines = runner.check_claim(old)
    assert not ok and any("FAIL" in line for line in lines)


def test_play_until_notes_the_epoch_or_never():
    claim = runner.Claim(
        "01",
        "",
        (
            ("play_until", 50, "test_accuracy", ">=", 0.99),
            ("note", "a"),
            ("play_until", 5, "test_loss", "<", 0.0),
            ("note", "b"),
        ),
        (),
    )
    notes = runner.run(claim, 0)
    assert 0 < notes["a"]["reached"] <= 50 and notes["a"]["test_accuracy"] >= 0.99
    assert notes["b"]["reached"] == math.inf and notes["b"]["epoch"] == notes["a"]["epoch"] + 5
