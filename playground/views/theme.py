"""The app's look: a light theme, and its projector variant for the back row of a lit room.

Both are the same layout; the projector theme has larger type, darker ink and frames,
thicker lines and bigger points (a projector washes out thin, light and grey strokes).
``apply_theme`` sets what the application draws with (palette, font, style sheet); the
views that draw their own strokes take the :class:`Theme` in their ``set_theme``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    name: str
    font_pt: float  # the application's font
    ink: str  # text
    caption: str  # the top bar's captions
    disabled: str  # disabled text
    frame: str  # borders, axes, splitter handles
    focus: str  # the focus ring
    focus_width: int
    point_size: int  # data points, px
    crowded_point_size: int  # when there are many
    train_edge: float  # white edge of a training point, px
    test_edge: float  # coloured outline of a test point, px
    line_scale: float  # network links and frames, chart curves
    figure_scale: float  # the loss chart's big figures, times the application's type


NORMAL = Theme(
    name="normal",
    font_pt=11.0,
    ink="#1e1e1e",
    caption="#555555",
    disabled="#a3a3a3",
    frame="#d0d0d0",
    focus="#0877bd",
    focus_width=2,
    point_size=9,  # big enough to pick out one point from the back of a classroom
    crowded_point_size=7,  # so many points that big ones would hide the map
    train_edge=1.5,
    test_edge=2.0,
    line_scale=1.0,
    figure_scale=1.6,
)
PROJECTOR = Theme(
    name="projector",
    font_pt=14.0,
    ink="#000000",
    caption="#222222",
    disabled="#707070",
    frame="#606060",
    focus="#d55e00",  # vermillion: stands out from the blue of selections and play
    focus_width=3,
    point_size=13,
    crowded_point_size=10,
    train_edge=2.0,
    test_edge=3.0,
    line_scale=1.6,
    # Still larger than the normal theme's figures, and four of them fit a 1366-pixel
    # screen's column in two rows, which leaves the loss curves their height.
    figure_scale=1.3,
)


def style_sheet(t: Theme) -> str:
    """The application's style sheet for theme ``t``.

    Every control shows where the keyboard is: Fusion draws a focus frame on most of them,
    and the rules below add one where a style sheet hides it (the play button) or the
    style draws none (the graphics views: the network and the plots), its room reserved
    so that nothing moves when the focus comes.
    """
    small = t.font_pt - 2
    return f"""
QWidget {{ color: {t.ink}; }}
QWidget:disabled {{ color: {t.disabled}; }}
QMainWindow, QWidget#topBar {{ background: #ffffff; }}
QWidget#topBar {{ border-bottom: 1px solid {t.frame}; }}
QLabel#caption {{ color: {t.caption}; font-size: {small:g}pt; text-transform: uppercase; }}
QLabel#epochLabel {{ font-size: {t.font_pt + 9:g}pt; font-weight: 600; font-family: monospace; }}
QLabel#banner {{ padding: 5px 16px; font-size: {t.font_pt + 1:g}pt; font-weight: 600; }}
QLabel#banner[kind="error"] {{ background: #fde2e1; color: #8a1c12; border-bottom: 2px solid #d9534f; }}
QLabel#banner[kind="info"] {{ background: #e3f0fb; color: #0b4a75; border-bottom: 2px solid #0877bd; }}
QLabel#banner[kind="warning"] {{ background: #fff3d6; color: #5c3b00; border-bottom: 2px solid #e0a100; font-weight: 400; font-size: {t.font_pt:g}pt; }}
QToolButton#playButton {{ background: #0877bd; border-radius: 26px; padding: 6px; }}
QToolButton#playButton:hover {{ background: #0a8ad8; }}
QToolButton#playButton:focus {{ border: {t.focus_width}px solid {t.focus}; }}
QComboBox, QSpinBox {{ min-height: 26px; padding: 1px 6px; }}
QSplitter::handle {{ background: {"#ececec" if t is NORMAL else "#c8c8c8"}; }}
QStatusBar {{ font-size: {small + 1:g}pt; }}
QGraphicsView {{ border: {t.focus_width}px solid transparent; }}
QGraphicsView:focus {{ border: {t.focus_width}px solid {t.focus}; }}
"""


_DESKTOP_PT = "nnDesktopFontPt"  # an application property: the font size before any theme


def apply_theme(app: QApplication, theme: Theme = NORMAL) -> None:
    app.setStyle("Fusion")  # the same look on every platform, and it honours the palette
    ink = QColor(theme.ink)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f7f7"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, ink)
    palette.setColor(QPalette.ColorRole.WindowText, ink)
    palette.setColor(QPalette.ColorRole.Button, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.ButtonText, ink)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0877bd"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, ink)
    app.setPalette(palette)
    # The desktop's own size is kept if it is larger; the projector adds to it.
    if app.property(_DESKTOP_PT) is None:
        app.setProperty(_DESKTOP_PT, app.font().pointSizeF())
    desktop = float(app.property(_DESKTOP_PT))
    font = QFont(app.font())
    font.setPointSizeF(max(desktop, NORMAL.font_pt) + theme.font_pt - NORMAL.font_pt)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))
