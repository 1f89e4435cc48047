"""The packaged app: the self-test, the startup probe, the resources, the icon, and (marked
``packaging``) a real PyInstaller build of ``dist/nn-playground/`` that must run offline.

The build is made once per test session, into a temporary folder, and only where
PyInstaller is installed (``pip install -e ".[build]"``); elsewhere those tests skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from playground.core import lessons

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
STEPS = ("resources", "window", "lesson", "training", "export", "close")
TARGET_BYTES = 250_000_000
# Qt modules the app does not use; none of their libraries may be in the folder.
LEFT_OUT = ("Qt6Network", "Qt6Qml", "Qt6Quick", "WebEngine", "Qt63D", "Multimedia", "Qt6Test")


def load_build_script():
    spec = importlib.util.spec_from_file_location("nn_playground_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_app(command: list[str], tmp_path: Path, env: dict | None = None, timeout: float = 120):
    """Run the app in a fresh process whose settings and autosaves land in ``tmp_path``."""
    base = dict(os.environ, PYTHONPATH=str(ROOT))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        base[var] = str(tmp_path / "home" / var.lower())
    base.update(env or {})
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env=base, cwd=tmp_path
    )


def assert_selftest_passed(done: subprocess.CompletedProcess, out: Path) -> None:
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for step in STEPS:
        assert any(line.strip().startswith(f"ok      {step}:") for line in lines), done.stdout
    assert "self-test passed" in lines[-1]
    assert "'offscreen' platform" in done.stdout
    assert "in a training process" in done.stdout  # the fastest speed, out of the GIL's way
    from PySide6.QtGui import QImage

    for name, size in (("selftest-boundary.png", (600, 600)), ("selftest-window.png", None)):
        image = QImage(str(out / name))
        assert not image.isNull(), name
        if size:
            assert (image.width(), image.height()) == size


def probe_lines(stdout: str) -> dict[str, float]:
    found = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "nn-playground-startup":
            found[parts[1]] = float(parts[2])
    return found


# ----------------------------------------------------------- from source (fast)
def test_selftest_from_source_forces_offscreen_and_leaves_nothing_behind(tmp_path):
    out = tmp_path / "pictures"
    # A platform that cannot work here: the self-test must not use it.
    # A mark in the environment, which the training process inherits.
    mark = f"nn-playground-test-{os.getpid()}-{tmp_path.name}"
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99999", "NN_PLAYGROUND_TEST_MARK": mark}
    done = run_app(
        [sys.executable, "-m", "playground", "selftest", "--out", str(out)], tmp_path, env
    )
    assert_selftest_passed(done, out)
    leftovers = [p for p in (tmp_path / "home").rglob("*") if p.is_file()]
    assert leftovers == [], "the self-test wrote into the user's settings or data"
    if Path("/proc/self/environ").exists():  # Linux: no process of the app outlives it
        assert processes_marked(mark) == []


def processes_marked(mark: str) -> list[str]:
    """Command lines of the running processes whose environment holds ``mark``."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and mark.encode() in (proc / "environ").read_bytes():
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def test_selftest_names_the_step_that_failed(tmp_path):
    done = run_app([sys.executable, "-m", "playground", "selftest", "--lesson", "99"], tmp_path)
    assert done.returncode == 1
    assert "FAILED  resources: 0 bundled lessons start with '99'" in done.stdout
    assert "self-test FAILED at 'resources'" in done.stdout.splitlines()[-1]


BROKEN_DRAWING = """
import sys
import playground.views.output_view as ov
draw = ov.OutputView.set_snapshot
calls = []
def broken(self, snap):
    calls.append(1)
    if len(calls) == 4:
        raise RuntimeError("a drawing error")
    return draw(self, snap)
ov.OutputView.set_snapshot = broken
from playground.__main__ import main
sys.exit(main(["selftest"]))
"""


