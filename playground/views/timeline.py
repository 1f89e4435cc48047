"""Rewind: the timeline slider under the loss chart.

Dragging it shows the network, its weights and the boundary as they were at that epoch
(the worker restores the nearest checkpoint and recomputes the rest exactly); "Resume
from here" continues training from that state, "Back to latest" returns to the newest.
It holds no training logic: it sends timeline commands to the worker and draws what the
snapshots say (``Snapshot.timeline``). :class:`Timeline` puts the bar under the loss
chart, marks the epoch on show in the chart and adds the Training menu's rewind entries;
the window calls its ``set_snapshot`` every frame.
"""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.compute.client import WorkerClient
from playground.core.snapshot import Snapshot
from playground.views.loss_chart import LossChart
from playground.views.steady_label import ElidedLabel, SteadyLabel

REQUEST_MS = 30  # while dragging, at most one request per this many milliseconds
UPDATE_SECONDS = 0.1  # while training runs, the bar is redrawn at most this often
MEMORY_SECONDS = 1.0  # and the checkpoint figures at most this often
REWIND_COLOR = (123, 63, 160)  # the marker of the epoch on show, in the chart and label
_SLIDER_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


REWOUND_MESSAGE = QT_TRANSLATE_NOOP(
    "timeline",
    "Rewound: the network, its weights and the boundary as they were at that epoch. "
    "Resume from here (or Play) continues from it and replaces the later epochs; "
    "Back to latest returns.",
)


def restarted_message(epoch: int) -> str:
    return translate(
        "timeline",
        "Rewind now starts at epoch {epoch}, where the network changed: the epochs "
        "before it were trained by the network as it was, so they cannot be shown on this one.",
    ).format(epoch=number(epoch, ","))


