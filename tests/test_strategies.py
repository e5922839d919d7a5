"""The strategies race (gradlab.graph.strategies): the Hacker's guide's figures, part 1."""

import math
import random

import pytest

from gradlab.engine import Graph, parse
from gradlab.graph.strategies import (
    WORK_LIMIT,
    RaceError,
    RaceSettings,
    analytic_step,
    guide_number,
    race,
    random_search,
)


def multiply_gate() -> Graph:
    """The guide's first gate, x·y at (−2, 3), built with the engine's API."""
    g = Graph()
    x, y = g.variable("x", -2), g.variable("y", 3)
    g.apply("mul", x, y, name="f")
    return g


def circuit() -> Graph:
    g = Graph()
    x, y, z = g.variable("x", -2), g.variable("y", 5), g.variable("z", -4)
    g.apply("mul", g.apply("add", x, y, name="q"), z, name="f")
    return g


def neuron() -> Graph:
    g = Graph()
    a, b, c = g.variable("a", 1), g.variable("b", 2), g.variable("c", -3)
    x, y = g.variable("x", -1), g.variable("y", 3)
    s = g.apply("add", g.apply("mul", a, x), g.apply("mul", b, y))
    g.apply("sigmoid", g.apply("add", s, c), name="f")
    return g


def test_the_gradients_climb_x_times_y_as_the_guide_does():
    result = race(multiply_gate())
    assert result.start_output == -6.0
    for strategy in ("numerical", "analytic"):
        outcome = result.outcome(strategy)
        x, y = dict(outcome.inputs)["x"], dict(outcome.inputs)["y"]
        assert x == pytest.approx(-1.97, abs=1e-9) and y == pytest.approx(2.98, abs=1e-9)
        assert outcome.output == pytest.approx(-5.8706, abs=1e-9)
        assert outcome.output_text() == "-5.87"
        assert outcome.inputs_text() == "x = -1.97, y = 2.98"
    analytic = result.outcome("analytic")
    assert analytic.output == -1.97 * 2.98  # x += 0.01·3, y += 0.01·(−2), exactly as floats do it
    assert (analytic.forward_passes, analytic.backward_passes) == (1, 1)
    numerical = result.outcome("numerical")
    assert (numerical.forward_passes, numerical.backward_passes) == (3, 0)  # 1 + one per input
    assert numerical.output != analytic.output  # (f(x + h) − f(x)) / h is not exactly 3 in floats


def test_the_circuit_and_the_neuron_reach_the_guides_numbers():
    circuit_race = race(circuit())
    for strategy in ("numerical", "analytic"):
        assert circuit_race.outcome(strategy).output == pytest.approx(-11.5924, abs=1e-9)
        assert circuit_race.outcome(strategy).output_text() == "-11.59"
    assert dict(circuit_race.outcome("analytic").inputs) == pytest.approx({"x": -2.04, "y": 4.96, "z": -3.97})
    assert circuit_race.outcome("numerical").forward_passes == 4
    neuron_race = race(neuron())
    analytic = neuron_race.outcome("analytic")
    assert analytic.output == pytest.approx(0.88255018, abs=1e-8)
    assert analytic.output_text() == "0.8825"  # the guide: "prints 0.8825"
    assert neuron_race.outcome("numerical").output_text() == "0.8825"
    assert neuron_race.outcome("numerical").forward_passes == 6


def test_the_analytic_step_is_the_engines_gradient_times_the_step():
    g = parse("x*x*y + sin(y)", x=0.7, y=-1.3)
    g.forward()
    g.backward()
    gradient = g.gradients()
    outcome = analytic_step(Graph.from_spec(g.to_spec()), g.values(), 0.05)
    expected = {name: value + 0.05 * gradient[name] for name, value in g.values().items()}
    assert dict(outcome.inputs) == expected
    check = parse("x*x*y + sin(y)", **expected)
    assert outcome.output == check.forward()


def test_random_search_is_the_guides_loop_with_a_seeded_generator():
    result = race(multiply_gate())
    outcome = result.outcome("random")
    assert outcome.forward_passes == 100
    # the guide's loop written out: every try from the start, the best output kept
    draw = random.Random(0).random
    best, best_at = -math.inf, None
    for _ in range(100):
        x, y = -2 + 0.01 * (draw() * 2 - 1), 3 + 0.01 * (draw() * 2 - 1)
        if x * y > best:
            best, best_at = x * y, (x, y)
    assert outcome.output == best and tuple(dict(outcome.inputs).values()) == best_at
    assert outcome.output == -5.959795095957189  # seed 0, the default
    assert -5.97 <= outcome.output <= -5.95  # the guide's run: −5.9588
    other = race(multiply_gate(), RaceSettings(seed=1)).outcome("random")
    assert other.output != outcome.output and -5.97 <= other.output <= -5.95


