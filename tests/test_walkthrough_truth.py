"""The walkthrough tells the truth on a trained network (issue 15): it picks a point worth
stepping through and says why, every equation shows its numbers with one count of digits,
probabilities near 1 read true, every output box says y, and after Apply the sentence on
the loss says what really happened at the digits it shows."""

from __future__ import annotations

import functools
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine import Network, Trainer, trace_sample
from playground.backprop.walkthrough_jobs import pick_job
from playground.core import colors
from playground.core.session import Session
from playground.core.settings import TrainingSettings
from playground.core.walkthrough_pick import LARGEST, WRONG, point_stats, reason
from playground.core.walkthrough_sample import TracedSample, capture
from playground.core.walkthrough_steps import build_steps
from playground.core.walkthrough_text import DIGITS, MAX_DIGITS, Step, fmt, loss_change
from tests.conftest import TIMEOUT, settle

SEEDS = range(5)
TRAINED_EPOCHS = 1000  # the default network has 100 % training accuracy by then, every seed
OPTIMIZERS = ("sgd", "momentum", "nesterov", "rmsprop", "adam")


@functools.cache
def session(seed: int, epochs: int = 0, optimizer: str = "sgd") -> Session:
    """The default network on the default data (both seeded), trained ``epochs`` epochs."""
    s = Session(TrainingSettings(init_seed=seed, data_seed=seed, optimizer=optimizer))
    s.trainer.run_epochs(epochs)
    return s


def engine_points(s: Session) -> tuple[np.ndarray, np.ndarray]:
    """Each training point's loss and whether the engine counts it right, point by point
    with the engine's own loss and accuracy on a batch of one."""
    net, d = s.trainer.network, s.data
    losses, right = [], []
    for x, y in zip(d.X_train, d.y_train, strict=True):
        loss, accuracy = net.evaluate(x.reshape(1, 2), np.array([y]))
        losses.append(loss)
        right.append(accuracy == 1.0)
    return np.array(losses), np.array(right)


def trace_point(s: Session, index: int) -> TracedSample:
    d = s.data
    return capture(s.trainer, d.X_train[index], d.y_train[index].item(), f"point {index + 1}")


# ------------------------------------------------------------------ the digits rule
ANCHOR = re.compile(r'<a href="n:([^"]*)">(.*?)</a>')
EQUATION = re.compile(r'<span class="eq">(.*?)</span>')
NUMBER = re.compile(r"(−?)(\d+(?:\.\d+)?)(?:×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?")
_SUP = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def parse(text: str) -> tuple[float, int]:
    """A number as shown ("−1.27×10⁻¹³") as (value, significant digits shown)."""
    m = NUMBER.fullmatch(text)
    assert m, f"not a number: {text!r}"
    sign, mantissa, exponent = m.groups()
    value = float(mantissa + (f"e{exponent.translate(_SUP)}" if exponent else ""))
    digits = len(mantissa.replace(".", "").lstrip("0")) or 1
    return (-value if sign else value), digits


def shown_numbers(html: str) -> list[tuple[float, str, float, int, bool]]:
    """Each anchor of ``html``: (hover value, text, the value its text stands for, digits,
    bold). ``1 − q`` stands for 1 − value; its q is the number read."""
    out = []
    for hover, inner in ANCHOR.findall(html):
        value = float(hover)
        bold = "<b>" in inner
        text = re.sub(r"<[^>]+>", "", inner).replace("\u00a0", " ")  # 1 − q kept together
        if text.startswith("1 − "):
            read, digits = parse(text[4:])
            out.append((value, text, 1.0 - value, digits, bold))
            assert read == pytest.approx(1.0 - value, rel=10 ** (1 - digits)), text
        else:
            read, digits = parse(text)
            out.append((value, text, value, digits, bold))
    return out


def equation_digits(equation: str) -> int:
    """Check one equation and give its count of digits: each number is either exactly what
    it shows (fewer digits allowed) or the hover's number rounded to the one count every
    inexact number of the equation shares."""
    counts = set()
    for _value, text, stands_for, digits, _bold in shown_numbers(equation):
        q = text[4:] if text.startswith("1 − ") else text
        read, _ = parse(q)
        if read == stands_for:
            continue  # exact: 0.03, 1, 2.5
        counts.add(digits)
        assert fmt(stands_for, digits) == q, f"{q!r} is not {stands_for!r} at {digits} digits"
    assert len(counts) <= 1, f"digits {sorted(counts)} in one equation: {plain(equation)}"
    return counts.pop() if counts else DIGITS


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("\u00a0", " ")


