"""Build the bundled lessons: ``python resources/lessons/make_lessons.py``.

Every lesson is made from TrainingSettings and a real Session and written with the same
code that saves a project, so the files are always valid. Where a lesson's text promises
an outcome ("a line cannot learn XOR"), the script trains and checks that it holds, and
refuses to write the lessons if it does not.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from engine import Network, datasets  # noqa: E402
from playground.core.project import Lesson, project_from_session  # noqa: E402
from playground.core.session import Session  # noqa: E402
from playground.core.settings import TrainingSettings  # noqa: E402
from playground.core.snapshot import DataSnapshot  # noqa: E402
from playground.projects.saving import save_project  # noqa: E402

# Controls most lessons keep out of the way: they are not what the lesson is about.
QUIET = ("regularization", "reg_rate", "stop_at_epoch", "patience")
ALL_FEATURES = ("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2")


@dataclass
class Spec:
    filename: str
    title: str
    settings: TrainingSettings
    instructions: str
    hidden: tuple[str, ...] = ()
    locked: tuple[str, ...] = ()
    view: dict = field(default_factory=dict)
    prepare: Callable[[Session], None] | None = None  # e.g. hand-made points or weights
    check: Callable[[], None] | None = None  # trains copies; raises if the text would lie


def html(*parts: str) -> str:
    return "\n".join(parts)


def steps(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def section(title: str, body: str) -> str:
    return f"<h4>{title}</h4>{body}"


def trained(settings: TrainingSettings, epochs: int, prepare=None) -> dict:
    s = Session(settings)
    if prepare is not None:
        prepare(s)
    s.train_epochs(epochs)
    return s.trainer.metrics() | {"diverged": s.trainer.diverged}


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"make_lessons: a lesson's claim does not hold: {what}")


# ---------------------------------------------------------------------------- 1
LINE = TrainingSettings(dataset="gauss", hidden=(), learning_rate=0.03)


def check_line() -> None:
    expect(trained(LINE, 100)["test_accuracy"] == 1.0, "a line separates the gauss clouds")
    circle = trained(LINE.with_changes(dataset="circle"), 200)
    expect(circle["test_accuracy"] < 0.7, "a line cannot learn the circle")


# ---------------------------------------------------------------------------- 2
XOR = TrainingSettings(dataset="xor", hidden=())


def check_xor() -> None:
    expect(trained(XOR, 200)["test_accuracy"] < 0.75, "a line cannot learn XOR")
    feature = trained(XOR.with_changes(features=("x1", "x2", "x1_x2")), 200)
    expect(feature["test_accuracy"] > 0.97, "x1·x2 solves XOR")
    expect(
        trained(XOR.with_changes(hidden=(4,)), 300)["test_accuracy"] > 0.9,
        "4 hidden neurons solve XOR",
    )


# ---------------------------------------------------------------------------- 3
CIRCLE = TrainingSettings(dataset="circle", hidden=())


def check_circle() -> None:
    squares = trained(CIRCLE.with_changes(features=("x1", "x2", "x1_sq", "x2_sq")), 200)
    expect(squares["test_accuracy"] > 0.97, "squares solve the circle without a hidden layer")
    expect(
        trained(CIRCLE.with_changes(hidden=(3,)), 300)["test_accuracy"] > 0.95, "3 neurons solve it"
    )


# ---------------------------------------------------------------------------- 4
SPIRAL = TrainingSettings(dataset="spiral", hidden=(4,))


def check_spiral() -> None:
    shallow = trained(SPIRAL, 300)
    deep = trained(SPIRAL.with_changes(hidden=(8, 8, 8)), 300)
    expect(shallow["train_accuracy"] < 0.75, "one layer of 4 cannot learn the spiral")
    expect(deep["train_accuracy"] > 0.9, "three layers of 8 learn the spiral")


# ---------------------------------------------------------------------------- 5
RATE = TrainingSettings(dataset="circle", hidden=(4, 2), stop_at_epoch=100)


def check_rate() -> None:
    losses = {
        lr: trained(RATE.with_changes(learning_rate=lr), 100)["train_loss"]
        for lr in (0.03, 0.3, 1.0, 3.0, 10.0)
    }
    expect(losses[0.3] < losses[0.03], "a bigger rate learns faster")
    expect(losses[0.3] < losses[1.0] < losses[3.0], "until the steps grow too big")
    expect(losses[10.0] > 0.6, "a rate of 10 fails")
    reg = TrainingSettings(problem="regression", dataset="plane", hidden=(4, 2), learning_rate=3.0)
    expect(trained(reg, 50)["diverged"], "regression at rate 3 diverges")


# ---------------------------------------------------------------------------- 6
DEEP = TrainingSettings(dataset="circle", hidden=(4,) * 6, activation="sigmoid", stop_at_epoch=300)


def check_deep() -> None:
    expect(trained(DEEP, 300)["train_accuracy"] < 0.7, "a deep sigmoid network is stuck")
    expect(
        trained(DEEP.with_changes(activation="tanh"), 300)["train_accuracy"] > 0.95, "tanh learns"
    )
    expect(
        trained(DEEP.with_changes(activation="relu"), 300)["train_accuracy"] > 0.95, "ReLU learns"
    )


# ---------------------------------------------------------------------------- 7
NOISY = TrainingSettings(
    dataset="moons",
    noise=0.5,
    train_ratio=0.2,
    hidden=(8, 8, 8),
    features=ALL_FEATURES,
    stop_at_epoch=500,
)


def check_noisy() -> None:
    plain = trained(NOISY, 500)
    l2 = trained(NOISY.with_changes(regularization="l2", reg_rate=0.03), 500)
    expect(
        plain["test_loss"] > 2 * plain["train_loss"],
        "without regularization the test loss is far above",
    )
    expect(l2["test_loss"] < plain["test_loss"], "L2 lowers the test loss")


# ---------------------------------------------------------------------------- 8
PAINTED = TrainingSettings(dataset="blobs", classes=3, hidden=(3,), speed=3)


def smiley() -> DataSnapshot:
    """A face painted in three colours: the face ring, two eyes, a smile."""
    rng = np.random.default_rng(42)
    angle = rng.uniform(0, 2 * np.pi, 160)
    radius = np.sqrt(rng.uniform(4.0**2, 5.2**2, 160))
    face = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    eyes = np.vstack(
        [rng.normal((-1.7, 1.6), 0.45, (35, 2)), rng.normal((1.7, 1.6), 0.45, (35, 2))]
    )
    angle = rng.uniform(np.deg2rad(200), np.deg2rad(340), 80)
    radius = rng.normal(2.4, 0.2, 80)
    mouth = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    X = np.round(np.vstack([face, eyes, mouth]), 3)
    y = np.repeat(np.arange(3, dtype=np.int64), [len(face), len(eyes), len(mouth)])
    Xtr, ytr, Xte, yte = datasets.split(X, y, train_ratio=0.7, seed=1)
    return DataSnapshot(0, "classification", 3, Xtr, ytr, Xte, yte)


def paint(session: Session) -> None:
    s = session.settings
    session.restore(Network.from_spec(s.spec(3), seed=s.init_seed), smiley())


def check_painted() -> None:
    few = trained(PAINTED, 300, paint)
    more = trained(PAINTED.with_changes(hidden=(8, 8)), 300, paint)
    expect(more["test_loss"] < few["test_loss"], "more neurons fit the smiley better")


# ---------------------------------------------------------------------------- 9
RACE = TrainingSettings(dataset="spiral", hidden=(8, 8, 8), stop_at_epoch=200, speed=3)


# --------------------------------------------------------------------------- 10
BY_HAND = TrainingSettings(
    dataset="gauss", hidden=(2,), activation="tanh", batch_size=1, learning_rate=0.5, speed=1
)
HAND_W1 = [[0.5, -0.5], [0.25, 0.75]]
HAND_W2 = [[1.0], [-1.0]]
HAND_POINT = (2.0, 1.0)


def by_hand(session: Session) -> None:
    X_train = np.array([HAND_POINT])
    y_train = np.array([1], dtype=np.int64)
    X_test = np.array([[-2.0, -1.0], [1.0, 2.0], [-1.0, -2.5]])
    y_test = np.array([0, 1, 0], dtype=np.int64)
    spec = session.settings.spec(2)
    net = Network(spec, [(np.array(HAND_W1), np.zeros(2)), (np.array(HAND_W2), np.zeros(1))])
    session.restore(net, DataSnapshot(0, "classification", 2, X_train, y_train, X_test, y_test))


def hand_numbers() -> dict:
    x = np.array(HAND_POINT)
    W1, W2 = np.array(HAND_W1), np.array(HAND_W2)
    z = x @ W1
    a = np.tanh(z)
    logit = float(a @ W2[:, 0])
    p = 1 / (1 + np.exp(-logit))
    loss = -np.log(p)
    delta = p - 1.0
    grad_w2 = a * delta
    new_w2 = W2[:, 0] - BY_HAND.learning_rate * grad_w2
    s = Session(BY_HAND)
    by_hand(s)
    expect(
        abs(s.trainer.metrics()["train_loss"] - loss) < 1e-12, "the hand-computed loss is the app's"
    )
    s.train_epochs(1)
    expect(
        np.allclose(s.trainer.network.params[1][0][:, 0], new_w2), "one step moves w as computed"
    )
    return {"z": z, "a": a, "logit": logit, "p": p, "loss": loss, "delta": delta, "new_w2": new_w2}


def by_hand_text() -> str:
    n = hand_numbers()
    return html(
        "<p>This network is small enough to follow <b>one step of backpropagation</b> with a "
        "calculator. It learns from a single blue point <b>x = (2, 1)</b>, label <b>y = 1</b>, "
        "with batch size 1 and learning rate 0.5, so one epoch is exactly one step.</p>",
        "<p>Weights into the hidden neurons h₁, h₂: from x₁: 0.5, −0.5; from x₂: 0.25, 0.75. "
        "Weights into the output: h₁: 1, h₂: −1. All biases are 0.</p>",
        section(
            "Try",
            steps(
                "Forward: z = w·x for each hidden neuron, then a = tanh(z).",
                "Output: p = σ(a₁·1 + a₂·(−1)). Loss L = −ln p.",
                "Backward: δ = p − y. The gradient of the output weight from h₁ is a₁·δ; "
                "the new weight is 1 − 0.5·a₁·δ.",
                "Press <b>Step</b> (→) once, then <b>File → Export → Weights as JSON</b> and compare.",
            ),
        ),
        section(
            "Check yourself",
            f"<p>z₁ = {n['z'][0]:g}, z₂ = {n['z'][1]:g}; p ≈ {n['p']:.3f}; "
            f"the training loss at epoch 0 reads {n['loss']:.3f}.</p>",
        ),
        section(
            "Question",
            "<p>δ is negative. Which output weight grows and which shrinks after the step? "
            "Why does that make p larger?</p>",
        ),
    )


# ------------------------------------------------------------------------ lessons
LESSONS = [
    Spec(
        "01-linear-separability.nnplay",
        "1. A straight line: linear separability",
        LINE,
        html(
            "<p>This network has <b>no hidden layer</b>: the output adds up x₁ and x₂, each times a "
            "weight, plus a bias. So its boundary is always a <b>straight line</b>.</p>",
            section(
                "Try",
                steps(
                    "Press <b>Play</b> (Space). Watch the line turn until it splits orange from blue.",
                    "Drag <b>Noise</b> to 50 and play again. The two clouds now overlap.",
                    "Pick the <b>Circle</b> dataset and play.",
                ),
            ),
            section(
                "Notice",
                "<p>With noise the test loss never reaches zero: no line splits overlapping clouds. "
                "On the circle the line never fits at all.</p>",
            ),
            section(
                "Question",
                "<p>Sketch a dataset that no straight line can separate. Why can this network not learn the circle?</p>",
            ),
        ),
        hidden=(*QUIET, "optimizer", "batch_size", "activation"),
        locked=("network_edit", "hidden", "features"),
        check=check_line,
    ),
    Spec(
        "02-xor-needs-a-hidden-layer.nnplay",
        "2. XOR needs a hidden layer (or x₁·x₂)",
        XOR,
        html(
            "<p>XOR: a point is blue when x₁ and x₂ have the <b>same sign</b>. The network again has no "
            "hidden layer.</p>",
            section(
                "Try",
                steps(
                    "Play for about 200 epochs. Does the loss go down?",
                    "Click the <b>X₁X₂</b> input to switch it on and play again.",
                    "Switch X₁X₂ off. Add a hidden layer with <b>+</b>, give it 2 to 4 neurons, and play.",
                ),
            ),
            section(
                "Notice",
                "<p>The sign of x₁·x₂ <i>is</i> the label, so one extra input solves XOR with a single "
                "weight. A hidden layer has to build that feature itself out of lines.</p>",
            ),
            section(
                "Question",
                "<p>What is the smallest hidden layer that still solves XOR? Why does 1 neuron fail?</p>",
            ),
        ),
        hidden=(*QUIET, "optimizer", "batch_size"),
        locked=("dataset",),
        check=check_xor,
    ),
    Spec(
        "03-features-or-depth.nnplay",
        "3. The circle: better features or more neurons?",
        CIRCLE,
        html(
            "<p>A disc of blue inside a ring of orange. A straight line cannot do this, so the network "
            "needs help. There are two ways.</p>",
            section(
                "Try",
                steps(
                    "Play: the line gets stuck near 50 % accuracy.",
                    "Switch on the <b>X₁²</b> and <b>X₂²</b> inputs and play. Note the epoch when the test "
                    "loss drops below 0.05.",
                    "Switch them off, add one hidden layer of 3 neurons, and play. Note the epoch again.",
                ),
            ),
            section(
                "Notice",
                "<p>x₁² + x₂² is the squared distance from the centre, so in those features the circle "
                "becomes a line. Three hidden neurons instead build a boundary out of three lines.</p>",
            ),
            section(
                "Question",
                "<p>Which way needed fewer weights? Which would you choose if you did not know the data was round?</p>",
            ),
        ),
        hidden=(*QUIET, "optimizer", "batch_size"),
        locked=("dataset",),
        check=check_circle,
    ),
    Spec(
        "04-the-spiral-needs-depth.nnplay",
        "4. The spiral needs depth",
        SPIRAL,
        html(
            "<p>Two arms curl around each other. One hidden layer of 4 neurons is far too simple.</p>",
            section(
                "Try",
                steps(
                    "Play for 300 epochs and look at the boundary.",
                    "Make it <b>3 layers of 8 neurons</b> with the + buttons, then play.",
                    "Bonus: switch on the <b>sin(X₁)</b> and <b>sin(X₂)</b> inputs.",
                ),
            ),
            section(
                "Notice",
                "<p>Every layer bends the shapes of the layer before it, so deeper networks draw curlier "
                "boundaries. Compare the small pictures in the first and in the last hidden layer.</p>",
            ),
            section(
                "Question",
                "<p>How do the neuron pictures change from the first layer to the last? Why?</p>",
            ),
        ),
        hidden=QUIET,
        locked=("dataset",),
        check=check_spiral,
    ),
    Spec(
        "05-learning-rate-too-large.nnplay",
        "5. A learning rate that is too large",
        RATE,
        html(
            "<p>The learning rate is the size of each step downhill. Training pauses at epoch 100 so you "
            "can compare runs.</p>",
            section(
                "Try",
                steps(
                    "Play to epoch 100 and write down the training loss.",
                    "Choose learning rate 0.3, press <b>Reset</b> (R) and play. Then 1, 3 and 10.",
                    "Bonus: set <b>Problem type</b> to Regression and the rate to 3, then play.",
                ),
            ),
            section(
                "Notice",
                "<p>Bigger steps learn faster, until a step jumps right over the valley: then the loss "
                "bounces, or grows without limit and the playground says <i>Training diverged</i>.</p>",
            ),
            section(
                "Question",
                "<p>Which rate had the lowest loss at epoch 100? Why is the largest not the fastest?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "optimizer", "patience"),
        locked=("dataset", "network_edit", "hidden", "features", "activation"),
        check=check_rate,
    ),
    Spec(
        "06-vanishing-gradients.nnplay",
        "6. Vanishing gradients in a deep sigmoid network",
        DEEP,
        html(
            "<p>Six hidden layers, all with the <b>sigmoid</b> activation. Training pauses at epoch 300.</p>",
            section(
                "Try",
                steps(
                    "Play to epoch 300. Watch the loss and the links near the inputs.",
                    "Change <b>Activation</b> to Tanh and play again.",
                    "Now try ReLU.",
                ),
            ),
            section(
                "Notice",
                "<p>The sigmoid's slope is at most 0.25. Backpropagation multiplies one slope per layer, "
                "and 0.25⁶ ≈ 0.0002, so the first layers hardly learn: the gradient vanishes.</p>",
            ),
            section(
                "Question",
                "<p>With sigmoid, remove layers (−) until it learns. How many layers can it train in 300 epochs?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "patience"),
        locked=("dataset",),
        check=check_deep,
    ),
    Spec(
        "07-overfitting-and-regularization.nnplay",
        "7. Overfitting, and regularization against it",
        NOISY,
        html(
            "<p>Very noisy moons, only 20 % of the points for training, and a big network with every "
            "input. Training pauses at epoch 500.</p>",
            section(
                "Try",
                steps(
                    "Play to epoch 500. Compare the <b>training</b> and the <b>test</b> loss.",
                    "Set <b>Regularization</b> to L2 with rate 0.03, press Reset and play.",
                    "Try the rate 0.3. Then try 80 % training data without regularization.",
                ),
            ),
            section(
                "Notice",
                "<p>Without regularization the boundary wraps around single noisy points: the training "
                "loss falls while the test loss stays high. The network learned the noise. L2 keeps the "
                "weights small and the boundary smooth.</p>",
            ),
            section("Question", "<p>Why does more training data help against overfitting too?</p>"),
        ),
        hidden=("patience",),
        locked=("dataset",),
        view={"show_test": True},
        check=check_noisy,
    ),
    Spec(
        "08-many-classes.nnplay",
        "8. Many colours: a painted smiley",
        PAINTED,
        html(
            "<p>These points were painted by hand in three colours. The network now has <b>one output "
            "neuron per colour</b>; softmax turns them into probabilities that add up to 1, and the map "
            "shows the most likely colour.</p>",
            section(
                "Try",
                steps(
                    "Play. Which parts of the face does a layer of 3 neurons get right?",
                    "Add neurons and a second layer until the smile is right.",
                    "Look at the three output neurons: each one draws where <i>its</i> colour is likely.",
                ),
            ),
            section(
                "Notice",
                "<p>The eyes are two separate blobs of one class, and the smile curves: one neuron per "
                "colour is not enough to draw them.</p>",
            ),
            section("Question", "<p>Which class is hardest to learn, and why?</p>"),
        ),
        hidden=("regularization", "reg_rate", "patience", "stop_at_epoch", "problem"),
        locked=("data_edit", "dataset", "classes", "noise", "train_ratio", "data_seed"),
        prepare=paint,
        check=check_painted,
    ),
    Spec(
        "09-optimizers-compared.nnplay",
        "9. Optimizers compared",
        RACE,
        html(
            "<p>The same network and data, four ways to turn gradients into steps. Training pauses at "
            "epoch 200.</p>",
            section(
                "Try",
                "<p>For each row: press <b>Start the lesson again</b> (below; the same start "
                "weights every time), choose the optimizer and learning rate, and play to epoch 200.</p>"
                "<table border='1' cellpadding='4' cellspacing='0'>"
                "<tr><th>Optimizer</th><th>Rate</th><th>Test loss</th></tr>"
                "<tr><td>SGD</td><td>0.03</td><td></td></tr>"
                "<tr><td>Momentum</td><td>0.03</td><td></td></tr>"
                "<tr><td>RMSProp</td><td>0.003</td><td></td></tr>"
                "<tr><td>Adam</td><td>0.01</td><td></td></tr></table>",
            ),
            section(
                "Race them",
                "<p>Now all four at once: press <b>Compare</b> (or C), then <b>Add lane</b> until "
                "there are four, and give each lane its optimizer and rate from the table. Press "
                "play: the lanes start from the same weights and train side by side, with one loss "
                "curve each.</p>",
            ),
            section(
                "Notice",
                "<p>Momentum remembers the last steps and keeps rolling; RMSProp and Adam give every weight "
                "its own step size.</p>",
            ),
            section(
                "Question",
                "<p>Which was fastest here? Does the winner change with learning rate 0.1?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "patience"),
        locked=("dataset", "network_edit", "hidden", "features", "activation"),
    ),
    Spec(
        "10-backprop-by-hand.nnplay",
        "10. Backpropagation by hand on a 2-2-1 network",
        BY_HAND,
        "",  # filled in by by_hand_text(), which checks its numbers against the engine
        hidden=(*QUIET, "optimizer", "problem", "speed"),
        locked=(
            "data_edit",
            "network_edit",
            "dataset",
            "hidden",
            "features",
            "activation",
            "learning_rate",
            "batch_size",
            "noise",
            "train_ratio",
            "data_seed",
            "init_seed",
        ),
        prepare=by_hand,
    ),
]


def build(out: Path = HERE, check: bool = True) -> list[Path]:
    written = []
    for spec in LESSONS:
        if check and spec.check is not None:
            spec.check()
        instructions = spec.instructions or by_hand_text()
        session = Session(spec.settings)
        if spec.prepare is not None:
            spec.prepare(session)
        lesson = Lesson(spec.title, instructions, spec.hidden, spec.locked)
        path = out / spec.filename
        save_project(path, project_from_session(session, spec.view, lesson))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.relative_to(HERE.parent.parent)}")
