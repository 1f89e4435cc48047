"""File › Hand in… and File › Open class folder… in the live window, clicked as a user
would: the name dialog, the file written and read back, the gallery of a folder with good
and damaged hand-ins, sorting, the CSV, and a card opened read-only."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from playground.classroom import class_model
from playground.classroom.class_model import COLUMNS
from playground.classroom.gallery import ClassGallery
from playground.classroom.hand_in import NAME_KEY, StudentNameDialog
from playground.core.lessons import bundled_lessons
from playground.core.project import load_project
from playground.views import desktop
from tests.conftest import TIMEOUT, click
from tests.test_handin import class_folder_files, hand_in_text


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The file dialogs' answers, and what they were asked with."""
    monkeypatch.setenv("NN_PLAYGROUND_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(desktop, "INTERACTIVE", True)
    QStandardPaths.setTestModeEnabled(True)
    QSettings().setValue("start/show_at_start", False)
    QSettings().remove(NAME_KEY)
    given = {"save": "", "folder": "", "asked": [], "warnings": []}

    def save(parent, title, start, *args, **kwargs):
        given["asked"].append(start)
        return str(given["save"]), ""

    def warning(parent, title, text, *args, **kwargs):
        given["warnings"].append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(given["folder"]))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    yield given
    QStandardPaths.setTestModeEnabled(False)