class TimelineBar(QWidget):
    """The slider, where it stands, the two buttons, and what the checkpoints cost."""

    def __init__(self, client: WorkerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._info = None
        self._wanted: int | None = None  # the epoch the slider asks for
        self._updating = False
        self._memory_at = 0.0

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setPageStep(10)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setAccessibleName(translate("timeline", "Timeline"))
        self.slider.setToolTip(
            translate(
                "timeline",
                "Rewind: drag to see the network, its weights and the boundary as they were at "
                "that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, "
                "Page Up/Down ten, Home the first, End the latest.",
            )
        )
        self.slider.valueChanged.connect(self._on_value)
        self.slider.installEventFilter(self)
        self.caption = QLabel(translate("timeline", "Rewind"))
        self.caption.setObjectName("caption")
        self.epoch_label = SteadyLabel(
            translate("timeline", "epoch {epoch}").format(epoch=number(0, "d")),
            translate("timeline", "epoch {epoch} (latest)").format(epoch=number(99_999, ",")),
            style="font-weight: 600",
        )
        self.epoch_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.epoch_label.hold()
        self.epoch_label.setToolTip(
            translate("timeline", "The epoch on show, and the newest one trained.")
        )

        self.resume_button = QPushButton(translate("timeline", "Resume from here"))
        self.resume_button.setToolTip(
            translate(
                "timeline",
                "Continue training from the epoch on show, from exactly its state. The epochs "
                "after it are replaced by the new training. (Play does the same.)",
            )
        )
        self.resume_button.clicked.connect(self.resume)
        self.latest_button = QPushButton(translate("timeline", "Back to latest"))
        self.latest_button.setToolTip(
            translate("timeline", "Show the newest state again, as if you had never rewound (End).")
        )
        self.latest_button.clicked.connect(self.latest)
        self.memory_label = ElidedLabel()
        self.memory_label.setStyleSheet("color: #555555; font-size: 9pt")
        self.memory_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.memory_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REQUEST_MS)
        self._timer.timeout.connect(self._request)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption)
        top.addWidget(self.slider, 1)
        top.addWidget(self.epoch_label)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.resume_button)
        bottom.addWidget(self.latest_button)
        bottom.addWidget(self.memory_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._set_enabled(False)

    # ------------------------------------------------------------------ public
    @property
    def viewing(self) -> int | None:
        return None if self._info is None else self._info.viewing

    @property
    def wanted(self) -> int | None:
        """The epoch asked for and not on show yet (None: none asked for)."""
        return self._wanted

    def shown_epoch(self) -> int | None:
        """The epoch the slider stands at (asked for, or on show)."""
        if self._wanted is not None:
            return self._wanted
        info = self._info
        if info is None:
            return None
        return info.viewing if info.viewing is not None else info.latest

    def view(self, epoch: int) -> None:
        """Ask for ``epoch`` (clamped to the timeline); training pauses."""
        info = self._info
        if info is None:
            return
        epoch = max(info.first, min(int(epoch), info.latest))
        self._wanted = epoch
        self._set_slider(epoch)
        self._show_label()
        if not self._timer.isActive():
            self._timer.start()

    def step_back(self) -> None:
        shown = self.shown_epoch()
        if shown is not None:
            self.view(shown - 1)

    def resume(self) -> None:
        if self.viewing is None and self._wanted is None:
            return
        self._flush()
        self._client.resume_from_view()
        self._client.play()

    def latest(self) -> None:
        self._timer.stop()
        self._wanted = None
        self._client.back_to_latest()

    def set_snapshot(self, snap: Snapshot) -> None:
        info = snap.timeline
        self._info = info
        if self.isHidden() != (info is None):  # Compare on: it follows the main network only
            self.setVisible(info is not None)
        if info is None:
            return
        if self._wanted is not None and info.viewing == self._wanted and not info.pending:
            self._wanted = None  # the request has been met
        if self._wanted is not None and info.viewing is None and not self._timer.isActive():
            self._wanted = None  # met by going back to the latest
        self._set_enabled(info.latest > info.first)
        dragging = self.slider.isSliderDown()
        self._updating = True
        try:
            lo, hi = info.first, info.latest
            if (self.slider.minimum(), self.slider.maximum()) != (lo, hi):
                self.slider.setRange(lo, hi)
            if not dragging and self._wanted is None:
                self.slider.setValue(info.viewing if info.viewing is not None else hi)
        finally:
            self._updating = False
        self.resume_button.setEnabled(info.viewing is not None or self._wanted is not None)
        self.latest_button.setEnabled(info.viewing is not None or self._wanted is not None)
        self._show_label()
        now = time.perf_counter()
        if snap.running and now - self._memory_at < MEMORY_SECONDS:
            return
        self._memory_at = now
        # Short, for a narrow column (a lesson open beside it); the keeping rule is in the
        # tooltip.
        if info.nbytes >= 2**20:
            size = translate("timeline", "{size} MB").format(
                size=number(info.nbytes / 2**20, ".1f")
            )
        else:
            size = translate("timeline", "{size} kB").format(
                size=number(info.nbytes / 2**10, ".0f")
            )
        count = info.count  # a plain name: lupdate skips a call whose count is an attribute
        if count == 1:
            text = translate("timeline", "{count} checkpoint, {size}")
        else:
            text = translate("timeline", "{count} checkpoints, {size}", None, count)
        text = text.format(count=number(count, ","), size=size)
        if self.memory_label.text() != text:
            self.memory_label.setText(text)
            self.memory_label.setToolTip(info.description)

    # ---------------------------------------------------------------- private
    def _show_label(self) -> None:
        info = self._info
        if info is None:
            return
        shown = self.shown_epoch()
        if shown is None or (info.viewing is None and self._wanted is None):
            text = translate("timeline", "epoch {epoch} (latest)").format(
                epoch=number(info.latest, ",")
            )
            style = ""
        else:
            busy = self._wanted is not None and (info.viewing != self._wanted or info.pending)
            if busy:
                text = translate("timeline", "epoch {epoch} of {latest} …")
            else:
                text = translate("timeline", "epoch {epoch} of {latest}")
            text = text.format(epoch=number(shown, ","), latest=number(info.latest, ","))
            style = f"color: {_hex(REWIND_COLOR)}; font-weight: 600"
        if self.epoch_label.text() != text:
            if style != self.epoch_label.styleSheet():
                self.epoch_label.setStyleSheet(style)
            self.epoch_label.set_text(text)

    def _set_enabled(self, on: bool) -> None:
        if self.slider.isEnabled() != on:
            self.slider.setEnabled(on)

    def _set_slider(self, value: int) -> None:
        self._updating = True
        try:
            self.slider.setValue(value)
        finally:
            self._updating = False

    def _on_value(self, value: int) -> None:
        if self._updating:
            return
        info = self._info
        if info is None:
            return
        if value == info.latest and info.viewing is None and self._wanted is None:
            return  # already the latest
        self._wanted = value
        self._show_label()
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._request()

    def _request(self) -> None:
        if self._wanted is None:
            return
        self._client.pause()
        self._client.view_epoch(self._wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The window binds Right (step) and Left (back one epoch); on the focused slider the
        # arrows move the slider instead.
        if (
            watched is self.slider
            and event.type() == QEvent.Type.ShortcutOverride
            and event.key() in _SLIDER_KEYS
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)


class Timeline:
    """The timeline in a window: the bar under the loss chart, a marker in the chart, and
    the Training menu's rewind entries."""

    def __init__(
        self,
        client: WorkerClient,
        chart: LossChart,
        training_menu: QMenu,
        status_bar: QStatusBar,
        shortcut_host: QWidget,
    ) -> None:
        """``shortcut_host`` (the window) holds the Left key, so that it works wherever
        the focus is."""
        self._status_bar = status_bar
        self.bar = TimelineBar(client)
        chart.layout().addWidget(self.bar)
        self.marker = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(*REWIND_COLOR, width=2, style=Qt.PenStyle.DashLine),
        )
        self.marker.setVisible(False)
        self.marker.setZValue(1)  # over every curve, also Compare's (added when it starts)
        chart.plot_item.addItem(self.marker, ignoreBounds=True)
        self._marked: int | None = None
        self._rewound = False
        self._span: tuple[int, int] | None = None  # (first, latest) of the timeline drawn
        self._drawn = 0.0
        self._make_actions(training_menu, shortcut_host)

    def _make_actions(self, menu: QMenu, host: QWidget) -> None:
        self.back_action = QAction(translate("timeline", "Rewind &one epoch"), host)
        self.back_action.setShortcut(QKeySequence("Left"))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.setToolTip(
            translate("timeline", "Show the epoch before the one on show (training pauses)")
        )
        self.back_action.triggered.connect(self.bar.step_back)
        self.resume_action = QAction(translate("timeline", "Resume &from here"), host)
        self.resume_action.triggered.connect(self.bar.resume)
        self.latest_action = QAction(translate("timeline", "Back to &latest"), host)
        self.latest_action.triggered.connect(self.bar.latest)
        menu.addSeparator()
        for action in (self.back_action, self.resume_action, self.latest_action):
            host.addAction(action)
            menu.addAction(action)

    def set_snapshot(self, snap: Snapshot) -> None:
        # While training runs the slider only follows the newest epoch: like the chart, ten
        # times a second is plenty, and every label change costs the frame a relayout.
        now = time.perf_counter()
        if (
            snap.running
            and now - self._drawn < UPDATE_SECONDS
            and not self.bar.slider.isSliderDown()
        ):
            return
        self._drawn = now
        self.bar.set_snapshot(snap)
        info = snap.timeline
        self._say_if_restarted(info)
        rewound = info is not None and (info.viewing is not None or self.bar.wanted is not None)
        viewing = self.bar.shown_epoch() if rewound else None
        if viewing != self._marked:
            self._marked = viewing
            self.marker.setVisible(viewing is not None)
            if viewing is not None:
                self.marker.setValue(viewing)
        enabled = info is not None and info.latest > info.first
        self.back_action.setEnabled(enabled)
        rewound_message = translate("timeline", REWOUND_MESSAGE)
        if rewound and not self._rewound:
            self._status_bar.showMessage(rewound_message, 10_000)
        elif self._rewound and not rewound and self._status_bar.currentMessage() == rewound_message:
            self._status_bar.clearMessage()  # back at the latest: the notice no longer holds
        self._rewound = rewound

    def _say_if_restarted(self, info) -> None:
        """An edit of the network starts the timeline again where it happened (the past
        cannot be replayed on another network): say so, rather than let it vanish."""
        span = None if info is None else (info.first, info.latest)
        before, self._span = self._span, span
        if before is None or span is None:
            return
        (first0, latest0), (first, latest) = before, span
        if latest0 > first0 and first > first0 and first == latest >= latest0:
            self._status_bar.showMessage(restarted_message(first), 10_000)
