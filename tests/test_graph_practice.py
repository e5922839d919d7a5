"""Predict mode, the hand-calculation table and exercise files, through the Graph tab's widgets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTableWidget

from .conftest import click, type_into, widget


@pytest.fixture
def window(make_main_window):
    window = make_main_window()
    yield window
    window.language.switch("en")


@pytest.fixture
def tab(window):
    return window.graph_tab


def build(qtbot, tab, expression, values):
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), expression, enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), values)


def predict_on(tab, values=False):
    widget(tab, QCheckBox, "graphPredictValuesCheck").setChecked(values)
    widget(tab, QCheckBox, "graphPredictCheck").setChecked(True)


def answer(qtbot, tab, text):
    edit = widget(tab, QLineEdit, "graphPredictEdit")
    assert edit.hasFocus() or not tab.isActiveWindow()  # the box takes the keys once a step is asked
    type_into(qtbot, edit, text)


def said(tab):
    return widget(tab, QLabel, "graphPredictMessage").text()


def log_lines(tab):
    return widget(tab, QPlainTextEdit, "graphLog").toPlainText().splitlines()


def back_key(qtbot, tab):
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_predict_mode_asks_each_backward_step_and_says_which_part_was_wrong(tab, qtbot):
    build(qtbot, tab, "((2*x) + (y + 1))**2", "x=3, y=2")  # the course's hand example
    predict_on(tab)
    tab.run_forward()  # values are not asked: the forward pass runs
    back_key(qtbot, tab)  # the seed (o.g = 1) is shown, and the first edge asked
    question = widget(tab, QLabel, "graphPredictQuestion").text()
    assert question == "n3.g after the edge o → n3 ="
    before = list(log_lines(tab))
    answer(qtbot, tab, "2·1")  # ∂o/∂n3 = 2·n3 = 18, not 2
    assert "check the local derivative" in said(tab) and "here 18" in said(tab)
    assert log_lines(tab) == before  # not shown: the wrong answer is kept in the box
    assert widget(tab, QLineEdit, "graphPredictEdit").text() == "2·1"
    answer(qtbot, tab, "18")
    assert said(tab) == "Right: n3.g = 18."
    assert log_lines(tab)[-1].startswith("n3.g += ∂o/∂n3")
    assert widget(tab, QLabel, "graphPredictQuestion").text() == "n1.g after the edge n3 → n1 ="
    answer(qtbot, tab, "1·9")  # the upstream gradient is n3.g = 18
    assert "upstream gradient is wrong" in said(tab) and "n3.g = 18" in said(tab)
    answer(qtbot, tab, "1·18")
    assert widget(tab, QLabel, "graphPredictScore").text() == "Right at the first try: 0 of 2"


def test_a_variable_used_twice_and_the_show_button(tab, qtbot):
    build(qtbot, tab, "x*x", "x=3")
    qtbot.keyClick(
        tab.canvas, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.predictor.on and widget(tab, QCheckBox, "graphPredictCheck").isChecked()
    tab.run_forward()
    back_key(qtbot, tab)
    answer(qtbot, tab, "3")
    assert said(tab) == "Right: x.g = 3."
    answer(qtbot, tab, "3")  # the second use alone: the sum is missing
    assert "a variable used twice adds up" in said(tab)
    click(qtbot, tab, "graphPredictShowButton")
    assert said(tab).startswith("Shown: x.g += ∂o/∂x")
    assert tab.stepper.done
    assert widget(tab, QLabel, "graphPredictScore").text() == "Right at the first try: 1 of 2"


def test_forward_values_asked_too_and_runs_refused(tab, qtbot):
    build(qtbot, tab, "x*y", "x=-2, y=3")
    predict_on(tab, values=True)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert widget(tab, QLabel, "graphPredictQuestion").text() == "o ="
    answer(qtbot, tab, "6")
    assert said(tab).startswith("Not yet: o = x · y")
    answer(qtbot, tab, "-6")
    assert said(tab) == "Right: o = -6."
    messages = []
    tab.status_message.connect(messages.append)
    tab.run_backward()
    assert messages[-1].startswith("Predict mode: answer each step")
    assert not tab.stepper.done
    widget(tab, QCheckBox, "graphPredictCheck").setChecked(False)
    tab.run_backward()  # Predict mode left: the rest runs
    qtbot.waitUntil(lambda: tab.stepper.done)


def test_an_answer_that_is_no_number_is_one_line_and_nothing_moves(tab, qtbot):
    build(qtbot, tab, "x*y", "x=-2, y=3")
    predict_on(tab)
    tab.run_forward()
    back_key(qtbot, tab)
    position = tab.stepper.position
    answer(qtbot, tab, "three")
    assert said(tab).startswith("“three” is not a number") and "\n" not in said(tab)
    assert tab.stepper.position == position


def fill(tab, row, column, text):
    table = widget(tab, QTableWidget, "graphHandTable")
    table.item(row, {"value": 1, "local": 2, "grad": 3}[column]).setText(text)


def test_the_hand_table_marks_right_cells_and_the_first_wrong_ones_reason(tab, qtbot, tmp_path):
    tab.load_preset("hand_example")
    tab.side_tabs.setCurrentWidget(tab.practice_page)
    table = widget(tab, QTableWidget, "graphHandTable")
    names = [table.item(r, 0).text().split(" ")[0] for r in range(table.rowCount())]
    assert names[0:2] == ["x", "y"] and names[-1] == tab.graph.output.label
    assert table.item(0, 1).text() == "3" and not table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    last = table.rowCount() - 1
    fill(tab, last, "grad", "1")
    fill(tab, 0, "local", "2")
    fill(tab, 0, "grad", "18")  # n1.g, the local 2 left out
    click(qtbot, tab, "graphTableCheckButton")
    message = widget(tab, QLabel, "graphTableMessage").text()
    assert message.startswith("Row 1: x: multiply")
    checked = tab.practice.view.table.checked
    assert checked.marks[(last, "grad")].right and checked.first_wrong.column == "grad"
    fill(tab, 0, "grad", "36")
    click(qtbot, tab, "graphTableCheckButton")
    assert "still to fill" in widget(tab, QLabel, "graphTableMessage").text()
    assert tab.export_table_to(str(tmp_path / "table.csv"))
    assert (tmp_path / "table.csv").read_text().splitlines()[1] == "x,,3,2,36"
    assert tab.export_table_to(str(tmp_path / "table.md"))
    assert "| x |   | 3 | 2 | 36 |" in (tmp_path / "table.md").read_text()
    assert not tab.export_table_to(str(tmp_path / "missing" / "table.md"))
    assert "was not saved" in widget(tab, QLabel, "graphTableMessage").text()


def test_an_exercise_file_round_trip_hides_its_panels_until_the_student_leaves(
    window, tab, qtbot, tmp_path, make_main_window, monkeypatch
):
    from gradlab.graph.exercise import Exercise

    tab.load_preset("hand_example")
    path = tmp_path / "homework.gradlab"
    exercise = Exercise("predict", hidden=("check", "code", "log"), note="Predict every gradient.")
    assert window.save_exercise_to(path, exercise.part())
    assert window.session_path is None  # the teacher's own session is not the exercise file
    student = make_main_window()
    assert student.open_session_from(path)
    graph_tab = student.graph_tab
    visible = {
        graph_tab.side_tabs.tabText(i)
        for i in range(graph_tab.side_tabs.count())
        if graph_tab.side_tabs.isTabVisible(i)
    }
    assert visible == {"Practice"}
    assert not graph_tab.log.isVisibleTo(graph_tab)
    assert widget(graph_tab, QLineEdit, "graphExpressionEdit").isReadOnly()
    assert widget(graph_tab, QLabel, "graphExerciseNote").text() == "Predict every gradient."
    assert not widget(graph_tab, QCheckBox, "graphPredictValuesCheck").isEnabled()
    assert not widget(graph_tab, QCheckBox, "graphPredictCheck").isEnabled()
    widget(graph_tab, QCheckBox, "graphPredictCheck").setChecked(False)  # cannot be turned off here
    assert graph_tab.predictor.on
    messages = []
    graph_tab.status_message.connect(messages.append)
    graph_tab.run_backward()
    assert not graph_tab.stepper.done and messages[-1].startswith("Predict mode")
    graph_tab.lesson_action("graph/preset/net1")
    assert messages[-1].startswith("The lesson's buttons wait")
    assert student.session_state()["graph"]["exercise"] == exercise.part()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(qtbot, graph_tab, "graphLeaveExerciseButton")
    assert graph_tab.exercise_mode.active  # asked first: No keeps the exercise
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, graph_tab, "graphLeaveExerciseButton")
    assert not graph_tab.exercise_mode.active
    assert all(graph_tab.side_tabs.isTabVisible(i) for i in range(graph_tab.side_tabs.count()))
    assert (
        graph_tab.log.isVisibleTo(graph_tab)
        and not widget(graph_tab, QLineEdit, "graphExpressionEdit").isReadOnly()
    )
    assert "exercise" not in student.session_state()["graph"]


def test_a_table_exercise_gives_the_values_and_the_walk_shows_no_gradient(window, tab, qtbot, tmp_path):
    from gradlab.graph.exercise import Exercise

    tab.load_preset("hand_example")
    path = tmp_path / "table.gradlab"
    assert window.save_exercise_to(path, Exercise("table", given="values", hidden=("check",)).part())
    assert window.open_session_from(path)
    table = widget(tab, QTableWidget, "graphHandTable")
    assert tab.side_tabs.currentWidget() is tab.practice_page
    assert all(table.item(r, 1).text() for r in range(table.rowCount()))  # every value given
    messages = []
    tab.status_message.connect(messages.append)
    tab.run_forward()
    qtbot.waitUntil(lambda: tab.stepper.phase != "forward")
    back_key(qtbot, tab)
    assert messages[-1].startswith("In this exercise the walk shows only what is given")
    assert tab.stepper.position == tab.stepper.forward_count


def test_a_damaged_exercise_part_is_refused_in_one_line_and_nothing_changes(window, tab, tmp_path):
    import json

    tab.load_preset("mul_gate")
    path = tmp_path / "bad.gradlab"
    assert window.save_exercise_to(path, {"mode": "predict"})
    data = json.loads(path.read_text())
    data["graph"]["exercise"] = {"mode": "cheat", "hidden": ["everything"]}
    path.write_text(json.dumps(data))
    shown = []
    window._show_message = lambda title, text: shown.append(text)
    tab.load_preset("net1")
    assert not window.open_session_from(path)
    assert shown and "the exercise's mode must be predict or table" in shown[-1]
    assert tab.graph.output.label == "o" and len(tab.graph.inputs) == 2 and not tab.exercise_mode.active


def test_an_old_session_with_no_exercise_opens_as_before(window, tab, tmp_path):
    tab.load_preset("karpathy")
    path = tmp_path / "plain.gradlab"
    assert window.save_session_to(path)
    assert "exercise" not in path.read_text()
    assert window.open_session_from(path) and not tab.exercise_mode.active


def test_the_command_line_checks_an_exercise_file_before_any_window(tmp_path, capsys):
    from gradlab import cli
    from gradlab.cli_exercise import exercise_problem

    assert cli.main(["exercise", str(tmp_path / "none.gradlab")]) == 2
    assert capsys.readouterr().err.startswith("gradlab exercise: Could not read none.gradlab")
    plain = tmp_path / "plain.gradlab"
    from gradlab.session import save_session

    parts = {"graph": {}, "descent": {}, "regression": {}}
    save_session(plain, parts)
    assert "is a session with no exercise in it" in exercise_problem(str(plain))
    parts["graph"] = {"exercise": {"mode": "table"}}
    save_session(plain, parts)
    assert exercise_problem(str(plain)) == ""


def test_the_log_names_each_gates_pattern_the_first_time_it_appears(tab, qtbot):
    tab.load_preset("net1")  # o = x2 + y2, x2 = x·x, y2 = y·y
    tab.run_backward()
    qtbot.waitUntil(lambda: tab.stepper.done)
    notes = [line.strip() for line in log_lines(tab) if line.strip().startswith("↳")]
    assert notes == [
        "↳ add gate: it hands the gradient on unchanged to each input (∂/∂input = 1)",
        "↳ multiply gate: each input gets the gradient times the other input's value (the values swap)",
        "↳ a variable used twice: the gradients of its uses add up (+=)",
    ]
    lines = log_lines(tab)
    assert lines[lines.index("   " + notes[2]) - 1].startswith("y.g += ∂y2/∂y")  # under y's second use
    count = len(lines)
    tab.step_back()  # x's second use: no note of its own (said once a walk)
    assert len(log_lines(tab)) == count - 1
    while not log_lines(tab)[-1].startswith("   ↳ a variable"):
        tab.step_back()
    tab.step_back()  # the step that brought the note takes it away with it
    assert not any("used twice" in line for line in log_lines(tab))
    tab.load_preset("max_gate")
    tab.run_backward()
    qtbot.waitUntil(lambda: tab.stepper.done)
    assert any("max gate: the whole gradient goes to the larger input" in line for line in log_lines(tab))


def test_a_teacher_saves_an_exercise_through_the_dialog(window, tab, qtbot, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog

    from gradlab.ui.graph.exercise_mode import SaveExerciseDialog

    tab.load_preset("hand_example")
    target = tmp_path / "homework"
    chosen = {}

    def fill_and_accept(dialog):
        mode = widget(dialog, QComboBox, "graphExerciseModeCombo")
        mode.setCurrentIndex(mode.findData("table"))
        assert not widget(dialog, QCheckBox, "graphExerciseValuesCheck").isEnabled()  # Predict mode's
        widget(dialog, QCheckBox, "graphExerciseHideLogCheck").setChecked(True)
        widget(dialog, QPlainTextEdit, "graphExerciseNoteEdit").setPlainText("Fill it in by hand.")
        chosen["exercise"] = dialog.exercise()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SaveExerciseDialog, "exec", fill_and_accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, tab, "graphSaveExerciseButton")
    saved = json.loads((tmp_path / "homework.gradlab").read_text())["graph"]["exercise"]
    assert saved == {
        "mode": "table",
        "values": False,
        "given": "inputs",
        "hidden": ["check", "code", "log"],
        "note": "Fill it in by hand.",
    }
    assert not tab.exercise_mode.active and window.session_path is None  # the teacher's window is as it was


def test_a_graph_too_big_to_fill_by_hand_gets_no_table_but_a_line_saying_so(tab, qtbot):
    terms = " + ".join(f"x{i}" for i in range(210))
    values = ", ".join(f"x{i}={i}" for i in range(210))
    build(qtbot, tab, terms, values)
    tab.side_tabs.setCurrentWidget(tab.practice_page)
    assert widget(tab, QTableWidget, "graphHandTable").rowCount() == 0
    assert (
        widget(tab, QLabel, "graphTableMessage")
        .text()
        .startswith("The table is for graphs of up to 200 nodes")
    )
    tab.load_preset("net1")
    assert widget(tab, QTableWidget, "graphHandTable").rowCount() == 5


def test_a_step_answered_again_after_step_back_is_not_scored_again(tab, qtbot):
    tab.load_preset("mul_gate")
    predict_on(tab)
    tab.run_forward()
    back_key(qtbot, tab)
    for _ in range(3):
        answer(qtbot, tab, "3")
        tab.step_back()
    assert widget(tab, QLabel, "graphPredictScore").text() == "Right at the first try: 1 of 1"
    assert widget(tab, QLabel, "graphPredictMessage").text() == ""  # nothing said of a step no longer shown


def test_a_language_switch_keeps_the_answer_typed_and_its_verdict(tab, qtbot):
    tab.load_preset("mul_gate")
    predict_on(tab)
    tab.run_forward()
    back_key(qtbot, tab)
    answer(qtbot, tab, "5")
    tab.window().language.switch("zh_TW")
    qtbot.waitUntil(lambda: "之後" in widget(tab, QLabel, "graphPredictQuestion").text())
    assert widget(tab, QLineEdit, "graphPredictEdit").text() == "5"
    assert said(tab).startswith(
        ("還不對", "Not yet")
    )  # the verdict kept (rewritten in the new language where
    # the window's translator remembers its words)


def test_an_exercises_notebook_is_refused_it_would_print_the_answers(window, tab, tmp_path):
    from gradlab.graph.exercise import Exercise
    from gradlab.notebook import NotebookError, notebook_for

    tab.load_preset("hand_example")
    path = tmp_path / "homework.gradlab"
    assert window.save_exercise_to(path, Exercise().part())
    assert window.open_session_from(path)
    with pytest.raises(NotebookError) as error:
        notebook_for("graph", tab.session_state())
    assert "is an exercise: its notebook would print the answers" in str(error.value)


def test_the_wheel_scrolls_the_practice_column_at_1024_by_700(window, tab, qtbot):
    from .conftest import wheel

    window.resize(1024, 700)
    tab.load_preset("hand_example")
    tab.side_tabs.setCurrentWidget(tab.practice_page)
    qtbot.waitUntil(lambda: tab.practice_page.verticalScrollBar().maximum() > 0)
    bar = tab.practice_page.verticalScrollBar()
    bar.setValue(0)
    wheel(tab.practice_page.viewport(), -1)
    assert bar.value() > 0
