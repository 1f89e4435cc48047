"""Text widgets for lesson instructions that never load anything.

Qt's text widgets fetch what markup points at: local files, ``qrc:`` resources, style
sheets, ``data:`` URLs. A lesson is a file from anywhere, so these widgets show only the
sanitised markup (playground.core.markup) and answer every load with nothing, except the
images :func:`~playground.core.markup.display_html` decoded from the lesson itself.
(Answering ``None`` is not enough: Qt then reads a local file itself. An empty image or
byte array is an answer it keeps.)
"""

from __future__ import annotations

import base64
import html
import re

from PySide6.QtCore import QByteArray, QMimeData, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from engine.i18n import QT_TRANSLATE_NOOP, translate

# playground.core.markup (and Python's HTML parser) is imported where markup is first
# shown, read or pasted: the window builds the lesson panel's browser at start, hidden.

# What shows in place of instructions that cannot be shown (a file that was never checked).
REFUSED = QT_TRANSLATE_NOOP(
    "inert_text", "<p><i>These instructions cannot be shown: {reason}</i></p>"
)


def _answer(images: list[QImage], kind: int, url: QUrl) -> object:
    from playground.core.markup import IMAGE_SCHEME

    if kind == QTextDocument.ResourceType.ImageResource.value:
        name = url.toString()
        prefix = f"{IMAGE_SCHEME}:"
        if name.startswith(prefix) and name[len(prefix) :].isdigit():
            number = int(name[len(prefix) :])
            if number < len(images):
                return images[number]
        return QImage()
    return QByteArray()


def _render(document: QTextDocument, text: str) -> list[bytes]:
    """Put the sanitised ``text`` into ``document``; return the images it shows."""
    from playground.core.markup import IMAGE_SCHEME, MarkupError, display_html, quoted

    try:
        markup = display_html(text)
    except MarkupError as exc:
        reason = html.escape(quoted(str(exc), 200)[1:-1])
        document.setHtml(translate("inert_text", REFUSED).format(reason=reason))
        return []
    document.clear()
    for number, data in enumerate(markup.images):
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value,
            QUrl(f"{IMAGE_SCHEME}:{number}"),
            QImage.fromData(data),
        )
    document.setHtml(markup.html)
    return markup.images


class InertTextBrowser(QTextBrowser):
    """A read-only view of instructions: only the allowed markup, no loads, no links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def show_markup(self, text: str) -> None:
        self._images = [QImage.fromData(d) for d in _render(self.document(), text)]

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        return _answer(self._images, kind, url)


class InertTextEdit(QTextEdit):
    """An editor for instructions that loads nothing, not even from pasted markup; its
    :meth:`markup` is the sanitised text a lesson file keeps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: list[bytes] = []  # the lesson's own images, as in its file
        self._images: list[QImage] = []

    def show_markup(self, text: str) -> None:
        self._data = _render(self.document(), text)
        self._images = [QImage.fromData(d) for d in self._data]

    def markup(self) -> str:
        """The text as a lesson keeps it (sanitised; raises MarkupError when too large)."""
        from playground.core.markup import IMAGE_SCHEME, sanitise

        body = body_html(self.toHtml())

        def image(match: re.Match) -> str:
            number = int(match.group(1))
            if number >= len(self._data):
                return 'src=""'
            payload = base64.b64encode(self._data[number]).decode("ascii")
            kind = "jpeg" if self._data[number][:2] == b"\xff\xd8" else "png"
            return f'src="data:image/{kind};base64,{payload}"'

        return sanitise(re.sub(rf'src="{IMAGE_SCHEME}:(\d+)"', image, body))

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        return _answer(self._images, kind, url)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        """Pasted or dropped rich text comes in as the allowed markup, without images."""
        from playground.core.markup import MarkupError, sanitise

        if source.hasHtml() and self.acceptRichText():
            try:
                self.textCursor().insertHtml(sanitise(source.html(), images=False))
                return
            except MarkupError:
                pass  # too large to keep its markup: paste its words
        if source.hasText():
            self.insertPlainText(source.text())


def body_html(document_html: str) -> str:
    """The inside of <body> of what QTextEdit.toHtml() gives, without Qt's page styles."""
    match = re.search(r"<body[^>]*>(.*)</body>", document_html, re.S | re.I)
    inner = match.group(1) if match else document_html
    return inner.strip()
