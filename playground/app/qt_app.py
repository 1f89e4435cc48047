"""Creating the application object, once, with the settings every window relies on."""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from playground.app.language import APPLICATION, ORGANIZATION
from playground.views.theme import apply_theme

DESKTOP_FILE = "nn-playground"  # the Linux desktop entry's name (Wayland matches windows by it)


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created if needed), with names for QSettings and the theme."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True, background="w", foreground="k")
    # The worker thread runs many tiny NumPy calls; a short switch interval hands the GIL
    # to the GUI thread sooner when it needs it (the default 5 ms shows as stutter).
    sys.setswitchinterval(0.001)
    apply_theme(app)
    return app


def app_icon() -> QIcon:
    """The application icon at every size drawn by ``resources/icons/make_icon.py``."""
    from playground.core.lessons import ICONS_DIR

    icon = QIcon()
    for path in sorted(ICONS_DIR.glob("nn-playground-*.png")):
        icon.addFile(str(path))
    return icon
