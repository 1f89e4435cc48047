"""Each part of a project file, checked and turned into what a session takes: the
settings, the data, the own points kept aside, the network, the loss history, Compare's
lanes, the view options and a lesson's control names.

Every function raises :class:`~playground.core.project_checks.ProjectError` naming the
field at fault; playground.core.project_schema puts the parts together. Nothing here
imports Qt.
"""

from __future__ import annotations

import math

import numpy as np

from engine import LossHistory, Network, datasets, validate_spec
from engine.history import FIELDS as HISTORY_FIELDS
from engine.i18n import number, translate
from engine.schedules import Schedule
from engine.trainer import MAX_PARAM_NORM
from playground.core.comparison import MAX_LANES, MIN_LANES, check_lane_value
from playground.core.points import MAX_FIT, TASKS, Fit, PointSet
from playground.core.project_checks import (
    ProjectError,
    fail,
    is_int,
    is_number,
    json_list,
    json_object,
    list_length,
    number_matrix,
    number_vector,
    one_line,
    shown,
    small_value,
    unknown_fields,
    whole_number,
)
from playground.core.settings import TrainingSettings, dataset_task
from playground.core.snapshot import DataSnapshot

MAX_POINTS = datasets.MAX_POINTS  # train and test points together
MAX_COORDINATE = 1000.0  # the view box is ±6; painted points never leave it
# No weight beyond the size at which the trainer calls training diverged.
MAX_PARAMETER = MAX_PARAM_NORM
MAX_TARGET = 1e6
MAX_COUNTER = 10**15
# An epoch fits the window's 32-bit widgets (the rewind slider, the loss chart's axis)
# with room to train on for days.
MAX_EPOCH = 10**9
MAX_HISTORY_LIMIT = 100_000
MAX_LIST = 64  # a list setting longer than this is refused before its items are looked at
DATA_POINT_KEYS = ("task", "classes", "X_train", "y_train", "X_test", "y_test")
OWN_KEYS = ("painted", "fit")
POINT_SET_KEYS = ("X", "y", "train")


def generated_classes(settings: TrainingSettings) -> int:
    info = datasets.DATASETS[settings.dataset]
    if info.variable_classes and settings.classes:
        return int(settings.classes)
    return info.default_classes or 0  # None for a regression set: it has no classes


def settings_part(raw: object) -> TrainingSettings:
    obj = json_object(raw, "settings")
    defaults = TrainingSettings()
    unknown = sorted(str(key) for key in obj if not hasattr(defaults, key))
    if unknown:
        fail("settings", unknown_fields(unknown))
    for key, value in obj.items():
        small_value(value, f"settings.{key}")
        default = getattr(defaults, key)
        if key == "layer_dropout":  # rates; their range is the settings' check
            ok = isinstance(value, list) and len(value) <= MAX_LIST and all(map(is_number, value))
            kind = translate("project_parts", "must be a list of numbers; got {value}")
        elif isinstance(default, tuple):
            item = int if key == "hidden" else str
            ok = (
                isinstance(value, list)
                and len(value) <= MAX_LIST
                and all(type(v) is item for v in value)
            )
            kind = (
                translate("project_parts", "must be a list of whole numbers; got {value}")
                if item is int
                else translate("project_parts", "must be a list of names; got {value}")
            )
        elif isinstance(default, bool):
            ok = type(value) is bool
            kind = translate("project_parts", "must be true or false; got {value}")
        elif isinstance(default, Schedule):
            ok = isinstance(value, dict)
            kind = translate("project_parts", "must be an object with a kind; got {value}")
        elif isinstance(default, float):
            ok, kind = is_number(value), translate("project_parts", "must be a number; got {value}")
        elif isinstance(default, int):
            ok = is_int(value)
            kind = translate("project_parts", "must be a whole number; got {value}")
        else:
            ok, kind = (
                isinstance(value, str),
                translate("project_parts", "must be text; got {value}"),
            )
        if not ok:
            fail(f"settings.{key}", kind.format(value=shown(value)))
    try:
        settings = TrainingSettings.from_dict(_no_negative_zero(obj))
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"settings: {one_line(exc)}") from None
    if dataset_task(settings.dataset) != settings.problem:
        raise ProjectError(
            "settings.dataset: "
            + translate(
                "project_parts", "the {dataset} dataset is for {task}, not {problem}"
            ).format(
                dataset=settings.dataset,
                task=dataset_task(settings.dataset),
                problem=settings.problem,
            )
        )
    try:
        validate_spec(settings.spec(max(datasets.MIN_CLASSES, generated_classes(settings))))
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"settings: {one_line(exc)}") from None
    return settings


