"""The exercises' cores: answers read and judged, the hand-calculation table, the exercise part."""

import pytest

from gradlab.engine import parse
from gradlab.graph.answers import AnswerError, Score, judge_backward, judge_forward, read_answer
from gradlab.graph.exercise import Exercise, ExerciseError, exercise_from_part
from gradlab.graph.hand_table import HandTable, as_csv, check_table, given_cells, table_rows

COURSE = "((2*x) + (y + 1))**2"  # the course's hand example at x = 3, y = 2: 81, gradients 36 and 18


def steps_until(stepper, kind, child=None):
    """Take steps until the next one is of ``kind`` (and into ``child``); return it without taking it."""
    while True:
        event = stepper.step()
        stepper.undo()
        if event.kind == kind and (child is None or event.child.label == child):
            return event
        stepper.step()


@pytest.mark.parametrize(
    ("text", "value"),
    [("6", 6.0), ("-1.5e-3", -0.0015), ("2·3", 6.0), ("2*3 + 4", 10.0), ("4 + 2×3", 10.0), ("－2", -2.0)],
)
def test_answers_are_read_as_numbers_or_chain_rule_products(text, value):
    assert read_answer(text).value == value


@pytest.mark.parametrize("text", ["", "two", "2 + ", "2·3·4", "x", "1" * 300])
def test_what_is_no_answer_gets_one_line_saying_what_to_type(text):
    with pytest.raises(AnswerError) as error:
        read_answer(text)
    assert "\n" not in str(error.value) and str(error.value)


def test_three_digits_typed_are_right_when_they_round_the_true_value_fewer_must_be_exact():
    assert read_answer("0.105").total.matches(0.104993585)
    assert not read_answer("0.1").total.matches(0.104993585)
    assert not read_answer("6").total.matches(5.6) and read_answer("6").total.matches(6.0)
    assert not read_answer("0.106").total.matches(0.104993585)


def test_a_backward_answer_right_and_wrong_in_each_part_on_the_course_example():
    graph = parse(COURSE, x=3, y=2)
    stepper = graph.steps()
    edge = steps_until(stepper, "backward", "n1")  # n3 = n1 + n2 sends its gradient 18 into n1
    assert (edge.local, edge.parent_grad, edge.grad) == (1, 18.0, 18.0)
    assert judge_backward(edge, read_answer("18")).right
    assert judge_backward(edge, read_answer("1·18")).right
    local = judge_backward(edge, read_answer("2·18"))
    assert (local.right, local.part) == (False, "local")
    assert "∂n3/∂n1 = 1, here 1" in local.message
    upstream = judge_backward(edge, read_answer("1·9"))
    assert (upstream.part, "n3.g = 18" in upstream.message) == ("upstream", True)
    forgot_chain = judge_backward(edge, read_answer("1"))  # the local derivative alone: no upstream
    assert forgot_chain.part == "upstream"
    into_x = steps_until(stepper, "backward", "x")
    wrong = judge_backward(into_x, read_answer("18"))  # n1.g, the local 2 left out
    assert wrong.part == "local" and "For n1 = 2 · x, ∂n1/∂x = 2, here 2" in wrong.message
    assert judge_backward(into_x, read_answer("36")).right


def test_a_variable_used_twice_must_add_its_second_use():
    graph = parse("x*x", x=3)
    stepper = graph.steps()
    first = steps_until(stepper, "backward")
    assert judge_backward(first, read_answer("3")).right
    stepper.step()
    second = steps_until(stepper, "backward")
    assert second.previous_grad == 3.0 and second.grad == 6.0
    alone = judge_backward(second, read_answer("3"))
    assert (alone.part, "x.g = 3" in alone.message) == ("uses", True)
    assert judge_backward(second, read_answer("3·1")).part == "uses"  # the factors right, the sum missing
    assert judge_backward(second, read_answer("3 + 3·1")).right
    assert judge_backward(second, read_answer("6")).right


def test_a_wrong_upstream_taken_from_another_nodes_gradient_is_named_so():
    graph = parse("(a*b)*c", a=2, b=3, c=4)
    stepper = graph.steps()
    into_a = steps_until(stepper, "backward", "a")  # ∂n0/∂a = b = 3, n0.g = c = 4: 12
    known = {"o": 1.0, "n0": 4.0, "c": 6.0}
    verdict = judge_backward(into_a, read_answer("18"), known)  # 3 · c.g: another node's gradient
    assert verdict.part == "upstream"


def test_a_forward_answer():
    graph = parse(COURSE, x=3, y=2)
    step = steps_until(graph.steps(), "forward")
    assert judge_forward(step, read_answer("6")).right
    wrong = judge_forward(step, read_answer("5"))
    assert (wrong.right, wrong.part) == (False, "value") and "2 · x" in wrong.message


def test_the_score_counts_first_try_answers():
    score = Score()
    score.record(True)
    score.record(False)
    score.record(True)
    score.shown()
    assert (score.first_try, score.answered) == (1, 3)
    assert score.text() == "Right at the first try: 1 of 3"


