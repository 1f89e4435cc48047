"""What each training setting is called, whether changing it starts the network again,
and what it does (its tooltip): one table, read by the top bar, the data panel, Compare,
the network view and teacher mode (through playground.core.settings and controls)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Setting:
    """A setting's row. Its texts are kept in English (the table is built at import, before
    the language is chosen) and read through ``label`` and ``tip`` in the user's language."""

    name: str
    source_label: str  # marked for translation in context "settings_info"
    resets: bool  # a change re-initialises the network and restarts at epoch 0
    source_tip: str

    @property
    def label(self) -> str:
        return translate("settings_info", self.source_label)

    @property
    def tip(self) -> str:
        return translate("settings_info", self.source_tip)


SETTINGS_INFO: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "learning_rate",
            QT_TRANSLATE_NOOP("settings_info", "Learning rate"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "How big a step each weight takes against its gradient. Too large and training diverges. "
                "Changing it keeps the weights and the epoch count; the next step uses it.",
            ),
        ),
        Setting(
            "activation",
            QT_TRANSLATE_NOOP("settings_info", "Activation"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "The function every hidden neuron applies to its weighted sum. Choosing one here starts "
                "again with fresh weights and this activation in every layer; right-click a layer in "
                "the network to change just that layer, keeping what it has learned.",
            ),
        ),
        Setting(
            "regularization",
            QT_TRANSLATE_NOOP("settings_info", "Regularization"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "A penalty on large weights. L1 pulls every weight towards zero by the same amount, "
                "and a weight it carries across zero is set to exactly 0, so weights that do not "
                "help end at 0; L2 shrinks weights in proportion to their size, so they get small "
                "but not zero. Changing it keeps the weights and the epoch count (TensorFlow "
                "Playground starts again here).",
            ),
        ),
        Setting(
            "reg_rate",
            QT_TRANSLATE_NOOP("settings_info", "Regularization rate"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "How strong the penalty on weights is. Changing it keeps the weights and the epoch "
                "count (TensorFlow Playground starts again here).",
            ),
        ),
        Setting(
            "problem",
            QT_TRANSLATE_NOOP("settings_info", "Problem type"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "Classification predicts a class; regression predicts a number. Changing it starts again.",
            ),
        ),
        Setting(
            "loss",
            QT_TRANSLATE_NOOP("settings_info", "Loss"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "Cross-entropy: a sigmoid output and the log loss, which punishes a confident "
                "mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and "
                "½ squared error, its starting weights, L1 rule and fixed order of the training "
                "points (with more than two classes: softmax and cross-entropy). Changing it starts "
                "again.",
            ),
        ),
        Setting(
            "optimizer",
            QT_TRANSLATE_NOOP("settings_info", "Optimizer"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "The rule that turns gradients into weight changes. Changing it keeps the weights; "
                "the optimizer's own memory (momentum) starts from zero.",
            ),
        ),
        Setting(
            "batch_size",
            QT_TRANSLATE_NOOP("settings_info", "Batch size"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "How many training points are averaged for each weight update. Changing it keeps the "
                "weights and the epoch count (TensorFlow Playground starts again here).",
            ),
        ),
        Setting(
            "speed",
            QT_TRANSLATE_NOOP("settings_info", "Speed"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs "
                "a second), 10× ten epochs a frame; Max trains as fast as the machine allows. "
                "An epoch that takes longer than a tenth of a second (large data) shows as it goes.",
            ),
        ),
        Setting(
            "dataset",
            QT_TRANSLATE_NOOP("settings_info", "Dataset"),
            True,
            QT_TRANSLATE_NOOP("settings_info", "Which data to learn. Changing it starts again."),
        ),
        Setting(
            "noise",
            QT_TRANSLATE_NOOP("settings_info", "Noise"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "How much the data is blurred or mislabelled (0 to 50 %). Starts again.",
            ),
        ),
        Setting(
            "train_ratio",
            QT_TRANSLATE_NOOP("settings_info", "Training data"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "The share of points used for training; the rest tests the network. Starts again.",
            ),
        ),
        Setting(
            "data_seed",
            QT_TRANSLATE_NOOP("settings_info", "Data seed"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info", "Which random draw of the data. Regenerate picks a new one."
            ),
        ),
        Setting(
            "points",
            QT_TRANSLATE_NOOP("settings_info", "Points"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "How many points the dataset generator draws, training and test together. "
                "Starts again.",
            ),
        ),
        Setting(
            "data_source",
            QT_TRANSLATE_NOOP("settings_info", "Data source"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "A dataset generator, or your own points (painted on the output or imported "
                "from a CSV file). Switching keeps the network as it is.",
            ),
        ),
        Setting(
            "hidden",
            QT_TRANSLATE_NOOP("settings_info", "Hidden layers"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "The hidden layers' sizes. Changing them edits the network in place and keeps what "
                "it has learned; Reset starts again with fresh weights.",
            ),
        ),
        Setting(
            "features",
            QT_TRANSLATE_NOOP("settings_info", "Features"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "Which input features feed the network. Switching one keeps what the network has "
                "learned (a new input starts with zero weights); Reset starts again.",
            ),
        ),
        Setting(
            "init_seed",
            QT_TRANSLATE_NOOP("settings_info", "Weight seed"),
            True,
            QT_TRANSLATE_NOOP(
                "settings_info", "Which random draw of initial weights; reset picks a new one."
            ),
        ),
        Setting(
            "stop_at_epoch",
            QT_TRANSLATE_NOOP("settings_info", "Stop at epoch"),
            False,
            QT_TRANSLATE_NOOP("settings_info", "Pause when this epoch is reached (0: never)."),
        ),
        Setting(
            "patience",
            QT_TRANSLATE_NOOP("settings_info", "Stop when stuck"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).",
            ),
        ),
        Setting(
            "schedule",
            QT_TRANSLATE_NOOP("settings_info", "Schedule"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "How the learning rate changes as training goes on: constant, step decay, "
                "exponential or cosine, after an optional linear warm-up. It is a function of the "
                "epoch: rewinding puts back the rate of the epoch shown.",
            ),
        ),
        Setting(
            "restore_best",
            QT_TRANSLATE_NOOP("settings_info", "Restore the best"),
            False,
            QT_TRANSLATE_NOOP(
                "settings_info",
                "When training stops because the test loss has stopped improving, go back to the "
                "weights of the epoch with the best test loss (the later epochs stay on the "
                "timeline).",
            ),
        ),
    )
}
