"""Build the one-folder app ``dist/nn-playground/`` with PyInstaller.

    pip install -e ".[build]"
    python packaging/build.py [--selftest] [--dist DIR] [--work DIR]

It runs PyInstaller on ``packaging/nn-playground.spec``, adds the folder's README and, on
Linux, the desktop entry with its installer script, then prints the build time and the
folder's size. ``--selftest`` runs the built app's ``selftest`` afterwards (and fails the
build if it fails). The same command builds on Windows and macOS, for the system it runs
on: PyInstaller does not cross-compile.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "nn-playground"
SPEC = HERE / f"{NAME}.spec"
LINUX_EXTRAS = ("nn-playground.desktop", "nn-playground-mime.xml", "install-desktop-entry.sh")


def app_folder(dist: Path) -> Path:
    return dist / NAME


def cli_executable(folder: Path) -> Path:
    """The executable that prints to a terminal (on Windows the app's twin ``-cli.exe``)."""
    if sys.platform == "win32":
        return folder / f"{NAME}-cli.exe"
    return folder / NAME


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (a link counts as nothing: it is not a copy)."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def build(dist: Path, work: Path, quiet: bool = True) -> float:
    """Run PyInstaller and add the extra files; returns the seconds it took."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            'PyInstaller is not installed: pip install -e ".[build]" (or pip install pyinstaller)'
        ) from None
    started = time.perf_counter()
    # The translations compiled fresh from the .ts files (the spec bundles the .qm files).
    subprocess.run([sys.executable, str(HERE / "translations.py"), "compile"], check=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
        str(SPEC),
    ]
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit code {done.returncode})")
    folder = app_folder(dist)
    shutil.copyfile(HERE / "README-app.txt", folder / "README.txt")
    if sys.platform.startswith("linux"):
        for name in LINUX_EXTRAS:
            shutil.copy2(HERE / name, folder / name)
    return time.perf_counter() - started


def run_selftest(folder: Path) -> int:
    command = [str(cli_executable(folder)), "selftest"]
    print("$ " + " ".join(command), flush=True)
    return subprocess.run(command).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the one-folder NN Playground app with PyInstaller."
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the app folder goes (dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)"
    )
    parser.add_argument(
        "--selftest", action="store_true", help="run the built app's self-test afterwards"
    )
    parser.add_argument("--verbose", action="store_true", help="all of PyInstaller's output")
    args = parser.parse_args(argv)

    seconds = build(args.dist.resolve(), args.work.resolve(), quiet=not args.verbose)
    folder = app_folder(args.dist.resolve())
    size = folder_size(folder)
    print(f"Built {folder} in {seconds:.0f} s: {size / 1e6:.0f} MB ({size:,} bytes)")
    print(f"Check it with: {cli_executable(folder)} selftest")
    if args.selftest:
        return run_selftest(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
