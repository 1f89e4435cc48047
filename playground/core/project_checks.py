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

from engine.i18n import number, translate

QUOTE_LIMIT = 80  # characters of a bad value a message repeats
MESSAGE_LIMIT = 400  # characters of a whole message, whatever went into it
MAX_NAME = 64  # characters of a name in the settings, a network spec or a Compare lane
MAX_SMALL_ITEMS = 256  # values in a settings value, a spec or a lane, all levels together
MAX_WHOLE = 2**63 - 1  # a whole number in those


class ProjectError(ValueError):
    """A project file that cannot be used; the message is one line naming the field."""


def unknown_fields(names: list[str]) -> str:
    """The message for fields a part does not know (the names are data)."""
    return translate("project_checks", "has unknown fields {names}").format(
        names=shown_names(names)
    )


def fail(where: str, message: str) -> NoReturn:
    raise ProjectError(one_line(f"{where}: {message}"))


def one_line(exc: BaseException | str) -> str:
    """``exc``'s message on one line, cut to MESSAGE_LIMIT characters."""
    text = exc if isinstance(exc, str) else (str(exc) or type(exc).__name__)
    if len(text) > 4 * MESSAGE_LIMIT:
        text = text[: 4 * MESSAGE_LIMIT]
    text = " ".join(text.split())
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


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


def shown(value: object, limit: int = QUOTE_LIMIT) -> str:
    """How a bad value appears in a message: at most ``limit`` characters of it, quoted
    and escaped (every message that repeats a value from a file goes through here)."""
    if isinstance(value, (list, dict)):
        return f"a JSON {json_type(value)} of {len(value):,} items"
    if isinstance(value, str):
        text = json.dumps(value[: limit + 1])
    elif type(value) is int and abs(value) >= 10**limit:  # too long to repeat
        text = f"a whole number of more than {limit} digits"
    elif isinstance(value, (int, float, bool, type(None))):
        text = json.dumps(value)
    else:
        text = repr(value)[: limit + 1]
    return text if len(text) <= limit else text[: limit - 4] + "…" + text[-1:]


def shown_names(names: list) -> str:
    """A few unknown names, each cut short."""
    listed = ", ".join(repr(n if len(n) <= 40 else n[:39] + "…") for n in map(str, names[:5]))
    return f"[{listed}{', …' if len(names) > 5 else ''}]"


def small_value(value: object, where: str) -> None:
    """Refuse a settings value, network spec or Compare lane that is too large to be one
    (long text, many items, huge numbers), before anything repeats it in a message."""
    pending, count = [(value, where, 0)], 0
    while pending:
        item, here, depth = pending.pop()
        count += 1 + (len(item) if isinstance(item, (list, dict)) else 0)
        if count > MAX_SMALL_ITEMS or depth > 4:
            fail(
                where,
                translate("project_checks", "is too large or too deeply nested to be a setting"),
            )
        if isinstance(item, str) and len(item) > MAX_NAME:
            fail(
                here,
                translate(
                    "project_checks", "must be a name of at most {limit} characters; got {value}"
                ).format(limit=MAX_NAME, value=shown(item)),
            )
        if type(item) is int and abs(item) > MAX_WHOLE:
            fail(
                here,
                translate(
                    "project_checks", "must be a whole number of at most 19 digits; got {value}"
                ).format(value=shown(item)),
            )
        if isinstance(item, dict):
            for key, sub in item.items():
                if len(key) > MAX_NAME:
                    fail(
                        here,
                        translate("project_checks", "has an unknown field {name}").format(
                            name=shown(key)
                        ),
                    )
                pending.append((sub, f"{here}.{key}", depth + 1))
        elif isinstance(item, list):
            pending.extend((sub, f"{here}[{i}]", depth + 1) for i, sub in enumerate(item))


def is_int(value: object) -> TypeGuard[int]:
    return type(value) is int


def is_number(value: object) -> TypeGuard[int | float]:
    return type(value) in (int, float)


def whole_number(value: object, where: str, low: int, high: int) -> int:
    if not is_int(value) or not low <= value <= high:
        fail(
            where,
            translate(
                "project_checks", "must be a whole number from {low} to {high}; got {value}"
            ).format(low=number(low, ","), high=number(high, ","), value=shown(value)),
        )
    return value


def bounded_text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str):
        fail(
            where,
            translate("project_checks", "must be text; got {value}").format(value=shown(value)),
        )
    if len(value) > limit:
        fail(
            where,
            translate("project_checks", "is {length} characters long; at most {limit}").format(
                length=number(len(value), ","), limit=number(limit, ",")
            ),
        )
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
        fail(
            where,
            translate("project_checks", "must be a JSON object; got {value}").format(
                value=shown(value)
            ),
        )
    missing = [k for k in required if k not in value]
    if missing:
        fail(
            where,
            translate("project_checks", "is missing {fields}").format(fields=", ".join(missing)),
        )
    if optional is not None:
        unknown = sorted(str(k) for k in set(value) - set(required) - set(optional))
        if unknown:
            fail(where, unknown_fields(unknown))
    return value


def json_list(value: object, where: str) -> list:
    if not isinstance(value, list):
        fail(
            where,
            translate("project_checks", "must be a list; got {value}").format(value=shown(value)),
        )
    return value


def list_length(value: object, where: str) -> int:
    return len(json_list(value, where))


def number_matrix(value: object, rows: int, cols: int, where: str, bound: float) -> np.ndarray:
    """A (rows, cols) float64 array of finite numbers within ±bound, checked before it is built."""
    items = json_list(value, where)
    if len(items) != rows:
        fail(
            where,
            translate(
                "project_checks", "must have {rows} rows for this network; got {count}"
            ).format(rows=number(rows, ","), count=number(len(items), ",")),
        )
    for i, row in enumerate(items):
        if type(row) is not list or len(row) != cols:
            fail(
                f"{where}[{i}]",
                translate(
                    "project_checks", "must be a list of {count} numbers; got {value}"
                ).format(count=cols, value=shown(row)),
            )
        for v in row:
            if type(v) not in (int, float):
                fail(
                    f"{where}[{i}]",
                    translate("project_checks", "must hold only numbers; got {value}").format(
                        value=shown(v)
                    ),
                )
    return _finite(value, where, bound).reshape(rows, cols)


def number_vector(value: object, n: int, where: str, bound: float) -> np.ndarray:
    items = json_list(value, where)
    if len(items) != n:
        fail(
            where,
            translate("project_checks", "must hold {n} numbers; got {count}").format(
                n=number(n, ","), count=number(len(items), ",")
            ),
        )
    for i, v in enumerate(items):
        if type(v) not in (int, float):
            fail(
                f"{where}[{i}]",
                translate("project_checks", "must be a number; got {value}").format(value=shown(v)),
            )
    return _finite(value, where, bound).reshape(n)


def _finite(value: object, where: str, bound: float) -> np.ndarray:
    try:
        arr = np.array(value, dtype=np.float64)
    except (OverflowError, ValueError, TypeError):
        fail(where, translate("project_checks", "holds a number too large to use"))
    if not np.all(np.isfinite(arr)):
        fail(where, translate("project_checks", "holds a number that is not finite"))
    if arr.size and float(np.max(np.abs(arr))) > bound:
        fail(
            where,
            translate("project_checks", "holds a value beyond ±{bound}").format(
                bound=number(bound, "g")
            ),
        )
    return arr