def data_part(raw: object, settings: TrainingSettings) -> DataSnapshot | None:
    if raw is None:
        return None
    obj = json_object(raw, "data", required=("source",), optional=(*DATA_POINT_KEYS, *OWN_KEYS))
    source = obj["source"]
    if source == "generated":
        extra = sorted(set(obj) - {"source", "painted"})
        if extra:
            fail(
                "data",
                translate("project_parts", "generated data keeps no {fields}").format(
                    fields=", ".join(extra)
                ),
            )
        if settings.data_source == "painted":
            fail(
                "data.source",
                translate("project_parts", 'is "generated" but settings.data_source is "painted"'),
            )
        return None
    if source != "points":
        fail(
            "data.source",
            translate("project_parts", 'must be "generated" or "points"; got {value}').format(
                value=shown(source)
            ),
        )
    missing = [k for k in DATA_POINT_KEYS if k not in obj]
    if missing:
        fail(
            "data",
            translate("project_parts", "points data needs {fields}").format(
                fields=", ".join(missing)
            ),
        )
    task = obj["task"]
    if task not in ("classification", "regression"):
        fail(
            "data.task",
            translate(
                "project_parts", 'must be "classification" or "regression"; got {value}'
            ).format(value=shown(task)),
        )
    if task != settings.problem:
        fail(
            "data.task",
            translate(
                "project_parts", "the points are for {task} but settings.problem is {problem}"
            ).format(task=task, problem=settings.problem),
        )
    if task == "regression":
        classes = whole_number(obj["classes"], "data.classes", 0, 0)
    else:
        classes = whole_number(
            obj["classes"], "data.classes", datasets.MIN_CLASSES, datasets.MAX_CLASSES
        )
    n_train = list_length(obj["X_train"], "data.X_train")
    n_test = list_length(obj["X_test"], "data.X_test")
    if n_train < 1 and settings.data_source != "painted":  # own points may be all erased
        fail("data.X_train", translate("project_parts", "must hold at least one point"))
    if n_train + n_test > MAX_POINTS:
        fail("data", _too_many_points(n_train + n_test))
    X_train = number_matrix(obj["X_train"], n_train, 2, "data.X_train", MAX_COORDINATE)
    X_test = number_matrix(obj["X_test"], n_test, 2, "data.X_test", MAX_COORDINATE).reshape(
        n_test, 2
    )
    y_train = _targets(obj["y_train"], n_train, task, classes, "data.y_train")
    y_test = _targets(obj["y_test"], n_test, task, classes, "data.y_test")
    return DataSnapshot(0, task, classes, X_train, y_train, X_test, y_test)


def _fit(raw: object, where: str) -> Fit:
    if not isinstance(raw, list) or len(raw) != 3:
        fail(
            where,
            translate(
                "project_parts", "must be [offset x1, offset x2, factor]; got {value}"
            ).format(value=shown(raw)),
        )
    values = number_vector(raw, 3, where, MAX_FIT)
    if not values[2] > 0:
        fail(
            where,
            translate("project_parts", "the factor must be above 0; got {value}").format(
                value=shown(raw[2])
            ),
        )
    return Fit(float(values[0]), float(values[1]), float(values[2]))


