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

from engine.i18n import number as shown_number
from engine.i18n import translate

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
SKIPPED |= {"xmp", "noembed", "noframes", "plaintext"}
# Their content is text up to their end tag, never markup (as in HTML).
RAW = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"}
RAW |= {"noscript", "plaintext"}
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


# One token of markup. Every alternative either matches at once or runs to the end of the
# text (an unclosed comment, tag or quote), and the text alternative swallows a "<" that
# starts no tag: one pass over the text, whatever it holds. (The standard library's
# html.parser takes quadratic time on "<a" × n or "<!--" × n, and raises on "<![".)
_TOKEN = re.compile(
    r"<!--(?:.*?-->|.*\Z)"  # a comment
    r"|<[!?][^>]*>?"  # a declaration or processing instruction
    r"|</([A-Za-z][^\s/>]*)[^>]*>?"  # an end tag
    r"|<([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"?|'[^']*'?)*)>?"  # a start tag
    r"|(?:[^<]|<(?![A-Za-z!?]|/[A-Za-z]))+",  # text
    re.S,
)
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s"'>]*)))?""")


class _Reader:
    """Reads markup into start tags, end tags and text (entities decoded), as
    html.parser.HTMLParser would, in one linear pass; subclasses handle the parts."""

    def feed(self, text: str) -> None:
        pos, end = 0, len(text)
        while pos < end:
            match = _TOKEN.match(text, pos)
            assert match is not None  # the text alternative matches any other character
            pos = match.end()
            closing, opening, attributes = match.group(1, 2, 3)
            token = match.group(0)
            if opening:
                tag = opening.lower()
                pairs = _attributes_of(attributes or "")
                if (attributes or "").rstrip().endswith("/") and token.endswith(">"):
                    self.handle_startendtag(tag, pairs)
                    continue
                self.handle_starttag(tag, pairs)
                if tag in RAW:  # its content is not markup: straight to its end tag
                    found = re.compile(rf"</{re.escape(tag)}(?![^\s/>])", re.I).search(text, pos)
                    pos = found.start() if found else end
            elif closing:
                self.handle_other()
                self.handle_endtag(closing.lower())
            elif token.startswith("<") and (token[1:2] in ("!", "?")):
                self.handle_other()
            else:
                self.handle_data(html.unescape(token))

    def close(self) -> None:
        """Nothing is held back: feed reads the whole text at once."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        pass

    def handle_data(self, data: str) -> None:
        pass

    def handle_other(self) -> None:
        """An end tag, comment or declaration was read."""


def _attributes_of(text: str) -> list[tuple[str, str | None]]:
    """The (name, value) pairs of a start tag's attributes; None: written without a value."""
    pairs: list[tuple[str, str | None]] = []
    for m in _ATTRIBUTE.finditer(text):
        value = next((v for v in m.group(2, 3, 4) if v is not None), None)
        pairs.append((m.group(1).lower(), None if value is None else html.unescape(value)))
    return pairs


class _TextOnly(_Reader):
    def __init__(self) -> None:
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


class _Sanitiser(_Reader):
    def __init__(self, display: bool, images: bool = True) -> None:
        self.display = display
        self.keep_images = images
        self.out: list[str] = []
        self.stack: list[_Open] = []
        self.elements = 0  # start tags
        self.tokens = 0  # start and end tags, comments, declarations
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

    def handle_other(self) -> None:
        self.tokens += 1
        if self.tokens > 4 * MAX_ELEMENTS:
            raise MarkupError(
                translate(
                    "markup",
                    "the instructions hold more than {limit} tags and comments; "
                    "split them into fewer paragraphs",
                ).format(limit=shown_number(4 * MAX_ELEMENTS, ","))
            )

    def _count(self) -> None:
        self.handle_other()
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise MarkupError(
                translate(
                    "markup",
                    "the instructions hold more than {limit} elements (tags); "
                    "split them into fewer paragraphs",
                ).format(limit=shown_number(MAX_ELEMENTS, ","))
            )

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], void: bool) -> None:
        self._count()
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
            style = next((v or "" for k, v in attrs if k == "style"), "")[:1000]
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
                translate(
                    "markup",
                    "the instructions nest elements more than {limit} deep "
                    "(<{tag}> inside {count} others)",
                ).format(limit=MAX_DEPTH, tag=tag[:20], count=len(self.stack) - 1)
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
                    translate(
                        "markup",
                        "the instructions hold more than {limit} characters of text; shorten them",
                    ).format(limit=shown_number(MAX_TEXT, ","))
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
            raise MarkupError(
                translate("markup", "the instructions hold more than {limit} images").format(
                    limit=MAX_IMAGES
                )
            )
        payload = "".join(match.group(2).split())
        if len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
            raise MarkupError(_too_large(number))
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise MarkupError(
                translate("markup", "image {number} is not valid base64 data").format(number=number)
            ) from None
        mime, pixels = _image_type(data, number)
        self.pixels += pixels
        if self.pixels > MAX_IMAGE_PIXELS:
            raise MarkupError(
                translate(
                    "markup",
                    "the images hold more than {limit} pixels in all; use fewer or smaller pictures",
                ).format(limit=shown_number(MAX_IMAGE_PIXELS, ","))
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


def _too_large(number: int) -> str:
    return translate(
        "markup", "image {number} is larger than {limit} kB; use a smaller picture"
    ).format(number=number, limit=MAX_IMAGE_BYTES // 1024)


def _image_type(data: bytes, number: int) -> tuple[str, int]:
    """The MIME type and pixel count of a PNG or JPEG image within the limits."""
    if len(data) > MAX_IMAGE_BYTES:
        raise MarkupError(_too_large(number))
    from PIL import Image  # here: most lessons have no picture, and the window starts without

    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header, not the pixels
            kind, (width, height) = image.format, image.size
    except Exception:  # noqa: BLE001 (Pillow raises many kinds on damaged data)
        raise MarkupError(
            translate("markup", "image {number} is not a PNG or JPEG picture").format(number=number)
        ) from None
    if kind not in IMAGE_FORMATS:
        raise MarkupError(
            translate(
                "markup", "image {number} is a {kind} picture; only PNG and JPEG are shown"
            ).format(number=number, kind=kind)
        )
    if max(width, height) > MAX_IMAGE_SIDE:
        raise MarkupError(
            translate(
                "markup", "image {number} is {width} × {height} pixels; at most {limit} on a side"
            ).format(
                number=number,
                width=shown_number(width, ","),
                height=shown_number(height, ","),
                limit=shown_number(MAX_IMAGE_SIDE, ","),
            )
        )
    return IMAGE_FORMATS[kind], width * height


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
