"""The password on a lesson's locks in files: a salted PBKDF2 hash that round-trips, never
the password itself, and every malformed field refused with its name (no Qt here)."""

from __future__ import annotations

import hashlib
import json

import pytest

from playground.core import lock_password
from playground.core.lock_password import LockPassword
from playground.core.project import (
    FORMAT,
    VERSION,
    Lesson,
    ProjectError,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from tests.fuzzing import check_message, check_project

FAST = 1_000  # the lowest count a file may hold: tests hash quickly


def lesson_file(password: object) -> str:
    lesson = {"title": "Locked", "locked": ["dataset"], "lock_password": password}
    return json.dumps({"format": FORMAT, "version": VERSION, "lesson": lesson})


def test_the_hash_round_trips_and_only_the_right_password_matches():
    made = LockPassword.create("Ünïcode pass", FAST)
    assert made.matches("Ünïcode pass")
    assert made.matches("U\u0308nïcode pass")  # the same text, decomposed (NFC both)
    for wrong in ("ünïcode pass", "Ünïcode pass ", "", "x" * 5000):
        assert not made.matches(wrong)
    data = made.to_dict()
    assert data["kdf"] == "pbkdf2-sha256" and data["iterations"] == FAST
    assert len(data["salt"]) == 32 and len(data["hash"]) == 64
    expected = hashlib.pbkdf2_hmac(
        "sha256", "Ünïcode pass".encode(), bytes.fromhex(data["salt"]), FAST
    )
    assert data["hash"] == expected.hex()  # PBKDF2-HMAC-SHA256, as the file says
    assert LockPassword.from_dict(data) == made
    # A new salt each time: the same password never hashes the same twice.
    assert LockPassword.create("Ünïcode pass", FAST).salt != made.salt


def test_the_teachers_count_is_the_default_and_the_comparison_constant_time(monkeypatch):
    made = LockPassword.create("pw")
    assert made.iterations == lock_password.ITERATIONS == 200_000
    compared = []
    real = lock_password.hmac.compare_digest
    monkeypatch.setattr(
        lock_password.hmac, "compare_digest", lambda a, b: compared.append(1) or real(a, b)
    )
    assert made.matches("pw") and not made.matches("pW") and len(compared) == 2


@pytest.mark.parametrize("password", ["", "x" * 201])
def test_an_empty_or_endless_password_is_refused(password):
    with pytest.raises(ValueError, match="password"):
        LockPassword.create(password, FAST)


def test_a_lesson_saves_the_hash_never_the_password_and_reopens_with_it():
    secret = "correct horse battery staple"
    password = LockPassword.create(secret, FAST)
    lesson = Lesson("Locked", "<p>Try.</p>", ("optimizer",), ("dataset",), password)
    session = Session(TrainingSettings(dataset="xor", hidden=(2,)))
    text = dumps_project(project_from_session(session, {}, lesson))
    assert secret not in text and password.hash in text
    again = load_project(text)
    assert again.lesson == lesson and again.lesson.lock_password.matches(secret)
    assert check_project(text) == "accepted"  # opens, saves and reopens the same
    # Without a password the lesson part is as before: no new key in old-style files.
    plain = dumps_project(project_from_session(session, {}, Lesson("Free", "", (), ())))
    assert "lock_password" not in plain
    assert load_project(lesson_file(None)).lesson.lock_password is None


GOOD = LockPassword.create("pw", FAST).to_dict()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kdf": "md5"}, "lesson.lock_password.kdf"),
        ({"kdf": None}, "lesson.lock_password.kdf"),
        ({"iterations": 999}, "lesson.lock_password.iterations"),
        ({"iterations": 1_000_001}, "lesson.lock_password.iterations"),
        ({"iterations": 10**12}, "lesson.lock_password.iterations"),
        ({"iterations": 200000.0}, "lesson.lock_password.iterations"),
        ({"iterations": True}, "lesson.lock_password.iterations"),
        ({"salt": "zz" * 16}, "lesson.lock_password.salt"),
        ({"salt": "ab" * 15}, "lesson.lock_password.salt"),
        ({"salt": "AB" * 16}, "lesson.lock_password.salt"),
        ({"salt": " " + "ab" * 16}, "lesson.lock_password.salt"),
        ({"salt": 12}, "lesson.lock_password.salt"),
        ({"hash": "ab" * 31}, "lesson.lock_password.hash"),
        ({"hash": "ab" * 33}, "lesson.lock_password.hash"),
        ({"hash": ["ab"]}, "lesson.lock_password.hash"),
        ({"password": "pw"}, "lesson.lock_password"),  # unknown field: no plain passwords
    ],
)
def test_a_bad_password_field_is_refused_with_its_name(change, field):
    with pytest.raises(ProjectError) as error:
        load_project(lesson_file({**GOOD, **change}))
    message = str(error.value)
    assert message.startswith(f"{field}:"), message
    check_message(message)


@pytest.mark.parametrize("value", ["hunter2", 1, [], {}, True])
def test_a_password_part_that_is_no_object_or_misses_fields_is_refused(value):
    with pytest.raises(ProjectError, match=r"^lesson\.lock_password"):
        load_project(lesson_file(value))
    for missing in GOOD:
        part = {k: v for k, v in GOOD.items() if k != missing}
        with pytest.raises(ProjectError, match=f"lesson.lock_password: is missing {missing}"):
            load_project(lesson_file(part))
