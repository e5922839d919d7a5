"""The Regression tab, driven through its widgets: start, pause, stop, survive nan, save, load, predict."""

import errno
import os
import shutil
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
)

from .conftest import click, input_state, type_into, wheel, widget
from .test_regression_core import printed_lines


@pytest.fixture
def tab(regression_tab):
    return regression_tab


def choose(tab, recipe_name, steps):
    combo = widget(tab, QComboBox, "regressionRecipeCombo")
    combo.setCurrentIndex(combo.findData(recipe_name))
    combo.activated.emit(combo.currentIndex())
    widget(tab, QSpinBox, "regressionStepsSpin").setValue(steps)


def wait_done(qtbot, tab, timeout=60_000):
    qtbot.waitUntil(lambda: not tab.running, timeout=timeout)


def message(tab) -> str:
    return widget(tab, QLabel, "regressionMessage").text()


def test_a_run_from_start_to_result(tab, qtbot):
    choose(tab, "torchRegression6custom", 600)
    click(qtbot, tab, "regressionStartButton")
    assert (
        tab.running and not widget(tab, QComboBox, "regressionModelCombo").isEnabled()
    )  # locked during a run
    wait_done(qtbot, tab)
    assert len(tab.history) == 600 and tab.loss_plot.losses.size == 600
    assert widget(tab, QLabel, "regressionResultLabel").text().startswith("Result: y = ")
    assert tab.param_table.rowCount() == 4 and tab.param_table.item(3, 2).text() == "3"
    assert widget(tab, QComboBox, "regressionModelCombo").isEnabled()
    assert widget(tab, QPushButton, "regressionStartButton").isEnabled()
    assert "3.56e-06" in widget(tab, QLabel, "regressionStabilityLabel").text()


def test_stop_and_pause(tab, qtbot):
    choose(tab, "torchRegression7cws", 30_000)
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: len(tab.history) > 0, timeout=10_000)
    click(qtbot, tab, "regressionPauseButton")
    assert widget(tab, QPushButton, "regressionPauseButton").text() == "Resume" and tab.paused
    qtbot.waitUntil(lambda: tab.worker is not None and tab.worker.is_paused, timeout=5000)
    paused_at = len(tab.history)
    QApplication.processEvents()  # the report in flight, if any
    assert len(tab.history) <= paused_at + 2000
    click(qtbot, tab, "regressionPauseButton")  # resume
    assert widget(tab, QPushButton, "regressionPauseButton").text() == "Pause" and not tab.paused
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "regressionStopButton")
    assert 0 < len(tab.history) < 30_000 and not tab.running
    assert "Stopped at step" in message(tab)


def test_stop_while_paused_ends_the_run(tab, qtbot):
    choose(tab, "torchRegression7cws", 30_000)
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: len(tab.history) > 0, timeout=10_000)
    click(qtbot, tab, "regressionPauseButton")
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "regressionStopButton")
    assert not tab.running and widget(tab, QPushButton, "regressionPauseButton").text() == "Pause"


def test_the_learning_rate_changes_during_a_run(tab, qtbot):
    choose(tab, "torchRegression7cws", 30_000)
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: len(tab.history) > 0, timeout=10_000)
    lr = widget(tab, QLineEdit, "regressionLrEdit")
    assert lr.isEnabled()
    lr.setText("2e-8")
    click(qtbot, tab, "regressionApplyLrButton")
    qtbot.waitUntil(lambda: len(tab.loss_plot.markers) == 1, timeout=5000)
    assert "2e-08" in tab.loss_plot.markers[0].label.toPlainText()
    lr.setText("2e7")
    click(qtbot, tab, "regressionApplyLrButton")  # the core's rule, said in the tab's words
    assert "no larger than 1e+06" in message(tab) and len(tab.loss_plot.markers) == 1
    click(qtbot, tab, "regressionStopButton")
    wait_done(qtbot, tab)


def test_a_diverging_run_names_the_divergence_and_keeps_the_history(tab, qtbot):
    choose(tab, "torchRegression4nn", 2000)
    widget(tab, QLineEdit, "regressionLrEdit").setText("0.01")
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    said = message(tab)
    assert "loss became" in said and "at step" in said and "lower the learning rate" in said
    assert "diverged" in said and "grew from" in said
    assert 0 < len(tab.history) < 2000
    assert widget(tab, QPushButton, "regressionStartButton").isEnabled()


