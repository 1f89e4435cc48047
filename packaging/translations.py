"""The translations' build steps: extract, make the pseudo-language, compile, check.

    python packaging/translations.py update    # lupdate: every source text into each .ts
    python packaging/translations.py compile   # lrelease: .ts -> .qm (pseudo included)
    python packaging/translations.py check     # fails when a text has no translation
    python packaging/translations.py export de todo.json   # unfinished entries, as JSON
    python packaging/translations.py import de todo.json answers.json ...

``update`` runs Qt's ``lupdate`` over ``engine/`` and ``playground/`` (the calls of
``engine.i18n.translate`` and ``QT_TRANSLATE_NOOP``) into
``resources/translations/nn-playground_<lang>.ts``; a translator then fills the new
entries (Qt Linguist, or any editor). ``check`` extracts again into a scratch copy and
fails when a source text has no entry or an entry no finished translation, or when a
translation lost a placeholder (``{name}``, ``%n``) or a markup tag: CI runs it, and so
does ``tests/test_translations.py``. The pseudo-language is made, never stored: every text
bracketed, its letters accented and 40 % longer, placeholders and tags kept, so a test can
find a text that never reached the translator and a label too narrow for German.
"""

from __future__ import annotations

import ast
import functools
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ["engine", "playground"]
LANGUAGES = ["es", "de", "fr", "pt_BR", "zh_CN", "ar"]
PSEUDO = "pseudo"
# The names lupdate reads from the files' own names (it warns when told a shorter one).
FULL_NAMES = {"es": "es_ES", "de": "de_DE", "fr": "fr_FR", "ar": "ar_EG"}

# What must survive translation unchanged: placeholders, Qt's plural count, markup tags
# (by name), and character entities.
KEEP = re.compile(
    r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%\d|<[^<>]*>|&[a-z]+;|&#\d+;"
)
TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n")
ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")


def qt_tool(name: str) -> str:
    """Qt's ``lupdate``/``lrelease`` as PySide6 ships them (beside its package)."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    return str(Path(PySide6.__file__).resolve().parent / f"{name}{suffix}")


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"nn-playground_{code}.ts"


def extract(target: Path, language: str) -> None:
    """lupdate over the sources into ``target`` (kept entries keep their translations;
    entries whose text left the sources are dropped; ``language`` sets the plural forms)."""
    sources = [str(ROOT / s) for s in SOURCES]
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        + ["-extensions", "py", "-target-language", FULL_NAMES.get(language, language)]
        + [*sources, "-ts", str(target)],
        check=True,
        timeout=300,
    )
    mark_plurals(target, language)


# Plural forms per language, as Qt counts them (lupdate writes that many for a plural).
PLURAL_FORMS = {"es": 2, "de": 2, "fr": 2, "pt_BR": 2, "zh_CN": 1, "ar": 6, "en_US": 2}


def mark_plurals(target: Path, language: str) -> None:
    """lupdate marks a text as plural only when the count in the call is a literal number;
    every text with ``%n``, or whose call passes a count, is one, so it is marked here,
    keeping a translation already given as its first form."""
    tree = ET.parse(target)
    counted = {key for key, (_, plural) in calls_in_sources().items() if plural}
    changed = False
    for context, message in messages(tree):
        source = message.findtext("source", "")
        key = (context, source, message.findtext("comment", "") or "")
        if message.get("numerus") == "yes" or ("%n" not in source and key not in counted):
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        given = translation.text or ""
        translation.text = None
        for i in range(PLURAL_FORMS.get(language, 2)):
            ET.SubElement(translation, "numerusform").text = given if i == 0 else ""
        if not given:
            translation.set("type", "unfinished")
        changed = True
    if changed:
        tree.write(target, encoding="utf-8", xml_declaration=True)


@functools.cache
def calls_in_sources() -> dict[tuple[str, str, str], tuple[str, bool]]:
    """Every ``translate``/``QT_TRANSLATE_NOOP`` call with literal texts in the sources, as
    (context, text, disambiguation) -> (where it is, whether it passes a count)."""
    found = {}
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                    continue
                context, text = node.args[0], node.args[1]
                if not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str)
                    for a in (context, text)
                ):
                    continue
                third = node.args[2] if len(node.args) > 2 else None
                comment = third.value if isinstance(third, ast.Constant) and third.value else ""
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                counted = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
                found[(context.value, text.value, comment)] = (where, counted)
    return found


def unread_calls(ts: Path) -> list[str]:
    """Calls lupdate did not read (a count that is not a plain name or number, a keyword
    argument): their texts would never be translated."""
    extracted = {
        (context, message.findtext("source", ""), message.findtext("comment", "") or "")
        for context, message in messages(ts)
    }
    return [
        f"{where}: lupdate cannot read this call (give the count as a plain name): {text[:50]!r}"
        for (context, text, comment), (where, _) in calls_in_sources().items()
        if (context, text, comment) not in extracted
    ]


def pseudo_text(text: str) -> str:
    """``text`` bracketed, accented and 40 % longer, with placeholders and tags kept."""
    out, last, letters = [], 0, 0
    for match in KEEP.finditer(text):
        words = text[last : match.start()]
        letters += sum(ch.isalpha() for ch in words)
        out.append(words.translate(ACCENTS))
        out.append(match.group(0))
        last = match.end()
    tail = text[last:]
    letters += sum(ch.isalpha() for ch in tail)
    out.append(tail.translate(ACCENTS))
    # The padding in words of at most 5, so that a long text still wraps where it would.
    padding = "~" * math.ceil(0.4 * max(letters, 1))
    words = " ".join(padding[i : i + 5] for i in range(0, len(padding), 5))
    return "[" + "".join(out) + (" " if len(padding) > 5 else "") + words + "]"


def make_pseudo(source_ts: Path, target_ts: Path) -> None:
    """The pseudo-language's .ts from an extracted one: every entry answered."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Every language's .qm, and the pseudo-language's, beside the .ts files (or in
    ``out``)."""
    made = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "source.ts"
        extract(fresh, "en_US")
        pseudo_ts = Path(scratch) / f"nn-playground_{PSEUDO}.ts"
        make_pseudo(fresh, pseudo_ts)
        for ts in [*(ts_path(code, folder) for code in LANGUAGES), pseudo_ts]:
            if not ts.is_file():
                continue
            qm = (out or folder) / ts.with_suffix(".qm").name
            subprocess.run(
                [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120
            )
            made.append(qm)
    return made


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def problems(ts: Path) -> list[str]:
    """What is wrong with one language's .ts: unfinished entries, lost placeholders or tags."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            where = f"{ts.name}: [{name}] {source[:60]!r}"
            translation = message.find("translation")
            texts = translations_of(message)
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not texts
                or not all(t.strip() for t in texts)
            ):
                found.append(f"{where}: no finished translation")
                continue
            want = sorted(PLACEHOLDER.findall(source))
            tags = sorted(t.lower() for t in TAG.findall(source))
            for text in texts:
                got = sorted(PLACEHOLDER.findall(text))
                if [p for p in want if p != "%n"] != [p for p in got if p != "%n"]:
                    found.append(f"{where}: placeholders {want} became {got}")
                if sorted(t.lower() for t in TAG.findall(text)) != tags:
                    found.append(f"{where}: markup tags differ from the source")
    return found


