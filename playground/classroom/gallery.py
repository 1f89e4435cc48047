"""File › Open class folder…: a folder of hand-ins as a gallery, one card (row) per student
with the thumbnail, name, lesson, epochs, losses and accuracies; sorted by a click on a
column's header; a double-click or Enter opens the card's project read-only (saving it
asks for a new name and never writes over the hand-in); Export CSV… writes the grade book.

The folder is read in a thread (class_model.FolderReader) so that the window stays live;
a damaged file gets its reason as its card's note and the others are read on."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.classroom.class_model import (
    COLUMNS,
    THUMB,
    ClassModel,
    FolderReader,
    sorting_proxy,
)
from playground.core import plural
from playground.core.class_folder import ClassEntry, class_csv
from playground.core.render import write_bytes
from playground.views.accessibility import name_controls

WIDEST = 260  # px of a column of text (a lesson's title, a note)
COLUMN_KEYS = [key for _, key in COLUMNS]
UP, DOWN = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
SORTS = (  # the Sort by box: (text, column, order)
    (QT_TRANSLATE_NOOP("gallery", "Name"), "name", UP),
    (QT_TRANSLATE_NOOP("gallery", "Lesson"), "lesson", UP),
    (QT_TRANSLATE_NOOP("gallery", "Test accuracy, best first"), "test_accuracy", DOWN),
    (QT_TRANSLATE_NOOP("gallery", "Train accuracy, best first"), "train_accuracy", DOWN),
    (QT_TRANSLATE_NOOP("gallery", "Test loss, lowest first"), "test_loss", UP),
    (QT_TRANSLATE_NOOP("gallery", "Train loss, lowest first"), "train_loss", UP),
    (QT_TRANSLATE_NOOP("gallery", "Epochs, most first"), "epoch", DOWN),
    (QT_TRANSLATE_NOOP("gallery", "Handed in, latest first"), "time", DOWN),
    (QT_TRANSLATE_NOOP("gallery", "File"), "file", UP),
)

OpenCopy = Callable[[Path, str], bool]  # (file, the work's name) -> opened


class ClassGallery(QDialog):
    """The gallery of one folder; ``open_copy`` opens a card's file read-only."""

    def __init__(
        self,
        parent: QWidget | None,
        folder: Path,
        open_copy: OpenCopy,
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.open_copy = open_copy
        self.status = status
        self.expected = 0
        self._note = ""  # why the listing stopped short, if it did
        self._read = False  # the reader has ended and all it found is in the table
        self._failure = ""  # why the folder could not be read
        self.setObjectName("classGallery")
        self.setWindowTitle(
            translate("gallery", "Class: {folder}").format(folder=folder.name or folder)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.model = ClassModel(self)
        self.proxy = sorting_proxy(self.model)
        self.table = QTableView()
        self.table.setObjectName("classTable")
        self.table.setAccessibleName(translate("gallery", "Hand-ins of the class"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setToolTip(
            translate("gallery", "Click a column's title to sort by it; again to reverse")
        )
        self.table.setToolTip(
            translate("gallery", "Double-click a student's card, or press Enter, to open it")
        )
        self.table.activated.connect(self.open_index)  # double-click, Enter

        self.summary = QLabel(translate("gallery", "Reading {folder}…").format(folder=folder))
        self.summary.setObjectName("classSummary")
        self.summary.setWordWrap(True)
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("classSort")
        self.sort_box.setToolTip(
            translate("gallery", "The cards' order (a click on a column's title sorts too)")
        )
        for text, key, order in SORTS:
            self.sort_box.addItem(translate("gallery", text), (COLUMN_KEYS.index(key), order))
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
        header.sortIndicatorChanged.connect(self._sorted)
        sort_label = QLabel(translate("gallery", "&Sort by:"))
        sort_label.setBuddy(self.sort_box)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(sort_label)
        top.addWidget(self.sort_box)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(translate("gallery", "&Open read-only"))
        self.open_button.setToolTip(
            translate("gallery", "Open the chosen card's work; saving it asks for a new name")
        )
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        self.export_button = QPushButton(translate("gallery", "&Export CSV…"))
        self.export_button.setToolTip(
            translate("gallery", "Save the table as a CSV file for a grade book")
        )
        self.export_button.clicked.connect(self.export_csv)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(translate("gallery", "Close the gallery"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        name_controls(self)

        self.reader = FolderReader(folder)
        self.reader.listed.connect(self._listed)
        self.reader.rows.connect(self._rows)
        self.reader.failed.connect(self._failed)
        self.reader.finished.connect(self._done)
        # The gallery may go (closed, or with the main window) while the reader reads: it
        # is told to stop, and lives on without a parent until its thread has ended.
        self.destroyed.connect(self.reader.requestInterruption)
        self.reader.start_alone()

    def _sort_chosen(self, row: int) -> None:
        column, order = self.sort_box.itemData(row)
        self.table.sortByColumn(column, order)

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column's title: the box shows that column (in its order)."""
        for row in range(self.sort_box.count()):
            if self.sort_box.itemData(row) == (column, order):
                self.sort_box.blockSignals(True)
                self.sort_box.setCurrentIndex(row)
                self.sort_box.blockSignals(False)

    @property
    def loading(self) -> bool:
        """Until the reader's last row (and its end) has reached the table."""
        return not self._read

    def _listed(self, count: int, note: str) -> None:
        self.expected = count
        self._note = note
        self._say()

    def _failed(self, message: str) -> None:
        self._failure = message
        self._say()

    def _rows(self, entries: list[ClassEntry]) -> None:
        self.model.add(entries)
        if len(self.model.entries) == len(entries):  # the first batch: columns to fit
            self._fit_columns()
        self._say()

    def _done(self) -> None:
        self._read = True
        if self.expected:
            self._fit_columns()
        self._say()

    def _fit_columns(self) -> None:
        """Columns as wide as what they show, the long texts (lesson, note) at most
        WIDEST px: they end in "…" and their tooltip holds all of it."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), WIDEST))
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), THUMB + 160))

    def _say(self) -> None:
        entries = self.model.entries
        noted = sum(e.handin is None for e in entries)
        if self._failure:
            template = "{failure}"  # already in the user's language
        elif not self.expected:
            template = translate("gallery", "No hand-ins (.nnplay files) in {folder}.")
        else:
            reading = len(entries) < self.expected
            if noted and reading:
                template = translate(
                    "gallery",
                    "{hand_ins}, {others} (see their notes): reading {read} of {expected}… "
                    "in {folder}.",
                )
            elif noted:
                template = translate(
                    "gallery", "{hand_ins}, {others} (see their notes) in {folder}."
                )
            elif reading:
                template = translate(
                    "gallery", "{hand_ins}: reading {read} of {expected}… in {folder}."
                )
            else:
                template = translate("gallery", "{hand_ins} in {folder}.")
        good = len(entries) - noted
        text = template.format(
            failure=self._failure,
            hand_ins=plural.english(translate("gallery", "%n hand-in(s)", None, good), good),
            others=plural.english(
                translate("gallery", "%n other or damaged file(s)", None, noted), noted
            ),
            read=number(len(entries), ","),
            expected=number(self.expected, ","),
            folder=self.folder,
        )
        if self._note:
            text = translate("gallery", "{summary} ({why_short})").format(
                summary=text, why_short=self._note
            )
        self.summary.setText(text)

    def entry_at(self, index: QModelIndex) -> ClassEntry | None:
        if not index.isValid():
            return None
        return self.model.entries[self.proxy.mapToSource(index).row()]

    def open_index(self, index: QModelIndex) -> bool:
        entry = self.entry_at(index)
        if entry is None:
            self.status(translate("gallery", "Choose a student's card first."), 6000)
            return False
        if entry.handin is None:
            self.status(
                translate("gallery", "{file} cannot be opened: {why}").format(
                    file=entry.path.name, why=entry.note
                ),
                10_000,
            )
            return False
        return self.open_copy(
            entry.path, translate("gallery", "{student} (hand-in)").format(student=entry.name)
        )

    def shown_entries(self) -> list[ClassEntry]:
        """The rows in the order the table shows them."""
        return [self.entry_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]  # type: ignore[misc]

    def export_csv(self) -> bool:
        folder = self.folder.name or translate("gallery", "class")
        name = translate("gallery", "{class_name} grades").format(class_name=folder)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("gallery", "Export the class as CSV"),
            os.path.join(str(self.folder), f"{name}.csv"),
            translate("gallery", "CSV files (*.csv)"),
        )
        if not chosen:
            return False
        path = chosen if chosen.lower().endswith(".csv") else chosen + ".csv"
        try:
            write_bytes(path, class_csv(self.shown_entries()).encode("utf-8"))
        except OSError as exc:
            self.summary.setText(
                translate("gallery", "Could not save {file}: {problem}").format(
                    file=path, problem=exc.strerror or exc
                )
            )
            return False
        self.status(translate("gallery", "Saved the class as {file}").format(file=path), 6000)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.reader.requestInterruption()
        super().closeEvent(event)
