"""Keeping the window on its screen: the room the screen offers, and a size that fits it.

A classroom may project a 1280×720 or 1366×768 screen: the window must open inside the
screen's available geometry (the desktop without its task bars) and stay there, whatever
size a previous start on a larger screen saved.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1400, 860)  # a first start on a screen with room for it
# Room left for the window manager's title bar and borders, which a window only learns
# once it is shown: a window sized before that must leave it free.
FRAME_ROOM = QSize(16, 48)


def available_geometry(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen a window may cover (tests replace this function)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def open_size(window: QWidget) -> None:
    """A first start: the default size, centred, where the screen has room for it; on a
    smaller screen the window opens maximized, sized to the screen until it is shown."""
    room = available_geometry(window)
    fits = QSize(room.width() - FRAME_ROOM.width(), room.height() - FRAME_ROOM.height())
    if DEFAULT_SIZE.width() <= fits.width() and DEFAULT_SIZE.height() <= fits.height():
        window.resize(DEFAULT_SIZE)
        window.move(room.center() - window.rect().center())
        return
    window.resize(fits)
    window.move(room.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a restored window into its screen's available geometry."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    room = available_geometry(window)
    frame = window.frameGeometry()
    # Before the window is shown its frame is its geometry: leave room for the title bar.
    extra = frame.size() - window.size() if window.isVisible() else FRAME_ROOM
    width = min(window.width(), room.width() - extra.width())
    height = min(window.height(), room.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(frame.x(), room.x()), room.x() + room.width() - width - extra.width())
    y = min(max(frame.y(), room.y()), room.y() + room.height() - height - extra.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