def check(folder: Path = FOLDER) -> list[str]:
    """Every source text has a finished, well-formed translation in every language."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for code in LANGUAGES:
            committed = ts_path(code, folder)
            if not committed.is_file():
                found.append(f"{committed.name} is missing")
                continue
            copy = Path(scratch) / committed.name
            shutil.copyfile(committed, copy)
            extract(copy, code)  # new source texts arrive as unfinished entries
            copies.append(copy)
        if copies:
            found.extend(unread_calls(copies[0]))
        for copy in copies:
            found.extend(problems(copy))
    return found


def export_unfinished(code: str, out: Path) -> int:
    """The entries of ``code`` without a finished translation, as a JSON list a translator
    (or a translation tool) can fill: id, context, source, comment, plural forms wanted."""
    rows = []
    for i, (context, message) in enumerate(messages(ts_path(code))):
        translation = message.find("translation")
        if (
            translation is not None
            and translation.get("type") is None
            and all(t.strip() for t in translations_of(message))
        ):
            continue
        forms = len(translation.findall("numerusform")) if translation is not None else 0
        rows.append(
            {
                "id": i,
                "context": context,
                "source": message.findtext("source", ""),
                "comment": message.findtext("comment", ""),
                "forms": forms if message.get("numerus") == "yes" else 0,
            }
        )
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(rows)


def import_answers(code: str, exported: Path, answers: list[Path]) -> int:
    """Fills ``code``'s entries from answer files ({"id": "text"}, or a list of plural
    forms), the ids those of the ``exported`` list; the entries become finished."""
    wanted = {row["id"]: row for row in json.loads(exported.read_text(encoding="utf-8"))}
    given: dict[int, object] = {}
    for path in answers:
        given.update({int(k): v for k, v in json.loads(path.read_text("utf-8")).items()})
    tree = ET.parse(ts_path(code))
    filled = 0
    for i, (_, message) in enumerate(messages(tree)):
        if i not in given or i not in wanted:
            continue
        if message.findtext("source", "") != wanted[i]["source"]:
            raise SystemExit(f"entry {i} is not the one exported: run export again")
        answer = given[i]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = answer if isinstance(answer, list) else [answer]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(answer)
        filled += 1
    tree.write(ts_path(code), encoding="utf-8", xml_declaration=True)
    return filled


def messages(source: Path | ET.ElementTree) -> list[tuple[str, ET.Element]]:
    """(context, message) of a .ts file, in file order."""
    tree = source if isinstance(source, ET.ElementTree) else ET.parse(source)
    return [
        (context.findtext("name", ""), message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        for code in LANGUAGES:
            extract(ts_path(code), code)
        print("updated:", ", ".join(ts_path(code).name for code in LANGUAGES))
    elif command == "compile":
        for qm in compile_all():
            print("compiled", qm.name)
    elif command == "export" and len(argv) == 3:
        print(export_unfinished(argv[1], Path(argv[2])), "entries to translate in", argv[2])
    elif command == "import" and len(argv) >= 4:
        count = import_answers(argv[1], Path(argv[2]), [Path(a) for a in argv[3:]])
        print(count, "entries filled in", ts_path(argv[1]).name)
    elif command == "check":
        found = check()
        for line in found[:200]:
            print(line)
        if found:
            print(f"{len(found)} translation problem(s); see docs/TRANSLATING.md", file=sys.stderr)
            return 1
        print("every source text has a finished translation in", ", ".join(LANGUAGES))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
