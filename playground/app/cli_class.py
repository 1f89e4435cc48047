"""``nn-playground class FOLDER [--csv OUT.csv]``: a folder of hand-ins as a grade book,
without a window. The same rows as File › Open class folder… (playground.core.class_folder):
one per ``.nnplay`` file, a damaged one with its reason in the note column."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.app.cli_common import CliError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        metavar="FOLDER",
        help=translate("cli_class", "the folder of hand-ins (.nnplay files)"),
    )
    parser.add_argument(
        "--csv",
        metavar="OUT.csv",
        help=translate(
            "cli_class", "write the grade book to this file (default: print it on stdout)"
        ),
    )
    parser.add_argument(
        "--sort",
        choices=("file", "name", "lesson", "test_accuracy"),
        default="name",
        help=translate(
            "cli_class", "the rows' order (default: name; test_accuracy puts the best first)"
        ),
    )


# Shown by cli.py's parser as translate("cli_class", DESCRIPTION) (and EPILOG).
DESCRIPTION = QT_TRANSLATE_NOOP(
    "cli_class",
    "Read every hand-in (.nnplay) in FOLDER, as File > Open class folder does, and write one "
    "CSV row per file: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, "
    "train_accuracy, test_accuracy, note. A damaged file or a project without a hand-in "
    "part gets its reason in the note column and the other files are read on.",
)
EPILOG = QT_TRANSLATE_NOOP(
    "cli_class",
    "Exit codes: 0 the folder was read (even with damaged files; the summary on stderr "
    "counts them), 1 the folder cannot be read or the CSV cannot be written, 2 a usage mistake.",
)


def run(args: argparse.Namespace, stream=None) -> int:
    from playground.core.class_folder import class_csv, list_folder, read_entry
    from playground.core.render import write_bytes

    folder = Path(args.folder)
    if not folder.is_dir():
        raise CliError(translate("cli_class", "{folder} is not a folder").format(folder=folder))
    if args.csv:
        target = Path(args.csv).absolute()
        if not target.parent.is_dir():
            raise CliError(
                translate(
                    "cli_class", "cannot write {file}: the folder {folder} does not exist"
                ).format(file=args.csv, folder=target.parent)
            )
    try:
        listing = list_folder(folder)
    except OSError as exc:
        raise CliError(
            translate("cli_class", "cannot read the folder {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from None
    entries = [read_entry(path) for path in listing.files]
    entries.sort(key=sort_key(args.sort))
    text = class_csv(entries)
    if args.csv:
        write_bytes(args.csv, text.encode("utf-8"))
    else:
        (stream or sys.stdout).write(text)
    damaged = sum(e.handin is None for e in entries)
    read = len(entries) - damaged
    if damaged:
        summary = translate(
            "cli_class", "{read} hand-ins read, {damaged} other or damaged files noted", None, read
        ).format(read=number(read, ","), damaged=number(damaged, ","))
    else:
        summary = translate("cli_class", "{read} hand-ins read", None, read).format(
            read=number(read, ",")
        )
    if listing.note:
        summary = translate("cli_class", "{summary}; {note}").format(
            summary=summary, note=listing.note
        )
    print(summary, file=sys.stderr)
    return 0


def sort_key(column: str):
    """Rows by ``column``; test_accuracy best first, files without one last."""
    if column == "test_accuracy":

        def by_accuracy(e) -> tuple:
            value = e.figure("test_accuracy")
            return (value is None, -(value or 0.0), e.name.casefold())

        return by_accuracy
    if column == "file":
        return lambda e: e.path.name.casefold()
    if column == "lesson":
        return lambda e: (e.lesson.casefold(), e.name.casefold())
    return lambda e: (e.name.casefold(), e.path.name.casefold())
