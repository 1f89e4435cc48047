"""Right-clicking a hidden layer: its activation, its dropout rate, a neuron more, the
layer removed, or a layer with random weights inserted after it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from engine import ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_UNITS
from engine.i18n import number, translate
from engine.spec import MAX_DROPOUT
from playground.core.snapshot import Snapshot
from playground.designer.network_edits import NetworkEdits


def hidden_layer_at(columns: list[QRectF], pos: QPointF) -> int | None:
    """The hidden layer (0-based) whose column, captions included, is under scene
    position ``pos``; ``columns`` as NetworkView.column_rects gives them."""
    for h, rect in enumerate(columns[1:-1]):
        if rect.adjusted(-16, -80, 16, 40).contains(pos):
            return h
    return None


def layer_menu(parent: QWidget, snap: Snapshot, hidden: int, edits: NetworkEdits) -> QMenu:
    """The menu of hidden layer ``hidden`` (0-based); it deletes itself when closed."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.setToolTipsVisible(True)
    title = menu.addAction(
        translate("layer_menu", "Hidden layer {layer}: activation").format(layer=hidden + 1)
    )
    title.setEnabled(False)
    group = QActionGroup(menu)
    current = snap.spec["hidden"][hidden]["activation"]
    for name, activation in ACTIVATIONS.items():
        action = QAction(activation.title, menu, checkable=True)
        action.setChecked(name == current)
        action.setToolTip(
            translate("layer_menu", "{formula} — keeps every weight").format(
                formula=activation.formula
            )
        )
        action.setData(name)
        action.triggered.connect(lambda _=False, n=name: edits.set_activation(hidden, n))
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    _dropout_menu(menu, snap.spec["hidden"][hidden].get("dropout", 0.0), hidden, edits)
    add = menu.addAction(translate("layer_menu", "Add a neuron"), lambda: edits.add_neuron(hidden))
    add.setEnabled(snap.layer_sizes[hidden + 1] < MAX_UNITS)
    menu.addAction(translate("layer_menu", "Remove this layer"), lambda: edits.remove_layer(hidden))
    random = menu.addAction(
        translate("layer_menu", "Insert a layer after this one, with random weights"),
        lambda: edits.insert_layer(hidden + 1, start="random"),
    )
    random.setToolTip(
        translate(
            "layer_menu",
            "A fresh layer as wide as this one, from random weights: the network starts "
            "learning what comes after this layer again. (The + button and the palette insert "
            "a layer that keeps what the network computes.)",
        )
    )
    random.setEnabled(len(snap.spec["hidden"]) < MAX_HIDDEN_LAYERS)
    return menu


DROPOUT_RATES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, MAX_DROPOUT)


def dropout_tip() -> str:
    """What a dropout rate does, for the submenu and its rates."""
    return translate(
        "layer_menu",
        "While training, each neuron of this layer is switched off for each training point "
        "with this probability, and the neurons kept are scaled up to make up for it "
        "(inverted dropout): the network cannot lean on any one neuron. Evaluation, the loss "
        "curve and the maps always use every neuron. Every weight is kept.",
    )


def _dropout_menu(menu: QMenu, current: float, hidden: int, edits: NetworkEdits) -> None:
    """The "Dropout" submenu: one checkable rate each (a rate from a file as well)."""
    sub = menu.addMenu(
        translate("layer_menu", "Dropout: {rate}").format(rate=number(current, "g"))
        if current
        else translate("layer_menu", "Dropout: none")
    )
    sub.setToolTipsVisible(True)
    tip = dropout_tip()
    sub.menuAction().setToolTip(tip)
    group = QActionGroup(sub)
    rates = sorted(set(DROPOUT_RATES) | {current})
    for rate in rates:
        action = QAction(
            number(rate, "g") if rate else translate("layer_menu", "None"), sub, checkable=True
        )
        action.setChecked(rate == current)
        action.setToolTip(
            tip
            if rate
            else translate("layer_menu", "No dropout: every neuron trains on every point")
        )
        action.setData(rate)
        action.triggered.connect(lambda _=False, r=rate: edits.set_dropout(hidden, r))
        group.addAction(action)
        sub.addAction(action)
