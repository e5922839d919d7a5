"""The Gradient Descent tab, driven through its widgets."""

import math
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from gradlab.ui import theme
from gradlab.ui.widgets import wheel_inputs

from .conftest import click, in_reach, input_state, type_into, wheel, widget
from .test_descent_core import net2_values


@pytest.fixture
def window(make_main_window):
    window = make_main_window()
    window.tabs.setCurrentWidget(window.descent_tab)
    return window


@pytest.fixture
def tab(window):
    return window.descent_tab


def choose_preset(tab, key):
    combo = widget(tab, QComboBox, "descentFunctionCombo")
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def stability(tab) -> str:
    return widget(tab, QLabel, "descentStabilityLabel").text()


def test_ready_at_once_without_waiting_for_torch(make_main_window):
    window = make_main_window()
    tab = window.descent_tab
    assert tab.ready and tab.isEnabled() and tab.map.image is not None


def test_opens_on_net2_with_four_optimizers(tab):
    assert widget(tab, QLineEdit, "descentExpressionEdit").text() == "x*x + y*y"
    assert widget(tab, QLineEdit, "descentStartEdit").text() == "1, 3"
    assert list(tab.runs) == ["sgd", "momentum", "rmsprop", "adam"]
    assert tab.table.rowCount() == 4
    assert "2/λmax = 1" in stability(tab)
    assert tab.map.image is not None  # a heat map: two variables


def test_the_table_shows_the_start_before_a_step_and_the_new_point_after_one(tab, qtbot):
    assert [tab.table.item(0, c).text() for c in range(1, 6)] == ["1", "3", "10", "6.325", "0"]
    click(qtbot, tab, "descentStepButton")
    assert [tab.table.item(0, c).text() for c in (1, 2, 3, 5)] == ["0.96", "2.88", "9.216", "1"]


def test_step_logs_net2_and_reset(tab, qtbot):
    combo = widget(tab, QComboBox, "descentLogCombo")
    combo.setCurrentIndex(combo.findData("sgd"))
    for _ in range(3):
        click(qtbot, tab, "descentStepButton")
    log = widget(tab, QPlainTextEdit, "descentLog").toPlainText().splitlines()
    values = [float(line.split("  =>  ")[1]) for line in log]
    assert [line.split("  =>  ")[0] for line in log] == ["0", "1", "2"]
    assert values == pytest.approx(net2_values()[:3], rel=1e-12)
    assert tab.table.item(0, 5).text() == "3"
    click(qtbot, tab, "descentResetButton")
    assert all(run.steps == 0 for run in tab.runs.values())
    assert widget(tab, QPlainTextEdit, "descentLog").toPlainText() == ""


def test_play_pause_and_run_to_the_end(tab, qtbot):
    tab.speed.setValue(30)  # 1000 steps a second
    play = widget(tab, QPushButton, "descentPlayButton")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert tab.timer.isActive() and play.text() == "Pause"
    qtbot.waitUntil(lambda: tab.runs["sgd"].steps > 20, timeout=5000)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not tab.timer.isActive() and play.text() == "Play"
    paused_at = tab.runs["sgd"].steps
    QApplication.processEvents()
    assert tab.runs["sgd"].steps == paused_at
    spin = widget(tab, QSpinBox, "descentMaxStepsSpin")
    spin.setValue(60)
    spin.editingFinished.emit()
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=10_000)
    assert all(not run.running for run in tab.runs.values())
    assert all(run.steps <= 60 for run in tab.runs.values())


def test_the_steps_owed_follow_the_clock_not_the_ticks(tab, monkeypatch):
    """One tick 1/8 s after the last, at 1000 steps/s, owes 125 steps, however long a tick is meant to be."""
    tab.speed.setValue(30)
    clock = [1000.0]
    monkeypatch.setattr(time, "perf_counter", lambda: clock[0])
    tab._last_tick = clock[0]
    clock[0] += 0.125
    tab._tick()
    assert [run.steps for run in tab.runs.values()] == [125, 125, 125, 125]
    clock[0] += 0.125
    tab._tick()
    assert tab.runs["adam"].steps == 250


