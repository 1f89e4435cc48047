"""Which language the app speaks, and putting it in place before any window is built.

The choice, strongest first: ``--lang`` on the command line, View › Language (kept in
QSettings), the system's locale, English. Installing it loads the app's compiled Qt
Linguist file (``resources/translations/nn-playground_<lang>.qm``) and Qt's own
translations of its standard dialogs, sets the locale numbers are read and typed in, turns
the layout right-to-left for Arabic, and answers :mod:`engine.i18n` with the same
translator, so the engine's and the core's texts follow too.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from engine import i18n
from playground.core.lessons import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SETTING = "language"
ORGANIZATION = APPLICATION = "NN Playground"  # QSettings' names, as playground.app.qt_app sets
PSEUDO = "pseudo"  # every text bracketed and 40 % longer: finds what was not translated

# The languages offered, by code, each named in its own language (a student who cannot
# read English still finds theirs).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
    "ar": "العربية",
}
RIGHT_TO_LEFT = {"ar"}


def normalize(code: str) -> str | None:
    """The offered language a code such as ``de_AT``, ``pt-PT``, ``zh_Hans_CN`` or ``AR``
    means, or None when none fits (``pseudo`` is kept: tests and translators use it)."""
    clean = code.strip().replace("-", "_")
    if clean.lower() == PSEUDO:
        return PSEUDO
    for known in LANGUAGES:
        if clean.lower() == known.lower():
            return known
    base = clean.split("_")[0].lower()
    if base == "zh":
        # Simplified Chinese is offered; Taiwan's and Hong Kong's traditional script is not.
        traditional = {"tw", "hk", "mo", "hant"} & {p.lower() for p in clean.split("_")[1:]}
        return None if traditional else "zh_CN"
    if base == "pt":
        return "pt_BR"
    return base if base in LANGUAGES else None


def chosen_language(cli_choice: str | None = None) -> str:
    """The language to start in (see the module's note for the order)."""
    for candidate in (cli_choice, settings().value(SETTING, "", str)):
        if candidate:
            found = normalize(str(candidate))
            if found:
                return found
    for name in QLocale.system().uiLanguages():
        found = normalize(name)
        if found:
            return found
    return "en"


def settings() -> QSettings:
    """The app's preferences, also before (or without) an application object: the command
    line reads View › Language's choice too."""
    return QSettings(ORGANIZATION, APPLICATION)


def remember(code: str) -> None:
    settings().setValue(SETTING, code)


@dataclass
class Installed:
    """What :func:`install` put in place (kept alive: Qt does not own translators)."""

    language: str
    translators: list[QTranslator]
    previous_locale: QLocale


def qm_path(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"nn-playground_{code}.qm"


def load_translators(code: str, folder: Path | None = None) -> list[QTranslator]:
    """The app's translator for ``code`` and Qt's own (its standard dialogs' buttons); none
    for English. A missing file means the build step was skipped: the app says so once on
    stderr and speaks English rather than fail."""
    if code == "en":
        return []
    found: list[QTranslator] = []
    ours = QTranslator()
    path = ensure_compiled(code) if folder is None else qm_path(code, folder)
    if path is not None and ours.load(str(path)):
        found.append(ours)
    else:
        print(
            f"NN Playground: no translation file for {code!r} in {TRANSLATIONS_DIR} "
            "(run: python packaging/translations.py compile); showing English.",
            file=sys.stderr,
        )
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != PSEUDO and qt_own.load(QLocale(code), "qtbase", "_", qt_dir):
        found.append(qt_own)
    return found


def ensure_compiled(code: str) -> Path | None:
    """The compiled file for ``code``. Installing the package compiles every language
    (setup.py); a checkout whose .ts is newer than its .qm (a translation just edited or
    merged) compiles it here, with the ``lrelease`` that PySide6 carries, so a developer
    never sees a stale or missing translation."""
    target = qm_path(code)
    source = TRANSLATIONS_DIR / f"nn-playground_{code}.ts"
    fresh = target.is_file() and (
        not source.is_file() or source.stat().st_mtime <= target.stat().st_mtime
    )
    if fresh or getattr(sys, "frozen", False):
        return target if target.is_file() else None
    tool = qt_tool("lrelease")
    if code == PSEUDO or not source.is_file() or not tool.exists():
        return target if target.is_file() else None
    try:
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True,
            timeout=60,
            capture_output=True,
        )
    except (OSError, subprocess.SubprocessError):
        return target if target.is_file() else None
    return target if target.is_file() else None


def number_locale(code: str) -> QLocale:
    """The locale numbers are written and typed in: the system's own when it speaks the same
    language (a Swiss German keeps its conventions), else the language's usual one. Arabic
    without an Arabic system takes Modern Standard Arabic's Western digits, the digits of
    the plots' axes."""
    system = QLocale.system()
    if code == PSEUDO:
        return QLocale("en_US")
    if normalize(system.name()) == code:
        return system
    return QLocale({"ar": "ar_001", "en": "en_US"}.get(code, code))


def qt_tool(name: str) -> Path:
    """One of Qt's tools as PySide6 ships them, beside its package."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).resolve().parent / f"{name}{suffix}"


def install(
    code: str, app: QCoreApplication | None = None, folder: Path | None = None
) -> Installed:
    """Put ``code`` in place for the app (when there is one) and for :mod:`engine.i18n`
    (the compiled files from ``folder``, if given: tests compile the pseudo-language)."""
    previous_locale = QLocale()
    translators = load_translators(code, folder)
    if app is not None:
        for translator in translators:
            app.installTranslator(translator)
        if hasattr(app, "setLayoutDirection"):
            rtl = code in RIGHT_TO_LEFT
            app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)  # type: ignore[attr-defined]

    def answer(context: str, text: str, disambiguation: str | None, n: int) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found
        return ""

    i18n.set_translator(answer if translators else None, code)
    locale = number_locale(code)
    QLocale.setDefault(locale)
    # Numbers written the locale's way; the typed-in fields (spin boxes) follow QLocale.
    i18n.set_number_format(
        locale.decimalPoint(),
        locale.groupSeparator(),
        locale.negativeSign(),
        "".join(chr(ord(locale.zeroDigit()) + i) for i in range(10)),
    )
    return Installed(code, translators, previous_locale)


def uninstall(installed: Installed, app: QCoreApplication | None = None) -> None:
    """Back to English and the locale before :func:`install` (tests switch languages)."""
    if app is not None:
        for translator in installed.translators:
            app.removeTranslator(translator)
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(Qt.LeftToRight)  # type: ignore[attr-defined]
    QLocale.setDefault(installed.previous_locale)
    i18n.set_translator(None, "en")
    i18n.set_number_format(".", ",", "-", "")
