"""A save that cannot be written completely fails, says why, and the old file stays
(issue 21, item 10): a full device, a full disk, a folder that vanishes while saving."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from playground.core.project import load_project, project_from_session
from playground.core.session import Session
from playground.projects import saving
from playground.projects.saving import save_project
from tests.test_file_actions import dialogs  # noqa: F401 (a fixture: dialogs answer themselves)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def full(tmp_path) -> Path:
    """A device every write to fails with "No space left on device", as /dev/full does.

    As root a copy of /dev/full is made in a temporary folder: were the fix missing, the
    test would replace it and not the machine's /dev/full."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        path = tmp_path / "full"
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        return path
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    return Path("/dev/full")


def is_device(path: Path) -> bool:
    return stat.S_ISCHR(os.stat(path).st_mode)


def test_saving_to_a_full_device_fails_and_the_device_stays(full):
    with pytest.raises(OSError, match="No space left on device") as failed:
        save_project(full, project_from_session(Session()))
    assert str(failed.value).startswith(f"Could not save {full}")
    assert is_device(full)


def test_a_full_disk_fails_clearly_and_keeps_the_old_file(tmp_path):
    pytest.importorskip("resource")
    path = tmp_path / "work.nnplay"
    save_project(path, project_from_session(Session()))
    old = path.read_bytes()
    # A file size limit makes the disk "full" for this process: writes past 1 KB fail.
    script = textwrap.dedent(
        f"""
        import resource, signal
        from playground.core.project import project_from_session
        from playground.core.session import Session
        from playground.core.settings import TrainingSettings
        from playground.projects.saving import save_project

        data = project_from_session(Session(TrainingSettings(hidden=(8, 8))))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
        try:
            save_project({str(path)!r}, data)
        except OSError as exc:
            print(exc)
        else:
            print("saved")
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    message = done.stdout.strip()
    assert message.startswith(f"Could not save {path}: "), message
    assert "Unknown error" not in message  # Qt's word for a failed flush says nothing
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.nnplay"]  # no temporary left


def test_a_folder_that_vanishes_while_saving_fails(tmp_path, monkeypatch):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = folder / "work.nnplay"

    class Unplugged(saving.QSaveFile):
        def write(self, data):  # the folder goes away once the writing has begun
            shutil.rmtree(folder, ignore_errors=True)
            return super().write(data)

    monkeypatch.setattr(saving, "SaveFile", Unplugged)
    with pytest.raises(OSError, match=f"Could not save {path}"):
        save_project(path, project_from_session(Session()))
    assert not folder.exists()


def test_the_cli_reports_a_save_or_report_that_cannot_be_written(full, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for option in ("--save", "--report"):
        done = subprocess.run(
            [sys.executable, "-m", "playground", "run", "01", "-n", "2", "-q", option, str(full)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=ROOT,
        )
        assert done.returncode == 1, (option, done.stderr)
        (line,) = done.stderr.strip().splitlines()
        assert line.startswith("nn-playground: error:") and "No space left on device" in line
        assert is_device(full)


def test_the_window_says_a_save_failed_and_keeps_its_work_unsaved(window, dialogs, full):  # noqa: F811
    answers, asked = dialogs
    w = window()
    assert not w.file_actions.save_to(full)
    assert any(kind == "warning" and "No space left on device" in text for kind, _, text in asked)
    status = w.statusBar().currentMessage()
    assert status.startswith(f"Cannot save {full.name}") and "No space left" in status
    assert w.file_actions.path is None and is_device(full)


def test_a_save_that_works_still_writes_a_file_that_opens(tmp_path):
    path = tmp_path / "work.nnplay"
    save_project(path, project_from_session(Session()))
    assert load_project(path).epoch == 0
