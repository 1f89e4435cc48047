"""Compare in the window: the output area becomes 2 to 4 lanes racing side by side.

Each lane shows its own settings (optimizer, learning rate, activation, batch size,
regularization), its boundary as a 100×100 map with the training points on top, and its
losses; the loss chart overlays every lane's curves in the lane's colour. A lane can be
shown in the network diagram or made the main network. No training logic here: every
control sends a command (playground.core.comparison) to the worker, and ``set_snapshot``
(a frame hook of the window) draws what the snapshot holds.

The lanes view is :mod:`playground.views.compare_view` (its settings table
:mod:`playground.views.compare_table`), the chart curves
:mod:`playground.views.compare_curves`; here is the controller that joins them to the
window: the header with its buttons above the output, the View menu entry (C), and the
width the lanes borrow from the network diagram through the window's side slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.i18n import number, translate
from playground.compute.client import WorkerClient
from playground.core import comparison
from playground.core.comparison import MAX_LANES
from playground.core.snapshot import Snapshot
from playground.views.compare_curves import LaneCurves
from playground.views.desktop import interactive
from playground.views.loss_chart import LossChart
from playground.views.menus import add_to_menu
from playground.views.output_view import OutputView
from playground.views.side_slot import SideSlot

if TYPE_CHECKING:
    from playground.views.compare_view import CompareView

WIDE_SHARE = 0.56  # of the network's and the output's width, the lanes take while comparing


class _CurrentStack(QStackedWidget):
    """A stack as large as the page on show: the lanes' width, needed while comparing,
    must not hold the output column wide (and the window wider) once Compare stops."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()


