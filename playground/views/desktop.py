"""Whether a person is there to answer a dialog."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

# None: ask questions unless Qt runs offscreen (tests, CI, scripts), where nobody could
# answer a dialog. Tests set it to True and replace the dialogs' static functions.
INTERACTIVE: bool | None = None


def interactive() -> bool:
    if INTERACTIVE is not None:
        return INTERACTIVE
    return QGuiApplication.platformName() != "offscreen"