def test_random_search_keeps_the_best_try_even_below_the_start():
    g = parse("-(x*x)", x=0)  # the start is the top: every try is lower, as in the guide's loop
    outcome = random_search(parse("-(x*x)", x=0), {"x": 0.0}, 10, 0.5, 0)
    assert outcome.output < 0 and outcome.forward_passes == 10
    assert race(g, RaceSettings(tweak=0.5)).winners() == ()
    assert "None of the three climbed" in race(g, RaceSettings(tweak=0.5)).summary()


def test_the_graph_is_left_as_it_was_and_constants_stay_put():
    g = parse("3*x*y + 2", x=-2, y=3)
    spec = g.to_spec()
    result = race(g)
    assert g.to_spec() == spec and g.values() == {"x": -2.0, "y": 3.0}
    assert [name for name, _ in result.outcome("analytic").inputs] == ["x", "y"]  # 3 and 2 do not move
    assert dict(result.outcome("analytic").inputs) == pytest.approx({"x": -2 + 0.09, "y": 3 - 0.06})


def test_a_variable_the_output_does_not_use_is_not_moved_or_counted():
    g = multiply_gate()
    g.variable("unused", 5)
    g.output = g.find("f")
    result = race(g)
    assert [name for name, _ in result.outcome("random").inputs] == ["x", "y"]
    assert result.outcome("numerical").forward_passes == 3


def test_the_summary_names_the_winners_and_the_cost():
    summary = race(multiply_gate()).summary()
    assert summary.startswith("Numerical gradient and analytic gradient climbed as far, to -5.87.")
    assert "only one backward pass" in summary and "3 forward passes, random search 100." in summary
    g = parse("x*y", x=-2, y=3)
    assert race(g, RaceSettings(tweak=1)).winners()[0].strategy == "random"  # ±1 finds far more


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: parse("2*3"), "depends on no variable"),
        (lambda: parse("log(x)", x=-1), "The output is nan, not a finite number"),
        (lambda: parse("x/y", x=1, y=0), "The output is inf"),
        (Graph, "no output"),
    ],
    ids=["constants", "nan", "inf", "empty"],
)
def test_a_graph_that_cannot_race_gets_one_line(build, message):
    with pytest.raises(RaceError, match=message) as raised:
        race(build())
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "settings",
    [
        RaceSettings(step=0),
        RaceSettings(step=math.nan),
        RaceSettings(h=-1e-4),
        RaceSettings(tweak=math.inf),
        RaceSettings(tries=0),
        RaceSettings(tries=100_001),
        RaceSettings(tries=2.5),
        RaceSettings(seed=-1),
        RaceSettings(seed=True),
    ],
)
def test_bad_settings_are_refused(settings):
    assert settings.problem()
    with pytest.raises(RaceError):
        race(multiply_gate(), settings)


def test_a_race_too_long_for_the_window_is_refused_before_it_starts():
    g = parse(
        " + ".join(f"x{i}*y{i}" for i in range(300)),
        **{f"x{i}": 1 for i in range(300)},
        **{f"y{i}": 2 for i in range(300)},
    )
    with pytest.raises(RaceError, match="fewer tries or a smaller graph"):
        race(g, RaceSettings(tries=100_000))
    assert (100 + 600 + 4) * len(g.nodes) <= WORK_LIMIT
    assert race(g).outcome("numerical").forward_passes == 601


def test_a_gradient_that_is_not_finite_is_shown_as_it_is():
    result = race(parse("sqrt(x)", x=0))
    assert result.outcome("analytic").output == math.inf and result.outcome("analytic").output_text() == "inf"
    assert result.outcome("numerical").output == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (-5.8706, "-5.87"),
        (-11.5924, "-11.59"),
        (0.8825501816218984, "0.8825"),  # cut, as the guide's figures are, not rounded to 0.8826
        (-5.959795095957189, "-5.95"),
        (2.979999999999958, "2.98"),  # the numerical step's y: float noise, not a digit cut to 2.97
        (2.9799999, "2.97"),
        (-1.9699999999999622, "-1.97"),
        (-6.0, "-6"),
        (0.5, "0.5"),
        (0.0001234567, "0.0001234"),
        (-0.0, "0"),
        (123456.789, "123456.78"),
        (1e300, "1e+300"),
        (-1.23456e-12, "-1.234e-12"),
        (math.nan, "nan"),
        (-math.inf, "-inf"),
    ],
)
def test_numbers_are_printed_as_the_guide_prints_them(value, shown):
    assert guide_number(value) == shown