def check_digits(steps: list[Step]) -> int:
    """The digits rule on every equation of every step, on the panel and on the canvas;
    returns how many equations were checked."""
    checked = 0
    for step in steps:
        html = step.html
        for equation in EQUATION.findall(html):
            digits = equation_digits(equation)
            numbers = shown_numbers(equation)
            if step.phase == 3 and numbers and numbers[-1][4]:  # an update: w … = new w
                old, new = numbers[0][0], numbers[-1][0]
                if digits > DIGITS:  # more digits only where fewer would hide the change
                    assert fmt(old, digits - 1) == fmt(new, digits - 1)
                    assert fmt(old, digits) != fmt(new, digits)
                elif old != new and fmt(old) == fmt(new):  # hidden: said so beside it
                    after = html.split(equation, 1)[1]
                    assert after.startswith("</span> (changes by "), plain(equation)
                assert digits <= MAX_DIGITS
            else:
                assert digits == DIGITS, plain(equation)
            checked += 1
        # Every equation with numbers on both sides is marked as one (and so checked).
        rest = EQUATION.sub(" ", html)
        for clause in re.split(r"</p>|; |: |→|\. |, ", rest):
            assert not ("=" in clause and len(ANCHOR.findall(clause)) >= 2), plain(clause)
        for label in [*step.neurons.values(), *step.links.values()]:
            check_label(label)
    return checked


def check_label(label) -> None:
    """A card on the canvas: each number is one of its tooltip's, exactly or at DIGITS."""
    exact = [float(v) for v in re.findall(r"-?\d+\.?\d*(?:e[-+]?\d+)?", label.tip)]
    known = exact + [1.0 - v for v in exact]  # p = 1 − q: q is 1 − p
    for line in label.lines:
        line = line.replace("X₁", "").replace("X₂", "").replace("1 − ", "")
        for m in NUMBER.finditer(line):
            read, digits = parse(m.group(0))
            if read in exact:
                continue  # exactly the tooltip's number
            assert digits == DIGITS and any(fmt(v) == m.group(0) for v in known), (
                f"{m.group(0)!r} in {label.lines} ({label.tip!r})"
            )


def points_to_check(s: Session) -> list[int]:
    """The default point, the one the network is surest of, and the first three."""
    losses, _ = engine_points(s)
    default = pick_job(lambda: 0)(s)[1]
    return sorted({default, int(np.argmin(losses)), 0, 1, 2})


@pytest.mark.parametrize("epochs", [0, TRAINED_EPOCHS], ids=["fresh", "trained"])
def test_every_equation_shows_one_count_of_digits(epochs):
    checked = 0
    for seed in SEEDS:
        s = session(seed, epochs)
        for index in points_to_check(s):
            checked += check_digits(build_steps(trace_point(s, index)))
    assert checked > 5 * 5 * 40


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_every_optimizers_update_shows_one_count_of_digits(optimizer):
    for seed in SEEDS:
        for epochs in (0, 100):
            s = session(seed, epochs, optimizer)
            steps = build_steps(trace_point(s, seed))
            check_digits(steps)
            assert steps[-1].phase == 3


@pytest.mark.parametrize("kind", ["multiclass", "regression"])
def test_other_outputs_show_one_count_of_digits(kind):
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        X = rng.uniform(-5, 5, size=(40, 2))
        if kind == "multiclass":
            output, y = {"kind": kind, "classes": 3}, (X[:, 0] > 0) + (X[:, 1] > 2)
        else:
            output, y = {"kind": kind}, np.sin(X[:, 0]) + 0.1 * X[:, 1]
        spec = {"features": ["x1", "x2"], "hidden": [{"units": 4}, {"units": 3}], "output": output}
        t = Trainer(Network.from_spec(spec, seed=seed), X, y, optimizer="adam")
        for epochs in (0, 300):
            t.run_epochs(epochs)
            for index in (0, 1, int(np.argmin(point_stats(t.network, X, y).losses))):
                check_digits(build_steps(capture(t, X[index], y[index].item())))


