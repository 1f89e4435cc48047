"""Fuzzing the open path with a fixed budget (issue 21): damaged and hostile versions of
the bundled lessons and of projects the app writes, random JSON and random CSVs. Each is
refused with a short one-line message, or opens, saves and reopens as the same project.

The budget is fixed (derandomized Hypothesis, a fixed number of examples, seeded
mutations), so a run is the same on every machine; benchmarks/fuzz_files.py runs the
same checks over 10,000 files of each kind."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import fuzzing

BUDGET = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SEEDS = fuzzing.seeds()
MUTATIONS = 150


@pytest.mark.parametrize("chunk", range(3))
def test_damaged_lessons_and_projects_are_refused_clearly_or_reopen_the_same(chunk):
    rng = random.Random(2100 + chunk)
    outcomes = {"accepted": 0, "refused": 0}
    for i in range(MUTATIONS // 3):
        raw = fuzzing.mutate(rng, SEEDS[(i + chunk) % len(SEEDS)])
        outcomes[fuzzing.check_project(raw)] += 1
    assert outcomes["refused"] > 0 and outcomes["accepted"] > 0  # both paths were exercised


def test_damaged_hand_in_parts_are_refused_clearly_or_reopen_the_same():
    rng = random.Random(2190)
    seed = next(text for text in SEEDS if '"handin"' in text)
    outcomes = {"accepted": 0, "refused": 0}
    for _ in range(60):
        outcomes[fuzzing.check_project(fuzzing.mutate_hand_in(rng, seed))] += 1
    assert outcomes["refused"] > 0 and outcomes["accepted"] > 0  # both paths were exercised


def test_every_seed_is_accepted_and_reopens_the_same():
    for text in SEEDS:
        assert fuzzing.check_project(text.encode("utf-8")) == "accepted"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)
PARTS = ("settings", "data", "network", "training", "history", "view", "lesson", "compare")


@BUDGET
@given(st.dictionaries(st.sampled_from(PARTS), json_values, max_size=4))
def test_random_parts_are_refused_clearly_or_reopen_the_same(parts):
    text = json.dumps({"format": "nn-playground-project", "version": 1, **parts})
    fuzzing.check_project(text.encode("utf-8", "surrogatepass"))


settings_values = st.fixed_dictionaries(
    {},
    optional={
        "stop_at_epoch": st.integers(min_value=-1, max_value=2**40),
        "patience": st.integers(min_value=-1, max_value=2**40),
        "data_seed": st.integers(min_value=0, max_value=2**70),
        "optimizer": st.sampled_from(["sgd", "adam", "x" * 200]),
        "hidden": st.lists(st.integers(min_value=0, max_value=70), max_size=11),
    },
)


@BUDGET
@given(
    settings_values,
    st.integers(min_value=0, max_value=2**40),
    st.text(max_size=20),
)
def test_edge_values_are_refused_or_reopen_the_same(values, epoch, title):
    text = json.dumps(
        {
            "format": "nn-playground-project",
            "version": 1,
            "settings": values,
            "training": {"epoch": epoch},
            "lesson": {"title": title or "t"},
        }
    )
    fuzzing.check_project(text.encode("utf-8", "surrogatepass"))


@settings(BUDGET, max_examples=150)
@given(st.randoms(use_true_random=False))
def test_csv_imports_are_refused_clearly_or_save_and_reopen(rng):
    fuzzing.check_csv(fuzzing.csv_text(rng))


@BUDGET
@given(
    st.floats(min_value=-1e12, max_value=1e12),
    st.integers(min_value=-13, max_value=12),
    st.lists(
        st.tuples(
            st.floats(min_value=-1, max_value=1),
            st.floats(min_value=-1, max_value=1),
            st.integers(min_value=0, max_value=7),
        ),
        min_size=1,
        max_size=30,
    ),
)
def test_every_accepted_csv_of_points_saves_and_reopens(centre, exponent, rows):
    spread = 10.0**exponent  # down to the two points 1e-12 apart
    text = "x1,x2,label\n" + "".join(
        f"{centre + a * spread!r},{centre + b * spread!r},{c}\n" for a, b, c in rows
    )
    assert fuzzing.check_csv(text.encode()) in ("accepted", "refused")
