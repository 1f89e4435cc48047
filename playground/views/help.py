"""The Help menu's pages: Quick start, Keyboard shortcuts and About.

Quick start is a picture of the window as it is, with its five regions outlined and
numbered beside what each is for. Keyboard shortcuts is read from the window's actions
each time it opens, so it lists what the keys really do. About says which versions run,
with a button that copies them for a bug report.
"""

from __future__ import annotations

import platform
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6.QtCore import QPoint, QRectF, Qt, qVersion
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import translate
from playground.views.accessibility import name_controls

PICTURE_WIDTH = 620  # px: the picture and the text beside it fit a 1366×768 screen
STEPS_WIDTH = 360
MARK = QColor(213, 94, 0)  # vermillion: apart from the app's orange and blue


@dataclass(frozen=True)
class Region:
    """A part of the window that Quick start points at."""

    title: str
    widget: QWidget
    text: str


def quick_start_regions(
    top_bar: QWidget,
    data_panel: QWidget,
    network_view: QWidget,
    output_view: QWidget,
    loss_chart: QWidget,
) -> list[Region]:
    """The window's five regions and what each is for, in reading order."""
    return [
        Region(
            translate("help", "Top bar"),
            top_bar,
            translate(
                "help",
                "Play (Space) trains and pauses; Step by step (W) walks backpropagation "
                "through one point. The boxes set how the network learns.",
            ),
        ),
        Region(
            translate("help", "Data"),
            data_panel,
            translate(
                "help",
                "Pick a data set, its number of points and its noise; or paint your own "
                "points (P).",
            ),
        ),
        Region(
            translate("help", "Network"),
            network_view,
            translate(
                "help",
                "Inputs on the left, hidden layers, the output on the right; + and − add "
                "layers and neurons. Blue links are positive weights, orange negative, "
                "thicker ones stronger.",
            ),
        ),
        Region(
            translate("help", "Output"),
            output_view,
            translate(
                "help",
                "What the network predicts over the plane, with the data on top: each "
                "class in its colour and shape; training points filled, test points hollow "
                "(Show test data).",
            ),
        ),
        Region(
            translate("help", "Loss chart and timeline"),
            loss_chart,
            translate(
                "help",
                "The loss over the epochs. Drag the timeline under it to rewind; Left steps "
                "back one epoch.",
            ),
        ),
    ]


def versions() -> list[tuple[str, str]]:
    """(name, version) of the app and what it runs on."""
    from importlib import metadata  # 10 ms to import: not on the way to the first frame

    try:
        app = metadata.version("nn-playground")
    except metadata.PackageNotFoundError:  # run from a copy that was never installed
        app = translate("help", "unknown")
    return [
        ("NN Playground", app),
        ("Python", platform.python_version()),
        ("PySide6", PySide6.__version__),
        ("Qt", qVersion()),
        ("NumPy", np.__version__),
        ("pyqtgraph", pg.__version__),
        (
            translate("help", "System"),
            f"{platform.system()} {platform.release()} {platform.machine()}",
        ),
    ]