def test_the_checker_catches_what_the_issue_saw():
    # "−1.27 − 0.03 × 5.77×10⁻¹³ = −1.2719095089": 3 digits in, 10 out.
    bad = (
        '<a href="n:-1.2719095089171">−1.27</a> − <a href="n:0.03">0.03</a> × '
        '<a href="n:5.77e-13">5.77×10⁻¹³</a> = <a href="n:-1.2719095089173"><b>−1.2719095089</b></a>'
    )
    with pytest.raises(AssertionError, match="digits"):
        equation_digits(bad)
    with pytest.raises(AssertionError):  # "−ln(1) = 1.02×10⁻¹²": 1 is not 1 − 1.02×10⁻¹²
        equation_digits(
            '−ln(<a href="n:0.999999999999">1</a>) = <a href="n:1.0213e-12">1.02×10⁻¹²</a>'
        )


# ------------------------------------------------------------------ the point picked
def test_the_default_point_is_one_the_network_gets_wrong_or_has_the_largest_loss():
    seen = set()
    for seed in SEEDS:
        for epochs in (0, TRAINED_EPOCHS):
            s = session(seed, epochs)
            sample, index, why = pick_job(lambda: 0)(s)
            losses, right = engine_points(s)
            if right.all():
                expected, sentence = (
                    int(np.argmax(losses)),
                    (
                        "The network gets every training point right; this is the one with the "
                        "largest loss."
                    ),
                )
                assert why == LARGEST
            else:
                wrong = np.flatnonzero(~right)
                expected = int(wrong[np.argmax(losses[wrong])])
                assert why == WRONG
                predicted = 1 - int(s.data.y_train[expected])
                sentence = (
                    "This point is one the network gets wrong: it calls it "
                    f"{colors.CLASS_NAMES[predicted]}, but the point is "
                    f"{colors.CLASS_NAMES[1 - predicted]}. Of the {len(wrong)} training points "
                    "it gets wrong, this one has the largest loss."
                )
            seen.add(why)
            assert index == expected and sample.source == f"training point {index + 1}"
            assert np.array_equal(sample.trace.point, s.data.X_train[index])
            assert abs(sample.trace.data_loss - losses[index]) <= 1e-12
            assert losses[index] >= losses.max() - 1e-12 or why == WRONG
            assert sample.reason == sentence
            first = build_steps(sample)[0]
            assert first.html.startswith(f'<p style="margin:3px 0">{sentence}</p>')
    assert seen == {WRONG, LARGEST}  # fresh networks get points wrong, trained ones none


def test_ties_go_to_the_first_point_and_the_reason_follows_the_network():
    # A network that says the same for every point: every loss ties.
    spec = {"features": ["x1", "x2"], "hidden": [], "output": {"kind": "binary"}}
    net = Network.from_spec(spec, seed=0)
    net.params[0][0][...] = 0.0
    net.params[0][1][...] = -1.0  # p = σ(−1) everywhere: every class-1 point is wrong
    X = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    y = np.array([0, 1, 0, 1])
    stats = point_stats(net, X, y)
    assert stats.losses[1] == stats.losses[3]
    session = _FakeSession(Trainer(net, X, y), X, y)
    _, index, why = pick_job(lambda: 0)(session)
    assert (index, why) == (1, WRONG)
    net.params[0][1][...] = 1.0  # now it gets every class-1 point right, the others wrong
    stats = point_stats(net, X, y)
    assert reason(stats, 1, WRONG) == (
        "The walkthrough picked this point because the network got it wrong; with the "
        "weights as they are now, it gets it right."
    )


class _FakeSession:
    """Just what pick_job reads of a Session."""

    def __init__(self, trainer: Trainer, X: np.ndarray, y: np.ndarray) -> None:
        self.trainer, self.comparison = trainer, None
        self.data = type("Data", (), {"X_train": X, "y_train": y})()


