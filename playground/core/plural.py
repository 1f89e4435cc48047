"""English counts in the translators' numerus texts, until an English translation exists.

A count is translated as ``translate(ctx, "%n point(s)", None, n)``, Qt's numerus form,
which each language answers with its own plural forms. Without a translator (English,
tests, scripts) that returns the source itself, "1 point(s)": :func:`english` writes it
as the window always did, "1 point" and "1,000 points".
"""

from __future__ import annotations

from engine.i18n import number


def english(text: str, n: int) -> str:
    """``text``, a numerus text for ``n``, with an untranslated "(s)" resolved and its
    count grouped in thousands; a translated text as it is."""
    if "(s)" not in text:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace(str(n), number(n, ","), 1)
