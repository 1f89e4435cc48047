"""The main window: composes the panels, runs the frame clock, and talks to the worker."""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from engine.i18n import QT_TRANSLATE_NOOP, language, number, translate
from playground.app import logs
from playground.app.language_menu import LanguageMenu, restart_window
from playground.app.window_layout import restore_layout, save_layout
from playground.backprop.gradient_slot import GradientSlot
from playground.backprop.walkthrough_door import WalkthroughDoor
from playground.classroom.folder_action import ClassFolderAction
from playground.classroom.hand_in import HandInAction
from playground.compute.client import WorkerClient
from playground.compute.worker import TrainingWorker
from playground.compute.worker_thread import start_worker, stop_worker
from playground.core.session import Session
from playground.core.snapshot import Snapshot
from playground.data.data_controller import DataController
from playground.data.data_panel import DataPanel
from playground.data.paint_tool import PaintTool
from playground.designer.network_editor import NetworkEditor
from playground.designer.network_view import NetworkView
from playground.metrics.metrics_export import MetricsExports
from playground.metrics.metrics_slot import MetricsSlot
from playground.projects.exports import Exports
from playground.projects.file_actions import FileActions
from playground.projects.lesson_locks import LockableParts
from playground.projects.lesson_panel import LessonController
from playground.projects.saving import save_project
from playground.projects.script_exports import ScriptExports
from playground.projects.teacher_mode import TeacherMode
from playground.views.accessibility import NamesOnShow
from playground.views.banner import Banner
from playground.views.compare import CompareController
from playground.views.help import HelpPages, quick_start_regions
from playground.views.loss_chart import LossChart
from playground.views.loss_choice import LossChoice
from playground.views.menus import WindowMenus
from playground.views.output_view import OutputView
from playground.views.projector import ProjectorMode
from playground.views.setting_undo import UndoableSettings
from playground.views.side_slot import SideSlot
from playground.views.steady_label import SteadyLabel
from playground.views.timeline import Timeline
from playground.views.top_bar import TopBar

if TYPE_CHECKING:
    from playground.backprop.walkthrough import Walkthrough

