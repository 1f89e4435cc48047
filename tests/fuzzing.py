"""Damaged and hostile files, made from good ones, and what must hold for each.

Shared by the fuzzing tests (tests/test_fuzz_files.py, a fixed budget) and the longer run
(benchmarks/fuzz_files.py). Every file goes through the open path the window and the
CLI use (:func:`playground.core.project.load_project`), and then:

* refused: a :class:`ProjectError` (or :class:`CsvError`) of one line, at most
  MESSAGE_LIMIT characters, repeating at most QUOTE_LIMIT characters of a bad value;
* accepted: it opens in a session, saves, and reopens as the same project.
Anything else (another exception) is a failure.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import numpy as np

from playground.core import comparison, csv_io
from playground.core.controls import CONTROLS
from playground.core.csv_io import CsvError
from playground.core.handin import make_hand_in, with_hand_in
from playground.core.lessons import LESSONS_DIR
from playground.core.lock_password import MIN_ITERATIONS, LockPassword
from playground.core.points import fit_to_view, outside_view
from playground.core.project import (
    Lesson,
    ProjectError,
    apply_project,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.project_checks import MESSAGE_LIMIT, QUOTE_LIMIT
from playground.core.session import Session
from playground.core.settings import TrainingSettings

HOSTILE_MARKUP = (
    "<ul><li>" * 5000,
    "<div>" * 20000,
    "<b>" * 60000,
    "<p>hi</p><img src='/dev/zero'>",
    "<link rel=stylesheet href='/etc/passwd'><p style='background:url(/dev/zero)'>x</p>",
    "<img src='data:image/png;base64,AAAA'>",
    "<table><tr><td>" * 30,
    "<p>" + "x" * 60_000 + "</p>",
    "<script>alert(1)</script><a href='file:///etc/passwd'>x</a>",
)
POOL = (
    None,
    True,
    False,
    0,
    -1,
    1,
    0.5,
    -0.0,
    1e308,
    5e-324,
    2**31,
    2**63,
    10**30,
    3_000_000_000,
    "",
    "x",
    "tanh",
    "\ud83d",
    "\x00",
    [],
    {},
    [[0.0, 0.0]] * 300,
    [1, 2, 3],
    {"a": 1},
)
BIG = "@@BIG@@"  # stands for a value json.dumps cannot write (5,000 digits)


def seeds() -> list[str]:
    """Good project texts to damage: every bundled lesson, and projects the app writes
    (trained, with own points and a fit, regression, Compare on, a lesson with an image, a
    lesson whose locks have a password)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(LESSONS_DIR.glob("*.nnplay"))]
    trained = Session(TrainingSettings(dataset="xor", hidden=(4, 2), data_seed=3))
    trained.train_epochs(3)
    texts.append(dumps_project(project_from_session(trained, {"show_test": True})))
    own = Session(TrainingSettings(data_source="painted", hidden=(3,)))
    rng = np.random.default_rng(4)
    X = rng.uniform(100, 101, (40, 2))
    fit = fit_to_view(X)
    own.import_points("classification", fit.apply(X), rng.integers(0, 3, 40), fit)
    texts.append(dumps_project(project_from_session(own)))
    regression = Session(TrainingSettings(problem="regression", dataset="plane", hidden=(2,)))
    texts.append(dumps_project(project_from_session(regression)))
    race = Session(TrainingSettings(hidden=(2,)))
    comparison.start(race, [{"optimizer": "sgd"}, {"optimizer": "adam"}])
    lesson = Lesson("T", "<p>a <b>b</b></p>", ("optimizer",), ("dataset",))
    texts.append(dumps_project(project_from_session(race, {}, lesson)))
    locked = Lesson("P", "", (), ("dataset",), LockPassword.create("pw", MIN_ITERATIONS))
    texts.append(dumps_project(project_from_session(regression, {}, locked)))
    # A lesson in several languages: each text is checked as a one-language one is.
    multilingual = Lesson(
        "T",
        "<p>a</p>",
        titles=(("en", "T"), ("de", "Ü"), ("ar", "د")),
        bodies=(("en", "<p>a</p>"), ("de", "<p><b>ä</b></p>"), ("ar", "<p>ب</p>")),
    )
    texts.append(dumps_project(project_from_session(race, {}, multilingual)))
    handed_in = project_from_session(trained, {}, lesson)
    part = make_hand_in(trained, "Ana Silva", lesson.title, "2026-12-04T22:10:05Z")
    texts.append(dumps_project(with_hand_in(handed_in, part)))
    return texts