@pytest.mark.parametrize("target", ["log(x)", "sqrt(x)"])
def test_a_target_undefined_on_the_data_is_refused_before_training(tab, qtbot, target):
    widget(tab, QComboBox, "regressionTargetCombo").setCurrentText(target)
    click(qtbot, tab, "regressionStartButton")
    assert not tab.running and tab.history == []
    said = message(tab)
    assert said == (
        f"✗ y = {target} is not defined at x = -3.14: the data has nan; choose a target defined on [-π, π]"
    )
    assert "learning rate" not in said


def test_bad_settings_are_explained(tab, qtbot):
    widget(tab, QLineEdit, "regressionLrEdit").setText("fast")
    click(qtbot, tab, "regressionStartButton")
    assert not tab.running and "the learning rate must be a number, not 'fast'" in message(tab)
    widget(tab, QLineEdit, "regressionLrEdit").setText("1e-3")
    target = widget(tab, QComboBox, "regressionTargetCombo")
    target.setCurrentText("x +")
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: not tab.running, timeout=10_000)
    assert "✗" in message(tab)


def test_save_load_and_predict(tab, qtbot, tmp_path):
    choose(tab, "torchRegression6custom", 2000)
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    assert tab.save_to(tmp_path / "fit.ckpt")
    tab.model = None
    assert tab.load_from(tmp_path / "fit.ckpt")
    widget(tab, QLineEdit, "regressionPredictXEdit").setText("2")
    click(qtbot, tab, "regressionPredictButton")
    text = widget(tab, QLabel, "regressionPredictLabel").text()
    assert text.startswith("x = 2 → y = ") and abs(float(text.split("y = ")[1]) - 34) < 1
    widget(tab, QLineEdit, "regressionPredictFeaturesEdit").setText("2, 4, 8")
    click(qtbot, tab, "regressionPredictButton")  # Polynomial3 takes x alone
    assert widget(tab, QLabel, "regressionPredictLabel").text() == "✗ this model takes 1 feature(s)"


def test_the_courses_model_file_predicts_its_example(tab, qtbot, tmp_path, course_model):
    shutil.copy(course_model, tmp_path / "model.ckpt")
    assert tab.load_from(tmp_path / "model.ckpt")
    assert "course" in message(tab)
    widget(tab, QLineEdit, "regressionPredictFeaturesEdit").setText("[[2, 4, 8]]")
    click(qtbot, tab, "regressionPredictButton")
    value = float(widget(tab, QLabel, "regressionPredictLabel").text().split("y = ")[1])
    assert abs(value - 34) < 0.05


def load_csv(qtbot, tab, path) -> bool:
    with qtbot.waitSignal(tab.csv_finished, timeout=30_000) as finished:
        assert tab.load_csv_from(path)
    return finished.args[0]


def test_bad_files_change_nothing(tab, qtbot, tmp_path):
    (tmp_path / "junk.ckpt").write_bytes(b"not a checkpoint at all")
    assert not tab.load_from(tmp_path / "junk.ckpt")
    assert tab.model is None and message(tab).startswith("✗")
    (tmp_path / "bad.csv").write_text("x,y\n1,2\n2,two\n")
    assert not load_csv(qtbot, tab, tmp_path / "bad.csv")
    assert tab.csv_data is None and "line 3" in message(tab)
    widget(tab, QLineEdit, "regressionPredictXEdit").setText("2")
    click(qtbot, tab, "regressionPredictButton")
    assert "train or load a model first" in widget(tab, QLabel, "regressionPredictLabel").text()


