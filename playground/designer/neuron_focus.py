"""TensorFlow Playground's hover: the hovered neuron's map fills the output view.

The worker is asked for the neuron's map at the output's resolution (``client.focus``);
when a frame brings it, it takes the output view's place, captioned, until the mouse
leaves the neuron. The output itself needs no focus (it is what the view shows), unless
it is one of several classes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from engine.i18n import translate
from playground.compute.client import WorkerClient
from playground.core.refs import NeuronRef
from playground.core.snapshot import Snapshot
from playground.designer.edit_commands import node_name
from playground.views.output_view import OutputView


class NeuronFocus:
    """Shows the map of the neuron under the mouse in ``output_view``."""

    def __init__(self, client: WorkerClient, output_view: OutputView) -> None:
        self._client = client
        self._output = output_view
        self.label = QLabel(output_view.plot_widget)
        self.label.setStyleSheet(
            "QLabel { background: rgba(255, 255, 255, 215); color: #1e1e1e; padding: 3px 6px; "
            "border: 1px solid #bbb; border-radius: 3px; font-weight: 600; }"
        )
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setWordWrap(True)  # a long title takes two lines inside a small plot
        self.label.hide()
        self._focus: NeuronRef | None = None  # sent to the session
        self._shown = False

    def set(self, neuron: NeuronRef | None, snap: Snapshot | None) -> None:
        """Ask for ``neuron``'s map (None: no neuron's)."""
        if neuron is not None and snap is not None:
            last = len(snap.layer_sizes) - 1
            if neuron.column == last and snap.output_kind != "multiclass":
                neuron = None  # the output view shows it already
        if neuron != self._focus:
            self._focus = neuron
            self._client.focus(None if neuron is None else (neuron.column, neuron.unit))

    def show(self, snap: Snapshot) -> None:
        """Show the focused neuron's map if ``snap`` brings it, else the output's own."""
        ov = self._output
        focus = snap.focus_map if snap.comparison is None else None
        if focus is not None and NeuronRef(focus[0], focus[1]) == self._focus:
            column, unit, values = focus
            last = len(snap.layer_sizes) - 1
            if column == 0:
                reach = float(np.max(np.abs(values))) or 1.0
                levels = (-reach, reach)
            elif column == last:
                levels = (0.0, 1.0)
            else:
                levels = (-1.0, 1.0)
            image = ov.scalar_image
            ov.class_image.setVisible(False)
            image.setVisible(True)
            image.setImage(values, autoLevels=False, levels=levels)
            lo, hi = float(snap.extent[0]), float(snap.extent[1])
            image.setRect(lo, lo, hi - lo, hi - lo)
            name = node_name(snap, NeuronRef(column, unit))
            if column == 0:
                text = translate("neuron_focus", "Input {feature} over the plane")
                text = text.format(feature=name)
            else:
                text = translate("neuron_focus", "{neuron}: its output over the plane")
                text = text.format(neuron=name[0].upper() + name[1:])
            room = max(ov.plot_widget.width() - 16, 80)
            if self.label.text() != text or self.label.maximumWidth() != room:
                self.label.setText(text)
                self.label.setMaximumWidth(room)
                self.label.adjustSize()
            self.label.move(8, 6)
            self.label.show()
            self.label.raise_()
            self._shown = True
        elif self._shown:
            self._shown = False
            self.label.hide()
            multiclass = snap.output_kind == "multiclass"
            ov.scalar_image.setVisible(not multiclass)
            ov.class_image.setVisible(multiclass)