@pytest.mark.parametrize("kind", ["multiclass", "regression"])
def test_the_reason_for_other_outputs(kind):
    rng = np.random.default_rng(3)
    X = rng.uniform(-5, 5, size=(30, 2))
    output = {"kind": "multiclass", "classes": 3} if kind == "multiclass" else {"kind": kind}
    y = rng.integers(0, 3, 30) if kind == "multiclass" else rng.uniform(-1, 1, 30)
    spec = {"features": ["x1", "x2"], "hidden": [{"units": 3}], "output": output}
    t = Trainer(Network.from_spec(spec, seed=1), X, y)
    sample, index, why = pick_job(lambda: 0)(_FakeSession(t, X, y))
    losses = point_stats(t.network, X, y).losses
    if kind == "regression":
        assert (index, why) == (int(np.argmax(losses)), LARGEST)
        assert sample.reason.startswith("This is the training point with the largest loss")
    else:
        predicted = int(np.argmax(sample.trace.prediction))
        assert why == WRONG and predicted != y[index]
        assert sample.reason.startswith(
            f"This point is one the network gets wrong: it calls it "
            f"{colors.CLASS_NAMES[predicted]}, but the point is {colors.CLASS_NAMES[y[index]]}."
        )


# ------------------------------------------------------------------ near 1, y, loss change
def _one_point(kind: str, z: float, y: float) -> TracedSample:
    """A network without hidden layers whose output logit is ``z`` for every point."""
    output = {"kind": "multiclass", "classes": 3} if kind == "multiclass" else {"kind": kind}
    spec = {"features": ["x1", "x2"], "hidden": [], "output": output}
    net = Network.from_spec(spec, seed=0)
    net.params[0][0][...] = 0.0
    net.params[0][1][...] = 0.0
    net.params[0][1][0] = z
    X = np.array([[0.5, -0.5]])
    t = Trainer(net, X, np.array([y]))
    return capture(t, X[0], y, "training point 1")


def test_a_probability_near_1_reads_true():
    z = -math.log(1.0213e-12)  # p = 1 − 1.02×10⁻¹²
    s = _one_point("binary", z, 1)
    steps = build_steps(s)
    check_digits(steps)
    q = 1.0 - float(s.trace.prediction)
    assert fmt(q) == "1.02×10⁻¹²" and fmt(s.trace.data_loss) == "1.02×10⁻¹²"
    forward, loss, backward = steps[1], steps[2], steps[3]
    assert "p = σ(z) = 1 − 1.02×10⁻¹²" in plain(forward.html)
    assert "= −[1·ln(1 − 1.02×10⁻¹²) + 0·ln(1.02×10⁻¹²)] = 1.02×10⁻¹²" in plain(loss.html)
    assert "p − y = (1 − 1.02×10⁻¹²) − 1 = −1.02×10⁻¹²" in plain(backward.html)
    assert loss.neurons[(1, 0)].lines == ("p = 1 − 1.02×10⁻¹², y = 1", "L = 1.02×10⁻¹²")
    for step in steps:
        assert "ln(1)" not in plain(step.html) and "ln(1.00)" not in plain(step.html)
    # On hover, p and L are the engine's own numbers.
    hovers = [v for v, *_ in shown_numbers(loss.html)]
    assert float(s.trace.prediction) in hovers and s.trace.data_loss in hovers


def test_a_probability_near_0_and_a_sure_class_read_true():
    s = _one_point("binary", math.log(1.0213e-12), 0)  # p = 1.02×10⁻¹², y = 0
    loss = build_steps(s)[2]
    assert "= −[0·ln(1.02×10⁻¹²) + 1·ln(1 − 1.02×10⁻¹²)] = 1.02×10⁻¹²" in plain(loss.html)
    m = _one_point("multiclass", 30.0, 0)  # class 0 sure
    steps = build_steps(m)
    check_digits(steps)
    q = 1.0 - float(m.trace.prediction[0])
    assert f"−ln(1 − {fmt(q)})" in plain(steps[2].html)


@pytest.mark.parametrize(("z", "y"), [(40.0, 1), (38.0, 0), (-38.0, 1), (35.0, 1)])
def test_a_probability_that_64_bit_numbers_round_reads_true(z, y):
    # σ(40) is 1 in 64-bit numbers, so −ln p would be −ln(1) = 0, yet the engine's loss,
    # worked out from z, is 4.25×10⁻¹⁸: the walkthrough shows the loss from z.
    s = _one_point("binary", z, y)
    steps = build_steps(s)
    check_digits(steps)
    loss = plain(steps[2].html)
    assert "ln(1)" not in loss and "ln(0)" not in loss
    assert loss.count("ln(1 − ") == 1  # only in the rule: ln(1 − p)
    rule = "ln(1 + exp(−z))" if y else "ln(1 + exp(z))"
    e = -z if y else z
    assert f"L = {rule} = ln(1 + exp({fmt(e)})) = {fmt(s.trace.data_loss)}" in loss


