"""The command line: ``nn-playground [open [FILE]] | run FILE --epochs N ... | check FILE...
| class FOLDER --csv OUT.csv | export FILE --pytorch OUT.py | lessons | selftest``.

``run`` (:mod:`playground.app.cli_run`) trains a project without a window (no QApplication
is created), shows a progress bar on stderr and can write a JSON report, the decision
boundary as PNG or SVG, an animated GIF, and the trained project. ``check``
(:mod:`playground.app.cli_check`) says of each file whether the window would open it;
``class`` (:mod:`playground.app.cli_class`) writes a folder of hand-ins as a grade book.
``export`` (:mod:`playground.app.cli_export`) writes the network as a script.
Every error is one line on stderr: exit code 2 for a usage mistake, 1 for anything else,
and never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.app.cli_common import CliError, one_line, resolve_file
from playground.app.language import LANGUAGES, chosen_language, install, normalize

MAX_EPOCHS = 10_000_000
PROG = "nn-playground"
COMMANDS = ("open", "run", "check", "export", "lessons", "selftest", "class")


# argparse's own words (its headings, -h's help, its errors) come from its gettext calls;
# the app's translator answers them too (Python 3.10 to 3.13 word them alike).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)
argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit code 2), not usage plus error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        text = translate("cli", "{prog}: error: {message} (see {prog} --help)")
        self.exit(2, text.format(prog=self.prog, message=message) + "\n")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a whole number").format(text=repr(text))
        ) from None
    if not 1 <= value <= MAX_EPOCHS:
        raise argparse.ArgumentTypeError(
            translate("cli", "must be from 1 to {most}; got {value}").format(
                most=number(MAX_EPOCHS, ","), value=value
            )
        )
    return value


def image_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a whole number").format(text=repr(text))
        ) from None
    if not 32 <= value <= 4096:
        raise argparse.ArgumentTypeError(
            translate("cli", "must be from 32 to 4096 pixels; got {value}").format(value=value)
        )
    return value


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description=translate(
            "cli",
            "NN Playground: draw a network, pick or paint data, press play and watch "
            "backpropagation learn. With no command it opens the window.",
        ),
        # The command lines stay as they are; a translator changes only their explanations
        # (and keeps them in one column).
        epilog=translate(
            "cli",
            "Examples:\n"
            "  {prog}                                  open the window\n"
            "  {prog} open lesson.nnplay               open a project or lesson in the window\n"
            "  {prog} lessons                          list the bundled lessons\n"
            "  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png\n"
            "  {prog} check hand-ins/                  check every project and CSV in a folder\n"
            "  {prog} class hand-ins/ --csv grades.csv  a folder of hand-ins as a grade book\n"
            "  {prog} export work.nnplay --pytorch work.py   the network as a PyTorch script\n"
            "  {prog} selftest                         check that this copy of the app works\n"
            "Run '{prog} COMMAND --help' for a command's options.",
        ).format(prog=PROG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=translate(
            "cli",
            "the language of the window and of these messages: {codes} (default: as chosen "
            "in View > Language, else the system's)",
        ).format(codes=", ".join(LANGUAGES)),
    )
    parser.add_argument(
        "--projector",
        action="store_true",
        help=translate(
            "cli",
            "open the window in projector mode: larger type, thicker lines, bigger points "
            "(View > Projector mode switches it; it is remembered)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    open_cmd = commands.add_parser(
        "open",
        help=translate(
            "cli", "open the window, optionally with a project or lesson file (the default)"
        ),
        description=translate(
            "cli", "Open the NN Playground window, optionally with a project or lesson file."
        ),
    )
    open_cmd.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help=translate("cli", "a .nnplay project or lesson file, or a bundled lesson's name"),
    )

    run = commands.add_parser(
        "run",
        help=translate("cli", "train a project without a window and report the result"),
        description=translate(
            "cli",
            "Train a project or lesson without a window, showing a progress bar on stderr, then "
            "write the final losses and accuracies. Training stops early if it diverges. A "
            "project with Compare on trains every lane for N epochs and reports each lane. "
            "A project whose data holds no training point is refused.",
        ),
        epilog=translate(
            "cli",
            "The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, "
            "test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, "
            "accuracy is null for regression; warnings lists {kind, layers, message} for what "
            "went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, "
            "stuck, diverged). With Compare on it adds lanes, a list with each lane's "
            "{name, settings, overrides} and the same figures, and focus, the name of the lane "
            "the window shows, whose figures are the top-level ones (and the exported "
            "pictures). Exit codes: 0 done (even if training diverged), 1 an error "
            "(unreadable or invalid file, no training data, a file that cannot be written), "
            "2 a usage mistake.",
        ),
    )
    run.add_argument(
        "file",
        metavar="FILE",
        help=translate(
            "cli", "the .nnplay project or lesson to train (or a bundled lesson's name)"
        ),
    )
    run.add_argument(
        "--epochs",
        "-n",
        type=positive_int,
        required=True,
        metavar="N",
        help=translate("cli", "how many epochs to train (1 to {most})").format(
            most=number(MAX_EPOCHS, ",")
        ),
    )
    run.add_argument(
        "--report",
        metavar="OUT.json",
        help=translate("cli", "write the final figures to this JSON file"),
    )
    run.add_argument(
        "--export-boundary",
        metavar="OUT.png",
        help=translate(
            "cli",
            "save the decision boundary with the training data as a picture (.png, or .svg by suffix)",
        ),
    )
    run.add_argument(
        "--export-gif",
        metavar="OUT.gif",
        help=translate(
            "cli", "save an animated GIF of the boundary as it changes during these epochs"
        ),
    )
    run.add_argument(
        "--save",
        metavar="OUT.nnplay",
        help=translate("cli", "save the trained project to this file"),
    )
    run.add_argument(
        "--size",
        type=image_size,
        default=480,
        metavar="PIXELS",
        help=translate("cli", "width and height of exported pictures (default 480)"),
    )
    run.add_argument(
        "--show-test",
        action="store_true",
        help=translate("cli", "also draw the test points in exported pictures"),
    )
    run.add_argument("--quiet", "-q", action="store_true", help=translate("cli", "no progress bar"))

    check = commands.add_parser(
        "check",
        help=translate(
            "cli", "check that projects, lessons and CSV files open, without opening a window"
        ),
        description=translate(
            "cli",
            "Check each file as the window would open it: a project or lesson (.nnplay, its "
            "lesson text included) or a CSV file of points. Prints one line per file, "
            "'FILE: ok' or 'FILE: the reason', on stdout. A folder stands for the .nnplay "
            "and .csv files in it and its subfolders (a folder of hand-ins, say).",
        ),
        epilog=translate(
            "cli", "Exit codes: 0 every file is fine, 1 some file is not, 2 a usage mistake."
        ),
    )
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=translate("cli", "a .nnplay project or lesson, a .csv file, or a folder of them"),
    )

    from playground.app.cli_export import add_arguments as export_arguments

    export_arguments(
        commands.add_parser(
            "export",
            help=translate("cli", "write the project's network as a PyTorch or NumPy script"),
            description=translate(
                "cli",
                "Write the project's network, its trained weights and its data as one "
                "readable Python file: --pytorch for an nn.Module, --numpy for a script that "
                "needs only NumPy. Run on its own, the script prints one JSON line "
                '{"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, the figures '
                "'run' reports for the project; with --train N it then trains N more epochs "
                "as 'run --epochs N' would.",
            ),
            epilog=translate(
                "cli",
                "Exit codes: 0 written, 1 an error (unreadable project, unwritable "
                "output), 2 a usage mistake.",
            ),
        )
    )

    commands.add_parser(
        "lessons",
        help=translate("cli", "list the bundled lessons"),
        description=translate(
            "cli", "List the bundled lessons: file name and title. Open one with 'open NAME'."
        ),
    )

    from playground.app import cli_class

    cli_class.add_arguments(
        commands.add_parser(
            "class",
            help=translate("cli", "a folder of hand-ins as a grade book (CSV), without a window"),
            description=translate("cli_class", cli_class.DESCRIPTION),
            epilog=translate("cli_class", cli_class.EPILOG),
        )
    )

    from playground.app.selftest import add_arguments as selftest_arguments

    selftest_arguments(
        commands.add_parser(
            "selftest",
            help=translate(
                "cli", "check that this copy of the app works: window, lesson, training, export"
            ),
            description=translate(
                "cli",
                "Open the window offscreen (no screen needed), open a bundled lesson, train it "
                "for a few hundred steps and export PNG pictures. Exit code 0 when every step "
                "passed; otherwise the failed step is named and the exit code is 1.",
            ),
        )
    )
    return parser


def main(argv: list[str] | None = None, open_window: Callable[..., int] | None = None) -> int:
    """Parse ``argv`` and run the command; ``open_window(file)`` opens the GUI."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # --lang comes first of all: the help and every message are in that language.
    lang, argv = language_option(argv)
    code = speak(lang)
    # --projector may come anywhere; the parser takes it before the command.
    projector = "--projector" in argv
    argv = [a for a in argv if a != "--projector"]
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        argv.insert(0, "open")  # nn-playground FILE, as a file manager calls it
    # The plain start (a menu, a desktop icon) needs no parser: building it, with every
    # command's help and the modules that add their options, was 4 ms of the window's start.
    args = (
        argparse.Namespace(lang=None, projector=projector, command=None)
        if not argv
        else build_parser().parse_args(["--projector"] * projector + argv)
    )
    try:
        if args.command == "run":
            from playground.app.cli_run import run

            return run(args)
        if args.command == "check":
            from playground.app.cli_check import check

            return check(args.files)
        if args.command == "class":
            from playground.app.cli_class import run as class_run

            return class_run(args)
        if args.command == "export":
            from playground.app.cli_export import export

            return export(args)
        if args.command == "lessons":
            return list_lessons()
        if args.command == "selftest":
            from playground.app.selftest import selftest

            return selftest(args)
        path = None
        if getattr(args, "file", None):
            path = str(resolve_file(args.file))
            from playground.core.project import load_project

            load_project(Path(path))  # a bad file is reported here, before any window opens
        if open_window is None:
            raise CliError(translate("cli", "no window can be opened from here"))
        return open_window(path, projector=args.projector, language=code)
    except KeyboardInterrupt:
        print(translate("cli", "{prog}: interrupted").format(prog=PROG), file=sys.stderr)
        return 130
    except CliError as exc:
        print(error_line(str(exc)), file=sys.stderr)
        return 1
    except (ValueError, OSError) as exc:  # ProjectError and friends
        print(error_line(one_line(exc)), file=sys.stderr)
        return 1


def language_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` or ``--lang=X`` taken out of ``argv`` (wherever it is)."""
    lang, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv):
            lang, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--lang="):
            lang = arg.partition("=")[2]
        else:
            rest.append(arg)
        i += 1
    return lang, rest


def speak(lang: str | None) -> str:
    """Put the language in place for the command line's messages (the window installs it
    again into its application); an unknown ``--lang`` is said, and the usual choice made."""
    code = chosen_language(lang)
    install(code)  # first: the warning below is in the language chosen
    if lang is not None and normalize(lang) is None:
        print(
            translate("cli", "{prog}: no language {lang}; these are offered: {codes}").format(
                prog=PROG, lang=lang[:20], codes=", ".join(LANGUAGES)
            ),
            file=sys.stderr,
        )
    return code


def error_line(message: str) -> str:
    return translate("cli", "{prog}: error: {message}").format(prog=PROG, message=message)


def list_lessons() -> int:
    from playground.core.lessons import bundled_lessons

    for b in bundled_lessons():
        print(f"{b.path.stem:40s} {b.title}")
    return 0
