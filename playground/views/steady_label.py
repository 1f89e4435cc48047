"""Labels whose text changes every frame without laying out the window again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel

# What the window shows behind its panels (theme.py); a label that fills it in itself is
# opaque to Qt, which then repaints the label alone instead of its parents beneath it.
BACKGROUND = QColor("#ffffff")


class SteadyLabel(QLabel):
    """A label of fixed size that grows (once) only when a text no longer fits.

    Qt lets a label of fixed size change its text with a repaint of its own, where a
    label that may grow asks its window to lay out every panel again: measured, most
    frames did so for the epoch counter and the steps/s figure.
    """

    def __init__(self, text: str = "", *samples: str, style: str = "") -> None:
        super().__init__(text)
        self._samples = samples  # texts it should fit from the start
        self._style = style  # a style sheet it will also be shown with (wider, bolder)
        self._fits = 0  # the longest text measured to fit: shorter ones are not measured
        self._holding = False  # hold() restyles the label, which must not call it again
        self._pending = False  # a new hold() is on its way
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def hold(self) -> None:
        """Fix the size to fit the current text and the samples, in either style; call it
        once the label is styled (the application's style sheet applies on polish)."""
        self._holding = True
        self.ensurePolished()
        self.setMinimumSize(0, 0)  # a held size bounds the size hint: measure without it
        text, sheet = self.text(), self.styleSheet()
        width = height = 0
        for style in dict.fromkeys((sheet, self._style or sheet)):
            self.setStyleSheet(style)
            for candidate in (text, *self._samples):
                super().setText("")  # the same text again would keep a stale size hint
                super().setText(candidate)
                hint = self.sizeHint()
                width, height = max(width, hint.width()), max(height, hint.height())
        self.setStyleSheet(sheet)
        super().setText(text)
        self.setFixedSize(width, height)
        self._fits = max(len(t) for t in (text, *self._samples))
        self._holding = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font or style (the projector theme) measures the held size again, once
        the new style has been applied."""
        super().changeEvent(event)
        changes = (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if self._fits and not self._holding and not self._pending and event.type() in changes:
            self._pending = True
            QTimer.singleShot(0, self, self._hold_again)

    def _hold_again(self) -> None:
        self._pending = False
        self.hold()

    def set_text(self, text: str) -> None:
        """setText, growing the held size first if ``text`` would not fit."""
        if text == self.text():
            return
        super().setText(text)
        if len(text) > self._fits and self._fits:
            if self.sizeHint().width() > self.width():
                self._samples = (*self._samples, text)
                self.hold()
            self._fits = max(self._fits, len(text))


class ElidedLabel(QLabel):
    """One line that ends in "…" where its column is too narrow for it, rather than wrap
    (the rewind bar's note took three lines beside a lesson) or widen the column.
    ``text()`` stays the whole text; the tooltip can say more."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, int(self.alignment()), text)
