"""The controls a lesson can hide or lock, in one table (like TensorFlow Playground's
``state.ts`` with its one PROPS list).

Each row names a control as a lesson file does (a TrainingSettings field, or one of the
two editing switches), what users read for it, and where it sits. The table drives:

* the top bar, which builds its setting controls from the ``TOP_BAR`` rows, in this
  order, with their labels, tooltips and choices (playground.views.top_bar);
* a lesson's hidden and locked controls, found by ``where``
  (playground.projects.lesson_locks);
* teacher mode, which lists every row in this order with its label, and offers "hide"
  only where the control can be hidden (playground.projects.teacher_dialog);
* the names a lesson file may use (``CONTROL_NAMES``, checked when a project loads).

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from engine import ACTIVATIONS, OPTIMIZERS
from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core.settings import (
    LEARNING_RATES,
    MAX_PATIENCE,
    MAX_STOP_EPOCH,
    PROBLEMS,
    REG_RATES,
    REGULARIZATIONS,
    SETTINGS_INFO,
    SPEEDS,
    TrainingSettings,
    speed_label,
)

# Where a control sits, which says what hiding or locking it takes.
TOP_BAR = "top bar"  # a setting control in the top bar, with its caption
RESET = "reset"  # the weight seed: the reset button and Training › Reset network
DATA_PANEL = "data panel"  # the data panel's widgets for it
NETWORK = "network"  # editing in the network diagram, which always shows: locked, never hidden
NOWHERE = ""  # no widget of its own (a widget may still name it in its nnControl property)

NETWORK_EDIT = "network_edit"
DATA_EDIT = "data_edit"
# The names a lesson file may use, in the order its error messages list them: every
# setting by its field name, then the editing switches.
CONTROL_NAMES = (*(f.name for f in fields(TrainingSettings)), NETWORK_EDIT, DATA_EDIT)

BATCH_SIZES = (1, 2, 5, 10, 20, 30, 50, 100, 250)


def _number(value: object) -> str:
    return number(value, "g")  # type: ignore[arg-type]


@dataclass(frozen=True)
class Control:
    """A control's row. The table is built at import, before the language is chosen: its
    texts are kept in English (marked for translation in ``context``) and read through
    ``label``, ``tip``, ``note_name``, ``choices`` and ``zero_text`` in the user's language."""

    name: str  # as a lesson file names it
    source_label: str  # teacher mode's row; the top bar's caption
    where: str  # TOP_BAR, RESET, DATA_PANEL, NETWORK or NOWHERE
    source_tip: str = ""  # what the setting does: the top bar control's tooltip
    short: str = ""  # its name in the lesson's "Locked in this lesson: …" note, if not the label
    values: tuple = ()  # a top-bar list's values, in order
    value_text: Callable[[object], str] = _number  # a value as the list shows it
    count_max: int = 0  # a top-bar count from 0 (a spin box): its highest value
    source_zero_text: str = ""  # what that count shows at 0
    context: str = "controls"  # where label and tip are marked ("settings_info" for a setting)

    @property
    def label(self) -> str:
        return translate(self.context, self.source_label)

    @property
    def tip(self) -> str:
        return translate(self.context, self.source_tip) if self.source_tip else ""

    @property
    def zero_text(self) -> str:
        return translate("controls", self.source_zero_text) if self.source_zero_text else ""

    @property
    def choices(self) -> tuple[tuple[str, object], ...]:
        """A top-bar list: (text, value), in order."""
        return tuple((self.value_text(v), v) for v in self.values)

    @property
    def setting(self) -> str | None:
        """The TrainingSettings field the control changes (None: an editing switch)."""
        return None if self.name in (NETWORK_EDIT, DATA_EDIT) else self.name

    @property
    def hideable(self) -> bool:
        return self.where != NETWORK

    @property
    def note_name(self) -> str:
        return translate("controls", self.short) if self.short else self.label


def _setting(name: str, where: str, **rest: object) -> Control:
    info = SETTINGS_INFO[name]
    return Control(
        name,
        info.source_label,
        where,
        info.source_tip,
        context="settings_info",
        **rest,  # type: ignore[arg-type]
    )


