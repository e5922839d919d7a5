"""File → Open Example: the dialog lists the course's programs, shows them, runs and stops them.

Driven through objectNames the way a student clicks; every run is waited for on the dialog's
``run_finished`` signal, never on a sleep.
"""

import importlib.util
import os
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QProcess, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QPushButton

from gradlab.paths import resource_path
from gradlab.ui.examples_dialog import ExamplesDialog

GOLDEN = Path(__file__).parent / "golden" / "net1.out"
SLEEPER = "import time\nprint('start', flush=True)\ntime.sleep(60)\n"


@pytest.fixture
def make_dialog(qtbot):
    """A factory for shown dialogs; each is closed at teardown, which stops what it still runs."""
    dialogs = []

    def make(folder=None):
        dialog = ExamplesDialog(folder=folder)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.close()


def widgets(dialog):
    return (
        dialog.findChild(QListWidget, "examplesList"),
        dialog.findChild(QPlainTextEdit, "exampleSource"),
        dialog.findChild(QPushButton, "exampleRunButton"),
        dialog.findChild(QPushButton, "exampleStopButton"),
        dialog.findChild(QPlainTextEdit, "exampleOutput"),
    )


def names(listing: QListWidget) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


def click_row(qtbot, listing: QListWidget, name: str, double=False) -> None:
    item = listing.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    listing.scrollToItem(item)
    where = listing.visualItemRect(item).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:
        qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)


def run(qtbot, dialog, timeout=20_000):
    """Click Run and wait for the program to end; returns (name, exit code)."""
    with qtbot.waitSignal(dialog.run_finished, timeout=timeout) as blocker:
        qtbot.mouseClick(dialog.findChild(QPushButton, "exampleRunButton"), Qt.MouseButton.LeftButton)
    return tuple(blocker.args)


def start_sleeper(qtbot, dialog, name="sleeper.py"):
    """Run the long program and wait until it has printed, so it is really running."""
    listing, _, run_button, _, output = widgets(dialog)
    click_row(qtbot, listing, name)
    qtbot.mouseClick(run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "start" in output.toPlainText().splitlines(), timeout=20_000)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def programs(tmp_path):
    folder = tmp_path / "programs"
    folder.mkdir()
    (folder / "sleeper.py").write_text(SLEEPER, encoding="utf-8")
    (folder / "hello.py").write_text("print('hello')\n", encoding="utf-8")
    return folder


def test_lists_the_course_programs_and_shows_the_first(make_dialog):
    dialog = make_dialog()
    listing, source, run_button, stop_button, output = widgets(dialog)
    assert dialog.objectName() == "examplesDialog"
    assert {"net1.py", "net2.py", "autograd0.py", "regression1train.py", "regression2predict.py"} <= set(
        names(listing)
    )
    assert names(listing) == sorted(names(listing))
    assert listing.currentRow() == 0
    assert source.toPlainText() == resource_path("examples", names(listing)[0]).read_text(encoding="utf-8")
    assert source.isReadOnly() and output.isReadOnly()
    assert run_button.isEnabled() and not stop_button.isEnabled()
    for widget in (listing, source, run_button, stop_button, output):
        assert widget.accessibleName()


def test_selecting_an_example_shows_its_source_and_what_it_shows(qtbot, make_dialog):
    dialog = make_dialog()
    listing, source, *_ = widgets(dialog)
    click_row(qtbot, listing, "net2.py")
    assert source.toPlainText() == resource_path("examples", "net2.py").read_text(encoding="utf-8")
    description = dialog.findChild(QLabel, "exampleDescription")
    assert "descent" in description.text()
    click_row(qtbot, listing, "regression2predict.py")
    assert "torch.load('model.ckpt')" in source.toPlainText()
    assert "regression1train.py" in description.text()


def test_running_net1_prints_the_course_output(qtbot, make_dialog):
    dialog = make_dialog()
    listing, _, run_button, stop_button, output = widgets(dialog)
    click_row(qtbot, listing, "net1.py")
    with qtbot.waitSignal(dialog.run_finished, timeout=20_000) as finished:
        with qtbot.waitSignal(dialog.run_started, timeout=1000):
            qtbot.mouseClick(run_button, Qt.MouseButton.LeftButton)
        assert not run_button.isEnabled() and stop_button.isEnabled()
    assert finished.args == ["net1.py", 0], output.toPlainText()
    text = output.toPlainText()
    assert GOLDEN.read_text(encoding="utf-8") in text
    assert text.splitlines()[-1] == "Finished (exit code 0)"
    assert dialog.findChild(QLabel, "exampleStatus").text() == "Finished (exit code 0)"
    assert run_button.isEnabled() and not stop_button.isEnabled()
    assert (dialog.working_directory() / "net1.py").is_file()


def test_errors_and_unicode_reach_the_output(qtbot, make_dialog, tmp_path):
    (tmp_path / "fails.py").write_text("print('梯度 ∂f/∂x')\nraise SystemExit('boom')\n", encoding="utf-8")
    dialog = make_dialog(tmp_path)
    assert run(qtbot, dialog) == ("fails.py", 1)
    lines = widgets(dialog)[4].toPlainText().splitlines()
    assert "梯度 ∂f/∂x" in lines and "boom" in lines
    assert lines[-1] == "Finished (exit code 1)"


