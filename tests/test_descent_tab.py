"""The Gradient Descent tab, driven through its widgets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from tests.test_descent_core import net2_values


@pytest.fixture
def tab(make_main_window, qtbot):
    window = make_main_window()
    window.tabs.setCurrentWidget(window.descent_tab)
    qtbot.waitUntil(lambda: window.descent_tab.ready, timeout=60_000)
    return window.descent_tab


def widget(tab, kind, name):
    found = tab.findChild(kind, name)
    assert found is not None, name
    return found


def press(qtbot, tab, name):
    qtbot.mouseClick(widget(tab, QPushButton, name), Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text, enter=True):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_opens_on_net2_with_four_optimizers(tab):
    assert widget(tab, QLineEdit, "descentExpressionEdit").text() == "x*x + y*y"
    assert widget(tab, QLineEdit, "descentStartEdit").text() == "1, 3"
    assert list(tab.runs) == ["sgd", "momentum", "rmsprop", "adam"]
    assert tab.table.rowCount() == 4
    assert "2/λmax = 1" in widget(tab, QLabel, "descentStabilityLabel").text()
    assert tab.map.image is not None  # a heat map: two variables


def test_step_logs_net2_and_reset(tab, qtbot):
    combo = widget(tab, QComboBox, "descentLogCombo")
    combo.setCurrentIndex(combo.findData("sgd"))
    for _ in range(3):
        press(qtbot, tab, "descentStepButton")
    log = widget(tab, QPlainTextEdit, "descentLog").toPlainText().splitlines()
    values = [float(line.split("  =>  ")[1]) for line in log]
    assert [line.split("  =>  ")[0] for line in log] == ["0", "1", "2"]
    assert values == pytest.approx(net2_values()[:3], rel=1e-12)
    assert tab.table.item(0, 5).text() == "3"
    press(qtbot, tab, "descentResetButton")
    assert all(run.steps == 0 for run in tab.runs.values())
    assert widget(tab, QPlainTextEdit, "descentLog").toPlainText() == ""


def test_play_pause_and_run_to_the_end(tab, qtbot):
    tab.speed.setValue(30)  # 1000 steps a second
    play = widget(tab, QPushButton, "descentPlayButton")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert tab.timer.isActive() and play.text() == "Pause"
    qtbot.waitUntil(lambda: tab.runs["sgd"].steps > 20, timeout=5000)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not tab.timer.isActive()
    paused_at = tab.runs["sgd"].steps
    qtbot.wait(100)
    assert tab.runs["sgd"].steps == paused_at
    spin = widget(tab, QSpinBox, "descentMaxStepsSpin")
    spin.setValue(60)
    spin.editingFinished.emit()
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=10_000)
    assert all(not run.running for run in tab.runs.values())
    assert all(run.steps <= 60 for run in tab.runs.values())


def test_divergence_stops_one_optimizer_only(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentRatesgdEdit"), "1.5")
    for _ in range(40):
        press(qtbot, tab, "descentStepButton")
    assert tab.runs["sgd"].status == "diverged"
    assert tab.table.item(0, 6).text().startswith("diverged at step")
    assert all(run.running for kind, run in tab.runs.items() if kind != "sgd")
    assert tab.runs["sgd"].path.size > 10  # its path is kept and drawn
    assert "2/λmax = 1" in widget(tab, QLabel, "descentStabilityLabel").text()


def test_a_bad_expression_keeps_the_previous_function(tab, qtbot):
    edit = widget(tab, QLineEdit, "descentExpressionEdit")
    type_into(qtbot, edit, "x*x + ")
    assert "something must follow" in widget(tab, QLabel, "descentExpressionError").text()
    assert tab.objective.text == "x*x + y*y"
    type_into(qtbot, edit, "x*z")
    assert "use x and y" in widget(tab, QLabel, "descentExpressionError").text()
    assert tab.objective.text == "x*x + y*y"


def test_a_typed_function_of_one_variable(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), "x*x - 4*x + 4")
    assert tab.objective.dims == 1 and tab.map.image is None
    type_into(qtbot, widget(tab, QLineEdit, "descentStartEdit"), "0")
    for _ in range(5):
        press(qtbot, tab, "descentStepButton")
    assert tab.runs["sgd"].steps == 5 and tab.table.item(0, 2).text() == "—"
    assert "2/λmax = 1" in widget(tab, QLabel, "descentStabilityLabel").text()


def test_presets_load(tab, qtbot):
    combo = widget(tab, QComboBox, "descentFunctionCombo")
    for key in ("torchGd1", "torchGd3", "rosenbrock", "beale", "himmelblau", "saddle"):
        combo.setCurrentIndex(combo.findData(key))
        combo.activated.emit(combo.currentIndex())
        press(qtbot, tab, "descentStepButton")
        assert all(run.steps == 1 for run in tab.runs.values())
    assert (
        "Not a quadratic" not in widget(tab, QLabel, "descentStabilityLabel").text()
    )  # the saddle is quadratic


def test_click_on_the_map_moves_the_start(tab, qtbot):
    tab.map.clicked.emit(0.5, -0.25)
    assert widget(tab, QLineEdit, "descentStartEdit").text() == "0.5, -0.25"
    assert tab.runs["adam"].position.tolist() == [0.5, -0.25]


def test_bad_settings_are_explained(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentRateadamEdit"), "fast")
    error = widget(tab, QLabel, "descentSettingsError")
    assert "Adam: the learning rate must be a positive number" in error.text()
    assert tab.runs == {}
    press(qtbot, tab, "descentStepButton")  # nothing to step, nothing breaks
    type_into(qtbot, widget(tab, QLineEdit, "descentRateadamEdit"), "0.05")
    assert error.text() == "" and len(tab.runs) == 4


def test_optimizers_can_be_switched_on_and_off(tab):
    widget(tab, QCheckBox, "descentOptimizernesterovCheck").setChecked(True)
    widget(tab, QCheckBox, "descentOptimizersgdCheck").setChecked(False)
    assert list(tab.runs) == ["momentum", "nesterov", "rmsprop", "adam"]


def test_keyboard_play_step_and_reset(tab, qtbot):
    qtbot.keyClick(tab.map, Qt.Key.Key_F6)
    assert tab.runs["sgd"].steps == 1
    qtbot.keyClick(tab.map, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: tab.runs["sgd"].steps > 5, timeout=5000)
    assert tab.timer.isActive()
    qtbot.keyClick(tab.map, Qt.Key.Key_F5)
    assert not tab.timer.isActive()
    qtbot.keyClick(tab.map, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert tab.runs["sgd"].steps == 0


def test_leaving_a_box_unchanged_does_not_restart(tab, qtbot):
    press(qtbot, tab, "descentStepButton")
    widget(tab, QLineEdit, "descentStartEdit").editingFinished.emit()  # focus moved on, nothing typed
    assert tab.runs["sgd"].steps == 1
