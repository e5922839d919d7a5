"""gradlab.descent.race: the race model without Qt (settings, runs, advance, rows, sessions)."""

import math
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from gradlab.descent import FUNCTIONS, OPTIMIZERS, Race, RaceSettings, check_session
from gradlab.descent.race import cell, rate_field
from gradlab.engine import ExprError
from gradlab.session import SessionError


def test_a_race_opens_on_net2_with_four_optimizers():
    race = Race()
    assert race.settings.expression == "x*x + y*y" and race.settings.start == "1, 3"
    assert list(race.runs) == ["sgd", "momentum", "rmsprop", "adam"]
    assert "2/λmax = 1" in race.stability_text()


def test_racing_needs_no_torch():
    program = (
        "import sys; from gradlab.descent import Race; race = Race(); race.load_preset('rosenbrock');"
        "race.advance(100); race.rows(); print('torch' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False"], result.stderr


def test_rows_show_the_start_before_any_step_and_the_new_point_after_one():
    race = Race()
    (row, *_) = race.rows()
    assert (row.kind, row.step, row.point, row.value) == ("sgd", 0, (1.0, 3.0), 10.0)
    assert row.grad_norm == pytest.approx((2**2 + 6**2) ** 0.5) and row.status == "ready"  # nothing ran
    assert race.advance(1) == 1
    (row, *_) = race.rows()
    assert row.step == 1 and row.point == pytest.approx((0.96, 2.88)) and row.status == "running"
    assert row.value == pytest.approx(0.96**2 + 2.88**2)


def test_advance_moves_every_live_run_and_stops_at_the_deadline():
    race = Race()
    assert race.advance(100) == 100
    assert all(run.steps == 100 for run in race.runs.values())
    done = race.advance(10**9, deadline=time.perf_counter())  # already past: one round, then stop
    assert 0 < done < 10**9
    assert len({run.steps for run in race.runs.values()}) == 1  # every live run got the same steps


def test_a_stopped_run_waits_while_the_others_go_on():
    race = Race()
    race.change(rates={**race.settings.rates, "sgd": "1.5"}, max_steps=200)
    race.advance(200)
    assert race.runs["sgd"].status == "diverged"
    assert all(run.steps == 200 for kind, run in race.runs.items() if kind != "sgd")
    assert not race.live and race.advance(10) == 0


def test_a_change_restarts_only_when_something_changed():
    race = Race()
    race.advance(5)
    assert not race.change(start="1, 3")
    assert race.runs["sgd"].steps == 5
    assert race.change(start="0.5, -0.25")
    assert race.runs["sgd"].steps == 0 and race.runs["adam"].position.tolist() == [0.5, -0.25]
    race.set_speed(30)
    assert race.steps_per_second == 1000 and race.runs["sgd"].steps == 0


def test_bad_settings_are_explained_and_no_run_starts():
    race = Race()
    race.advance(3)
    before = {kind: run.steps for kind, run in race.runs.items()}
    race.change(rates={**race.settings.rates, "adam": "fast"}, momentum="1", start="1")
    # no new run starts; the last valid race stays as it was, and nothing advances it
    assert {kind: run.steps for kind, run in race.runs.items()} == before == dict.fromkeys(before, 3)
    assert not race.live and race.advance(5) == 0 and race.runs["sgd"].steps == 3
    assert race.field_problems == {
        "start": "Start needs 2 number(s), like 1, 3.",
        rate_field("adam"): "Adam: the learning rate must be a positive number.",
        "momentum": "Momentum must be at least 0 and below 1.",
    }
    assert race.problems == [
        "Start needs 2 number(s), like 1, 3.",
        "Adam: the learning rate must be a positive number.",
        "Momentum must be at least 0 and below 1.",
    ]
    race.change(rates={**race.settings.rates, "adam": "0.05"}, momentum="0.9", start="1, 3")
    assert race.problems == [] and len(race.runs) == 4 and race.runs["sgd"].steps == 0


