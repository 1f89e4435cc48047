"""A project's hand-in part: who handed the work in, when, from which lesson, how far it
got (the final metrics), and a small picture of its decision boundary.

File › Hand in… writes it (playground.classroom.hand_in) and the class folder reads it
(playground.core.class_folder). A file's hand-in part comes from anyone, so it is read
like every other part of a project (playground.core.project_schema): each field is checked
(types, sizes, finite numbers, a thumbnail that really is a small PNG) and a bad one
raises a one-line :class:`ProjectError` naming it. Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
import re
import struct
from dataclasses import dataclass
from datetime import datetime, timezone

from engine.i18n import number, translate
from playground.core import render
from playground.core.markup import clean_text
from playground.core.project_checks import (
    bounded_text,
    fail,
    is_number,
    json_object,
    shown,
    whole_number,
)

MAX_STUDENT_NAME = 100  # characters
MAX_LESSON = 200  # characters of the lesson's title (a lesson's own limit)
MAX_TIME = 40  # characters of the time stamp
THUMBNAIL_SIZE = 128  # pixels of the picture File › Hand in… draws
MAX_THUMBNAIL_SIDE = 256  # pixels a file's picture may have on either side
MAX_THUMBNAIL_BYTES = 96 * 1024  # of the PNG (its base64 text is a third longer)
MAX_LOSS = 1e300
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FIGURES = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|\+00:00)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class HandIn:
    """A validated hand-in part; a figure is None where it does not apply (accuracy in
    regression, test figures without test points)."""

    name: str
    time: str  # UTC, ISO 8601: 2026-12-04T22:10:05Z
    lesson: str | None
    epoch: int
    train_loss: float | None
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    thumbnail: bytes  # a PNG

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "time": self.time,
            "lesson": self.lesson,
            "metrics": {"epoch": self.epoch, **{k: getattr(self, k) for k in FIGURES}},
            "thumbnail": base64.b64encode(self.thumbnail).decode("ascii"),
        }


def student_name(value: object, where: str = "handin.name") -> str:
    """A student's name: one line of 1 to MAX_STUDENT_NAME characters (the dialog's rule
    too). Raises ProjectError (a ValueError) naming ``where``."""
    text = clean_text(bounded_text(value, where, MAX_STUDENT_NAME)).strip()
    if not text:
        fail(where, translate("handin", "must not be empty"))
    if _CONTROL.search(text):
        fail(
            where,
            translate("handin", "must be one line without control characters; got {value}").format(
                value=shown(text)
            ),
        )
    return text


def hand_in_part(data: object, epoch: int, where: str = "handin") -> HandIn:
    """The hand-in part of a file whose network was trained ``epoch`` epochs."""
    required = ("name", "time", "metrics", "thumbnail")
    obj = json_object(data, where, required=required, optional=("lesson",))
    name = student_name(obj["name"], f"{where}.name")
    time = _utc_time(obj["time"], f"{where}.time")
    lesson = obj.get("lesson")
    if lesson is not None:
        lesson = clean_text(bounded_text(lesson, f"{where}.lesson", MAX_LESSON))
        if _CONTROL.search(lesson):
            fail(
                f"{where}.lesson",
                translate("handin", "must be one line; got {value}").format(value=shown(lesson)),
            )
    metrics = json_object(obj["metrics"], f"{where}.metrics", required=("epoch",), optional=FIGURES)
    said = whole_number(metrics["epoch"], f"{where}.metrics.epoch", 0, 10**9)
    if said != epoch:
        fail(
            f"{where}.metrics.epoch",
            translate(
                "handin", "says {said} epochs, but the network in the file was trained {epochs}"
            ).format(said=number(said, ","), epochs=number(epoch, ",")),
        )
    train_loss, test_loss, train_accuracy, test_accuracy = (
        _figure(metrics.get(k), f"{where}.metrics.{k}") for k in FIGURES
    )
    thumbnail = png_thumbnail(obj["thumbnail"], f"{where}.thumbnail")
    return HandIn(
        name, time, lesson, said, train_loss, test_loss, train_accuracy, test_accuracy, thumbnail
    )


def _utc_time(value: object, where: str) -> str:
    text = bounded_text(value, where, MAX_TIME)
    if not _TIME.fullmatch(text):
        fail(
            where,
            translate(
                "handin", "must be a UTC time such as 2026-12-04T22:10:05Z; got {value}"
            ).format(value=shown(text)),
        )
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        fail(
            where,
            translate("handin", "is not a real date and time; got {value}").format(
                value=shown(text)
            ),
        )
    return text


def _figure(value: object, where: str) -> float | None:
    if value is None:
        return None
    if not is_number(value) or not math.isfinite(value):
        fail(
            where,
            translate("handin", "must be a finite number or null; got {value}").format(
                value=shown(value)
            ),
        )
    value = float(value)
    high = 1.0 if where.endswith("accuracy") else MAX_LOSS
    if not 0.0 <= value <= high:
        fail(
            where,
            translate("handin", "must be from 0 to {high}; got {value}").format(
                high=number(high, "g"), value=shown(value)
            ),
        )
    return value


def png_thumbnail(value: object, where: str) -> bytes:
    """The PNG bytes of a base64 ``value``, checked: its size, its header's width and
    height (read before anything is decoded), and the whole picture decoded."""
    limit = (MAX_THUMBNAIL_BYTES + 2) // 3 * 4
    if not isinstance(value, str):
        fail(
            where,
            translate("handin", "must be a PNG picture as base64 text; got {value}").format(
                value=shown(value)
            ),
        )
    if len(value) > limit:
        fail(
            where,
            translate(
                "handin", "is {length} characters long; a thumbnail is at most {limit}"
            ).format(length=number(len(value), ","), limit=number(limit, ",")),
        )
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        fail(
            where,
            translate("handin", "is not base64 text; it starts {start}").format(
                start=shown(value, 24)
            ),
        )
    if not raw.startswith(PNG_SIGNATURE) or raw[12:16] != b"IHDR" or len(raw) < 33:
        fail(where, translate("handin", "is not a PNG picture"))
    width, height = struct.unpack(">II", raw[16:24])
    if not (1 <= width <= MAX_THUMBNAIL_SIDE and 1 <= height <= MAX_THUMBNAIL_SIDE):
        fail(
            where,
            translate("handin", "is {width}×{height} pixels; at most {limit} on each side").format(
                width=number(width, ","), height=number(height, ","), limit=MAX_THUMBNAIL_SIDE
            ),
        )
    from PIL import Image  # here: the window starts without Pillow

    try:
        with Image.open(io.BytesIO(raw), formats=["PNG"]) as image:
            image.load()
    except Exception:  # noqa: BLE001 (Pillow raises many kinds for a damaged picture)
        fail(where, translate("handin", "is a damaged PNG picture"))
    return raw


# ------------------------------------------------------------------- writing one
def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_hand_in(session, name: str, lesson: str | None, time: str) -> HandIn:
    """The hand-in part for ``session`` as it is now (call it where the session lives)."""
    trainer = session.trainer
    metrics = trainer.metrics()

    def figure(key: str) -> float | None:
        value = metrics[key]
        return None if value is None or not math.isfinite(value) else float(value)

    picture = render.boundary_image(trainer.network, session.data, THUMBNAIL_SIZE)
    return HandIn(
        student_name(name, "name"),
        time,
        lesson,
        int(trainer.epoch),
        figure("train_loss"),
        figure("test_loss"),
        figure("train_accuracy"),
        figure("test_accuracy"),
        render.png_bytes(picture),
    )


def with_hand_in(project: dict, handin: HandIn) -> dict:
    """``project`` (the data of playground.core.project_build) with its hand-in part."""
    return {**project, "handin": handin.to_dict()}


def suggested_file_name(lesson: str | None, work: str, student: str) -> str:
    """ "Lesson 3 - Ana Silva.nnplay": the lesson's title (else the work's name) and the
    student's, without the characters file systems refuse."""
    stem = f"{lesson or work} - {student}"
    stem = " ".join(_NOT_IN_FILE_NAMES.sub(" ", stem).split()).strip(" .") or "Hand-in"
    return f"{stem[:120]}.nnplay"
