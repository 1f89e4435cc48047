"""Training at full speed in a second process gives exactly what the worker thread would."""

import contextlib
import os
import time

import numpy as np
import pytest

from engine.checkpoints import capture
from playground.compute import train_process as tp
from playground.compute.train_process import TrainProcessError
from playground.compute.worker import TrainingWorker
from playground.compute.worker_thread import start_worker, stop_worker
from playground.core import comparison
from playground.core.session import Session
from playground.core.settings import TrainingSettings


def fast_session(**changes) -> Session:
    return Session(TrainingSettings(speed=0, **changes))


def assert_same_training(a, b) -> None:
    """Two trainers in the same state: weights bit for bit, counters, optimizer memory."""
    sa, sb = capture(a), capture(b)
    assert (sa.epoch, sa.steps, sa.pos) == (sb.epoch, sb.steps, sb.pos)
    assert np.array_equal(sa.params, sb.params)
    assert sa.optimizer_state.keys() == sb.optimizer_state.keys()
    for key, value in sa.optimizer_state.items():
        assert np.array_equal(value, sb.optimizer_state[key]), key
    assert sa.rng_state == sb.rng_state


@pytest.fixture
def process():
    p = tp.acquire()
    yield p
    tp.release(p)


def apply_all(session: Session, reports: list) -> None:
    for report in reports:
        tp.apply_report(session, report)


def run_until_final(session: Session, process, timeout: float = 60.0) -> tp.Report:
    if session.comparison is None:
        session.begin_training()
    process.start(tp.run_payload(session))
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        (report,) = process.sync()
        tp.apply_report(session, report)
        if report.final:
            return report
        time.sleep(0.01)
    raise AssertionError("the run did not end")


def test_a_rebuilt_trainer_trains_bit_for_bit_as_the_original():
    t = fast_session(optimizer="adam", batch_size=7, hidden=(5, 3)).trainer
    t.step(40)  # mid-epoch, with optimizer memory
    copy = tp.rebuild_trainer(tp.trainer_payload(t))
    assert_same_training(t, copy)
    for name, values in t.history.arrays().items():
        assert np.array_equal(values, copy.history.arrays()[name], equal_nan=True), name
    t.step(95)
    copy.step(95)
    assert_same_training(t, copy)


def test_history_changes_bring_a_copy_up_to_date():
    t = fast_session(hidden=(3,)).trainer
    t.history.limit = 8  # thinned several times below
    copy = tp.rebuild_trainer(tp.trainer_payload(t)).history
    mark = t.history.mark()
    for epochs in (2, 3, 20, 1):
        t.run_epochs(epochs)
        copy.apply_changes(t.history.changes_since(mark))
        mark = t.history.mark()
        for name, values in t.history.arrays().items():
            assert np.array_equal(values, copy.arrays()[name], equal_nan=True), name
    assert t.history.stride > 1


def test_training_in_the_process_matches_training_here(process):
    s = fast_session(optimizer="momentum", hidden=(6, 4))
    s.begin_training()
    process.start(tp.run_payload(s))
    for _ in range(5):
        time.sleep(0.01)
        (report,) = process.sync()
        assert not report.final and report.trainers[0].state.perm is None  # light while it trains
        tp.apply_report(s, report)
    apply_all(s, process.stop())
    steps = s.trainer.steps
    assert steps > 0
    reference = fast_session(optimizer="momentum", hidden=(6, 4)).trainer
    reference.step(steps)
    assert_same_training(s.trainer, reference)
    # The gradient on show is the last batch's.
    assert np.array_equal(s.trainer.network.grad_vector, reference.network.grad_vector)
    s.trainer.step(30)  # and the trainer taken back goes on exactly
    reference.step(30)
    assert_same_training(s.trainer, reference)


def test_the_process_stops_at_the_stop_epoch_and_the_timeline_rewinds_exactly(process):
    s = fast_session(stop_at_epoch=150)
    report = run_until_final(s, process)
    assert report.finished
    assert s.trainer.epoch == 150 and s.trainer.at_epoch_start
    assert "stop-at-epoch setting is 150" in s.stop_reason
    epochs = s.trainer.history.arrays()["epoch"]
    assert epochs[-1] <= 150 and np.all(np.diff(epochs) > 0)
    assert len(s.timeline.store) >= 2  # the start and the end at least, checkpoints between
    s.timeline_view(77)
    while s.replaying:
        s.timeline_replay(10_000)
    reference = fast_session().trainer
    reference.run_epochs(77)
    assert_same_training(s.trainer, reference)


