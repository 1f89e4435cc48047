"""What each training setting is called, whether changing it starts the network again,
and what it does (its tooltip): one table, read by the top bar, the data panel, Compare,
the network view and teacher mode (through playground.core.settings and controls)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    label: str
    resets: bool  # a change re-initialises the network and restarts at epoch 0
    tip: str


SETTINGS_INFO: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "learning_rate",
            "Learning rate",
            False,
            "How big a step each weight takes against its gradient. Too large and training diverges. "
            "Changing it keeps the weights and the epoch count; the next step uses it.",
        ),
        Setting(
            "activation",
            "Activation",
            True,
            "The function every hidden neuron applies to its weighted sum. Choosing one here starts "
            "again with fresh weights and this activation in every layer; right-click a layer in "
            "the network to change just that layer, keeping what it has learned.",
        ),
        Setting(
            "regularization",
            "Regularization",
            False,
            "A penalty on large weights. L1 pulls every weight towards zero by the same amount, "
            "and a weight it carries across zero is set to exactly 0, so weights that do not "
            "help end at 0; L2 shrinks weights in proportion to their size, so they get small "
            "but not zero. Changing it keeps the weights and the epoch count (TensorFlow "
            "Playground starts again here).",
        ),
        Setting(
            "reg_rate",
            "Regularization rate",
            False,
            "How strong the penalty on weights is. Changing it keeps the weights and the epoch "
            "count (TensorFlow Playground starts again here).",
        ),
        Setting(
            "problem",
            "Problem type",
            True,
            "Classification predicts a class; regression predicts a number. Changing it starts again.",
        ),
        Setting(
            "loss",
            "Loss",
            True,
            "Cross-entropy: a sigmoid output and the log loss, which punishes a confident "
            "mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and "
            "½ squared error, its starting weights, L1 rule and fixed order of the training "
            "points (with more than two classes: softmax and cross-entropy). Changing it starts "
            "again.",
        ),
        Setting(
            "optimizer",
            "Optimizer",
            False,
            "The rule that turns gradients into weight changes. Changing it keeps the weights; "
            "the optimizer's own memory (momentum) starts from zero.",
        ),
        Setting(
            "batch_size",
            "Batch size",
            False,
            "How many training points are averaged for each weight update. Changing it keeps the "
            "weights and the epoch count (TensorFlow Playground starts again here).",
        ),
        Setting(
            "speed",
            "Speed",
            False,
            "Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs "
            "a second), 10× ten epochs a frame; Max trains as fast as the machine allows. "
            "An epoch that takes longer than a tenth of a second (large data) shows as it goes.",
        ),
        Setting("dataset", "Dataset", True, "Which data to learn. Changing it starts again."),
        Setting(
            "noise",
            "Noise",
            True,
            "How much the data is blurred or mislabelled (0 to 50 %). Starts again.",
        ),
        Setting(
            "train_ratio",
            "Training data",
            True,
            "The share of points used for training; the rest tests the network. Starts again.",
        ),
        Setting(
            "data_seed",
            "Data seed",
            True,
            "Which random draw of the data. Regenerate picks a new one.",
        ),
        Setting(
            "points",
            "Points",
            True,
            "How many points the dataset generator draws, training and test together. "
            "Starts again.",
        ),
        Setting(
            "data_source",
            "Data source",
            False,
            "A dataset generator, or your own points (painted on the output or imported "
            "from a CSV file). Switching keeps the network as it is.",
        ),
        Setting(
            "hidden",
            "Hidden layers",
            False,
            "The hidden layers' sizes. Changing them edits the network in place and keeps what "
            "it has learned; Reset starts again with fresh weights.",
        ),
        Setting(
            "features",
            "Features",
            False,
            "Which input features feed the network. Switching one keeps what the network has "
            "learned (a new input starts with zero weights); Reset starts again.",
        ),
        Setting(
            "init_seed",
            "Weight seed",
            True,
            "Which random draw of initial weights; reset picks a new one.",
        ),
        Setting(
            "stop_at_epoch", "Stop at epoch", False, "Pause when this epoch is reached (0: never)."
        ),
        Setting(
            "patience",
            "Stop when stuck",
            False,
            "Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).",
        ),
        Setting(
            "schedule",
            "Schedule",
            False,
            "How the learning rate changes as training goes on: constant, step decay, "
            "exponential or cosine, after an optional linear warm-up. It is a function of the "
            "epoch: rewinding puts back the rate of the epoch shown.",
        ),
        Setting(
            "restore_best",
            "Restore the best",
            False,
            "When training stops because the test loss has stopped improving, go back to the "
            "weights of the epoch with the best test loss (the later epochs stay on the "
            "timeline).",
        ),
    )
}
