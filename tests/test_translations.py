"""The six languages: complete, well-formed, loaded by the app, Arabic right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from engine import i18n
from playground.app import language
from tests.test_i18n import load_translations_tool

LANGUAGES = ["es", "de", "fr", "pt_BR", "zh_CN", "ar"]


def test_every_source_text_has_a_finished_translation_in_every_language() -> None:
    tool = load_translations_tool()
    assert tool.LANGUAGES == LANGUAGES
    assert set(language.LANGUAGES) == {"en", *LANGUAGES}
    problems = tool.check()
    assert problems == [], f"{len(problems)} problems, first: {problems[:20]}"


@pytest.fixture
def install(qapp):
    """Installs languages for one test, and puts English back after it."""
    done: list[language.Installed] = []

    def put(code: str) -> language.Installed:
        done.append(language.install(code, qapp))
        return done[-1]

    yield put
    for installed in reversed(done):
        language.uninstall(installed, qapp)
    assert i18n.translate("menus", "&File") == "&File"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("code", "file_menu", "decimal"),
    [
        ("es", "&Archivo", ","),
        ("de", "&Datei", ","),
        ("fr", "&Fichier", ","),
        ("pt_BR", "&Arquivo", ","),
        ("zh_CN", "文件", "."),
        ("ar", "ملف", "."),
    ],
)
def test_each_language_loads_with_its_numbers(qapp, install, code, file_menu, decimal):
    installed = install(code)
    assert installed.translators, f"no compiled translation for {code}"
    assert file_menu in i18n.translate("menus", "&File")
    assert i18n.number(0.03, ".2f") == f"0{decimal}03"
    assert i18n.parse_number(f"0{decimal}5") == 0.5
    assert QLocale().decimalPoint() == decimal
    rtl = code == "ar"
    assert (qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl


def test_the_language_is_chosen_from_the_command_line_settings_then_system(qapp) -> None:
    assert language.normalize("de_AT") == "de"
    assert language.normalize("pt-PT") == "pt_BR"
    assert language.normalize("zh_Hans_CN") == "zh_CN"
    assert language.normalize("zh_TW") is None
    assert language.normalize("AR") == "ar"
    assert language.normalize("ja_JP") is None
    language.remember("fr")
    try:
        assert language.chosen_language() == "fr"
        assert language.chosen_language("de") == "de"  # --lang wins
        assert language.chosen_language("klingon") == "fr"  # unknown: the next in line
    finally:
        language.remember("")


def test_restarting_keeps_the_project_and_drops_a_lang_option() -> None:
    from playground.app.language_menu import restart_command

    program, args = restart_command(
        ["/venv/bin/nn-playground", "--lang", "de", "a.nnplay"], "/p/b.nnplay"
    )
    assert args == ["/venv/bin/nn-playground", "/p/b.nnplay"]
    program, args = restart_command(["/x/playground/__main__.py", "--lang=ar", "--projector"], None)
    assert args == ["-m", "playground", "--projector"]


def test_the_command_line_takes_lang_anywhere_and_opens_the_window_in_it(capsys) -> None:
    from playground.app.cli import main

    opened = []

    def open_window(path=None, projector=False, language="en"):
        opened.append((path, projector, language))
        return 0

    try:
        assert main(["--projector", "--lang", "de"], open_window=open_window) == 0
        assert main(["--lang=pt-BR"], open_window=open_window) == 0
        assert main(["--lang", "tlh"], open_window=open_window) == 0
    finally:
        i18n.set_translator(None, "en")
        i18n.set_number_format(".", ",", "-", "")
    assert opened[0] == (None, True, "de")
    assert opened[1][2] == "pt_BR"
    assert "no language tlh" in capsys.readouterr().err


def test_qt_own_dialog_buttons_speak_the_language_too(qapp, install) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    install("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"


def test_arabic_mirrors_the_window_but_not_its_plots(qapp, install, window) -> None:
    import pyqtgraph as pg

    install("ar")
    w = window()
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    views = [v for v in w.findChildren(pg.PlotWidget)]
    assert views
    for view in views:
        assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
        item = view.getPlotItem()
        left, bottom = item.getAxis("left"), item.getAxis("bottom")
        # The y axis on the left of the plot, as in the student's textbook.
        assert (
            left.mapRectToScene(left.boundingRect()).left()
            < bottom.mapRectToScene(bottom.boundingRect()).center().x()
        )
    # The data panel, the first column in English, is on the right now.
    data = w.data_panel.mapTo(w, w.data_panel.rect().center()).x()
    output = w.output_view.mapTo(w, w.output_view.rect().center()).x()
    assert data > output


def test_view_language_keeps_the_choice_and_restarts_when_asked(window, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = window()
    restarts: list[bool] = []
    monkeypatch.setattr(w.language_menu, "restart", lambda: restarts.append(True) or True)
    said: list[str] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    try:
        QTimer.singleShot(0, lambda: answer("Later"))
        w.language_menu.actions["de"].trigger()
        assert language.chosen_language() == "de" and restarts == []
        assert "Deutsch" in said[0] and "starts again" in said[0]
        QTimer.singleShot(0, lambda: answer("Restart now"))
        w.language_menu.actions["ar"].trigger()
        assert language.chosen_language() == "ar" and restarts == [True]
        assert w.language_menu.actions["ar"].isChecked()  # the choice, for the next start
    finally:
        language.remember("")


def test_a_german_student_reads_and_types_numbers_with_a_comma(qtbot, install, window) -> None:
    """The top bar shows 0,03; a weight typed as 0,25 in the diagram's editor is 0.25."""
    from PySide6.QtTest import QTest

    from tests.conftest import TIMEOUT, params, settle, undo_text
    from tests.test_network_editor import double_click, link_point

    install("de")
    w = window(settle_layout=True)
    assert w.top_bar.learning_rate.currentText() == "0,03"
    editor_owner = w.network_editor.numbers
    double_click(w, link_point(w, 0, 1, 2))
    qtbot.waitUntil(lambda: editor_owner.editor is not None, timeout=TIMEOUT)
    editor = editor_owner.editor
    assert editor.line.text().count(",") <= 1 and "." not in editor.line.text()
    editor.line.clear()
    QTest.keyClicks(editor.line, "0,25")
    QTest.keyClick(editor.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_owner.editor is None, timeout=TIMEOUT)
    settle(qtbot, w)
    assert params(w)[0][1, 2] == 0.25
    assert "0,25" in undo_text(w) and undo_text(w).startswith("Rückgängig")
