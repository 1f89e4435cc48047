"""The bundled lessons in every language: all there, the same markup, the same numbers
(the claims are checked in English, so a translation must state the same figures), and
each shown in the app's language."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from engine import i18n
from playground.core.lessons import LESSONS_DIR, bundled_lessons

LANGUAGES = ["en", "es", "de", "fr", "pt_BR", "zh_CN", "ar"]
DECIMAL_COMMA = {"es", "de", "fr", "pt_BR"}  # the window writes 0,03 there: so do lessons
TAG = re.compile(r"<\s*(/?[a-z0-9]+)")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def lesson_parts() -> list[tuple[str, dict]]:
    return [
        (path.name, json.loads(path.read_text(encoding="utf-8"))["lesson"])
        for path in sorted(LESSONS_DIR.glob("*.nnplay"))
    ]


def numbers(text: str, code: str) -> Counter:
    plain = re.sub(r"<[^>]*>", " ", text).translate(ARABIC_DIGITS)
    found = NUMBER.findall(plain)
    if code in DECIMAL_COMMA:
        found = [n.replace(",", ".") for n in found]
    return Counter(found)


@pytest.mark.parametrize(("name", "lesson"), lesson_parts())
def test_every_lesson_has_every_language_with_the_same_markup_and_numbers(name, lesson):
    titles, bodies = lesson["title"], lesson["instructions"]
    assert set(titles) == set(bodies) == set(LANGUAGES)
    english = bodies["en"]
    for code in LANGUAGES[1:]:
        body = bodies[code]
        assert body != english and titles[code] != titles["en"], code
        assert Counter(TAG.findall(body)) == Counter(TAG.findall(english)), code
        assert numbers(body, code) == numbers(english, "en"), code
        assert numbers(titles[code], code) == numbers(titles["en"], "en"), code
        if code in DECIMAL_COMMA:  # as the window writes them for that student
            assert not re.search(r"\d\.\d", re.sub(r"<[^>]*>", " ", body)), code


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_lessons_open_in_the_apps_language(code):
    i18n.set_translator(None, code)
    try:
        shown = {b.path.name: b.title for b in bundled_lessons()}
    finally:
        i18n.set_translator(None, "en")
    for name, lesson in lesson_parts():
        assert shown[name] == lesson["title"][code]
