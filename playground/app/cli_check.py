"""``nn-playground check FILE…``: would the window open these files? No window needed.

Each file goes through the code the window's open path runs: a project or lesson is read
(``load_project``, its lesson instructions included) and put into a fresh session
(``apply_project``); a CSV is read (``read_csv``), fitted into the view as the window's
import does by default, and made the own points of a session. One line per file:
``PATH: ok`` or ``PATH: the reason``. A folder stands for its .nnplay and .csv files, so a
teacher can check a folder of hand-ins in one go.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from engine.i18n import translate
from playground.app.cli_common import one_line

CHECKED_SUFFIXES = (".nnplay", ".csv")
MAX_REASON = 120  # characters of a reason: a bad value is quoted, never repeated whole


def check(files: list[str], stream=None) -> int:
    """Check every file; 0 if all are fine, 1 if any is not."""
    out = stream or sys.stdout
    failed = 0
    for path, reason in results(files):
        failed += reason != "ok"
        out.write(f"{path}: {reason}\n")
        out.flush()
    return 1 if failed else 0


def results(files: list[str]) -> Iterator[tuple[str, str]]:
    for name in files:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in CHECKED_SUFFIXES and p.is_file()
            )
            if not found:
                yield name, translate("cli_check", "no .nnplay or .csv file in this folder")
            for file in found:
                yield str(file), reason(file)
        else:
            yield name, reason(path)


def reason(path: Path) -> str:
    """ "ok", or why the window would refuse ``path`` (one line, at most MAX_REASON)."""
    try:
        if path.suffix.lower() == ".csv":
            check_csv(path)
        else:
            check_project(path)
    except (ValueError, OSError) as exc:  # ProjectError and CsvError are ValueErrors
        return shorten(one_line(exc))
    except (MemoryError, RecursionError) as exc:
        text = translate("cli_check", "too large or too deeply nested to read ({error})")
        return shorten(text.format(error=type(exc).__name__))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        text = translate("cli_check", "cannot be opened: an internal error ({error})")
        return shorten(text.format(error=f"{type(exc).__name__}: {exc}"))
    return "ok"


def shorten(text: str) -> str:
    text = text or translate("cli_check", "refused")
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


def check_project(path: Path) -> None:
    """As the window's File › Open: read the file, then put it into a session."""
    from playground.core.project import apply_project, load_project
    from playground.core.session import Session

    project = load_project(path)
    apply_project(Session(project.settings), project)


def check_csv(path: Path) -> None:
    """As the window's Import CSV, answering the fit question with its default (fit)."""
    from playground.core import csv_io
    from playground.core.points import fit_to_view, outside_view
    from playground.core.session import Session

    data = csv_io.read_csv(path)
    X, fitted = data.X, None
    if outside_view(X):
        fitted = fit_to_view(X)
        X = fitted.apply(X)
    Session().import_points(data.task, X, data.y, fitted)
