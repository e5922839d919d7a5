"""The Regression tab, driven through its widgets: start, pause, stop, survive nan, save, load, predict."""

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from tests.test_regression_core import run_script


@pytest.fixture
def tab(make_main_window, qtbot):
    window = make_main_window()
    window.tabs.setCurrentWidget(window.regression_tab)
    qtbot.waitUntil(lambda: window.regression_tab.ready, timeout=60_000)
    yield window.regression_tab
    window.regression_tab.shutdown()


def widget(tab, kind, name):
    found = tab.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot, tab, name):
    qtbot.mouseClick(widget(tab, QPushButton, name), Qt.MouseButton.LeftButton)


def choose(tab, recipe_name, steps):
    combo = widget(tab, QComboBox, "regressionRecipeCombo")
    combo.setCurrentIndex(combo.findData(recipe_name))
    combo.activated.emit(combo.currentIndex())
    widget(tab, QSpinBox, "regressionStepsSpin").setValue(steps)


def wait_done(qtbot, tab, timeout=60_000):
    qtbot.waitUntil(lambda: not tab.running, timeout=timeout)


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
    assert widget(tab, QPushButton, "regressionPauseButton").text() == "Resume"
    qtbot.waitUntil(lambda: tab.worker is not None and tab.worker.is_paused, timeout=5000)
    paused_at = len(tab.history)
    qtbot.wait(150)
    assert len(tab.history) <= paused_at + 2000  # at most the report in flight
    click(qtbot, tab, "regressionPauseButton")  # resume
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "regressionStopButton")
    assert 0 < len(tab.history) < 30_000 and not tab.running
    assert "Stopped at step" in widget(tab, QLabel, "regressionMessage").text()


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
    click(qtbot, tab, "regressionStopButton")
    wait_done(qtbot, tab)


def test_a_diverging_run_ends_with_a_message_and_the_history_kept(tab, qtbot):
    choose(tab, "torchRegression4nn", 2000)
    widget(tab, QLineEdit, "regressionLrEdit").setText("0.01")
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    message = widget(tab, QLabel, "regressionMessage").text()
    assert "loss became" in message and "at step" in message and "lower the learning rate" in message
    assert 0 < len(tab.history) < 2000
    assert widget(tab, QPushButton, "regressionStartButton").isEnabled()


def test_bad_settings_are_explained(tab, qtbot):
    widget(tab, QLineEdit, "regressionLrEdit").setText("fast")
    click(qtbot, tab, "regressionStartButton")
    assert not tab.running and "must be numbers" in widget(tab, QLabel, "regressionMessage").text()
    widget(tab, QLineEdit, "regressionLrEdit").setText("1e-3")
    target = widget(tab, QComboBox, "regressionTargetCombo")
    target.setCurrentText("x +")
    click(qtbot, tab, "regressionStartButton")
    qtbot.waitUntil(lambda: not tab.running, timeout=10_000)
    assert "✗" in widget(tab, QLabel, "regressionMessage").text()


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


def test_the_courses_model_file_predicts_its_example(tab, qtbot, tmp_path):
    run_script("regression1train", 0, tmp_path)
    assert tab.load_from(tmp_path / "model.ckpt")
    assert "course" in widget(tab, QLabel, "regressionMessage").text()
    widget(tab, QLineEdit, "regressionPredictFeaturesEdit").setText("[[2, 4, 8]]")
    click(qtbot, tab, "regressionPredictButton")
    value = float(widget(tab, QLabel, "regressionPredictLabel").text().split("y = ")[1])
    assert abs(value - 34) < 0.05


def test_bad_files_change_nothing(tab, qtbot, tmp_path):
    (tmp_path / "junk.ckpt").write_bytes(b"not a checkpoint at all")
    assert not tab.load_from(tmp_path / "junk.ckpt")
    assert tab.model is None and widget(tab, QLabel, "regressionMessage").text().startswith("✗")
    (tmp_path / "bad.csv").write_text("x,y\n1,2\n2,two\n")
    assert not tab.load_csv_from(tmp_path / "bad.csv")
    assert tab.csv_data is None and "line 3" in widget(tab, QLabel, "regressionMessage").text()
    widget(tab, QLineEdit, "regressionPredictXEdit").setText("2")
    click(qtbot, tab, "regressionPredictButton")
    assert "train or load a model first" in widget(tab, QLabel, "regressionPredictLabel").text()


def test_csv_data_trains(tab, qtbot, tmp_path):
    rows = "\n".join(f"{i / 10},{2 * (i / 10) ** 3}" for i in range(-30, 31))
    (tmp_path / "cubic.csv").write_text("x,y\n" + rows + "\n")
    assert tab.load_csv_from(tmp_path / "cubic.csv")
    assert widget(tab, QSpinBox, "regressionPointsSpin").value() == 61
    widget(tab, QSpinBox, "regressionStepsSpin").setValue(200)
    click(qtbot, tab, "regressionStartButton")
    wait_done(qtbot, tab)
    assert len(tab.history) == 200


def test_export_writes_a_script(tab, tmp_path):
    assert tab.export_to(tmp_path / "train.py")
    text = (tmp_path / "train.py").read_text()
    assert (
        "torch.optim.RMSprop(model.parameters(), lr=learning_rate)" in text and "torch.manual_seed(0)" in text
    )


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
    message = widget(tab, QLabel, "regressionMessage").text()
    try:
        Language.instance().switch("zh_TW")
        qtbot.wait(20)
        assert len(tab.fit_plot.fit.getData()[0]) == points > 0
        assert tab.model is not None and len(tab.history) == 300
        said = widget(tab, QLabel, "regressionMessage").text()
        assert said != message and any("\u4e00" <= ch <= "\u9fff" for ch in said), said
        assert "3.56e-06" in widget(tab, QLabel, "regressionStabilityLabel").text()
    finally:
        Language.instance().switch("en")
    assert widget(tab, QLabel, "regressionMessage").text() == message
