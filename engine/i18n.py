"""The words and numbers a person reads, in their language, through hooks the app sets.

Every text a user sees (the engine's error messages as the window shows them, the app's
labels, warnings and explanations) is written ``translate("context", "English text")``
where it is shown. ``pyside6-lupdate`` finds those calls (``packaging/translations.py``
runs it) and Qt's translators answer them once the app has called :func:`set_translator`.
Nothing here imports Qt: without a translator (scripts, notebooks, tests) every text is
the English source, so the engine's messages read exactly as before.

Numbers go through :func:`number` for the same reason: a German student reads 0,03 where
an English one reads 0.03. Files (CSV, projects, reports) never use it: they stay
locale-independent.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, text, disambiguation, n) -> translated text, or "" when there is none.
Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None
_language = "en"
_decimal = "."
_group = ","
_minus = "-"
_digits = "0123456789"
_to_ascii: dict[int, str | None] = {}
# Bidirectional marks some locales put around a minus sign (Arabic's is U+061C, then "-").
_MARKS = {0x061C: None, 0x200E: None, 0x200F: None}


def set_translator(translator: Translator | None, language: str = "en") -> None:
    """Answer :func:`translate` with ``translator`` (None: English source text), and say
    which language that is (:func:`language`, for texts stored per language)."""
    global _translator, _language
    _translator = translator
    _language = language


def language() -> str:
    """The language the texts are shown in (a code such as ``en``, ``de`` or ``pt_BR``)."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language. With ``n`` >= 0 the text has a plural form and
    ``%n`` stands for ``n`` (Qt's convention, which translators know)."""
    if _translator is not None:
        found = _translator(context, text, disambiguation, n)
        if found:
            return found
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for translation where it cannot be translated yet (a module's table
    built at import time, before the language is chosen); the code that shows it calls
    ``translate(context, text)`` with the same context."""
    return text


def set_number_format(decimal: str, group: str, minus: str = "-", digits: str = "") -> None:
    """How numbers are written for the user: the decimal point, the thousands separator,
    the minus sign and the ten digits (empty: 0-9)."""
    global _decimal, _group, _minus, _digits, _to_ascii
    _decimal, _group, _minus = decimal, group, minus
    _digits = digits if len(digits) == 10 else "0123456789"
    _to_ascii = {ord(d): str(i) for i, d in enumerate(_digits) if d != str(i)}
    _to_ascii.update(_MARKS)
    _to_ascii[0x2212] = "-"  # the typographic minus
    for sign in _minus:
        if sign != "-" and ord(sign) not in _MARKS:
            _to_ascii[ord(sign)] = "-"


def number_format() -> tuple[str, str, str, str]:
    """What :func:`set_number_format` was given (a child process is given it too)."""
    return _decimal, _group, _minus, _digits


def table_translator(table: dict[tuple[str, str], str]) -> Translator:
    """A translator answering from ``table`` ((context, text) -> translation): for a child
    process with no Qt, given the few texts it makes by the parent that has them."""

    def answer(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = table.get((context, text), "")
        return found.replace("%n", str(n)) if n >= 0 else found

    return answer


def decimal_point() -> str:
    return _decimal


def number(value: float, spec: str = "g") -> str:
    """``format(value, spec)`` written the user's way (decimal point, separators, digits).
    A spec with ``,`` groups thousands with the user's separator."""
    text = format(value, spec)
    if (_decimal, _group, _minus, _digits) == (".", ",", "-", "0123456789"):
        return text
    out = []
    for ch in text:
        if ch == ".":
            out.append(_decimal)
        elif ch == ",":
            out.append(_group)
        elif ch == "-":
            out.append(_minus)
        elif "0" <= ch <= "9":
            out.append(_digits[ord(ch) - 48])
        else:
            out.append(ch)
    return "".join(out)


def parse_number(text: str) -> float:
    """A number typed the user's way, or the file way (``0.03``): German ``0,03`` and
    ``0.03`` both read as 0.03. Raises ValueError, as ``float`` does, for anything else."""
    clean = text.strip().translate(_to_ascii)
    if _decimal != ".":
        if _decimal in clean and "." in clean:
            clean = clean.replace(".", "")  # "1.234,5": the dot groups thousands
        clean = clean.replace(_decimal, ".")
    return float(clean.replace("\u202f", "").replace("\xa0", ""))
