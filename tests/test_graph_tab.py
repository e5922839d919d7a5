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
    QSlider,
    QTableWidget,
    QToolButton,
)

from gradlab.graph.presets import PRESETS

from .conftest import click, in_reach, type_into, wheel, widget


@pytest.fixture
def tab(make_main_window):
    window = make_main_window()
    yield window.graph_tab
    window.language.switch("en")  # a test that switched leaves the next one in English


def shown(tab, name):
    """What the canvas box of node ``name`` shows: (value, gradient)."""
    for item in tab.canvas.nodes.values():
        if item.node.label == name:
            return item.value_text, item.grad_text
    raise KeyError(name)


def log_lines(tab):
    return widget(tab, QPlainTextEdit, "graphLog").toPlainText().splitlines()


def test_first_open_shows_net1(tab):
    assert widget(tab, QLineEdit, "graphExpressionEdit").text() == "x*x + y*y"
    assert widget(tab, QLineEdit, "graphValuesEdit").text() == "x=1, y=3"
    assert sorted(item.node.label for item in tab.canvas.nodes.values()) == ["o", "x", "x2", "y", "y2"]
    assert shown(tab, "x") == ("1", "") and shown(tab, "x2") == ("", "")  # blank until computed
    assert len(tab.canvas.edges) == 6  # x·x and y·y draw two edges each


def test_build_step_and_read_the_gradients(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "x*x + y*y", enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), "x=1, y=3", enter=False)
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
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "x*x + * y", enter=False)
    click(qtbot, tab, "graphBuildButton")
    error = widget(tab, QLabel, "graphExpressionError")
    assert error.isVisible() and "invalid syntax" in error.text() and "column" in error.text()
    assert tab.graph.to_spec() == before and set(tab.canvas.nodes) == items
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "x*z", enter=False)
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
        type_into(qtbot, name, var, enter=False)
        type_into(qtbot, value, val, enter=False)
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
        type_into(qtbot, op_name, new, enter=False)
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
    qtbot.waitUntil(lambda: tab.check_panel.table.item(0, 2).text() != "computing…")


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
    type_into(qtbot, rate, "0.01", enter=False)
    for _ in range(3):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    lines = widget(tab, QPlainTextEdit, "graphDescentLog").toPlainText().splitlines()
    assert lines == ["0  =>  10.0", "1  =>  9.216", "2  =>  8.4934656"]  # net2.py's digits


def test_absurd_learning_rates_are_refused_or_survived(tab, qtbot, make_main_window):
    rate = widget(tab, QLineEdit, "graphLearningRateEdit")
    step = widget(tab, QPushButton, "graphDescentStepButton")
    error = widget(tab, QLabel, "graphDescentError")
    for text in ("fast", "-1", "inf", "1e9"):
        type_into(qtbot, rate, text, enter=False)
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
        assert error.text() and tab.graph.values() == {"x": 1.0, "y": 3.0}
    type_into(qtbot, rate, "1e6", enter=False)
    for _ in range(40):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert shown(tab, "o")[0] in ("inf", "nan")
    status = tab.window().statusBar().currentMessage()
    assert "learning rate" in status


def test_overflow_is_shown_not_raised(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "exp(x) * y", enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), "x=1000, y=0", enter=False)
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
        ("graphStepForwardButton", "Alt+→"),
        ("graphStepBackwardButton", "Alt+←"),
        ("graphStepBackButton", "Alt+Backspace"),
        ("graphRunForwardButton", "Alt+Shift+→"),
        ("graphRunBackwardButton", "Alt+Shift+←"),
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
    qtbot.waitUntil(lambda: tab.checks.worker is not None)  # it starts once the walk is drawn
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


# --- messages are true and current ------------------------------------------------------------------


def error_shown(tab):
    return widget(tab, QLabel, "graphExpressionError").isVisible()


def build_bad(qtbot, tab, text="x*x + * y"):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), text, enter=False)
    click(qtbot, tab, "graphBuildButton")
    assert error_shown(tab)


def test_an_expression_error_goes_the_moment_the_boxes_are_right(tab, qtbot):
    expression = widget(tab, QLineEdit, "graphExpressionEdit")
    build_bad(qtbot, tab)
    type_into(qtbot, expression, "x*x + y", enter=False)  # right again while typing: gone at once
    assert not error_shown(tab)
    build_bad(qtbot, tab)
    type_into(qtbot, expression, "x*x + y", enter=False)
    click(qtbot, tab, "graphBuildButton")  # built: the graph is the boxes', nothing is wrong
    assert not error_shown(tab) and tab.graph.find("o") is not None
    build_bad(qtbot, tab, "x*x +")
    qtbot.keyClick(expression, Qt.Key.Key_End)
    qtbot.keyClicks(expression, " q")  # still wrong: the message says what is wrong now
    assert error_shown(tab) and "no value given for q" in tab.expression_error.text()