def _plain(text: str) -> str:
    """A menu entry's text without its mnemonic's & (and without a trailing …)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _menu_actions(menu: QMenu, path: str) -> list[tuple[QAction, str]]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _menu_actions(sub, f"{path} › {_plain(sub.title())}")
        else:
            found.append((action, path))
    return found


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(keys, what they do, menu) for every action of ``window`` that has a shortcut: the
    menus' in the menu bar's order, then the window's keys that no menu shows."""
    in_menus: list[tuple[QAction, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            in_menus += _menu_actions(menu, _plain(menu.title()))
    others = [(a, "") for a in [*window.actions(), *window.findChildren(QAction)]]
    rows, seen = [], set()
    native = QKeySequence.SequenceFormat.NativeText
    for action, menu_path in in_menus + others:
        keys = action.shortcuts()
        if not keys or not action.isVisible() or id(action) in seen:
            continue
        seen.add(id(action))
        shown = ", ".join(k.toString(native) for k in keys)
        rows.append((shown, _plain(action.text()), menu_path or translate("help", "(keys only)")))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("help", "Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("help", "Keys"),
                translate("help", "What they do"),
                translate("help", "Menu"),
            ]
        )
        self.table.setAccessibleName(translate("help", "Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            translate("help", "Every key of the window and what it does")
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            translate(
                "help",
                "Tab and Shift+Tab move between the controls; Space or Enter presses the one "
                "with the focus ring.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def texts(self) -> list[tuple[str, ...]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))
            for r in range(self.table.rowCount())
        ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help", "About NN Playground"))
        self.text = "\n".join(f"{name} {version}" for name, version in versions())
        what = translate(
            "help",
            "Draw a network, pick or paint data, press play and watch backpropagation learn. "
            "Works offline.",
        )
        pages = translate(
            "help",
            "Help › Quick start shows the window's parts; Help › Keyboard shortcuts lists "
            "the keys.",
        )
        intro = QLabel(f"<b>NN Playground</b><p>{what}</p><p>{pages}</p>")
        intro.setWordWrap(True)
        listing = QLabel(self.text)
        listing.setObjectName("versions")  # names and numbers: the same in every language
        listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            translate("help", "&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(translate("help", "Copy the versions, e.g. into a bug report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listing)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text)
        self.copy_button.setText(translate("help", "Copied"))


class QuickStart(QDialog):
    """The window's picture with its regions outlined and numbered, and what each does."""

    def __init__(self, window: QWidget, regions: Sequence[Region]) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("help", "Quick start"))
        self.regions = list(regions)
        self.marks: list[QRectF] = []  # where each region is outlined in the picture
        self.picture = QLabel()
        self.picture.setPixmap(self._draw(window))
        self.picture.setAccessibleName(
            translate("help", "Picture of the window with its regions numbered")
        )
        step = translate("help", "<p><b>{number}. {title}</b><br>{text}</p>")
        steps = "".join(
            step.format(number=i, title=r.title, text=r.text) for i, r in enumerate(self.regions, 1)
        )
        # A text box that scrolls: with projector-sized type the five steps may not fit.
        self.steps = QTextBrowser()
        self.steps.setHtml(steps)
        self.steps.setFrameShape(QFrame.Shape.NoFrame)
        self.steps.setMinimumWidth(STEPS_WIDTH)
        self.steps.setAccessibleName(translate("help", "What each region is for"))
        self.steps.viewport().setAutoFillBackground(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.steps, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        # As tall as the picture or the text needs, within the screen.
        self.steps.ensurePolished()  # measured in the font it will be shown in
        self.steps.document().setDefaultFont(self.steps.font())
        self.steps.document().setTextWidth(STEPS_WIDTH)
        text_height = int(self.steps.document().size().height()) + 8
        wanted = max(self.picture.pixmap().height(), text_height) + 60
        screen = window.screen().availableGeometry().height() if window.screen() else wanted
        self.resize(PICTURE_WIDTH + STEPS_WIDTH + 40, min(wanted, screen - 60))

    def _draw(self, window: QWidget) -> QPixmap:
        shot = window.grab()
        scale = PICTURE_WIDTH / max(1, window.width())
        picture = QPixmap(
            shot.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        )
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(11)
        painter.setFont(font)
        for i, region in enumerate(self.regions, 1):
            widget = region.widget
            if not widget.isVisible():
                self.marks.append(QRectF())
                continue
            corner = widget.mapTo(window, QPoint(0, 0))
            rect = QRectF(corner.x(), corner.y(), widget.width(), widget.height())
            rect = QRectF(rect.topLeft() * scale, rect.size() * scale).adjusted(2, 2, -2, -2)
            self.marks.append(rect)
            painter.setPen(QPen(MARK, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 4, 4)
            badge = QRectF(rect.left() + 4, rect.top() + 4, 22, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MARK)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(i))
        painter.end()
        return picture


class HelpPages:
    """Help › Quick start, Keyboard shortcuts and About, added to ``menu``."""

    def __init__(self, window: QMainWindow, menu: QMenu, regions: Sequence[Region]) -> None:
        self._window = window
        self._regions = list(regions)
        self.quick_start_action = self._add(
            menu, translate("help", "&Quick start"), self.show_quick_start, "F1"
        )
        self.shortcuts_action = self._add(
            menu, translate("help", "&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/"
        )
        menu.addSeparator()
        self.about_action = self._add(
            menu, translate("help", "&About NN Playground"), self.show_about
        )
        self.dialog: QDialog | None = None  # the page on show, if any

    def _add(self, menu: QMenu, text: str, slot, keys: str | None = None) -> QAction:
        action = QAction(text, self._window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_controls(dialog)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.show()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def show_quick_start(self) -> QDialog:
        return self._show(QuickStart(self._window, self._regions))

    def show_shortcuts(self) -> QDialog:
        return self._show(ShortcutsDialog(self._window))

    def show_about(self) -> QDialog:
        return self._show(AboutDialog(self._window))