def test_selftest_fails_when_the_window_raises_while_it_draws(tmp_path):
    # Qt prints an exception raised in a timer's callback and carries on; the self-test
    # must not: it names the step, the error, and exits 1 (cleanly, not with a crash).
    done = run_app([sys.executable, "-c", BROKEN_DRAWING], tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "the app raised RuntimeError: a drawing error" in done.stdout
    assert "self-test FAILED" in done.stdout.splitlines()[-1]


def test_selftest_is_listed_in_the_help(tmp_path):
    done = run_app([sys.executable, "-m", "playground", "--help"], tmp_path)
    assert done.returncode == 0 and "selftest" in done.stdout


def test_startup_probe_reports_the_first_window_and_closes(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "NN_PLAYGROUND_STARTUP_PROBE": "1"}
    done = run_app([sys.executable, "-m", "playground"], tmp_path, env, timeout=60)
    assert done.returncode == 0, done.stderr
    events = probe_lines(done.stdout)
    assert set(events) == {"first-paint", "first-frame"}
    assert all(0 < seconds < 60 for seconds in events.values())


def test_a_wheel_carries_the_lessons_and_icons_and_finds_them(tmp_path):
    """``pip install .`` (not editable) gets the resources inside the package."""
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("nn_playground-*.whl")
    site = tmp_path / "site"
    shutil.unpack_archive(wheel, site, format="zip")
    lessons_in_wheel = sorted(p.name for p in (site / "playground/resources/lessons").iterdir())
    assert lessons_in_wheel == sorted(p.name for p in lessons.LESSONS_DIR.glob("*.nnplay"))
    assert len(list((site / "playground/resources/icons").glob("nn-playground-*.png"))) == 7
    assert not list(site.rglob("make_*.py"))  # the scripts that draw them stay behind

    # The unpacked wheel alone, run from elsewhere, finds its own resources.
    def from_wheel(*args: str) -> subprocess.CompletedProcess:
        env = dict(os.environ, PYTHONPATH=str(site))
        run = [sys.executable, *args]
        return subprocess.run(
            run, capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path
        )

    done = from_wheel("-c", "import playground.core.lessons as l; print(l.RESOURCES_DIR)")
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == (site / "playground" / "resources").resolve()
    listed = from_wheel("-m", "playground", "lessons")
    assert listed.returncode == 0, listed.stderr
    assert "09-optimizers-compared" in listed.stdout


def test_resources_are_found_in_the_repository_and_in_a_frozen_app(monkeypatch, tmp_path):
    assert lessons.resources_dir() == ROOT / "resources"
    assert len(list(lessons.LESSONS_DIR.glob("*.nnplay"))) >= 8
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert lessons.resources_dir() == tmp_path / "resources"


def test_the_icon_exists_at_every_size_in_the_app_colours():
    from PIL import Image

    for size in SIZES:
        image = Image.open(ICONS / f"nn-playground-{size}.png").convert("RGBA")
        assert image.size == (size, size)
        if size >= 48:
            colours = {image.getpixel((x, y))[:3] for x in range(size) for y in range(size)}
            assert (8, 119, 189) in colours and (245, 147, 34) in colours
    ico = Image.open(ICONS / "nn-playground.ico")
    assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert (ICONS / "nn-playground.icns").stat().st_size > 0


def test_the_icon_script_draws_the_committed_icon(tmp_path):
    from PIL import Image, ImageChops

    spec = importlib.util.spec_from_file_location("make_icon", ICONS / "make_icon.py")
    make_icon = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icon)
    written = make_icon.write(tmp_path)
    assert {p.name for p in written} >= {f"nn-playground-{s}.png" for s in SIZES}
    for size in (32, 256):
        new = Image.open(tmp_path / f"nn-playground-{size}.png").convert("RGBA")
        old = Image.open(ICONS / f"nn-playground-{size}.png").convert("RGBA")
        # The same picture (resampling may differ by a shade between Pillow versions).
        assert max(high for _low, high in ImageChops.difference(new, old).getextrema()) <= 8


def test_the_window_has_the_app_icon(qapp):
    from playground.app.qt_app import make_app

    icon = make_app().windowIcon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (256, 256)} <= sizes


def test_the_desktop_entry_names_the_app_its_icon_and_project_files():
    entry = (PACKAGING / "nn-playground.desktop").read_text().splitlines()
    assert entry[0] == "[Desktop Entry]"
    keys = dict(line.split("=", 1) for line in entry[1:] if "=" in line)
    assert keys["Type"] == "Application" and keys["Name"] == "NN Playground"
    assert keys["Exec"] == "nn-playground %f" and keys["Icon"] == "nn-playground"
    assert keys["Categories"].endswith(";") and "Education" in keys["Categories"]
    assert "application/x-nn-playground" in keys["MimeType"]
    assert "*.nnplay" in (PACKAGING / "nn-playground-mime.xml").read_text()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(PACKAGING / "nn-playground.desktop")],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop entry")
