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
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise JsonLimit(f"the JSON is nested more than {MAX_DEPTH} deep") from None


def check_shape(text: str) -> None:
    """Refuse ``text`` whose parsed value would be too large or too deep, before parsing.

    The counts are upper bounds (a bracket inside a string counts too), so a valid file is
    never judged smaller than it is; each pass costs at most one copy of the text."""
    containers = text.count("[") + text.count("{")
    if containers > MAX_CONTAINERS:
        raise JsonLimit(
            f"the file holds {containers:,} arrays and objects; a project holds at most "
            f"{MAX_CONTAINERS:,}"
        )
    items = text.count(",")
    if items > MAX_ITEMS:
        raise JsonLimit(f"the file holds more than {MAX_ITEMS:,} values, more than a project holds")
    quotes = text.count('"')
    if quotes > 2 * MAX_STRINGS:
        raise JsonLimit(
            f"the file holds {quotes // 2:,} strings; a project holds at most {MAX_STRINGS:,}"
        )
    widest = max(_STRING.finditer(text), key=lambda m: m.end() - m.start(), default=None)
    longest = 0 if widest is None else widest.end() - widest.start() - 2
    if longest > MAX_STRING:
        raise JsonLimit(
            f"the file holds a string of {longest:,} characters{_key_before(text, widest)}; "
            f"at most {MAX_STRING:,}"
        )
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
                f"the JSON is nested {depth:,} deep; a project nests at most {MAX_DEPTH}"
            )


def _key_before(text: str, string: re.Match | None) -> str:
    """' (the value of "name")' when the string is the value of an object's field."""
    if string is None:
        return ""
    key = _KEY_BEFORE.search(text, max(0, string.start() - 100), string.start())
    return f' (the value of "{key.group(1)}")' if key else ""


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise JsonLimit(
            f"the file holds a whole number of {len(digits.lstrip('-')):,} digits; "
            f"numbers in a project have at most {MAX_DIGITS:,}"
        )
    return int(digits)


def _constant(name: str) -> None:
    raise JsonLimit(f"the file holds {name}, which is not a number a project may hold")
