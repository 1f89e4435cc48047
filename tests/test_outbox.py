"""The training process's replies go out from a thread of their own (compute/outbox): in
order, without the sender waiting for a reader, and all of them before the child exits."""

from __future__ import annotations

import multiprocessing
import threading

import numpy as np

from playground.compute.outbox import Outbox


def test_replies_larger_than_the_pipe_leave_at_once_and_in_order():
    mine, theirs = multiprocessing.Pipe()
    outbox = Outbox(mine)
    big = [np.full(500_000, float(k)) for k in range(3)]  # 4 MB each: far more than a pipe
    for message in big:
        outbox.send(message)  # nobody reads yet: a plain conn.send would block here
    outbox.send("last")
    for k in range(3):
        assert np.array_equal(theirs.recv(), big[k])
    assert theirs.recv() == "last"
    outbox.close()


def test_close_sends_what_is_queued_first():
    mine, theirs = multiprocessing.Pipe()
    outbox = Outbox(mine)
    for k in range(50):
        outbox.send(("report", k))
    got = []
    # close() waits for the thread, which waits for room in the pipe: read meanwhile.
    closing = threading.Thread(target=outbox.close)
    closing.start()
    while len(got) < 50:
        got.append(theirs.recv())
    closing.join(5)
    assert not closing.is_alive()
    assert got == [("report", k) for k in range(50)]


def test_a_parent_gone_ends_the_thread_quietly(monkeypatch):
    raised = []
    monkeypatch.setattr(threading, "excepthook", raised.append)
    mine, theirs = multiprocessing.Pipe()
    theirs.close()
    mine.close()  # sending on it now raises OSError in the thread
    outbox = Outbox(mine)
    outbox.send("anyone?")
    outbox.close(timeout=5)
    assert not outbox.alive  # the failed send ended it
    assert raised == []  # and no traceback went to the child's stderr
