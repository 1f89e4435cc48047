"""The CSV reader and writer: every bad file gets its message, good files read exactly."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playground.core import csv_io
from playground.core.csv_io import CsvError, format_csv, parse_csv, read_csv, write_csv

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def rows(n: int, label: int = 0) -> bytes:
    return b"".join(b"%d,%d,%d\n" % (i % 5, i % 7, label) for i in range(n))


# Each bad file: its bytes, the line the message names, and words it must say.
BAD = {
    "non-numeric field": (b"x1,x2,label\n1,2,0\n1,abc,1\n", 3, ["column 2", "abc", "not a number"]),
    "empty field": (b"1,2,0\n1,,1\n", 2, ["column 2", "empty"]),
    "nan": (b"1,2,0\nnan,1,1\n", 2, ["column 1", "nan", "not a finite number"]),
    "infinity": (b"x1,x2,value\n1,2,0.5\n1,2,-inf\n", 3, ["-inf", "not a finite number"]),
    "missing column": (b"1,2,0\n1,2\n", 2, ["2 fields", "3 are needed", "missing"]),
    "extra column": (b"1,2,0\n1,2,0,4\n", 2, ["4 fields", "too many"]),
    "nine classes": (
        b"".join(b"0,0,%d\n" % k for k in range(9)),
        9,
        ["9th class", "at most 8 classes", "x1,x2,value"],
    ),
    "nine named classes": (
        b"x1,x2,label\n" + b"".join(b"1,1,%d\n" % (k * 10) for k in range(9)),
        10,
        ["9th class", "at most 8"],
    ),
    "labels not integers": (b"x1,x2,label\n1,2,0\n1,2,0.5\n", 3, ["0.5", "not a whole number"]),
    "too many rows": (b"x1,x2,label\n" + rows(100_001), 100_002, ["more than 100,000"]),
    "empty file": (b"", None, ["empty"]),
    "only blank lines and comments": (b"\n  \n# points below\n\n", None, ["empty"]),
    "header without points": (b"x1,x2,value\n", 1, ["header", "no points"]),
    "unreadable encoding": (b"x1,x2,label\n1,2,0\n\xe9t\xe9,1,1\n", 3, ["not UTF-8", "0xE9"]),
    "binary file": (b"1,2,0\n\x00\x01\x02\x03\n", 2, ["NUL", "binary"]),
    "unknown header": (b"x1,x2,colour\n1,2,0\n", 1, ["colour", "not known"]),
    "header twice": (b"x1,x1,label\n1,2,0\n", 1, ["twice"]),
    "huge value": (b"x1,x2,value\n1,2,1e9\n", 2, ["too large"]),
    "number beyond float": (b"1,2,1e400\n", 1, ["too large"]),
}


@pytest.mark.parametrize("name", BAD)
def test_every_bad_file_names_its_line_and_problem(name):
    raw, line, words = BAD[name]
    with pytest.raises(CsvError) as info:
        parse_csv(raw)
    message = str(info.value)
    assert info.value.line == line
    if line is not None:
        assert message.startswith(f"Line {line}")
    for word in words:
        assert word.lower() in message.lower(), message


def test_a_header_is_optional_and_names_the_task():
    labelled = parse_csv(b"x1,x2,label\n1,2,0\n3,4,1\n")
    assert labelled.task == "classification" and labelled.header and labelled.classes == 2
    assert labelled.y.dtype == np.int64 and labelled.y.tolist() == [0, 1]
    valued = parse_csv(b"x1,x2,value\n1,2,0\n3,4,1\n")  # whole numbers, but named values
    assert valued.task == "regression" and valued.y.tolist() == [0.0, 1.0]
    bare = parse_csv(b"1,2,0\n3,4,2\n")
    assert bare.task == "classification" and not bare.header and bare.classes == 3
    assert parse_csv(b"1,2,0.25\n3,4,1\n").task == "regression"


def test_columns_in_any_order_and_other_separators():
    data = parse_csv(b"label;x2;x1\n1;2;3\n0;-1;-2\n")
    assert data.X.tolist() == [[3.0, 2.0], [-2.0, -1.0]] and data.y.tolist() == [1, 0]
    tabs = parse_csv(b'"x"\t"y"\t"class"\r\n1.5\t-2\t1\r\n\r\n# done\n')
    assert tabs.X.tolist() == [[1.5, -2.0]] and tabs.y.tolist() == [1]
    spaces = parse_csv(b"1 2 0\n  3   4 1\n")
    assert spaces.X.tolist() == [[1.0, 2.0], [3.0, 4.0]]
    bom = parse_csv(b"\xef\xbb\xbfx1,x2,value\n1,2,3.5\n")
    assert bom.y.tolist() == [3.5]
    utf16 = parse_csv("x1,x2,label\n1,2,1\n".encode("utf-16"))
    assert utf16.y.tolist() == [1]


def test_labels_outside_0_to_7_are_renumbered_in_order():
    data = parse_csv(b"x,y,label\n1,2,-1\n3,4,1\n5,6,-1\n")
    assert data.y.tolist() == [0, 1, 0] and data.labels == (-1, 1)
    assert "-1 as orange" in data.describe() and "1 as blue" in data.describe()
    kept = parse_csv(b"1,2,0\n3,4,5\n")  # already classes: kept, so colours stay
    assert kept.y.tolist() == [0, 5] and kept.classes == 6 and kept.labels is None


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@FAST
@given(
    X=st.lists(st.tuples(finite, finite), min_size=1, max_size=60),
    data=st.data(),
)
def test_export_writes_exactly_what_import_reads_back(X, data):
    X = np.array(X, dtype=np.float64).reshape(-1, 2)
    labels = data.draw(st.lists(st.integers(0, 7), min_size=len(X), max_size=len(X)))
    values = data.draw(st.lists(finite, min_size=len(X), max_size=len(X)))
    values = np.clip(values, -1e6, 1e6)
    for task, y in (("classification", np.array(labels)), ("regression", values)):
        back = parse_csv(format_csv(X, y, task, ("a comment",)).encode())
        assert back.task == task
        assert back.X.tobytes() == X.tobytes()
        assert np.array_equal(back.y, y) and back.y.dtype == (
            np.int64 if task == "classification" else np.float64
        )


def test_write_and_read_a_file(tmp_path):
    X = np.array([[0.1, -0.2], [1e-300, 5.5]])
    path = tmp_path / "points.csv"
    write_csv(path, X, np.array([0.5, -1.0]), "regression", ("from a test",))
    text = path.read_text()
    assert text.splitlines()[:2] == ["# from a test", "x1,x2,value"]
    back = read_csv(path)
    assert back.X.tobytes() == X.tobytes() and back.y.tolist() == [0.5, -1.0]
    with pytest.raises(CsvError, match="folder"):
        read_csv(tmp_path)
    with pytest.raises(CsvError, match="Cannot read"):
        read_csv(tmp_path / "missing.csv")


def check_result(data: csv_io.CsvData) -> None:
    n = len(data)
    assert 1 <= n <= csv_io.MAX_ROWS
    assert data.X.shape == (n, 2) and np.all(np.isfinite(data.X))
    assert data.y.shape == (n,) and np.all(np.isfinite(data.y))
    if data.task == "classification":
        assert data.y.dtype == np.int64 and data.y.min() >= 0 and data.y.max() < 8
        assert data.classes == max(2, int(data.y.max()) + 1) <= 8
    else:
        assert data.task == "regression" and data.classes == 0


@FAST
@given(st.binary(max_size=300))
def test_fuzz_any_bytes_give_points_or_the_documented_error(raw):
    try:
        data = parse_csv(raw)
    except CsvError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check_result(data)


csv_token = st.sampled_from(
    [
        "0",
        "1",
        "-1",
        "2.5",
        "1e3",
        "1e400",
        "nan",
        "inf",
        "",
        " ",
        "x1",
        "x2",
        "label",
        "value",
        "abc",
        '"3"',
        "7",
        "8",
        "0.5",
        "-0",
        ".5",
        "1.",
        "é",
        "\x00",
    ]
)
csv_line = st.lists(csv_token, max_size=5).map(lambda parts: ",".join(parts))


@FAST
@given(st.lists(csv_line, max_size=12), st.sampled_from(["\n", "\r\n", "\r"]))
def test_fuzz_csv_like_text_gives_points_or_the_documented_error(lines, newline):
    raw = newline.join(lines).encode("utf-8")
    try:
        data = parse_csv(raw)
    except CsvError as exc:
        assert str(exc)
        return
    check_result(data)