def test_the_patience_rule_stops_the_process_as_it_stops_the_thread(process):
    here, there = (
        fast_session(patience=5, learning_rate=1.0),
        fast_session(patience=5, learning_rate=1.0),
    )
    while not here.check_stop():
        here.trainer.run_epochs(1)
    run_until_final(there, process)
    assert there.stop_reason == here.stop_reason
    assert_same_training(there.trainer, here.trainer)


def test_divergence_in_the_process_comes_back_as_divergence(process):
    s = fast_session(learning_rate=10.0, activation="relu", hidden=(8, 8))
    report = run_until_final(s, process)
    assert report.finished and s.trainer.diverged
    assert "Training diverged at epoch" in s.trainer.divergence.message


def test_a_failing_child_is_reported_not_hidden():
    p = tp.acquire()
    p.start({"trainer": {}})  # the child cannot rebuild this
    with pytest.raises(TrainProcessError, match="KeyError"):
        p.sync()
    tp.release(p)  # a dead child is closed, not kept
    assert p not in tp._idle


def test_a_report_asked_for_early_is_applied_before_the_final_one(process):
    s = fast_session(hidden=(5,))
    s.begin_training()
    process.start(tp.run_payload(s))
    apply_all(s, process.sync())
    process.request()  # as the worker does when a frame begins
    time.sleep(0.02)
    reports = process.stop()  # a command came meanwhile
    assert [r.final for r in reports] == [False, True]
    apply_all(s, reports)
    reference = fast_session(hidden=(5,)).trainer
    reference.step(s.trainer.steps)
    assert_same_training(s.trainer, reference)
    epochs = s.trainer.history.arrays()["epoch"]
    assert np.all(np.diff(epochs) > 0) and epochs[-1] <= s.trainer.epoch


def test_a_run_that_ended_by_itself_is_not_stopped_again(process):
    # The parent cannot see that a run has ended without asking, so each try gives the
    # three epochs twice as long as the one before, until a request finds the run over
    # (on a busy machine it takes more tries). A request that came too early is answered
    # mid-run, and the stop that follows must end that run exactly as usual.
    pause = 0.01
    while True:
        s = fast_session(stop_at_epoch=3)
        s.begin_training()
        process.start(tp.run_payload(s))
        time.sleep(pause)
        process.request()
        reports = process.stop()
        apply_all(s, reports)
        assert reports[-1].final and not process.running
        if len(reports) == 1:  # the request was answered with the final report
            break
        assert [r.final for r in reports] == [False, True]
        pause *= 2
        assert pause < 60.0, "the run never ended by itself"
    assert reports[0].finished and s.trainer.epoch == 3 and s.trainer.at_epoch_start


LANES = [{"optimizer": "sgd"}, {"optimizer": "adam"}, {"learning_rate": 0.3}]


def test_a_race_in_the_process_trains_every_lane_as_the_thread_would(process):
    s = fast_session(hidden=(4, 3))
    comparison.start(s, LANES)
    process.start(tp.run_payload(s))
    for _ in range(4):
        time.sleep(0.01)
        apply_all(s, process.sync())
    apply_all(s, process.stop())
    lanes = s.comparison.lanes
    steps = [lane.trainer.steps for lane in lanes]
    assert (
        min(steps) > 0
        and max(abs(a.trainer.epoch - b.trainer.epoch) for a in lanes for b in lanes) <= 1
    )
    reference = fast_session(hidden=(4, 3))
    comparison.start(reference, LANES)
    for lane, mine in zip(reference.comparison.lanes, lanes, strict=True):
        lane.trainer.step(mine.trainer.steps)  # lanes are independent: steps decide all
        assert_same_training(mine.trainer, lane.trainer)


def test_a_race_in_the_process_ends_when_every_lane_reaches_the_stop_epoch(process):
    s = fast_session(stop_at_epoch=40)
    comparison.start(s, LANES)
    report = run_until_final(s, process)
    assert report.finished and not s.comparison.active(40)
    assert [lane.trainer.epoch for lane in s.comparison.lanes] == [40, 40, 40]
    assert s.stop_reason == ""  # a race stops lane by lane, not by the session's rules