@pytest.mark.parametrize("path", ["preset", "builder", "undo", "session"])
def test_every_other_way_to_a_new_graph_clears_the_error(tab, qtbot, path, tmp_path):
    if path == "session":
        window = tab.window()
        assert window.save_session_to(tmp_path / "s.gradlab")
    build_bad(qtbot, tab)
    if path == "preset":
        tab.load_preset("karpathy")
    elif path == "builder":
        type_into(qtbot, widget(tab, QLineEdit, "graphVariableNameEdit"), "w", enter=False)
        type_into(qtbot, widget(tab, QLineEdit, "graphVariableValueEdit"), "2", enter=False)
        qtbot.mouseClick(widget(tab, QPushButton, "graphAddVariableButton"), Qt.MouseButton.LeftButton)
        assert tab.graph.find("w") is not None
    elif path == "undo":
        tab.load_preset("karpathy")
        build_bad(qtbot, tab)
        click(qtbot, tab, "graphUndoButton")
    else:
        assert tab.window().open_session_from(tmp_path / "s.gradlab")
    assert not error_shown(tab)


def test_a_600_character_error_never_changes_the_windows_size(make_main_window, qtbot):
    """At 1024×700 too: the message shows the mistake's surroundings, in at most two lines."""
    from PySide6.QtWidgets import QApplication

    window = make_main_window()
    tab = window.graph_tab
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 700))
    long_bad = "x*" * 299 + "+"  # 599 characters and a sign with nothing after it
    expression = widget(tab, QLineEdit, "graphExpressionEdit")
    expression.setText(long_bad + "y")
    expression.setText(long_bad)
    click(qtbot, tab, "graphBuildButton")
    assert error_shown(tab)
    text = tab.expression_error.text()
    assert "column 599" in text and "⟦+⟧" in text and text.count("x*") < 30  # where, not all of it
    qtbot.waitUntil(lambda: tab.expression_error.shown_text() != "")
    QApplication.processEvents()
    assert window.size().toTuple() == (1024, 700)
    assert not tab.expression_error.is_cut()  # the whole message is on screen


@pytest.mark.parametrize(
    "expression, values, words",
    [
        ("x/y", "x=1, y=0", "division by zero"),
        ("log(x) + y", "x=-1, y=1", "outside the function's domain"),
        ("sqrt(x) + y", "x=-4, y=1", "outside the function's domain"),
        ("exp(x) + y", "x=800, y=1", "overflow"),
        ("relu(x) + y", "x=0, y=1", "kink"),
    ],
)
def test_the_check_panel_names_the_real_cause(tab, qtbot, expression, values, words):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), expression, enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), values)
    click(qtbot, tab, "graphRunBackwardButton")
    table = widget(tab, QTableWidget, "graphCheckTable")
    qtbot.waitUntil(lambda: "computing" not in table.item(0, 2).text() + table.item(0, 3).text())
    note = widget(tab, QLabel, "graphCheckNote").text()
    assert words in note, note
    if words != "kink":
        assert "kink" not in note, note


# --- keys go where the user looks ---------------------------------------------------------------------


SHORTCUT_ACTIONS = [
    "graphStepForwardAction",
    "graphStepBackwardAction",
    "graphStepBackAction",
    "graphRunForwardAction",
    "graphRunBackwardAction",
    "graphResetAction",
    "graphPlayAction",
    "graphFitAction",
    "graphUndoAction",
    "graphRedoAction",
]


def test_the_tabs_shortcuts_belong_to_the_tab(tab):
    from PySide6.QtGui import QAction

    for name in SHORTCUT_ACTIONS:
        action = tab.findChild(QAction, name)
        assert action is not None and action in tab.actions(), name
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut, name


FOCUSED = [
    (QLineEdit, "graphExpressionEdit"),
    (QLineEdit, "graphValuesEdit"),
    (QPlainTextEdit, "graphLog"),
    (QCheckBox, "graphKeepGradientsCheck"),
    (QComboBox, "graphPresetCombo"),
    (QLineEdit, "graphVariableNameEdit"),
    (QToolButton, "graphResetButton"),
]


