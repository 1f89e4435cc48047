"""The frozen app's entry point: the same ``main`` as ``nn-playground`` and ``python -m playground``."""

import sys

from playground.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
