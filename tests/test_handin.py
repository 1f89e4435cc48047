"""A project's hand-in part (no window): written and read back, forged or damaged parts
refused naming their field, a class folder read into rows and a grade book, and
``nn-playground class FOLDER --csv OUT.csv``."""

from __future__ import annotations

import base64
import csv
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from playground.app.cli import main
from playground.core import class_folder
from playground.core.class_folder import class_csv, list_folder, read_entry
from playground.core.handin import (
    THUMBNAIL_SIZE,
    make_hand_in,
    suggested_file_name,
    with_hand_in,
)
from playground.core.project import (
    Lesson,
    ProjectError,
    apply_project,
    dumps_project,
    load_project,
    project_from_session,
)
from playground.core.project_checks import MESSAGE_LIMIT
from playground.core.session import Session
from playground.core.settings import TrainingSettings

TIME = "2026-12-04T22:10:05Z"
LESSON = Lesson("Lesson 3: XOR", "<p>Train it.</p>", ("dataset",), ("optimizer",))


def hand_in_text(name: str = "Ana Silva", epochs: int = 3, seed: int = 1, **part) -> str:
    session = Session(TrainingSettings(dataset="xor", hidden=(3,), init_seed=seed))
    session.train_epochs(epochs)
    project = project_from_session(session, {"show_test": True}, LESSON)
    data = with_hand_in(project, make_hand_in(session, name, LESSON.title, TIME))
    data["handin"].update(part)
    return dumps_project(data)


@pytest.fixture(scope="module")
def good() -> str:
    return hand_in_text()


