"""The texts of playground.core's control table (captions, tooltips, choices) as a user
reads them.

The table is built at import time, before the language is chosen, so its texts are marked
with QT_TRANSLATE_NOOP where they are written and translated here, where they are shown.
A setting's caption and tooltip are written in core/settings (SETTINGS_INFO), the other
rows and choices in core/controls, the activations' and optimizers' names in the engine's
modules: a text is looked up in each of those contexts.
"""

from __future__ import annotations

from engine.i18n import number, translate

CONTEXTS = ("controls", "settings", "activations", "optimizers")  # where the texts are written


def shown(text: str, first: str | None = None) -> str:
    """A text of the control table in the user's language (English without a translator);
    ``first``: the context of a view that marks the text too, tried before the table's."""
    for context in (first, *CONTEXTS) if first else CONTEXTS:
        found = translate(context, text)
        if found != text:
            return found
    return text


def choice(text: str, value: object, first: str | None = None) -> str:
    """A list entry as shown: a rate such as 0.03 in the user's number format, else its
    translated text (``first``: as for :func:`shown`)."""
    if isinstance(value, float):
        return number(value, "g")
    return shown(text, first)


def value_text(value: object) -> str:
    """A value a file set that the list does not offer, shown as is (numbers the user's way)."""
    return number(value, "g") if isinstance(value, float) else str(value)
