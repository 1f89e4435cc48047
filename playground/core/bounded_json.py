"""JSON from a file from anywhere, read with bounded work and memory.

``json.loads`` builds the whole value before anything can be checked, and its size in
memory is not bounded by the text's: 64 MB of ``[{"":[]}, …]`` becomes over 2 GB of
Python objects. :func:`loads_bounded` first looks at the text with a few passes that
cost no more than the text itself (counting brackets, separators and quotes, measuring
every string and the nesting depth), and refuses it with a one-line :class:`JsonLimit`
before parsing if any limit is passed; then it parses with hooks that refuse
``NaN``/``Infinity`` and whole numbers too long to be a number a file may hold (Python
refuses to convert more than 4,300 digits with an internal message). Nothing here
imports Qt.
"""

from __future__ import annotations

import json
import re

import numpy as np

from engine.i18n import number, translate

MAX_DEPTH = 32  # a project nests 6 deep
MAX_CONTAINERS = 1_000_000  # arrays and objects (a project of 100,000 points holds 400,000)
MAX_ITEMS = 4_000_000  # values in arrays and objects (commas; 100,000 points take 400,000)
MAX_STRINGS = 500_000  # strings, names included (a project holds a few hundred)
MAX_STRING = 2_000_000  # characters of one string as written (escapes included)
MAX_DIGITS = 1000  # of a whole number (Python itself stops at 4,300 with its own message)
# A string, or an unterminated one up to the end: every quote the scan starts from
# matches at once, so the scan stays linear whatever the text (a pattern that can fail
# from a quote is tried again from the next one: quadratic on '"\\' * n).
_STRING = re.compile(r'"[^"\\]*(?:\\.?[^"\\]*)*(?:"|\Z)', re.S)
_KEY_BEFORE = re.compile(r'"([A-Za-z_][A-Za-z0-9_]{0,63})"\s*:\s*\Z')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class JsonLimit(ValueError):
    """JSON text beyond the limits, or not valid; the message is one line."""


def loads_bounded(text: str) -> object:
    """The value of JSON ``text``, or :class:`JsonLimit` saying which limit it passes (or
    where its syntax is wrong)."""
    check_shape(text)
    try:
        return json.loads(text, parse_int=_whole_number, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise JsonLimit(
            translate(
                "bounded_json", "the file is not valid JSON (line {line}, column {column}: {error})"
            ).format(line=exc.lineno, column=exc.colno, error=exc.msg)
        ) from None
    except RecursionError:
        raise JsonLimit(
            translate("bounded_json", "the JSON is nested more than {limit} deep").format(
                limit=MAX_DEPTH
            )
        ) from None


def check_shape(text: str) -> None:
    """Refuse ``text`` whose parsed value would be too large or too deep, before parsing.

    The counts are upper bounds (a bracket inside a string counts too), so a valid file is
    never judged smaller than it is; each pass costs at most one copy of the text."""
    containers = text.count("[") + text.count("{")
    if containers > MAX_CONTAINERS:
        raise JsonLimit(
            translate(
                "bounded_json",
                "the file holds {count} arrays and objects; a project holds at most {limit}",
            ).format(count=number(containers, ","), limit=number(MAX_CONTAINERS, ","))
        )
    items = text.count(",")
    if items > MAX_ITEMS:
        raise JsonLimit(
            translate(
                "bounded_json", "the file holds more than {limit} values, more than a project holds"
            ).format(limit=number(MAX_ITEMS, ","))
        )
    quotes = text.count('"')
    if quotes > 2 * MAX_STRINGS:
        raise JsonLimit(
            translate(
                "bounded_json", "the file holds {count} strings; a project holds at most {limit}"
            ).format(count=number(quotes // 2, ","), limit=number(MAX_STRINGS, ","))
        )
    widest = max(_STRING.finditer(text), key=lambda m: m.end() - m.start(), default=None)
    longest = 0 if widest is None else widest.end() - widest.start() - 2
    if longest > MAX_STRING:
        raise JsonLimit(_string_too_long(text, widest, longest))
    # Strings out, so that only the structure's brackets are left to measure the depth.
    structure = "".join(_STRING.split(text)).encode("utf-8", "surrogatepass")
    brackets = structure.translate(None, delete=_NOT_BRACKETS)
    del structure
    if brackets:
        codes = np.frombuffer(brackets, dtype=np.uint8)
        steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1).astype(np.int32)
        depth = int(np.cumsum(steps).max())
        if depth > MAX_DEPTH:
            raise JsonLimit(
                translate(
                    "bounded_json",
                    "the JSON is nested {depth} deep; a project nests at most {limit}",
                ).format(depth=number(depth, ","), limit=MAX_DEPTH)
            )


def _string_too_long(text: str, string: re.Match | None, longest: int) -> str:
    """The message for a string too long, naming the object's field it is the value of."""
    key = None
    if string is not None:
        key = _KEY_BEFORE.search(text, max(0, string.start() - 100), string.start())
    if key:
        return translate(
            "bounded_json",
            'the file holds a string of {length} characters (the value of "{key}"); at most {limit}',
        ).format(length=number(longest, ","), key=key.group(1), limit=number(MAX_STRING, ","))
    return translate(
        "bounded_json", "the file holds a string of {length} characters; at most {limit}"
    ).format(length=number(longest, ","), limit=number(MAX_STRING, ","))


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise JsonLimit(
            translate(
                "bounded_json",
                "the file holds a whole number of {count} digits; "
                "numbers in a project have at most {limit}",
            ).format(count=number(len(digits.lstrip("-")), ","), limit=number(MAX_DIGITS, ","))
        )
    return int(digits)


def _constant(name: str) -> None:
    raise JsonLimit(
        translate(
            "bounded_json", "the file holds {name}, which is not a number a project may hold"
        ).format(name=name)
    )