def own_points_part(
    raw: object, settings: TrainingSettings
) -> tuple[dict[str, PointSet], Fit | None]:
    """The own points kept aside, by task, and the fit of the shown own points."""
    if not isinstance(raw, dict):
        return {}, None
    fit = None
    if raw.get("fit") is not None:
        if raw.get("source") != "points":
            fail("data.fit", translate("project_parts", "belongs to points data"))
        fit = _fit(raw["fit"], "data.fit")
    kept = raw.get("painted")
    if kept is None:
        return {}, fit
    obj = json_object(kept, "data.painted", optional=TASKS)
    out: dict[str, PointSet] = {}
    first_id = 0
    for task, entry in obj.items():
        where = f"data.painted.{task}"
        if (
            settings.data_source == "painted"
            and task == settings.problem
            and raw.get("source") == "points"
        ):
            fail(
                where,
                translate(
                    "project_parts", "repeats the points on show; keep them in X_train and X_test"
                ),
            )
        entry = json_object(entry, where, required=POINT_SET_KEYS, optional=("fit",))
        n = list_length(entry["X"], f"{where}.X")
        if n > MAX_POINTS:
            fail(where, _too_many_points(n))
        X = number_matrix(entry["X"], n, 2, f"{where}.X", MAX_COORDINATE)
        classes = 0 if task == "regression" else datasets.MAX_CLASSES
        y = _targets(entry["y"], n, task, classes, f"{where}.y")
        train = entry["train"]
        if list_length(train, f"{where}.train") != n or not all(type(v) is bool for v in train):
            fail(
                f"{where}.train",
                translate("project_parts", "must hold {n} true/false values, one per point").format(
                    n=number(n, ",")
                ),
            )
        points = PointSet.from_flags(
            task, X, y, np.array(train, dtype=bool), settings.train_ratio, first_id
        )
        if entry.get("fit") is not None:
            points = points.with_fit(_fit(entry["fit"], f"{where}.fit"))
        first_id += n
        out[task] = points
    return out, fit


def _targets(raw: object, n: int, task: str, classes: int, where: str) -> np.ndarray:
    items = json_list(raw, where)
    if len(items) != n:
        fail(
            where,
            translate("project_parts", "must hold {n} values, one per point; got {count}").format(
                n=number(n, ","), count=number(len(items), ",")
            ),
        )
    if task == "regression":
        return number_vector(raw, n, where, MAX_TARGET)
    for i, v in enumerate(items):
        if not (is_int(v) or (type(v) is float and v.is_integer())) or not 0 <= v < classes:
            fail(
                f"{where}[{i}]",
                translate(
                    "project_parts", "must be a class label from 0 to {high}; got {value}"
                ).format(high=classes - 1, value=shown(v)),
            )
    return np.array(raw, dtype=np.float64).astype(np.int64).reshape(n)


