"""Backprop, step by step: the walkthrough's steps, built from one sample's engine trace.

Pure Python and NumPy (no Qt), so every number can be tested directly. The four phases
follow the seed texts: the forward pass layer by layer, the loss, the backward pass with
the chain rule from the output back, and the weight update. Every number shown is the
engine's own (``engine.Trainer.trace``); the only numbers computed here are the
intermediate ones a formula shows on the way (a sum Σ w·δ, an optimizer's moving
averages), never a result the engine gives.

Indices follow the network view: a neuron is ``(layer, unit)`` with layer 0 the enabled
features, 1..n the hidden layers and n + 1 the output; a link ``(layer, i, j)`` is the
weight ``weights[layer][i, j]``. Engine lists (``z``, ``delta``, ``dW``) are per weight
layer, so neuron layer ``c`` ≥ 1 is engine index ``c − 1``.
"""

from __future__ import annotations

from playground.core.walkthrough_backward import backward_step
from playground.core.walkthrough_forward import forward_step, inputs_step, loss_step
from playground.core.walkthrough_sample import Names, TracedSample, dropped_neurons
from playground.core.walkthrough_text import Step
from playground.core.walkthrough_update import update_step


def build_steps(s: TracedSample) -> list[Step]:
    """Every step of the walkthrough for ``s``, in order."""
    names = Names(s)
    last = s.n_layers
    steps = [inputs_step(s, names)]
    steps += [forward_step(s, names, c) for c in range(1, last + 1)]
    steps.append(loss_step(s, names))
    steps += [backward_step(s, names, c) for c in range(last, 0, -1)]
    steps.append(update_step(s, names))
    dropped = dropped_neurons(s)
    for step in steps[1:]:  # from the first hidden layer on
        step.dropped = dropped
    return steps