def cubic_csv(path, n=61):
    rows = "\n".join(f"{i / 10},{2 * (i / 10) ** 3}" for i in range(-(n // 2), n - n // 2))
    path.write_text("x,y\n" + rows + "\n")
    return path


def test_csv_data_trains(tab, qtbot, tmp_path):
    assert load_csv(qtbot, tab, cubic_csv(tmp_path / "cubic.csv"))
    assert widget(tab, QSpinBox, "regressionPointsSpin").value() == 61
    widget(tab, QSpinBox, "regressionStepsSpin").setValue(200)
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    assert len(tab.history) == 200


def test_editing_what_makes_the_data_sets_the_csv_data_aside(tab, qtbot, tmp_path):
    assert load_csv(qtbot, tab, cubic_csv(tmp_path / "cubic.csv"))
    steps = widget(tab, QSpinBox, "regressionStepsSpin")
    steps.setValue(300)  # not about the data: the file's data stay
    assert tab.csv_data is not None and message(tab) == "Data from cubic.csv: 61 points."
    widget(tab, QSpinBox, "regressionPointsSpin").setValue(500)  # the field shown is the data used
    assert tab.csv_data is None and message(tab) == "Data made from the settings again; cubic.csv set aside."
    assert len(tab.fit_plot.data.getData()[0]) == 400  # the made data's 500 points, drawn as 400


def test_a_big_csv_file_is_read_off_the_gui_thread(tab, qtbot, tmp_path, monkeypatch):
    from gradlab.regression import data

    readers = []
    original = data.load_csv

    def recording(path, *args, **kwargs):
        readers.append(threading.get_ident())
        return original(path, *args, **kwargs)

    monkeypatch.setattr(data, "load_csv", recording)
    path = tmp_path / "big.csv"
    path.write_text("x,y\n" + "".join(f"{i * 1e-5},{i * 2e-5}\n" for i in range(200_000)))
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        with qtbot.waitSignal(tab.csv_finished, timeout=60_000) as finished:
            assert tab.load_csv_from(path)  # returns at once: the data is not in yet
            assert tab.csv_data is None and message(tab) == "Loading big.csv …"
            assert not widget(tab, QPushButton, "regressionStartButton").isEnabled()
    finally:
        timer.stop()
    assert finished.args == [True] and len(tab.csv_data[0]) == 200_000
    assert readers and threading.get_ident() not in readers  # parsed on another thread
    assert ticks  # and the GUI thread went on running its timers meanwhile
    assert widget(tab, QPushButton, "regressionStartButton").isEnabled()


def test_an_exported_script_trains_on_the_csv_data_and_prints_the_same_losses(tab, qtbot, tmp_path):
    from gradlab.regression.training import Trainer

    assert load_csv(qtbot, tab, cubic_csv(tmp_path / "cubic.csv"))
    widget(tab, QSpinBox, "regressionStepsSpin").setValue(300)
    assert tab.export_to(tmp_path / "train.py")
    setup = tab.read_setup()
    trainer = Trainer(setup, tab.csv_data)
    expected = printed_lines(trainer, setup)
    result = subprocess.run(
        [sys.executable, "train.py"], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == expected and len(expected) == 4
    assert "linspace" not in (tmp_path / "train.py").read_text()


def trained(tab, qtbot):
    choose(tab, "torchRegression6custom", 50)
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    return tab.model


def test_saving_into_a_folder_that_does_not_exist_says_so(tab, qtbot, tmp_path):
    model = trained(tab, qtbot)
    folder = tmp_path / "x" / "y"
    assert not tab.save_to(folder / "model.ckpt")
    assert message(tab) == f"✗ could not save model.ckpt: the folder {folder} does not exist"
    assert tab.model is model and len(tab.history) == 50


@pytest.mark.parametrize(
    "where, says",
    [("/proc", "the folder /proc does not take new files"), ("/sys", "permission denied")],
)
def test_saving_where_no_file_may_be_made_says_so(tab, qtbot, where, says):
    model = trained(tab, qtbot)
    assert not tab.save_to(f"{where}/model.ckpt")
    assert message(tab) == f"✗ could not save model.ckpt: {says}"
    assert tab.model is model


def test_a_full_disk_fails_cleanly_for_every_file_action(tab, qtbot, tmp_path, monkeypatch):
    import pathlib

    import torch

    model = trained(tab, qtbot)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(torch, "save", full)
    assert not tab.save_to(tmp_path / "model.ckpt")
    assert message(tab) == "✗ could not save model.ckpt: no space left on device"
    assert list(tmp_path.iterdir()) == [] and tab.model is model  # no temporary file left
    monkeypatch.setattr(pathlib.Path, "write_text", full)
    assert not tab.export_to(tmp_path / "train.py")
    assert message(tab) == "✗ could not export train.py: no space left on device"


def test_unreadable_files_fail_cleanly(tab, qtbot, tmp_path, monkeypatch):
    (tmp_path / "model.ckpt").write_bytes(b"")
    cubic_csv(tmp_path / "data.csv")
    real_open = os.open

    def denied(file, *args, **kwargs):  # what root's chmod cannot do: gradlab reads through os.open
        if str(file).startswith(str(tmp_path)):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    assert not tab.load_from(tmp_path / "model.ckpt")
    assert message(tab) == "✗ could not read model.ckpt: permission denied"
    assert not load_csv(qtbot, tab, tmp_path / "data.csv")
    assert message(tab) == "✗ could not read data.csv: permission denied" and tab.csv_data is None
    monkeypatch.undo()
    missing = tmp_path / "gone" / "data.csv"
    assert not load_csv(qtbot, tab, missing)
    assert message(tab) == f"✗ could not read data.csv: the folder {missing.parent} does not exist"
    assert not tab.export_to(missing.with_name("train.py"))
    assert message(tab) == f"✗ could not export train.py: the folder {missing.parent} does not exist"


def test_export_writes_a_script(tab, tmp_path):
    assert tab.export_to(tmp_path / "train.py")
    text = (tmp_path / "train.py").read_text()
    assert (
        "torch.optim.RMSprop(model.parameters(), lr=learning_rate)" in text and "torch.manual_seed(0)" in text
    )


def test_the_wheel_changes_no_input_without_focus(tab, qtbot):
    inputs = [w for w in tab.findChildren(QAbstractSpinBox) if w.objectName()]
    inputs += [w for w in tab.findChildren(QComboBox) + tab.findChildren(QAbstractSlider) if w.objectName()]
    assert len(inputs) >= 10
    for input_widget in inputs:
        input_widget.clearFocus()
        before = input_state(input_widget)
        for notches in (1, -1):
            event = wheel(input_widget, notches)
            assert not event.isAccepted(), input_widget.objectName()
            assert input_state(input_widget) == before, input_widget.objectName()
    steps = widget(tab, QSpinBox, "regressionStepsSpin")  # with focus, the wheel does change it
    steps.setFocus(Qt.FocusReason.MouseFocusReason)  # clicked into
    qtbot.waitUntil(steps.hasFocus)
    before = steps.value()
    wheel(steps, 1)
    assert steps.value() == before + steps.singleStep()


def test_a_programmatic_show_is_not_an_edit_but_a_users_change_is(tab, qtbot):
    from gradlab.regression.settings import RegressionSettings

    edits = []
    tab.form.edited.connect(lambda key, value: edits.append((key, value)))
    tab.show_settings(RegressionSettings.for_recipe("torchRegression7cws"))
    assert edits == [] and widget(tab, QSpinBox, "regressionStepsSpin").value() == 30_000
    widget(tab, QLineEdit, "regressionLrEdit").setText("3e-8")
    assert edits == [("lr", "3e-8")] and tab.settings.lr == "3e-8"


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("size", [QSize(1280, 800), QSize(1024, 700)])
def test_start_pause_and_stop_are_in_view_without_scrolling(tab, qtbot, size, language):
    from gradlab.ui.language import Language

    window = tab.window()
    try:
        assert Language.instance().switch(language)
        window.resize(size)
        # (another tab's minimum may hold the window a little larger: this tab's own must fit)
        qtbot.waitUntil(lambda: window.size() == size.expandedTo(window.minimumSize()))
        QApplication.processEvents()  # the layouts settle
        frame = window.size() - tab.size()  # the menu, tab and status bars around the tab
        assert tab.minimumSizeHint().width() <= size.width() - frame.width()
        assert tab.minimumSizeHint().height() <= size.height() - frame.height()
        for name in ("regressionStartButton", "regressionPauseButton", "regressionStopButton"):
            button = widget(tab, QPushButton, name)
            assert button.isVisible(), name
            assert button.visibleRegion().boundingRect() == button.rect(), name  # nothing clips it
            corner = button.mapTo(window, QPoint(0, 0))
            assert window.rect().contains(corner) and window.rect().contains(
                corner + QPoint(button.width() - 1, button.height() - 1)
            ), name
            scroll, parent = None, button.parentWidget()
            while parent is not None and scroll is None:
                scroll = parent if isinstance(parent, QScrollArea) else None
                parent = parent.parentWidget()
            if scroll is not None:
                viewport = scroll.viewport()
                top_left = button.mapTo(viewport, QPoint(0, 0))
                assert viewport.rect().contains(top_left), name
    finally:
        Language.instance().switch("en")


def test_the_loss_plot_stays_readable_after_a_divergence(tab, qtbot):
    choose(tab, "torchRegression4nn", 2000)
    widget(tab, QLineEdit, "regressionLrEdit").setText("0.01")
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    plot = tab.loss_plot
    axis = plot.getAxis("left")
    assert axis.autoSIPrefixScale == 1.0 and "x1e" not in axis.labelString()
    (_, _), (low, high) = plot.viewRange()
    first = tab.history[0]
    import math

    assert high <= math.ceil(math.log10(first)) + 2 + 0.5  # a few decades above the start, not 10³⁸
    ys = plot.curve.getData()[1]
    assert max(ys) <= high  # losses past the top drawn on it
    assert plot.beyond.isVisible() and "loss past 1e" in plot.beyond.toPlainText()
    plot.mark(int(plot.beyond.pos().x()) + 1, "lr → 2e-08")  # a rate changed where the loss left the top
    QApplication.processEvents()
    assert not plot.markers[0].label.sceneBoundingRect().intersects(plot.beyond.sceneBoundingRect())


def test_learning_rate_labels_close_together_do_not_overlap(tab, qtbot):
    plot = tab.loss_plot
    plot.reset()
    plot.add([1e3 / (1 + t) for t in range(400)], draw=False)
    plot.draw(total=30_000)
    plot.mark(100, "lr → 2e-08")
    plot.mark(150, "lr → 5e-08")
    plot.mark(30_000 // 2, "lr → 1e-07")
    QApplication.processEvents()
    first, second, far = (m.label.sceneBoundingRect() for m in plot.markers)
    assert not first.intersects(second)
    assert not first.isEmpty() and not second.isEmpty()
    assert plot.markers[2].label.orthoPos == plot.markers[0].label.orthoPos  # far away: no need to move
    plot.mark(150, "lr → 6e-08")  # the same step again: one label, the newest rate
    assert len(plot.markers) == 3 and "6e-08" in plot.markers[1].label.toPlainText()


def test_closing_during_a_run_exits_cleanly(tmp_path):
    program = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox
        from gradlab.ui.app import application
        from gradlab.ui.main_window import MainWindow
        app = application()
        window = MainWindow()
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        window.show()
        def go():
            tab = window.regression_tab
            if not tab.ready:
                QTimer.singleShot(50, go)
                return
            tab.load_recipe("torchRegression7cws")
            tab.start()
            QTimer.singleShot(700, window.close)
        QTimer.singleShot(0, go)
        code = app.exec()
        print("history", len(window.regression_tab.history))
        sys.exit(code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)},  # the user's settings stay untouched
    )
    assert result.returncode == 0, result.stderr
    assert "Destroyed while thread" not in result.stderr
    assert 0 < int(result.stdout.split()[-1]) < 30_000


def test_a_language_switch_keeps_the_trained_fit_and_translates_the_notes(tab, qtbot):
    from gradlab.ui.language import Language

    choose(tab, "torchRegression6custom", 300)
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    points = len(tab.fit_plot.fit.getData()[0])
    said = message(tab)
    try:
        Language.instance().switch("zh_TW")
        qtbot.waitUntil(lambda: message(tab) != said)
        assert len(tab.fit_plot.fit.getData()[0]) == points > 0
        assert tab.model is not None and len(tab.history) == 300
        assert any("\u4e00" <= ch <= "\u9fff" for ch in message(tab)), message(tab)
        assert "3.56e-06" in widget(tab, QLabel, "regressionStabilityLabel").text()
    finally:
        Language.instance().switch("en")
    assert message(tab) == said


# --- messages are true and current --------------------------------------------------------------


def shown_as_error(label) -> bool:
    from gradlab.ui import theme

    return theme.text_colors().error in label.styleSheet()


def test_a_target_error_goes_the_moment_the_target_is_valid(tab, qtbot):
    label = widget(tab, QLabel, "regressionMessage")
    target = widget(tab, QComboBox, "regressionTargetCombo")
    type_into(qtbot, target.lineEdit(), "log(x)", enter=False)
    click(qtbot, tab, "regressionStartButton")
    assert message(tab).startswith("✗ y = log(x) is not defined at x = -3.14") and shown_as_error(label)
    type_into(qtbot, target.lineEdit(), "sin(x)", enter=False)
    qtbot.keyClick(target.lineEdit(), Qt.Key.Key_Tab)
    assert message(tab) == "" and not shown_as_error(label)
    type_into(qtbot, target.lineEdit(), "sqrt(x)", enter=False)  # checked as typed, before Start
    assert message(tab).startswith("✗ y = sqrt(x) is not defined") and shown_as_error(label)


def test_a_learning_rate_error_is_shown_as_typed_and_goes_when_fixed(tab, qtbot):
    label = widget(tab, QLabel, "regressionMessage")
    lr = widget(tab, QLineEdit, "regressionLrEdit")
    type_into(qtbot, lr, "abc", enter=False)
    assert message(tab) == "✗ the learning rate must be a number, not 'abc'" and shown_as_error(label)
    click(qtbot, tab, "regressionStartButton")
    assert not tab.running and "not 'abc'" in message(tab)
    type_into(qtbot, lr, "0.001", enter=False)
    assert message(tab) == "" and not shown_as_error(label)
    click(qtbot, tab, "regressionStartButton")  # a message that is not an error keeps the text colour
    assert message(tab) == "Training…" and not shown_as_error(label)
    click(qtbot, tab, "regressionStopButton")
    wait_done(qtbot, tab)


def test_a_learning_rate_error_during_a_run_goes_when_fixed(tab, qtbot):
    choose(tab, "torchRegression7cws", 30_000)
    click(qtbot, tab, "regressionStartButton")
    lr = widget(tab, QLineEdit, "regressionLrEdit")
    type_into(qtbot, lr, "fast", enter=False)
    assert "not 'fast'" in message(tab)
    type_into(qtbot, lr, "1e-5", enter=False)
    assert message(tab) == "Training…"
    click(qtbot, tab, "regressionStopButton")
    wait_done(qtbot, tab)


def test_the_stability_note_names_the_rate_typed(tab, qtbot):
    choose(tab, "torchRegression6custom", 300)
    type_into(qtbot, widget(tab, QLineEdit, "regressionLrEdit"), "2e-06", enter=False)
    assert "(chosen: 2e-06)" in widget(tab, QLabel, "regressionStabilityLabel").text()


def test_the_progress_line_says_paused_and_ends_at_the_last_step(tab, qtbot):
    rate = widget(tab, QLabel, "regressionRateLabel")
    choose(tab, "torchRegression4nn", 300_000)
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: "s left" in rate.text(), timeout=10_000)
    click(qtbot, tab, "regressionPauseButton")
    qtbot.waitUntil(lambda: tab.worker.is_paused, timeout=5000)
    QApplication.processEvents()  # the report in flight, if any
    assert rate.text() == f"step {len(tab.history):,} of 300,000 · paused"
    click(qtbot, tab, "regressionPauseButton")  # resume
    qtbot.waitUntil(lambda: "s left" in rate.text(), timeout=10_000)
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "regressionStopButton")
    steps = len(tab.history)
    assert message(tab) == f"Stopped at step {steps:,}."
    assert rate.text().startswith(f"step {steps:,} of 300,000 · ") and "left" not in rate.text()
    assert widget(tab, QProgressBar, "regressionProgress").value() == steps


def test_a_finished_run_shows_its_last_step_without_time_left(tab, qtbot):
    choose(tab, "torchRegression6custom", 600)
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    rate = widget(tab, QLabel, "regressionRateLabel").text()
    assert rate.startswith("step 600 of 600 · ") and "left" not in rate


def test_stopping_after_a_rate_change_says_stopped(tab, qtbot):
    choose(tab, "torchRegression7cws", 30_000)
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: len(tab.history) > 0, timeout=10_000)
    widget(tab, QLineEdit, "regressionLrEdit").setText("2e-8")
    click(qtbot, tab, "regressionApplyLrButton")
    assert message(tab) == "Learning rate 2e-08 from the next step."
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "regressionStopButton")
    assert message(tab) == f"Stopped at step {len(tab.history):,}."


