"""Every button in every lesson sets its tab up: driven the way a student clicks them."""

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QCheckBox, QLineEdit

from gradlab.classify.setup import PRESETS as CLASSIFY_PRESETS
from gradlab.lessons import actions_in


@pytest.fixture
def window(make_main_window, qtbot):
    window = make_main_window()
    qtbot.waitUntil(
        lambda: window.descent_tab.ready and window.regression_tab.ready and window.classify_tab.ready,
        timeout=60_000,
    )
    return window


@pytest.mark.parametrize("name", ["graph", "descent", "regression", "classify"])
def test_every_lesson_button_is_understood(window, qtbot, name):
    tab = window.tab_parts()[name]
    window.tabs.setCurrentWidget(tab)
    complaints = []
    tab.status_message.connect(lambda text: complaints.append(text) if "unknown" in text else None)
    actions = [a for a in actions_in(name) if not a.startswith("lesson/")]
    assert actions
    for action in actions:
        tab.lesson.browser.anchorClicked.emit(QUrl(f"gradlab:{action}"))
        if name in ("regression", "classify") and tab.running:
            tab.stop()
            qtbot.waitUntil(lambda: not tab.running, timeout=10_000)
        if name == "descent":
            tab.pause()
    assert complaints == []


def test_graph_lesson_buttons_load_and_walk(window):
    tab = window.graph_tab
    tab.lesson_action("graph/preset/karpathy")
    assert tab.findChild(QLineEdit, "graphExpressionEdit").text() == "(x + y)*z"
    tab.lesson_action("graph/preset/net1")
    tab.lesson_action("graph/backward")  # the forward pass is run first
    assert tab.stepper.phase == "backward"
    tab.lesson_action("graph/run-backward")
    assert tab.stepper.done and tab.graph.gradients() == {"x": 2.0, "y": 6.0}


def test_descent_lesson_buttons_pick_the_racers_and_rates(window):
    tab = window.descent_tab
    tab.lesson_action("descent/function/rosenbrock")
    tab.lesson_action("descent/race/sgd,rmsprop")
    assert list(tab.runs) == ["sgd", "rmsprop"]
    assert not tab.findChild(QCheckBox, "descentOptimizeradamCheck").isChecked()
    tab.lesson_action("descent/rate/sgd/1.05")
    assert tab.runs["sgd"].lr == 1.05


def test_regression_lesson_button_loads_a_recipe(window):
    tab = window.regression_tab
    tab.lesson_action("regression/recipe/torchRegression6custom")
    assert tab.read_setup().model == "poly3"


def test_classify_lesson_buttons_load_a_preset_and_start_it(window, qtbot):
    tab = window.classify_tab
    window.tabs.setCurrentWidget(tab)
    assert "Every point pulls on the line" in tab.lesson.browser.toPlainText()
    for key in ("xor-2layer-bad-seed", "micrograd-moons", "guide-linear"):
        tab.lesson_action(f"classify/preset/{key}")
        assert tab.settings.to_setup() == CLASSIFY_PRESETS[key]
    said = []
    tab.status_message.connect(said.append)
    tab.lesson_action("classify/start")
    assert tab.running
    qtbot.waitUntil(lambda: not tab.running, timeout=30_000)  # 400 steps on six points
    tab.lesson_action("classify/preset/nope")
    assert tab.settings.to_setup() == CLASSIFY_PRESETS["guide-linear"]  # kept
    assert said and "unknown" in said[-1]


def test_unknown_lesson_action_is_reported_not_raised(window):
    said = []
    window.graph_tab.status_message.connect(said.append)
    window.graph_tab.lesson_action("graph/fly")
    assert said and "unknown" in said[0]
