"""What the command line's commands share: the one-line error and how a file is named."""

from __future__ import annotations

from pathlib import Path

from engine.i18n import translate


class CliError(Exception):
    """An error for the user: printed as one line, exit code 1."""


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def resolve_file(name: str) -> Path:
    """``name`` as given, or the bundled lesson whose file name starts with it."""
    path = Path(name)
    if path.exists() or path.suffix:
        return path
    from playground.core.lessons import LESSONS_DIR

    matches = sorted(LESSONS_DIR.glob(f"{name}*.nnplay"))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise CliError(
            translate("cli_common", "{name} names several lessons: {lessons}").format(
                name=repr(name), lessons=", ".join(m.stem for m in matches)
            )
        )
    return path
