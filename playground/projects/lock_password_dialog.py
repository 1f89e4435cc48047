"""The password on a lesson's locks, in the window: the teacher sets it
(:class:`SetPasswordDialog`), and taking the locks off asks for it (:func:`ask_to_unlock`).

The dialogs say plainly what the password does: it stops a student switching the locks
off in the app; it does not stop anyone editing the file by hand and removing the lesson
altogether. Hashing and checking are playground.core.lock_password's (Qt-free).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, translate
from playground.core import lock_password
from playground.core.lock_password import MAX_PASSWORD, LockPassword
from playground.views.accessibility import name_controls

if TYPE_CHECKING:
    from playground.core.project import Lesson

PROTECTS = QT_TRANSLATE_NOOP(
    "lock_password_dialog",
    "The password stops students switching the lesson's locks off in the app: Leave "
    "lesson and Teacher mode ask for it. It does not stop someone who edits the lesson "
    "file by hand: they can remove the lesson, locks and all. The file keeps only a salted "
    "hash of the password, never the password itself.",
)


def protects() -> str:
    """What the password does and does not protect, in the user's language."""
    return translate("lock_password_dialog", PROTECTS)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PASSWORD)
    return field


class SetPasswordDialog(QDialog):
    """Asks the teacher for a new password twice; ``password`` holds its hash once accepted."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("setPasswordDialog")
        self.setWindowTitle(translate("lock_password_dialog", "Password on the lesson's locks"))
        self.password: LockPassword | None = None
        about = QLabel(protects())
        about.setWordWrap(True)
        self.first = _password_field("newPassword")
        self.first.setAccessibleName(translate("lock_password_dialog", "New password"))
        self.second = _password_field("repeatPassword")
        self.second.setAccessibleName(translate("lock_password_dialog", "Repeat the password"))
        self.message = QLabel()
        self.message.setObjectName("setPasswordMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("lock_password_dialog", "New password"), self.first)
        form.addRow(translate("lock_password_dialog", "Repeat it"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("lock_password_dialog", "Set password"))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        name_controls(self)

    def try_accept(self) -> None:
        first, second = self.first.text(), self.second.text()
        if not first:
            self.message.setText(
                translate(
                    "lock_password_dialog",
                    "Type a password, or Cancel to keep the lesson without one.",
                )
            )
        elif first != second:
            self.message.setText(
                translate(
                    "lock_password_dialog", "The two passwords differ: type the same one twice."
                )
            )
            self.adjustSize()
            self.second.clear()
        else:
            self.password = LockPassword.create(first, lock_password.ITERATIONS)
            self.accept()


class UnlockDialog(QDialog):
    """Asks for the lesson's password; ``ask`` says what for ("Type it to …", translated).
    Only the right one calls ``unlocked``. A wrong one says so, and nothing changes."""

    def __init__(
        self, parent: QWidget, lesson: Lesson, ask: str, unlocked: Callable[[], object]
    ) -> None:
        super().__init__(parent)
        assert lesson.lock_password is not None
        self.setObjectName("unlockDialog")
        self.setWindowTitle(
            translate("lock_password_dialog", "This lesson's locks have a password")
        )
        self.password = lesson.lock_password
        self.unlocked = unlocked
        about = QLabel(
            translate(
                "lock_password_dialog",
                "The teacher put a password on the locks of ‘{title}’. {ask}",
            ).format(title=lesson.title, ask=ask)
        )
        about.setWordWrap(True)
        about.setToolTip(protects())
        self.field = _password_field("unlockPassword")
        self.field.setAccessibleName(translate("lock_password_dialog", "Password"))
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("lock_password_dialog", "Unlock"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("lock_password_dialog", "Password"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        name_controls(self)

    def try_unlock(self) -> bool:
        if not self.password.matches(self.field.text()):
            self.field.clear()
            self.message.setText(
                translate(
                    "lock_password_dialog", "Wrong password: nothing changed. The locks stay on."
                )
            )
            self.adjustSize()  # room for the message
            return False
        self.accept()
        self.unlocked()
        return True


def ask_to_unlock(
    parent: QWidget, lesson: Lesson | None, ask: str, unlocked: Callable[[], object]
) -> UnlockDialog | None:
    """Call ``unlocked`` now if ``lesson`` has no password; else open (without blocking)
    and return the dialog that asks for it, which calls ``unlocked`` on the right one."""
    if lesson is None or lesson.lock_password is None:
        unlocked()
        return None
    dialog = UnlockDialog(parent, lesson, ask, unlocked)
    dialog.open()
    return dialog
