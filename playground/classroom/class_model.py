"""The class gallery's table: one row per file of the folder (a student's card), its
thumbnail beside the name, and a sort key per column; and the thread that reads the
folder (playground.core.class_folder) while the window stays live."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core.class_folder import ClassEntry, list_folder, read_entry

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
THUMB = 64  # pixels of a card's picture in the table
_RUNNING: set[FolderReader] = set()  # readers whose thread has not ended yet
BATCH_S = 0.1  # rows are handed to the table at most this often
# (header, what the cell shows): a ClassEntry attribute, a hand-in figure, or the time.
COLUMNS = (
    (QT_TRANSLATE_NOOP("class_model", "Student"), "name"),
    (QT_TRANSLATE_NOOP("class_model", "Lesson"), "lesson"),
    (QT_TRANSLATE_NOOP("class_model", "Epochs"), "epoch"),
    (QT_TRANSLATE_NOOP("class_model", "Train\nloss"), "train_loss"),
    (QT_TRANSLATE_NOOP("class_model", "Test\nloss"), "test_loss"),
    (QT_TRANSLATE_NOOP("class_model", "Train\naccuracy"), "train_accuracy"),
    (QT_TRANSLATE_NOOP("class_model", "Test\naccuracy"), "test_accuracy"),
    (QT_TRANSLATE_NOOP("class_model", "Note"), "note"),
    (QT_TRANSLATE_NOOP("class_model", "Handed in\n(UTC)"), "time"),
    (QT_TRANSLATE_NOOP("class_model", "File"), "file"),
)
NUMBERS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def cell_text(entry: ClassEntry, key: str) -> str:
    if key in NUMBERS:
        value = entry.figure(key)
        if value is None:
            return "–"
        if key == "epoch":
            return number(value, ",")
        if key.endswith("accuracy"):
            return translate("class_model", "{percent} %").format(
                percent=number(100 * value, ".1f")
            )
        return number(value, ".4f")
    if key == "time":
        return entry.handin.time.replace("T", " ").rstrip("Z")[:16] if entry.handin else ""
    if key == "file":
        return entry.path.name
    return str(getattr(entry, key))


def sort_value(entry: ClassEntry, key: str) -> object:
    """Numbers as numbers, text without case. An unknown number comes after the real
    ones in the order that puts the best first (a loss's lowest, an accuracy's highest)."""
    if key in NUMBERS:
        value = entry.figure(key)
        if value is None:
            return math.inf if key.endswith("loss") else -1.0
        return float(value)
    return cell_text(entry, key).casefold()


class ClassModel(QAbstractTableModel):
    """The rows read so far (they arrive in batches while the folder is read)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[ClassEntry] = []
        self._pictures: dict[int, QPixmap] = {}

    def add(self, entries: list[ClassEntry]) -> None:
        if not entries:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.entries.extend(entries)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent is not None and parent.isValid() else len(self.entries)

    def columnCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translate("class_model", COLUMNS[section][0])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry, key = self.entries[index.row()], COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(entry, key)
        if role == SORT_ROLE:
            return sort_value(entry, key)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self.picture(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text(entry, key) if key in ("lesson", "note") else str(entry.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def picture(self, row: int) -> QPixmap:
        """The card's thumbnail (a grey square for a file without one), made once."""
        if row not in self._pictures:
            entry = self.entries[row]
            image = QImage()
            if entry.handin is not None:
                image.loadFromData(entry.handin.thumbnail, "PNG")
            if image.isNull():
                pixmap = QPixmap(THUMB, THUMB)
                pixmap.fill(Qt.GlobalColor.lightGray)
            else:
                pixmap = QPixmap.fromImage(image).scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self._pictures[row] = pixmap
        return self._pictures[row]


def sorting_proxy(model: ClassModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def readers_running() -> int:
    """How many folder readers have not ended yet (started by galleries open or closed)."""
    return len(_RUNNING)


class FolderReader(QThread):
    """Lists the folder and reads its hand-ins, handing rows over in batches."""

    listed = Signal(int, str)  # how many files will be read; why the listing stopped short
    rows = Signal(list)  # a batch of ClassEntry
    failed = Signal(str)  # the folder itself could not be read

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def start_alone(self) -> None:
        """Start, held by this module until the thread has ended (a QThread deleted while
        it runs would abort the app, whatever became of the gallery that started it)."""
        _RUNNING.add(self)
        self.finished.connect(self._ended)  # in the GUI thread, where this object lives
        self.start()

    def _ended(self) -> None:
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))  # once finished has been handled

    def run(self) -> None:
        try:
            listing = list_folder(self.folder)
        except OSError as exc:
            self.failed.emit(
                translate("class_model", "Cannot read {folder}: {problem}").format(
                    folder=self.folder, problem=exc.strerror or exc
                )
            )
            return
        self.listed.emit(len(listing.files), listing.note)
        batch: list[ClassEntry] = []
        sent = time.monotonic()
        for path in listing.files:
            if self.isInterruptionRequested():
                return
            batch.append(read_entry(path))
            if time.monotonic() - sent >= BATCH_S:  # pacing only: the rows are the same
                self.rows.emit(batch)
                batch, sent = [], time.monotonic()
        self.rows.emit(batch)
