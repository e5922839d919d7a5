"""Hostile CSV files: pipes, devices, huge or endless files, floods of bad rows, values float32 cannot hold.

Each is refused in one true line naming the row, at once, never reaching the plot; in the tab the
file is still read off the GUI thread and the tab's data stay as they were.
"""

import os

import pytest

from gradlab.files import LIMITS
from gradlab.regression import data
from gradlab.regression.data import DataError, load_csv

from .conftest import deny_reading


def refusal(path, **kwargs) -> str:
    with pytest.raises(DataError) as caught:
        load_csv(path, **kwargs)
    said = str(caught.value)
    assert len(said.splitlines()) == 1
    return said


def written(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_fifo_and_a_device_are_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.csv")  # no writer: reading it would wait for ever
    assert refusal(tmp_path / "pipe.csv") == (
        "could not read pipe.csv: it is not a regular file (a device, a pipe or a socket)"
    )
    (tmp_path / "zero.csv").symlink_to("/dev/zero")
    assert refusal(tmp_path / "zero.csv").startswith("could not read zero.csv: it is not a regular file")


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(LIMITS["csv"] + 1)  # sparse: no disk used
    assert (
        refusal(big)
        == "could not read big.csv: it is larger than 50 MB, the most gradlab reads for a CSV file"
    )


def test_a_flood_of_bad_rows_stops_at_the_thousandth(tmp_path, monkeypatch):
    path = written(tmp_path / "bad.csv", "x,y\n" + "1,oops\n" * 20_000)
    read = []
    original = data.cell_number
    monkeypatch.setattr(data, "cell_number", lambda cell: read.append(cell) or original(cell))
    said = refusal(path)
    assert said.startswith("1,000 bad rows or more, nothing loaded: line 2: 'oops' is not a number; ")
    assert said.endswith("line 6: 'oops' is not a number; and more")
    assert len(read) <= 2 * data.BAD_ROWS_READ  # parsing stopped there, not at row 20,001


def test_a_few_bad_rows_are_all_counted(tmp_path):
    path = written(tmp_path / "bad.csv", "x,y\n" + "1,2\n" * 10 + "1,oops\n" * 7)
    said = refusal(path)
    assert said.startswith("7 bad row(s), nothing loaded: line 12: 'oops' is not a number")
    assert said.endswith("; and 2 more")


@pytest.mark.parametrize(
    "text, says",
    [
        ("0,1\n1,2\n2,1e300\n", "1 bad row(s), nothing loaded: line 3: 1e+300 is too large for float32 data"),
        ("0,1\n-1e39,2\n2,3\n", "1 bad row(s), nothing loaded: line 2: -1e+39 is too large for float32 data"),
        ("0,1\n1,2\n2,1e999\n", "1 bad row(s), nothing loaded: line 3: not a finite number"),
    ],
)
def test_a_value_float32_cannot_hold_is_a_bad_row_named(tmp_path, text, says):
    assert refusal(written(tmp_path / "v.csv", text)) == says


def test_the_largest_float32_still_loads(tmp_path):
    x, y = load_csv(written(tmp_path / "edge.csv", "0,3.4e38\n1,-3.4e38\n"))
    assert y.isfinite().all() and y.dtype.is_floating_point


@pytest.mark.parametrize(
    "text, says",
    [
        ("1,abc\n2,3\n4,5\n", "1 bad row(s), nothing loaded: line 1: 'abc' is not a number"),
        ("1e300,1\n2,3\n4,5\n", "1 bad row(s), nothing loaded: line 1: 1e+300 is too large for float32 data"),
        ("nan,1\n2,3\n4,5\n", "1 bad row(s), nothing loaded: line 1: not a finite number"),
        ("1,2,3\n2,3\n4,5\n", "1 bad row(s), nothing loaded: line 1: 3 columns, not 2"),
    ],
)
def test_a_bad_first_row_that_looks_numeric_is_a_bad_row_not_a_header(tmp_path, text, says):
    assert refusal(written(tmp_path / "first.csv", text)) == says


def test_a_header_is_a_first_row_without_numbers(tmp_path):
    x, y = load_csv(written(tmp_path / "h.csv", "time,distance\n0,1\n1,3\n"))
    assert x.tolist() == [0, 1] and y.tolist() == [1, 3]
    assert refusal(written(tmp_path / "one.csv", "x,y\n0,1\n")) == "the file needs at least two rows of x, y"


def test_a_huge_cell_is_shown_short(tmp_path):
    said = refusal(written(tmp_path / "long.csv", "0,1\n1,2\n2," + "z" * 100_000 + "\n"))
    assert said.startswith("1 bad row(s), nothing loaded: line 3: 'zzz") and len(said) < 120


def test_endless_blank_lines_have_a_ceiling(tmp_path):
    path = written(tmp_path / "blank.csv", "0,1\n" + "\n" * 3000 + "1,2\n")
    assert refusal(path, limit=10) == "could not read blank.csv: it has more than 1,020 lines"
    assert len(load_csv(path)[0]) == 2  # at the usual limit, the same file is fine


def test_an_unreadable_csv_says_permission_denied(tmp_path, monkeypatch):
    path = written(tmp_path / "locked.csv", "0,1\n1,2\n")
    deny_reading(monkeypatch, path)
    assert refusal(path) == "could not read locked.csv: permission denied"


def test_a_file_name_with_a_newline_is_shown_on_one_line(tmp_path):
    path = tmp_path / "two\nlines.csv"
    path.write_bytes(b"\xff\xfe")
    assert refusal(path) == (
        "could not read two\\nlines.csv: it is not a CSV file of x, y rows (it is not UTF-8 text)"
    )


# --- in the tab -------------------------------------------------------------------------------


@pytest.fixture
def tab(regression_tab):
    return regression_tab


def read_in_tab(qtbot, tab, path) -> bool:
    with qtbot.waitSignal(tab.csv_finished, timeout=30_000) as finished:
        assert tab.load_csv_from(path)
    return finished.args[0]


def test_the_tab_refuses_a_fifo_and_a_huge_value_and_keeps_its_data(tab, qtbot, tmp_path):
    before = tab.fit_plot.data.getData()[1].copy()
    os.mkfifo(tmp_path / "pipe.csv")
    assert not read_in_tab(qtbot, tab, tmp_path / "pipe.csv")
    assert tab.run_bar.message.text().startswith("✗ could not read pipe.csv: it is not a regular file")
    assert not read_in_tab(qtbot, tab, written(tmp_path / "huge.csv", "0,1\n1,2\n2,1e300\n"))
    said = tab.run_bar.message.text()
    assert said == "✗ 1 bad row(s), nothing loaded: line 3: 1e+300 is too large for float32 data"
    assert tab.csv_data is None and (tab.fit_plot.data.getData()[1] == before).all()


# --- the exported script ------------------------------------------------------------------------

HOSTILE_NAME = "d'); import os; os.system('touch MARKER'); open('x\n.csv"


def test_a_hostile_file_name_is_only_a_string_in_the_exported_script(tmp_path):
    """The script's syntax tree is the same as with a plain name, but for that one string constant."""
    import ast

    from gradlab.regression import Setup
    from gradlab.regression.script import EMBEDDED_POINTS, script_for

    rows = "".join(f"{i / 1000},{i / 500}\n" for i in range(EMBEDDED_POINTS + 1))
    plain, hostile = tmp_path / "plain.csv", tmp_path / HOSTILE_NAME
    for path in (plain, hostile):
        written(path, rows)
    values = load_csv(plain)
    setup = Setup(model="poly3", optimizer="momentum", steps=3)
    trees = [ast.parse(script_for(setup, values, path)) for path in (plain, hostile)]
    opened = [
        node.args[0].value
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "open"
    ]
    assert opened == [str(plain), str(hostile)]
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in opened:
                node.value = "DATA"
    assert ast.dump(trees[0]) == ast.dump(trees[1])
    imported = {
        alias.name for node in ast.walk(trees[1]) if isinstance(node, ast.Import) for alias in node.names
    }
    assert imported == {"random", "math", "torch", "csv"}
    assert not any(isinstance(node, ast.ImportFrom) for node in ast.walk(trees[1]))


def test_an_exported_script_refuses_a_target_with_other_names():
    from gradlab.regression import Setup
    from gradlab.regression.script import script_for

    with pytest.raises(ValueError, match="the target is a function of x only, not of os"):
        script_for(Setup(target="x + os"))