HAND_IN_VALUES = (
    "x" * 101,
    "a\nb",
    "2026-02-30T10:00:00Z",
    "iVBORw0KGgo=",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==",
    {"epoch": 3},
    -1e-300,
    1.0000001,
)


def mutate_hand_in(rng: random.Random, text: str) -> bytes:
    """A project with a hand-in part whose part only is damaged or forged."""
    data = json.loads(text)
    paths = [("handin", *p) for p in _paths(data["handin"]) if p]
    value = rng.choice(POOL + HAND_IN_VALUES)
    out = json.dumps(_replace(data, rng.choice(paths), value))
    return out.encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------- mutations
def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for key, sub in value.items():
            out += _paths(sub, (*prefix, key))
    elif isinstance(value, list):
        for i, sub in enumerate(value[:3]):
            out += _paths(sub, (*prefix, i))
    return out


def _replace(data: object, path: tuple, value: object) -> object:
    if not path:
        return value
    node = data
    for key in path[:-1]:
        node = node[key]  # type: ignore[index]
    node[path[-1]] = value  # type: ignore[index]
    return data


def _swap(rng: random.Random, text: str, value: object) -> str:
    data = json.loads(text)
    paths = _paths(data)
    return json.dumps(_replace(data, rng.choice(paths[1:] or paths), value))


