"""A lesson's title and instructions in several languages.

In a file each is either one text (a lesson written in one language, as every file before
translations was) or an object of texts by language code, English under ``en`` as the
fallback: ``"title": {"en": "1. A straight line", "de": "1. Eine gerade Linie"}``. The
lesson shows the text of the language the app speaks (:func:`engine.i18n.language`), else
English, else the first stored; saving writes every language back, so a file that opens
also saves and reopens with all its languages.
"""

from __future__ import annotations

import re

from engine.i18n import language, translate
from playground.core.project_checks import bounded_text, fail, shown

MAX_LANGUAGES = 32
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_[A-Z]{2})?")

# language -> text, in the order stored
Texts = dict[str, str]


def per_language(value: object, where: str, limit: int) -> Texts:
    """One text, or texts by language code (each checked), as {code: text}; a single text
    is stored under "" (its language is not known)."""
    if isinstance(value, str):
        return {"": bounded_text(value, where, limit)}
    if not isinstance(value, dict):
        fail(
            where,
            translate("lesson_texts", "must be text or texts by language code; got {value}").format(
                value=shown(value)
            ),
        )
    if not value:
        fail(where, translate("lesson_texts", "has no text in any language"))
    if len(value) > MAX_LANGUAGES:
        fail(
            where,
            translate("lesson_texts", "has {count} languages; at most {limit}").format(
                count=len(value), limit=MAX_LANGUAGES
            ),
        )
    texts: Texts = {}
    for code, text in value.items():
        if not LANGUAGE_CODE.fullmatch(code):
            fail(
                where,
                translate(
                    "lesson_texts", "{code} is not a language code (such as en, de or pt_BR)"
                ).format(code=shown(code)),
            )
        texts[code] = bounded_text(text, f"{where}.{code}", limit)
    return texts


def pick(texts: Texts, wanted: str | None = None) -> tuple[str, str]:
    """(language, text) to show: the app's language, else English, else the first."""
    wanted = language() if wanted is None else wanted
    for code in (wanted, "en", ""):
        if code in texts:
            return code, texts[code]
    first = next(iter(texts))
    return first, texts[first]


def stored(texts: tuple[tuple[str, str], ...], shown_text: str) -> str | dict[str, str]:
    """What a file stores: the texts by language, or the one text shown when the lesson was
    written in one language."""
    return dict(texts) if texts else shown_text
