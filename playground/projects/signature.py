"""A digest of the work, to tell whether it differs from its saved file: the same for a
session (in the worker thread) and for the snapshot the window shows of it."""

from __future__ import annotations

import hashlib

import numpy as np

from playground.core.session import Session
from playground.core.snapshot import Snapshot


def _signature(settings, epoch, steps, data_version, weights, biases, masks) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((settings, int(epoch), int(steps), int(data_version))).encode())
    for a in (*weights, *biases, *masks):
        a = np.ascontiguousarray(a)
        h.update(repr(a.shape).encode())
        h.update(a.tobytes())
    return h.hexdigest()


def session_signature(s: Session) -> str:
    net = s.trainer.network
    return _signature(
        s.settings,
        s.trainer.epoch,
        s.trainer.steps,
        s.data.version,
        [W for W, _ in net.params],
        [b for _, b in net.params],
        net.masks,
    )


def snapshot_signature(snap: Snapshot) -> str:
    return _signature(
        snap.settings,
        snap.epoch,
        snap.steps,
        snap.data.version,
        snap.weights,
        snap.biases,
        snap.masks,
    )