def _output_boxes(step: Step, last: int) -> dict[int, tuple[str, ...]]:
    return {
        unit: label.lines
        for (layer, unit), label in step.neurons.items()
        if layer == last and label.card
    }


@pytest.mark.parametrize("kind", ["binary", "multiclass", "regression"])
def test_every_output_box_says_y(kind):
    rng = np.random.default_rng(5)
    X = rng.uniform(-5, 5, size=(20, 2))
    output = {"kind": "multiclass", "classes": 3} if kind == "multiclass" else {"kind": kind}
    y = {"binary": rng.integers(0, 2, 20), "multiclass": rng.integers(0, 3, 20)}.get(
        kind, rng.uniform(-1, 1, 20)
    )
    spec = {"features": ["x1", "x2"], "hidden": [{"units": 3}, {"units": 2}], "output": output}
    t = Trainer(Network.from_spec(spec, seed=2), X, y)
    s = capture(t, X[4], y[4].item())
    boxes = 0
    for step in build_steps(s):
        for unit, lines in _output_boxes(step, 3).items():
            text = ", ".join(lines)
            if kind == "regression":
                assert f"y = {fmt(y[4])}" in text
            elif kind == "binary":
                assert f"y = {int(y[4])}" in text
            else:
                assert f"y = {int(unit == y[4])}" in text
            boxes += 1
    assert boxes >= 4 * (3 if kind == "multiclass" else 1)  # forward, loss, δ, δ muted


def test_the_loss_change_is_told_at_the_digits_shown():
    assert loss_change(1.0213e-12, 1.0207e-12) == (
        "The loss on this point fell from 1.0213×10⁻¹² to 1.0207×10⁻¹²."
    )
    assert loss_change(0.25, 0.3125) == "The loss on this point rose from 0.25 to 0.312."
    assert loss_change(0.5, 0.5) == "The loss on this point stayed exactly 0.5."
    tiny = loss_change(0.6931471805599453, 0.6931471805599453 - 2e-15)
    assert tiny.startswith("The loss on this point fell by 2.00×10⁻¹⁵: too little to show")
    for old, new in ((1.0213e-12, 1.0207e-12), (0.012345, 0.012344), (2.5, 2.4)):
        numbers = [m.group(0) for m in NUMBER.finditer(loss_change(old, new))]
        assert numbers[0] != numbers[1]  # never "from 1.02×10⁻¹² to 1.02×10⁻¹²"
        assert parse(numbers[0])[1] == parse(numbers[1])[1] or (old, new) == (0.25, 0.3125)


def test_hover_values_are_the_engines_for_the_new_formats():
    for seed in SEEDS:
        s = session(seed, TRAINED_EPOCHS)
        losses, _ = engine_points(s)
        index = int(np.argmin(losses))  # the point the network is surest of: p near 0 or 1
        sample = trace_point(s, index)
        net = s.trainer.network.copy()
        engine = trace_sample(net, sample.trace.point, sample.trace.target)
        known = np.concatenate(
            [np.ravel(a) for a in (*engine.z, *engine.a, *engine.delta, *engine.dW)]
            + [np.ravel(p) for layer in net.params for p in layer]
            + [np.atleast_1d(engine.prediction), [engine.data_loss, engine.target]]
        )
        last = sample.n_layers
        steps = build_steps(sample)
        near_one = 0
        for step in steps[last : last + 3]:  # the output, the loss, δ at the output
            for value, text, *_ in shown_numbers(step.html):
                # 1 − p in ln(1 − p) is the formula's own, from the engine's p
                assert np.min(np.abs(np.r_[known, 1.0 - known] - value)) <= 1e-12, text
                near_one += text.startswith("1 − ")
        # y = 1: p = 1 − q in the forward pass, the loss and δ; y = 0: ln(1 − p)
        assert near_one >= (3 if sample.trace.target == 1 else 1)


