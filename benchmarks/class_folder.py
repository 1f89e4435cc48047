"""How long a class folder of hand-ins takes to open (issue 19: 200 hand-ins in under 3 s).

Makes a folder of 200 hand-ins, as File › Hand in… writes them (six kinds of work, each
trained for a few hundred epochs: generated data or a student's own points, two or three
hidden layers, a loss history of every epoch, a lesson with locks), beside 2,000 unrelated
files, then times:

* reading: listing the folder and reading every file through ``load_project`` (the part
  without Qt that ``nn-playground class`` runs);
* gallery: File › Open class folder…'s window, from its creation until every card is in
  the table and every thumbnail has been decoded (Qt offscreen).

    python benchmarks/class_folder.py [--students 200] [--runs 3] [--json FILE]

The table shows the median and the best of the runs; the first run of each is a warm-up
that is not recorded (the files then come from the system's cache, as on a second look).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_S = 3.0
UNRELATED = 2000
KINDS = (
    {"dataset": "xor", "hidden": (4, 2)},
    {"dataset": "circle", "hidden": (4, 2)},
    {"dataset": "spiral", "hidden": (8, 8, 4)},
    {"dataset": "gauss", "hidden": (2,)},
    {"dataset": "plane", "problem": "regression", "hidden": (3,)},
    {"data_source": "painted", "hidden": (4,)},
)


def hand_in_texts(epochs: int) -> list[str]:
    import numpy as np

    from playground.core.handin import make_hand_in, with_hand_in
    from playground.core.project import Lesson, dumps_project, project_from_session
    from playground.core.session import Session
    from playground.core.settings import TrainingSettings

    lesson = Lesson("Lesson 3: depth", "<p>Make it learn.</p>", ("dataset",), ("optimizer",))
    texts = []
    for i, kind in enumerate(KINDS):
        session = Session(TrainingSettings(**kind, init_seed=i))
        if kind.get("data_source") == "painted":
            rng = np.random.default_rng(i)
            X = rng.uniform(-5, 5, (120, 2))
            session.import_points("classification", X, (X[:, 0] * X[:, 1] > 0).astype(int))
        session.train_epochs(epochs)
        part = make_hand_in(session, "NAME", lesson.title, "2026-12-04T22:10:05Z")
        texts.append(dumps_project(with_hand_in(project_from_session(session, {}, lesson), part)))
    return texts


def make_folder(folder: Path, students: int, epochs: int) -> int:
    texts = hand_in_texts(epochs)
    size = 0
    for i in range(students):
        text = texts[i % len(texts)].replace('"NAME"', f'"Student {i:03d}"', 1)
        path = folder / f"Lesson 3 - Student {i:03d}.nnplay"
        path.write_text(text, encoding="utf-8")
        size += path.stat().st_size
    for i in range(UNRELATED):
        (folder / f"photo-{i:04d}.jpg").write_bytes(b"\xff\xd8\xff" + bytes(64))
    return size


def time_reading(folder: Path) -> tuple[float, int]:
    from playground.core.class_folder import list_folder, read_entry

    start = time.perf_counter()
    entries = [read_entry(p) for p in list_folder(folder).files]
    seconds = time.perf_counter() - start
    return seconds, sum(e.handin is not None for e in entries)


def time_gallery(folder: Path) -> tuple[float, int]:
    from PySide6.QtWidgets import QApplication

    from playground.classroom.gallery import ClassGallery

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    gallery = ClassGallery(None, folder, lambda path, name: False, lambda text, ms: None)
    gallery.resize(1100, 640)
    gallery.show()
    while gallery.loading:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    model = gallery.model
    for row in range(model.rowCount()):  # every card's picture, as scrolling would show
        model.picture(row)
    gallery.table.viewport().repaint()
    seconds = time.perf_counter() - start
    cards = model.rowCount()
    gallery.close()
    app.processEvents()
    return seconds, cards


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="nn-playground-class-") as tmp:
        folder = Path(tmp)
        size = make_folder(folder, args.students, args.epochs)
        print(
            f"{args.students} hand-ins ({size / 2**20:.1f} MB, {size // args.students // 1024} KB "
            f"each) beside {UNRELATED:,} other files"
        )
        results: dict[str, list[float]] = {"reading": [], "gallery": []}
        for run in range(args.runs + 1):
            reading, read = time_reading(folder)
            gallery, cards = time_gallery(folder)
            assert read == args.students and cards == args.students, (read, cards)
            if run:  # the first is a warm-up
                results["reading"].append(reading)
                results["gallery"].append(gallery)
    print(f"{'':10s} {'median':>8s} {'best':>8s}   target")
    for name, times in results.items():
        print(
            f"{name:10s} {statistics.median(times):7.2f}s {min(times):7.2f}s   "
            f"< {TARGET_S:.0f} s {'met' if statistics.median(times) < TARGET_S else 'NOT met'}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