# ------------------------------------------------------------------- in the worker
def wait_for(worker: TrainingWorker, condition, timeout: float = 60.0):
    """Take snapshots as the GUI does until ``condition(snapshot)``; return that one."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        snap = worker.mailbox.take()
        if snap is not None and condition(snap):
            return snap
        time.sleep(0.005)
    raise AssertionError("the worker never showed it")


@pytest.fixture
def worker(qapp):
    workers = []

    def make(session: Session) -> TrainingWorker:
        w = TrainingWorker(session)
        workers.append((w, start_worker(w)))
        return w

    yield make
    for w, thread in workers:
        assert stop_worker(w, thread)


def test_the_worker_trains_at_full_speed_in_the_process_and_takes_it_back_exactly(worker):
    s = fast_session(hidden=(5, 5))
    w = worker(s)
    w.send("play")
    wait_for(w, lambda snap: snap.steps > 3000)
    assert w._offloaded
    w.send("pause")
    snap = wait_for(w, lambda snap: not snap.running)
    assert not w._offloaded and s.trainer.steps == snap.steps
    reference = fast_session(hidden=(5, 5)).trainer
    reference.step(snap.steps)
    assert_same_training(s.trainer, reference)
    assert np.array_equal(snap.weights[0], reference.network.params[0][0])


def test_a_command_while_the_process_trains_applies_to_the_newest_state(worker):
    s = fast_session()
    w = worker(s)
    w.send("play")
    before = wait_for(w, lambda snap: snap.steps > 2000).steps
    w.send("change", {"learning_rate": 0.1})  # does not reset, as in the thread
    snap = wait_for(
        w, lambda snap: snap.settings.learning_rate == 0.1 and snap.steps > before + 2000
    )
    assert snap.running and s.trainer.learning_rate == 0.1
    w.send("step")  # pauses and trains one epoch here
    snap = wait_for(w, lambda snap: not snap.running)
    assert snap.epoch == s.trainer.epoch and s.trainer.at_epoch_start


def test_a_training_process_that_dies_leaves_training_to_the_thread(worker):
    s = fast_session()
    w = worker(s)
    w.send("play")
    wait_for(w, lambda snap: snap.steps > 2000)
    w._process._process.kill()
    snap = wait_for(w, lambda snap: "own process" in snap.message)
    later = wait_for(w, lambda later: later.steps > snap.steps + 2000)
    assert later.running and not w.use_process
    assert later.epoch >= snap.epoch


def test_idle_children_end_with_the_app():
    p = tp.acquire()
    tp.release(p)
    assert p in tp._idle and p.alive
    tp.shutdown()  # what atexit runs
    assert not tp._idle and not p.alive


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_the_child_trains_at_a_lower_priority_than_the_window(process):
    s = fast_session()
    s.begin_training()
    process.start(tp.run_payload(s))
    apply_all(s, process.sync())  # the child is up and serving
    child = os.getpriority(os.PRIO_PROCESS, process._process.pid)
    assert child >= os.getpriority(os.PRIO_PROCESS, 0) + tp.NICENESS or child == 19
    apply_all(s, process.stop())


def test_compare_at_the_fastest_speed_races_in_the_process(worker):
    s = fast_session()
    w = worker(s)
    w.send("call", lambda session: comparison.start(session, LANES))
    w.send("play")
    snap = wait_for(
        w, lambda snap: snap.comparison is not None and snap.comparison.lanes[0].steps > 1500
    )
    assert w._offloaded and snap.running
    w.send("pause")
    snap = wait_for(w, lambda snap: not snap.running)
    reference = fast_session()
    comparison.start(reference, LANES)
    for shown, lane in zip(snap.comparison.lanes, reference.comparison.lanes, strict=True):
        lane.trainer.step(shown.steps)
        assert shown.epoch == lane.trainer.epoch
    for mine, lane in zip(s.comparison.lanes, reference.comparison.lanes, strict=True):
        assert_same_training(mine.trainer, lane.trainer)


def test_a_child_that_fails_says_why_in_one_line_and_the_thread_trains_on(worker, monkeypatch):
    real = tp.run_payload

    def broken(session):
        payload = real(session)
        payload["trainers"][0]["history"] = {}  # the child cannot rebuild this
        return payload

    monkeypatch.setattr(tp, "run_payload", broken)
    s = fast_session()
    w = worker(s)
    w.send("play")
    snap = wait_for(w, lambda snap: "own process" in snap.message)
    assert snap.message.count("\n") == 0
    assert "the training process failed: KeyError: 'limit'" in snap.message
    later = wait_for(w, lambda later: later.steps > 1000)
    assert later.running and not w.use_process


# ------------------------------------------------------- a stopped (frozen) child
def test_a_stop_watch_tells_a_stopped_child_from_a_slow_one():
    watch = tp.StopWatch()
    # Running or waiting for a core, however long: never given up on by this rule.
    assert not any(watch.stopped_too_long(state, t) for t, state in enumerate("RSRRD" * 20))
    grace = tp.STOPPED_GRACE
    assert not watch.stopped_too_long("T", 100.0)
    assert not watch.stopped_too_long("T", 100.0 + grace / 2)
    assert not watch.stopped_too_long("R", 100.0 + grace)  # continued: the count starts again
    assert not watch.stopped_too_long("T", 200.0)
    assert watch.stopped_too_long("T", 200.0 + grace)
    assert not tp.StopWatch().stopped_too_long(None, 1e9)  # no /proc: the reply timeout rules


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="process states from /proc")
def test_the_state_of_a_stopped_process_is_read_from_proc():
    import signal
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        # Running, sleeping, or (a machine busy with I/O) in a disk wait: anything but stopped.
        assert tp.process_state(child.pid) not in (tp.STOPPED, None)
        os.kill(child.pid, signal.SIGSTOP)
        deadline = time.monotonic() + 60
        while tp.process_state(child.pid) != tp.STOPPED and time.monotonic() < deadline:
            time.sleep(0.01)
        assert tp.process_state(child.pid) == tp.STOPPED
        os.kill(child.pid, signal.SIGCONT)
        while tp.process_state(child.pid) == tp.STOPPED and time.monotonic() < deadline:
            time.sleep(0.01)
        assert tp.process_state(child.pid) not in (tp.STOPPED, None)
    finally:
        child.kill()
        child.wait()
    assert tp.process_state(child.pid) is None  # gone
    assert tp.process_state(None) is None


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="process states from /proc")
def test_a_stopped_training_process_is_given_up_on_and_commands_work_at_once(worker, monkeypatch):
    import signal

    from playground.compute.client import WorkerClient

    # Only the stopped-process rule can free the worker: the silence timeout is out of reach.
    monkeypatch.setattr(tp, "REPLY_TIMEOUT", 10_000.0)
    s = fast_session()
    w = worker(s)
    w.send("play")
    wait_for(w, lambda snap: snap.steps > 2000)
    assert w.offloaded
    pid = w.training_process._process.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        # What Save does: a call that waits for the worker (it takes the state back first).
        WorkerClient(w).call(lambda session: session.trainer.epoch, timeout=60)
        snap = wait_for(w, lambda snap: "own process" in snap.message)
        assert "stopped" in snap.message and not w.use_process
        later = wait_for(w, lambda later: later.steps > snap.steps + 1000)
        assert later.running  # training goes on in the thread
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)


def test_a_child_started_in_another_language_says_its_stop_in_it():
    """The child has no Qt: the parent gives it the stop texts as its translator has them
    and its number format, so a German window says a stop in German."""
    from engine import i18n
    from playground.core import stopping

    german = {
        stopping.AT_EPOCH: "Angehalten bei Epoche {epoch}: Stopp-Einstellung {stop}.",
        stopping.NOT_IMPROVING: "Angehalten bei Epoche {epoch} ({loss}).",
    }
    i18n.set_translator(lambda c, t, d, n: german.get(t, "") if c == "stopping" else "", "de")
    i18n.set_number_format(",", ".", "-", "")
    try:
        child = tp.TrainProcess()
    finally:
        i18n.set_translator(None, "en")
        i18n.set_number_format(".", ",", "-", "")
    try:
        s = fast_session(stop_at_epoch=3)
        run_until_final(s, child)
        assert s.stop_reason == "Angehalten bei Epoche 3: Stopp-Einstellung 3."
        s = fast_session(stop_at_epoch=0, patience=2, noise=0.5)
        run_until_final(s, child)
        assert s.stop_reason.startswith("Angehalten bei Epoche ") and "," in s.stop_reason
    finally:
        child.close()
