"""The walkthrough's panel: where the point is chosen, the phase and step shown, and the
controls (back, next, autoplay, apply). It shows what the controller (walkthrough.py)
gives it and emits nothing of its own: the controller connects to its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCursor, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import number, translate
from playground.backprop.walkthrough_overlay import PHASE_COLORS
from playground.core.walkthrough_text import PHASES, Step

AUTOPLAY_MS = 2200  # a step every this many milliseconds: time to read it aloud
BODY_PT = 13  # the explanation's type size: legible on a projector
TITLE_PT = 16


def hex_color(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


class WrappedLabel(QLabel):
    """A word-wrapped label that holds the height its text needs at the width it has: a
    row beside a button does not ask a wrapped label for it (the prompt takes three lines
    on a 1280 px screen, two on a wider one)."""

    MAX_LINES = 3  # what the prompt takes at the narrowest; never more, whatever the width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Capped: before the panel is laid out its width is a placeholder's, and the
        # height for that would make the window grow.
        most = self.MAX_LINES * self.fontMetrics().lineSpacing() + 2
        need = min(self.heightForWidth(self.width()), most)
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class WalkthroughPanel(QWidget):
    """Where the point is chosen, the phase and step shown, and the controls."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("walkthroughPanel")
        self.heading = QLabel(translate("walkthrough_panel", "Backprop, step by step"))
        self.heading.setStyleSheet(f"font-size: {TITLE_PT}pt; font-weight: 700")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(
            translate("walkthrough_panel", "Close the walkthrough (Esc); the loss chart comes back")
        )
        self.point_label = WrappedLabel()
        self.point_label.setWordWrap(True)
        self.point_label.setStyleSheet("font-size: 11pt")
        self.random_button = QPushButton(translate("walkthrough_panel", "Random point"))
        self.random_button.setToolTip(
            translate(
                "walkthrough_panel",
                "Take a random training point (or click any point on the plot above)",
            )
        )

        self.phase_buttons: list[QPushButton] = []
        self.phase_group = QButtonGroup(self)
        self.phase_group.setExclusive(True)
        phases = QHBoxLayout()
        phases.setSpacing(4)
        tips = (
            translate(
                "walkthrough_panel",
                "The forward pass: each layer computes z = Σ w·a + b and a = f(z) "
                "(click to jump there)",
            ),
            translate(
                "walkthrough_panel",
                "The loss: how far the prediction is from the target (click to jump there)",
            ),
            translate(
                "walkthrough_panel",
                "The backward pass: δ = ∂L/∂z from the output back, by the chain rule "
                "(click to jump there)",
            ),
            translate(
                "walkthrough_panel",
                "The weight update: each weight moves against its gradient (click to jump there)",
            ),
        )
        for k, (name, tip) in enumerate(zip(PHASES, tips, strict=True)):
            button = QPushButton(f"{k + 1}  {translate('walkthrough_text', name)}")
            button.setCheckable(True)
            button.setToolTip(tip)
            rgb = PHASE_COLORS[k]
            button.setStyleSheet(
                "QPushButton { padding: 4px 8px; font-weight: 600; }"
                f"QPushButton:checked {{ background: {hex_color(rgb)}; color: white; "
                f"border: 1px solid {hex_color(rgb)}; border-radius: 3px; }}"
            )
            self.phase_group.addButton(button, k)
            self.phase_buttons.append(button)
            phases.addWidget(button)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"font-size: {TITLE_PT}pt; font-weight: 700")
        self.body = QTextBrowser()
        # It scrolls: at its least (projector type on a 1280x720 screen) a line and a half,
        # so that the window keeps the plot above it without growing past the screen.
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 3 // 2 + 12)
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.document().setDefaultStyleSheet(
            "a { color: #1e1e1e; text-decoration: none; } b { color: #000; }"
        )
        font = self.body.font()
        font.setPointSizeF(BODY_PT)
        self.body.setFont(font)
        self.body.setToolTip("")
        self.body.highlighted.connect(self._on_hover)

        self.back_button = QPushButton(translate("walkthrough_panel", "◀ Back"))
        self.back_button.setToolTip(translate("walkthrough_panel", "The step before (←)"))
        self.next_button = QPushButton(translate("walkthrough_panel", "Next ▶"))
        self.next_button.setToolTip(translate("walkthrough_panel", "The next step (→)"))
        self.autoplay_button = QPushButton(translate("walkthrough_panel", "Autoplay"))
        self.autoplay_button.setCheckable(True)
        self.autoplay_button.setToolTip(
            translate(
                "walkthrough_panel",
                "Go through the steps by itself, one every {seconds} seconds; "
                "it stops before the update",
            ).format(seconds=number(AUTOPLAY_MS / 1000, "g"))
        )
        self.apply_button = QPushButton(translate("walkthrough_panel", "Apply update"))
        self.apply_button.setToolTip(
            translate(
                "walkthrough_panel",
                "Make exactly this update to the network's weights (A); the boundary moves. "
                "Undo with Ctrl+Z.",
            )
        )
        self.apply_button.setStyleSheet(
            "QPushButton { font-weight: 700; padding: 4px 12px; }"
            f"QPushButton:enabled {{ background: {hex_color(PHASE_COLORS[3])}; color: white; }}"
        )
        self.counter = QLabel()
        self.counter.setToolTip(
            translate("walkthrough_panel", "Which step of the walkthrough is on show")
        )
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #e3f0fb; color: #0b4a75; padding: 6px 10px; font-size: 11pt; }"
        )
        self.notice.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        point = QHBoxLayout()
        point.addWidget(self.point_label, 1)
        point.addWidget(self.random_button)
        controls = QHBoxLayout()
        for widget in (self.back_button, self.next_button, self.autoplay_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.counter)
        controls.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addLayout(point)
        layout.addLayout(phases)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.notice)
        layout.addLayout(controls)
        self.show_prompt()

    def show_prompt(self, text: str = "") -> None:
        self.point_label.setText(
            text
            or translate(
                "walkthrough_panel",
                "<b>Pick a point:</b> Next (→) picks one worth a look and says why; or click "
                "a point on the plot above, or take a random one.",
            )
        )
        self.title.setText("")
        self.body.setHtml(
            translate(
                "walkthrough_panel",
                "<p style='font-size:{size}pt'>Backpropagation in four steps, with this "
                "network's own numbers for one point:</p><ol>"
                "<li><b>Forward pass</b>: the point goes through the network layer by layer.</li>"
                "<li><b>Loss</b>: how far the prediction is from the point's true label.</li>"
                "<li><b>Backward pass</b>: the chain rule finds how each weight changed the "
                "loss, from the output back.</li>"
                "<li><b>Weight update</b>: every weight moves a little against its gradient.</li>"
                "</ol>",
            ).format(size=BODY_PT)
        )
        for button in self.phase_buttons:
            button.setChecked(False)
            button.setEnabled(False)
        self.phase_group.setExclusive(False)
        for button in self.phase_buttons:
            button.setChecked(False)
        self.phase_group.setExclusive(True)
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(True)
        self.apply_button.setEnabled(False)
        self.apply_button.hide()
        self.counter.setText("")

    def show_step(self, step: Step, index: int, count: int, can_apply: bool) -> None:
        for button in self.phase_buttons:
            button.setEnabled(True)
        self.phase_buttons[step.phase].setChecked(True)
        rgb = PHASE_COLORS[step.phase]
        self.title.setText(
            f"<span style='color:{hex_color(rgb)}'>{step.phase + 1} · {step.phase_name}</span>"
            f" — {step.title}"
        )
        scroll = self.body.verticalScrollBar().value() if self.body.property("step") == index else 0
        self.body.setHtml(step.html)
        self.body.setProperty("step", index)
        self.body.verticalScrollBar().setValue(scroll)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1 or not can_apply)
        self.counter.setText(
            translate("walkthrough_panel", "step {number} of {count}").format(
                number=index + 1, count=count
            )
        )
        self.apply_button.setVisible(step.phase == 3)
        self.apply_button.setEnabled(step.phase == 3 and can_apply)

    def set_notice(self, text: str, tip: str = "") -> None:
        """A notice over the controls; ``tip``: its numbers with every digit, on hover."""
        self.notice.setText(text)
        self.notice.setToolTip(tip)
        self.notice.setVisible(bool(text))

    def _on_hover(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("n:"):
            QToolTip.showText(QCursor.pos(), text[2:], self.body)
        else:
            QToolTip.hideText()