FRAME_MS = 16  # the display clock: about 60 frames per second
# A chart needs no 60 Hz: redrawing its axes and curves is the costliest part of a frame.
CHART_SECONDS = 0.1
CANVAS_HINT = QT_TRANSLATE_NOOP(
    "main_window",
    "An empty canvas: click or drag on the output to paint points (keys 1-8 pick the "
    "class). Then Training › Backprop, step by step (W) walks one point through.",
)
PLOT_LEAST = 300  # px of the boundary plot that a panel borrowing the chart's place leaves
CHART_LEAST = 100  # px of the loss chart it takes back from the plot's surplus, if it can


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.setWindowTitle(translate("main_window", "NN Playground"))
        self.worker = TrainingWorker(session)
        self.client = WorkerClient(self.worker)  # every feature's one door to the worker
        self.snapshot: Snapshot | None = None
        self.frames_drawn = 0
        self.frame_hooks: list = []  # fn(snap) called every frame drawn (Compare, timeline)
        self.frame_seconds = 0.0  # time spent drawing, for the benchmark
        self._chart_drawn = 0.0

        # The frame first, then each panel built into its place: a widget given a parent takes
        # the style sheet over its whole subtree again (panels moved 3 times: 15-20 ms).
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.setCentralWidget(central)
        self.top_bar = TopBar()
        layout.addWidget(self.top_bar)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter, 1)
        self.data_panel = DataPanel()
        self.splitter.addWidget(self.data_panel)
        self.network_view = NetworkView()
        self.splitter.addWidget(self.network_view)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.right)
        self.output_view = OutputView()
        self.right.addWidget(self.output_view)
        self.loss_chart = LossChart()
        self.right.addWidget(self.loss_chart)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 560, 590])
        # The chart's place and the columns' widths, lent to the panels that need room.
        self.side_slot = SideSlot(
            self.splitter,
            self.right,
            self.loss_chart,
            self.data_panel,
            self.network_view,
            output_keeps=self._output_keeps,
        )

        paused = translate("main_window", "paused")
        self.rate_label = SteadyLabel(paused, rate_text(999_999))  # the widest it shows
        self.rate_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rate_label.hold()
        self.statusBar().addPermanentWidget(self.rate_label)
        # One undo history for the window: data edits (painting, import, ...) and others.
        self.undo_stack = QUndoStack(self)

        self._connect()
        self._make_menus()
        # At the first show, unless a saved layout says otherwise, the right column is split.
        self._split_column = restore_layout(self, self.splitter, self.right)

        self.worker.frame_interval = FRAME_MS / 1000
        self.worker_thread = start_worker(self.worker)
        self.frame_clock = QTimer(self)
        self.frame_clock.setTimerType(Qt.TimerType.PreciseTimer)
        self.frame_clock.setInterval(FRAME_MS)
        self.frame_clock.timeout.connect(self.draw_frame)
        self.frame_clock.start()

        self.names = NamesOnShow(self)  # screen readers; also for panels built when opened
        self._build_features()
        self._finish_menus()
        self._name_controls()

    def _chart_room(self) -> None:
        """The loss chart CHART_LEAST px tall where the plot can spare it (its least is
        the curves' legend strip and about 30 px of curves)."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.side_slot.grow_chart(CHART_LEAST - self.loss_chart.plot_widget.height())

    def _output_keeps(self) -> int:
        """The height of the output column's top that leaves the plot PLOT_LEAST px."""
        top = self.right.widget(0)
        return PLOT_LEAST + top.height() - self.output_view.plot_widget.height()

    # -------------------------------------------------------------- features
    def _build_features(self) -> None:
        """Every feature, built with what it needs. Each group below is one part of the
        app (see docs/ARCHITECTURE.md); a feature's frame hook is added here too."""
        self._build_projects()
        self._build_data()
        self._build_script_exports()
        self._build_compare_and_timeline()
        self._build_backprop()
        self._build_designer()
        self._build_classroom()
        self._build_metrics()
        self._build_loss_choice()

    def _build_projects(self) -> None:
        status = self.statusBar().showMessage
        self.file_actions = FileActions(
            self.client,
            self,
            self.menus.file,
            lambda: self.snapshot,
            status,
            self.output_view,
            self.loss_chart,
        )
        self.exports = Exports(
            self.client,
            self,
            self.file_actions.export_menu,
            self.file_actions,
            self.network_view,
            self.output_view,
            status,
        )
        lockable = LockableParts(
            self.top_bar,
            self.data_panel,
            self.network_view,
            self.reset_action,
            self.regenerate_action,  # made with the Training menu, in _make_menus
            opt_in=(self.data_panel, self.output_view),  # e.g. the paint tools
            status=status,
        )
        self.lesson_panel = LessonController(
            self,
            self.menus.lessons,
            self.splitter,
            self.file_actions,
            lockable,
            gives_first=self.network_view,
        )
        self.teacher_mode = TeacherMode(
            self, self.menus.lessons, self.file_actions, self.lesson_panel
        )

    def _build_classroom(self) -> None:
        """File › Hand in… and File › Open class folder… (a gallery of hand-ins, whose
        cards open read-only through the file actions)."""
        files, status = self.file_actions, self.statusBar().showMessage
        self.menus.file.addSeparator()
        self.hand_in = HandInAction(self, self.menus.file, files, self.client, save_project, status)
        self.class_folder = ClassFolderAction(
            self, self.menus.file, files.open_copy, files.start_dir, status
        )
        self.menus.file.addSeparator()

    def _build_script_exports(self) -> None:
        """File › Export's PyTorch and NumPy scripts, after the other exports."""
        self.script_exports = ScriptExports(
            self, self.file_actions.export_menu, self.file_actions, self.statusBar().showMessage
        )

    def _build_data(self) -> None:
        """Own points, painting and CSV. The CSV entries go into the file actions' Export
        submenu, which is why the file actions are built first."""
        files = self.file_actions
        self.data_controller = DataController(
            self.client,
            self.undo_stack,
            self.data_panel,
            lambda: self.snapshot,
            self.statusBar().showMessage,
            self,
            self.menus.file,
            files.export_menu,
            files.project_opened,
        )
        self.paint_tool = PaintTool(self.output_view, self.data_controller, self.menus.edit, self)
        # Leaving own points for a generated data set is an undo step: the controller
        # decides what a change of the data panel becomes.
        self.data_panel.changed.connect(self.data_controller.change)
        self.output_view.data_changed.connect(self.data_controller.on_data)
        # The start page's empty canvas opens with painting on, once a frame shows it.
        canvas: list[bool] = []
        self.lesson_panel.canvas_opened.connect(lambda: canvas.append(True))

        def paint_on_canvas(snap: Snapshot) -> None:
            if canvas and snap.settings.data_source == "painted":
                canvas.clear()
                self.paint_tool.set_painting(True)
                self.statusBar().showMessage(translate("main_window", CANVAS_HINT), 30_000)

        self.frame_hooks.append(paint_on_canvas)

    def _build_compare_and_timeline(self) -> None:
        self.compare = CompareController(
            self.client,
            self.output_view,
            self.loss_chart,
            self.right,
            self.side_slot,
            lambda: self.snapshot,
            self.menus.view,
            self,
            on_built=self.names.watch,
        )
        self.frame_hooks.append(self.compare.set_snapshot)
        self.timeline = Timeline(
            self.client, self.loss_chart, self.menus.training, self.statusBar(), self
        )
        self.frame_hooks.append(self.timeline.set_snapshot)

    def _build_backprop(self) -> None:
        self.gradient_panel = GradientSlot(self, self.side_slot, self.menus.view, self.names.watch)

        def stop_painting() -> None:
            if self.paint_tool.painting:
                self.paint_tool.set_painting(False)

        self.walkthrough_door = door = WalkthroughDoor(
            self,
            self.menus.training,
            on_built=self.names.watch,
            client=self.client,
            side_slot=self.side_slot,
            output_view=self.output_view,
            network_view=self.network_view,
            undo_stack=self.undo_stack,
            latest=lambda: self.snapshot,
            status=self.statusBar().showMessage,
            stop_painting=stop_painting,
        )
        self.frame_hooks.append(self.gradient_panel.on_snapshot)
        self.frame_hooks.append(door.on_snapshot)
        # The walkthrough in plain sight, beside play (two lines: the bar fits 1280 px).
        self.step_by_step_button = door.button(
            translate("main_window", "Step by\nstep"), translate("main_window", "Step by step")
        )
        self.top_bar.add_beside_play(self.step_by_step_button)

    @property
    def walkthrough(self) -> Walkthrough:
        """Backprop, step by step: built at its first use (backprop/walkthrough_door.py)."""
        return self.walkthrough_door.walkthrough

    def _build_loss_choice(self) -> None:
        """The output's loss, beside the output plot (an undo step: views/loss_choice)."""
        self.loss_choice = LossChoice(self.client, self.undo_stack, lambda: self.snapshot)
        self.output_view.add_side_panel(self.loss_choice.widget)
        self.frame_hooks.append(self.loss_choice.on_snapshot)

    def _build_designer(self) -> None:
        self.network_editor = NetworkEditor(
            self.network_view,
            self.output_view,
            self.client,
            self.undo_stack,
            latest=lambda: self.snapshot,
            status=self.statusBar().showMessage,
            window=self,
            status_text=self.statusBar().currentMessage,
        )
        self.frame_hooks.append(self.network_editor.on_snapshot)

    def _build_metrics(self) -> None:
        view, out, files = self.menus.view, self.output_view, self.file_actions
        self.metrics = MetricsSlot(self, self.client, self.side_slot, view, out, self.names.watch)
        self.frame_hooks.append(self.metrics.on_snapshot)
        status = self.statusBar().showMessage
        self.metrics_exports = MetricsExports(self.client, self, files.export_menu, files, status)

    # ----------------------------------------------------------------- wiring
    def _connect(self) -> None:
        # Plain functions, not the worker's bound method: Qt would queue a call to a method
        # of a QObject living in the worker thread, whose loop never processes events.
        client = self.client
        commands = {
            "play": client.play,
            "pause": client.pause,
            "toggle": client.toggle,
            "step": client.step,
            "reset": client.reset,
        }
        self.top_bar.command.connect(lambda name: commands[name]())
        self.setting_changes = UndoableSettings(client, self.undo_stack, lambda: self.snapshot)
        self.top_bar.changed.connect(self.setting_changes.change)
        # The data panel's changes: DataController (_build_data), where some are undo steps.
        # The network view's +/- buttons and inputs: playground.designer.network_editor (undoable).

    def _make_menus(self) -> None:
        """The window's own entries; the features add theirs, and the closing entries
        (Quit, About) come last, in _finish_menus."""
        self.menus = menus = WindowMenus.create(self.menuBar())
        self.undo_action = self.undo_stack.createUndoAction(self, translate("main_window", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, translate("main_window", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            menus.edit.addAction(action)
            self.addAction(action)

        train, client, regenerate = menus.training, self.client, self.data_panel.regenerate
        actions = [
            self._action(train, text, slot, key)
            for text, slot, key in (
                (translate("main_window", "&Play / Pause"), client.toggle, "Space"),
                (translate("main_window", "&Step one epoch"), client.step, "Right"),
                (translate("main_window", "&Reset network"), client.reset, "R"),
                (translate("main_window", "Re&generate data"), regenerate, "Ctrl+G"),
            )
        ]
        train.insertSeparator(actions[3])
        self.play_action, self.step_action, self.reset_action, self.regenerate_action = actions

        for label, prop in (
            (translate("main_window", "Show &test data"), "show_test"),
            (translate("main_window", "&Discretize output"), "discretize"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(getattr(self.output_view, prop))
            action.toggled.connect(lambda on, p=prop: setattr(self.output_view, p, on))
            menus.view.addAction(action)

    def _finish_menus(self) -> None:
        quit_key = QKeySequence.StandardKey.Quit
        self._action(self.menus.file, translate("main_window", "&Quit"), self.close, quit_key)
        themed = [self.output_view, self.network_view, self.loss_chart]
        self.projector = ProjectorMode(self, self.menus.view, themed)
        restart = partial(restart_window, self, lambda: self.file_actions.path)
        self.language_menu = LanguageMenu(self, self.menus.view, language(), restart)
        # Once the new type has taken its room (the layouts' posted requests).
        self.projector.action.toggled.connect(lambda: QTimer.singleShot(0, self, self._chart_room))
        self.help = HelpPages(
            self,
            self.menus.help,
            quick_start_regions(
                self.top_bar, self.data_panel, self.network_view, self.output_view, self.loss_chart
            ),
        )
        self._action(
            self.menus.help, translate("main_window", "Open &log folder"), logs.open_log_folder
        )

    def _name_controls(self) -> None:
        """Screen readers: the controls with no words of their own get names here; the
        others are named from their text, caption or tooltip (views/accessibility.py),
        now and whenever the window or a panel shows (some build controls as they open)."""
        self.network_view.view.setAccessibleName(translate("main_window", "Network diagram"))
        self.output_view.plot_widget.setAccessibleName(
            translate("main_window", "Output: the prediction over the plane")
        )
        self.loss_chart.plot_widget.setAccessibleName(translate("main_window", "Loss chart"))
        self.names.watch(self, now=False)  # named as it shows: not twice on the way there

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Space and arrows must work wherever the focus is in the window.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    # -------------------------------------------------------------- the frame
    def draw_frame(self) -> None:
        """Take the newest snapshot, if there is one, and draw it."""
        start = time.perf_counter()
        snap = self.client.take_snapshot()  # the worker steps aside until frame_drawn
        if snap is None:
            return
        try:
            self._draw(snap)
            # Paint what changed now, inside the gate, rather than later in the event loop
            # where every Qt call would queue for the GIL behind training. Graphics scenes
            # post their dirty items first and the resulting update requests second.
            for _ in range(2):
                QCoreApplication.sendPostedEvents()
        finally:
            self.client.frame_drawn()
        self.frames_drawn += 1
        self.frame_seconds += time.perf_counter() - start

    def _draw(self, snap: Snapshot) -> None:
        previous = self.snapshot
        self.snapshot = snap
        self.top_bar.set_snapshot(snap)
        if previous is None or previous.settings != snap.settings:
            self.data_panel.set_settings(snap.settings)
        self.network_view.set_snapshot(snap)
        if snap.comparison is None:  # comparing, the lanes stand in for the output view
            self.output_view.set_snapshot(snap)
        for hook in self.frame_hooks:
            hook(snap)
        now = time.perf_counter()
        if not snap.running or now - self._chart_drawn >= CHART_SECONDS:
            self.loss_chart.set_snapshot(snap)
            self._chart_drawn = now
        self.banner.set_snapshot(snap)
        if snap.message:
            self.statusBar().showMessage(snap.message, 6000)
        self.rate_label.set_text(
            rate_text(snap.steps_per_second) if snap.running else translate("main_window", "paused")
        )

    # ------------------------------------------------------------- lifecycle
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._split_column:  # the output plot 3/5 of its column, the loss chart 2/5
            self._split_column = False
            height = sum(self.right.sizes())
            self.right.setSizes([height * 3 // 5, height - height * 3 // 5])
            QTimer.singleShot(0, self, self._chart_room)

    def shutdown(self) -> None:
        """Stop the frame clock and the worker thread; safe to call twice."""
        self.frame_clock.stop()
        if self.worker_thread.isRunning():
            stop_worker(self.worker, self.worker_thread)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.side_slot.give_back_all()  # the resting layout is saved, never a borrowed one
        save_layout(self, self.splitter, self.right)
        self.shutdown()
        super().closeEvent(event)


def rate_text(steps_per_second: float) -> str:
    """The status bar's training rate, e.g. "1,234 steps/s"."""
    rate = number(steps_per_second, ",.0f")
    return translate("main_window", "{rate} steps/s").format(rate=rate)
