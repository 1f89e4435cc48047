"""An independent port of TensorFlow Playground's training rule, to test the engine against.

Written from tensorflow/playground's src/nn.ts (Node, Link, buildNetwork, forwardProp,
backProp, updateWeights, the error, activation and regularization functions) and
src/playground.ts (INPUTS, constructInput, oneStep, getLoss), keeping their structure:
one object per neuron and per link, one sample at a time, plain Python floats. Nothing
here uses the engine; the test gives it the engine's initial weights (TensorFlow
Playground draws its own with Math.random()) and compares what both make of them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

# playground.ts INPUTS, by the engine's feature names (the same seven, in the same order).
INPUTS: dict[str, Callable[[float, float], float]] = {
    "x1": lambda x, y: x,
    "x2": lambda x, y: y,
    "x1_sq": lambda x, y: x * x,
    "x2_sq": lambda x, y: y * y,
    "x1_x2": lambda x, y: x * y,
    "sin_x1": lambda x, y: math.sin(x),
    "sin_x2": lambda x, y: math.sin(y),
}


@dataclass
class Fn:
    output: Callable[[float], float]
    der: Callable[[float], float]


TANH = Fn(math.tanh, lambda x: 1 - math.tanh(x) ** 2)
RELU = Fn(lambda x: max(0.0, x), lambda x: 0.0 if x <= 0 else 1.0)
SIGMOID = Fn(
    lambda x: 1 / (1 + math.exp(-x)), lambda x: SIGMOID.output(x) * (1 - SIGMOID.output(x))
)
LINEAR = Fn(lambda x: x, lambda x: 1.0)
ACTIVATIONS = {"tanh": TANH, "relu": RELU, "sigmoid": SIGMOID, "linear": LINEAR}
L1 = Fn(abs, lambda w: -1.0 if w < 0 else (1.0 if w > 0 else 0.0))
L2 = Fn(lambda w: 0.5 * w * w, lambda w: w)


def square_error(output: float, target: float) -> float:
    return 0.5 * (output - target) ** 2


def square_der(output: float, target: float) -> float:
    return output - target


@dataclass(eq=False)
class Node:
    activation: Fn
    bias: float = 0.1
    input_links: list[Link] = field(default_factory=list)
    outputs: list[Link] = field(default_factory=list)
    total_input: float = 0.0
    output: float = 0.0
    output_der: float = 0.0
    input_der: float = 0.0
    acc_input_der: float = 0.0
    num_accumulated_ders: int = 0

    def update_output(self) -> float:
        self.total_input = self.bias
        for link in self.input_links:
            self.total_input += link.weight * link.source.output
        self.output = self.activation.output(self.total_input)
        return self.output


@dataclass(eq=False)
class Link:
    source: Node
    dest: Node
    weight: float
    regularization: Fn | None
    is_dead: bool = False
    error_der: float = 0.0
    acc_error_der: float = 0.0
    num_accumulated_ders: int = 0


def build_network(
    weights: list[list[list[float]]],
    biases: list[list[float]],
    activation: Fn,
    regularization: Fn | None,
) -> list[list[Node]]:
    """buildNetwork, with the given weights (``weights[l][i][j]``: layer l's link from
    unit i to unit j) and biases instead of Math.random() − 0.5 and 0.1; tanh output."""
    n_layers = len(weights)
    network = [[Node(LINEAR) for _ in range(len(weights[0]))]]
    for layer in range(n_layers):
        act = TANH if layer == n_layers - 1 else activation
        current = []
        for j, bias in enumerate(biases[layer]):
            node = Node(act, bias)
            for i, prev in enumerate(network[-1]):
                link = Link(prev, node, weights[layer][i][j], regularization)
                prev.outputs.append(link)
                node.input_links.append(link)
            current.append(node)
        network.append(current)
    return network


def forward_prop(network: list[list[Node]], inputs: list[float]) -> float:
    for node, value in zip(network[0], inputs, strict=True):
        node.output = value
    for layer in network[1:]:
        for node in layer:
            node.update_output()
    return network[-1][0].output


def back_prop(network: list[list[Node]], target: float) -> None:
    out = network[-1][0]
    out.output_der = square_der(out.output, target)
    for layer_idx in range(len(network) - 1, 0, -1):
        layer = network[layer_idx]
        for node in layer:
            node.input_der = node.output_der * node.activation.der(node.total_input)
            node.acc_input_der += node.input_der
            node.num_accumulated_ders += 1
        for node in layer:
            for link in node.input_links:
                if link.is_dead:
                    continue
                link.error_der = node.input_der * link.source.output
                link.acc_error_der += link.error_der
                link.num_accumulated_ders += 1
        if layer_idx == 1:
            continue
        for node in network[layer_idx - 1]:
            node.output_der = 0.0
            for link in node.outputs:
                node.output_der += link.weight * link.dest.input_der


def update_weights(network: list[list[Node]], learning_rate: float, reg_rate: float) -> None:
    for layer in network[1:]:
        for node in layer:
            if node.num_accumulated_ders > 0:
                node.bias -= learning_rate * node.acc_input_der / node.num_accumulated_ders
                node.acc_input_der = 0.0
                node.num_accumulated_ders = 0
            for link in node.input_links:
                if link.is_dead:
                    continue
                regul_der = link.regularization.der(link.weight) if link.regularization else 0.0
                if link.num_accumulated_ders > 0:
                    link.weight = (
                        link.weight
                        - (learning_rate / link.num_accumulated_ders) * link.acc_error_der
                    )
                    new_weight = link.weight - (learning_rate * reg_rate) * regul_der
                    if link.regularization is L1 and link.weight * new_weight < 0:
                        link.weight = 0.0
                        link.is_dead = True
                    else:
                        link.weight = new_weight
                    link.acc_error_der = 0.0
                    link.num_accumulated_ders = 0


def construct_input(features: list[str], x: float, y: float) -> list[float]:
    return [INPUTS[name](x, y) for name in features]


def get_loss(network: list[list[Node]], features: list[str], points, labels) -> float:
    loss = 0.0
    for (x, y), label in zip(points, labels, strict=True):
        output = forward_prop(network, construct_input(features, x, y))
        loss += square_error(output, label)
    return loss / len(points)


def one_step(
    network: list[list[Node]],
    features: list[str],
    points,
    labels,
    batch_size: int,
    learning_rate: float,
    reg_rate: float,
    after_update: Callable[[], None] | None = None,
) -> None:
    """playground.ts oneStep: one pass over the training data in its order, updating after
    every ``batch_size`` points (``after_update`` is the test's hook, called after each)."""
    for i, ((x, y), label) in enumerate(zip(points, labels, strict=True)):
        forward_prop(network, construct_input(features, x, y))
        back_prop(network, label)
        if (i + 1) % batch_size == 0:
            update_weights(network, learning_rate, reg_rate)
            if after_update is not None:
                after_update()


def weights_and_biases(network: list[list[Node]]) -> list[float]:
    """Every weight and bias, laid out as the engine's parameter vector (per layer: W row
    by row, from unit i to unit j, then the biases)."""
    flat: list[float] = []
    for layer_idx in range(1, len(network)):
        layer = network[layer_idx]
        for i in range(len(network[layer_idx - 1])):
            flat.extend(node.input_links[i].weight for node in layer)
        flat.extend(node.bias for node in layer)
    return flat
