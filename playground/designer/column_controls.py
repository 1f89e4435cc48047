"""The columns' captions and "+"/"−" buttons, and the network's layer controls above them.

The buttons only call what they are given (the view turns that into its signals); what
they ask for is refused beyond the engine's limits by disabling them, with a tooltip that
says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene

from engine import ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_UNITS
from engine.i18n import QT_TRANSLATE_NOOP, number, translate
from playground.core.snapshot import Snapshot
from playground.designer.layout_geometry import (
    COLUMN_BUTTONS_Y,
    COLUMN_CAPTION_Y,
    LAYER_BUTTONS_Y,
    Column,
)
from playground.designer.scene_controls import Button, add_button, caption
from playground.designer.scene_style import (
    HIDDEN_RESETS,
    MUTED,
    font,
    hidden_layers_title,
    insert_note,
    neurons_text,
)

OUTPUT_CAPTIONS = {
    "binary": QT_TRANSLATE_NOOP("column_controls", "Sigmoid"),
    "multiclass": QT_TRANSLATE_NOOP("column_controls", "Softmax"),
    "regression": QT_TRANSLATE_NOOP("column_controls", "Linear"),
}


def add_hidden_controls(
    scene: QGraphicsScene,
    hidden: int,
    layer: dict,
    column: Column,
    step: float,
    on_add: Callable[[], None],
    on_remove: Callable[[], None],
) -> dict[str, Button]:
    """Hidden layer ``hidden`` (0-based, spec ``layer``): its "+"/"−" buttons, named
    "neuron+<hidden>" and "neuron-<hidden>", its size above and its activation below."""
    units = layer["units"]
    size = 24.0
    cx = column.centre_x
    human = hidden + 1
    caption_width = step - 8
    can_add, can_remove = units < MAX_UNITS, True
    if not can_add:
        add_tip = translate(
            "column_controls", "Hidden layer {layer} has the maximum of {most} neurons"
        )
    elif HIDDEN_RESETS:
        add_tip = translate(
            "column_controls", "Add a neuron to hidden layer {layer} (starts training again)"
        )
    else:
        add_tip = translate(
            "column_controls", "Add a neuron to hidden layer {layer} (keeps what it has learned)"
        )
    if units <= 1:
        remove_tip = translate(
            "column_controls", "Remove hidden layer {layer}: this is its last neuron"
        )
    elif HIDDEN_RESETS:
        remove_tip = translate(
            "column_controls",
            "Remove a neuron from hidden layer {layer} (starts training again)",
        )
    else:
        remove_tip = translate(
            "column_controls",
            "Remove a neuron from hidden layer {layer} (keeps what it has learned)",
        )
    add_tip = add_tip.format(layer=human, most=MAX_UNITS)
    remove_tip = remove_tip.format(layer=human)
    y = COLUMN_BUTTONS_Y
    buttons = {
        f"neuron+{hidden}": add_button(
            scene, "+", cx - size - 2, y, size, add_tip, can_add, on_add
        ),
        f"neuron-{hidden}": add_button(
            scene, "−", cx + 2, y, size, remove_tip, can_remove, on_remove
        ),
    }
    caption(scene, neurons_text(units), font(11), cx, COLUMN_CAPTION_Y, max_width=caption_width)
    activation = ACTIVATIONS[layer["activation"]]
    below = caption(
        scene,
        activation.title,
        font(10.5),
        cx,
        column.caption_y(),
        color=MUTED,
        max_width=caption_width,
    )
    below.setToolTip(f"{activation.title}: {activation.formula}")
    rate = layer.get("dropout", 0.0)
    if rate:
        add_dropout_caption(scene, rate, cx, neurons_text(units), caption_width)
    return buttons


def add_dropout_caption(
    scene: QGraphicsScene, rate: float, cx: float, size_text: str, width: float
) -> None:
    """ "dropout 0.5" under the layer's size (its one or two lines), above its neurons."""
    size_lines = 2 if QFontMetricsF(font(11)).horizontalAdvance(size_text) > width else 1
    y = COLUMN_CAPTION_Y + size_lines * QFontMetricsF(font(11)).height()
    shown = number(rate, "g")
    text = translate("column_controls", "dropout {rate}").format(rate=shown)
    if QFontMetricsF(font(10)).horizontalAdvance(text) > width:  # a narrow window
        text = translate("column_controls", "drop {rate}").format(rate=shown)
    label = caption(scene, text, font(10), cx, y, color=MUTED, max_width=width)
    label.setToolTip(
        translate(
            "column_controls",
            "Dropout {rate}: while training, each neuron of this layer is switched off for "
            "each training point with probability {rate}, and the others are scaled by "
            "1/(1 − {rate}). Evaluation, the loss curve and the maps use every neuron. "
            "Right-click the layer to change it.",
        ).format(rate=shown)
    )


def add_output_captions(scene: QGraphicsScene, snap: Snapshot, column: Column) -> None:
    """ "OUTPUT" above the output column (kept inside the scene), its function below."""
    header = caption(
        scene,
        translate("column_controls", "OUTPUT"),
        font(11, bold=True),
        column.centre_x,
        COLUMN_CAPTION_Y,
    )
    header.setX(min(header.x(), scene.width() - 4 - header.boundingRect().width()))
    caption(
        scene,
        translate("column_controls", "Tanh")
        if snap.tfp_output
        else translate("column_controls", OUTPUT_CAPTIONS.get(snap.output_kind, "")),
        font(10.5),
        column.centre_x,
        column.caption_y(),
        color=MUTED,
    )


def add_layer_controls(
    scene: QGraphicsScene,
    n_hidden: int,
    left: float,
    on_add: Callable[[], None],
    on_remove: Callable[[], None],
) -> dict[str, Button]:
    """ "+ − N HIDDEN LAYERS" from ``left`` on; the buttons named "layer+", "layer-".

    ``left`` stays where it is whatever the network's depth, so that a second click on +
    lands where the first did."""
    title = hidden_layers_title(n_hidden)
    title_font = font(12, bold=True)
    size = 28.0
    can_add, can_remove = n_hidden < MAX_HIDDEN_LAYERS, n_hidden > 0
    add_tip = (
        translate("column_controls", "Add a hidden layer after the last one, with its activation.")
        + " "
        + insert_note()
        if can_add
        else translate(
            "column_controls", "The network has the maximum of {most} hidden layers"
        ).format(most=MAX_HIDDEN_LAYERS)
    )
    remove_tip = (
        translate(
            "column_controls",
            "Remove the last hidden layer: the rest keeps its weights, and new random links "
            "join its neighbours, so the network no longer computes the same",
        )
        if can_remove
        else translate("column_controls", "There are no hidden layers to remove")
    )
    y = LAYER_BUTTONS_Y
    buttons = {
        "layer+": add_button(scene, "+", left, y, size, add_tip, can_add, on_add),
        "layer-": add_button(
            scene, "−", left + size + 4, y, size, remove_tip, can_remove, on_remove
        ),
    }
    item = caption(scene, title, title_font, 0, 0)
    item.setPos(left + 2 * size + 16, LAYER_BUTTONS_Y + (size - item.boundingRect().height()) / 2)
    return buttons
