"""The descent map's work ceiling: a costly function gets a coarser map and a note, never a frozen window.

Budgets are set to 0 or tiny here instead of timing anything: what is tested is what the map does
when the budget is spent, and that the note says so; no test asserts how long anything took.
"""

import numpy as np
import pytest

from gradlab.descent import Objective, curvature, describe
from gradlab.descent import function as function_module
from gradlab.descent.race import Race

REGION = (-2.0, 2.0, -1.0, 3.0)


def test_a_cheap_function_gets_the_full_map():
    grid = Objective("x*x + y*y").map(REGION)
    assert grid.values.shape == (200, 200) and not grid.coarse and grid.note() == ""
    assert len(Objective("x*x").map(REGION).xs) == 400


def test_the_map_is_the_function_and_is_kept():
    objective = Objective("norm(x - 1, y) + sigmoid(x*y) - relu(-y)")
    grid = objective.map(REGION)
    i, j = 37, 150
    assert grid.values[i, j] == pytest.approx(objective.value((grid.xs[i], grid.ys[j])), rel=1e-12)
    assert objective.map(REGION) is grid  # the race's note and the view share one evaluation


@pytest.mark.parametrize(
    "text, shown", [("x*y + y", "20×20 points instead of 200×200"), ("x*x", "20 points")]
)
def test_with_the_budget_spent_the_map_is_coarser_and_says_so(monkeypatch, text, shown):
    monkeypatch.setattr(function_module, "MAP_BUDGET", 0.0)
    grid = Objective(text).map(REGION)
    assert grid.coarse and len(grid.xs) == 20
    assert shown in grid.note() and "costly" in grid.note()
    assert np.isfinite(grid.values).all()


def test_a_map_too_big_for_its_memory_is_coarser(monkeypatch):
    """A norm of 60 computed arguments holds all 60 arrays at once: the memory ceiling sets the grid."""
    text = "norm(" + ", ".join(f"x*{k} + y" for k in range(60)) + ")"
    objective = Objective(text)
    assert objective.program.peak >= 60
    monkeypatch.setattr(function_module, "MAP_MEMORY", 8 * (objective.program.peak + 3) * 70 * 70)
    grid = objective.map(REGION)
    assert grid.coarse and len(grid.xs) <= 70


def test_results_are_let_go_once_used():
    """A balanced product of 2,048 factors holds about a dozen arrays at a time, not 2,047."""
    terms = ["x", "y"] * 1024
    while len(terms) > 1:
        terms = [f"({a}*{b})" for a, b in zip(terms[::2], terms[1::2])]
    objective = Objective(terms[0])
    assert objective.program.peak <= 12
    assert objective.map((0.5, 1.0, 0.5, 1.0)).values.max() == pytest.approx(1.0)


def test_the_race_passes_the_note_on(monkeypatch):
    race = Race()
    assert "costly" not in race.note
    monkeypatch.setattr(function_module, "MAP_BUDGET", 0.0)
    race.use_expression("x*x + 3*y*y + 0.5*x*y")
    assert "20×20" in race.note


def test_a_function_of_4999_nodes_races_and_is_classified():
    race = Race()
    text = " + ".join(["x", "y"] * 1249) + " + y*y"  # 2,498 terms and y*y: 4,999 nodes
    race.use_expression(text)
    assert race.curvature.kind == "endless valley"
    assert race.objective.map(race.region).values.size > 0
    assert race.advance(10) == 10


def test_a_variable_used_2500_times_compiles_however_deep_the_caller():
    """Its gradient is a sum of 2,500 terms: one expression that long was too deep for Python's compiler."""

    def deep(levels: int):
        return deep(levels - 1) if levels else Objective(" + ".join(["x"] * 1_200 + ["y"] * 1_300))

    objective = deep(600)
    assert objective.value_and_gradient(1.0, 2.0) == (3_800.0, (1_200.0, 1_300.0))


@pytest.mark.parametrize(
    "text",
    [
        "1e300*1e300*x*x",  # 1e600: no float holds the coefficient (once an OverflowError)
        "1e-300*1e-300*x*x + y*y",  # 1e-600 (once a ZeroDivisionError, then a 0 eigenvalue)
        "*".join(["0.1"] * 2_000) + "*x*x",  # a fraction with millions of bits, if followed
        "x" + "/0.1" * 2_000,
    ],
    ids=["huge", "tiny", "long-product", "long-division"],
)
def test_the_hessian_stops_where_exact_numbers_pass_floats(text):
    found = curvature(Objective(text))
    assert found.kind == "unknown" and found.max_rate is None and found.has_minimum is None
    assert "not worked out" in describe(found, 2, "0.1")


def test_small_exact_products_are_still_quadratics():
    assert curvature(Objective("*".join(["0.1", "0.3", "0.7", "1.1"] * 5) + "*x*x")).kind == "convex"


def test_the_tab_shows_the_note_of_a_coarse_map(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from gradlab.ui.descent.tab import DescentTab

    tab = DescentTab()
    qtbot.addWidget(tab)
    tab.finish_making()
    monkeypatch.setattr(function_module, "MAP_BUDGET", 0.0)
    tab.apply_expression("x*x + y*y*2")
    note = tab.findChild(QLabel, "descentFunctionNote")
    assert "20×20" in note.text() and not note.isHidden()
    assert tab.map.image.image.shape == (20, 20)
