"""Reading and writing points as CSV: ``x1, x2`` and ``label`` or ``value`` (no Qt).

The format, as the import dialog and the README describe it:

* One point per line: ``x1,x2,label`` (classification, a whole-number class) or
  ``x1,x2,value`` (regression, any number). Commas separate the fields; a file whose first
  line has no comma may use semicolons, tabs or spaces instead.
* The first line may be a header naming the columns, in any order: ``x1`` (or ``x``),
  ``x2`` (or ``y``), and ``label`` (or ``class``) or ``value`` (or ``target``). Without
  a header the columns are x1, x2 and the target; the file is classification when every
  target is a whole number, regression otherwise.
* Blank lines and lines starting with ``#`` are skipped. UTF-8 (with or without a byte
  order mark) and UTF-16 with a byte order mark are read.
* Up to 8 classes. Labels 0 to 7 stay as they are (0 orange, 1 blue, ...); other whole
  numbers (such as TensorFlow Playground's −1 and 1) become classes 0, 1, ... in
  increasing order. At most 100,000 points.

Anything else raises :class:`CsvError`, whose message names the line and the problem,
and nothing is read in part. :func:`format_csv` writes exactly what :func:`parse_csv`
reads back: the header, then every number in its shortest exact form.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.datasets import MAX_CLASSES, MAX_POINTS
from engine.i18n import number as shown_number
from engine.i18n import translate
from playground.core import colors

MAX_ROWS = MAX_POINTS  # as many points as a data set may hold
MAX_BYTES = 32 * 1024 * 1024
MAX_COORDINATE = 1e12  # beyond this even fitting into the view loses the points' shape
MAX_VALUE = 1e6  # a regression target; the view shows −1 to 1
COLUMNS = {"classification": ("x1", "x2", "label"), "regression": ("x1", "x2", "value")}
NAMES = {
    "x1": "x1",
    "x": "x1",
    "x2": "x2",
    "y": "x2",
    "label": "label",
    "class": "label",
    "value": "value",
    "target": "value",
}
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_NOT_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)


class CsvError(ValueError):
    """A file that cannot be imported; ``line`` is 1-based (None: the file as a whole)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, eq=False)
class CsvData:
    """Points read from a CSV file."""

    task: str  # "classification" or "regression"
    X: np.ndarray  # (n, 2) float64
    y: np.ndarray  # (n,) int64 classes 0..7, or float64 values
    classes: int  # 0 for regression; else the highest class + 1 (at least 2)
    header: bool
    labels: tuple[int, ...] | None = None  # the file's labels when they were renumbered

    def __len__(self) -> int:
        return int(self.X.shape[0])

    def describe(self) -> str:
        """One sentence for the status bar."""
        one = len(self) == 1
        if self.task == "regression":
            text = (
                translate("csv_io", "1 point with values (regression)")
                if one
                else translate("csv_io", "{count} points with values (regression)")
            )
        else:
            text = (
                translate("csv_io", "1 point in {classes} classes")
                if one
                else translate("csv_io", "{count} points in {classes} classes")
            )
        text = text.format(count=shown_number(len(self), ","), classes=self.classes)
        if self.labels is not None:
            renumbered = ", ".join(
                translate("csv_io", "{label} as {name}").format(
                    label=old, name=colors.class_name(new)
                )
                for new, old in enumerate(self.labels)
            )
            text = translate("csv_io", "{description} (labels {renumbered})").format(
                description=text, renumbered=renumbered
            )
        return text