def test_a_hand_in_reads_back_with_its_name_time_lesson_metrics_picture_and_locks(good):
    project = load_project(good)
    h = project.handin
    assert (h.name, h.time, h.lesson, h.epoch) == ("Ana Silva", TIME, LESSON.title, 3)
    session = Session(project.settings)
    apply_project(session, project)
    metrics = session.trainer.metrics()
    assert h.train_loss == metrics["train_loss"] and h.test_accuracy == metrics["test_accuracy"]
    with Image.open(io.BytesIO(h.thumbnail)) as picture:
        assert picture.format == "PNG" and picture.size == (THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    assert project.lesson == LESSON  # the locks kept
    # What loads also saves and reopens, hand-in part and all.
    again = load_project(dumps_project(with_hand_in(project_from_session(session), h)))
    assert again.handin == h
    assert json.loads(good)["handin"] == h.to_dict()


def test_a_project_without_a_hand_in_part_still_opens_and_has_none():
    plain = dumps_project(project_from_session(Session(TrainingSettings(hidden=(2,)))))
    assert load_project(plain).handin is None


def _png(width: int, height: int) -> bytes:
    """A PNG whose header says ``width`` x ``height`` (and whose data is one empty row)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0"))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


FORGED = [
    ({"name": 5}, "handin.name: must be text"),
    ({"name": "   "}, "handin.name: must not be empty"),
    ({"name": "x" * 5000}, "handin.name: is 5,000 characters long"),
    ({"name": "Ana\nSilva"}, "handin.name: must be one line"),
    ({"time": "yesterday"}, "handin.time: must be a UTC time"),
    ({"time": "2026-13-45T22:10:05Z"}, "handin.time: is not a real date"),
    ({"time": "2026-12-04T22:10:05+02:00"}, "handin.time: must be a UTC time"),
    ({"lesson": ["a"]}, "handin.lesson: must be text"),
    ({"metrics": {"epoch": 3, "test_accuracy": 1.5}}, "handin.metrics.test_accuracy: must be"),
    ({"metrics": {"epoch": 3, "train_loss": "0.1"}}, "handin.metrics.train_loss: must be a"),
    ({"metrics": {"epoch": 3, "train_loss": -1}}, "handin.metrics.train_loss: must be from 0"),
    ({"metrics": {"epoch": 4}}, "handin.metrics.epoch: says 4 epochs"),
    ({"metrics": {"epoch": 3, "grade": 10}}, "handin.metrics: has unknown fields ['grade']"),
    ({"metrics": []}, "handin.metrics: must be a JSON object"),
    ({"thumbnail": 7}, "handin.thumbnail: must be a PNG picture as base64 text"),
    ({"thumbnail": "!!not base64!!"}, "handin.thumbnail: is not base64 text"),
    ({"thumbnail": _b64(b"GIF89a" + bytes(40))}, "handin.thumbnail: is not a PNG picture"),
    ({"thumbnail": _b64(_png(4000, 4000))}, "handin.thumbnail: is 4,000×4,000 pixels"),
    ({"thumbnail": _b64(_png(16, 16))}, "handin.thumbnail: is a damaged PNG picture"),
    ({"thumbnail": "A" * 200_000}, "handin.thumbnail: is 200,000 characters long"),
    ({"grade": "A+"}, "handin: has unknown fields ['grade']"),
]


@pytest.mark.parametrize(("change", "expected"), FORGED, ids=[e for _, e in FORGED])
def test_a_forged_or_damaged_hand_in_part_is_refused_naming_the_field(good, change, expected):
    data = json.loads(good)
    data["handin"].update(change)
    with pytest.raises(ProjectError) as refused:
        load_project(json.dumps(data))
    message = str(refused.value)
    assert message.startswith(expected)
    assert "\n" not in message and len(message) <= MESSAGE_LIMIT
    assert "x" * 100 not in message and "A" * 100 not in message  # a short excerpt at most


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"train_loss": 1e400', "handin.metrics.train_loss: must be a finite number"),
        ('"train_loss": NaN', "the file holds NaN"),
    ],
)
def test_metrics_that_are_not_finite_numbers_are_refused(good, text, expected):
    at = good.index('"train_loss":', good.index('"handin"'))
    end = good.index(",", at)
    with pytest.raises(ProjectError, match=expected):
        load_project(good[:at] + text + good[end:])


def test_a_ten_megabyte_name_is_refused_before_it_is_parsed(good):
    data = json.loads(good)
    data["handin"]["name"] = "x" * 10_000_000
    with pytest.raises(ProjectError) as refused:
        load_project(json.dumps(data).encode())
    message = str(refused.value)
    assert 'string of 10,000,000 characters (the value of "name")' in message
    assert len(message) <= MESSAGE_LIMIT


def test_the_suggested_file_name_has_the_lesson_and_the_student():
    assert suggested_file_name("Lesson 3", "Untitled", "Ana Silva") == "Lesson 3 - Ana Silva.nnplay"
    assert suggested_file_name(None, "spiral", "Bo") == "spiral - Bo.nnplay"
    assert suggested_file_name("A/B: C?", "w", "D*E") == "A B C - D E.nnplay"


# ------------------------------------------------------------------ the class folder
def class_folder_files(folder: Path) -> None:
    """Three hand-ins, a damaged one, a plain project and unrelated files."""
    (folder / "ana.nnplay").write_text(hand_in_text("Ana Silva", 4, 1), encoding="utf-8")
    (folder / "bo.nnplay").write_text(hand_in_text("Bo Chen", 0, 2), encoding="utf-8")
    (folder / "cy.nnplay").write_text(hand_in_text("=HYPERLINK(1)", 2, 3), encoding="utf-8")
    (folder / "broken.nnplay").write_text('{"format": "nn-playground-project", "versi')
    plain = dumps_project(project_from_session(Session(TrainingSettings(hidden=(2,)))))
    (folder / "plain.NNPLAY").write_text(plain, encoding="utf-8")
    for i in range(30):
        (folder / f"notes{i}.txt").write_text("not a project")
    (folder / "sub.nnplay").mkdir()  # a folder is no hand-in


def test_a_class_folder_lists_only_its_project_files_and_notes_the_damaged(tmp_path):
    class_folder_files(tmp_path)
    listing = list_folder(tmp_path)
    names = [p.name for p in listing.files]
    assert names == ["ana.nnplay", "bo.nnplay", "broken.nnplay", "cy.nnplay", "plain.NNPLAY"]
    entries = {e.path.name: e for e in map(read_entry, listing.files)}
    assert entries["ana.nnplay"].handin.name == "Ana Silva" and entries["ana.nnplay"].note == ""
    assert entries["broken.nnplay"].handin is None
    assert entries["broken.nnplay"].note.startswith("the file is not valid JSON")
    assert "not a hand-in" in entries["plain.NNPLAY"].note


def test_a_listing_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(class_folder, "MAX_FILES", 2)
    class_folder_files(tmp_path)
    listing = list_folder(tmp_path)
    assert len(listing.files) == 2 and listing.left_out == 3
    assert "3 more hand-ins left out" in listing.note
    monkeypatch.setattr(class_folder, "MAX_ENTRIES", 5)
    assert "only the first 5 names" in list_folder(tmp_path).note


def test_the_class_csv_has_a_row_per_file_and_writes_names_as_text(tmp_path):
    class_folder_files(tmp_path)
    entries = [read_entry(p) for p in list_folder(tmp_path).files]
    rows = list(csv.DictReader(io.StringIO(class_csv(entries))))
    ana = next(r for r in rows if r["file"] == "ana.nnplay")
    h = entries[0].handin
    assert ana["name"] == "Ana Silva" and ana["lesson"] == LESSON.title
    assert ana["epochs"] == "4" and ana["handed_in"] == TIME
    assert float(ana["test_accuracy"]) == pytest.approx(h.test_accuracy, abs=1e-6)
    assert float(ana["train_loss"]) == pytest.approx(h.train_loss, rel=1e-5)
    assert next(r for r in rows if r["file"] == "cy.nnplay")["name"] == "'=HYPERLINK(1)"
    broken = next(r for r in rows if r["file"] == "broken.nnplay")
    assert broken["epochs"] == "" and broken["note"].startswith("the file is not valid JSON")


def test_the_class_command_writes_the_grade_book(tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    class_folder_files(folder)
    out = tmp_path / "grades.csv"
    assert main(["class", str(folder), "--csv", str(out), "--sort", "test_accuracy"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 5
    accuracies = [float(r["test_accuracy"]) for r in rows if r["test_accuracy"]]
    assert len(accuracies) == 3 and accuracies == sorted(accuracies, reverse=True)
    assert rows[-1]["test_accuracy"] == ""  # files without a figure come last
    assert "3 hand-ins read, 2 other or damaged files noted" in capsys.readouterr().err
    assert main(["class", str(folder)]) == 0  # on stdout, by name
    printed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["name"] for r in printed][:3] == ["'=HYPERLINK(1)", "Ana Silva", "Bo Chen"]


def test_the_class_command_refuses_what_is_not_a_folder_in_one_line(tmp_path, capsys):
    assert main(["class", str(tmp_path / "missing")]) == 1
    assert capsys.readouterr().err.strip().endswith("missing is not a folder")
    assert main(["class", str(tmp_path), "--csv", str(tmp_path / "no" / "g.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["class", str(tmp_path), "--sort", "grade"])
    assert usage.value.code == 2