# ------------------------------------------------------------------ in the window
def test_next_takes_the_default_point_and_apply_tells_the_truth(window, qtbot):
    w = window()  # the default network
    w.client.call(lambda s: s.train_epochs(TRAINED_EPOCHS), timeout=TIMEOUT / 100)
    settle(qtbot, w)
    net = w.client.call(lambda s: s.trainer.network.copy())
    data = w.snapshot.data
    losses = [
        net.evaluate(x.reshape(1, 2), np.array([y]))[0] for x, y in zip(data.X_train, data.y_train)
    ]
    assert net.evaluate(data.X_train, data.y_train)[1] == 1.0  # every training point right
    wt = w.walkthrough
    qtbot.keyClick(w, Qt.Key.Key_W)
    assert "Next (→) picks one worth a look and says why" in wt.panel.point_label.text()
    qtbot.keyClick(w, Qt.Key.Key_Right)  # no point yet: Next takes the default one
    index = int(np.argmax(losses))
    assert wt.picked == (index, LARGEST)
    assert np.array_equal(wt.sample.trace.point, data.X_train[index])
    assert wt.panel.body.toPlainText().startswith(
        "The network gets every training point right; this is the one with the largest loss."
    )

    wt.goto(len(wt.steps) - 1)
    qtbot.mouseClick(wt.panel.apply_button, Qt.MouseButton.LeftButton)
    after = w.client.call(lambda s: s.trainer.network.copy())
    x, y = data.X_train[index], data.y_train[index]
    old = trace_sample(net, x, y).loss
    new = trace_sample(after, x, y).loss
    notice = wt.panel.notice.text()
    assert loss_change(old, new) in notice
    shown = [m.group(0) for m in NUMBER.finditer(loss_change(old, new))]
    assert old != new and shown[0] != shown[1] or "too little to show" in notice
    before_tip, after_tip = (
        float(line.rsplit(" ", 1)[1]) for line in wt.panel.notice.toolTip().splitlines()
    )
    assert abs(before_tip - old) <= 1e-12 and abs(after_tip - new) <= 1e-12  # on hover
    qtbot.keyClick(w, Qt.Key.Key_Right)  # again with the new weights: the reason still true
    stats = point_stats(after, data.X_train, data.y_train)
    assert wt.sample.reason == reason(stats, index, LARGEST) and wt.picked == (index, LARGEST)

    # Random point stays the user's choice: a random point, nothing to explain.
    qtbot.mouseClick(wt.panel.random_button, Qt.MouseButton.LeftButton)
    assert wt.picked is None and wt.sample.reason == "" and wt.index == 0

    # The point the network is surest of: after Apply the sentence does not say "nowhere".
    surest = int(np.argmin(losses))
    assert wt.select_point("train", surest)
    assert wt.picked is None and wt.sample.reason == ""  # the user's choice: nothing to explain
    assert not wt.panel.body.toPlainText().startswith(("This point", "The network gets"))
    wt.goto(len(wt.steps) - 1)
    old = wt.sample.trace.loss
    assert wt.apply()
    new = wt.after.trace.loss
    assert loss_change(old, new) in wt.panel.notice.text()
    assert "nowhere" not in wt.panel.notice.text()


# ------------------------------------------------------------------ L1's exact zeros
@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_a_weight_that_l1_zeroes_is_said_to_become_exactly_zero(optimizer):
    """The engine sets a weight that an L1 step carries across zero to exactly 0; the
    update step must say so rather than print w − η·g equal to a 0 it does not equal."""
    s = Session(TrainingSettings(regularization="l1", reg_rate=1.0, optimizer=optimizer))
    s.trainer.set_weight(0, 0, 0, 1e-6)  # L1's pull (η·λ₁ = 0.03) carries it across zero
    traced = trace_point(s, 0)
    update = build_steps(traced)[-1]
    label = update.links[(0, 0, 0)]
    assert "new w = 0.0" in label.tip  # the engine's own update, as the hover shows it
    html = update.html
    assert "L1 sets it to exactly <b>0</b>" in html
    if optimizer == "sgd":  # the arithmetic shown ends where the step would have taken it
        w, g = 1e-6, float(traced.trace.dW[0][0, 0])
        assert w - 0.03 * g < 0
    s.trainer.apply_trace(traced.trace)
    assert s.trainer.network.params[0][0][0, 0] == 0.0
