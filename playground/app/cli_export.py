"""``nn-playground export FILE --pytorch OUT.py --numpy OUT.py``: the project's network as a
script, without a window (playground.core.script_export writes the text)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from engine.i18n import number, translate
from playground.app.cli_common import CliError, resolve_file

if TYPE_CHECKING:
    from playground.core.script_model import ScriptModel

KIND_NAMES = {"pytorch": "PyTorch", "numpy": "NumPy"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        help=translate("cli_export", "the .nnplay project or lesson (or a bundled lesson's name)"),
    )
    parser.add_argument(
        "--pytorch",
        metavar="OUT.py",
        help=translate("cli_export", "write a PyTorch script (an nn.Module) to this file"),
    )
    parser.add_argument(
        "--numpy",
        metavar="OUT.py",
        help=translate("cli_export", "write a script that needs only NumPy to this file"),
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help=translate("cli_export", "say nothing when done")
    )


def export(args: argparse.Namespace) -> int:
    from playground.core.project import load_project
    from playground.core.script_export import from_project, script, write_script

    outputs = [(kind, getattr(args, kind)) for kind in KIND_NAMES if getattr(args, kind)]
    if not outputs:  # a usage mistake: exit code 2, as argparse's
        print(
            translate(
                "cli_export",
                "nn-playground export: error: say which script to write: --pytorch OUT.py, "
                "--numpy OUT.py, or both (see nn-playground export --help)",
            ),
            file=sys.stderr,
        )
        return 2
    file = resolve_file(args.file)
    for kind, out in outputs:
        if os.path.abspath(out) == os.path.abspath(file):
            raise CliError(
                translate(
                    "cli_export", "--{kind} {file} would overwrite the project itself"
                ).format(kind=kind, file=out)
            )
    project = load_project(file)
    try:
        model = from_project(project, os.path.basename(file))
    except ValueError as exc:
        raise CliError(
            translate("cli_export", "{file}: cannot export: {reason}").format(file=file, reason=exc)
        ) from None
    for kind, out in outputs:
        write_script(out, script(model, kind))
        if not args.quiet:
            text = translate(
                "cli_export",
                "Wrote {file}: a {kind} script of the {sizes} network at epoch {epoch}",
            )
            print(
                text.format(
                    file=out,
                    kind=KIND_NAMES[kind],
                    sizes=network_sizes(model),
                    epoch=number(model.epoch, ","),
                ),
                file=sys.stderr,
            )
    return 0


def network_sizes(model: ScriptModel) -> str:
    """E.g. "2-4-2-1": the inputs, each hidden layer's units, the outputs."""
    return "-".join(str(n) for n in [len(model.features)] + [b.size for _, b in model.params])