def network_part(raw: object, settings: TrainingSettings, classes: int) -> Network:
    expected = validate_spec(settings.spec(classes))
    if raw is None:
        return Network.from_spec(expected, seed=settings.init_seed)
    obj = json_object(raw, "network", required=("spec", "params"), optional=("masks",))
    small_value(obj["spec"], "network.spec")
    try:
        spec = validate_spec(obj["spec"])
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"network.{one_line(exc)}") from None
    if spec != expected:
        fail(
            "network.spec",
            translate(
                "project_parts", "the network ({network}) does not match the settings ({settings})"
            ).format(network=_describe(spec), settings=_describe(expected)),
        )
    sizes = (
        [len(spec["features"])]
        + [h["units"] for h in spec["hidden"]]
        + [spec["output"].get("classes", 1) if spec["output"]["kind"] == "multiclass" else 1]
    )
    shapes = [(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]
    params_raw = obj["params"]
    if not isinstance(params_raw, list) or len(params_raw) != len(shapes):
        fail(
            "network.params",
            translate(
                "project_parts", "must be a list of {count} layers of {{W, b}}; got {value}"
            ).format(count=len(shapes), value=shown(params_raw)),
        )
    params = []
    for layer, ((fi, fo), entry) in enumerate(zip(shapes, params_raw)):
        where = f"network.params[{layer}]"
        entry = json_object(entry, where, required=("W", "b"))
        W = number_matrix(entry["W"], fi, fo, f"{where}.W", MAX_PARAMETER)
        b = number_vector(entry["b"], fo, f"{where}.b", MAX_PARAMETER)
        params.append((W.reshape(fi, fo), b))
    masks = None
    masks_raw = obj.get("masks")
    if masks_raw is not None:
        if not isinstance(masks_raw, list) or len(masks_raw) != len(shapes):
            fail(
                "network.masks",
                translate("project_parts", "must be a list of {count} layers of 0/1 arrays").format(
                    count=len(shapes)
                ),
            )
        masks = []
        for layer, ((fi, fo), m) in enumerate(zip(shapes, masks_raw)):
            arr = number_matrix(m, fi, fo, f"network.masks[{layer}]", 1.0).reshape(fi, fo)
            if not np.all((arr == 0.0) | (arr == 1.0)):
                fail(
                    f"network.masks[{layer}]",
                    translate("project_parts", "must hold only 0 (link off) and 1 (link on)"),
                )
            masks.append(arr != 0.0)
    try:
        return Network(spec, params, masks, seed=settings.init_seed)
    except (ValueError, TypeError) as exc:
        raise ProjectError(f"network: {one_line(exc)}") from None


def history_part(raw: object) -> LossHistory | None:
    if raw is None:
        return None
    obj = json_object(raw, "history", required=("limit", "stride", "rows"))
    limit = whole_number(obj["limit"], "history.limit", 4, MAX_HISTORY_LIMIT)
    stride = whole_number(obj["stride"], "history.stride", 1, MAX_COUNTER)
    rows = obj["rows"]
    if not isinstance(rows, list):
        fail(
            "history.rows",
            translate("project_parts", "must be a list of rows; got {value}").format(
                value=shown(rows)
            ),
        )
    if len(rows) > limit:
        fail(
            "history.rows",
            translate("project_parts", "holds {count} rows, more than its limit of {limit}").format(
                count=number(len(rows), ","), limit=number(limit, ",")
            ),
        )
    width = len(HISTORY_FIELDS)
    table = []
    for i, row in enumerate(rows):
        where = f"history.rows[{i}]"
        if not isinstance(row, list) or len(row) != width:
            fail(
                where,
                translate("project_parts", "must be a list of {count} values ({fields})").format(
                    count=width, fields=", ".join(HISTORY_FIELDS)
                ),
            )
        values = []
        for j, v in enumerate(row):
            if v is None and j > 0:
                values.append(math.nan)
            elif is_number(v) and math.isfinite(float(v)) and abs(float(v)) <= 1e300:
                values.append(float(v))
            else:
                fail(
                    f"{where}[{j}]",
                    (
                        translate("project_parts", "must be a finite number or null; got {value}")
                        if j
                        else translate("project_parts", "must be a finite number; got {value}")
                    ).format(value=shown(v)),
                )
        if not (0 <= values[0] <= MAX_EPOCH and values[0].is_integer()):
            fail(
                f"{where}[0]",
                translate(
                    "project_parts",
                    "the epoch must be a whole number from 0 to {high}; got {value}",
                ).format(high=number(MAX_EPOCH, ","), value=shown(row[0])),
            )
        table.append(tuple(values))
    return LossHistory.from_dict({"limit": limit, "stride": stride, "rows": table})


def compare_part(raw: object, where: str) -> tuple[list[dict], int]:
    obj = json_object(raw, where, required=("lanes",), optional=("focus",))
    lanes = obj["lanes"]
    if not isinstance(lanes, list) or not MIN_LANES <= len(lanes) <= MAX_LANES:
        fail(
            f"{where}.lanes",
            translate("project_parts", "must list {low} to {high} lanes; got {value}").format(
                low=MIN_LANES, high=MAX_LANES, value=shown(lanes)
            ),
        )
    checked = []
    for i, lane in enumerate(lanes):
        here = f"{where}.lanes[{i}]"
        small_value(lane, here)
        for key, value in json_object(lane, here).items():
            try:
                check_lane_value(key, value)
            except ValueError as exc:
                fail(f"{here}.{key}", one_line(exc))
        checked.append(_no_negative_zero(lane))
    focus = whole_number(obj.get("focus", 0), f"{where}.focus", 0, len(lanes) - 1)
    return checked, focus


def _no_negative_zero(values: dict) -> dict:
    """-0.0 passes "at least 0" but not NumPy's random generators (a noise of -0.0 is
    refused by them as a scale below 0): it is read as 0.0."""
    return {k: 0.0 if type(v) is float and v == 0.0 else v for k, v in values.items()}


def _too_many_points(n: int) -> str:
    return translate("project_parts", "{count} points; at most {limit} are allowed").format(
        count=number(n, ","), limit=number(MAX_POINTS, ",")
    )


def _describe(spec: dict) -> str:
    hidden = spec["hidden"]
    sizes = [len(spec["features"]), *(h["units"] for h in hidden)]
    acts = sorted({h["activation"] for h in hidden})
    out = spec["output"]
    kind = out["kind"] + (f" with {out['classes']} classes" if out.get("classes") else "")
    return (
        f"features {', '.join(spec['features'])}; sizes {'-'.join(map(str, sizes))}"
        f"{'; ' + '/'.join(acts) if acts else ''}; {kind} output"
    )
