"""A light theme that stays legible on a classroom projector: large type, strong contrast."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QWidget { color: #1e1e1e; }
QWidget:disabled { color: #a3a3a3; }
QMainWindow, QWidget#topBar { background: #ffffff; }
QWidget#topBar { border-bottom: 1px solid #d0d0d0; }
QLabel#caption { color: #555555; font-size: 9pt; text-transform: uppercase; }
QLabel#epochLabel { font-size: 20pt; font-weight: 600; font-family: monospace; }
QLabel#banner { padding: 10px 16px; font-size: 12pt; font-weight: 600; }
QLabel#banner[kind="error"] { background: #fde2e1; color: #8a1c12; border-bottom: 2px solid #d9534f; }
QLabel#banner[kind="info"] { background: #e3f0fb; color: #0b4a75; border-bottom: 2px solid #0877bd; }
QLabel#banner[kind="warning"] { background: #fff3d6; color: #5c3b00; border-bottom: 2px solid #e0a100; }
QToolButton#playButton { background: #0877bd; border-radius: 26px; padding: 6px; }
QToolButton#playButton:hover { background: #0a8ad8; }
QComboBox, QSpinBox { min-height: 26px; padding: 1px 6px; }
QSplitter::handle { background: #ececec; }
QStatusBar { font-size: 10pt; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same look on every platform, and it honours the palette
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f7f7"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0877bd"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1e1e1e"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
