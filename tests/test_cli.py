"""The command line: --version, --screenshot, python -m gradlab, and bad arguments."""

import math
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

import gradlab

from .conftest import in_process


def run(*args, cwd=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "gradlab", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env=env,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"gradlab {gradlab.__version__}"


def test_bad_arguments_exit_2_with_one_message():
    result = run("--no-such-flag")
    assert result.returncode == 2
    assert "unrecognized arguments: --no-such-flag" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_screenshot_renders_every_tab_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run("--screenshot", str(tmp_path / "shots"), env=env)
    assert result.returncode == 0, result.stderr
    for name in ("graph", "descent", "regression", "classify"):
        image = QImage(str(tmp_path / "shots" / f"{name}.png"))
        assert image.width() >= 800 and image.height() >= 500
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)
        }
        assert len(colours) > 3  # something was drawn, not a blank canvas


@pytest.mark.parametrize(
    "args",
    [
        ["descend", "x*x", "--steps", "5"],
        ["train", "--recipe", "torchRegression4nn", "--steps", "200"],
        ["classify", "--steps", "3"],
    ],
    ids=["descend", "train", "classify"],
)
def test_a_reader_gone_early_ends_the_command_quietly(args):
    """gradlab classify … | head printed a BrokenPipeError traceback (train and descend did too)."""
    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before the first line: every write to the pipe fails
    try:
        result = subprocess.run(
            [sys.executable, "-m", "gradlab", *args], stdout=writing, stderr=subprocess.PIPE, timeout=120
        )
    finally:
        os.close(writing)
    assert result.returncode == 1 and result.stderr == b""


def test_screenshot_into_an_unwritable_place_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("--screenshot", str(blocker / "shots"))
    assert result.returncode == 1
    assert result.stderr.startswith("gradlab: ")
    assert "Traceback" not in result.stderr


def net2_lines():
    from pathlib import Path

    return (Path(__file__).parent / "golden" / "net2.out").read_text().splitlines()


def test_descend_reproduces_net2():
    result = run(
        "descend", "x*x + y*y", "--start", "1,3", "--optimizer", "sgd", "--lr", "0.02", "--steps", "100"
    )
    assert result.returncode == 0, result.stderr
    ours, theirs = result.stdout.splitlines(), net2_lines()
    assert len(ours) == len(theirs) == 101
    for a, b in zip(ours[:-1], theirs[:-1]):
        i, value = a.split("  =>  ")
        j, expected = b.split("  =>  ")
        assert i == j and math.isclose(float(value), float(expected), rel_tol=1e-12)
    x, y = (float(part.split()[0]) for part in ours[-1].split("= ")[1:])
    assert ours[-1].startswith("x= ") and " y= " in ours[-1]
    assert math.isclose(x, 0.01687031935884968, rel_tol=1e-12) and math.isclose(
        y, 0.050610958076549, rel_tol=1e-12
    )


def test_descend_with_a_torch_optimizer():
    result = run("descend", "x*x - 4*x + 4", "--optimizer", "adam", "--lr", "0.1", "--steps", "500")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 501
    assert abs(float(result.stdout.splitlines()[-1].split("= ")[1]) - 2) < 0.01


def test_descend_reports_divergence():
    result = run("descend", "x*x + y*y", "--start=-1,2", "--lr", "3")
    assert result.returncode == 0
    assert "diverged at step" in result.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    "args, message",
    [
        (["x*x +"], "in the expression: something must follow the last +"),
        (["x*z"], "use x and y"),
        (["x*y", "--start", "1"], "--start needs 2"),
        (["x*y", "--start", "a,b"], "--start takes numbers"),
        (["x*y", "--lr", "-1"], "--lr must be a positive number"),
        (["x*y", "--lr", "fast"], "--lr must be a positive number no larger than 1e6, not 'fast'"),
        (["x*y", "--optimizer", "lbfgs"], "invalid choice"),
        (["x*y", "--steps", "0"], "--steps must be"),
        (["x*y", "--momentum", "1.5"], "--momentum must be"),
    ],
)
def test_descend_bad_arguments(args, message):
    result = run("descend", *args)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr
    assert result.stdout == ""


def test_train_save_into_a_missing_folder_says_so_in_one_line(tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "m.ckpt"
    result = run("train", "--recipe", "torchRegression4nn", "--steps", "1", "--save", str(target))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert f"could not save m.ckpt: the folder {target.parent} does not exist" in result.stderr


def test_train_names_why_a_loss_is_not_finite(capsys):
    diverged = in_process(
        capsys, "train", "--recipe", "torchRegression4nn", "--lr", "0.01", "--seed", "0", "--steps", "500"
    )
    assert diverged.returncode == 1 and "the run diverged" in diverged.stderr
    assert "lower the learning rate" in diverged.stderr
    undefined = in_process(
        capsys, "train", "--recipe", "torchRegression4nn", "--target", "log(x)", "--steps", "5"
    )
    assert undefined.returncode == 2 and "Traceback" not in undefined.stderr
    assert "y = log(x) is not defined at x = -3.14" in undefined.stderr
    assert "learning rate" not in undefined.stderr
