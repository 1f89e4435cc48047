"""What the bundled lessons tell students, as data that ``claim_runner.py`` checks.

A claim names a lesson (the start of its file name), the sentence it backs, the lesson's
own steps from the file as it ships, and what must then hold, for every weight seed in
``seeds`` (or for ``holds_for`` of them: a lesson that says "usually").

Steps (what the student does; the runner makes the same calls the window makes):
    ("play", n)                  train n epochs
    ("play_until", n, m, op, v)  train at most n epochs, until metric m op v; the epoch
                                 it happened (or never: inf) is noted as "reached"
    ("note", name)               measure everything now, under ``name``
    ("set", {setting: value})    a control of the top bar or the data panel
    ("reset",)                   Reset (R): fresh weights from the next weight seed
    ("restart",)                 Start the lesson again: the lesson's start
    ("feature", name, on)        click an input on or off
    ("add_layer",)               the + beside HIDDEN LAYERS (a layer of 2 neurons)
    ("add_neuron", layer, k)     the + over hidden layer ``layer`` (from 1), k times
    ("remove_neuron", layer)     the − over hidden layer ``layer``
    ("remove_layer",)            the − beside HIDDEN LAYERS (the last layer goes)
    ("weight", layer, i, j, w)   a link double-clicked and w typed (weight layer from 0)

Expectations: (term, op, term) or (term, "in", (low, high)); a term is a number,
"note.metric", or two of those joined by " / " or " - ". The metrics are listed in
``claim_runner.measure``.

``depends_on`` names engine behaviour that another change may alter; such claims are the
ones to watch when it does.
"""

from __future__ import annotations

from dataclasses import dataclass

SEEDS = (0, 1, 2, 3, 4)
AS_SHIPPED = (None,)  # the lesson's own hand-made weights: no other seed exists
INSERT = "layer insert (+ beside HIDDEN LAYERS)"
DIVERGENCE = "divergence rule"
WARNINGS = "warnings (playground.core.warnings_check)"


@dataclass(frozen=True)
class Claim:
    lesson: str
    says: str
    steps: tuple
    expect: tuple
    seeds: tuple = SEEDS
    holds_for: int = 0  # 0: every seed
    depends_on: str = ""