# ============================================================================ reading
def read_csv(path: str | os.PathLike) -> CsvData:
    """Read and check the CSV file at ``path``; raise :class:`CsvError` if it is unusable."""
    p = Path(path)
    try:
        if p.is_dir():
            raise CsvError(
                translate("csv_io", "{name} is a folder, not a CSV file").format(name=p.name)
            )
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise CsvError(
                translate(
                    "csv_io",
                    "The file is too large ({size} MB); a data file is at most {limit} MB.",
                ).format(size=shown_number(size / 2**20, ".0f"), limit=MAX_BYTES // 2**20)
            )
        with p.open("rb") as file:  # at most the limit, even from a device or a pipe
            raw = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CsvError(
            translate("csv_io", "Cannot read {name}: {error}").format(
                name=p.name, error=exc.strerror or exc
            )
        ) from None
    return parse_csv(raw)


def parse_csv(raw: bytes) -> CsvData:
    """Read CSV ``raw`` bytes; see the module's description for the format."""
    if len(raw) > MAX_BYTES:
        raise CsvError(
            translate("csv_io", "The file is too large; a data file is at most {limit} MB.").format(
                limit=MAX_BYTES // 2**20
            )
        )
    return parse_text(_decode(raw))


def parse_text(text: str) -> CsvData:
    """Read CSV text; see :func:`parse_csv`."""
    # Only line breaks end a line (not the form feeds and the like that splitlines takes).
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows: list[tuple[int, list[str]]] = []  # (line number, fields)
    delimiter: str | None = None
    for number, text_line in enumerate(lines, start=1):
        stripped = text_line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "\x00" in text_line:
            raise CsvError(
                translate(
                    "csv_io",
                    "Line {line} holds a NUL byte: this looks like a binary file, not CSV text.",
                ).format(line=number),
                number,
            )
        if delimiter is None:
            delimiter = next((d for d in (",", ";", "\t") if d in stripped), " ")
        fields = stripped.split() if delimiter == " " else stripped.split(delimiter)
        rows.append((number, [_unquote(f) for f in fields]))
        if len(rows) > MAX_ROWS + 1:  # one more than the points, for a header
            break
    if not rows:
        raise CsvError(translate("csv_io", "The file is empty: it holds no points."))

    first_line, first = rows[0]
    header = all(not _is_numeric(f) for f in first)
    order = (0, 1, 2)
    named_task = None
    if header:
        order, named_task = _read_header(first_line, first)
        rows = rows[1:]
        if not rows:
            raise CsvError(
                translate("csv_io", "Line {line} is a header, but no points follow it.").format(
                    line=first_line
                ),
                first_line,
            )
    if len(rows) > MAX_ROWS:
        line = rows[MAX_ROWS][0]
        raise CsvError(
            translate(
                "csv_io",
                "Line {line}: the file has more than {limit} points; at most {limit} can be imported.",
            ).format(line=line, limit=shown_number(MAX_ROWS, ",")),
            line,
        )

    names = ("x1", "x2", "label" if named_task == "classification" else "value")
    if named_task is None:
        names = ("x1", "x2", translate("csv_io", "label or value"))
    n = len(rows)
    X = np.empty((n, 2))
    targets = np.empty(n)
    for i, (line, fields) in enumerate(rows):
        if len(fields) != 3:
            text = (
                translate(
                    "csv_io", "Line {line} has 1 field, but 3 are needed ({expected}): {problem}."
                )
                if len(fields) == 1
                else translate(
                    "csv_io",
                    "Line {line} has {count} fields, but 3 are needed ({expected}): {problem}.",
                )
            )
            expected = (
                ", ".join(names) if header else translate("csv_io", "x1, x2 and a label or value")
            )
            problem = (
                translate("csv_io", "a column is missing")
                if len(fields) < 3
                else translate("csv_io", "there are too many columns")
            )
            raise CsvError(
                text.format(line=line, count=len(fields), expected=expected, problem=problem), line
            )
        for column, name in enumerate(names):
            text = fields[order[column]]
            value = _number(text, line, order[column] + 1, name)
            limit = MAX_VALUE if column == 2 and named_task == "regression" else MAX_COORDINATE
            if column == 2 and named_task is None:
                limit = MAX_COORDINATE
            if abs(value) > limit:
                raise CsvError(
                    _too_large(line, order[column] + 1, name, text, limit),
                    line,
                )
            if column < 2:
                X[i, column] = value
            else:
                targets[i] = value

    whole = np.equal(np.floor(targets), targets)
    task = named_task or ("classification" if bool(np.all(whole)) else "regression")
    if task == "regression":
        if named_task is None:
            big = np.flatnonzero(np.abs(targets) > MAX_VALUE)
            if big.size:
                line = rows[int(big[0])][0]
                raise CsvError(
                    _too_large(
                        line, order[2] + 1, "value", rows[int(big[0])][1][order[2]], MAX_VALUE
                    ),
                    line,
                )
        return CsvData("regression", X, targets.astype(np.float64), 0, header)

    if not np.all(whole):  # the header said label
        i = int(np.flatnonzero(~whole)[0])
        line, text = rows[i][0], rows[i][1][order[2]]
        raise CsvError(
            translate(
                "csv_io",
                "Line {line}, column {column} (label): {text} is not a whole number, and a class "
                "label must be one (0, 1, 2, …). For numbers to predict, name the column value.",
            ).format(line=line, column=order[2] + 1, text=_shown(text)),
            line,
        )
    return _classes(targets, rows, order[2] + 1, X, header, named_task is not None)


def _classes(
    targets: np.ndarray,
    rows: list[tuple[int, list[str]]],
    column: int,
    X: np.ndarray,
    header: bool,
    named: bool,
) -> CsvData:
    seen: dict[float, int] = {}
    for i, label in enumerate(targets.tolist()):
        if label not in seen:
            seen[label] = i
            if len(seen) > MAX_CLASSES:
                line = rows[i][0]
                text = translate(
                    "csv_io",
                    "Line {line}, column {column} (label): {text} is a {nth}th class; "
                    "at most {limit} classes can be learned.",
                ).format(
                    line=line,
                    column=column,
                    text=_shown(rows[i][1][column - 1]),
                    nth=MAX_CLASSES + 1,
                    limit=MAX_CLASSES,
                )
                if not named:
                    text += " " + translate(
                        "csv_io",
                        "If the third column holds numbers to predict, start the file "
                        "with the header x1,x2,value.",
                    )
                raise CsvError(text, line)
    distinct = sorted(seen)
    if all(0 <= v < MAX_CLASSES for v in distinct):
        y = targets.astype(np.int64)
        return CsvData("classification", X, y, max(2, int(y.max()) + 1), header)
    index = {v: k for k, v in enumerate(distinct)}
    y = np.array([index[v] for v in targets.tolist()], dtype=np.int64)
    labels = tuple(int(v) for v in distinct)
    return CsvData("classification", X, y, max(2, len(distinct)), header, labels)


def _read_header(line: int, fields: list[str]) -> tuple[tuple[int, int, int], str]:
    """Which field holds x1, x2 and the target, and the task the header names."""
    expected = translate("csv_io", "x1, x2, and label (classes) or value (numbers)")
    if len(fields) != 3:
        text = (
            translate(
                "csv_io", "Line {line} is a header of 1 column, but 3 are needed: {expected}."
            )
            if len(fields) == 1
            else translate(
                "csv_io",
                "Line {line} is a header of {count} columns, but 3 are needed: {expected}.",
            )
        )
        raise CsvError(text.format(line=line, count=len(fields), expected=expected), line)
    where: dict[str, int] = {}
    for i, name in enumerate(fields):
        key = NAMES.get(name.strip().lower())
        if key is None:
            raise CsvError(
                translate(
                    "csv_io",
                    "Line {line}, column {column}: the header name {name} is not known; "
                    "the columns are {expected}.",
                ).format(line=line, column=i + 1, name=_shown(name), expected=expected),
                line,
            )
        if key in where or (key in ("label", "value") and ({"label", "value"} & set(where))):
            raise CsvError(
                translate(
                    "csv_io",
                    "Line {line}, column {column}: the header names {name} twice; "
                    "the columns are {expected}.",
                ).format(line=line, column=i + 1, name=_shown(name), expected=expected),
                line,
            )
        where[key] = i
    target = "label" if "label" in where else "value"
    if "x1" not in where or "x2" not in where or target not in where:
        raise CsvError(
            translate("csv_io", "Line {line}: the header must name {expected}.").format(
                line=line, expected=expected
            ),
            line,
        )
    task = "classification" if target == "label" else "regression"
    return (where["x1"], where["x2"], where[target]), task


def _number(text: str, line: int, column: int, name: str) -> float:
    where = translate("csv_io", "Line {line}, column {column} ({name})").format(
        line=line, column=column, name=name
    )
    if not text:
        message = translate(
            "csv_io", "{where}: the field is empty; every point needs a number here."
        )
    elif _NUMBER.fullmatch(text):
        value = float(text)
        if math.isfinite(value):
            return value
        message = translate("csv_io", "{where}: {text} is too large to be a number here.")
    elif _NOT_FINITE.fullmatch(text):
        message = translate(
            "csv_io", "{where}: {text} is not a finite number; every point needs a real value."
        )
    else:
        message = translate("csv_io", "{where}: {text} is not a number.")
    raise CsvError(message.format(where=where, text=_shown(text)), line)


def _too_large(line: int, column: int, name: str, text: str, limit: float) -> str:
    return translate(
        "csv_io", "Line {line}, column {column} ({name}): {text} is too large; at most ±{limit}."
    ).format(
        line=line, column=column, name=name, text=_shown(text), limit=shown_number(limit, ",.0f")
    )


def _is_numeric(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text) or _NOT_FINITE.fullmatch(text))