def test_divergence_stops_one_optimizer_only_and_says_why(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentRatesgdEdit"), "1.5")
    for _ in range(40):
        click(qtbot, tab, "descentStepButton")
    assert tab.runs["sgd"].status == "diverged"
    status = tab.table.item(0, 6)
    assert status.text().startswith("diverged at step")
    assert "lower the learning rate" in status.toolTip()
    assert all(run.running for kind, run in tab.runs.items() if kind != "sgd")
    assert tab.runs["sgd"].path.size > 10  # its path is kept and drawn
    assert "2/λmax = 1" in stability(tab)


def test_the_saddle_says_no_rate_converges(tab, qtbot):
    choose_preset(tab, "saddle")
    words = stability(tab)
    assert (
        words.startswith("Indefinite Hessian") and "converges" not in words and "Not a quadratic" not in words
    )
    for _ in range(700):
        tab.race.advance(1)
    tab.single_step()
    row = list(tab.runs).index("sgd")
    assert tab.table.item(row, 6).text().startswith("diverged at step")
    assert "no learning rate" in tab.table.item(row, 6).toolTip()
    assert "lower the learning rate" not in tab.table.item(row, 6).toolTip()


@pytest.mark.parametrize(
    "text, says",
    [
        ("abs(x)+abs(y)", "Not smooth"),
        ("norm(x, y) + relu(y)", "Not smooth"),
        ("3", "Constant"),
        ("(1 - x)**2 + 100*(y - x**2)**2", "Not a quadratic"),
        ("x*x + y*y", "Quadratic with a positive definite Hessian"),
    ],
)
def test_the_stability_claim_is_true_for_every_kind(tab, qtbot, text, says):
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), text)
    assert stability(tab).startswith(says)
    assert ("2/λmax =" in stability(tab)) == (says.startswith("Quadratic"))


def test_a_start_outside_the_domain_is_named_not_blamed_on_the_rate(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), "log(x)")
    type_into(qtbot, widget(tab, QLineEdit, "descentStartEdit"), "-1")
    status = tab.table.item(0, 6)
    assert status.text() == "f is not defined at the start point"
    assert "learning rate" not in status.toolTip()


def test_an_overflow_is_named(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), "exp(x)")
    type_into(qtbot, widget(tab, QLineEdit, "descentStartEdit"), "800")
    assert tab.table.item(0, 6).text() == "f overflows at the start point"


def test_the_status_column_fits_its_longest_text(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentRatesgdEdit"), "1.5")
    for _ in range(40):
        click(qtbot, tab, "descentStepButton")
    metrics = QFontMetrics(tab.table.font())
    longest = max(metrics.horizontalAdvance(tab.table.item(r, 6).text()) for r in range(tab.table.rowCount()))
    assert tab.table.horizontalHeader().sectionSize(6) >= longest


def test_the_map_keeps_x_and_y_at_one_scale(tab, qtbot):
    assert tab.map.getViewBox().state["aspectLocked"]  # x² + y² looks round
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), "x*x - 4*x + 4")
    assert not tab.map.getViewBox().state["aspectLocked"]  # f(x) against x: other units


def test_the_loss_axis_stays_readable_after_a_divergence(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentRatesgdEdit"), "1.5")
    for _ in range(40):
        click(qtbot, tab, "descentStepButton")
    axis = tab.loss_plot.getAxis("left")
    assert not axis.autoSIPrefix  # never "(x1e+27)"
    top = tab.loss_plot.getViewBox().viewRange()[1][1]
    assert top < 5  # log10: 10 at the start, three decades of headroom, not 10^27
    marker = tab.loss_plot.clipped["sgd"].data
    assert len(marker) == 1  # where it passed the top: ▲


def test_a_bad_expression_keeps_the_previous_function_and_clears_when_fixed(tab, qtbot):
    edit = widget(tab, QLineEdit, "descentExpressionEdit")
    type_into(qtbot, edit, "x*x + ")
    error = widget(tab, QLabel, "descentExpressionError")
    assert "something must follow" in error.text()
    assert tab.objective.text == "x*x + y*y"
    type_into(qtbot, edit, "x*z")
    assert "use x and y" in error.text()
    assert tab.objective.text == "x*x + y*y"
    type_into(qtbot, edit, "x*x + 2*y*y")
    assert error.text() == "" and tab.objective.text == "x*x + 2*y*y"


def test_a_typed_function_of_one_variable(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), "x*x - 4*x + 4")
    assert tab.objective.dims == 1 and tab.map.image is None
    type_into(qtbot, widget(tab, QLineEdit, "descentStartEdit"), "0")
    for _ in range(5):
        click(qtbot, tab, "descentStepButton")
    assert tab.runs["sgd"].steps == 5 and tab.table.item(0, 2).text() == "—"
    assert "2/λmax = 1" in stability(tab)


def test_presets_load(tab, qtbot):
    for key in ("torchGd1", "torchGd3", "rosenbrock", "beale", "himmelblau", "saddle"):
        choose_preset(tab, key)
        click(qtbot, tab, "descentStepButton")
        assert all(run.steps == 1 for run in tab.runs.values())
    assert "Not a quadratic" not in stability(tab)  # the saddle is quadratic (and indefinite)