# The words of the top bar's lists (translated where shown, through Control.choices).
REGULARIZATION_NAMES = {
    "none": QT_TRANSLATE_NOOP("controls", "None"),
    "l1": "L1",
    "l2": "L2",
}
PROBLEM_NAMES = {
    "classification": QT_TRANSLATE_NOOP("controls", "Classification"),
    "regression": QT_TRANSLATE_NOOP("controls", "Regression"),
}
LOSS_NAMES = {
    "default": QT_TRANSLATE_NOOP("controls", "Cross-entropy"),
    "tfp": QT_TRANSLATE_NOOP("controls", "TF Playground"),
}


def _named(names: dict[str, str]) -> Callable[[object], str]:
    return lambda value: translate("controls", names[value])  # type: ignore[index]


# In the order teacher mode lists them: as they appear on screen, the editing switches
# first, then the settings no panel shows by name.
CONTROLS: tuple[Control, ...] = (
    Control(
        NETWORK_EDIT,
        QT_TRANSLATE_NOOP("controls", "Editing the network (inputs, layers, neurons)"),
        NETWORK,
        short=QT_TRANSLATE_NOOP("controls", "network editing"),
    ),
    Control(
        DATA_EDIT,
        QT_TRANSLATE_NOOP("controls", "Editing the data (datasets, painting, sliders)"),
        DATA_PANEL,
        short=QT_TRANSLATE_NOOP("controls", "data editing"),
    ),
    _setting("dataset", DATA_PANEL),
    Control("classes", QT_TRANSLATE_NOOP("controls", "Classes"), DATA_PANEL),
    _setting("noise", DATA_PANEL),
    _setting("train_ratio", DATA_PANEL),
    _setting("data_seed", DATA_PANEL),
    _setting("learning_rate", TOP_BAR, values=LEARNING_RATES),
    _setting("schedule", TOP_BAR),  # a button whose menu edits it (views/schedule_editor)
    _setting(
        "activation",
        TOP_BAR,
        values=tuple(ACTIVATIONS),
        value_text=lambda name: ACTIVATIONS[name].title,
    ),
    _setting(
        "regularization",
        TOP_BAR,
        values=REGULARIZATIONS,
        value_text=_named(REGULARIZATION_NAMES),
    ),
    _setting("reg_rate", TOP_BAR, values=REG_RATES),
    _setting("problem", TOP_BAR, values=PROBLEMS, value_text=_named(PROBLEM_NAMES)),
    # Beside the output plot (playground.views.loss_choice), which names it in nnControl.
    _setting("loss", NOWHERE, values=tuple(LOSS_NAMES), value_text=_named(LOSS_NAMES)),
    _setting(
        "optimizer", TOP_BAR, values=tuple(OPTIMIZERS), value_text=lambda n: OPTIMIZERS[n].title
    ),
    _setting("batch_size", TOP_BAR, values=BATCH_SIZES, value_text=str),
    _setting("speed", TOP_BAR, values=SPEEDS, value_text=speed_label),
    _setting(
        "stop_at_epoch",
        TOP_BAR,
        count_max=MAX_STOP_EPOCH,
        source_zero_text=QT_TRANSLATE_NOOP("controls", "never"),
    ),
    _setting(
        "patience",
        TOP_BAR,
        count_max=MAX_PATIENCE,
        source_zero_text=QT_TRANSLATE_NOOP("controls", "off"),
    ),
    _setting("restore_best", TOP_BAR),  # a check box beside it
    _setting("hidden", NETWORK),
    _setting("features", NETWORK),
    _setting("init_seed", RESET),
    _setting("points", DATA_PANEL),
    _setting("data_source", DATA_PANEL),
    # Set from a hidden layer's menu; the network's lock covers it too.
    Control("layer_activations", QT_TRANSLATE_NOOP("controls", "Activation per layer"), NOWHERE),
    # Set from a hidden layer's menu (engine.dropout); the network's lock covers it too.
    Control("layer_dropout", QT_TRANSLATE_NOOP("controls", "Dropout per layer"), NOWHERE),
)
CONTROLS_BY_NAME = {c.name: c for c in CONTROLS}
TOP_BAR_CONTROLS = tuple(c for c in CONTROLS if c.where == TOP_BAR)
