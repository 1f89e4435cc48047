"""BLAS threads while the engine trains, whatever was imported first.

The engine's matrices are small: a second BLAS thread gains nothing on them, and on a
machine with other work it spins on a core the window (or anything else) needs. Setting
``OPENBLAS_NUM_THREADS`` works only before NumPy loads, and a notebook, a test runner or a
user's script has usually imported NumPy before the engine; then the 10 × 64 network's
epoch took 70 ms instead of 6.7 ms on a busy machine. So the engine limits BLAS threads
at run time, with threadpoolctl, around its training loops (see
:class:`~engine.trainer.Trainer`'s ``blas_threads``), and puts the count back after.

Only the ``get``/``set`` calls of threadpoolctl's library controllers run per call (about
a microsecond when the count is already right), since a whole ``threadpool_limits``
re-scans the loaded libraries (6 µs) and a small network's step takes 25 µs.

NumPy 2.4's OpenBLAS (0.3.31) ignores a count set from a thread other than the main one:
the app sets it in the GUI thread when it starts its worker (playground/compute/
worker_thread.py); a notebook that trains in a thread of its own can do the same.
"""

from __future__ import annotations

import threading
from typing import Any

from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

from engine.i18n import translate

_lock = threading.Lock()
_libraries: list[Any] | None = None  # threadpoolctl's controllers of the BLAS libraries loaded

Saved = list[tuple[Any, int]]  # threadpoolctl's library controllers and their counts


def _blas_libraries() -> list:
    global _libraries
    if _libraries is None:
        with _lock:
            if _libraries is None:
                _libraries = ThreadpoolController().select(user_api="blas").lib_controllers
    return _libraries


def limit_blas(threads: int | None) -> Saved:
    """Limit every loaded BLAS library to ``threads`` threads (None: leave them); return
    what :func:`restore_blas` needs to put the previous counts back."""
    if threads is None:
        return []
    saved = []
    for lib in _blas_libraries():
        before = lib.get_num_threads()
        if before is not None and before > threads:
            lib.set_num_threads(threads)
            saved.append((lib, before))
    return saved


def restore_blas(saved: Saved) -> None:
    """Undo a :func:`limit_blas`."""
    for lib, before in saved:
        lib.set_num_threads(before)


def check_blas_threads(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(
            translate(
                "threads", "blas_threads must be None or an integer of at least 1; got {value}"
            ).format(value=repr(value))
        )
    return value
