"""File › Hand in…: the student's name (asked, and remembered), then one ``.nnplay`` file
holding the work as a project (its lesson's locks kept) and a hand-in part: the name, the
time, the lesson, the final metrics and a small picture of the decision boundary
(playground.core.handin). The file opens in the app as a normal project too."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core.project_checks import ProjectError
from playground.core.project_format import SUFFIX
from playground.core.session import Session
from playground.views.accessibility import name_controls

if TYPE_CHECKING:
    from playground.compute.client import WorkerClient
    from playground.projects.file_actions import FileActions

NAME_KEY = "handin/name"  # QSettings: the name given last time
EXPLANATION = QT_TRANSLATE_NOOP(
    "hand_in",
    "Your name goes into the file with your network, its results (epochs, loss and "
    "accuracy) and a small picture of its decision boundary, so that your teacher knows "
    "whose work it is. This computer remembers it for your next hand-in.",
)


class StudentNameDialog(QDialog):
    """Asks for the student's name; Continue stays off while the name is empty."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        from playground.core.handin import MAX_STUDENT_NAME  # (see HandInAction.hand_in)

        super().__init__(parent)
        self.setWindowTitle(translate("hand_in", "Hand in your work"))
        self.setObjectName("studentNameDialog")
        layout = QVBoxLayout(self)
        text = QLabel(translate("hand_in", EXPLANATION))
        text.setWordWrap(True)
        layout.addWidget(text)
        prompt = QLabel(translate("hand_in", "Your &name:"))
        self.edit = QLineEdit(name)
        self.edit.setObjectName("studentName")
        self.edit.setMaxLength(MAX_STUDENT_NAME)
        self.edit.setPlaceholderText(translate("hand_in", "First and last name"))
        self.edit.setAccessibleName(translate("hand_in", "Your name"))
        self.edit.setToolTip(
            translate(
                "hand_in", "Your name as your teacher knows it (at most {characters})"
            ).format(characters=number(MAX_STUDENT_NAME))
        )
        prompt.setBuddy(self.edit)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        self.problem = QLabel()
        self.problem.setObjectName("studentNameProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(translate("hand_in", "Continue…"))
        self.ok.setDefault(True)
        self.ok.setToolTip(translate("hand_in", "Choose where to save the hand-in file"))
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._changed)
        self._changed(self.edit.text())
        self.setMinimumWidth(420)
        name_controls(self)

    def _changed(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()))
        self.problem.hide()

    def name(self) -> str:
        return self.edit.text().strip()

    def accept(self) -> None:
        from playground.core.handin import student_name

        try:
            student_name(self.edit.text(), "name")
        except ProjectError:
            self.problem.setText(
                translate("hand_in", "Please type your name on one line (letters, not symbols).")
            )
            self.problem.show()
            return
        super().accept()


class HandInAction:
    """File › Hand in…, writing through ``save(path, project data)`` (atomic)."""

    def __init__(
        self,
        parent: QWidget,
        menu: QMenu,
        files: FileActions,
        client: WorkerClient,
        save: Callable[[Path, dict], None],
        status: Callable[[str, int], None],
    ) -> None:
        self.parent = parent
        self.files = files
        self.client = client
        self.save = save
        self.status = status
        self.action = QAction(translate("hand_in", "&Hand in…"), parent)
        self.action.setToolTip(
            translate(
                "hand_in",
                "Save your work for your teacher: with your name, its results and a picture",
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.hand_in())
        menu.addAction(self.action)
        parent.addAction(self.action)

    def ask_name(self) -> str | None:
        dialog = StudentNameDialog(self.parent, str(QSettings().value(NAME_KEY, "") or ""))
        try:
            return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def hand_in(self) -> bool:
        """Ask the name and the file, then write it; True when the file was written."""
        # The hand-in's parts and the project schema come with the first hand-in, not
        # with the window (their imports were 10 ms of its start).
        from playground.core.handin import make_hand_in, suggested_file_name, utc_now, with_hand_in
        from playground.core.project import project_from_session

        name = self.ask_name()
        if name is None:
            return False
        QSettings().setValue(NAME_KEY, name)
        lesson = self.files.lesson
        title = lesson.title if lesson is not None else None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        start = os.path.join(documents, suggested_file_name(title, self.files.name, name))
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent,
            translate("hand_in", "Hand in"),
            start,
            translate("hand_in", "NN Playground hand-ins (*{suffix})").format(suffix=SUFFIX),
        )
        if not chosen:
            return False
        path = Path(chosen if chosen.lower().endswith(SUFFIX) else chosen + SUFFIX)
        view, time = self.files.collect_view(), utc_now()
        self.client.pause()  # the file holds what the student sees

        def job(s: Session) -> dict:
            return with_hand_in(
                project_from_session(s, view, lesson), make_hand_in(s, name, title, time)
            )

        try:
            self.save(path, self.client.call(job))
        except (OSError, TimeoutError, ValueError) as exc:
            self.files.error(
                translate("hand_in", "Cannot hand in {file}").format(file=path.name), str(exc)
            )
            return False
        self.status(
            translate("hand_in", "Handed in as {student}: {file}").format(student=name, file=path),
            10_000,
        )
        return True
