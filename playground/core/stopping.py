"""The two stop conditions of the top bar, as one rule for every place that trains."""

from __future__ import annotations

import math

from engine import Trainer
from engine.i18n import QT_TRANSLATE_NOOP, number, translate

MIN_IMPROVEMENT = 1e-3  # the patience stop counts only test-loss gains above 0.1 %

# What check_stop says. Named here so that the training process, which has no Qt to
# translate with, can be given their translations (playground.compute.train_process).
AT_EPOCH = QT_TRANSLATE_NOOP(
    "stopping", "Paused at epoch {epoch}: the stop-at-epoch setting is {stop}."
)
NOT_IMPROVING = QT_TRANSLATE_NOOP(
    "stopping",
    "Paused at epoch {epoch}: the test loss has not improved for {patience} epochs "
    "(best {loss} at epoch {best_epoch}).",
)
TEXTS = (AT_EPOCH, NOT_IMPROVING)


def check_stop(
    trainer: Trainer, stop_at_epoch: int, patience: int, best: tuple[float, int]
) -> tuple[str, tuple[float, int]]:
    """(why training should pause now, or "", and the new best ``(test loss, epoch)``).

    Checked at the end of every epoch: the stop-at-epoch setting, then whether the test
    loss has not improved for ``patience`` epochs since ``best``.
    """
    epoch = trainer.epoch
    if stop_at_epoch and epoch >= stop_at_epoch:
        reason = translate("stopping", AT_EPOCH).format(epoch=epoch, stop=stop_at_epoch)
        return reason, best
    if patience and trainer.X_test.shape[0]:
        loss = trainer.metrics()["test_loss"]
        best_loss, best_epoch = best
        if loss < best_loss * (1.0 - MIN_IMPROVEMENT):
            return "", (loss, epoch)
        if epoch - best_epoch >= patience:
            reason = translate("stopping", NOT_IMPROVING).format(
                epoch=epoch,
                patience=patience,
                loss=number(best_loss, ".4g"),
                best_epoch=best_epoch,
            )
            return reason, best
    return "", best


def stuck(trainer: Trainer, stop_at_epoch: int, patience: int, best: tuple[float, int]) -> bool:
    """Whether the stop :func:`check_stop` just gave was the patience rule's, with a best
    test epoch before this one to go back to."""
    best_loss, best_epoch = best
    return (
        bool(patience)
        and not (stop_at_epoch and trainer.epoch >= stop_at_epoch)
        and math.isfinite(best_loss)
        and best_epoch < trainer.epoch
        and trainer.epoch - best_epoch >= patience
    )


def restored_reason(epoch: int, patience: int, best_epoch: int, best_loss: float) -> str:
    """What the patience stop says when it went back to the best test epoch."""
    return translate(
        "stopping",
        "Stopped at epoch {epoch}: the test loss had not improved for {patience} epochs; "
        "restored the weights of epoch {best_epoch} (test loss {loss}).",
    ).format(epoch=epoch, patience=patience, best_epoch=best_epoch, loss=number(best_loss, ".4g"))
