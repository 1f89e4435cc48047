"""The project file format's name, version and suffix (``.nnplay``).

A module of its own, with no imports: the window names its files and autosaves from the
start, while the schema and its checks (playground.core.project) are imported when a
project is first opened, saved or handed in.
"""

from __future__ import annotations

FORMAT = "nn-playground-project"
VERSION = 1
SUFFIX = ".nnplay"
