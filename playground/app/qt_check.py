"""Say which system libraries are missing before Qt's X11 plugin aborts without a word."""

from __future__ import annotations

import ctypes.util
import os
import sys

from engine.i18n import translate

# Library name (as ctypes looks it up) -> the Debian/Ubuntu package that provides it.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xinerama": "libxcb-xinerama0",
}


def uses_x11(environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return (
        sys.platform.startswith("linux")
        and bool(env.get("DISPLAY"))
        and not env.get("WAYLAND_DISPLAY")
    )


def missing_x11_packages() -> list[str]:
    return [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def x11_problem() -> str:
    """A message naming the packages to install, or "" when nothing is missing."""
    if not uses_x11():
        return ""
    missing = missing_x11_packages()
    if not missing:
        return ""
    return translate(
        "qt_check",
        "NN Playground cannot open a window: Qt's X11 support needs system libraries that "
        "are not installed.\nInstall them with:\n\n    sudo apt-get install {packages}"
        "\n\n(or run without a screen: QT_QPA_PLATFORM=offscreen)",
    ).format(packages=" ".join(missing))
