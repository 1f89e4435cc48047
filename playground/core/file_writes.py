"""Writing into a device or a pipe (``/dev/full``, ``/dev/stdout``), which is not replaced.

A whole-file save writes a temporary file and renames it over the target. Over a device
that would swap the device node for a plain file (or, where the folder is writable, as
root in /dev, "succeed" without writing anything where it was meant to go), so such a
target is written in place instead, and every error of that write is reported.
"""

from __future__ import annotations

import errno
import os
import stat


def is_device_or_pipe(path: str | os.PathLike) -> bool:
    """``path`` exists and is neither a regular file nor a folder (symbolic links followed)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def write_in_place(path: str | os.PathLike, payload: bytes) -> None:
    """Write all of ``payload`` into ``path``; raise OSError if any of it could not be."""
    with open(path, "wb", buffering=0) as out:
        view, written = memoryview(payload), 0
        while written < len(payload):
            n = out.write(view[written:])
            if not n:
                raise OSError(errno.EIO, "the device took nothing more")
            written += n