# ---------------------------------------------------------------------------- 1
LINE = (
    ("play", 100),
    ("note", "clean"),
    ("set", {"noise": 0.5}),
    ("play", 300),
    ("note", "noisy"),
    ("set", {"noise": 0.0, "dataset": "circle"}),
    ("play", 300),
    ("note", "circle"),
)
# ---------------------------------------------------------------------------- 2
XOR = (
    ("note", "start"),
    ("play", 300),
    ("note", "line"),
    ("feature", "x1_x2", True),
    ("play", 100),
    ("note", "product"),
    ("feature", "x1_x2", False),
    ("add_layer",),
    ("reset",),
    ("play", 300),
    ("note", "two"),
    ("add_neuron", 1, 1),
    ("reset",),
    ("play", 300),
    ("note", "three"),
    ("add_neuron", 1, 1),
    ("reset",),
    ("play", 300),
    ("note", "four"),
)
XOR_ONE = (("add_layer",), ("remove_neuron", 1), ("reset",), ("play", 300), ("note", "one"))
# ---------------------------------------------------------------------------- 3
CIRCLE = (
    ("play", 300),
    ("note", "line"),
    ("feature", "x1_sq", True),
    ("feature", "x2_sq", True),
    ("reset",),
    ("play", 300),
    ("note", "squares"),
    ("feature", "x1_sq", False),
    ("feature", "x2_sq", False),
    ("add_layer",),
    ("add_neuron", 1, 1),
    ("reset",),
    ("play", 300),
    ("note", "three"),
)
# ---------------------------------------------------------------------------- 4
GROW_8_8_8 = (
    ("add_neuron", 1, 4),
    ("add_layer",),
    ("add_neuron", 2, 6),
    ("add_layer",),
    ("add_neuron", 3, 6),
)
SPIRAL = (
    ("play", 300),
    ("note", "small"),
    *GROW_8_8_8,
    ("reset",),
    ("play_until", 500, "train_accuracy", ">=", 0.9),
    ("note", "deep"),
)
SPIRAL_LONG = (("play", 300), ("note", "small"), ("play", 700), ("note", "long"))
# ---------------------------------------------------------------------------- 5
RATES = (
    ("play", 100),
    ("note", "r0_03"),
    ("set", {"learning_rate": 0.1}),
    ("reset",),
    ("play", 100),
    ("note", "r0_1"),
    ("set", {"learning_rate": 1.0}),
    ("reset",),
    ("play", 100),
    ("note", "r1"),
    ("set", {"learning_rate": 3.0}),
    ("reset",),
    ("play", 100),
    ("note", "r3"),
    ("set", {"learning_rate": 10.0}),
    ("reset",),
    ("play", 100),
    ("note", "r10"),
    ("set", {"learning_rate": 0.003}),
    ("reset",),
    ("play", 100),
    ("note", "r0_003"),
)
REGRESSION = (
    ("set", {"problem": "regression", "learning_rate": 3.0}),
    ("play", 100),
    ("note", "r"),
)
# ---------------------------------------------------------------------------- 6
DEEP = (
    ("note", "sigmoid_start"),
    ("play", 300),
    ("note", "sigmoid"),
    ("set", {"activation": "tanh"}),
    ("note", "tanh_start"),
    ("play", 300),
    ("note", "tanh"),
    ("set", {"activation": "relu"}),
    ("play", 300),
    ("note", "relu"),
)
FEWER = (
    *(("remove_layer",),) * 3,
    ("reset",),
    ("play", 300),
    ("note", "three"),
    *(("remove_layer",),) * 2,
    ("reset",),
    ("play", 300),
    ("note", "one"),
)
# ---------------------------------------------------------------------------- 7
NOISY = (
    ("play", 500),
    ("note", "plain"),
    ("set", {"regularization": "l2", "reg_rate": 0.03}),
    ("reset",),
    ("play", 500),
    ("note", "l2"),
    ("set", {"reg_rate": 0.3}),
    ("reset",),
    ("play", 500),
    ("note", "strong"),
    ("set", {"regularization": "none", "train_ratio": 0.8}),
    ("play", 500),
    ("note", "more_data"),
)
# ---------------------------------------------------------------------------- 8
SMILEY = (
    ("play", 300),
    ("note", "three"),
    ("add_neuron", 1, 5),
    ("add_layer",),
    ("add_neuron", 2, 6),
    ("play", 300),
    ("note", "grown"),
)
# ---------------------------------------------------------------------------- 9
TABLE = (
    ("play", 200),
    ("note", "sgd"),
    ("restart",),
    ("set", {"optimizer": "momentum", "learning_rate": 0.03}),
    ("play", 200),
    ("note", "momentum"),
    ("restart",),
    ("set", {"optimizer": "rmsprop", "learning_rate": 0.003}),
    ("play", 200),
    ("note", "rmsprop"),
    ("restart",),
    ("set", {"optimizer": "adam", "learning_rate": 0.01}),
    ("play", 200),
    ("note", "adam"),
)
AT_0_1 = (
    ("set", {"learning_rate": 0.1}),
    ("play", 200),
    ("note", "sgd"),
    ("restart",),
    ("set", {"optimizer": "adam", "learning_rate": 0.1}),
    ("play", 200),
    ("note", "adam"),
)
# --------------------------------------------------------------------------- 10
ONE_STEP = (("note", "before"), ("play", 1), ("note", "after"))
# --------------------------------------------------------------------------- 11
TIME = (
    ("play", 20),
    ("note", "small"),
    ("add_neuron", 1, 6),
    ("play", 20),
    ("note", "wide"),
    ("add_layer",),
    ("add_neuron", 2, 6),
    ("add_layer",),
    ("add_neuron", 3, 6),
    ("play", 20),
    ("note", "deep"),
    ("set", {"points": 5000}),
    ("play", 2),
    ("note", "many_points"),
)
# --------------------------------------------------------------------------- 12
DEAD = (
    ("play", 200),
    ("note", "calm"),
    ("set", {"learning_rate": 10.0}),
    ("reset",),
    ("play", 1),
    ("note", "first_epoch"),
    ("play", 199),
    ("note", "wild"),
    ("set", {"learning_rate": 0.03}),
    ("play", 200),
    ("note", "calm_again"),
    ("reset",),
    ("play", 200),
    ("note", "after_reset"),
)
LEAKY = (
    ("set", {"activation": "leaky_relu", "learning_rate": 10.0}),
    ("play", 200),
    ("note", "leaky"),
)
# --------------------------------------------------------------------------- 13
WRONG_BY_HAND = (("weight", 0, 0, 0, -1.0), ("weight", 0, 1, 0, -1.0))  # X₁ → out, X₂ → out
CONFIDENT = (
    *WRONG_BY_HAND,
    ("note", "tfp_wrong"),
    ("play", 5),
    ("note", "tfp_5"),
    ("play_until", 95, "train_accuracy", ">=", 0.9),
    ("note", "tfp_fixed"),
    ("set", {"loss": "default"}),
    *WRONG_BY_HAND,
    ("note", "ce_wrong"),
    ("play_until", 100, "train_accuracy", ">=", 0.9),
    ("note", "ce_fixed"),
)
CONFIDENT_100 = (
    *WRONG_BY_HAND,
    ("play", 100),
    ("note", "tfp_100"),
    ("set", {"loss": "default"}),
    *WRONG_BY_HAND,
    ("play", 100),
    ("note", "ce_100"),
)
SURE_BY_HAND = (("weight", 0, 0, 0, -2.0), ("weight", 0, 1, 0, -2.0))
SURER = (
    *SURE_BY_HAND,
    ("play", 300),
    ("note", "tfp_sure"),
    ("set", {"loss": "default"}),
    *SURE_BY_HAND,
    ("play_until", 300, "train_accuracy", ">=", 0.9),
    ("note", "ce_sure"),
)

