"""The frozen app's entry point: the same ``main`` as ``nn-playground`` and ``python -m playground``."""

import multiprocessing
import sys

from playground.__main__ import main

if __name__ == "__main__":
    # The training process (playground.compute.train_process) is this executable started again:
    # freeze_support runs it instead of the app (PyInstaller's multiprocessing hook).
    multiprocessing.freeze_support()
    sys.exit(main())
