"""Compiles the translations (resources/translations/*.ts -> .qm) whenever the package is
built or installed, editable installs included; everything else is in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        # Qt's lrelease comes with PySide6, which pyproject.toml's build requirements bring.
        subprocess.run(
            [sys.executable, str(HERE / "packaging" / "translations.py"), "compile"],
            check=True,
            cwd=HERE,
        )
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
