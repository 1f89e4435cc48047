"""The texts of playground.core's control table (captions, tooltips, choices) as a user
reads them.

The table is built at import time, before the language is chosen, so its texts are marked
with QT_TRANSLATE_NOOP where they are written and translated here, where they are shown.
A setting's caption and tooltip are written in core/settings (SETTINGS_INFO), the other
rows and choices in core/controls: a text is looked up in both contexts.
"""

from __future__ import annotations

from engine.i18n import number, translate

CONTEXTS = ("controls", "settings")  # the modules that write the table's texts


def shown(text: str) -> str:
    """A text of the control table in the user's language (English without a translator)."""
    for context in CONTEXTS:
        found = translate(context, text)
        if found != text:
            return found
    return text


def choice(text: str, value: object) -> str:
    """A list entry as shown: a rate such as 0.03 in the user's number format, else its
    translated text."""
    if isinstance(value, float):
        return number(value, "g")
    return shown(text)


def value_text(value: object) -> str:
    """A value a file set that the list does not offer, shown as is (numbers the user's way)."""
    return number(value, "g") if isinstance(value, float) else str(value)
