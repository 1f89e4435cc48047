"""Validation of a network spec: every field checked, one clear ValueError per problem.

A spec is plain JSON-friendly data, so it can be saved in a project file unchanged::

    {"features": ["x1", "x2"],
     "hidden": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "tanh"}],
     "output": {"kind": "binary"}}
"""

from __future__ import annotations

import copy
from typing import Any, TypeGuard

from engine.activations import ACTIVATIONS
from engine.features import FEATURES
from engine.i18n import number, translate
from engine.tfp import LOSSES, TFP

MAX_HIDDEN_LAYERS = 10
MAX_UNITS = 64
MIN_CLASSES = 2
MAX_CLASSES = 8
OUTPUT_KINDS = ("binary", "multiclass", "regression")
HIDDEN_KEYS = ("units", "activation", "dropout")
OUTPUT_KEYS = ("kind", "classes", "loss")
MAX_DROPOUT = 0.9  # engine.dropout: a rate above it would leave a layer almost nothing


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _refuse_unknown(part: dict, allowed: tuple[str, ...], where: str) -> None:
    """A key the engine does not know would be ignored silently (a typo in "dropout"
    would train without it): refused, named, with the keys allowed."""
    unknown = sorted(str(key) for key in part if key not in allowed)
    if unknown:
        raise ValueError(
            translate("spec", "{field} has unknown keys {keys}; allowed: {allowed}").format(
                field=where, keys=unknown, allowed=", ".join(allowed)
            )
        )


def validate_spec(spec: Any) -> dict:
    """Return a normalised deep copy of ``spec``, or raise ValueError naming the bad field."""
    if not isinstance(spec, dict):
        raise ValueError(
            translate(
                "spec", "spec must be a dict with features, hidden and output; got {type}"
            ).format(type=type(spec).__name__)
        )
    unknown = set(spec) - {"features", "hidden", "output"}
    if unknown:
        raise ValueError(
            translate(
                "spec", "spec has unknown fields {fields}; allowed: features, hidden, output"
            ).format(fields=sorted(unknown))
        )

    features = spec.get("features", ["x1", "x2"])
    if not isinstance(features, (list, tuple)) or not features:
        raise ValueError(
            translate("spec", "spec.features must be a non-empty list of {choices}").format(
                choices=", ".join(FEATURES)
            )
        )
    for name in features:
        if name not in FEATURES:
            raise ValueError(
                translate(
                    "spec", "spec.features: unknown feature {name}; choose from {choices}"
                ).format(name=repr(name), choices=", ".join(FEATURES))
            )
    if len(set(features)) != len(features):
        raise ValueError(
            translate("spec", "spec.features lists a feature twice: {features}").format(
                features=list(features)
            )
        )

    hidden = spec.get("hidden", [])
    if not isinstance(hidden, (list, tuple)):
        raise ValueError(
            translate("spec", "spec.hidden must be a list of {'units': n, 'activation': name}")
        )
    if len(hidden) > MAX_HIDDEN_LAYERS:
        raise ValueError(
            translate("spec", "spec.hidden: at most {limit} hidden layers; got {count}").format(
                limit=MAX_HIDDEN_LAYERS, count=len(hidden)
            )
        )
    norm_hidden = []
    for i, layer in enumerate(hidden):
        where = f"spec.hidden[{i}]"
        if not isinstance(layer, dict):
            raise ValueError(
                translate("spec", "{field} must be a dict with units and activation").format(
                    field=where
                )
            )
        _refuse_unknown(layer, HIDDEN_KEYS, where)
        units = layer.get("units")
        if not _is_int(units) or not 1 <= units <= MAX_UNITS:
            raise ValueError(
                translate(
                    "spec", "{field}.units must be an integer from 1 to {high}; got {value}"
                ).format(field=where, high=MAX_UNITS, value=repr(units))
            )
        activation = layer.get("activation", "tanh")
        if activation not in ACTIVATIONS:
            raise ValueError(
                translate(
                    "spec", "{field}.activation must be one of {choices}; got {value}"
                ).format(field=where, choices=", ".join(ACTIVATIONS), value=repr(activation))
            )
        norm = {"units": units, "activation": activation}
        dropout = layer.get("dropout", 0.0)
        if not _is_number(dropout) or not 0.0 <= dropout <= MAX_DROPOUT:  # NaN fails too
            raise ValueError(
                translate(
                    "spec", "{field}.dropout must be a number from 0 to {high}; got {value}"
                ).format(field=where, high=number(MAX_DROPOUT, "g"), value=repr(dropout))
            )
        if dropout:  # 0 is no dropout, and a spec without it is written as before
            norm["dropout"] = float(dropout)
        norm_hidden.append(norm)

    output = spec.get("output", {"kind": "binary"})
    if not isinstance(output, dict) or output.get("kind") not in OUTPUT_KINDS:
        kind = output.get("kind") if isinstance(output, dict) else output
        raise ValueError(
            translate("spec", "spec.output.kind must be one of {choices}; got {value}").format(
                choices=", ".join(OUTPUT_KINDS), value=repr(kind)
            )
        )
    _refuse_unknown(output, OUTPUT_KEYS, "spec.output")
    norm_output = {"kind": output["kind"]}
    if output["kind"] == "multiclass":
        classes = output.get("classes")
        if not _is_int(classes) or not MIN_CLASSES <= classes <= MAX_CLASSES:
            raise ValueError(
                translate(
                    "spec",
                    "spec.output.classes must be an integer from {low} to {high} for multiclass; "
                    "got {value}",
                ).format(low=MIN_CLASSES, high=MAX_CLASSES, value=repr(classes))
            )
        norm_output["classes"] = classes
    elif "classes" in output and output["classes"] is not None:
        raise ValueError(
            translate("spec", "spec.output.classes applies only to multiclass, not {kind}").format(
                kind=output["kind"]
            )
        )
    loss = output.get("loss", "default")
    if not isinstance(loss, str) or loss not in LOSSES:
        raise ValueError(
            translate("spec", "spec.output.loss must be one of {choices}; got {value}").format(
                choices=", ".join(LOSSES), value=repr(loss)
            )
        )
    if loss == TFP:
        if output["kind"] != "binary":
            raise ValueError(
                translate(
                    "spec",
                    "spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared "
                    "error) is for binary output only, not {kind}",
                ).format(kind=output["kind"])
            )
        norm_output["loss"] = TFP  # the default is left out: specs and files stay as they were

    return copy.deepcopy({"features": list(features), "hidden": norm_hidden, "output": norm_output})


def output_units(spec: dict) -> int:
    """Number of logits the output layer of a validated spec produces."""
    return spec["output"]["classes"] if spec["output"]["kind"] == "multiclass" else 1