def _unquote(field: str) -> str:
    field = field.strip()
    if len(field) >= 2 and field[0] == field[-1] and field[0] in "\"'":
        field = field[1:-1].strip()
    return field


def _shown(text: str) -> str:
    text = text if len(text) <= 30 else text[:27] + "…"
    printable = "".join(c if c.isprintable() else "?" for c in text)
    return f"“{printable}”"


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CsvError(
                translate(
                    "csv_io",
                    "The file starts as UTF-16 text but breaks off inside a character "
                    "(byte {byte}); save it again as CSV UTF-8.",
                ).format(byte=shown_number(exc.start, ","))
            ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CsvError(
            translate(
                "csv_io",
                "Line {line} is not UTF-8 text (byte 0x{byte} cannot be read): "
                "save the file as CSV UTF-8, or as plain numbers.",
            ).format(line=line, byte=f"{raw[exc.start]:02X}"),
            line,
        ) from None


# ============================================================================ writing
def format_csv(X: np.ndarray, y: np.ndarray, task: str, comments: tuple[str, ...] = ()) -> str:
    """The CSV text of points ``X`` with targets ``y``: a header, then one point a line.

    Every number is written in its shortest form that reads back exactly."""
    X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
    y = np.asarray(y).reshape(-1)
    if len(y) != len(X):
        raise ValueError(f"{len(X)} points but {len(y)} targets")
    if not np.all(np.isfinite(X)):
        raise ValueError("the points hold a number that is not finite")
    lines = [f"# {c}" for c in comments]
    lines.append(",".join(COLUMNS[task]))
    if task == "classification":
        targets = [str(int(v)) for v in y.tolist()]
    else:
        targets = [repr(float(v)) for v in y.tolist()]
    lines.extend(f"{a!r},{b!r},{t}" for (a, b), t in zip(X.astype(np.float64).tolist(), targets))
    return "\n".join(lines) + "\n"


def write_csv(
    path: str | os.PathLike,
    X: np.ndarray,
    y: np.ndarray,
    task: str,
    comments: tuple[str, ...] = (),
) -> None:
    """Write the points to ``path`` (UTF-8), replacing the file only once it is complete."""
    payload = format_csv(X, y, task, comments).encode("utf-8")
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=".", suffix=".csv.part", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