def test_a_wrong_start_for_another_function_keeps_no_run_of_the_old_one():
    race = Race()
    race.advance(3)
    race.restore(replace(race.settings, function="", expression="x*x - y", start="1"))
    assert race.runs == {} and race.problems == ["Start needs 2 number(s), like 1, 3."]


@pytest.mark.parametrize(
    "value, text",
    [
        (2748779069440.0, "2.749e+12"),
        (-2748779069440.0, "-2.749e+12"),
        (1e-5, "1e-05"),
        (0.00012345678, "1.235e-04"),
        (10.0, "10"),
        (0.96, "0.96"),
        (-0.123456789, "-0.123457"),
        (123456.789, "123457"),
        (0.0, "0"),
        (math.inf, "inf"),
    ],
)
def test_a_table_number_fits_a_narrow_cell(value, text):
    assert cell(value) == text and len(text) <= 10


def test_a_typed_function_and_a_mistake():
    race = Race()
    race.use_expression("x*x - 4*x + 4")
    assert race.objective.dims == 1 and race.settings.start == "0" and race.settings.function == ""
    with pytest.raises(ExprError):
        race.use_expression("x*x + ")
    assert race.objective.text == "x*x - 4*x + 4"


def test_presets_set_their_start_rates_and_note():
    race = Race()
    race.load_preset("rosenbrock")
    assert race.settings.start == "-1.5, 2" and race.settings.rates["sgd"] == "0.001"
    assert race.region == next(f.region for f in FUNCTIONS if f.key == "rosenbrock")
    assert "valley" in race.note
    race.load_preset("saddle")
    assert race.stability_text().startswith("Indefinite Hessian")


def test_a_session_part_round_trips():
    race = Race()
    race.load_preset("beale")
    race.change(on={**race.settings.on, "nesterov": True}, tolerance="0", max_steps=123)
    race.set_speed(7)
    state = race.session()
    again = Race(check_session(state))
    assert again.session() == state and list(again.runs) == list(race.runs)
    assert again.region == race.region


def test_an_empty_part_is_the_first_preset():
    assert check_session({}) == RaceSettings.preset(FUNCTIONS[0].key)


@pytest.mark.parametrize(
    "change, says",
    [
        ({"optimizers": {"lbfgs": {"on": True, "rate": "0.1"}}}, "unknown optimizer: lbfgs"),
        ({"function": "himmelblau2"}, "unknown preset: himmelblau2"),
        ({"expression": "a*a + b*b"}, "cannot be read"),
        ({"expression": "x +* y"}, "cannot be read"),
        ({"speed": 10**12}, "damaged"),
        ({"max_steps": True}, "damaged"),
        ({"start": 3}, "damaged"),
    ],
)
def test_a_bad_part_is_refused_with_the_name(change, says):
    state = {**Race().session(), **change}
    with pytest.raises(SessionError, match=says):
        check_session(state)


def test_a_preset_edited_by_hand_comes_back_as_a_typed_function():
    state = {**Race().session(), "expression": "x*x + 2*y*y"}
    settings = check_session(state)
    assert settings.function == "" and Race(settings).objective.text == "x*x + 2*y*y"


def test_every_optimizer_has_a_rate_and_a_switch():
    settings = RaceSettings.preset("net2")
    assert set(settings.on) == set(settings.rates) == set(OPTIMIZERS)


@pytest.mark.parametrize(
    ("key", "value"),
    [("max_steps", 10**30), ("max_steps", 0), ("speed", -1), ("max_steps", "100"), ("speed", True)],
)
def test_a_descent_setting_out_of_range_or_of_another_type_is_named(key, value):
    """A 31-digit max_steps was called "the wrong type": it is a whole number, out of range."""
    state = {**Race().session(), key: value}
    with pytest.raises(SessionError) as refused:
        check_session(state)
    assert f"its {key} is not a whole number from " in str(refused.value)
