"""Build the bundled lessons: ``python resources/lessons/make_lessons.py``.

Every lesson is made from TrainingSettings and a real Session and written with the same
code that saves a project, so the files are always valid. What a lesson's text promises
("a line cannot learn XOR", "3 layers of 8 pass 90 % within 250 to 500 epochs") is written
as data in ``claims.py``; before the files are written, ``claim_runner.py`` follows each
lesson's own steps over several weight seeds, and the script refuses to write the lessons
if a claim does not hold.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from hand_made import BY_HAND, PAINTED, by_hand, hand_numbers, paint  # noqa: E402

from playground.core.project import Lesson, project_from_session  # noqa: E402
from playground.core.session import Session  # noqa: E402
from playground.core.settings import TrainingSettings  # noqa: E402
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


def html(*parts: str) -> str:
    return "\n".join(parts)


def steps(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def section(title: str, body: str) -> str:
    return f"<h4>{title}</h4>{body}"


LINE = TrainingSettings(dataset="gauss", hidden=(), learning_rate=0.03)
XOR = TrainingSettings(dataset="xor", hidden=(), stop_at_epoch=300)
CIRCLE = TrainingSettings(dataset="circle", hidden=(), stop_at_epoch=300)
SPIRAL = TrainingSettings(dataset="spiral", hidden=(4,))
RATE = TrainingSettings(dataset="circle", hidden=(4, 2), stop_at_epoch=100)
DEEP = TrainingSettings(dataset="circle", hidden=(4,) * 6, activation="sigmoid", stop_at_epoch=300)
NOISY = TrainingSettings(
    dataset="moons",
    noise=0.5,
    train_ratio=0.2,
    hidden=(8, 8, 8),
    features=ALL_FEATURES,
    stop_at_epoch=500,
)
RACE = TrainingSettings(dataset="spiral", hidden=(8, 8, 8), stop_at_epoch=200, speed=3)
TIME = TrainingSettings(dataset="circle", hidden=(2,), speed=0)
DEAD = TrainingSettings(dataset="circle", hidden=(4, 4), activation="relu")
CONFIDENT = TrainingSettings(dataset="gauss", hidden=(), loss="tfp", stop_at_epoch=100)

# The Reset step of the lessons that compare networks: the + buttons keep what the network
# has learned, so a fair race between sizes starts each one from fresh weights.
RESET = "press <b>Reset</b> (R) for fresh weights"


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
                    "Drag Noise back to 0, pick the <b>Circle</b> dataset and play.",
                ),
            ),
            section(
                "Notice",
                "<p>With noise the test loss stays well above zero: no line splits overlapping "
                "clouds. On the circle the line stays stuck at about half of the points right, "
                "however long you wait.</p>",
            ),
            section(
                "Question",
                "<p>Sketch a dataset that no straight line can separate. Why can this network not learn the circle?</p>",
            ),
        ),
        hidden=(*QUIET, "optimizer", "batch_size", "activation"),
        locked=("network_edit", "hidden", "features"),
    ),
    Spec(
        "02-xor-needs-a-hidden-layer.nnplay",
        "2. XOR needs a hidden layer (or x₁·x₂)",
        XOR,
        html(
            "<p>XOR: a point is blue when x₁ and x₂ have the <b>same sign</b>. The network again has no "
            "hidden layer. Training pauses at epoch 300.</p>",
            section(
                "Try",
                steps(
                    "Play until training pauses. The loss goes down, to about 0.69. "
                    "Does the accuracy go up too?",
                    "Click the <b>X₁X₂</b> input to switch it on and play again.",
                    f"Switch X₁X₂ off. Add a hidden layer with the <b>+</b> beside HIDDEN LAYERS (it "
                    f"starts with 2 neurons), {RESET}, and play to epoch 300. Note the test accuracy.",
                    f"Give the layer a third neuron with the + above it, {RESET} and play again. "
                    "Then try 4 neurons.",
                ),
            ),
            section(
                "Notice",
                "<p>A loss of 0.69 (that is ln 2) is what a network scores by answering "
                "“50 % blue” for every point: the line learned to be unsure, not to be right, and "
                "the accuracy stays between about 45 and 70 %.</p>"
                "<p>The sign of x₁·x₂ <i>is</i> the label, so one extra input solves XOR with a "
                "single weight. A hidden layer has to build that feature itself out of lines. Two "
                "neurons could do it in principle, but training usually stalls below 90 % test "
                "accuracy; 3 neurons get to about 90 %, 4 above it.</p>",
            ),
            section(
                "Question",
                "<p>What is the smallest hidden layer that reliably trains to above 90 % test "
                "accuracy here? (Try each size twice: Reset gives new weights.) Why can a single "
                "hidden neuron never do it?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "patience", "optimizer", "batch_size"),
        locked=("dataset",),
    ),
    Spec(
        "03-features-or-depth.nnplay",
        "3. The circle: better features or more neurons?",
        CIRCLE,
        html(
            "<p>A disc of blue inside a ring of orange. A straight line cannot do this, so the network "
            "needs help. There are two ways. Training pauses at epoch 300.</p>",
            section(
                "Try",
                steps(
                    "Play until training pauses: the line gets stuck below 50 % accuracy.",
                    f"Switch on the <b>X₁²</b> and <b>X₂²</b> inputs, {RESET}, and play to epoch "
                    "300. Note the test loss.",
                    "Switch them off. Add a hidden layer with the <b>+</b> beside HIDDEN LAYERS and "
                    f"a third neuron with the + above it, {RESET}, and play to epoch 300. Note the "
                    "test loss again.",
                ),
            ),
            section(
                "Notice",
                "<p>x₁² + x₂² is the squared distance from the centre, so in those features the circle "
                "becomes a line: by epoch 300 the test loss is about 0.02. Three hidden neurons "
                "build a boundary out of three lines instead; they get nearly every point right too, but "
                "their test loss is still several times higher (about 0.1).</p>",
            ),
            section(
                "Question",
                "<p>Which way needed fewer weights? Which would you choose if you did not know the data was round?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "patience", "optimizer", "batch_size"),
        locked=("dataset",),
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
                    "Play for 300 epochs and look at the boundary and the training accuracy.",
                    f"Make it <b>3 layers of 8 neurons</b> with the + buttons, {RESET}, and play. "
                    "Note the epoch when the training accuracy passes 90 %.",
                    "Bonus: switch on the <b>sin(X₁)</b> and <b>sin(X₂)</b> inputs.",
                ),
            ),
            section(
                "Notice",
                "<p>One layer of 4 stays below 75 % training accuracy, however long it plays. Three "
                "layers of 8 usually "
                "pass 90 % between epoch 250 and 500; when exactly depends on the start weights, "
                "and now and then it takes longer. "
                "Every layer bends the shapes of the layer before it, so deeper networks draw "
                "curlier boundaries. Compare the small pictures in the first and in the last "
                "hidden layer.</p>",
            ),
            section(
                "Question",
                "<p>How do the neuron pictures change from the first layer to the last? Why?</p>",
            ),
        ),
        hidden=QUIET,
        locked=("dataset",),
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
                    "Choose learning rate 0.1, press <b>Reset</b> (R) and play. Then 1, 3 and 10.",
                    "Try a tiny rate too: 0.003.",
                    "Bonus: set <b>Problem type</b> to Regression and the rate to 3, then play.",
                ),
            ),
            section(
                "Notice",
                "<p>Bigger steps learn faster: 0.1 ends lower than 0.03, and at 0.003 training has "
                "hardly started by epoch 100. But past some size a step jumps right over the "
                "valley: at 3 and 10 the loss bounces and stays high. At 1 it depends on the start "
                "weights: sometimes the best of all, sometimes stuck. In regression a step that is "
                "too large makes the loss grow without limit, and the playground says "
                "<i>Training diverged</i>.</p>",
            ),
            section(
                "Question",
                "<p>Which rate had the lowest loss at epoch 100? Why is the largest not the fastest?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "optimizer", "patience"),
        locked=("dataset", "network_edit", "hidden", "features", "activation"),
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
                    "Open <b>View › Gradients</b> (G). Each curve there is one layer's gradient "
                    "size, on a log scale (each grid line down is 10 times smaller): <b>h1</b> is "
                    "the first hidden layer, next to the inputs, <b>out</b> the output layer.",
                    "Play to epoch 300. Watch the loss, and compare the h1 curve with out.",
                    "Change <b>Activation</b> to Tanh (this starts again with fresh weights), play "
                    "to 300 and compare the curves again.",
                    "Now try ReLU.",
                ),
            ),
            section(
                "Notice",
                "<p>With sigmoid the loss stays at 0.69. The h1 curve starts more than 100 times "
                "(two grid lines) below out and stays well below it, and the panel warns about it. "
                "The sigmoid's slope is at most 0.25. Backpropagation multiplies one slope per "
                "layer, and 0.25⁶ ≈ 0.0002, so the first layers hardly learn: the gradient "
                "vanishes. With tanh the curves start within about one grid line of each other, "
                "and the network learns the circle. ReLU often does too, but a network this narrow "
                "sometimes starts with dead ReLUs (lesson 12) and learns less.</p>",
            ),
            section(
                "Question",
                "<p>With sigmoid, remove layers with the − beside HIDDEN LAYERS, press Reset and "
                "play to 300 each time. How many sigmoid layers can it train in 300 epochs?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "patience"),
        locked=("dataset",),
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
                    "Try the rate 0.3 (press Reset again). Then set Regularization back to None and "
                    "drag the ratio of training to test data to 80 %.",
                ),
            ),
            section(
                "Notice",
                "<p>Without regularization the boundary wraps around single noisy points: the training "
                "loss falls far below the test loss. The network learned the noise. L2 keeps the "
                "weights small and the boundary smooth: the test loss drops and ends close to the "
                "training loss. At 0.3 the penalty is too strong: it shrinks every weight to almost "
                "nothing, and the network answers 50/50 everywhere (loss 0.69).</p>",
            ),
            section("Question", "<p>Why does more training data help against overfitting too?</p>"),
        ),
        hidden=("patience",),
        locked=("dataset",),
        view={"show_test": True},
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
                    "Play for about 300 epochs. Which parts of the face does a layer of 3 neurons "
                    "get right?",
                    "Add neurons and a second layer with the + buttons (8 and 8 are plenty) and play "
                    "on until every part is right.",
                    "Look at the three output neurons: each one draws where <i>its</i> colour is likely.",
                ),
            ),
            section(
                "Notice",
                "<p>With 3 neurons the eyes usually come out right, but the ring of the face does not: it goes "
                "all the way round the other colours, so its boundary must close on every side, "
                "and three neurons give only three lines to build it from. With more neurons "
                "every part comes out right.</p>",
            ),
            section("Question", "<p>Which class is hardest to learn, and why?</p>"),
        ),
        hidden=("regularization", "reg_rate", "patience", "stop_at_epoch", "problem"),
        locked=("data_edit", "dataset", "classes", "noise", "train_ratio", "data_seed"),
        prepare=paint,
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
                "<tr><th>Optimizer</th><th>Rate</th><th>Test accuracy</th></tr>"
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
                "its own step size. With these rates Adam ends ahead of plain SGD, and SGD usually "
                "comes last.</p>",
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
    Spec(
        "11-training-time.nnplay",
        "11. How long does training take?",
        TIME,
        html(
            "<p>Every epoch sends each training point forward through the network and back. "
            "Each link is one weight: one multiply-add per point on the way forward, and about "
            "two more on the way back. So the work of an epoch grows with the number of "
            "<b>links</b> and with the number of <b>training points</b>. Speed is set to Max: "
            "the playground trains as fast as this computer can.</p>",
            section(
                "Try",
                steps(
                    "Press <b>Play</b> and read the training speed at the bottom right of the "
                    "window, in <b>steps/s</b>. A step is one update from a batch of 10 points; "
                    "250 training points make 25 steps an epoch. Pause.",
                    "Give the hidden layer 6 more neurons with the <b>+</b> above it. Its 6 links "
                    "are now 24: four times the multiply-adds. Play and read steps/s again.",
                    "Add two more hidden layers with the + beside HIDDEN LAYERS and give each 8 "
                    "neurons: 152 links, about 25 times the first network's. Play and read steps/s.",
                    "In the data panel set <b>Points</b> to 5000 and play. Watch the epoch counter.",
                ),
            ),
            section(
                "Notice",
                "<p>The work grew 25 times, but steps/s fell much less: on most computers only "
                "about 2 to 3 times. These networks are so small that most of a step's time is a "
                "fixed cost, a few calls for each layer whatever its size; that is why more layers "
                "slow it down more than wider ones. 5000 points make 250 steps an epoch instead of "
                "25: steps/s stays about the same, so every epoch takes about 10 times as long.</p>"
                "<p>Real networks have millions of weights, and there the multiply-adds are "
                "nearly all of the time: training time grows roughly with weights × points × "
                "epochs. That is why big networks on big data train for hours or days.</p>",
            ),
            section(
                "Question",
                "<p>A large network gets twice the weights and twice the training points. About "
                "how much longer does an epoch take? Why did steps/s here fall so much less than "
                "the number of links grew?</p>",
            ),
        ),
        hidden=(*QUIET, "optimizer"),
        locked=("dataset",),
    ),
    Spec(
        "12-dead-relus.nnplay",
        "12. Dead neurons at a large learning rate",
        DEAD,
        html(
            "<p>ReLU passes a positive sum through and turns a negative one into 0. A neuron "
            "whose sum is negative for <i>every</i> point outputs 0 everywhere. Its slope there "
            "is 0 too, so no gradient reaches its weights and it never comes back: it is "
            "<b>dead</b>.</p>",
            section(
                "Try",
                steps(
                    "Play to about epoch 200: at learning rate 0.03 the network learns the circle.",
                    "Choose learning rate 10, press <b>Reset</b> (R) and play. Watch the output "
                    "and the second hidden layer.",
                    "Choose learning rate 0.03 again and play on, without Reset.",
                    "Now press Reset and play.",
                    "Bonus: set <b>Activation</b> to Leaky ReLU and the rate to 10, and play.",
                ),
            ),
            section(
                "Notice",
                "<p>At rate 10 the first steps are so large that, within the first epoch, every "
                "neuron of the second hidden layer gets a negative sum for every point. The "
                "network view marks dead neurons, and the window warns you. With nothing getting "
                "through, the output is the same everywhere: one colour, about 50 % accuracy.</p>"
                "<p>A smaller rate does not bring them back, since a dead neuron gets no gradient; "
                "only fresh weights (Reset) do. Leaky ReLU lets a little through below 0, so its "
                "neurons never die, but a rate of 10 is still far too large: training usually "
                "diverges.</p>",
            ),
            section(
                "Question",
                "<p>Why does a dead neuron never come back by itself? Why does the second layer die "
                "and not the first? (Hint: what sign do the second layer's inputs have?)</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "patience", "optimizer", "batch_size"),
        locked=("dataset", "network_edit", "hidden", "features"),
    ),
    Spec(
        "13-a-confident-mistake.nnplay",
        "13. Why cross-entropy learns faster from a confident mistake",
        CONFIDENT,
        html(
            "<p>This network's output is TensorFlow Playground's (<b>Loss</b>, beside the "
            "output: TF Playground): "
            "<b>ŷ = tanh(z)</b>, between −1 and 1, with the targets t = −1 for orange and +1 "
            "for blue and the loss <b>½(ŷ − t)²</b>. The other choice, cross-entropy, has the "
            "output p = σ(z), the probability of blue, and the loss −ln of the probability it "
            "gives the point's own colour. Here you make the network sure of the wrong colour "
            "and watch which loss gets it out of there faster.</p>",
            section(
                "Try",
                steps(
                    "The network has no hidden layer: z = w₁·X₁ + w₂·X₂ + b. Double-click the "
                    "link from X₁ to the output, type −1 and press Enter; do the same for the "
                    "link from X₂. Now every point is on the wrong side, far from the line.",
                    "Play. Training stops at epoch 100. Watch the loss chart and the training "
                    "accuracy.",
                    "In the <b>Loss</b> list beside the output choose <b>Cross-entropy</b> (it "
                    "starts again with fresh weights), set the same two weights to −1 and play "
                    "again.",
                    "Bonus: do both again with −2 instead of −1.",
                ),
            ),
            section(
                "Notice",
                "<p>At first every training point is wrong, with either loss. With TF "
                "Playground's loss the loss starts near its largest value, 2, and is still "
                "there after 5 epochs: it takes 10 to 20 epochs to get 90 % of the training "
                "points right. Cross-entropy gets there within 2 epochs. By epoch 100 both "
                "get every training point right.</p>"
                "<p>Why? Every weight's gradient is made from the output's "
                "<b>δ = ∂L/∂z</b>. For tanh with ½ squared error, <b>δ = (ŷ − t)·(1 − ŷ²)</b>: "
                "for a confident mistake ŷ is near −t, so 1 − ŷ² is near 0 and the push almost "
                "vanishes; here it is about 0.014 on average over the training points. For "
                "cross-entropy, <b>δ = p − y</b>: the surer the mistake, the closer it is to 1; "
                "here about 0.98. Click a point to see δ worked out in the walkthrough.</p>"
                "<p>At −2 the tanh network gets no point right in 300 epochs, while "
                "cross-entropy needs at most 3.</p>",
            ),
            section(
                "Question",
                "<p>Which loss punishes a confident mistake harder, and which one's gradient "
                "grows with it? What would you expect of a sigmoid output with ½ squared error?</p>",
            ),
        ),
        hidden=("regularization", "reg_rate", "patience", "optimizer", "batch_size"),
        locked=("dataset",),  # the weights are typed in the network: it stays editable
    ),
]


def translated(filename: str, title: str, instructions: str) -> tuple[tuple, tuple]:
    """The lesson's titles and instructions in every language of ``texts/<lang>.json``
    (English first), as Lesson keeps them, or none when no translation has it. Each file
    maps a lesson's file name to its title and instructions; translators keep the numbers,
    which the claims check in English."""
    titles, bodies = [("en", title)], [("en", instructions)]
    for path in sorted((HERE / "texts").glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8")).get(filename)
        if entry:
            titles.append((path.stem, entry["title"]))
            bodies.append((path.stem, entry["instructions"]))
    return (tuple(titles), tuple(bodies)) if len(titles) > 1 else ((), ())


def write(out: Path) -> list[Path]:
    """Write every lesson into ``out``."""
    written = []
    for spec in LESSONS:
        instructions = spec.instructions or by_hand_text()
        session = Session(spec.settings)
        if spec.prepare is not None:
            spec.prepare(session)
        titles, bodies = translated(spec.filename, spec.title, instructions)
        lesson = Lesson(
            spec.title, instructions, spec.hidden, spec.locked, titles=titles, bodies=bodies
        )
        path = out / spec.filename
        save_project(path, project_from_session(session, spec.view, lesson))
        written.append(path)
    return written


def build(out: Path = HERE, check: bool = True) -> list[Path]:
    """Write the lessons into ``out``; with ``check``, only if every claim holds on them."""
    if not check:
        return write(out)
    from claim_runner import CLAIMS, check_claim

    with tempfile.TemporaryDirectory() as tmp:
        drafts = write(Path(tmp))
        failed = [c for c in CLAIMS if not check_claim(c, Path(tmp))[0]]
        if failed:
            says = "; ".join(f"{c.lesson}: {c.says}" for c in failed)
            raise SystemExit(f"make_lessons: a lesson's claim does not hold: {says}")
        return [Path(shutil.copy(path, out / path.name)) for path in drafts]


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.relative_to(HERE.parent.parent)}")
