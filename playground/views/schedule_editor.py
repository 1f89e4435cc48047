"""The learning-rate schedule's button in the top bar and the editor in its menu.

The button sits beside the learning rate: a small falling curve, and for any but a
constant rate the rate the current epoch trains at ("0.0121"), following the snapshots
(the bar keeps one row at 1280 pixels with the default, constant rate). Its menu holds a
:class:`ScheduleEditor`: the kind, the parameters that kind reads (the others hidden) and
the warm-up. Every edit emits the whole new engine.schedules.Schedule; ``set_schedule``
shows one without emitting.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from engine.schedules import KINDS, MAX_EPOCHS, PARAMETERS, Schedule

# The tables below are read when shown: translate("schedule_editor", ...) there.
TITLES = {
    "constant": QT_TRANSLATE_NOOP("schedule_editor", "Constant"),
    "step": QT_TRANSLATE_NOOP("schedule_editor", "Step decay"),
    "exponential": QT_TRANSLATE_NOOP("schedule_editor", "Exponential"),
    "cosine": QT_TRANSLATE_NOOP("schedule_editor", "Cosine"),
}
# (caption, tooltip) of each parameter's field.
FIELDS = {
    "every": (
        QT_TRANSLATE_NOOP("schedule_editor", "Every (epochs)"),
        QT_TRANSLATE_NOOP(
            "schedule_editor", "Step decay: the rate is multiplied by the factor this often."
        ),
    ),
    "factor": (
        QT_TRANSLATE_NOOP("schedule_editor", "Factor"),
        QT_TRANSLATE_NOOP(
            "schedule_editor", "Step decay: what each decay multiplies the rate by (0 to 1)."
        ),
    ),
    "gamma": (
        QT_TRANSLATE_NOOP("schedule_editor", "Factor per epoch"),
        QT_TRANSLATE_NOOP(
            "schedule_editor", "Exponential: the rate is multiplied by this every epoch."
        ),
    ),
    "epochs": (
        QT_TRANSLATE_NOOP("schedule_editor", "Over (epochs)"),
        QT_TRANSLATE_NOOP(
            "schedule_editor", "Cosine: the epochs it takes from the full rate to the minimum."
        ),
    ),
    "min_rate": (
        QT_TRANSLATE_NOOP("schedule_editor", "Minimum rate"),
        QT_TRANSLATE_NOOP(
            "schedule_editor", "Cosine: the rate it ends at (never above the learning rate)."
        ),
    ),
    "warmup": (
        QT_TRANSLATE_NOOP("schedule_editor", "Warm-up (epochs)"),
        QT_TRANSLATE_NOOP(
            "schedule_editor",
            "Epochs before the schedule starts in which the rate rises in a straight line to "
            "the full learning rate (0: none).",
        ),
    ),
}


def rate_text(rate: float) -> str:
    return number(rate, ".3g")


def curve_icon(color) -> QIcon:
    """A rate that falls along a curve: the schedule's button."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 3))
    path = QPainterPath(QPointF(4, 6))
    path.cubicTo(QPointF(14, 6), QPointF(14, 26), QPointF(28, 26))
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


class ScheduleEditor(QWidget):
    changed = Signal(object)  # the new Schedule

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("scheduleKind")
        for kind in KINDS:
            self.kind.addItem(translate("schedule_editor", TITLES[kind]), kind)
        self.kind.setAccessibleName(translate("schedule_editor", "Schedule kind"))
        self.kind.setToolTip(
            translate("schedule_editor", "How the learning rate changes from epoch to epoch")
        )
        self.kind.activated.connect(lambda _index: self._emit())
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {
            "every": self._count(1),
            "factor": self._number(0.01, 1.0, 0.05, 3),
            "gamma": self._number(0.5, 1.0, 0.001, 5),
            "epochs": self._count(1),
            "min_rate": self._number(0.0, 10.0, 0.001, 5),
            "warmup": self._count(0),
        }
        self.form = QFormLayout(self)
        self.form.setContentsMargins(8, 4, 8, 4)
        self.form.addRow(translate("schedule_editor", "Schedule"), self.kind)
        for name, widget in self.fields.items():
            caption, tip = (translate("schedule_editor", text) for text in FIELDS[name])
            widget.setObjectName(f"schedule_{name}")
            widget.setToolTip(tip)
            widget.setAccessibleName(caption)
            widget.setKeyboardTracking(False)
            widget.valueChanged.connect(lambda _value: self._emit())
            self.form.addRow(caption, widget)
        self.set_schedule(Schedule())

    def _count(self, low: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, MAX_EPOCHS)
        spin.setAccelerated(True)
        return spin

    def _number(self, low: float, high: float, step: float, decimals: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        return spin

    def schedule(self) -> Schedule:
        """The schedule the fields describe."""
        kind = str(self.kind.currentData())
        values = {name: w.value() for name, w in self.fields.items()}  # int or float each
        return Schedule(kind, **values)  # type: ignore[arg-type]

    def set_schedule(self, schedule: Schedule) -> None:
        """Show ``schedule`` without emitting ``changed``."""
        self.kind.setCurrentIndex(self.kind.findData(schedule.kind))
        for name, widget in self.fields.items():
            if widget.hasFocus():
                continue
            widget.blockSignals(True)
            widget.setValue(getattr(schedule, name))
            widget.blockSignals(False)
        self._show_rows(schedule.kind)

    def _show_rows(self, kind: str) -> None:
        for name, widget in self.fields.items():
            self.form.setRowVisible(widget, name == "warmup" or name in PARAMETERS[kind])

    def _emit(self) -> None:
        schedule = self.schedule()
        self._show_rows(schedule.kind)
        self.changed.emit(schedule)


class ScheduleButton(QToolButton):
    """The top bar's control: the schedule's name and current rate; its menu edits it."""

    changed = Signal(object)  # the new Schedule

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(curve_icon(self.palette().buttonText().color()))
        self.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # the text's ▾
        self.editor = ScheduleEditor()
        self.editor.changed.connect(self.changed)
        menu = QMenu(self)
        shown = QWidgetAction(menu)
        shown.setDefaultWidget(self.editor)
        menu.addAction(shown)
        self.setMenu(menu)
        self._schedule = Schedule()
        self._rate: float | None = None
        self._show()

    def set_schedule(self, schedule: Schedule) -> None:
        self._schedule = schedule
        self.editor.set_schedule(schedule)
        self._show()

    def set_rate(self, rate: float) -> None:
        """The rate the current epoch trains at, shown unless the schedule is constant."""
        if rate != self._rate:
            self._rate = rate
            self._show()

    def _show(self) -> None:
        s = self._schedule
        constant = s.constant or self._rate is None
        self.setText("" if constant else rate_text(self._rate))  # type: ignore[arg-type]
        self.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if constant
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        title = translate("schedule_editor", TITLES[s.kind])
        if self._rate is None:
            description = translate("schedule_editor", "{kind} schedule").format(kind=title)
        else:
            description = translate(
                "schedule_editor", "{kind} schedule; the current rate is {rate}"
            ).format(kind=title, rate=rate_text(self._rate))
        self.setAccessibleDescription(description)