def test_the_desktop_entry_installer_points_at_this_copy(tmp_path):
    folder = tmp_path / "copy of nn-playground"
    (folder / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, folder / "_internal" / "resources" / "icons")
    for name in ("nn-playground.desktop", "nn-playground-mime.xml", "install-desktop-entry.sh"):
        shutil.copy2(PACKAGING / name, folder / name)
    app = folder / "nn-playground"
    app.write_text("#!/bin/sh\n")
    app.chmod(0o755)
    data = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    script = str(folder / "install-desktop-entry.sh")
    done = subprocess.run(["sh", script], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "nn-playground.desktop").read_text()
    assert f'Exec="{app}" %f' in entry.splitlines()
    assert f"TryExec={app}" in entry.splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "nn-playground.png").is_file()
    assert (data / "mime" / "packages" / "nn-playground.xml").is_file()
    done = subprocess.run(["sh", script, "--remove"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and not (data / "applications" / "nn-playground.desktop").exists()


# ------------------------------------------------------- the frozen app (slow)
@pytest.fixture(scope="session")
def built_app(tmp_path_factory) -> Path:
    """``dist/nn-playground/`` built once per session, in a temporary folder."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (the build extra)")
    base = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    print(done.stdout.strip().splitlines()[-2])  # "Built ... in N s: M MB" (pytest -s shows it)
    return base / "dist" / "nn-playground"


def frozen(folder: Path) -> str:
    return str(load_build_script().cli_executable(folder))


def offline(command: list[str]) -> list[str]:
    """``command`` in a network namespace with no network at all, where that is possible."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
            if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
                return [*prefix, *command]
    return command


@pytest.mark.packaging
def test_the_folder_holds_the_app_its_resources_and_no_unused_qt(built_app):
    internal = built_app / "_internal"
    assert Path(frozen(built_app)).is_file()
    assert len(list((internal / "resources" / "lessons").glob("*.nnplay"))) >= 8
    assert len(list((internal / "resources" / "icons").glob("nn-playground-*.png"))) == len(SIZES)
    assert (built_app / "README.txt").is_file()
    if sys.platform.startswith("linux"):
        for name in ("nn-playground.desktop", "install-desktop-entry.sh"):
            assert (built_app / name).is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    if sys.platform != "darwin":
        assert any(p.name.startswith(("libqoffscreen", "qoffscreen")) for p in plugins.iterdir())
    names = [p.name for p in built_app.rglob("*")]
    for unused in LEFT_OUT:
        assert not [n for n in names if unused in n], unused
    assert not [n for n in names if n.startswith(("torch", "scipy", "matplotlib"))]
    size = load_build_script().folder_size(built_app)
    assert size < TARGET_BYTES, f"{size / 1e6:.0f} MB"


@pytest.mark.packaging
def test_the_frozen_app_passes_its_selftest_offline(built_app, tmp_path):
    out = tmp_path / "pictures"
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99999", "PYTHONPATH": ""}
    done = run_app(offline([frozen(built_app), "selftest", "--out", str(out)]), tmp_path, env)
    assert_selftest_passed(done, out)
    assert "frozen app" in done.stdout.splitlines()[0]


@pytest.mark.packaging
def test_the_frozen_app_has_its_command_line(built_app, tmp_path):
    app = frozen(built_app)
    done = run_app([app, "--help"], tmp_path, {"PYTHONPATH": ""})
    assert done.returncode == 0 and "selftest" in done.stdout
    done = run_app([app, "lessons"], tmp_path, {"PYTHONPATH": ""})
    assert done.returncode == 0 and len(done.stdout.splitlines()) >= 8
    # Headless training with a report and an animated GIF (Pillow's writer is bundled).
    report, gif = tmp_path / "report.json", tmp_path / "t.gif"
    done = run_app(
        offline([app, "run", "02", "-n", "5", "-q", "--report", str(report)])
        + ["--export-gif", str(gif)],
        tmp_path,
        {"PYTHONPATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text())["epochs"] == 5
    assert gif.read_bytes()[:6] == b"GIF89a"


@pytest.mark.packaging
def test_the_frozen_app_reports_its_first_window(built_app, tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "NN_PLAYGROUND_STARTUP_PROBE": "1", "PYTHONPATH": ""}
    done = run_app(offline([frozen(built_app)]), tmp_path, env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert set(probe_lines(done.stdout)) == {"first-paint", "first-frame"}
