"""Session files: the pure format, then saving and opening through the main window."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox

from gradlab.session import VERSION, SessionError, load_session, parse_session, save_session

PARTS = {"graph": {"a": 1}, "descent": {}, "regression": {"lr": "0.001"}, "classify": {"lr": "0.01"}}


# --- the format ---------------------------------------------------------------------------------


def test_round_trip_and_no_temporary_file_left(tmp_path):
    path = save_session(tmp_path / "work.gradlab", PARTS)
    assert load_session(path) == PARTS
    assert [p.name for p in tmp_path.iterdir()] == ["work.gradlab"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "gradlab-session" and data["version"] == VERSION


def test_overwriting_keeps_the_old_file_until_the_new_one_is_complete(tmp_path, monkeypatch):
    path = save_session(tmp_path / "work.gradlab", PARTS)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("gradlab.files.os.replace", broken_replace)
    with pytest.raises(OSError):
        save_session(path, {**PARTS, "graph": {"b": 2}})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["work.gradlab"]


@pytest.mark.parametrize(
    "raw, says",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not JSON"),
        (b"[1, 2, 3]", "not a gradlab session"),
        (b'{"format": "something-else", "version": 1}', "not a gradlab session"),
        (b'{"format": "gradlab-session"}', "version is missing"),
        (b'{"format": "gradlab-session", "version": 99, "graph": {}}', "newer gradlab"),
        (b'{"format": "gradlab-session", "version": 1, "graph": {}, "descent": {}}', "Regression part"),
        (b'{"format": "gradlab-session", "version": 1, "graph": {}, "desc', "not JSON"),
    ],
)
def test_what_is_not_a_usable_session_is_refused_with_a_reason(raw, says):
    with pytest.raises(SessionError, match=says):
        parse_session(raw, "x.gradlab")


def test_a_session_saved_before_the_neural_network_tab_opens_with_its_default():
    old = {"format": "gradlab-session", "version": 1, "graph": {"a": 1}, "descent": {}, "regression": {}}
    parts = parse_session(json.dumps(old).encode(), "old.gradlab")
    assert parts == {"graph": {"a": 1}, "descent": {}, "regression": {}, "classify": {}}


def test_a_new_session_carries_the_neural_network_part(tmp_path):
    path = save_session(tmp_path / "new.gradlab", PARTS)
    assert json.loads(path.read_text(encoding="utf-8"))["classify"] == {"lr": "0.01"}
    three = {name: part for name, part in PARTS.items() if name != "classify"}
    path = save_session(tmp_path / "three.gradlab", three)  # a window without the tab: its default
    assert json.loads(path.read_text(encoding="utf-8"))["classify"] == {}
    with pytest.raises(KeyError):
        save_session(tmp_path / "two.gradlab", {"graph": {}, "descent": {}})


def test_a_neural_network_part_that_is_not_a_table_is_damage():
    data = {"format": "gradlab-session", "version": 1, "graph": {}, "descent": {}, "regression": {}}
    with pytest.raises(SessionError, match="its Neural Network part is not a set of settings"):
        parse_session(json.dumps({**data, "classify": [1, 2]}).encode(), "x.gradlab")
    with pytest.raises(SessionError, match="the Regression part is missing"):  # not there at all
        parse_session(
            json.dumps({"format": "gradlab-session", "version": 1, "graph": {}, "descent": {}}).encode()
        )


def test_a_missing_file_is_a_session_error(tmp_path):
    with pytest.raises(SessionError, match="Could not read"):
        load_session(tmp_path / "gone.gradlab")


# --- through the window -------------------------------------------------------------------------


@pytest.fixture
def window(make_main_window, qtbot):
    window = make_main_window()
    qtbot.waitUntil(lambda: window.descent_tab.ready and window.regression_tab.ready, timeout=60_000)
    return window


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def change_all_three_tabs(window, qtbot):
    graph = window.graph_tab
    type_into(qtbot, graph.findChild(QLineEdit, "graphValuesEdit"), "a=2, b=-1.5, c=4")
    type_into(qtbot, graph.findChild(QLineEdit, "graphExpressionEdit"), "a*b + exp(c)")
    descent = window.descent_tab
    window.tabs.setCurrentWidget(descent)
    combo = descent.findChild(QComboBox, "descentFunctionCombo")
    combo.setCurrentIndex(combo.findData("rosenbrock"))
    combo.activated.emit(combo.currentIndex())
    descent.findChild(QCheckBox, "descentOptimizeradagradCheck").setChecked(True)
    type_into(qtbot, descent.findChild(QLineEdit, "descentRatesgdEdit"), "0.0005")
    regression = window.regression_tab
    window.tabs.setCurrentWidget(regression)
    recipes = regression.findChild(QComboBox, "regressionRecipeCombo")
    recipes.setCurrentIndex(recipes.findData("torchRegression6custom"))
    recipes.activated.emit(recipes.currentIndex())
    regression.findChild(QLineEdit, "regressionLrEdit").setText("2e-6")


def test_a_session_restores_all_three_tabs(window, qtbot, tmp_path):
    assert not window.isWindowModified()
    change_all_three_tabs(window, qtbot)
    assert window.isWindowModified()
    saved = window.session_state()
    assert window.save_session_to(tmp_path / "lesson")  # the suffix is added
    path = tmp_path / "lesson.gradlab"
    assert path.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("lesson.gradlab")

    window.graph_tab.load_preset("karpathy")
    window.descent_tab.load_function("beale")
    window.regression_tab.load_recipe("torchRegression7cws")
    assert window.session_state() != saved and window.isWindowModified()

    assert window.open_session_from(path)
    assert window.session_state() == saved
    assert not window.isWindowModified()
    graph = window.graph_tab
    assert graph.findChild(QLineEdit, "graphExpressionEdit").text() == "a*b + exp(c)"
    assert graph.graph.values() == {"a": 2.0, "b": -1.5, "c": 4.0}
    descent = window.descent_tab
    assert descent.findChild(QLineEdit, "descentExpressionEdit").text() == "(1 - x)**2 + 100*(y - x**2)**2"
    assert "adagrad" in descent.runs and descent.runs["sgd"].lr == 0.0005
    regression = window.regression_tab
    assert regression.read_setup().model == "poly3" and regression.read_setup().lr == 2e-6
    assert str(path.resolve()) == window.recent_sessions()[0]


def test_a_damaged_session_is_refused_and_nothing_changes(window, qtbot, tmp_path):
    change_all_three_tabs(window, qtbot)
    before, title = window.session_state(), window.windowTitle()
    damaged = tmp_path / "damaged.gradlab"
    good = tmp_path / "good.gradlab"
    window.save_session_to(good)
    text = good.read_text(encoding="utf-8")
    damaged.write_text(text[: len(text) // 2], encoding="utf-8")
    window.graph_tab.load_preset("neuron")
    before, title = window.session_state(), window.windowTitle()

    assert not window.open_session_from(damaged)
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible())
    assert "not JSON" in window.message_box.text()
    window.message_box.close()
    assert window.session_state() == before and window.windowTitle() == title


def test_one_bad_part_refuses_the_whole_session(window, qtbot, tmp_path):
    good = tmp_path / "good.gradlab"
    window.save_session_to(good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["descent"]["expression"] = "x +* y"  # the graph and regression parts are fine
    data["graph"]["graph"]["nodes"][0]["name"] = "z"
    bad = tmp_path / "bad.gradlab"
    bad.write_text(json.dumps(data), encoding="utf-8")
    window.graph_tab.load_preset("karpathy")
    before = window.session_state()
    assert not window.open_session_from(bad)
    assert "descent function" in window.message_box.text()
    window.message_box.close()
    assert window.session_state() == before


def test_unsaved_changes_are_offered_for_saving_on_quit(window, qtbot):
    window.graph_tab.load_preset("neuron")
    assert window.isWindowModified() and window.windowTitle().startswith("Untitled")
    asked = []
    window.ask_unsaved = lambda: asked.append(True) or QMessageBox.StandardButton.Cancel
    window.close()
    assert asked and window.isVisible()  # cancelled: nothing lost
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_real_prompt_appears_and_cancel_keeps_the_work(window, qtbot):
    """The question box itself (not a stand-in) appears; Cancel leaves everything as it was."""
    from PySide6.QtCore import QTimer

    from gradlab.ui.main_window import MainWindow

    window.graph_tab.load_preset("neuron")
    seen = []

    def answer():
        box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(100, answer)
    assert MainWindow.ask_unsaved(window) == QMessageBox.StandardButton.Cancel
    assert seen and "Save the changes to Untitled" in seen[0]
    assert window.isWindowModified()


def test_settings_persist_across_a_restart(make_main_window, qtbot):
    first = make_main_window()
    qtbot.waitUntil(lambda: first.descent_tab.ready and first.regression_tab.ready, timeout=60_000)
    change_all_three_tabs(first, qtbot)
    state = first.session_state()
    first.close()
    qtbot.waitUntil(lambda: not first.isVisible())

    second = make_main_window()
    qtbot.waitUntil(lambda: second.descent_tab.ready and second.regression_tab.ready, timeout=60_000)
    assert second.session_state() == state
    assert second.tabs.currentWidget() is second.regression_tab
    assert not second.isWindowModified()  # an untitled session, as it was left


@pytest.mark.parametrize(
    "part, key, value",
    [
        ("regression", "lr", 0.01),  # a number where the window writes the text typed
        ("regression", "seed", 1_099_511_627_776),
        ("regression", "target", 3),
        ("regression", "steps", 0),
        ("descent", "expression", "a*a + b*b"),  # parses, but the map needs x (and y)
        ("descent", "speed", 10**12),
        ("descent", "max_steps", True),
    ],
)
def test_odd_values_are_refused_before_anything_changes(window, qtbot, tmp_path, part, key, value):
    good = tmp_path / "good.gradlab"
    window.save_session_to(good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data[part][key] = value
    bad = tmp_path / "odd.gradlab"
    bad.write_text(json.dumps(data), encoding="utf-8")
    window.graph_tab.load_preset("karpathy")
    before, title = window.session_state(), window.windowTitle()
    assert not window.open_session_from(bad)
    assert window.message_box.isVisible()
    assert "damaged" in window.message_box.text() or "cannot" in window.message_box.text()
    window.message_box.close()
    assert window.session_state() == before and window.windowTitle() == title


def test_a_graph_gone_to_infinity_saves_and_opens(window, tmp_path):
    graph = window.graph_tab
    graph.findChild(QLineEdit, "graphExpressionEdit").setText("x*1e300*1e300 + y")
    graph.findChild(QLineEdit, "graphValuesEdit").setText("x=1, y=nan")
    graph.build_from_text()
    assert window.save_session_to(tmp_path / "wild.gradlab")
    state = window.session_state()
    window.graph_tab.load_preset("net1")
    assert window.open_session_from(tmp_path / "wild.gradlab")
    assert json.dumps(window.session_state()) == json.dumps(state)  # nan != nan, so compare the text


def test_a_new_session_file_is_readable_by_others_as_usual(tmp_path):
    import os
    import stat

    path = save_session(tmp_path / "shared.gradlab", PARTS)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    save_session(path, PARTS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    "key, value, says",
    [
        ("recipe", "foo", "unknown recipe 'foo'"),
        ("optimizer", "lbfgs", "unknown optimizer 'lbfgs'"),
        ("model", "svm", "unknown model 'svm'"),
        ("activation", "gelu", "unknown activation 'gelu'"),
        ("reduction", "max", "unknown loss reduction 'max'"),
    ],
)
def test_a_regression_part_naming_something_unknown_is_refused_with_the_name(
    window, tmp_path, key, value, says
):
    good = tmp_path / "good.gradlab"
    window.save_session_to(good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["regression"][key] = value
    bad = tmp_path / "unknown.gradlab"
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = window.session_state()
    assert not window.open_session_from(bad)
    assert says in window.message_box.text()
    window.message_box.close()
    assert window.session_state() == before


def test_a_regression_set_up_restored_at_start_is_not_a_change(make_main_window, qtbot):
    from PySide6.QtCore import QSettings

    from gradlab.regression.settings import RegressionSettings

    state = RegressionSettings.for_recipe("torchRegression7cws").with_changes(lr="3e-8").to_session()
    QSettings().setValue("tabs/regression", json.dumps(state))
    window = make_main_window()
    edits = []
    window.regression_tab.form.edited.connect(lambda *change: edits.append(change))
    qtbot.waitUntil(lambda: window.regression_tab.ready, timeout=60_000)
    assert window.regression_tab.session_state() == state
    assert edits == [] and not window.isWindowModified()
    assert window.regression_tab.findChild(QLineEdit, "regressionLrEdit").text() == "3e-8"
