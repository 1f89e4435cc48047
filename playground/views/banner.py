"""The notice across the window: divergence (an error), a stop rule that paused training
(information) or what the warnings say (core/warnings_check), whichever comes first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from engine.i18n import translate
from playground.core.snapshot import Snapshot
from playground.core.warnings_check import banner_warning


class Banner(QLabel):
    """Hidden while there is nothing to say; its ``kind`` property picks its colours in the
    window's style sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.hide()

    def set_snapshot(self, snap: Snapshot) -> None:
        if snap.divergence is not None:
            text, kind = snap.divergence.message, "error"
        elif snap.stop_reason:
            text = translate("banner", "{reason} Press play to continue.").format(
                reason=snap.stop_reason
            )
            kind = "info"
        else:
            text, kind = banner_warning(snap.warnings), "warning"
        if text != self.text() or kind != self.property("kind"):
            self.setText(text)
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
            self.setVisible(bool(text))
