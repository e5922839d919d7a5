"""The course's torch programs in resources/examples run as written and give the course's results.

Run as subprocesses, the way pyqtgraph tests its examples (examples/test_examples.py).
"""

import re
import subprocess
import sys

import pytest

from gradlab.paths import examples, resource_path


def run_example(name: str, tmp_path) -> str:
    result = subprocess.run(
        [sys.executable, str(resource_path("examples", f"{name}.py"))],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+\.?\d*(?:e-?\d+)?", text)]


def test_the_shipped_examples():
    names = {p.stem for p in examples()}
    assert {
        "net1",
        "net2",
        "autograd0",
        "autograd1",
        "autograd2",
        "torchGd1",
        "torchGd2",
        "torchGd3",
    } <= names


@pytest.mark.parametrize("name", ["autograd0", "autograd1"])
def test_autograd_x2_plus_y2(name, tmp_path):
    assert run_example(name, tmp_path).splitlines() == ["tensor(2.)", "tensor(6.)", "10.0"]


def test_autograd2_norm_squared(tmp_path):
    assert run_example("autograd2", tmp_path).splitlines() == ["f= 10.0", "x.grad= tensor([2., 6.])"]


@pytest.mark.parametrize("name", ["torchGd1", "torchGd2"])
def test_torch_gd_finds_the_minimum_of_x2_minus_4x_plus_4(name, tmp_path):
    lines = run_example(name, tmp_path).splitlines()
    assert len(lines) == 51  # a line every 100 steps for 5000 steps, then the result
    assert lines[-1].startswith("Result: ")
    x = numbers(lines[-1].split("=")[1])[0]
    assert abs(x - 2) < 0.05


def test_torch_gd3_hops_around_the_kink_of_the_norm(tmp_path):
    output = run_example("torchGd3", tmp_path)
    x, y = numbers(output.split("tensor(")[1])[:2]
    assert abs(x) < 0.01 and abs(y) < 0.01
