"""``nn-playground`` / ``python -m playground``: open the window, or run a command
(``nn-playground --help``; the commands live in :mod:`playground.app.cli`)."""

from __future__ import annotations

import gc
import os
import sys
import time

STARTED = time.perf_counter()  # for the startup probe (playground.app.startup_probe)


def main(argv: list[str] | None = None) -> int:
    gc.disable()  # until the modules are in: see imported()
    from playground.app.cli import main as cli_main

    imported()
    return cli_main(argv, open_window)


def imported() -> None:
    """The cyclic garbage collector back on, the objects made so far set aside for good.

    Importing the app, NumPy, Qt and pyqtgraph makes a few hundred thousand objects
    (modules, classes, functions) that live as long as the program; with the collector
    on, it went over them again and again while they were made (about 35 ms of the
    window's start, in 170 passes). Paused while modules are imported, then frozen
    (``gc.freeze``: never looked at again, as they would never be freed), they cost
    nothing; everything made after is collected as always."""
    gc.freeze()
    gc.enable()


def open_window(path: str | None = None, projector: bool = False, language: str = "en") -> int:
    """Open the window, with the project or lesson at ``path`` if one is given, in the
    projector theme if ``projector`` (else as the user last left it), in ``language``."""
    from playground.app.qt_check import x11_problem

    problem = x11_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    gc.disable()  # see imported()
    from playground.app import logs
    from playground.app.language import install
    from playground.app.main_window import MainWindow
    from playground.app.qt_app import make_app

    imported()

    app = make_app()
    installed = install(language, app)  # noqa: F841  (kept alive while the app runs)
    logs.setup()  # after make_app: the log folder is in the app's data folder
    window = MainWindow()
    if projector:
        window.projector.set_on(True)
    window.show()
    if os.environ.get("NN_PLAYGROUND_STARTUP_PROBE"):  # benchmarks/startup.py
        from playground.app.startup_probe import install_startup_probe

        install_startup_probe(window, STARTED)
    if path:
        window.file_actions.open_path(path)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
