"""NN Playground's desktop app (PySide6 + pyqtgraph). The engine lives in ``engine``."""

import os

# One BLAS thread: the worker's matrices are small, and a second BLAS thread spinning on
# the other core takes that core from the GUI thread (measured: 7x slower steps when the
# machine is busy). Set here, before NumPy loads, no second thread is even started; when
# NumPy was loaded first, these come too late, and the worker thread and the training
# process limit BLAS at run time instead (threadpoolctl, engine/threads.py).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
