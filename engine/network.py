"""A fully connected network on 2-D points, with hand-written backpropagation.

All parameters live in one flat vector; every ``W`` and ``b`` is a view into it, and the
gradients likewise. An optimizer update, the divergence check, the link masks
and the regularization are then each one vectorised call over the whole network,
which is what makes a training step on a tiny network cheap in NumPy.

The vector is float64 unless the network is built with ``dtype="float32"``: a float32
network trains in float32 throughout (its features, targets, gradients and optimizer
memory too), about twice as fast on a large network (float32 matrix products take half
the time of float64's here, tanh a seventh). Its weights are the float64 network's for the
same seed, rounded; training stays deterministic per dtype.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import DTypeLike

import engine.tfp as tfp
from engine.activations import Activation, get_activation
from engine.batch_passes import bias_grads
from engine.features import compute_features
from engine.i18n import translate
from engine.outputs import OutputHead
from engine.spec import output_units, validate_spec
from engine.validation import (
    check_dtype,
    check_layer,
    check_points,
    check_rate,
    check_seed,
    check_targets,
    float_array,
)

VIEW_BOX = (-6.0, 6.0)
INIT_SCHEMES = ("auto", "zeros")


@dataclass
class ForwardCache:
    """What the backward pass needs from the forward pass: z and a of every layer."""

    zs: list[np.ndarray]  # pre-activations of the hidden layers
    acts: list[np.ndarray]  # acts[0] = input features, acts[l + 1] = output of hidden layer l
    logits: np.ndarray


def init_layer(
    rng: np.random.Generator, fan_in: int, fan_out: int, he: bool, scheme: str = "auto"
) -> tuple[np.ndarray, np.ndarray]:
    """Glorot-uniform (He-uniform for ReLU-like layers) weights and zero biases."""
    if scheme == "zeros":
        return np.zeros((fan_in, fan_out)), np.zeros(fan_out)
    limit = np.sqrt(6.0 / fan_in) if he else np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out)), np.zeros(fan_out)


class Network:
    """A feed-forward network: input features, hidden layers, and an output head.

    Build one with :meth:`from_spec`. ``params`` is a list of ``[W, b]`` per layer, with
    ``W`` of shape (fan_in, fan_out); they are views into the network's storage, so write
    into them in place (``W[...] = values``) to change the network.
    """

    def __init__(
        self,
        spec: dict,
        params: Sequence[Sequence[np.ndarray]],  # (W, b) per layer
        masks: list[np.ndarray] | None = None,
        seed: int = 0,
        dtype: DTypeLike = "float64",
    ) -> None:
        self._dtype = check_dtype(dtype)
        self._spec = validate_spec(spec)
        sizes = self.layer_sizes
        if len(params) != len(sizes) - 1:
            raise ValueError(
                translate(
                    "network", "params must have {count} layers for this spec; got {value}"
                ).format(count=len(sizes) - 1, value=len(params))
            )
        self._activations: list[Activation] = [
            get_activation(layer["activation"]) for layer in self._spec["hidden"]
        ]
        self.head = OutputHead.for_spec(self._spec)
        self._rng = np.random.default_rng([seed, 1])  # for parts added later by edits
        self._seed = seed

        shapes = [(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]
        total = sum(fi * fo + fo for fi, fo in shapes)
        self._flat = np.zeros(total, self._dtype)
        self._gflat = np.zeros(total, self._dtype)
        self._mask = np.ones(total, self._dtype)  # 0 at disabled links
        # 1 at weights, 0 at biases: what regularization sees
        self._wsel = np.zeros(total, self._dtype)
        self._params: list[list[np.ndarray]] = []
        self._grads: list[tuple[np.ndarray, np.ndarray]] = []
        self._mask_views: list[np.ndarray] = []
        offset = 0
        for layer, (fi, fo) in enumerate(shapes):
            W_src, b_src = check_layer(layer, params[layer], (fi, fo))
            w_end = offset + fi * fo
            b_end = w_end + fo
            W = self._flat[offset:w_end].reshape(fi, fo)
            b = self._flat[w_end:b_end]
            W[...] = W_src
            b[...] = b_src
            self._params.append([W, b])
            self._grads.append(
                (self._gflat[offset:w_end].reshape(fi, fo), self._gflat[w_end:b_end])
            )
            self._mask_views.append(self._mask[offset:w_end].reshape(fi, fo))
            self._wsel[offset:w_end] = 1.0
            offset = b_end
        if masks is not None:
            if len(masks) != len(shapes):
                raise ValueError(
                    translate("network", "masks must have {count} layers; got {value}").format(
                        count=len(shapes), value=len(masks)
                    )
                )
            for layer, m in enumerate(masks):
                m = np.asarray(m)
                if m.shape != shapes[layer]:
                    raise ValueError(
                        translate(
                            "network", "masks[{layer}] must have shape {shape}; got {value}"
                        ).format(layer=layer, shape=shapes[layer], value=m.shape)
                    )
                self._mask_views[layer][...] = m.astype(bool)
        self._refresh_mask()
        self._grid_cache: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

    # ----------------------------------------------------------------- building
    @classmethod
    def from_spec(
        cls, spec: dict, seed: int = 0, init: str = "auto", dtype: DTypeLike = "float64"
    ) -> Network:
        """A new network for ``spec``, initialised from ``seed``, in ``dtype`` (float64 or
        float32; a float32 network's weights are the float64 one's, rounded).

        ``init="auto"`` draws Glorot-uniform weights for tanh, sigmoid and linear layers and
        He-uniform weights for the ReLU family (and the output layer is Glorot); biases
        start at zero (TensorFlow Playground's loss, "tfp": U(−0.5, 0.5) and 0.1, as it
        does). ``init="zeros"`` sets everything to zero.
        """
        if init not in INIT_SCHEMES:
            raise ValueError(
                translate("network", "init must be one of {choices}; got {value}").format(
                    choices=", ".join(INIT_SCHEMES), value=repr(init)
                )
            )
        check_seed(seed)
        norm = validate_spec(spec)
        rng = np.random.default_rng(seed)
        sizes = (
            [len(norm["features"])] + [h["units"] for h in norm["hidden"]] + [output_units(norm)]
        )
        he = [get_activation(h["activation"]).he_init for h in norm["hidden"]] + [False]
        make = tfp.init_layer if init == "auto" and tfp.chosen(norm) else init_layer
        params = [make(rng, sizes[i], sizes[i + 1], he[i], init) for i in range(len(sizes) - 1)]
        return cls(norm, params, seed=int(seed), dtype=dtype)

    def copy(self) -> Network:
        """An independent network with the same spec, parameters, masks and dtype."""
        return self.astype(self._dtype)

    def astype(self, dtype: DTypeLike) -> Network:
        """An independent copy of this network in ``dtype`` (float32 → float64 is exact)."""
        params = [(W, b) for W, b in self._params]
        clone = Network(self._spec, params, self.masks, self._seed, dtype=dtype)
        clone._rng = np.random.default_rng()
        clone._rng.bit_generator.state = self._rng.bit_generator.state
        return clone

    # ------------------------------------------------------------- description
    @property
    def param_vector(self) -> np.ndarray:
        """Every weight and bias as one flat vector (a view: writing it changes the network)."""
        return self._flat

    @property
    def grad_vector(self) -> np.ndarray:
        """The last computed gradient, laid out as :attr:`param_vector` (a view)."""
        return self._gflat

    @property
    def dtype(self) -> np.dtype:
        """float64 or float32: what the network's numbers and its training are held in."""
        return self._dtype

    @property
    def seed(self) -> int:
        """The seed the weights were first drawn from (kept through edits)."""
        return self._seed

    @property
    def spec(self) -> dict:
        """A copy of the validated spec."""
        return validate_spec(self._spec)

    @property
    def features(self) -> list[str]:
        return list(self._spec["features"])

    @property
    def layer_sizes(self) -> list[int]:
        """Widths from the input features to the output, e.g. [2, 4, 2, 1]."""
        return (
            [len(self._spec["features"])]
            + [h["units"] for h in self._spec["hidden"]]
            + [output_units(self._spec)]
        )

    @property
    def activations(self) -> list[Activation]:
        """The activation of each hidden layer."""
        return list(self._activations)

    @property
    def params(self) -> list[list[np.ndarray]]:
        """``[W, b]`` per layer; writable views into the network's storage."""
        return self._params

    @property
    def grads(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """``(dW, db)`` per layer from the most recent backward pass (views; copy to keep)."""
        return self._grads

    @property
    def masks(self) -> list[np.ndarray]:
        """Per layer, a bool array shaped like ``W``: False where the link is disabled."""
        return [m.astype(bool) for m in self._mask_views]

    @property
    def n_params(self) -> int:
        return self._flat.size

    # ------------------------------------------------------------------- links
    def set_link_enabled(self, layer: int, i: int, j: int, enabled: bool) -> None:
        """Enable or disable the link from unit ``i`` of layer input to unit ``j``.

        A disabled link's weight is set to 0 and stays exactly 0: it gets no gradient.
        """
        self._check_link(layer, i, j)
        self._mask_views[layer][i, j] = 1.0 if enabled else 0.0
        self._refresh_mask()

    def is_link_enabled(self, layer: int, i: int, j: int) -> bool:
        self._check_link(layer, i, j)
        return bool(self._mask_views[layer][i, j])

    def _check_link(self, layer: int, i: int, j: int) -> None:
        sizes = self.layer_sizes
        if not 0 <= layer < len(sizes) - 1:
            raise ValueError(f"layer must be from 0 to {len(sizes) - 2}; got {layer}")
        if not (0 <= i < sizes[layer] and 0 <= j < sizes[layer + 1]):
            raise ValueError(
                f"link ({i}, {j}) is outside layer {layer}, which is {sizes[layer]}×{sizes[layer + 1]}"
            )

    def _refresh_mask(self) -> None:
        self._has_mask = bool(np.any(self._mask == 0.0))
        if self._has_mask:
            self._flat *= self._mask
        self._reg_sel = self._wsel * self._mask

    # -------------------------------------------------------------- the passes
    def compute_features(self, X: np.ndarray) -> np.ndarray:
        """The (n, n_features) input matrix for raw points X of shape (n, 2)."""
        return compute_features(self._spec["features"], X)

    def forward(self, F: np.ndarray) -> ForwardCache:
        """Forward pass on a feature matrix, keeping every z and a for backpropagation."""
        zs: list[np.ndarray] = []
        acts = [F]
        a = F
        params = self._params
        for layer, act in enumerate(self._activations):
            W, b = params[layer]
            z = a @ W
            z += b
            a = act.fn(z)
            zs.append(z)
            acts.append(a)
        W, b = params[-1]
        logits = a @ W
        logits += b
        return ForwardCache(zs, acts, logits)

    def logits(self, F: np.ndarray) -> np.ndarray:
        """Logits for a feature matrix, without keeping intermediates."""
        a = F
        for (W, b), act in zip(self._params, self._activations):
            z = a @ W
            z += b  # the same sums as a @ W + b, without a third array of the layer's size
            del a  # each array goes as soon as the next is made: a large set's peak (the
            a = act.fn(z)  # training process, 100,000 points) is two of them, not three
            del z
        W, b = self._params[-1]
        return a @ W + b

    def backward(self, cache: ForwardCache, delta: np.ndarray) -> None:
        """Backpropagate ∂L/∂logits, writing ∂L/∂W and ∂L/∂b into :attr:`grads`.

        Penalties and masks are not applied here; see :meth:`finish_grads`.
        """
        acts, zs = cache.acts, cache.zs
        params, grads, activations = self._params, self._grads, self._activations
        for layer in range(len(params) - 1, -1, -1):
            gW, gb = grads[layer]
            np.dot(acts[layer].T, delta, out=gW)
            bias_grads(delta, gb)
            if layer:
                da = delta @ params[layer][0].T
                da *= activations[layer - 1].grad(zs[layer - 1], acts[layer])
                delta = da

    def finish_grads(self, l1: float, l2: float) -> None:
        """Add the regularization gradient and zero the gradient of disabled links."""
        if l2:
            self._gflat += l2 * (self._flat * self._reg_sel)
        if l1:
            self._gflat += l1 * (np.sign(self._flat) * self._reg_sel)
        if self._has_mask:
            self._gflat *= self._mask

    def penalty(self, l1: float, l2: float) -> float:
        """l1·Σ|W| + l2·½ΣW² over the weights (never the biases)."""
        total = 0.0
        if l1:
            total += l1 * float(np.dot(np.abs(self._flat), self._wsel))
        if l2:
            total += l2 * 0.5 * float(np.dot(self._flat * self._flat, self._wsel))
        return total

    # ---------------------------------------------------------- public contract
    def loss_and_grads(
        self, X: np.ndarray, y: np.ndarray, l1: float = 0.0, l2: float = 0.0
    ) -> tuple[float, list[tuple[np.ndarray, np.ndarray]]]:
        """Mean loss (plus penalty) on points ``X`` (n, 2) with labels or values ``y`` (n,),
        and its gradient ``[(dW, db), ...]`` per layer (fresh arrays)."""
        X = check_points(X)
        y = check_targets(y, X.shape[0], self.head)
        l1, l2 = check_rate("l1", l1), check_rate("l2", l2)
        T = self.head.encode_targets(y).astype(self._dtype, copy=False)
        cache = self.forward(self.compute_features(X).astype(self._dtype, copy=False))
        loss = self.head.loss(cache.logits, T) + self.penalty(l1, l2)
        self.backward(cache, self.head.grad_logits(cache.logits, T))
        self.finish_grads(l1, l2)
        return loss, [(dW.copy(), db.copy()) for dW, db in self._grads]

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Binary: (n,) P(class 1); multiclass: (n, k) probabilities; regression: (n,)."""
        X = check_points(X)
        return self.head.predict(self.logits(self.compute_features(X)))

    def evaluate(self, X: np.ndarray, y: np.ndarray) -> tuple[float, float | None]:
        """Mean data loss (no penalty) and accuracy (None for regression) on ``X, y``."""
        X = check_points(X)
        y = check_targets(y, X.shape[0], self.head)
        return self.evaluate_features(self.compute_features(X), self.head.encode_targets(y))

    def evaluate_features(self, F: np.ndarray, T: np.ndarray) -> tuple[float, float | None]:
        if F.shape[0] == 0:
            return float("nan"), None
        logits = self.logits(F)
        return self.head.loss(logits, T), self.head.accuracy(logits, T)

    # ------------------------------------------------------------------- views
    def grid_maps(
        self,
        resolution: int = 100,
        extent: tuple[float, float] = VIEW_BOX,
        neurons: bool = True,
        dtype: DTypeLike = np.float64,
        rows: tuple[int, int] | None = None,
    ) -> dict:
        """Everything the views draw, from one batched pass over an R×R grid.

        Cell (i, j) is the point x1 = centres[j], x2 = centres[i] (row 0 at the bottom).
        Returns ``{"centres", "extent", "output", "features", "neurons"}``: ``output`` is
        (R, R) for binary (P(class 1)) and regression, (R, R, k) for multiclass;
        ``features`` is (n_features, R, R); ``neurons`` has one (units, R, R) per hidden layer
        (empty when ``neurons`` is False, which skips keeping them). ``dtype`` float32
        is for display: a 6 × 8 tanh network's 100 × 100 map takes a quarter of the time.
        ``rows=(r0, r1)`` computes only the grid's rows r0 ≤ i < r1 (``output`` and the
        neurons' maps then have r1 − r0 rows), so that a large map can be made in parts.
        """
        if not isinstance(resolution, (int, np.integer)) or not 2 <= resolution <= 1000:
            raise ValueError(f"resolution must be an integer from 2 to 1000; got {resolution!r}")
        lo, hi = float(extent[0]), float(extent[1])
        if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
            raise ValueError(f"extent must be two finite numbers lo < hi; got {extent!r}")
        dtype = np.dtype(dtype)
        if dtype not in (np.float32, np.float64):
            raise ValueError(f"dtype must be float32 or float64; got {dtype}")
        key = (int(resolution), lo, hi, tuple(self._spec["features"]), dtype)
        if key not in self._grid_cache:
            if len(self._grid_cache) >= 8:  # the views use a few resolutions and two dtypes
                self._grid_cache.clear()
            centres = lo + (np.arange(resolution) + 0.5) * ((hi - lo) / resolution)
            gx1, gx2 = np.meshgrid(centres, centres)
            points = np.column_stack([gx1.ravel(), gx2.ravel()])
            # Units × points layout: every layer's activations are then contiguous rows,
            # and each neuron's map is a free reshape instead of a transposed copy.
            features = np.ascontiguousarray(self.compute_features(points).T, dtype=dtype)
            self._grid_cache[key] = (centres, features)
        centres, FT = self._grid_cache[key]
        R = int(resolution)
        a = FT
        r0, r1 = (0, R) if rows is None else (int(rows[0]), int(rows[1]))
        if not 0 <= r0 < r1 <= R:
            raise ValueError(f"rows must be 0 <= r0 < r1 <= {R}; got {rows!r}")
        if rows is not None:
            a = np.ascontiguousarray(FT[:, r0 * R : r1 * R])
        hidden = []
        # A deep network near divergence (lr 10, say) overflows float32 here: the map shows
        # inf/NaN as the trainer's divergence check decides, without a RuntimeWarning each frame.
        with np.errstate(over="ignore", invalid="ignore"):
            for (W, b), act in zip(self._params, self._activations):
                z = W.T.astype(dtype, copy=False) @ a
                z += b[:, None]
                a = act.fn(z)
                if neurons:
                    hidden.append(a.reshape(-1, r1 - r0, R))
            W, b = self._params[-1]
            logits = W.T.astype(dtype, copy=False) @ a
            logits += b[:, None]
            output = self.head.predict(logits.T)
        return {
            "centres": centres.copy(),
            "extent": (lo, hi),
            "output": output.reshape(r1 - r0, R, -1) if output.ndim == 2 else output.reshape(-1, R),
            "features": FT.reshape(-1, R, R)[:, r0:r1].copy(),
            "neurons": hidden,
        }

    # --------------------------------------------------------------- storage
    def to_dict(self) -> dict:
        """Plain JSON-friendly data: spec, parameters and masks."""
        return {
            "spec": self.spec,
            "params": [{"W": W.tolist(), "b": b.tolist()} for W, b in self._params],
            "masks": [m.astype(int).tolist() for m in self.masks],
        }

    @classmethod
    def from_dict(cls, data: dict, dtype: DTypeLike = "float64") -> Network:
        """Rebuild a network written by :meth:`to_dict`; every shape and number is checked.
        A float32 network's JSON floats are its float32 values exactly, so reading them
        back with ``dtype="float32"`` gives the same weights bit for bit."""
        if not isinstance(data, dict) or "spec" not in data or "params" not in data:
            raise ValueError(
                translate("network", "network data must be a dict with spec and params")
            )
        spec = validate_spec(data["spec"])
        raw = data["params"]
        if not isinstance(raw, list):
            raise ValueError(
                translate("network", "network params must be a list of {W, b} per layer")
            )
        params = []
        for layer, entry in enumerate(raw):
            if not isinstance(entry, dict) or "W" not in entry or "b" not in entry:
                raise ValueError(
                    translate("network", "network params[{layer}] must have W and b").format(
                        layer=layer
                    )
                )
            params.append(
                (
                    float_array(entry["W"], f"params[{layer}].W"),
                    float_array(entry["b"], f"params[{layer}].b"),
                )
            )
        masks = data.get("masks")
        if masks is not None:
            if not isinstance(masks, list):
                raise ValueError(
                    translate("network", "network masks must be a list of 0/1 arrays per layer")
                )
            masks = [float_array(m, f"masks[{i}]") != 0 for i, m in enumerate(masks)]
        return cls(spec, params, masks, dtype=dtype)

    def __repr__(self) -> str:
        acts = ", ".join(a.name for a in self._activations) or "no hidden layers"
        sizes = "-".join(map(str, self.layer_sizes))
        return f"Network({sizes}, {acts}, {self.head.kind})"
