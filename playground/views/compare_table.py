"""Compare's lane editor: the lanes' settings as a table, one row a lane.

Each row holds the lane's letter (click: show its network in the diagram), its six own
settings (bold: the lane's own value; otherwise it follows the top bar), Make main and
remove. Where the row does not fit (projector type on a 1280 px screen), those two buttons
fold into one "⋯" menu instead of widening the window. The table only says what was asked
(its signals); Compare sends the commands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from engine import ACTIVATIONS
from engine.i18n import QT_TRANSLATE_NOOP, translate
from playground.core import comparison
from playground.core.comparison import (
    LANE_COLORS,
    MAX_LANES,
    OPTIMIZER_SHORT,
    ComparisonSnapshot,
    LaneSnapshot,
)
from playground.core.settings import LEARNING_RATES, REG_RATES, SETTINGS_INFO
from playground.views.control_text import choice, shown, value_text
from playground.views.top_bar import BATCH_SIZES


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


LANE_CONTROLS = (
    ("optimizer", [(title, name) for name, title in OPTIMIZER_SHORT.items()]),
    ("learning_rate", [(f"{v:g}", v) for v in LEARNING_RATES]),
    ("activation", [(a.title, a.name) for a in ACTIVATIONS.values()]),
    ("batch_size", [(str(b), b) for b in BATCH_SIZES]),
    (
        "regularization",
        [(QT_TRANSLATE_NOOP("compare_table", "None"), "none"), ("L1", "l1"), ("L2", "l2")],
    ),
    ("reg_rate", [(f"{v:g}", v) for v in REG_RATES]),
)
COLUMN_STRETCH = {"optimizer": 4}  # else 3
COMBO_FRAME = 30  # px of a combo besides its text: padding, frame and the arrow
COLUMN_TITLES = {
    "optimizer": QT_TRANSLATE_NOOP("compare_table", "Optimizer"),
    "learning_rate": QT_TRANSLATE_NOOP("compare_table", "Learning rate"),
    "activation": QT_TRANSLATE_NOOP("compare_table", "Activation"),
    "batch_size": QT_TRANSLATE_NOOP("compare_table", "Batch"),
    "regularization": QT_TRANSLATE_NOOP("compare_table", "Reg."),
    "reg_rate": QT_TRANSLATE_NOOP("compare_table", "Reg. rate"),
}
# Each combo's tooltip, whole: the setting's name and the first sentence of its tooltip
# (core/settings) in one sentence to translate.
LANE_TIPS = {
    "optimizer": QT_TRANSLATE_NOOP(
        "compare_table",
        "Lane {lane}'s optimizer. The rule that turns gradients into weight changes. "
        "Bold: the lane's own value; otherwise it follows the top bar. "
        "Changing it restarts the race from the same starting weights.",
    ),
    "learning_rate": QT_TRANSLATE_NOOP(
        "compare_table",
        "Lane {lane}'s learning rate. How big a step each weight takes against its gradient. "
        "Bold: the lane's own value; otherwise it follows the top bar. "
        "Changing it restarts the race from the same starting weights.",
    ),
    "activation": QT_TRANSLATE_NOOP(
        "compare_table",
        "Lane {lane}'s activation. The function every hidden neuron applies to its weighted sum. "
        "Bold: the lane's own value; otherwise it follows the top bar. "
        "Changing it restarts the race from the same starting weights.",
    ),
    "batch_size": QT_TRANSLATE_NOOP(
        "compare_table",
        "Lane {lane}'s batch size. How many training points are averaged for each weight update. "
        "Bold: the lane's own value; otherwise it follows the top bar. "
        "Changing it restarts the race from the same starting weights.",
    ),
    "regularization": QT_TRANSLATE_NOOP(
        "compare_table",
        "Lane {lane}'s regularization. A penalty on large weights. "
        "Bold: the lane's own value; otherwise it follows the top bar. "
        "Changing it restarts the race from the same starting weights.",
    ),
    "reg_rate": QT_TRANSLATE_NOOP(
        "compare_table",
        "Lane {lane}'s regularization rate. How strong the penalty on weights is. "
        "Bold: the lane's own value; otherwise it follows the top bar. "
        "Changing it restarts the race from the same starting weights.",
    ),
}


class WordCaption(QLabel):
    """A column's caption, never narrower than its longest word ("ACTIVATION" ran into
    "BATCH") nor lower than its words need at that width (a squeezed table cut "LEARNING
    RATE" to one line), measured again when the type changes (projector mode)."""

    def fit_words(self) -> None:
        words = self.text().upper().split()
        least = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        self.setMinimumWidth(least)
        self.setMinimumHeight(self.heightForWidth(least))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_words()


class LaneRow:
    """One lane's line in the settings table: its name, its six settings, its buttons."""

    def __init__(self, index: int, owner: QWidget) -> None:
        self.index = index
        self.name = comparison.LANE_NAMES[index]
        self.color = LANE_COLORS[index]
        self._shown: tuple | None = None
        self.title = QToolButton(owner)
        self.title.setText(self.name)
        self.title.setAccessibleName(
            translate("compare_table", "Lane {lane}").format(lane=self.name)
        )
        self.title.setCheckable(True)
        self.title.setAutoRaise(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setStyleSheet(
            f"QToolButton {{ color: {_hex(self.color)}; padding: 1px 8px; "
            f"border: 2px solid {_hex(self.color)}; border-radius: 4px; }}"
            f"QToolButton:checked {{ background: {_hex(self.color)}; color: white; }}"
        )
        self.title.setToolTip(
            translate(
                "compare_table",
                "Show lane {lane}'s network (weights, neurons) in the network diagram.",
            ).format(lane=self.name)
        )
        self.combos: dict[str, QComboBox] = {}
        for field, items in LANE_CONTROLS:
            combo = QComboBox(owner)
            combo.setObjectName(f"lane{self.name}_{field}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(3)
            # Share the width the column has; never widen the window (the popups show all).
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(36)
            for text, value in items:
                combo.addItem(choice(text, value, "compare_table"), value)
            combo.setToolTip(translate("compare_table", LANE_TIPS[field]).format(lane=self.name))
            combo.setAccessibleName(
                translate("compare_table", "Lane {lane} {setting}").format(
                    lane=self.name, setting=shown(SETTINGS_INFO[field].label)
                )
            )
            self.combos[field] = combo
        self.promote_button = QToolButton(owner)
        self.promote_button.setText(translate("compare_table", "Make main"))
        self.promote_button.setToolTip(
            translate(
                "compare_table",
                "Make lane {lane} the main network: its settings, weights and loss history "
                "carry on outside Compare.",
            ).format(lane=self.name)
        )
        self.remove_button = QToolButton(owner)
        self.remove_button.setText("✕")
        remove = translate("compare_table", "Remove lane {lane}").format(lane=self.name)
        self.remove_button.setAccessibleName(remove)
        self.remove_button.setToolTip(
            translate("compare_table", "Remove lane {lane} (the race starts again).").format(
                lane=self.name
            )
        )
        # The two buttons above as one menu, for a row too narrow for them.
        self.more_button = QToolButton(owner)
        self.more_button.setText("⋯")
        self.more_button.setAccessibleName(
            translate("compare_table", "Lane {lane}: make main or remove").format(lane=self.name)
        )
        self.more_button.setToolTip(
            translate("compare_table", "Make lane {lane} the main network, or remove it.").format(
                lane=self.name
            )
        )
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.promote_action = menu.addAction(translate("compare_table", "Make main"))
        self.promote_action.setToolTip(self.promote_button.toolTip())
        self.remove_action = menu.addAction(remove)
        self.more_button.setMenu(menu)
        self.compact = False
        self._visible = True

    def widgets(self) -> list[QWidget]:
        return [self.title, *self.combos.values(), self.promote_button, self.remove_button]

    def set_visible(self, on: bool) -> None:
        self._visible = on
        for widget in (self.title, *self.combos.values()):
            widget.setVisible(on)
        self.promote_button.setVisible(on and not self.compact)
        self.remove_button.setVisible(on and not self.compact)
        self.more_button.setVisible(on and self.compact)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        self.set_visible(self._visible)

    def folded_width(self, spacing: int) -> int:
        """What folding the two buttons into the menu saves of the row's width, in px."""
        full = self.promote_button.sizeHint().width() + spacing
        return full + self.remove_button.sizeHint().width() - self.more_button.sizeHint().width()

    def show_settings(self, lane: LaneSnapshot, focused: bool, removable: bool) -> None:
        if self.title.isChecked() != focused:
            self.title.setChecked(focused)
        if self.remove_button.isEnabled() != removable:
            self.remove_button.setEnabled(removable)
            self.remove_action.setEnabled(removable)
        key = (lane.settings, tuple(sorted(lane.overrides)))
        if key == self._shown:
            return
        self._shown = key
        s = lane.settings
        for field, combo in self.combos.items():
            value = getattr(s, field)
            index = combo.findData(value)
            if index < 0:
                combo.addItem(value_text(value), value)
                index = combo.count() - 1
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
            font = QFont(combo.font())
            font.setBold(field in lane.overrides)
            combo.setFont(font)
            # Wide enough for the choice on show (the popup shows the longer ones).
            text = QFontMetrics(font).horizontalAdvance(combo.currentText())
            combo.setMinimumWidth(max(36, text + COMBO_FRAME))
        self.combos["reg_rate"].setEnabled(s.regularization != "none")


class LaneTable(QWidget):
    """The lanes' settings, one row a lane, so that what differs reads down a column."""

    changed = Signal(int, str, object)  # lane, field, value
    focus_requested = Signal(int)
    promote_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(5)  # headers such as ACTIVATION and BATCH stay apart
        grid.setVerticalSpacing(2)
        lane_caption = QLabel(translate("compare_table", "Lane"))
        lane_caption.setObjectName("caption")
        lane_caption.setToolTip(
            translate("compare_table", "Click a lane's letter to show its network in the diagram.")
        )
        grid.addWidget(lane_caption, 0, 0)
        for column, (field, _items) in enumerate(LANE_CONTROLS, start=1):
            caption = WordCaption(translate("compare_table", COLUMN_TITLES[field]))
            caption.setObjectName("caption")
            caption.setWordWrap(True)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            caption.setToolTip(shown(SETTINGS_INFO[field].tip))
            caption.ensurePolished()
            caption.fit_words()
            grid.addWidget(caption, 0, column)
        self.rows = [LaneRow(i, self) for i in range(MAX_LANES)]
        self.focus_group = QButtonGroup(self)
        self.focus_group.setExclusive(True)
        for i, row in enumerate(self.rows):
            self.focus_group.addButton(row.title, i)
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, i + 1, column)
            grid.addWidget(row.more_button, i + 1, len(row.widgets()) - 2)  # Make main's cell
            row.title.clicked.connect(lambda _c=False, i=i: self.focus_requested.emit(i))
            for promote in (row.promote_button.clicked, row.promote_action.triggered):
                promote.connect(lambda _c=False, i=i: self.promote_requested.emit(i))
            for remove in (row.remove_button.clicked, row.remove_action.triggered):
                remove.connect(lambda _c=False, i=i: self.remove_requested.emit(i))
            for field, combo in row.combos.items():
                combo.activated.connect(
                    lambda k, i=i, f=field, c=combo: self.changed.emit(i, f, c.itemData(k))
                )
            row.set_visible(False)
        for column, (field, _items) in enumerate(LANE_CONTROLS, start=1):
            grid.setColumnStretch(column, COLUMN_STRETCH.get(field, 3))
        self._grid = grid
        self._count = 0
        self.compact = False

    def _saved(self) -> int:
        """The px folding the rows' buttons saves (0 when no row shows)."""
        return self.rows[0].folded_width(self._grid.horizontalSpacing()) if self._count else 0

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # The folded table's least width: the window never widens for the buttons.
        hint = super().minimumSizeHint()
        return hint if self.compact else QSize(hint.width() - self._saved(), hint.height())

    def unfolded_width(self) -> int:
        """The least width of the rows with both buttons shown."""
        least = super().minimumSizeHint().width()
        return least + self._saved() if self.compact else least

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        compact = self.width() < self.unfolded_width()
        if compact != self.compact:
            self.compact = compact
            for row in self.rows:
                row.set_compact(compact)

    def set_snapshot(self, comp: ComparisonSnapshot) -> None:
        n = len(comp.lanes)
        if n != self._count:
            self._count = n
            for i, row in enumerate(self.rows):
                row.set_visible(i < n)
        for lane in comp.lanes:
            self.rows[lane.index].show_settings(
                lane, lane.index == comp.focus, n > comparison.MIN_LANES
            )
        self._fit()  # a choice of another length may fold or unfold the buttons