def mutate(rng: random.Random, text: str) -> bytes:
    """One damaged or hostile version of project ``text``, as the bytes of a file."""
    kind = rng.choice(
        ("truncate", "swap", "huge", "deep", "markup", "encoding", "flip", "number", "drop")
    )
    if kind == "truncate":
        return text[: rng.randrange(len(text))].encode("utf-8")
    if kind == "swap":
        return _swap(rng, text, rng.choice(POOL)).encode("utf-8", "surrogatepass")
    if kind == "huge":
        value = rng.choice(
            ("x" * rng.choice((100, 10_000, 300_000)), [0] * 200_000, BIG, [[0.0, 0.0]] * 50_000)
        )
        out = _swap(rng, text, value).replace(f'"{BIG}"', "7" * 5000)
        return out.encode("utf-8")
    if kind == "deep":
        depth = rng.choice((10, 33, 1000, 100_000))
        return _swap(rng, text, BIG).replace(f'"{BIG}"', "[" * depth + "]" * depth).encode()
    if kind == "markup":
        data = json.loads(text)
        data["lesson"] = {"title": "t", "instructions": rng.choice(HOSTILE_MARKUP)}
        return json.dumps(data).encode("utf-8")
    if kind == "encoding":
        choice = rng.randrange(4)
        if choice == 0:
            return text.encode("utf-16")
        if choice == 1:
            at = rng.randrange(len(text))
            return text[:at].encode() + b"\xff\xc3" + text[at:].encode()
        if choice == 2:
            return re.sub(r'"title": "', '"title": "\\\\ud83d', text, count=1).encode()
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if kind == "flip":
        raw = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    if kind == "number":
        numbers = list(re.finditer(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", text))
        if not numbers:
            return text.encode()
        hit = rng.choice(numbers)
        value = rng.choice(("1e309", "-1e400", "NaN", "Infinity", "9" * 400, "2147483648", "-0"))
        return (text[: hit.start()] + value + text[hit.end() :]).encode()
    data = json.loads(text)  # drop: a part or a field goes missing
    paths = [p for p in _paths(data) if p]
    path = rng.choice(paths)
    node = data
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return json.dumps(data).encode("utf-8")


# --------------------------------------------------------------------- the checks
def check_message(message: str) -> None:
    assert message and "\n" not in message, repr(message[:200])
    assert len(message) <= MESSAGE_LIMIT, message[:200]
    runs = re.finditer(r"(.)\1*", message)  # a bad value repeated is a run of one character
    longest = max((len(m.group(0)) for m in runs), default=0)
    assert longest <= QUOTE_LIMIT + 2, message


INT32 = 2**31 - 1


def fits_the_window(project) -> None:
    """Every number the window shows in a 32-bit widget fits it (the spin boxes' own
    ranges for the stop settings, the rewind slider and loss chart for epochs)."""
    for control in CONTROLS:
        if control.count_max:
            assert 0 <= getattr(project.settings, control.name) <= control.count_max
    assert 0 <= project.epoch <= INT32
    if project.history is not None:
        epochs = project.history.arrays()["epoch"]
        assert len(epochs) == 0 or 0 <= float(np.max(epochs)) <= INT32


def reopens_the_same(project) -> None:
    """Open ``project``, save it, reopen the file: the same project, saved the same."""
    fits_the_window(project)
    session = Session()
    apply_project(session, project)
    text = dumps_project(project_from_session(session, project.view, project.lesson))
    again = load_project(text.encode("utf-8"))  # also: it encodes as UTF-8
    other = Session()
    apply_project(other, again)
    assert dumps_project(project_from_session(other, again.view, again.lesson)) == text
    if project.handin is not None:  # the hand-in part saves and reopens the same too
        saved = with_hand_in(project_from_session(other, again.view, again.lesson), project.handin)
        assert load_project(dumps_project(saved)).handin == project.handin


def check_project(raw: bytes | str) -> str:
    """'accepted' or 'refused'; raises on anything else."""
    try:
        project = load_project(raw)
    except ProjectError as exc:
        check_message(str(exc))
        return "refused"
    reopens_the_same(project)
    return "accepted"


def csv_text(rng: random.Random) -> bytes:
    """A CSV file: good, odd (tiny spreads, huge coordinates, many classes) or damaged."""
    n = rng.choice((1, 2, 3, 10, 200))
    scale = rng.choice((1e-12, 1e-9, 1e-6, 1.0, 6.0, 1e3, 1e9, 1e12, 2e12))
    centre = rng.choice((0.0, 100.0, -1e11, 1e12))
    task = rng.choice(("label", "value", None))
    labels = rng.choice(((0, 1), (-1, 1), tuple(range(8)), tuple(range(9))))
    reach = rng.choice((1.0, 1e6, 2e6))
    lines = [] if task is None else [rng.choice(("x1,x2,", "x,y,")) + task]
    for _ in range(n):
        x1 = centre + rng.uniform(-scale, scale)
        x2 = centre + rng.uniform(-scale, scale)
        target = rng.choice(labels) if task != "value" else rng.uniform(-reach, reach)
        lines.append(f"{x1!r},{x2!r},{target!r}")
    text = "\n".join(lines) + "\n"
    damage = rng.randrange(8)  # 4 to 7: left whole
    if damage == 0:
        text = text[: rng.randrange(len(text) + 1)]
    elif damage == 1:
        at = rng.randrange(len(text) + 1)
        text = (
            text[:at] + rng.choice(("nan", ";", "\x00", '"', "1e999", ",,", "\n#x\n")) + text[at:]
        )
    raw = text.encode("utf-8")
    if damage == 2 and raw:
        raw = raw[: len(raw) // 2] + b"\xff" + raw[len(raw) // 2 :]
    if damage == 3:
        raw = text.encode("utf-16")
    return raw


def check_csv(raw: bytes) -> str:
    """Import as the window does (fitted into the view when outside it), save, reopen."""
    try:
        data = csv_io.parse_csv(raw)
    except CsvError as exc:
        check_message(str(exc))
        return "refused"
    X, fit = data.X, None
    if outside_view(X):
        fit = fit_to_view(X)
        X = fit.apply(X)
    session = Session(TrainingSettings(data_source="painted", hidden=(2,)))
    session.import_points(data.task, X, data.y, fit)
    text = dumps_project(project_from_session(session))
    project = load_project(text.encode("utf-8"))
    assert project.fit == fit
    shown = np.concatenate([project.data.X_train, project.data.X_test])
    assert sorted(map(tuple, shown.tolist())) == sorted(map(tuple, X.tolist()))
    reopens_the_same(project)
    return "accepted"


def seed_files(folder: Path) -> list[Path]:
    """The seeds written out, for a command-line run over files."""
    out = []
    for i, text in enumerate(seeds()):
        path = folder / f"seed{i:02d}.nnplay"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out
