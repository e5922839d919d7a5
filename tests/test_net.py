"""gradlab.net: the course's Net API, and its programs printing what the course recorded."""

import subprocess
import sys
from pathlib import Path

import pytest

from gradlab.net import Net
from gradlab.paths import resource_path

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", ["net1", "net2"])
def test_seed_programs_print_the_recorded_output_byte_for_byte(name, tmp_path):
    program = resource_path("examples", f"{name}.py")
    assert program.read_text().splitlines()[0] == "from gradlab.net import Net"
    result = subprocess.run(
        [sys.executable, str(program)], capture_output=True, cwd=tmp_path, timeout=60, check=True
    )
    assert result.stdout == (GOLDEN / f"{name}.out").read_bytes()
    assert result.stderr == b""


def test_node_prints_like_the_course():
    net = Net()
    x = net.variable(1)
    y = net.variable(3)
    o = net.add(net.mul(x, x), net.mul(y, y))
    assert net.forward() == 10
    net.backward()
    assert (str(x), str(y), str(o)) == ("v:1 g:2", "v:3 g:6", "v:10 g:1")


def test_adjust_moves_a_twice_used_variable_twice():
    """The course's update equals plain gradient descent with twice the step."""
    net = Net()
    x = net.variable(1.0)
    net.mul(x, x)
    net.forward()
    net.backward()
    net.adjust(0.01)
    assert x.v == pytest.approx(0.96)  # 1 - 0.02 * 2x
    assert x.g == 0


def test_other_operations_over_the_engine():
    net = Net()
    x = net.variable(0.5)
    net.tanh(net.exp(x))
    net.forward()
    net.backward()
    import math

    e = math.exp(0.5)
    assert x.g == pytest.approx((1 - math.tanh(e) ** 2) * e)


def test_gradient_descendent_prints_every_dump_period(capsys):
    net = Net()
    x = net.variable(1.0)
    net.mul(x, x)
    net.gradient_descendent(maxLoops=5, dumpPeriod=2, step=0.01)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  =>  ")[0] for line in lines] == ["0", "2", "4"]
    values = [float(line.split("  =>  ")[1]) for line in lines]
    assert values == pytest.approx([1.0, 0.96**4, 0.96**8], rel=1e-12)
