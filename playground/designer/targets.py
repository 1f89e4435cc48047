"""What lies under the mouse on the network view: a neuron, its bias mark, a link or an
input feature's tile (the view's "+"/"−" buttons are none of these)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF

from playground.core.refs import LinkRef, NeuronRef
from playground.designer.network_view import NetworkView

NEURON, BIAS, LINK, FEATURE = "neuron", "bias", "link", "feature"


@dataclass(frozen=True)
class Target:
    """``kind`` NEURON or BIAS with a NeuronRef, LINK with a LinkRef, or FEATURE with the
    feature's name (enabled or not)."""

    kind: str
    ref: NeuronRef | LinkRef | str


def target_at(view: NetworkView, pos: QPointF) -> Target | None:
    """What lies under scene position ``pos`` of ``view``."""
    if view.button_at(pos) is not None:
        return None
    name = view.feature_at(pos)
    if name is not None:
        return Target(FEATURE, name)
    bias = view.bias_at(pos)
    if bias is not None:
        return Target(BIAS, bias)
    neuron = view.neuron_at(pos)
    if neuron is not None:
        return Target(NEURON, neuron)
    link = view.link_at(pos)
    if link is not None:
        return Target(LINK, link)
    return None