CLAIMS: list[Claim] = [
    # 1. A straight line
    Claim(
        "01",
        "a line splits the two clean clouds: 100 % test accuracy within 100 epochs",
        LINE,
        (("clean.test_accuracy", ">=", 0.99),),
    ),
    Claim(
        "01",
        "with noise 50 the test loss stays well above zero (0.1 or more after 300 epochs)",
        LINE,
        (("noisy.test_loss", ">=", 0.1),),
    ),
    Claim(
        "01",
        "on the circle the line stays stuck at about half right, the loss near 0.69",
        LINE,
        (("circle.test_accuracy", "in", (0.35, 0.6)), ("circle.train_loss", ">=", 0.65)),
    ),
    # 2. XOR
    Claim(
        "02",
        "without a hidden layer the loss goes down (from about 1 or more) to about 0.69 (ln 2)",
        XOR,
        (("start.train_loss", ">=", 0.95), ("line.train_loss", "in", (0.66, 0.7))),
    ),
    Claim(
        "02",
        "... while the accuracy stays between 45 and 70 % and the output fades to pale",
        XOR,
        (("line.test_accuracy", "in", (0.45, 0.72)), ("line.output_spread", "<=", 0.45)),
    ),
    Claim(
        "02",
        "the X₁X₂ input solves XOR: test accuracy 97 % or more within 100 more epochs",
        XOR,
        (("product.test_accuracy", ">=", 0.97),),
    ),
    Claim(
        "02",
        "2 hidden neurons usually stall below 90 % test accuracy (at epoch 300)",
        XOR,
        (("two.test_accuracy", "<", 0.9),),
    ),
    Claim(
        "02",
        "3 hidden neurons get to about 90 % (85-97 %), 4 above 90 %",
        XOR,
        (("three.test_accuracy", "in", (0.85, 0.97)), ("four.test_accuracy", ">=", 0.9)),
    ),
    Claim(
        "02",
        "1 hidden neuron draws a single line: no better than the line without it",
        XOR_ONE,
        (("one.test_accuracy", "<", 0.75),),
    ),
    # 3. The circle
    Claim(
        "03",
        "the line gets stuck below 50 % accuracy, the loss near 0.69",
        CIRCLE,
        (
            ("line.test_accuracy", "in", (0.35, 0.5)),
            ("line.train_accuracy", "<", 0.5),
            ("line.train_loss", ">=", 0.66),
        ),
    ),
    Claim(
        "03",
        "with X₁² and X₂² the test loss at epoch 300 is about 0.02, all points right",
        CIRCLE,
        (("squares.test_loss", "<=", 0.03), ("squares.test_accuracy", ">=", 0.99)),
    ),
    Claim(
        "03",
        "3 hidden neurons reach about 0.1 (0.05-0.15): several times the squares' loss",
        CIRCLE,
        (
            ("three.test_loss", "in", (0.05, 0.15)),
            ("three.test_loss / squares.test_loss", ">=", 3),
            ("three.test_accuracy", ">=", 0.97),
        ),
    ),
    Claim(
        "03",
        "the squares need 4 weights, 3 hidden neurons 9",
        CIRCLE,
        (("squares.weights", "==", 4), ("three.weights", "==", 9)),
    ),
    # 4. The spiral
    Claim(
        "04",
        "one hidden layer of 4 stays below 75 % training accuracy (at epoch 300 and 1000)",
        SPIRAL_LONG,
        (("small.train_accuracy", "<", 0.75), ("long.train_accuracy", "<", 0.75)),
    ),
    Claim(
        "04",
        "3 layers of 8 (grown with +, then Reset) usually pass 90 % within 250 to 500 epochs",
        SPIRAL,
        (("deep.reached", "in", (250, 500)),),
        holds_for=4,
    ),
    # 5. Learning rate
    Claim(
        "05",
        "0.1 ends lower than 0.03 at epoch 100",
        RATES,
        (("r0_1.train_loss", "<", "r0_03.train_loss"),),
    ),
    Claim(
        "05",
        "0.003 has hardly started at epoch 100 (loss 0.45 or more)",
        RATES,
        (("r0_003.train_loss", ">=", 0.45), ("r0_003.train_loss", ">", "r0_03.train_loss")),
    ),
    Claim(
        "05",
        "at 3 and 10 the loss stays high and bounces",
        RATES,
        (
            ("r3.train_loss", ">=", 0.25),
            ("r10.train_loss", ">=", 0.5),
            ("r10.loss_swing", ">=", 0.3),
            ("r0_1.loss_swing", "<=", 0.1),
        ),
        depends_on=DIVERGENCE,
    ),
    Claim(
        "05",
        "regression at rate 3 diverges: the playground says Training diverged",
        REGRESSION,
        (("r.diverged", "==", 1),),
    ),
    # 6. Vanishing gradients
    Claim(
        "06",
        "six sigmoid layers are stuck at epoch 300: loss 0.69, about half right",
        DEEP,
        (("sigmoid.train_loss", "in", (0.68, 0.70)), ("sigmoid.train_accuracy", "<=", 0.6)),
    ),
    Claim(
        "06",
        "with sigmoid the first layer's gradient starts over 100× smaller than the output's "
        "and stays well below it",
        DEEP,
        (("sigmoid_start.gradient_ratio", "<", 0.01), ("sigmoid.gradient_ratio", "<", 0.2)),
    ),
    Claim(
        "06",
        "the panel warns that the gradient vanishes with sigmoid, not with tanh",
        DEEP,
        (("sigmoid.warns_vanishing", "==", 1), ("tanh.warns_vanishing", "==", 0)),
        depends_on=WARNINGS,
    ),
    Claim(
        "06",
        "with tanh they start about as large (within 10×)",
        DEEP,
        (("tanh_start.gradient_ratio", "in", (0.1, 10)),),
    ),
    Claim(
        "06",
        "tanh learns the circle by epoch 300",
        DEEP,
        (("tanh.train_accuracy", ">=", 0.95),),
    ),
    Claim(
        "06",
        "ReLU often learns it too (a narrow ReLU network may start with dead neurons)",
        DEEP,
        (("relu.train_accuracy", ">=", 0.95),),
        holds_for=3,
    ),
    Claim(
        "06",
        "with sigmoid, 3 layers are still stuck in 300 epochs and 1 layer learns",
        FEWER,
        (("three.train_accuracy", "<=", 0.65), ("one.train_accuracy", ">=", 0.85)),
    ),
    # 7. Overfitting
    Claim(
        "07",
        "without regularization the test loss ends far above the training loss",
        NOISY,
        (("plain.test_loss / plain.train_loss", ">=", 5),),
    ),
    Claim(
        "07",
        "L2 at 0.03 lowers the test loss and brings it close to the training loss",
        NOISY,
        (("l2.test_loss", "<", "plain.test_loss"), ("l2.test_loss - l2.train_loss", "<", 0.1)),
    ),
    Claim(
        "07",
        "L2 at 0.3 is too strong: 50/50 everywhere, loss 0.69",
        NOISY,
        (("strong.train_loss", "in", (0.68, 0.70)), ("strong.output_spread", "<=", 0.05)),
    ),
    Claim(
        "07",
        "80 % training data lowers the test loss without regularization",
        NOISY,
        (("more_data.test_loss", "<", "plain.test_loss"),),
    ),
    # 8. Many classes
    Claim(
        "08",
        "with 3 neurons the face's ring is the hardest class: the eyes and smile do better",
        SMILEY,
        (
            ("three.recall_0", "<", "three.recall_1"),
            ("three.recall_0", "<", "three.recall_2"),
            ("three.test_accuracy", "in", (0.45, 0.85)),
        ),
    ),
    Claim(
        "08",
        "with 3 neurons the eyes usually come out right (85 %+ of their points)",
        SMILEY,
        (("three.recall_1", ">=", 0.85),),
        holds_for=4,
    ),
    Claim(
        "08",
        "grown with + to 8 and 8 neurons it gets every part right (97 %+) in 300 epochs",
        SMILEY,
        (("grown.test_accuracy", ">=", 0.97),),
        depends_on=INSERT,
    ),
    # 9. Optimizers
    Claim(
        "09",
        "Adam at 0.01 ends with a higher test accuracy than SGD at 0.03",
        TABLE,
        (("adam.test_accuracy", ">", "sgd.test_accuracy"),),
    ),
    Claim(
        "09",
        "SGD usually ends with the lowest test accuracy of the four",
        TABLE,
        (
            ("sgd.test_accuracy", "<=", "momentum.test_accuracy"),
            ("sgd.test_accuracy", "<=", "rmsprop.test_accuracy"),
        ),
        holds_for=4,
    ),
    Claim(
        "09",
        "at learning rate 0.1 the order turns: SGD beats Adam",
        AT_0_1,
        (("sgd.test_accuracy", ">", "adam.test_accuracy"),),
    ),
    # 10. By hand (the numbers the text prints)
    Claim(
        "10",
        "the training loss at epoch 0 reads 0.289",
        ONE_STEP,
        (("before.train_loss", "in", (0.2885, 0.2895)),),
        seeds=AS_SHIPPED,
    ),
    Claim(
        "10",
        "after one step the weight from h₁ grows, the one from h₂ shrinks, the loss falls",
        ONE_STEP,
        (
            ("after.w2_1_1", "in", (1.1060, 1.1070)),
            ("after.w2_2_1", "in", (-1.0312, -1.0302)),
            ("after.train_loss", "<", "before.train_loss"),
        ),
        seeds=AS_SHIPPED,
    ),
    # 11. Training time
    Claim(
        "11",
        "250 training points in batches of 10: 25 steps an epoch; the network has 6 links",
        TIME,
        (
            ("small.train_points", "==", 250),
            ("small.steps_per_epoch", "==", 25),
            ("small.weights", "==", 6),
        ),
    ),
    Claim(
        "11",
        "8 neurons: 24 links, 4 times the multiply-adds of an epoch",
        TIME,
        (("wide.weights", "==", 24), ("wide.madds_per_epoch / small.madds_per_epoch", "==", 4)),
    ),
    Claim(
        "11",
        "3 layers of 8: 152 links, about 25 times the multiply-adds",
        TIME,
        (
            ("deep.weights", "==", 152),
            ("deep.madds_per_epoch / small.madds_per_epoch", "in", (25, 26)),
        ),
    ),
    Claim(
        "11",
        "5000 points: 10 times the steps and the multiply-adds of an epoch, same per step",
        TIME,
        (
            ("many_points.steps_per_epoch", "==", 250),
            ("many_points.madds_per_epoch / deep.madds_per_epoch", "==", 10),
            ("many_points.weights", "==", "deep.weights"),
        ),
    ),
    # 12. Dead ReLUs
    Claim(
        "12",
        "at learning rate 0.03 the ReLU network learns the circle",
        DEAD,
        (("calm.test_accuracy", ">=", 0.95), ("calm.dead_in_layer_2", "<", 0.5)),
    ),
    Claim(
        "12",
        "at 10 every neuron of the second layer is dead within the first epoch",
        DEAD,
        (("first_epoch.dead_in_layer_2", "==", 1), ("first_epoch.dead_in_layer_1", "<", 1)),
    ),
    Claim(
        "12",
        "... the output is the same everywhere and the accuracy about 50 %, not diverged",
        DEAD,
        (
            ("wild.output_spread", "<=", 1e-12),
            ("wild.test_accuracy", "in", (0.45, 0.55)),
            ("wild.train_loss", ">=", 0.69),
            ("wild.diverged", "==", 0),
        ),
        depends_on=DIVERGENCE,
    ),
    Claim(
        "12",
        "the window warns of the dead neurons at rate 10, not at 0.03",
        DEAD,
        (("wild.warns_dead_neurons", "==", 1), ("calm.warns_dead_neurons", "==", 0)),
        depends_on=WARNINGS,
    ),
    Claim(
        "12",
        "back at 0.03 the dead neurons stay dead: nothing changes",
        DEAD,
        (("calm_again.dead_in_layer_2", "==", 1), ("calm_again.test_accuracy", "in", (0.45, 0.55))),
        depends_on=DIVERGENCE,
    ),
    Claim(
        "12",
        "Reset brings them back to life: the network learns again",
        DEAD,
        (("after_reset.test_accuracy", ">=", 0.95),),
        depends_on=DIVERGENCE,
    ),
    Claim(
        "12",
        "Leaky ReLU at 10: no neuron dies, but training usually diverges",
        LEAKY,
        (("leaky.dead", "==", 0), ("leaky.diverged", "==", 1)),
        holds_for=4,
    ),
    # 13. A confident mistake
    Claim(
        "13",
        "with both weights at −1 every training point is wrong, with either loss",
        CONFIDENT,
        (("tfp_wrong.train_accuracy", "==", 0), ("ce_wrong.train_accuracy", "==", 0)),
    ),
    Claim(
        "13",
        "TF Playground's loss starts near its largest value, 2, and is still there after 5 epochs",
        CONFIDENT,
        (("tfp_wrong.train_loss", "in", (1.95, 2.0)), ("tfp_5.train_loss", "in", (1.9, 2.0))),
    ),
    Claim(
        "13",
        "TF Playground's loss passes 90 % training accuracy only after 10 to 20 epochs; "
        "cross-entropy within 2",
        CONFIDENT,
        (("tfp_fixed.reached", "in", (10, 20)), ("ce_fixed.reached", "in", (1, 2))),
    ),
    Claim(
        "13",
        "the output's mean |δ| on the training points: about 0.014 for tanh and ½ squared error, "
        "about 0.98 for cross-entropy",
        CONFIDENT,
        (
            ("tfp_wrong.output_delta", "in", (0.01, 0.02)),
            ("ce_wrong.output_delta", "in", (0.95, 1)),
        ),
    ),
    Claim(
        "13",
        "by epoch 100 both get every training point right",
        CONFIDENT_100,
        (("tfp_100.train_accuracy", "==", 1), ("ce_100.train_accuracy", "==", 1)),
    ),
    Claim(
        "13",
        "at −2 the tanh network gets no point right in 300 epochs; cross-entropy needs at most 3",
        SURER,
        (("tfp_sure.train_accuracy", "==", 0), ("ce_sure.reached", "in", (1, 3))),
    ),
]
