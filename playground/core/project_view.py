"""A project's view options and its lists of hidden or locked controls, checked.

Both are small and free-form (the window's own names), so the checks bound their sizes and
kinds and name the field at fault in a one-line ProjectError. Nothing here imports Qt.
"""

from __future__ import annotations

import math

from engine.i18n import translate
from playground.core.controls import CONTROL_NAMES
from playground.core.markup import clean_text
from playground.core.project_checks import fail, is_number, json_object, shown

MAX_VIEW_ENTRIES = 64
MAX_VIEW_NAME = 64  # characters of a view option's name
MAX_VIEW_TEXT = 1000  # characters of a view option's text value


def check_view(raw: object, where: str) -> dict:
    obj = json_object(raw, where)
    if len(obj) > MAX_VIEW_ENTRIES:
        fail(
            where,
            translate("project_view", "has {count} entries; at most {limit}").format(
                count=len(obj), limit=MAX_VIEW_ENTRIES
            ),
        )
    for key, value in obj.items():
        if not isinstance(key, str) or not 0 < len(key) <= MAX_VIEW_NAME:
            fail(
                where,
                translate("project_view", "has a bad option name {name}").format(name=shown(key)),
            )
        ok = (
            value is None
            or isinstance(value, bool)
            or (is_number(value) and math.isfinite(float(value)))
            or (isinstance(value, str) and len(value) <= MAX_VIEW_TEXT)
        )
        if not ok:
            fail(
                f"{where}.{key}",
                translate(
                    "project_view", "must be true/false, a number or a short text; got {value}"
                ).format(value=shown(value)),
            )
    # Text that UTF-8 can store, so that what opens also saves.
    return {
        clean_text(key): clean_text(value) if isinstance(value, str) else value
        for key, value in obj.items()
    }


def control_list(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list):
        fail(
            where,
            translate("project_view", "must be a list of control names; got {value}").format(
                value=shown(raw)
            ),
        )
    out = []
    for i, name in enumerate(raw):
        if not isinstance(name, str) or name not in CONTROL_NAMES:
            fail(
                f"{where}[{i}]",
                translate("project_view", "unknown control {name}; choose from {choices}").format(
                    name=shown(name), choices=", ".join(CONTROL_NAMES)
                ),
            )
        if name not in out:
            out.append(name)
    return tuple(out)
