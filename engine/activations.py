"""Hidden-layer activation functions, each a value and its derivative side by side.

The derivative is written in terms of the pre-activation ``z`` and the output ``a``
together, because some are cheaper from ``a`` (tanh, sigmoid) and some need ``z``.
Functions may write into ``z`` only where noted, so the training loop allocates little.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.i18n import QT_TRANSLATE_NOOP, translate

Array = np.ndarray

LEAKY_SLOPE = 0.01
ELU_ALPHA = 1.0


@dataclass(frozen=True)
class Activation:
    name: str
    source_title: str  # English, marked for translation: ``title`` is the user's
    formula: str
    fn: Callable[[Array], Array]
    grad: Callable[[Array, Array], Array]  # (z, a) -> f'(z)
    he_init: bool  # ReLU-like units keep their variance with He initialisation

    @property
    def title(self) -> str:
        return translate("activations", self.source_title)


def _sigmoid(z: Array) -> Array:
    # σ(z) = ½(1 + tanh(z/2)): exact, never overflows, and one pass without branches.
    out = np.multiply(z, 0.5)
    np.tanh(out, out=out)
    out += 1.0
    out *= 0.5
    return out


def _softplus(z: Array) -> Array:
    return np.logaddexp(0.0, z)


def _elu(z: Array) -> Array:
    return np.where(z > 0, z, ELU_ALPHA * np.expm1(np.minimum(z, 0.0)))


def _silu(z: Array) -> Array:
    return z * _sigmoid(z)


def _silu_grad(z: Array, a: Array) -> Array:
    s = _sigmoid(z)
    return s * (1.0 + z * (1.0 - s))


ACTIVATIONS: dict[str, Activation] = {
    act.name: act
    for act in (
        Activation(
            "linear",
            QT_TRANSLATE_NOOP("activations", "Linear"),
            "f(z) = z",
            lambda z: z,
            lambda z, a: np.ones_like(z),
            False,
        ),
        Activation(
            "relu",
            QT_TRANSLATE_NOOP("activations", "ReLU"),
            "f(z) = max(0, z)",
            lambda z: np.maximum(z, 0.0),
            lambda z, a: (z > 0).astype(z.dtype),
            True,
        ),
        Activation(
            "leaky_relu",
            QT_TRANSLATE_NOOP("activations", "Leaky ReLU"),
            "f(z) = z if z > 0 else 0.01·z",
            lambda z: np.where(z > 0, z, LEAKY_SLOPE * z),
            lambda z, a: np.where(z > 0, 1.0, LEAKY_SLOPE),
            True,
        ),
        Activation(
            "elu",
            QT_TRANSLATE_NOOP("activations", "ELU"),
            "f(z) = z if z > 0 else eᶻ − 1",
            _elu,
            lambda z, a: np.where(z > 0, 1.0, a + ELU_ALPHA),
            True,
        ),
        Activation(
            "tanh",
            QT_TRANSLATE_NOOP("activations", "Tanh"),
            "f(z) = tanh(z)",
            np.tanh,
            lambda z, a: 1.0 - a * a,
            False,
        ),
        Activation(
            "sigmoid",
            QT_TRANSLATE_NOOP("activations", "Sigmoid"),
            "f(z) = 1 / (1 + e⁻ᶻ)",
            _sigmoid,
            lambda z, a: a * (1.0 - a),
            False,
        ),
        Activation(
            "softplus",
            QT_TRANSLATE_NOOP("activations", "Softplus"),
            "f(z) = ln(1 + eᶻ)",
            _softplus,
            lambda z, a: _sigmoid(z),
            True,
        ),
        Activation(
            "silu",
            QT_TRANSLATE_NOOP("activations", "SiLU (swish)"),
            "f(z) = z · σ(z)",
            _silu,
            _silu_grad,
            True,
        ),
    )
}


def get_activation(name: str) -> Activation:
    """Return the activation called ``name``, or raise ValueError listing the choices."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise ValueError(
            translate("activations", "activation must be one of {choices}; got {value}").format(
                choices=", ".join(ACTIVATIONS), value=repr(name)
            )
        ) from None
