"""``gradlab race``: one row per strategy, the guide's numbers, and one line for every bad option."""

import os
import subprocess
import sys

import pytest

from gradlab.engine import parse
from gradlab.graph.strategies import RaceSettings, race

from .conftest import in_process


def rows_of(stdout: str) -> dict[str, list[str]]:
    """The strategy rows, split at their columns (two spaces or more)."""
    import re

    lines = stdout.splitlines()
    return {line.split()[0]: re.split(r"\s{2,}", line) for line in lines[2:5]}


def test_race_prints_the_guides_numbers(capsys):
    result = in_process(capsys, "race", "x*y", "--at", "x=-2,y=3")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "start: x = -2, y = 3, output -6"
    assert lines[1].split() == ["strategy", "output", "unrounded", "passes", "new", "inputs"]
    rows = rows_of(result.stdout)
    assert list(rows) == ["random", "numerical", "analytic"]
    expected = race(parse("x*y", x=-2, y=3))  # the core's numbers, unrounded, to the last digit
    for name, row in rows.items():
        outcome = expected.outcome(name)
        assert row[1:3] == [outcome.output_text(), repr(outcome.output)]
    assert rows["numerical"][1] == rows["analytic"][1] == "-5.87"
    assert rows["analytic"][2] == repr(-1.97 * 2.98)
    assert rows["random"][1:4] == ["-5.95", "-5.959795095957189", "100 forward passes"]
    assert rows["numerical"][3:] == ["1 + 2 forward passes (1 per input)", "x = -1.97, y = 2.98"]
    assert rows["analytic"][3:] == ["1 forward + 1 backward pass", "x = -1.97, y = 2.98"]
    assert lines[5].startswith("Numerical gradient and analytic gradient climbed as far, to -5.87.")
    assert len(lines) == 6


def test_race_options_reach_the_core(capsys):
    result = in_process(
        capsys, "race", "(x + y)*z", "--at", "x=-2, y=5, z=-4", "--step", "0.02", "--h", "1e-6",
        "--tries", "7", "--tweak", "0.5", "--seed", "3",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    settings = RaceSettings(step=0.02, h=1e-6, tries=7, tweak=0.5, seed=3)
    expected = race(parse("(x + y)*z", x=-2, y=5, z=-4), settings)
    rows = rows_of(result.stdout)
    for name, row in rows.items():
        assert row[2] == repr(expected.outcome(name).output)
        assert row[4] == expected.outcome(name).inputs_text()
    assert rows["random"][3] == "7 forward passes" and rows["numerical"][3].startswith("1 + 3 ")
    assert rows["analytic"][1] == "-11.18"  # (−2.08 + 4.92)·(−3.94) = −11.1896: cut, not rounded


def test_the_default_race_of_the_circuit_gives_the_guides_figure(capsys):
    rows = rows_of(in_process(capsys, "race", "(x+y)*z", "--at", "x=-2,y=5,z=-4").stdout)
    assert rows["analytic"][1] == rows["numerical"][1] == "-11.59"
    assert rows["analytic"][2] == "-11.5924"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["x*y", "--at", "x=-2,y=3,z=1"], "--at gives z, which the expression does not use"),
        (["x*y", "--at", "x=-2"], "--at needs a value for y"),
        (["x*y"], "--at needs a value for x, y"),
        (["x*y", "--at"], "expected one argument"),
        (["x*y", "--at", "x=,y=3"], "--at 'x=,y=3': x:"),
        (["x*y", "--at", "x=1e400,y=3"], "--at takes finite numbers: x reads as inf"),
        (["x*y", "--at", "x=-2,y=3", "--tries", "0"], "--tries must be a whole number from 1 to 100,000"),
        (["x*y", "--at", "x=-2,y=3", "--tries", "2.5"], "--tries must be a whole number"),
        (["x*y", "--at", "x=-2,y=3", "--h", "0"], "--h must be a positive number"),
        (["x*y", "--at", "x=-2,y=3", "--step", "nan"], "--step must be a positive number"),
        (["x*y", "--at", "x=-2,y=3", "--step", "-0.01"], "--step must be a positive number"),
        (["x*y", "--at", "x=-2,y=3", "--tweak", "1e400"], "which is too large"),
        (["x*y", "--at", "x=-2,y=3", "--seed", "-1"], "--seed must be a whole number from 0"),
        (["x*(", "--at", "x=-2"], "in the expression: '(' was never closed"),
        (["2*3"], "The output depends on no variable"),
        (["log(x)", "--at", "x=-1"], "The output is nan, not a finite number"),
    ],
)
def test_every_bad_option_is_one_line_and_exit_2(capsys, args, says):
    result = in_process(capsys, "race", *args)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and says in result.stderr, result.stderr
    assert result.stderr.startswith("gradlab race: error: ")


def test_race_runs_as_a_program_and_ends_quietly_when_its_reader_goes():
    command = [sys.executable, "-m", "gradlab", "race", "x*y", "--at", "x=-2,y=3"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.splitlines()[3].split()[:2] == ["numerical", "-5.87"]
    reading, writing = os.pipe()
    os.close(reading)  # `| head` gone before the first line
    try:
        gone = subprocess.run(command, stdout=writing, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(writing)
    assert gone.returncode == 1 and gone.stderr == b""