def test_click_on_the_map_moves_the_start(tab, qtbot):
    tab.map.clicked.emit(0.5, -0.25)
    assert widget(tab, QLineEdit, "descentStartEdit").text() == "0.5, -0.25"
    assert tab.runs["adam"].position.tolist() == [0.5, -0.25]


def test_bad_settings_are_explained(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentRateadamEdit"), "fast")
    error = widget(tab, QLabel, "descentSettingsError")
    assert "Adam: the learning rate must be a positive number" in error.text()
    assert all(run.steps == 0 for run in tab.runs.values()) and not tab.race.live
    click(qtbot, tab, "descentStepButton")  # nothing to step, nothing breaks
    assert all(run.steps == 0 for run in tab.runs.values())
    type_into(qtbot, widget(tab, QLineEdit, "descentRateadamEdit"), "0.05")
    assert error.text() == "" and len(tab.runs) == 4


def is_error(label) -> bool:
    """Whether ``label`` is shown in the theme's error colour."""
    return label.isVisible() and label.styleSheet() == f"color: {theme.text_colors().error}"


def below(label, edit) -> bool:
    """Whether ``label`` sits right under ``edit`` (lower on screen, overlapping it from left to right)."""
    top_left = label.mapTo(label.window(), label.rect().topLeft())
    edit_bottom = edit.mapTo(edit.window(), edit.rect().bottomLeft())
    return 0 <= top_left.y() - edit_bottom.y() < 3 * edit.height()


@pytest.mark.parametrize(
    "edit, text, error, says",
    [
        ("descentStartEdit", "1,", "descentStartError", "Start needs 2 number(s)"),
        ("descentRateadamEdit", "fast", "descentRateadamError", "Adam: the learning rate"),
        ("descentRatesgdEdit", "-1", "descentRatesgdError", "Gradient descent: the learning rate"),
        ("descentMomentumEdit", "1", "descentMomentumError", "Momentum must be"),
        ("descentToleranceEdit", "-1", "descentToleranceError", "The tolerance must be"),
    ],
)
def test_a_wrong_input_is_explained_under_it_and_the_race_stays(tab, qtbot, edit, text, error, says):
    """The message sits under its input, in the error colour, until the input is valid again."""
    click(qtbot, tab, "descentStepButton")
    click(qtbot, tab, "descentStepButton")
    box, label = widget(tab, QLineEdit, edit), widget(tab, QLabel, error)
    good = box.text()
    legend = len(tab.loss_plot.getPlotItem().legend.items)
    assert not label.isVisible()
    type_into(qtbot, box, text)
    assert label.text().startswith(says) and is_error(label) and below(label, box)
    # the user's work as it was: the runs, their paths on the map, the table and the legend
    assert all(run.steps == 2 for run in tab.runs.values()) and tab.table.rowCount() == 4
    assert len(tab.map.paths) == 4 and len(tab.loss_plot.getPlotItem().legend.items) == legend == 4
    assert tab.table.item(0, 5).text() == "2"
    # Play and Step say why they do nothing, where the student looks
    with qtbot.waitSignal(tab.status_message) as said:
        click(qtbot, tab, "descentPlayButton")
    assert said.args[0] == "Cannot race yet: " + label.text()
    assert not tab.timer.isActive() and not widget(tab, QPushButton, "descentPlayButton").isChecked()
    with qtbot.waitSignal(tab.status_message) as said:
        click(qtbot, tab, "descentStepButton")
    assert says in said.args[0] and all(run.steps == 2 for run in tab.runs.values())
    bar_note = widget(tab, QLabel, "descentSettingsError")
    assert is_error(bar_note) and in_reach(bar_note) and says in bar_note.text()
    type_into(qtbot, box, good)
    assert label.text() == "" and not label.isVisible() and not bar_note.isVisible()
    click(qtbot, tab, "descentStepButton")
    assert all(run.steps == 1 for run in tab.runs.values())


def test_an_expression_error_is_under_the_expression_and_goes_when_fixed(tab, qtbot):
    edit, label = (
        widget(tab, QLineEdit, "descentExpressionEdit"),
        widget(tab, QLabel, "descentExpressionError"),
    )
    assert not label.isVisible()
    type_into(qtbot, edit, "x*x + ")
    assert is_error(label) and below(label, edit) and in_reach(label)
    type_into(qtbot, edit, "x*x + 3*y*y")
    assert not label.isVisible()


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("preset, says", [("saddle", "λmax"), ("net2", "2/λmax = 1")])
def test_the_stability_note_is_in_view_under_the_description(window, tab, qtbot, language, preset, says):
    """At 1280×800 the claim about the learning rate is read without scrolling, above the optimizers."""
    try:
        assert window.language.switch(language)
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: window.width() == 1280)
        choose_preset(tab, preset)
        QApplication.processEvents()
        label = widget(tab, QLabel, "descentStabilityLabel")
        assert says in label.text() and in_reach(label), (preset, language)
        first_optimizer = widget(tab, QCheckBox, "descentOptimizersgdCheck")
        assert (
            label.mapTo(window, label.rect().bottomLeft()).y()
            < first_optimizer.mapTo(window, first_optimizer.rect().topLeft()).y()
        )
    finally:
        window.language.switch("en")