class CompareController:
    """Compare in a window: the header with its buttons, the lanes in place of the output
    view, the lane curves in the loss chart, and the View menu entry (C)."""

    def __init__(
        self,
        client: WorkerClient,
        output_view: OutputView,
        loss_chart: LossChart,
        column: QSplitter,
        side_slot: SideSlot,
        latest: Callable[[], Snapshot | None],
        view_menu: QMenu,
        parent: QWidget,
        on_built: Callable[[QWidget], None] = lambda _view: None,
    ) -> None:
        """``column`` holds ``output_view``, which the header and the lanes replace there;
        ``parent`` (the window) parents the dialog and holds the C key; ``on_built`` is
        given the lanes' view when Compare first starts and builds it (the window names
        its controls for screen readers)."""
        self.client = client
        self.output_view = output_view
        self._side_slot = side_slot
        self._latest = latest
        self._parent = parent
        self._on_built = on_built
        self._view: CompareView | None = None  # the lanes, built when Compare first starts
        self.curves = LaneCurves(loss_chart)
        self._comparing = False
        self._main_epoch = 0  # the main network's epoch when the race began
        self.stop_box: QMessageBox | None = None  # the open "Stop comparing?" question

        self.toggle = QPushButton(translate("compare", "Compare"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(
            translate(
                "compare",
                "Race 2 to 4 copies of the network side by side (C): every lane starts from the "
                "same weights on the same data and differs only in the settings you give it "
                "(optimizer, learning rate, activation, batch size, regularization). Stop at "
                "epoch applies to every lane; stop when stuck waits until Compare is off.",
            )
        )
        self.toggle.clicked.connect(self.set_comparing)
        self.add_button = QPushButton(translate("compare", "Add lane"))
        self.add_button.setToolTip(
            translate(
                "compare",
                "Add a lane (up to 4) that races an optimizer not raced yet. The race starts "
                "again.",
            )
        )
        self.add_button.clicked.connect(lambda: self._call(comparison.add_lane))
        self.restart_button = QPushButton(translate("compare", "Restart race"))
        self.restart_button.setToolTip(
            translate(
                "compare",
                "Every lane back to epoch 0 and the same starting weights (R picks new weights).",
            )
        )
        self.restart_button.clicked.connect(lambda: self._call(comparison.restart))
        self.caption = QLabel(translate("compare", "Output"))
        self.caption.setObjectName("caption")
        self.hint = QLabel(
            translate(
                "compare",
                "Same start, same data: only the lanes' settings differ (bold: a lane's own; "
                "the others follow the top bar).",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555; font-size: 9pt")

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.caption)
        header.addWidget(self.add_button)
        header.addWidget(self.restart_button)
        header.addStretch(1)
        header.addWidget(self.toggle)
        self.stack = _CurrentStack()
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        column.replaceWidget(column.indexOf(output_view), self.container)
        self.stack.addWidget(output_view)
        self.stack.setCurrentWidget(output_view)
        output_view.show()

        self.action = QAction(translate("compare", "&Compare lanes"), parent)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("C"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.toggle.toolTip())
        self.action.triggered.connect(self.set_comparing)
        parent.addAction(self.action)
        add_to_menu(view_menu, self.action)
        self._show_mode(False)

    @property
    def view(self) -> CompareView:
        """The lanes: four plots and a table, a quarter of the window's start-up when it
        was built with the window; built on first use instead."""
        if self._view is None:
            from playground.views.compare_view import CompareView

            self._view = view = CompareView()
            self.stack.addWidget(view)
            table = view.table
            table.changed.connect(self._on_lane_changed)
            table.focus_requested.connect(lambda index: self._call(comparison.focus, index))
            table.promote_requested.connect(self.promote)
            table.remove_requested.connect(lambda index: self._call(comparison.remove_lane, index))
            for lane_map in view.maps:
                lane_map.clicked.connect(lambda index: self._call(comparison.focus, index))
            self._on_built(view)
        return self._view

    # ---------------------------------------------------------------- commands
    def _call(self, fn: Callable[..., object], *args: object) -> None:
        """Run ``fn(session, *args)`` in the worker; a refusal goes to the status bar, and so
        does a text it returns."""
        self.client.submit(lambda session: fn(session, *args))

    def set_comparing(self, on: bool) -> None:
        if on:
            self.client.pause()
            self._call(comparison.start)
        else:
            self.ask_stop()

    def ask_stop(self) -> None:
        """Turn Compare off; a race that has trained asks first what to keep: a lane's
        network (it carries on as the main one) or the network from before the race."""
        snap = self._latest()
        lanes = snap.comparison.lanes if snap is not None and snap.comparison else ()
        trained = max((lane.epoch for lane in lanes), default=0)
        if not trained or not interactive():
            self._call(comparison.stop)
            return
        self._show_mode(True)  # still comparing until the question is answered
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("compare", "Stop comparing?"))
        box.setText(
            translate(
                "compare",
                "The race has trained to epoch {trained}. Keep one lane's network (it carries "
                "on as the main network, with its settings and loss history), or go back to the "
                "network as it was before the race (epoch {before})?",
            ).format(trained=number(trained, ","), before=number(self._main_epoch, ","))
        )
        keep = {}
        for lane in lanes:
            button = box.addButton(
                translate("compare", "Keep lane {lane}").format(lane=lane.name),
                QMessageBox.ButtonRole.AcceptRole,
            )
            button.setToolTip(lane.summary)
            keep[button] = lane.index
        back = box.addButton(
            translate("compare", "Back to before the race"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        focus = snap.comparison.focus if snap is not None and snap.comparison else 0
        box.setDefaultButton(next(b for b, i in keep.items() if i == focus))

        def answered(button: object) -> None:
            if button in keep:
                self.client.pause()
                self._call(comparison.promote, keep[button])
            elif button is back:
                self._call(comparison.stop)

        box.buttonClicked.connect(answered)
        box.finished.connect(box.deleteLater)
        self.stop_box = box
        box.open()  # window-modal, not blocking

    def _on_lane_changed(self, index: int, field: str, value: object) -> None:
        self._call(comparison.set_lane, index, field, value)

    def promote(self, index: int) -> None:
        snap = self._latest()
        name = comparison.LANE_NAMES[index]
        if snap is not None and snap.comparison is not None and index < len(snap.comparison.lanes):
            summary = snap.comparison.lanes[index].summary
        else:
            summary = ""
        answer = QMessageBox.question(
            self._parent,
            translate("compare", "Make this lane the main network?"),
            translate(
                "compare",
                "Lane {lane} ({summary}) becomes the main network: its settings, weights and "
                "loss history carry on, and Compare closes. The other lanes are dropped.",
            ).format(lane=name, summary=summary),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.client.pause()
            self._call(comparison.promote, index)

    # ----------------------------------------------------------------- drawing
    def _show_mode(self, comparing: bool) -> None:
        changed, self._comparing = comparing != self._comparing, comparing
        if changed and comparing:
            # Lanes need room: the output column takes some of the network diagram's width.
            self._side_slot.widen_output(True, WIDE_SHARE)
        self.stack.setCurrentWidget(self.view if comparing else self.output_view)
        self.caption.setText(
            translate("compare", "Compare") if comparing else translate("compare", "Output")
        )
        for widget in (self.add_button, self.restart_button, self.hint):
            widget.setVisible(comparing)
        self.toggle.setChecked(comparing)
        self.toggle.setText(
            translate("compare", "Stop comparing") if comparing else translate("compare", "Compare")
        )
        self.action.setChecked(comparing)
        if changed and not comparing:  # once the lanes, and the width they need, are gone
            self._side_slot.widen_output(False)

    def set_snapshot(self, snap: Snapshot) -> None:
        """The window's frame hook: the lanes and their curves, or the output view."""
        comparing = snap.comparison is not None
        if not comparing:
            self._main_epoch = snap.epoch
        if comparing != self._comparing or self.toggle.isChecked() != comparing:
            self._show_mode(comparing)  # also undoes a click that the worker refused
        if comparing:
            self.view.set_snapshot(snap)
            n = len(snap.comparison.lanes)
            if self.add_button.isEnabled() != (n < MAX_LANES):
                self.add_button.setEnabled(n < MAX_LANES)
        self.curves.set_snapshot(snap)
