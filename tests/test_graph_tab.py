"""The Graph tab, driven through its widgets the way a student clicks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
)

from gradlab.graph.presets import PRESETS


@pytest.fixture
def tab(make_main_window):
    window = make_main_window()
    return window.graph_tab


def widget(tab, kind, name):
    found = tab.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot, tab, name):
    button = widget(tab, QToolButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(tab, name):
    """What the canvas box of node ``name`` shows: (value, gradient)."""
    for item in tab.canvas.nodes.values():
        if item.node.label == name:
            return item.value_text, item.grad_text
    raise KeyError(name)


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def log_lines(tab):
    return widget(tab, QPlainTextEdit, "graphLog").toPlainText().splitlines()


def test_first_open_shows_net1(tab):
    assert widget(tab, QLineEdit, "graphExpressionEdit").text() == "x*x + y*y"
    assert widget(tab, QLineEdit, "graphValuesEdit").text() == "x=1, y=3"
    assert sorted(item.node.label for item in tab.canvas.nodes.values()) == ["o", "x", "x2", "y", "y2"]
    assert shown(tab, "x") == ("1", "") and shown(tab, "x2") == ("", "")  # blank until computed
    assert len(tab.canvas.edges) == 6  # x·x and y·y draw two edges each


def test_build_step_and_read_the_gradients(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "x*x + y*y")
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), "x=1, y=3")
    click(qtbot, tab, "graphBuildButton")
    for _ in range(3):
        click(qtbot, tab, "graphStepForwardButton")
    assert not widget(tab, QToolButton, "graphStepForwardButton").isEnabled()
    assert shown(tab, "o") == ("10", "")
    while widget(tab, QToolButton, "graphStepBackwardButton").isEnabled():
        click(qtbot, tab, "graphStepBackwardButton")
    assert shown(tab, "x")[1] == "2" and shown(tab, "y")[1] == "6" and shown(tab, "o")[1] == "1"
    lines = log_lines(tab)
    assert lines[0] == "n1 = x · x = 1 · 1 = 1"
    assert "x.g += ∂n1/∂x · n1.g = 1 · 1 → 1" in lines
    assert lines[-1] == "x.g += ∂n1/∂x · n1.g = 1 · 1 → 2"
    click(qtbot, tab, "graphStepBackButton")  # undo the last step
    assert shown(tab, "x")[1] == "1"
    assert log_lines(tab)[-1] == "x.g += ∂n1/∂x · n1.g = 1 · 1 → 1"


def test_the_check_panel_agrees_after_the_backward_pass(tab, qtbot):
    click(qtbot, tab, "graphRunBackwardButton")
    table = widget(tab, QTableWidget, "graphCheckTable")
    qtbot.waitUntil(
        lambda: table.rowCount() == 2 and "✓" in (table.item(0, 2).text() if table.item(0, 2) else "")
    )
    for row in range(2):
        assert all("✓" in table.item(row, c).text() for c in (2, 3))
    assert widget(tab, QLabel, "graphCheckNote").text().startswith("✓")


def test_a_bad_expression_leaves_the_graph_as_it_was(tab, qtbot):
    before = tab.graph.to_spec()
    items = set(tab.canvas.nodes)
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "x*x + * y")
    click(qtbot, tab, "graphBuildButton")
    error = widget(tab, QLabel, "graphExpressionError")
    assert error.isVisible() and "invalid syntax" in error.text() and "column" in error.text()
    assert tab.graph.to_spec() == before and set(tab.canvas.nodes) == items
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "x*z")
    click(qtbot, tab, "graphBuildButton")
    assert "no value given for z" in error.text() and tab.graph.to_spec() == before


def test_the_builder_builds_the_same_graph(tab, qtbot):
    tab.document.replace(type(tab.graph)(), "empty")
    tab._document_changed()
    name, value = (
        widget(tab, QLineEdit, "graphVariableNameEdit"),
        widget(tab, QLineEdit, "graphVariableValueEdit"),
    )
    for var, val in (("x", "1"), ("y", "3")):
        type_into(qtbot, name, var)
        type_into(qtbot, value, val)
        qtbot.mouseClick(widget(tab, QPushButton, "graphAddVariableButton"), Qt.MouseButton.LeftButton)
    operation = widget(tab, QComboBox, "graphOperationCombo")
    a, b = widget(tab, QComboBox, "graphOperandACombo"), widget(tab, QComboBox, "graphOperandBCombo")
    op_name = widget(tab, QLineEdit, "graphOperationNameEdit")
    for op, first, second, new in (
        ("mul", "x", "x", "x2"),
        ("mul", "y", "y", "y2"),
        ("add", "x2", "y2", "o"),
    ):
        operation.setCurrentIndex(operation.findData(op))
        a.setCurrentText(first)
        b.setCurrentText(second)
        type_into(qtbot, op_name, new)
        qtbot.mouseClick(widget(tab, QPushButton, "graphAddOperationButton"), Qt.MouseButton.LeftButton)
    assert widget(tab, QLabel, "graphBuilderError").text() == ""
    assert widget(tab, QLineEdit, "graphExpressionEdit").text() == "x*x + y*y"
    assert tab.graph.to_spec() == PRESETS[0].build().to_spec()
    click(qtbot, tab, "graphRunBackwardButton")
    assert (shown(tab, "x")[1], shown(tab, "y")[1]) == ("2", "6")
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last add
    assert tab.graph.find("o") is None
    qtbot.keyClick(
        tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.graph.find("o") is not None


def test_deleting_a_used_node_asks_first(tab, qtbot):
    nodes = widget(tab, QListWidget, "graphNodeList")
    nodes.setCurrentItem(nodes.findItems("x", Qt.MatchFlag.MatchExactly)[0])
    qtbot.mouseClick(widget(tab, QPushButton, "graphDeleteButton"), Qt.MouseButton.LeftButton)
    box = tab.findChild(QMessageBox, "graphDeleteConfirm")
    qtbot.waitUntil(box.isVisible)
    assert "x2, o" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert tab.graph.find("x") is not None
    qtbot.mouseClick(widget(tab, QPushButton, "graphDeleteButton"), Qt.MouseButton.LeftButton)
    box = tab.builder.confirm_box
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tab.graph.find("x") is None and tab.graph.find("o") is None
    click(qtbot, tab, "graphUndoButton")
    assert tab.graph.find("o") is not None


@pytest.mark.parametrize("key", [p.key for p in PRESETS])
def test_every_preset_loads_and_walks(tab, qtbot, key):
    combo = widget(tab, QComboBox, "graphPresetCombo")
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())
    assert tab.graph.to_spec() == next(p for p in PRESETS if p.key == key).build().to_spec()
    click(qtbot, tab, "graphRunBackwardButton")
    assert tab.stepper.done
    table = widget(tab, QTableWidget, "graphCheckTable")
    qtbot.waitUntil(lambda: table.item(0, 2) is not None and "✓" in table.item(0, 2).text())


def test_keep_gradients_piles_them_up(tab, qtbot):
    click(qtbot, tab, "graphRunBackwardButton")
    widget(tab, QCheckBox, "graphKeepGradientsCheck").setChecked(True)
    click(qtbot, tab, "graphRunBackwardButton")
    assert shown(tab, "x")[1] == "4" and shown(tab, "y")[1] == "12"
    widget(tab, QCheckBox, "graphKeepGradientsCheck").setChecked(False)
    click(qtbot, tab, "graphRunBackwardButton")
    assert shown(tab, "x")[1] == "2"
    qtbot.waitUntil(
        lambda: tab.check_panel.table.item(0, 2).text() != "computing…"
    )


def test_play_walks_to_the_end_and_stops(tab, qtbot):
    widget(tab, type(tab.speed), "graphSpeedSlider").setValue(20)
    click(qtbot, tab, "graphPlayButton")
    assert tab.play_timer.isActive()
    qtbot.waitUntil(lambda: tab.stepper.done, timeout=5000)
    qtbot.waitUntil(lambda: not tab.play_timer.isActive(), timeout=2000)
    assert shown(tab, "y")[1] == "6"
    qtbot.waitUntil(lambda: tab.check_panel.table.item(0, 2).text() != "computing…")


def test_descent_steps_log_like_net2(tab, qtbot):
    rate = widget(tab, QLineEdit, "graphLearningRateEdit")
    step = widget(tab, QPushButton, "graphDescentStepButton")
    for _ in range(3):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    lines = widget(tab, QPlainTextEdit, "graphDescentLog").toPlainText().splitlines()
    assert lines == ["0  =>  10.0", "1  =>  9.216", "2  =>  8.493465599999999"]
    assert shown(tab, "x")[0] == "0.8847"  # 0.96³
    qtbot.mouseClick(widget(tab, QPushButton, "graphDescentRestartButton"), Qt.MouseButton.LeftButton)
    assert tab.graph.values() == {"x": 1.0, "y": 3.0}
    widget(tab, QCheckBox, "graphClassicUpdateCheck").setChecked(True)
    type_into(qtbot, rate, "0.01")
    for _ in range(3):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    lines = widget(tab, QPlainTextEdit, "graphDescentLog").toPlainText().splitlines()
    assert lines == ["0  =>  10.0", "1  =>  9.216", "2  =>  8.4934656"]  # net2.py's digits


def test_absurd_learning_rates_are_refused_or_survived(tab, qtbot, make_main_window):
    rate = widget(tab, QLineEdit, "graphLearningRateEdit")
    step = widget(tab, QPushButton, "graphDescentStepButton")
    error = widget(tab, QLabel, "graphDescentError")
    for text in ("fast", "-1", "inf", "1e9"):
        type_into(qtbot, rate, text)
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
        assert error.text() and tab.graph.values() == {"x": 1.0, "y": 3.0}
    type_into(qtbot, rate, "1e6")
    for _ in range(40):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert shown(tab, "o")[0] in ("inf", "nan")
    status = tab.window().statusBar().currentMessage()
    assert "learning rate" in status


def test_overflow_is_shown_not_raised(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "exp(x) * y")
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), "x=1000, y=0")
    click(qtbot, tab, "graphBuildButton")
    click(qtbot, tab, "graphRunBackwardButton")
    assert shown(tab, "n1")[0] == "inf" and shown(tab, "o")[0] == "nan"
    item = next(i for i in tab.canvas.nodes.values() if i.node.label == "n1")
    assert item.nonfinite
    assert "inf" in tab.window().statusBar().currentMessage()
    qtbot.waitUntil(lambda: tab.check_panel.table.item(0, 2).text() != "computing…")


def test_code_panel_shows_both_programs(tab, qtbot):
    net = widget(tab, QPlainTextEdit, "graphNetCode").toPlainText()
    torch = widget(tab, QPlainTextEdit, "graphTorchCode").toPlainText()
    assert "x2 = net.mul(x, x)" in net and "o = x2 + y2" in torch
    qtbot.mouseClick(widget(tab, QPushButton, "graphCopyCodeButton"), Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == net


def test_sixty_nodes_on_the_canvas_do_not_overlap(tab):
    from tests.test_graph_core import wide_graph

    tab.document.replace(wide_graph(), "wide")
    tab._document_changed()
    assert len(tab.canvas.nodes) == 60
    assert tab.canvas.overlapping_boxes() == 0


def test_shortcuts_are_in_the_tooltips(tab):
    for name, keys in (
        ("graphStepForwardButton", "Alt+Right"),
        ("graphStepBackwardButton", "Alt+Left"),
        ("graphStepBackButton", "Alt+Backspace"),
        ("graphRunForwardButton", "Alt+Shift+Right"),
        ("graphRunBackwardButton", "Alt+Shift+Left"),
        ("graphResetButton", "Ctrl+R"),
        ("graphPlayButton", "F5"),
    ):
        assert keys in widget(tab, QToolButton, name).toolTip()


def test_keyboard_walk(tab, qtbot):
    alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
    for _ in range(2):
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Right, alt)
    qtbot.keyClick(
        widget(tab, QLineEdit, "graphExpressionEdit"), Qt.Key.Key_Right, alt
    )  # works while typing too
    assert shown(tab, "o")[0] == "10"
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Backspace, alt)
    assert shown(tab, "o")[0] == ""
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Left, alt | shift)
    assert shown(tab, "x")[1] == "2"
    qtbot.waitUntil(lambda: tab.check_panel.table.item(0, 2).text() != "computing…")
    tabs = tab.window().tabs
    tabs.setCurrentIndex(1)
    qtbot.keyClick(tabs, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the hidden tab does not react
    assert tab.stepper.done


def test_closing_during_a_torch_check_waits_for_it(tab, qtbot):
    click(qtbot, tab, "graphRunBackwardButton")
    assert tab.checks.worker is not None
    tab.window().close()  # the thread-pool check in conftest fails the test if the worker is left running
    assert not tab.play_timer.isActive()


def test_the_drawing_exports_to_png_and_svg(tab, tmp_path):
    from PySide6.QtGui import QImage

    nodes = len(tab.canvas.nodes)
    assert tab.export_to(str(tmp_path / "graph.png")) and tab.export_to(str(tmp_path / "graph.svg"))
    image = QImage(str(tmp_path / "graph.png"))
    assert image.width() > 400 and image.height() > 200
    svg = (tmp_path / "graph.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and nodes == 5
    assert not tab.export_to(str(tmp_path / "missing-folder" / "graph.png"))
    assert "Could not export" in tab.window().statusBar().currentMessage()