def test_the_course_table_rows_values_locals_and_gradients():
    rows = table_rows(parse(COURSE, x=3, y=2))
    assert [(r.name, r.value, r.locals, r.grad) for r in rows] == [
        ("x", 3.0, (2.0,), 36.0),
        ("y", 2.0, (1,), 18.0),
        ("n1", 6.0, (1,), 18.0),
        ("n2", 3.0, (1,), 18.0),
        ("n3", 9.0, (18.0,), 18.0),
        ("o", 81.0, (), 1),
    ]


def test_the_table_checker_marks_right_cells_and_gives_the_first_wrong_ones_reason():
    table = HandTable(parse(COURSE, x=3, y=2))
    assert table.entries == {(0, "value"): "3", (1, "value"): "2"}
    assert not table.set_entry(0, "value", "7")  # given: it stays
    for (row, column), text in {
        (5, "grad"): "1",
        (4, "local"): "18",
        (4, "grad"): "18",
        (0, "grad"): "18",
    }.items():
        table.set_entry(row, column, text)
    result = table.check()
    assert result.marks[(5, "grad")].right and result.marks[(4, "local")].right
    assert result.first_wrong.row == 0 and result.first_wrong.column == "grad"
    assert "multiply n1.g by the local derivative ∂n1/∂x" in result.summary()
    assert result.summary().startswith("Row 1: x:")
    table.set_entry(0, "grad", "36")
    assert table.check().first_wrong is None
    assert "still to fill" in table.check().summary()


def test_a_node_used_twice_has_a_local_gradient_per_use_and_its_sum():
    rows = table_rows(parse("x*x", x=3))
    assert rows[0].locals == (3.0, 3.0) and rows[0].grad == 6.0
    entries = {(0, "local"): "3", (0, "grad"): "3"}
    first = check_table(rows, entries).first_wrong
    assert first.column == "local" and "used 2 times" in first.why
    entries = {(0, "local"): "3, 3", (0, "grad"): "3"}
    first = check_table(rows, entries).first_wrong
    assert first.column == "grad" and "adds up" in first.why
    assert check_table(rows, {(0, "local"): "3; 3", (0, "grad"): "6"}).first_wrong is None


def test_the_table_exports_what_was_typed():
    rows = table_rows(parse(COURSE, x=3, y=2))
    entries = {**given_cells(rows, "values"), (0, "grad"): "=cmd|'/c calc'!A0"}
    text = as_csv(rows, entries)
    assert text.splitlines()[0] == "node,formula,value,local gradient,gradient"
    assert text.splitlines()[3] == "n1,2 · x,6,,"
    assert "'=cmd" in text  # a formula a spreadsheet would run is written as text
    table = HandTable(parse(COURSE, x=3, y=2), given="values")
    assert table.markdown().splitlines()[1] == "|---|---|---|---|---|"
    assert "| o | n3 ** 2 | 81 |   |   |" in table.markdown()


def test_the_exercise_part_round_trips_and_every_bad_part_is_one_line():
    exercise = Exercise("table", given="values", hidden=("check", "log"), note="Fill it in.")
    assert exercise_from_part(exercise.part()) == exercise
    assert exercise_from_part({}) is None
    for part in (
        [],
        {"mode": "guess"},
        {"values": "yes"},
        {"given": 3},
        {"hidden": ["lesson"]},
        {"hidden": "check"},
        {"note": 5},
        {"note": "x" * 2001},
        {"secret": 1},
    ):
        with pytest.raises(ExerciseError) as error:
            exercise_from_part(part)
        assert "\n" not in str(error.value)


def test_the_factors_in_either_order_and_answers_too_short_or_not_finite():
    graph = parse("x*y", x=-2, y=3)
    stepper = graph.steps()
    into_x = steps_until(stepper, "backward", "x")  # ∂o/∂x = y = 3, o.g = 1
    assert judge_backward(into_x, read_answer("3·1")).right
    assert judge_backward(into_x, read_answer("1·3")).right  # upstream · local: the same product
    neuron = parse("sigmoid(a*x + b*y + c)", a=1, b=2, c=-3, x=-1, y=3).steps()
    edge = steps_until(neuron, "backward")  # into t: σ'(t) = 0.10499…
    short = judge_backward(edge, read_answer("0.1"))
    assert short.part == "digits" and short.message.startswith("Give at least three significant digits")
    assert judge_backward(edge, read_answer("inf")).message.startswith("Not yet: inf is not a finite number")
    assert judge_backward(edge, read_answer("0.105")).right


def test_a_gradient_kept_from_the_last_pass_is_named_so_not_as_a_second_use():
    graph = parse("x*y", x=-2, y=3)
    graph.forward()
    graph.backward()
    stepper = graph.steps(accumulate=True)
    into_x = steps_until(stepper, "backward", "x")
    assert into_x.previous_grad == 3.0
    verdict = judge_backward(into_x, read_answer("3"), kept=True)
    assert verdict.part == "uses" and "kept from the last backward pass" in verdict.message
    assert "other use" not in verdict.message


def test_a_node_used_once_is_said_so():
    rows = table_rows(parse(COURSE, x=3, y=2))
    first = check_table(rows, {(0, "local"): "2, 1"}).first_wrong
    assert first.why == "x is used once: type one local gradient"
