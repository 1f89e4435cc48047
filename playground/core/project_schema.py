"""Project files (``.nnplay``): what one holds, and reading one back.

A project holds every setting (with both seeds), the data (the generator settings, and
the points themselves when they were not generated), the network with its masks, weights
and biases, the epoch and step counters, the loss history, the view options, Compare's
lanes while it is on, and for a lesson its title, instructions and hidden or locked
controls (with, optionally, the salted hash of a password on the locks:
playground.core.lock_password). A minimal hand-written lesson needs only ``format``, ``version`` and
``settings``; every other part then starts fresh, as a new session would.

Loading never unpickles. :func:`load_project` checks everything (JSON syntax, the format
name and version, then each part in playground.core.project_parts: every type, range and
array shape against the topology, finite numbers, sizes) before anything changes, and
every problem raises :class:`ProjectError` with one line naming the field. Nothing here
imports Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from engine import LossHistory, Network
from engine.i18n import language, number, translate
from playground.core.bounded_json import JsonLimit, loads_bounded
from playground.core.handin import HandIn, hand_in_part
from playground.core.lesson_texts import per_language, pick, stored
from playground.core.lock_password import LockPassword
from playground.core.markup import MarkupError, clean_text, sanitise
from playground.core.points import Fit, PointSet
from playground.core.project_checks import (
    ProjectError,
    bounded_text,
    fail,
    is_int,
    json_object,
    json_type,
    one_line,
    shown,
    shown_names,
    whole_number,
)
from playground.core.project_format import FORMAT, VERSION
from playground.core.project_parts import (
    MAX_COUNTER,
    MAX_EPOCH,
    compare_part,
    data_part,
    generated_classes,
    history_part,
    network_part,
    own_points_part,
    settings_part,
)
from playground.core.project_view import check_view, control_list
from playground.core.settings import TrainingSettings
from playground.core.snapshot import DataSnapshot

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT = 200_000  # characters of lesson instructions
MAX_TITLE = 200
MAX_APP_NAME = 200  # characters of the "app" that wrote the file
TOP_LEVEL_KEYS = (
    "format",
    "version",
    "app",
    "settings",
    "data",
    "network",
    "training",
    "history",
    "view",
    "lesson",
    "compare",
    "handin",
)


@dataclass(frozen=True)
class Lesson:
    """A project's lesson part: what the student reads and which controls the teacher kept.

    ``title`` and ``instructions`` are the texts shown, in the app's language when the file
    has it; ``titles`` and ``bodies`` keep every language the file stored, as (code, text),
    so that saving writes them all back (playground.core.lesson_texts). A lesson written in
    one language has none."""

    title: str
    instructions: str = ""  # rich text: the subset of HTML of playground.core.markup
    hidden: tuple[str, ...] = ()
    locked: tuple[str, ...] = ()
    lock_password: LockPassword | None = None  # asked for before the locks come off
    titles: tuple[tuple[str, str], ...] = ()
    bodies: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict:
        out: dict = {
            "title": stored(self.titles, self.title),
            "instructions": stored(self.bodies, self.instructions),
            "hidden": list(self.hidden),
            "locked": list(self.locked),
        }
        if self.lock_password is not None:
            out["lock_password"] = self.lock_password.to_dict()
        return out

    def rewritten(self, title: str, instructions: str, **changes) -> Lesson:
        """This lesson with the texts of the app's language replaced (a teacher's edit): the
        other languages are kept."""
        code = language()
        titles = tuple((c, t) for c, t in self.titles if c != code)
        bodies = tuple((c, t) for c, t in self.bodies if c != code)
        if self.titles:
            titles += ((code, title),)
        if self.bodies:
            bodies += ((code, instructions),)
        return replace(
            self, title=title, instructions=instructions, titles=titles, bodies=bodies, **changes
        )

    @classmethod
    def from_dict(cls, data: object, where: str = "lesson") -> Lesson:
        if isinstance(data, Lesson):
            return data
        obj = json_object(
            data,
            where,
            required=("title",),
            optional=("instructions", "hidden", "locked", "lock_password"),
        )
        titles = per_language(obj["title"], f"{where}.title", MAX_TITLE)
        bodies = per_language(obj.get("instructions", ""), f"{where}.instructions", MAX_TEXT)
        for code, title in titles.items():
            # Text UTF-8 can store, so that what opens also saves.
            titles[code] = clean_text(title)
            if not titles[code].strip():
                fail(
                    f"{where}.title" + (f".{code}" if code else ""),
                    translate("project_schema", "must not be empty"),
                )
        for code, body in bodies.items():
            try:  # only the allowed markup: a lesson never makes the window load anything
                bodies[code] = sanitise(body)
            except MarkupError as exc:
                fail(f"{where}.instructions" + (f".{code}" if code else ""), str(exc))
        return cls(
            pick(titles)[1],
            pick(bodies)[1],
            control_list(obj.get("hidden", []), f"{where}.hidden"),
            control_list(obj.get("locked", []), f"{where}.locked"),
            None
            if obj.get("lock_password") is None
            else LockPassword.from_dict(obj["lock_password"], f"{where}.lock_password"),
            () if "" in titles else tuple(titles.items()),
            () if "" in bodies else tuple(bodies.items()),
        )


@dataclass
class Project:
    """A validated project, ready for :func:`apply_project`."""

    settings: TrainingSettings
    data: DataSnapshot | None  # None: generated from the settings
    network: Network
    epoch: int = 0
    steps: int = 0
    history: LossHistory | None = None  # None: start a fresh one
    view: dict = field(default_factory=dict)
    lesson: Lesson | None = None
    # Own points kept aside (those of the other problem type, or while a generator's data
    # is shown), by task; and how the shown own points were scaled into the view.
    painted: dict[str, PointSet] = field(default_factory=dict)
    fit: Fit | None = None
    # Compare on: each lane's own settings, and the lane the network diagram shows. The
    # race itself starts again when the project opens.
    compare: tuple[list[dict], int] | None = None
    # A student's hand-in (File › Hand in…): name, time, lesson, metrics, thumbnail.
    handin: HandIn | None = None


def load_project(source: str | bytes | os.PathLike) -> Project:
    """Read and validate a project from a path (``Path``, or a one-line ``str``) or from
    its text (``bytes``, or a ``str`` starting with ``{``). Raises :class:`ProjectError`."""
    if isinstance(source, (bytes, bytearray)):
        if len(source) > MAX_FILE_BYTES:
            raise ProjectError(
                translate("project_schema", "the project is too large: at most {limit} MB").format(
                    limit=MAX_FILE_BYTES // 2**20
                )
            )
        return parse_project(_decode(bytes(source)))
    if isinstance(source, os.PathLike):
        return parse_project(_decode(_read_file(source)))
    if not isinstance(source, str):
        raise ProjectError(
            translate("project_schema", "a project comes from a path or text, not {type}").format(
                type=type(source).__name__
            )
        )
    stripped = source.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{") or "\n" in source or len(source) > 4096 or not stripped:
        return parse_project(source)
    return parse_project(_decode(_read_file(source)))


def parse_project(text: str) -> Project:
    """Validate project text; see :func:`load_project`."""
    if len(text) > MAX_FILE_BYTES:
        raise ProjectError(
            translate(
                "project_schema", "the project is too large ({length} characters; at most {limit})"
            ).format(length=number(len(text), ","), limit=number(MAX_FILE_BYTES, ","))
        )
    try:  # with bounded work and memory, whatever the text
        raw = loads_bounded(text.lstrip("\ufeff"))
    except JsonLimit as exc:
        raise ProjectError(str(exc)) from None
    try:
        return _project(raw)
    except ProjectError:
        raise
    except RecursionError:
        raise ProjectError(
            translate("project_schema", "the file is not a project: its data is nested too deeply")
        ) from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as exc:
        # A safety net: the checks above should have named the field already.
        raise ProjectError(
            translate("project_schema", "the project is damaged: {error}").format(
                error=one_line(exc)
            )
        ) from None


def _project(raw: object) -> Project:
    if not isinstance(raw, dict):
        raise ProjectError(
            translate(
                "project_schema",
                "this is not an NN Playground project: it holds a JSON {type}, not an object",
            ).format(type=json_type(raw))
        )
    fmt = raw.get("format")
    if fmt != FORMAT:
        if fmt is None:
            raise ProjectError(
                translate(
                    "project_schema",
                    'this is not an NN Playground project: it has no "format": "{format}"',
                ).format(format=FORMAT)
            )
        raise ProjectError(
            translate(
                "project_schema", "this is not an NN Playground project (its format is {format})"
            ).format(format=shown(fmt))
        )
    version = raw.get("version")
    if not is_int(version) or version < 1:
        raise ProjectError(
            "version: "
            + translate(
                "project_schema", "must be a whole number of at least 1; got {value}"
            ).format(value=shown(version))
        )
    if version > VERSION:
        raise ProjectError(
            translate(
                "project_schema",
                "This file was made by a newer NN Playground (format {format}); "
                "this version reads format {version}.",
            ).format(format=shown(version), version=VERSION)
        )
    unknown = sorted(set(raw) - set(TOP_LEVEL_KEYS))
    if unknown:
        raise ProjectError(
            translate(
                "project_schema", "the project has unknown parts {names}; allowed: {allowed}"
            ).format(names=shown_names(unknown), allowed=", ".join(TOP_LEVEL_KEYS))
        )
    if "app" in raw and raw["app"] is not None:
        bounded_text(raw["app"], "app", MAX_APP_NAME)

    settings = settings_part(raw.get("settings", {}))
    data = data_part(raw.get("data"), settings)
    painted, fit = own_points_part(raw.get("data"), settings)
    if data is not None:
        classes = data.classes
    elif settings.data_source == "painted":  # e.g. a lesson that starts on an empty canvas
        classes = painted.get(settings.problem, PointSet.empty(settings.problem)).classes
    else:
        classes = generated_classes(settings)
    network = network_part(raw.get("network"), settings, classes)
    training = json_object(raw.get("training", {}), "training", optional=("epoch", "steps"))
    epoch = whole_number(training.get("epoch", 0), "training.epoch", 0, MAX_EPOCH)
    steps = whole_number(training.get("steps", 0), "training.steps", 0, MAX_COUNTER)
    history = history_part(raw.get("history"))
    view = check_view(raw.get("view", {}), "view")
    lesson_raw = raw.get("lesson")
    lesson = None if lesson_raw is None else Lesson.from_dict(lesson_raw)
    race = raw.get("compare")
    compare = None if race is None else compare_part(race, "compare")
    handin_raw = raw.get("handin")
    handin = None if handin_raw is None else hand_in_part(handin_raw, epoch)
    return Project(
        settings, data, network, epoch, steps, history, view, lesson, painted, fit, compare, handin
    )


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectError(
            translate("project_schema", "the file is not UTF-8 text (byte {byte})").format(
                byte=exc.start
            )
        ) from None


def _read_file(path: str | os.PathLike) -> bytes:
    p = Path(path)
    limit = MAX_FILE_BYTES // 2**20
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(
                translate(
                    "project_schema", "{name} is {size} MB; a project is at most {limit} MB"
                ).format(name=p.name, size=number(size / 2**20, ".0f"), limit=limit)
            )
        if p.is_dir():
            raise ProjectError(
                translate("project_schema", "{path} is a folder, not a project file").format(path=p)
            )
        with p.open("rb") as file:  # at most the limit, even from a device or a pipe
            raw = file.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise ProjectError(
                translate(
                    "project_schema", "{name} is too large: a project is at most {limit} MB"
                ).format(name=p.name, limit=limit)
            )
        return raw
    except OSError as exc:
        raise ProjectError(
            translate("project_schema", "cannot read {path}: {error}").format(
                path=p, error=exc.strerror or one_line(exc)
            )
        ) from None