def test_the_loss_plot_shows_a_negative_f_on_a_linear_axis(tab, qtbot):
    choose_preset(tab, "saddle")
    assert not tab.loss_plot.linear  # f = 2.25 at the start: a log axis
    for _ in range(60):
        click(qtbot, tab, "descentStepButton")
    assert min(float(run.path.values.min()) for run in tab.runs.values()) < 0
    plot = tab.loss_plot
    assert plot.linear and plot.getPlotItem().getAxis("left").labelText == "f"
    assert not plot.getPlotItem().ctrl.logYCheck.isChecked()
    low, high = plot.getViewBox().viewRange()[1]
    for kind, run in tab.runs.items():  # every value drawn, where it is, inside the range
        _, ys = plot.curves[kind].getData()
        assert np.isfinite(ys).all() and len(ys) == run.path.size
        assert low <= ys.min() and ys.max() <= high
    choose_preset(tab, "net2")
    click(qtbot, tab, "descentStepButton")
    assert not plot.linear and plot.getPlotItem().getAxis("left").labelText == "f (log scale)"


def test_the_step_axis_never_runs_past_the_step_limit(tab, qtbot):
    spin = widget(tab, QSpinBox, "descentMaxStepsSpin")
    spin.setValue(300)
    spin.editingFinished.emit()
    with qtbot.waitSignal(tab.status_message, timeout=20000):
        tab.race_bar.speed.setValue(30)
        click(qtbot, tab, "descentPlayButton")
    assert all(run.steps <= 300 for run in tab.runs.values())
    right = tab.loss_plot.getViewBox().viewRange()[0][1]
    assert 300 <= right <= 300 * 1.05  # not 1024, the next fourfold jump


def test_peak_decimation_of_a_run_past_its_end_warns_nothing():
    """Bins of nan only (a run that stopped) were ~500 RuntimeWarnings; pytest turns one into an error."""
    from gradlab.ui.plots import peak_decimate

    values = np.concatenate([np.linspace(1, 0, 500), np.full(5000, np.nan)])
    _, ys = peak_decimate(values)
    assert np.isnan(ys[-1]) and np.nanmax(ys) == 1 and np.nanmin(ys) == 0


def test_the_function_combo_says_when_the_function_is_typed(tab, qtbot):
    combo = widget(tab, QComboBox, "descentFunctionCombo")
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), "log(x) + y*y")
    assert combo.currentText() == "Your function" and tab.race.settings.function == ""
    choose_preset(tab, "net2")
    assert combo.currentText() == "net2: x² + y²" and tab.objective.text == "x*x + y*y"
    assert combo.findText("Your function") == -1  # only while a typed function is shown
    type_into(qtbot, widget(tab, QLineEdit, "descentExpressionEdit"), "x*x + y*y")  # a preset's, typed
    choose_preset(tab, "rosenbrock")
    assert combo.currentText() == "Rosenbrock"


def test_before_the_first_step_no_run_is_called_running(tab, qtbot):
    statuses = [tab.table.item(r, 6).text() for r in range(tab.table.rowCount())]
    assert statuses == ["ready"] * 4
    click(qtbot, tab, "descentStepButton")
    assert [tab.table.item(r, 6).text() for r in range(tab.table.rowCount())] == ["running"] * 4


