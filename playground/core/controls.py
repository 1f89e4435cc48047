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

from dataclasses import dataclass, fields

from engine import ACTIVATIONS, OPTIMIZERS
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


@dataclass(frozen=True)
class Control:
    name: str  # as a lesson file names it
    label: str  # teacher mode's row; the top bar's caption
    where: str  # TOP_BAR, RESET, DATA_PANEL, NETWORK or NOWHERE
    tip: str = ""  # what the setting does: the top bar control's tooltip
    short: str = ""  # its name in the lesson's "Locked in this lesson: …" note, if not the label
    choices: tuple[tuple[str, object], ...] = ()  # a top-bar list: (text, value), in order
    count_max: int = 0  # a top-bar count from 0 (a spin box): its highest value
    zero_text: str = ""  # what that count shows at 0

    @property
    def setting(self) -> str | None:
        """The TrainingSettings field the control changes (None: an editing switch)."""
        return None if self.name in (NETWORK_EDIT, DATA_EDIT) else self.name

    @property
    def hideable(self) -> bool:
        return self.where != NETWORK

    @property
    def note_name(self) -> str:
        return self.short or self.label


def _setting(name: str, where: str, **rest: object) -> Control:
    info = SETTINGS_INFO[name]
    return Control(name, info.label, where, info.tip, **rest)  # type: ignore[arg-type]


def _listed(values: tuple, text=lambda v: f"{v:g}") -> tuple[tuple[str, object], ...]:
    return tuple((text(v), v) for v in values)


# In the order teacher mode lists them: as they appear on screen, the editing switches
# first, then the settings no panel shows by name.
CONTROLS: tuple[Control, ...] = (
    Control(
        NETWORK_EDIT,
        "Editing the network (inputs, layers, neurons)",
        NETWORK,
        short="network editing",
    ),
    Control(
        DATA_EDIT,
        "Editing the data (datasets, painting, sliders)",
        DATA_PANEL,
        short="data editing",
    ),
    _setting("dataset", DATA_PANEL),
    Control("classes", "Classes", DATA_PANEL),
    _setting("noise", DATA_PANEL),
    _setting("train_ratio", DATA_PANEL),
    _setting("data_seed", DATA_PANEL),
    _setting("learning_rate", TOP_BAR, choices=_listed(LEARNING_RATES)),
    _setting("schedule", TOP_BAR),  # a button whose menu edits it (views/schedule_editor)
    _setting("activation", TOP_BAR, choices=tuple((a.title, a.name) for a in ACTIVATIONS.values())),
    _setting(
        "regularization",
        TOP_BAR,
        choices=tuple(zip(("None", "L1", "L2"), REGULARIZATIONS, strict=True)),
    ),
    _setting("reg_rate", TOP_BAR, choices=_listed(REG_RATES)),
    _setting("problem", TOP_BAR, choices=_listed(PROBLEMS, str.capitalize)),
    # Beside the output plot (playground.views.loss_choice), which names it in nnControl.
    _setting("loss", NOWHERE, choices=(("Cross-entropy", "default"), ("TF Playground", "tfp"))),
    _setting("optimizer", TOP_BAR, choices=tuple((o.title, n) for n, o in OPTIMIZERS.items())),
    _setting("batch_size", TOP_BAR, choices=_listed(BATCH_SIZES, str)),
    _setting("speed", TOP_BAR, choices=_listed(SPEEDS, speed_label)),
    _setting("stop_at_epoch", TOP_BAR, count_max=MAX_STOP_EPOCH, zero_text="never"),
    _setting("patience", TOP_BAR, count_max=MAX_PATIENCE, zero_text="off"),
    _setting("restore_best", TOP_BAR),  # a check box beside it
    _setting("hidden", NETWORK),
    _setting("features", NETWORK),
    _setting("init_seed", RESET),
    _setting("points", DATA_PANEL),
    _setting("data_source", DATA_PANEL),
    # Per-layer activations are no control of their own; teacher mode has always listed
    # them by their field name.
    Control("layer_activations", "layer_activations", NOWHERE),
    # Set from a hidden layer's menu (engine.dropout); the network's lock covers it too.
    Control("layer_dropout", "Dropout per layer", NOWHERE),
)
CONTROLS_BY_NAME = {c.name: c for c in CONTROLS}
TOP_BAR_CONTROLS = tuple(c for c in CONTROLS if c.where == TOP_BAR)
