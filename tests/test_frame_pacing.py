"""Fewer frames while the training process gets less than half a core
(playground/compute/frame_pacing.py), and every frame again once it gets enough; the
child's reports carry the CPU time this is measured from. Times are given, not read."""

from __future__ import annotations

import time

import pytest

from playground.compute import train_process as tp
from playground.compute.frame_pacing import FED, SKIP_EVERY, SPAN, STARVED, FramePacing
from playground.core.session import Session
from playground.core.settings import TrainingSettings

TICK = 0.016


def feed(pacing: FramePacing, share: float, seconds: float, start=(0.0, 0.0)):
    """Reports every frame for ``seconds``, the child getting ``share`` of a core; returns
    the (time, CPU time) reached."""
    now, cpu = start
    end = now + seconds
    while now < end:
        now += TICK
        cpu += share * TICK
        pacing.child_time(now, cpu)
    return now, cpu


def test_a_child_with_a_core_changes_nothing():
    pacing = FramePacing()
    end, _ = feed(pacing, 0.97, 3 * SPAN)
    assert pacing.share == pytest.approx(0.97)
    assert not pacing.starved
    assert all(pacing.wait_for(end + k * TICK, TICK, end + k * TICK) == 0 for k in range(9))


def test_a_starved_child_gets_every_third_tick_without_a_frame():
    pacing = FramePacing()
    now, _ = feed(pacing, 0.3, 3 * SPAN)
    assert pacing.starved and pacing.share == pytest.approx(0.3)
    waits = []
    for _ in range(3 * SKIP_EVERY):
        now += TICK  # the GUI took the last frame just now
        waits.append(pacing.wait_for(now, TICK, now))
    held = [w > 0 for w in waits]
    assert held.count(True) == 3  # one frame in three waits ...
    assert all(w > TICK for w in waits if w)  # ... past the next tick
    # Asked again for the same frame (the worker looks at commands in between): the
    # count does not move.
    assert pacing.wait_for(now, TICK, now) == waits[-1]


def test_frames_come_back_only_once_the_child_has_enough():
    pacing = FramePacing()
    reached = feed(pacing, 0.3, 2 * SPAN)
    assert pacing.starved
    reached = feed(pacing, (STARVED + FED) / 2, 3 * SPAN, reached)  # better, not enough
    assert pacing.starved
    feed(pacing, 0.95, 3 * SPAN, reached)
    assert not pacing.starved


def test_too_short_a_stretch_tells_nothing_and_a_restart_forgets():
    pacing = FramePacing()
    reached = feed(pacing, 0.1, SPAN / 4)
    assert pacing.share is None and not pacing.starved
    feed(pacing, 0.1, 2 * SPAN, reached)
    assert pacing.starved
    pacing.restart()
    assert pacing.share is None and not pacing.starved


def test_reports_carry_the_childs_cpu_time():
    process = tp.acquire()
    try:
        session = Session(TrainingSettings(speed=0, hidden=(8, 8)))
        session.begin_training()
        process.start(tp.run_payload(session))
        cpu = []
        for _ in range(3):
            time.sleep(0.2)
            (report,) = process.sync()
            cpu.append(report.cpu_seconds)
        (report,) = process.stop()
        tp.apply_report(session, report)
    finally:
        tp.release(process)
    assert 0 < cpu[0] < cpu[1] < cpu[2]  # it trains, so its CPU time grows