def test_a_large_f_fits_its_cell_and_the_log_keeps_every_digit(tab, qtbot):
    type_into(qtbot, widget(tab, QLineEdit, "descentStartEdit"), "999999, 1")
    assert tab.table.item(0, 3).text() == "1e+12"  # not "999998000002", cut in its column
    click(qtbot, tab, "descentStepButton")
    value = tab.table.item(0, 3).text()
    assert "e+11" in value and len(value) <= 9
    tab.log_view.combo.setCurrentIndex(0)
    assert tab.log_view.text.toPlainText().splitlines()[0] == "0  =>  999998000002.0"


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_table_shows_name_status_step_and_f_and_the_legend_is_whole_or_hidden(window, tab, qtbot, size):
    window.resize(*size)
    height = max(size[1], window.minimumSizeHint().height())
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (size[0], height))
    QApplication.processEvents()
    table, header = tab.table, tab.table.horizontalHeader()
    width = table.viewport().width()
    shown = []
    for visual in range(4):  # whole, at any width
        logical = header.logicalIndex(visual)
        assert header.sectionViewportPosition(logical) + header.sectionSize(logical) <= width, visual
        shown.append(table.horizontalHeaderItem(logical).text())
    assert shown == ["optimizer", "status", "step", "f"] and in_reach(table)
    plot = tab.loss_plot.getPlotItem()
    legend, box = plot.legend, plot.vb.sceneBoundingRect()
    assert box.contains(legend.sceneBoundingRect()) if legend.isVisible() else size == (1024, 700)
    assert legend.isVisible() == (size == (1280, 800))  # hidden only where it does not fit


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
    click(qtbot, tab, "descentStepButton")
    widget(tab, QLineEdit, "descentStartEdit").editingFinished.emit()  # focus moved on, nothing typed
    assert tab.runs["sgd"].steps == 1


# --- the wheel, the reach, what is remembered ----------------------------------------------------


def test_the_wheel_changes_no_input_without_focus_and_nothing_is_remembered(window, tab, qtbot):
    inputs = [
        w
        for w in tab.findChildren(QAbstractSlider)
        + tab.findChildren(QComboBox)
        + tab.findChildren(QAbstractSpinBox)
        if w in wheel_inputs(tab) and not isinstance(w.parent(), QAbstractScrollArea)
    ]
    names = {w.objectName() for w in inputs}
    assert {"descentFunctionCombo", "descentSpeedSlider", "descentMaxStepsSpin", "descentLogCombo"} <= names
    window.tabs.setFocus()
    for target in inputs:
        before = input_state(target)
        for notches in (-1, 1, -3):
            assert not wheel(target, notches).isAccepted(), target.objectName()
        assert input_state(target) == before, target.objectName()
    assert tab.objective.text == "x*x + y*y"
    window.close()
    assert not QSettings().contains("tabs/descent")  # nothing the user meant: nothing remembered


def test_a_set_up_the_user_chose_is_remembered(make_main_window, qtbot):
    first = make_main_window()
    choose_preset(first.descent_tab, "rosenbrock")
    first.close()
    second = make_main_window()
    assert second.descent_tab.session_state()["function"] == "rosenbrock"


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_play_step_and_reset_are_in_reach(window, tab, qtbot, language, size):
    try:
        assert window.language.switch(language)
        window.resize(*size)
        height = max(size[1], window.minimumSizeHint().height())  # no shorter than the other tabs allow
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (size[0], height))
        QApplication.processEvents()
        for name in ("descentPlayButton", "descentStepButton", "descentResetButton"):
            assert in_reach(widget(tab, QPushButton, name)), (name, size, language)
    finally:
        window.language.switch("en")


def test_every_number_in_the_table_is_finite_or_named(tab, qtbot):
    """After a divergence the row shows where the run stopped; nothing reads 'nan' without a status."""
    type_into(qtbot, widget(tab, QLineEdit, "descentRatesgdEdit"), "1.5")
    for _ in range(40):
        click(qtbot, tab, "descentStepButton")
    cells = [tab.table.item(0, c).text() for c in range(1, 5)]
    assert all(math.isfinite(float(c)) for c in cells)


def test_contour_segments_lie_on_the_level_set():
    import numpy as np

    from gradlab.ui.descent.contours import segments

    xs = np.linspace(-2, 2, 41)
    x, y = np.meshgrid(xs, xs, indexing="ij")
    lines = segments(x * x + y * y, 1.0)  # the unit circle, in grid units (0.1 per cell)
    radius = np.hypot(*(lines.reshape(-1, 2) * 0.1 - 2).T)
    assert len(lines) > 30 and np.allclose(radius, 1.0, atol=0.01)
    assert segments(x * x + y * y, 100.0).shape == (0, 2, 2)  # a level the grid never reaches


def test_the_status_and_step_are_shown_next_to_the_name(tab):
    """At any width the table's first columns say how each run stands; the numbers follow."""
    header = tab.table.horizontalHeader()
    shown = [tab.table.horizontalHeaderItem(header.logicalIndex(i)).text() for i in range(3)]
    assert shown == ["optimizer", "status", "step"]
