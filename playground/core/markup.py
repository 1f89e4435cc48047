"""Lesson instructions as inert markup: a small allowed subset of HTML, and nothing else.

A lesson is a file a teacher downloads or a student hands in, so its instructions must
never make the window read the disk, the network or Qt's resources, and must never cost
the text engine more than a moment. :func:`sanitise` rebuilds the text from the allowed
elements only (paragraphs, line breaks, bold/italic/underline, headings, lists, simple
tables, sub/superscript, code, and PNG/JPEG images carried inside the file as ``data:``
URIs), with only a few plain attributes; everything else is dropped: links, style
sheets and ``style`` attributes (a Qt ``<span style>`` that only makes text bold,
italic or underlined becomes ``<b>``, ``<i>`` or ``<u>``), scripts, and every reference
to anything outside the text. Nesting deeper than :data:`MAX_DEPTH`, more than
:data:`MAX_ELEMENTS` elements or :data:`MAX_TEXT` characters of text is refused with :class:`MarkupError` rather than cut,
so that what a student sees is what the teacher wrote.

:func:`display_html` gives the same text with each image named ``lesson-image:N`` and
the decoded images, for a text widget that loads nothing itself. Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from PIL import Image

MAX_DEPTH = 24  # elements open at once (the bundled lessons need 4)
MAX_ELEMENTS = 1000  # elements in all (the bundled lessons have about 100)
MAX_TEXT = 50_000  # characters of text shown (images aside; the bundled lessons have 1,000)
MAX_IMAGES = 16
MAX_IMAGE_BYTES = 256 * 1024  # of one decoded image
MAX_IMAGE_SIDE = 2048  # pixels
MAX_IMAGE_PIXELS = 4_000_000  # width × height of all images together: 16 MB decoded
MAX_SIZE_ATTRIBUTE = 2048  # a width, height, padding or span written in the markup
# Qt lays out a long unbroken word in time that grows with its square: on show, a
# zero-width space lets it wrap every so many characters (the text kept is unchanged).
MAX_WORD = 64
IMAGE_SCHEME = "lesson-image"  # how display_html names the images it decoded
IMAGE_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}

# Allowed elements and the attributes each keeps (values are checked below).
ALLOWED: dict[str, tuple[str, ...]] = {
    "p": ("align",),
    "br": (),
    "b": (),
    "strong": (),
    "i": (),
    "em": (),
    "u": (),
    "sub": (),
    "sup": (),
    "code": (),
    "h1": ("align",),
    "h2": ("align",),
    "h3": ("align",),
    "h4": ("align",),
    "h5": ("align",),
    "h6": ("align",),
    "ul": (),
    "ol": (),
    "li": (),
    "table": ("border", "cellpadding", "cellspacing"),
    "thead": (),
    "tbody": (),
    "tr": (),
    "td": ("align", "colspan", "rowspan"),
    "th": ("align", "colspan", "rowspan"),
    "img": ("src", "width", "height", "alt"),
}
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "embed"}
VOID |= {"param", "source", "track", "keygen"}
# Dropped together with everything inside them.
SKIPPED = {"script", "style", "head", "title", "template", "object", "iframe", "svg", "math"}
SKIPPED |= {"noscript", "textarea", "select", "applet", "frameset", "frame", "audio", "video"}
# A new one of these closes an open element of the same family, as HTML does.
CLOSES = {
    "li": ({"li"}, {"ul", "ol"}),
    "tr": ({"tr", "td", "th"}, {"table"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "div", "pre"}
ALIGNS = {"left", "center", "right", "justify"}
_STYLE_BOLD = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)\b", re.I)
_STYLE_ITALIC = re.compile(r"font-style\s*:\s*(italic|oblique)\b", re.I)
_STYLE_UNDERLINE = re.compile(r"text-decoration[^;]*\bunderline\b", re.I)
_DATA_URI = re.compile(r"data:(image/(?:png|jpeg|jpg));base64,([A-Za-z0-9+/=\s]*)\Z", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_WORD = re.compile(rf"[^\s\u200b]{{{MAX_WORD}}}(?=[^\s\u200b])")
TABLE_PARTS = {"table", "thead", "tbody", "tr", "td", "th"}


class MarkupError(ValueError):
    """Instructions too deeply nested or too large to show; the message is one line."""


@dataclass
class Markup:
    """Sanitised instructions: the clean text, and the images it shows (decoded)."""

    html: str
    images: list[bytes] = field(default_factory=list)


def sanitise(text: str, images: bool = True) -> str:
    """The instructions rebuilt from the allowed markup only (what a lesson file keeps);
    ``images=False`` drops the images too (for pasted text).

    Raises :class:`MarkupError` when the markup is nested deeper than MAX_DEPTH, holds
    more than MAX_ELEMENTS elements, or carries an image that is too large or not a
    PNG/JPEG. Sanitising clean text gives it back unchanged."""
    return _Sanitiser(display=False, images=images).run(text).html


def display_html(text: str) -> Markup:
    """The sanitised instructions for a text widget: images are named
    ``lesson-image:N`` (N counts from 0) and returned decoded in :attr:`Markup.images`."""
    return _Sanitiser(display=True).run(text)


def plain_text(text: str) -> str:
    """The words of the instructions, without markup (for tooltips and status tips)."""
    collector = _TextOnly()
    collector.feed(text)
    collector.close()
    return " ".join("".join(collector.parts).split())


def clean_text(text: str) -> str:
    """``text`` with lone surrogates (which UTF-8 cannot store) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def quoted(text: str, limit: int = 80) -> str:
    """``text`` in quotes, cut to ``limit`` characters, for a one-line message."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return '"' + "".join(c if c.isprintable() else "?" for c in short) + '"'


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS or tag in ("br", "li"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


@dataclass
class _Open:
    tag: str  # as written in the source
    emitted: tuple[str, ...]  # the allowed tags written for it, outermost first


class _Sanitiser(HTMLParser):
    def __init__(self, display: bool, images: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.display = display
        self.keep_images = images
        self.out: list[str] = []
        self.stack: list[_Open] = []
        self.elements = 0
        self.characters = 0
        self.skipping = 0  # depth inside a SKIPPED element
        self.images: list[bytes] = []
        self.pixels = 0

    def run(self, text: str) -> Markup:
        self.feed(clean_text(text))
        self.close()
        while self.stack:
            self._pop()
        return Markup("".join(self.out), self.images)

    # ------------------------------------------------------------------ parsing
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, void=tag in VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, void=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], void: bool) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise MarkupError(
                f"the instructions hold more than {MAX_ELEMENTS:,} elements (tags); "
                "split them into fewer paragraphs"
            )
        if self.skipping:
            if tag in SKIPPED and not void:
                self.skipping += 1
            return
        if tag in SKIPPED and not void:
            self.skipping = 1
            return
        self._auto_close(tag)
        emitted: tuple[str, ...] = ()
        # Tables do not nest (Qt lays nested ones out slowly): an inner one keeps its text.
        nested_table = tag in TABLE_PARTS and tag != "table" and self._tables() != 1
        nested_table |= tag == "table" and self._tables() > 0
        if tag in ALLOWED and tag != "img" and not nested_table:
            emitted = (tag,)
            self.out.append(f"<{tag}{self._attributes(tag, attrs)}>")
        elif tag == "img":
            self._image(attrs)
        elif tag == "span":
            style = next((v or "" for k, v in attrs if k == "style"), "")
            emitted = tuple(
                name
                for name, pattern in (
                    ("b", _STYLE_BOLD),
                    ("i", _STYLE_ITALIC),
                    ("u", _STYLE_UNDERLINE),
                )
                if pattern.search(style)
            )
            self.out.extend(f"<{name}>" for name in emitted)
        if void or tag in VOID:
            return
        self.stack.append(_Open(tag, emitted))
        if len(self.stack) > MAX_DEPTH:
            raise MarkupError(
                f"the instructions nest elements more than {MAX_DEPTH} deep "
                f"(<{tag[:20]}> inside {len(self.stack) - 1} others)"
            )

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in SKIPPED:
                self.skipping -= 1
            return
        if any(o.tag == tag for o in self.stack):
            while self.stack[-1].tag != tag:
                self._pop()
            self._pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.characters += len(data)
            if self.characters > MAX_TEXT:
                raise MarkupError(
                    f"the instructions hold more than {MAX_TEXT:,} characters of text; shorten them"
                )
            if self.display:
                data = _LONG_WORD.sub(lambda m: m.group(0) + "\u200b", data)
            self.out.append(html.escape(data, quote=False))

    # ------------------------------------------------------------------ helpers
    def _tables(self) -> int:
        """How many tables are open (the first one only is kept)."""
        return sum(1 for o in self.stack if o.tag == "table")

    def _pop(self) -> None:
        entry = self.stack.pop()
        self.out.extend(f"</{name}>" for name in reversed(entry.emitted))

    def _auto_close(self, tag: str) -> None:
        """A block closes an open paragraph; a list item, row or cell its open sibling."""
        if tag in BLOCKS or tag in CLOSES:
            self._close_up_to({"p"} if tag not in CLOSES else {"p", *CLOSES[tag][0]}, tag)

    def _close_up_to(self, targets: set[str], tag: str) -> None:
        barrier = CLOSES[tag][1] if tag in CLOSES else set()
        for index in range(len(self.stack) - 1, -1, -1):
            name = self.stack[index].tag
            if name in barrier:
                return
            if name in targets:
                while len(self.stack) > index:
                    self._pop()
                return
            if name not in ("p", "b", "i", "u", "em", "strong", "span", "code", "sub", "sup"):
                return

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        keep = []
        for name, value in attrs:
            if name not in ALLOWED[tag] or value is None:
                continue
            value = value.strip().lower()
            if name == "align":
                ok = value in ALIGNS
            else:  # border, cellpadding, cellspacing, colspan, rowspan
                ok = value.isdigit() and len(value) <= 4 and int(value) <= MAX_SIZE_ATTRIBUTE
                value = str(int(value)) if ok else value
            if ok:
                keep.append(f' {name}="{value}"')
        return "".join(keep)

    def _image(self, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        match = _DATA_URI.match(values.get("src", "").strip())
        if match is None or not self.keep_images:
            return  # anything but an image inside the file is dropped
        number = len(self.images) + 1
        if number > MAX_IMAGES:
            raise MarkupError(f"the instructions hold more than {MAX_IMAGES} images")
        payload = "".join(match.group(2).split())
        if len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
            raise MarkupError(
                f"image {number} is larger than {MAX_IMAGE_BYTES // 1024} kB; use a smaller picture"
            )
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise MarkupError(f"image {number} is not valid base64 data") from None
        mime, pixels = _image_type(data, number)
        self.pixels += pixels
        if self.pixels > MAX_IMAGE_PIXELS:
            raise MarkupError(
                f"the images hold more than {MAX_IMAGE_PIXELS:,} pixels in all; "
                "use fewer or smaller pictures"
            )
        self.images.append(data)
        src = f"{IMAGE_SCHEME}:{number - 1}" if self.display else _data_uri(mime, data)
        parts = [f'<img src="{src}"']
        for name in ("width", "height"):
            size = values.get(name, "").strip()
            if size.isdigit() and len(size) <= 4 and 0 < int(size) <= MAX_SIZE_ATTRIBUTE:
                parts.append(f' {name}="{int(size)}"')
        alt = values.get("alt", "")
        if alt:
            parts.append(f' alt="{html.escape(alt[:200])}"')
        self.out.append("".join(parts) + " />")


def _image_type(data: bytes, number: int) -> tuple[str, int]:
    """The MIME type and pixel count of a PNG or JPEG image within the limits."""
    if len(data) > MAX_IMAGE_BYTES:
        raise MarkupError(
            f"image {number} is larger than {MAX_IMAGE_BYTES // 1024} kB; use a smaller picture"
        )
    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header, not the pixels
            kind, (width, height) = image.format, image.size
    except Exception:  # noqa: BLE001 (Pillow raises many kinds on damaged data)
        raise MarkupError(f"image {number} is not a PNG or JPEG picture") from None
    if kind not in IMAGE_FORMATS:
        raise MarkupError(f"image {number} is a {kind} picture; only PNG and JPEG are shown")
    if max(width, height) > MAX_IMAGE_SIDE:
        raise MarkupError(
            f"image {number} is {width:,} × {height:,} pixels; at most {MAX_IMAGE_SIDE:,} on a side"
        )
    return IMAGE_FORMATS[kind], width * height


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
