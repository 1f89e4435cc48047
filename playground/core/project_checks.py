"""The small checks every part of a project file goes through, and the error they raise.

Each check names the field it looks at (``where``, e.g. ``network.params[0].W``) in a
one-line :class:`ProjectError`, and checks types, sizes and bounds before any array is
built, so that a damaged or hostile file costs little and explains itself. Nothing here
imports Qt.
"""

from __future__ import annotations

import json
from typing import NoReturn, TypeGuard

import numpy as np


class ProjectError(ValueError):
    """A project file that cannot be used; the message is one line naming the field."""


def fail(where: str, message: str) -> NoReturn:
    raise ProjectError(f"{where}: {message}")


def one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def json_type(value: object) -> str:
    return {
        dict: "object",
        list: "array",
        str: "string",
        bool: "true/false",
        int: "number",
        float: "number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def shown(value: object) -> str:
    if isinstance(value, (list, dict)):
        return f"a JSON {json_type(value)} of {len(value):,} items"
    text = (
        json.dumps(value) if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
    )
    return text if len(text) <= 60 else text[:57] + "..."


def is_int(value: object) -> TypeGuard[int]:
    return type(value) is int


def is_number(value: object) -> TypeGuard[int | float]:
    return type(value) in (int, float)


def whole_number(value: object, where: str, low: int, high: int) -> int:
    if not is_int(value) or not low <= value <= high:
        fail(where, f"must be a whole number from {low:,} to {high:,}; got {shown(value)}")
    return value


def bounded_text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str):
        fail(where, f"must be text; got {shown(value)}")
    if len(value) > limit:
        fail(where, f"is {len(value):,} characters long; at most {limit:,}")
    return value


def json_object(
    value: object,
    where: str,
    required: tuple[str, ...] = (),
    optional: tuple[str, ...] | None = None,
) -> dict:
    """``value`` as a JSON object with the ``required`` keys (and, if given, only these and
    the ``optional`` ones)."""
    if not isinstance(value, dict):
        fail(where, f"must be a JSON object; got {shown(value)}")
    missing = [k for k in required if k not in value]
    if missing:
        fail(where, f"is missing {', '.join(missing)}")
    if optional is not None:
        unknown = sorted(str(k) for k in set(value) - set(required) - set(optional))
        if unknown:
            fail(where, f"has unknown fields {unknown}")
    return value


def json_list(value: object, where: str) -> list:
    if not isinstance(value, list):
        fail(where, f"must be a list; got {shown(value)}")
    return value


def list_length(value: object, where: str) -> int:
    return len(json_list(value, where))


def number_matrix(value: object, rows: int, cols: int, where: str, bound: float) -> np.ndarray:
    """A (rows, cols) float64 array of finite numbers within ±bound, checked before it is built."""
    items = json_list(value, where)
    if len(items) != rows:
        fail(where, f"must have {rows:,} rows for this network; got {len(items):,}")
    for i, row in enumerate(items):
        if type(row) is not list or len(row) != cols:
            fail(f"{where}[{i}]", f"must be a list of {cols} numbers; got {shown(row)}")
        for v in row:
            if type(v) not in (int, float):
                fail(f"{where}[{i}]", f"must hold only numbers; got {shown(v)}")
    return _finite(value, where, bound).reshape(rows, cols)


def number_vector(value: object, n: int, where: str, bound: float) -> np.ndarray:
    items = json_list(value, where)
    if len(items) != n:
        fail(where, f"must hold {n:,} numbers; got {len(items):,}")
    for i, v in enumerate(items):
        if type(v) not in (int, float):
            fail(f"{where}[{i}]", f"must be a number; got {shown(v)}")
    return _finite(value, where, bound).reshape(n)


def _finite(value: object, where: str, bound: float) -> np.ndarray:
    try:
        arr = np.array(value, dtype=np.float64)
    except (OverflowError, ValueError, TypeError):
        fail(where, "holds a number too large to use")
    if not np.all(np.isfinite(arr)):
        fail(where, "holds a number that is not finite")
    if arr.size and float(np.max(np.abs(arr))) > bound:
        fail(where, f"holds a value beyond ±{bound:g}")
    return arr
