"""The course's torch programs in resources/examples run as written and give the course's results.

Run as scripts in a child interpreter, the way pyqtgraph tests its examples (examples/test_examples.py):
all of them in one child (one torch import, not one each), each judged by its own test.
"""

import re

import pytest

from gradlab.paths import examples, resource_path

from .conftest import run_as_scripts

pytestmark = pytest.mark.xdist_group("course-examples")  # one worker runs the child for them all
RUN = ("autograd0", "autograd1", "autograd2", "torchGd1", "torchGd2", "torchGd3")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict:
    """{path: (what the example printed, its traceback or "")}; they run in an empty folder (none writes)."""
    return run_as_scripts(
        [resource_path("examples", f"{name}.py") for name in RUN], tmp_path_factory.mktemp("run")
    )


def run_example(name: str, printed: dict) -> str:
    output, error = printed[resource_path("examples", f"{name}.py")]
    assert not error, error
    return output


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
def test_autograd_x2_plus_y2(name, printed):
    assert run_example(name, printed).splitlines() == ["tensor(2.)", "tensor(6.)", "10.0"]


def test_autograd2_norm_squared(printed):
    assert run_example("autograd2", printed).splitlines() == ["f= 10.0", "x.grad= tensor([2., 6.])"]


@pytest.mark.parametrize("name", ["torchGd1", "torchGd2"])
def test_torch_gd_finds_the_minimum_of_x2_minus_4x_plus_4(name, printed):
    lines = run_example(name, printed).splitlines()
    assert len(lines) == 51  # a line every 100 steps for 5000 steps, then the result
    assert lines[-1].startswith("Result: ")
    x = numbers(lines[-1].split("=")[1])[0]
    assert abs(x - 2) < 0.05


def test_torch_gd3_hops_around_the_kink_of_the_norm(printed):
    output = run_example("torchGd3", printed)
    x, y = numbers(output.split("tensor(")[1])[:2]
    assert abs(x) < 0.01 and abs(y) < 0.01
