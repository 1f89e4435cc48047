"""Names for places in a network: one neuron, one link.

The engine indexes a network three ways, and "layer" has meant each of them:

* a **column** of neurons: 0 the enabled input features (in ``snapshot.features`` order),
  1..n the hidden layers, n + 1 the output;
* a **hidden layer**'s 0-based index, as ``engine.edits`` and the session's topology edits
  take it (hidden layer ``h`` is column ``h + 1``);
* a **weight layer**: ``weights[k]`` joins column ``k`` to column ``k + 1``, and
  ``biases[k]`` belongs to the neurons of column ``k + 1``.

A :class:`NeuronRef` names a neuron by its column, a :class:`LinkRef` a link by its weight
layer; their properties convert to the other indices, so that code says which it means.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NeuronRef:
    """Neuron ``unit`` of ``column`` (0 the inputs, 1..n hidden layers, last the output)."""

    column: int
    unit: int

    @property
    def hidden(self) -> int:
        """The 0-based hidden-layer index of the neuron's column (for a hidden neuron)."""
        return self.column - 1

    @property
    def bias_layer(self) -> int:
        """Where its bias is: ``biases[bias_layer][unit]`` (and its incoming weights are
        ``weights[bias_layer][:, unit]``); the inputs have none."""
        return self.column - 1

    def is_hidden(self, columns: int) -> bool:
        """Whether it is in a hidden layer of a network of ``columns`` columns."""
        return 0 < self.column < columns - 1


@dataclass(frozen=True)
class LinkRef:
    """The link ``weights[weight_layer][i, j]``: from neuron ``i`` of column
    ``weight_layer`` to neuron ``j`` of column ``weight_layer + 1``."""

    weight_layer: int
    i: int
    j: int

    @property
    def source(self) -> NeuronRef:
        return NeuronRef(self.weight_layer, self.i)

    @property
    def target(self) -> NeuronRef:
        return NeuronRef(self.weight_layer + 1, self.j)
