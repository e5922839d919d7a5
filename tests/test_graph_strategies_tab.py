"""The Graph tab's Strategies panel and gradient ascent, driven through the widgets by objectName."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from gradlab.engine import parse
from gradlab.graph.strategies import RaceSettings, race

from .conftest import click, type_into, widget


@pytest.fixture
def tab(make_main_window):
    window = make_main_window()
    yield window.graph_tab
    window.language.switch("en")


def build(qtbot, tab, expression, values):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), expression, enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), values, enter=False)
    click(qtbot, tab, "graphBuildButton")


def open_strategies(tab):
    tab.side_tabs.setCurrentWidget(tab.strategies_panel)
    return widget(tab, QTableWidget, "graphStrategyTable")


OUTPUT, UNROUNDED, PASSES, INPUTS = 1, 2, 3, 4  # the table's columns after the strategy's name


def cells(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_race_on_the_guides_gate_shows_its_numbers_and_leaves_the_graph(tab, qtbot):
    build(qtbot, tab, "x*y", "x=-2, y=3")
    table = open_strategies(tab)
    assert table.rowCount() == 0
    spec, undo = tab.graph.to_spec(), tab.document.undo_text
    click(qtbot, tab, "graphStrategyRunButton")
    expected = race(parse("x*y", x=-2, y=3))
    rows = cells(table)
    assert [row[0] for row in rows] == ["random search", "numerical gradient", "analytic gradient"]
    for row, outcome in zip(rows, expected.outcomes):
        assert row[1:] == [
            outcome.output_text(),
            repr(outcome.output),
            outcome.cost_text(),
            outcome.inputs_text(),
        ]
    for row in rows[1:]:
        assert (row[OUTPUT], row[INPUTS]) == ("-5.87", "x = -1.97, y = 2.98")
    assert rows[2][UNROUNDED] == "-5.8706" and rows[2][PASSES] == "1 forward + 1 backward pass"
    assert rows[0][OUTPUT:INPUTS] == ["-5.95", "-5.959795095957189", "100 forward passes"]
    assert table.item(2, INPUTS).toolTip() == "x = -1.97, y = 2.98"  # the unrounded inputs
    x, y = dict(expected.outcome("numerical").inputs).values()
    assert table.item(1, INPUTS).toolTip() == f"x = {x!r}, y = {y!r}" and x != -1.97  # not hidden
    assert table.item(2, OUTPUT).font().bold() and not table.item(0, OUTPUT).font().bold()  # the winners
    summary = widget(tab, QLabel, "graphStrategySummary").text()
    assert summary.startswith("Numerical gradient and analytic gradient climbed as far, to -5.87.")
    assert "only one backward pass" in summary
    assert widget(tab, QLabel, "graphStrategyStart").text() == "From x = -2, y = 3: output -6"
    assert tab.graph.to_spec() == spec and tab.document.undo_text == undo  # nothing changed, nothing to undo


def test_the_fields_reach_the_race_and_enter_runs_it(tab, qtbot):
    tab.load_preset("karpathy")
    table = open_strategies(tab)
    type_into(qtbot, widget(tab, QLineEdit, "graphStrategyStepEdit"), "0.02", enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphStrategyHEdit"), "1e-6", enter=False)
    type_into(qtbot, widget(tab, QSpinBox, "graphStrategyTriesSpin").lineEdit(), "7", enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphStrategyTweakEdit"), "0.5", enter=False)
    type_into(qtbot, widget(tab, QSpinBox, "graphStrategySeedSpin").lineEdit(), "3")  # Enter races
    expected = race(tab.graph, RaceSettings(step=0.02, h=1e-6, tries=7, tweak=0.5, seed=3))
    assert [row[UNROUNDED] for row in cells(table)] == [repr(o.output) for o in expected.outcomes]
    assert cells(table)[0][PASSES] == "7 forward passes" and cells(table)[2][OUTPUT] == "-11.18"
    tab.load_preset("neuron")  # the document changed: the table is for another graph
    assert table.rowCount() == 0
    qtbot.keyClick(widget(tab, QLineEdit, "graphStrategyHEdit"), Qt.Key.Key_Return)
    assert (
        cells(table)[2][OUTPUT]
        == race(tab.graph, RaceSettings(step=0.02, h=1e-6, tries=7, tweak=0.5, seed=3))
        .outcome("analytic")
        .output_text()
    )


def test_the_neuron_climbs_to_the_guides_0_8825(tab, qtbot):
    tab.load_preset("neuron")
    table = open_strategies(tab)
    click(qtbot, tab, "graphStrategyRunButton")
    assert cells(table)[2][OUTPUT] == "0.8825" and cells(table)[2][PASSES] == "1 forward + 1 backward pass"
    assert cells(table)[1][PASSES] == "1 + 5 forward passes (1 per input)"


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("graphStrategyStepEdit", "fast", "Step size must be a number, like 0.01."),
        ("graphStrategyStepEdit", "0", "Step size must be a positive number no larger than 1e6."),
        ("graphStrategyHEdit", "nan", "h must be a positive number no larger than 1e6."),
        ("graphStrategyHEdit", "-1e-4", "h must be a positive number"),
        ("graphStrategyTweakEdit", "1e9", "Tweak must be a positive number no larger than 1e6."),
        ("graphStrategyTweakEdit", "", "Tweak must be a number"),
    ],
)
def test_a_bad_field_is_one_line_and_changes_nothing(tab, qtbot, name, text, says):
    table = open_strategies(tab)
    click(qtbot, tab, "graphStrategyRunButton")
    before, spec = cells(table), tab.graph.to_spec()
    edit = widget(tab, QLineEdit, name)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # what was there goes, then what is typed comes
    type_into(qtbot, edit, text)
    error = widget(tab, QLabel, "graphStrategyError")
    assert error.text().startswith(says) and "\n" not in error.text()
    assert cells(table) == before and tab.graph.to_spec() == spec
    type_into(qtbot, widget(tab, QLineEdit, name), "0.01")
    assert error.text() == "" and table.rowCount() == 3


def test_the_spin_boxes_hold_the_cores_ranges(tab):
    tries, seed = (
        widget(tab, QSpinBox, "graphStrategyTriesSpin"),
        widget(tab, QSpinBox, "graphStrategySeedSpin"),
    )
    assert (tries.minimum(), tries.maximum(), tries.value()) == (1, 100_000, 100)
    assert (seed.minimum(), seed.maximum(), seed.value()) == (0, 2_147_483_647, 0)


@pytest.mark.parametrize(
    ("expression", "values", "says"),
    [("2*3", "", "The output depends on no variable"), ("log(x)", "x=-1", "The output is nan")],
)
def test_a_graph_that_cannot_race_says_why(tab, qtbot, expression, values, says):
    build(qtbot, tab, expression, values)
    table = open_strategies(tab)
    click(qtbot, tab, "graphStrategyRunButton")
    assert widget(tab, QLabel, "graphStrategyError").text().startswith(says)
    assert table.rowCount() == 0
    tab.load_preset("net1")
    assert widget(tab, QLabel, "graphStrategyError").text() == ""  # it was about the other graph


def test_the_keyboard_alone_walks_the_fields_and_races(tab, qtbot):
    open_strategies(tab)
    step = widget(tab, QLineEdit, "graphStrategyStepEdit")
    step.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is step)
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        order.append(focused.objectName() or focused.parent().objectName())
    assert order == [
        "graphStrategyHEdit",
        "graphStrategyTriesSpin",
        "graphStrategyTweakEdit",
        "graphStrategySeedSpin",
        "graphStrategyRunButton",
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert widget(tab, QTableWidget, "graphStrategyTable").rowCount() == 3


def test_the_rows_stay_through_a_language_switch(tab, qtbot):
    table = open_strategies(tab)
    click(qtbot, tab, "graphStrategyRunButton")
    numbers = [row[OUTPUT:PASSES] for row in cells(table)]
    tab.window().language.switch("zh_TW")
    assert [row[OUTPUT:PASSES] for row in cells(table)] == numbers
    tab.window().language.switch("en")
    assert cells(table)[0][0] == "random search"


# --- gradient ascent in the Descent panel ------------------------------------------------------------


def descent_log(tab):
    return widget(tab, QPlainTextEdit, "graphDescentLog").toPlainText().splitlines()


def test_ascent_climbs_as_the_guide_does_and_says_so(tab, qtbot):
    build(qtbot, tab, "x*y", "x=-2, y=3")
    tab.side_tabs.setCurrentWidget(tab.descent_page)
    type_into(qtbot, widget(tab, QLineEdit, "graphLearningRateEdit"), "0.01", enter=False)
    step = widget(tab, QPushButton, "graphDescentStepButton")
    assert step.text() == "Gradient descent step"
    ascent = widget(tab, QCheckBox, "graphAscentCheck")
    ascent.setFocus()
    qtbot.keyClick(ascent, Qt.Key.Key_Space)  # the keyboard alone
    assert ascent.isChecked() and step.text() == "Gradient ascent step"
    assert "moves up" in widget(tab, QLineEdit, "graphLearningRateEdit").toolTip()
    click(qtbot, tab, "graphDescentStepButton")
    assert tab.graph.values() == {"x": -1.97, "y": 2.98}  # the guide's step: x += 0.01·3, y += 0.01·(−2)
    click(qtbot, tab, "graphDescentStepButton")
    expected = parse("x*y", x=-2, y=3)
    first, second = expected.descend(-0.01), expected.descend(-0.01)
    assert tab.graph.values() == expected.values()
    assert descent_log(tab) == [
        "# ascent from step 0: up the gradient",
        f"0  =>  {first!r}",
        f"1  =>  {second!r}",
    ]
    assert descent_log(tab)[2] == "1  =>  -5.8706"
    qtbot.keyClick(ascent, Qt.Key.Key_Space)
    assert step.text() == "Gradient descent step" and "moves down" in tab.descent_panel.rate.toolTip()
    click(qtbot, tab, "graphDescentStepButton")
    third = expected.descend(0.01)
    assert tab.graph.values() == expected.values()
    assert descent_log(tab)[3:] == [
        "# descent from step 2: down the gradient",
        f"2  =>  {third!r}",
    ]
    click(qtbot, tab, "graphDescentRestartButton")
    assert tab.graph.values() == {"x": -2.0, "y": 3.0}


def test_ascent_with_the_classic_update_moves_a_twice_used_variable_twice(tab, qtbot):
    tab.load_preset("net1")
    widget(tab, QCheckBox, "graphAscentCheck").setChecked(True)
    widget(tab, QCheckBox, "graphClassicUpdateCheck").setChecked(True)
    type_into(qtbot, widget(tab, QLineEdit, "graphLearningRateEdit"), "0.01", enter=False)
    click(qtbot, tab, "graphDescentStepButton")
    expected = parse("x*x + y*y", x=1, y=3)
    expected.descend(-0.01, classic=True)
    # x·x moves x twice, each time by 0.01·x.g = 0.01·2: up to 1.04; y to 3 + 2·0.01·6
    assert tab.graph.values() == expected.values() == pytest.approx({"x": 1.04, "y": 3.12})


def test_the_ascent_log_is_written_again_in_a_new_language(tab, qtbot):
    widget(tab, QCheckBox, "graphAscentCheck").setChecked(True)
    click(qtbot, tab, "graphDescentStepButton")
    lines = descent_log(tab)
    tab.window().language.switch("zh_TW")
    assert len(descent_log(tab)) == 2 and descent_log(tab)[1] == lines[1]
    tab.window().language.switch("en")
    assert descent_log(tab) == lines