def test_a_loaded_checkpoint_shows_nothing_of_the_run_before(tab, qtbot, tmp_path):
    choose(tab, "torchRegression6custom", 300)
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    assert tab.save_to(tmp_path / "fit.ckpt")
    widget(tab, QLineEdit, "regressionPredictXEdit").setText("2")
    click(qtbot, tab, "regressionPredictButton")
    assert tab.load_from(tmp_path / "fit.ckpt")
    for name in ("regressionResultLabel", "regressionPredictLabel", "regressionRateLabel"):
        assert widget(tab, QLabel, name).text() == "", name
    assert tab.loss_plot.losses.size == 300


def test_a_predict_error_goes_when_the_input_is_edited(tab, qtbot):
    trained(tab, qtbot)
    label = widget(tab, QLabel, "regressionPredictLabel")
    edit = widget(tab, QLineEdit, "regressionPredictXEdit")
    type_into(qtbot, edit, "two", enter=False)
    click(qtbot, tab, "regressionPredictButton")
    assert label.text() == "✗ type a number for x, or numbers separated by commas" and shown_as_error(label)
    type_into(qtbot, edit, "2", enter=False)
    assert label.text() == "" and not shown_as_error(label)
    click(qtbot, tab, "regressionPredictButton")
    assert label.text().startswith("x = 2 → y = ") and not shown_as_error(label)