@pytest.mark.parametrize("kind, name", FOCUSED)
def test_alt_arrows_step_whichever_widget_has_focus(tab, qtbot, kind, name):
    alt = Qt.KeyboardModifier.AltModifier
    target = widget(tab, kind, name)
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    for _ in range(3):
        qtbot.keyClick(target, Qt.Key.Key_Right, alt)
    assert shown(tab, "o")[0] == "10"
    qtbot.keyClick(target, Qt.Key.Key_Backspace, alt)
    assert shown(tab, "o")[0] == ""
    qtbot.keyClick(target, Qt.Key.Key_Right, alt)
    qtbot.keyClick(target, Qt.Key.Key_Left, alt)
    assert shown(tab, "o")[1] == "1"
    qtbot.keyClick(target, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert shown(tab, "o") == ("", "")


def test_alt_right_after_the_forward_pass_stays_in_the_tab(tab, qtbot):
    tabs = tab.window().tabs
    canvas = tab.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    alt = Qt.KeyboardModifier.AltModifier
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Right, alt)
    assert not widget(tab, QToolButton, "graphStepForwardButton").isEnabled()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(canvas, key, alt)
        assert tabs.currentWidget() is tab and canvas.hasFocus()
    assert "Backward step" in tab.window().statusBar().currentMessage()
    qtbot.keyClick(canvas, Qt.Key.Key_Left, alt)  # and the backward pass goes on from the keys
    assert shown(tab, "o")[1] == "1"
    assert tab.window().statusBar().currentMessage() == ""  # the refusal is no longer true: gone
    qtbot.keyClick(canvas, Qt.Key.Key_Left, alt | Qt.KeyboardModifier.ShiftModifier)
    assert tab.stepper.done
    qtbot.keyClick(canvas, Qt.Key.Key_Left, alt)  # done: the key says so and stays in the tab
    assert tabs.currentWidget() is tab and "complete" in tab.window().statusBar().currentMessage()
    qtbot.waitUntil(lambda: "computing" not in tab.check_panel.table.item(0, 2).text())


def test_f5_plays_from_any_widget(tab, qtbot):
    speed = widget(tab, QSlider, "graphSpeedSlider")
    speed.setValue(20)
    speed.setFocus()
    qtbot.waitUntil(speed.hasFocus)
    qtbot.keyClick(speed, Qt.Key.Key_F5)
    assert tab.play_timer.isActive()
    qtbot.keyClick(speed, Qt.Key.Key_F5)
    assert not tab.play_timer.isActive()


