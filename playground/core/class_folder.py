"""A folder of hand-ins, read for the class gallery (File › Open class folder…) and for
``nn-playground class FOLDER --csv OUT.csv``: one row per ``.nnplay`` file, and a grade
book's CSV of them.

Every file is read through the one open path (``load_project``), so a damaged or forged
one is refused for a stated reason; that reason becomes the row's note and the next file
is read. Only ``*.nnplay`` files directly in the folder count, at most MAX_FILES of them,
and the listing itself looks at no more than MAX_ENTRIES names, so a folder of thousands
of other files costs little. Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from engine.i18n import number, translate
from playground.core.handin import HandIn
from playground.core.project import SUFFIX, ProjectError, load_project
from playground.core.project_checks import one_line

MAX_FILES = 2000  # hand-ins shown from one folder
MAX_ENTRIES = 200_000  # names looked at in a folder
MAX_NOTE = 160  # characters of a damaged file's note
CSV_COLUMNS = (
    "file",
    "name",
    "lesson",
    "handed_in",
    "epochs",
    "train_loss",
    "test_loss",
    "train_accuracy",
    "test_accuracy",
    "note",
)


@dataclass(frozen=True)
class Listing:
    files: list[Path]  # the .nnplay files, by name
    left_out: int  # .nnplay files beyond MAX_FILES
    note: str  # why the listing stopped short ("" when complete)


@dataclass(frozen=True)
class ClassEntry:
    """One row: a file, its hand-in part if it has a readable one, else a one-line note."""

    path: Path
    handin: HandIn | None
    note: str = ""

    @property
    def name(self) -> str:
        return self.handin.name if self.handin else self.path.stem

    @property
    def lesson(self) -> str:
        return (self.handin.lesson or "") if self.handin else ""

    def figure(self, key: str) -> float | int | None:
        """epoch, train_loss, test_loss, train_accuracy or test_accuracy (None if unknown)."""
        return None if self.handin is None else getattr(self.handin, key)


def list_folder(folder: str | os.PathLike) -> Listing:
    """The ``.nnplay`` files directly in ``folder``. Raises OSError if it cannot be read."""
    found: list[str] = []
    seen = left_out = 0
    note = ""
    with os.scandir(os.fspath(folder)) as entries:
        for entry in entries:
            seen += 1
            if seen > MAX_ENTRIES:
                note = translate(
                    "class_folder", "only the first {limit} names in the folder were looked at"
                ).format(limit=number(MAX_ENTRIES, ","))
                break
            if not entry.name.lower().endswith(SUFFIX):
                continue
            try:
                if not entry.is_file():
                    continue
            except OSError:
                continue
            if len(found) < MAX_FILES:
                found.append(entry.name)
            else:
                left_out += 1
    if left_out:
        note = translate(
            "class_folder", "{count} more hand-ins left out: a class folder shows at most {limit}"
        ).format(count=number(left_out, ","), limit=number(MAX_FILES, ","))
    base = Path(folder)
    return Listing([base / name for name in sorted(found, key=str.casefold)], left_out, note)


def read_entry(path: Path) -> ClassEntry:
    """``path`` as a row; whatever is wrong with the file becomes its note."""
    try:
        project = load_project(path)
    except ProjectError as exc:
        return ClassEntry(path, None, short(one_line(exc)))
    except (MemoryError, RecursionError) as exc:
        return ClassEntry(
            path,
            None,
            translate("class_folder", "too large to read ({error})").format(
                error=type(exc).__name__
            ),
        )
    except Exception as exc:  # noqa: BLE001 (one bad file never stops the gallery)
        text = translate("class_folder", "cannot be read: {error}").format(
            error=f"{type(exc).__name__}: {exc}"
        )
        return ClassEntry(path, None, short(text))
    if project.handin is None:
        return ClassEntry(
            path,
            None,
            translate("class_folder", "a project, not a hand-in (no name or results in it)"),
        )
    return ClassEntry(path, project.handin)


def read_folder(folder: str | os.PathLike) -> Iterator[ClassEntry]:
    for path in list_folder(folder).files:
        yield read_entry(path)


def short(text: str) -> str:
    return text if len(text) <= MAX_NOTE else text[: MAX_NOTE - 1] + "…"


# ------------------------------------------------------------------ the grade book
def csv_row(entry: ClassEntry) -> list[str]:
    h = entry.handin
    cells = [entry.path.name, entry.name, entry.lesson, h.time if h else ""]
    cells.append("" if h is None else str(h.epoch))
    cells += [_number(entry.figure(k)) for k in CSV_COLUMNS[5:9]]
    cells.append(entry.note)
    return [_inert(c) for c in cells]


def class_csv(entries: list[ClassEntry]) -> str:
    """The grade book: a header and one row per entry, in the given order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_row(e) for e in entries)
    return out.getvalue()


def _number(value: float | int | None) -> str:
    return "" if value is None else f"{value:.6g}"


def _inert(cell: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula: a student's name
    such as ``=HYPERLINK(…)`` is written with a leading apostrophe, as text."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(cell):
        return "'" + cell
    return cell


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