def click_menu_entry(qtbot, w, menu: QMenu, text: str) -> None:
    """Open ``menu`` from the menu bar with a click, then click its entry ``text``."""
    bar = w.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT)
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def when_shown(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Call ``then(dialog)`` once a ``kind`` dialog shows (it blocks the click that opens it)."""

    def look() -> None:
        found = [d for d in QApplication.topLevelWidgets() if isinstance(d, kind) and d.isVisible()]
        if found:
            then(found[0])
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def test_hand_in_asks_the_name_remembers_it_and_writes_the_work_with_its_part(
    window, qtbot, answers, tmp_path
):
    w = window()
    lesson = next(b for b in bundled_lessons() if b.lesson.locked)
    assert w.file_actions.open_path(lesson.path)
    w.client.step()
    qtbot.waitUntil(lambda: w.snapshot.epoch == 1, timeout=TIMEOUT)
    answers["save"] = tmp_path / "handed"  # the suffix is added
    seen = {}

    def fill(dialog: StudentNameDialog) -> None:
        seen["empty_refused"] = not dialog.ok.isEnabled()
        seen["explains"] = any("teacher" in t.text() for t in dialog.findChildren(QLabel))
        qtbot.keyClicks(dialog.edit, "  ")
        seen["blank_refused"] = not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.edit, "Ana Silva")
        click(qtbot, dialog.ok)

    when_shown(StudentNameDialog, fill)
    click_menu_entry(qtbot, w, w.menus.file, "&Hand in…")
    assert seen == {"empty_refused": True, "explains": True, "blank_refused": True}
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = lesson.title.replace(":", "") + " - Ana Silva.nnplay"  # "1. A straight line …"
    assert answers["asked"] == [str(Path(documents) / suggested)]

    project = load_project(tmp_path / "handed.nnplay")
    h = project.handin
    assert (h.name, h.lesson, h.epoch, project.epoch) == ("Ana Silva", lesson.title, 1, 1)
    assert project.lesson == lesson.lesson  # its locks kept
    metrics = w.client.call(lambda s: s.trainer.metrics())
    assert (h.train_loss, h.test_loss) == (metrics["train_loss"], metrics["test_loss"])
    assert h.thumbnail.startswith(b"\x89PNG")
    assert QSettings().value(NAME_KEY) == "Ana Silva"

    # The next hand-in offers the name again; Cancel writes nothing.
    def cancel(dialog: StudentNameDialog) -> None:
        seen["offered"] = dialog.edit.text()
        dialog.reject()

    when_shown(StudentNameDialog, cancel)
    assert w.hand_in.hand_in() is False
    assert seen["offered"] == "Ana Silva" and len(answers["asked"]) == 1


def good_and_damaged(folder: Path) -> None:
    class_folder_files(folder)  # Ana, Bo, =HYPERLINK(1), broken, plain, unrelated files
    (folder / "forged.nnplay").write_text(
        hand_in_text("Dee", 1, 4).replace('"name": "Dee"', '"name": 7'), encoding="utf-8"
    )


def open_gallery(qtbot, w, answers, folder: Path) -> ClassGallery:
    answers["folder"] = folder
    click_menu_entry(qtbot, w, w.menus.file, "Open &class folder…")
    gallery = w.class_folder.gallery
    qtbot.waitUntil(lambda: not gallery.loading, timeout=TIMEOUT)
    return gallery


def column(gallery: ClassGallery, key: str) -> list[str]:
    at = [c[1] for c in COLUMNS].index(key)
    proxy = gallery.proxy
    return [proxy.index(r, at).data() for r in range(proxy.rowCount())]


def test_the_class_gallery_shows_every_file_sorts_and_exports_the_grade_book(
    window, qtbot, answers, tmp_path
):
    folder = tmp_path / "class"
    folder.mkdir()
    good_and_damaged(folder)
    w = window()
    gallery = open_gallery(qtbot, w, answers, folder)
    assert gallery.isVisible()
    assert column(gallery, "name") == [
        "=HYPERLINK(1)", "Ana Silva", "Bo Chen", "broken", "forged", "plain"
    ]  # fmt: skip
    assert "3 hand-ins, 3 other or damaged files" in gallery.summary.text()
    notes = dict(zip(column(gallery, "file"), column(gallery, "note"), strict=True))
    assert notes["forged.nnplay"].startswith("handin.name: must be text")
    assert notes["broken.nnplay"].startswith("the file is not valid JSON")
    assert notes["ana.nnplay"] == ""
    ana = gallery.proxy.index(1, 0)
    assert not ana.data(Qt.ItemDataRole.DecorationRole).isNull()

    # A click on "Test accuracy" sorts by it; a second click reverses.
    header = gallery.table.horizontalHeader()
    at = [c[1] for c in COLUMNS].index("test_accuracy")
    for _ in range(2):
        x = header.sectionViewportPosition(at) + header.sectionSize(at) // 2
        spot = QPoint(x, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    shown = [float(v.rstrip(" %")) for v in column(gallery, "test_accuracy") if v != "–"]
    assert len(shown) == 3 and shown == sorted(shown, reverse=True)
    assert column(gallery, "test_accuracy")[-1] == "–"

    # The Sort by box: by test loss, lowest first (files without one last); a header's
    # click shows in the box.
    box = gallery.sort_box
    assert box.currentText() == "Test accuracy, best first"
    box.setCurrentIndex(box.findText("Test loss, lowest first"))
    losses = column(gallery, "test_loss")
    assert losses[3:] == ["–"] * 3 and losses[:3] == sorted(losses[:3])
    box.setCurrentIndex(box.findText("Test accuracy, best first"))

    answers["save"] = tmp_path / "grades"
    click(qtbot, gallery.export_button)
    rows = list(csv.DictReader((tmp_path / "grades.csv").open(encoding="utf-8")))
    assert [r["name"] for r in rows] == [
        e.name if not e.name.startswith("=") else "'" + e.name for e in gallery.shown_entries()
    ]
    assert len(rows) == 6 and rows[-1]["test_accuracy"] == ""
    assert {r["file"]: r["note"] for r in rows}["forged.nnplay"].startswith("handin.name")

    # A folder of other files only: an empty gallery that says so.
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(50):
        (photos / f"photo{i}.jpg").write_bytes(b"\xff\xd8")
    empty = open_gallery(qtbot, w, answers, photos)
    assert empty is not gallery and empty.proxy.rowCount() == 0
    assert empty.summary.text().startswith("No hand-ins (.nnplay files) in")
    # A gallery closed (and deleted) while it reads: its reader stops on its own.
    answers["folder"] = folder
    w.class_folder.choose().close()
    qtbot.waitUntil(lambda: class_model.readers_running() == 0, timeout=TIMEOUT)
    gone = open_gallery(qtbot, w, answers, tmp_path / "gone")  # removed since it was chosen
    assert gone.summary.text().startswith("Cannot read") and gone.proxy.rowCount() == 0


def test_a_card_opens_read_only_and_saving_never_overwrites_the_hand_in(
    window, qtbot, answers, tmp_path
):
    folder = tmp_path / "class"
    folder.mkdir()
    good_and_damaged(folder)
    before = (folder / "ana.nnplay").read_bytes()
    w = window()
    gallery = open_gallery(qtbot, w, answers, folder)
    table = gallery.table
    ana = gallery.proxy.index(1, 0)
    rect = table.visualRect(ana)
    # A double-click, as the system sends it: a click, then the double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    files = w.file_actions
    qtbot.waitUntil(lambda: files.name == "Ana Silva (hand-in)", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.snapshot.epoch == 4, timeout=TIMEOUT)
    assert files.path is None  # Save asks for a name
    answers["save"] = folder / "ana.nnplay"
    assert files.save() is False
    assert answers["warnings"][-1].startswith("Cannot save ana.nnplay: it was opened read-only")
    assert (folder / "ana.nnplay").read_bytes() == before
    answers["save"] = tmp_path / "reviewed.nnplay"
    assert files.save() and load_project(tmp_path / "reviewed.nnplay").epoch == 4

    # Enter opens the chosen card; a damaged one says why in the status bar instead.
    table.setFocus()
    table.setCurrentIndex(gallery.proxy.index(2, 0))  # Bo Chen
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: files.name == "Bo Chen (hand-in)", timeout=TIMEOUT)
    table.setCurrentIndex(gallery.proxy.index(4, 0))  # forged
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert w.statusBar().currentMessage().startswith("forged.nnplay cannot be opened: handin")
    assert files.name == "Bo Chen (hand-in)"

    # File › Open opens a hand-in as the project it also is, saved as any other.
    assert files.open_path(folder / "ana.nnplay") and files.path == folder / "ana.nnplay"
    assert files.save() and load_project(folder / "ana.nnplay").handin is None


def test_the_name_dialog_refuses_a_name_that_is_not_one_line(qtbot):
    dialog = StudentNameDialog(None, "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setText("Ana\tSilva")
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text().startswith("Please type your name on one line")
    dialog.edit.setText("Ana Silva")
    assert not dialog.problem.isVisibleTo(dialog)
    click(qtbot, dialog.ok)
    assert dialog.result() == StudentNameDialog.DialogCode.Accepted and dialog.name() == "Ana Silva"