def test_focus_starts_in_the_expression_box(make_main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    window = make_main_window()
    window.tabs.setCurrentIndex(2)
    window.tabs.setCurrentWidget(window.graph_tab)
    expression = widget(window.graph_tab, QLineEdit, "graphExpressionEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expression)


# --- the wheel and the reach --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, name",
    [
        (QSlider, "graphSpeedSlider"),
        (QComboBox, "graphPresetCombo"),
        (QComboBox, "graphOperationCombo"),
        (QComboBox, "graphOperandACombo"),
    ],
)
def test_the_wheel_changes_no_input_without_focus(tab, qtbot, kind, name):
    target = widget(tab, kind, name)
    read = target.value if kind is QSlider else target.currentIndex
    if kind is QComboBox and target.count() > 1:
        target.setCurrentIndex(1)
    before = read()
    tab.canvas.setFocus()
    qtbot.waitUntil(tab.canvas.hasFocus)
    wheel(target, -1)
    wheel(target, 1)
    wheel(target, 1)
    assert read() == before
    assert target.focusPolicy() == Qt.FocusPolicy.StrongFocus


PRIMARY = [
    "graphBuildButton",
    "graphStepBackButton",
    "graphStepForwardButton",
    "graphStepBackwardButton",
    "graphRunForwardButton",
    "graphRunBackwardButton",
    "graphResetButton",
    "graphPlayButton",
]


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_build_and_the_step_bar_are_in_reach(tab, qtbot, size, language):
    window = tab.window()
    window.language.switch(language)
    window.tabs.setCurrentWidget(window.graph_tab)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    for name in PRIMARY:
        button = widget(window.graph_tab, QToolButton, name)
        qtbot.waitUntil(lambda button=button: in_reach(button))


# --- the GUI thread never waits ---------------------------------------------------------------------


def test_a_thousand_node_run_backward_goes_in_slices(tab, qtbot):
    from gradlab.engine import parse
    from gradlab.ui.graph.walk import STEP_BUDGET

    terms = 250
    text = " + ".join(f"a{i}*b{i}" for i in range(terms))
    graph = parse(text, **{f"a{i}": 1.0 for i in range(terms)}, **{f"b{i}": 2.0 for i in range(terms)})
    tab.document.replace(graph, "big")
    tab._document_changed()
    canvas = tab.canvas
    assert canvas.drawing and not canvas.nodes  # the layout only: boxes and arrows come in slices
    made = []
    canvas._slices.timeout.connect(lambda: made.append(len(canvas.nodes) + len(canvas.edges)))
    with qtbot.waitSignal(canvas.drawn, timeout=30000):
        pass
    assert len(canvas.nodes) == len(graph.all_nodes) >= 999 and len(canvas.edges) == 998
    assert len(made) > 2 and made == sorted(made) and made[0] < made[-1] == 999 + 998
    assert shown(tab, "a7") == ("1", "")  # the walk's state, shown once the drawing was complete
    slices = []
    tab.walk.took.connect(lambda events: slices.append(len(events)))
    click(qtbot, tab, "graphRunBackwardButton")
    assert not tab.stepper.done  # the first slice only: the rest come from the event loop
    qtbot.waitUntil(lambda: tab.stepper.done, timeout=30000)
    assert len(slices) > 1 and max(slices) <= STEP_BUDGET
    assert sum(slices) == tab.stepper.total
    assert tab.graph.gradients()["a7"] == 2.0 and shown(tab, "a7")[1] == "2"
    table = widget(tab, QTableWidget, "graphCheckTable")
    qtbot.waitUntil(lambda: "computing" not in table.item(0, 3).text(), timeout=60000)
    assert "✓" in table.item(0, 3).text()


def test_the_check_helpers_are_ready_before_torch_starts_importing(monkeypatch):
    """The first check imports superqt's helpers on the GUI thread: never waiting for torch's import."""
    import builtins
    import sys

    from gradlab.ui.torch_loader import TorchLoader

    order = []
    real_import = builtins.__import__

    def spy(name, *args, **kwargs):
        if name in ("superqt.utils", "torch") and name not in order:
            order.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", spy)
    monkeypatch.setattr("gradlab.ui.torch_loader.preload_torch_libraries", lambda: [])
    TorchLoader()._load()
    assert order == ["superqt.utils", "torch"] and "superqt.utils" in sys.modules


def test_a_long_name_in_the_builder_never_widens_the_window(make_main_window, qtbot):
    window = make_main_window()
    tab = window.graph_tab
    minimum = window.minimumSizeHint().width()
    type_into(qtbot, widget(tab, QLineEdit, "graphVariableNameEdit"), "9" + "x" * 600, enter=False)
    qtbot.mouseClick(widget(tab, QPushButton, "graphAddVariableButton"), Qt.MouseButton.LeftButton)
    assert "is not a variable name" in widget(tab, QLabel, "graphBuilderError").text()
    assert window.minimumSizeHint().width() == minimum


@pytest.mark.parametrize(
    "expression, values, words",
    [
        ("log(x) + y", "x=-1, y=2", "outside the function's domain (log needs a positive number)"),
        ("x/y + 1", "x=1, y=0", "a division by zero"),
        ("exp(x) * y", "x=800, y=1", "an overflow"),
    ],
)
def test_the_forward_walk_names_the_cause_where_it_starts(tab, qtbot, expression, values, words):
    """The status bar says what the Check panel says, at the node where trouble starts (not "too large")."""
    said = []
    tab.status_message.connect(said.append)
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), values, enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), expression)
    tab.run_forward()
    qtbot.waitUntil(lambda: tab.stepper.phase != "forward")
    assert any(words in text for text in said), said


def test_an_expression_error_stays_on_one_line_whatever_the_box_holds(tab, qtbot):
    edit = widget(tab, QLineEdit, "graphExpressionEdit")
    edit.setText("x*x +\n y*y + ")  # pasted from a file: a newline inside
    click(qtbot, tab, "graphBuildButton")
    text = widget(tab, QLabel, "graphExpressionError").text()
    assert text.startswith("✗") and "\n" not in text and "\r" not in text


def test_a_graph_too_big_to_write_as_one_expression_says_so_in_the_box(tab):
    from gradlab.engine import Graph

    graph = Graph()
    older, old = graph.variable("a", 1.0), graph.variable("b", 1.0)
    for _ in range(40):  # m_k = m_(k-1) + m_(k-2): written inline, its text would double each time
        older, old = old, graph.apply("add", old, older)
    tab.document.replace(graph, "chain")
    tab._document_changed()
    edit = widget(tab, QLineEdit, "graphExpressionEdit")
    assert edit.text() == "" and "too big to write as one expression" in edit.placeholderText()
    tab.load_preset("net1")
    assert edit.text() and edit.placeholderText() == "x*x + y*y"