# --- no English in another language --------------------------------------------------------------


@pytest.fixture
def catalog(qapp):
    """A stand-in .qm: every text of the Regression tab's file box and file actions, marked «…»."""
    from PySide6.QtCore import QTranslator

    class Catalog(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):
            return f"«{source_text}»" if context in ("FilesBox", "FileActions") else ""

        def isEmpty(self):
            return False

    translator = Catalog()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_predict_placeholders_are_translated(catalog, qtbot):
    from gradlab.ui.regression.controls import FilesBox

    box = FilesBox()
    qtbot.addWidget(box)
    assert widget(box, QLineEdit, "regressionPredictXEdit").placeholderText() == "«x, e.g. 2»"
    assert widget(box, QLineEdit, "regressionPredictFeaturesEdit").placeholderText() == "«or 2, 4, 8»"


def test_the_file_dialogs_filters_are_translated(catalog, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from gradlab.ui.regression.files import FileActions

    asked = []

    def ask(parent, caption, where, filters):
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(ask))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    owner = QWidget()
    qtbot.addWidget(owner)
    files = FileActions(owner)
    for action in (files._ask_save, files._ask_load, files._ask_csv, files._ask_export):
        action()
    assert asked == [
        "«Checkpoints (*.ckpt *.pt)»",
        "«Checkpoints (*.ckpt *.pt)»;;«All files (*)»",
        "«CSV (*.csv)»;;«All files (*)»",
        "«Python (*.py)»",
    ]


def test_the_lesson_can_be_read_while_torch_loads(qtbot):
    """Until torch is in, the settings and plots wait; the lesson beside them is readable and scrolls."""
    from PySide6.QtWidgets import QTextBrowser

    from gradlab.ui.regression.tab import RegressionTab

    waiting = RegressionTab()
    qtbot.addWidget(waiting)
    assert not waiting.ready
    assert waiting.isEnabled() and waiting.findChild(QTextBrowser, "regressionLessonBrowser").isEnabled()
    assert not widget(waiting, QPushButton, "regressionStartButton").isEnabled()
    assert not widget(waiting, QComboBox, "regressionRecipeCombo").isEnabled()
    waiting.torch_ready()
    assert widget(waiting, QPushButton, "regressionStartButton").isEnabled()
    waiting.shutdown()