def test_stop_ends_a_long_program_quickly(qtbot, make_dialog, programs):
    dialog = make_dialog(programs)
    _, _, run_button, stop_button, output = widgets(dialog)
    start_sleeper(qtbot, dialog)
    assert stop_button.isEnabled() and not run_button.isEnabled()
    began = time.monotonic()
    with qtbot.waitSignal(dialog.run_finished, timeout=5000) as finished:
        qtbot.mouseClick(stop_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - began < 3
    assert finished.args == ["sleeper.py", -1]
    assert output.toPlainText().splitlines()[-1] == "Stopped"
    assert run_button.isEnabled() and not stop_button.isEnabled()
    assert not dialog.kill_timer.isActive()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM cannot be ignored on Windows")
def test_stop_kills_a_program_that_ignores_terminate(qtbot, make_dialog, programs):
    stubborn = "import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n" + SLEEPER
    (programs / "stubborn.py").write_text(stubborn, encoding="utf-8")
    dialog = make_dialog(programs)
    start_sleeper(qtbot, dialog, "stubborn.py")
    with qtbot.waitSignal(dialog.run_finished, timeout=10_000):
        qtbot.mouseClick(widgets(dialog)[3], Qt.MouseButton.LeftButton)
        assert dialog.kill_timer.isActive()
    assert widgets(dialog)[4].toPlainText().splitlines()[-1] == "Stopped"
    assert not dialog.kill_timer.isActive()


def test_another_example_can_be_chosen_while_one_runs(qtbot, make_dialog, programs):
    dialog = make_dialog(programs)
    listing, source, run_button, stop_button, output = widgets(dialog)
    start_sleeper(qtbot, dialog)
    click_row(qtbot, listing, "hello.py", double=True)  # a double-click does not start a second run
    assert source.toPlainText() == "print('hello')\n"
    assert not run_button.isEnabled() and stop_button.isEnabled()
    with qtbot.waitSignal(dialog.run_finished, timeout=5000):
        qtbot.mouseClick(stop_button, Qt.MouseButton.LeftButton)
    assert run_button.isEnabled()
    with qtbot.waitSignal(dialog.run_finished, timeout=20_000) as finished:
        click_row(qtbot, listing, "hello.py", double=True)
    assert finished.args == ["hello.py", 0]
    assert "hello" in output.toPlainText().splitlines()


def test_closing_mid_run_stops_the_program_and_waits_for_it(qtbot, qtlog, programs):
    dialog = ExamplesDialog(folder=programs)
    dialog.show()
    start_sleeper(qtbot, dialog)
    pid = dialog.process.processId()
    assert alive(pid)
    dialog.close()
    assert not dialog.isVisible()
    assert dialog.process.state() == QProcess.ProcessState.NotRunning
    assert not alive(pid)
    assert widgets(dialog)[4].toPlainText().splitlines()[-1] == "Stopped"
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any("QProcess" in record.message for record in qtlog.records)


def test_runs_share_one_working_folder(qtbot, make_dialog, tmp_path):
    (tmp_path / "a_writer.py").write_text("open('note.txt', 'w').write('42')\n", encoding="utf-8")
    (tmp_path / "b_reader.py").write_text("print('read', open('note.txt').read())\n", encoding="utf-8")
    dialog = make_dialog(tmp_path)
    listing, *_, output = widgets(dialog)
    click_row(qtbot, listing, "a_writer.py")
    assert run(qtbot, dialog) == ("a_writer.py", 0)
    folder = dialog.working_directory()
    assert folder != tmp_path and (folder / "note.txt").read_text() == "42"
    assert not (tmp_path / "note.txt").exists()
    click_row(qtbot, listing, "b_reader.py")
    assert run(qtbot, dialog) == ("b_reader.py", 0)
    assert "read 42" in output.toPlainText().splitlines()
    assert dialog.working_directory() == folder


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="needs PyTorch")
def test_regression1train_then_regression2predict(qtbot, make_dialog):
    dialog = make_dialog()
    listing, *_, output = widgets(dialog)
    click_row(qtbot, listing, "regression1train.py")
    assert run(qtbot, dialog, timeout=120_000) == ("regression1train.py", 0)
    assert (dialog.working_directory() / "model.ckpt").is_file()
    assert any(line.startswith("Result: y = ") for line in output.toPlainText().splitlines())
    click_row(qtbot, listing, "regression2predict.py")
    assert run(qtbot, dialog, timeout=60_000) == ("regression2predict.py", 0)
    predictions = [line for line in output.toPlainText().splitlines() if line.startswith("predict=")]
    assert len(predictions) == 1, output.toPlainText()
    value = float(predictions[0].split("[")[1].split("]")[0])
    assert abs(value - 34) < 0.5  # 2 + 2·4 + 3·8 = 34, as the course's run shows


def test_a_python_that_cannot_start_is_reported(qtbot, make_dialog, programs, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    dialog = make_dialog(programs)
    assert run(qtbot, dialog) == ("hello.py", -1)
    assert dialog.findChild(QLabel, "exampleStatus").text().startswith("Could not start ")
    assert widgets(dialog)[2].isEnabled() and not widgets(dialog)[3].isEnabled()


def test_a_language_change_writes_the_status_again(qtbot, make_dialog, programs):
    dialog = make_dialog(programs)
    assert run(qtbot, dialog) == ("hello.py", 0)
    status = dialog.findChild(QLabel, "exampleStatus")
    status.setText("")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert status.text() == "Finished (exit code 0)"


def test_a_pipe_or_a_huge_file_among_the_examples_is_refused_in_one_line(make_dialog, tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.py")  # reading it would wait for a writer forever
    (tmp_path / "huge.py").write_bytes(b"#" * (1024 * 1024 + 1))
    (tmp_path / "fine.py").write_text("print('hi')\n")
    dialog = make_dialog(tmp_path)
    for name, says in (
        ("pipe.py", "Could not read pipe.py: it is not a regular file"),
        ("huge.py", "Could not read huge.py: it is larger than 1 MB"),
        ("fine.py", "print('hi')"),
    ):
        dialog.select(name)
        text = dialog.source.toPlainText()
        assert text.startswith(says) and "\n" not in text.strip(), name
