"""The Neural Network tab through its widgets: train, pause, stop, presets, bad input, sessions, graphs."""

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox

from .conftest import click, type_into, widget


@pytest.fixture
def window(make_main_window, qtbot):
    window = make_main_window()
    window.tabs.setCurrentWidget(window.classify_tab)
    qtbot.waitUntil(lambda: window.classify_tab.ready, timeout=60_000)
    yield window
    window.classify_tab.shutdown()


@pytest.fixture
def tab(window):
    return window.classify_tab


def message(tab) -> str:
    return widget(tab, QLabel, "classifyMessage").text()


def choose_preset(tab, key):
    combo = widget(tab, QComboBox, "classifyPresetCombo")
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def wait_done(qtbot, tab, timeout=30_000):
    qtbot.waitUntil(lambda: not tab.running, timeout=timeout)


def test_start_trains_and_shows_the_curves_the_plane_and_the_weights(tab, qtbot):
    choose_preset(tab, "guide-linear")
    assert widget(tab, QComboBox, "classifyDataCombo").currentData() == "guide"
    click(qtbot, tab, "classifyStartButton")
    assert tab.running and not widget(tab, QComboBox, "classifyModelCombo").isEnabled()
    wait_done(qtbot, tab)
    assert tab.loss_plot.train.size == 400 and tab.accuracy_plot.train.size == 400
    xs, ys = tab.loss_plot.train_curve.getData()
    assert len(xs) == 400 and ys[-1] < ys[0]  # the hinge loss fell
    assert tab.accuracy_plot.train.values[-1] == 100.0  # the guide's six points are separable
    assert message(tab).startswith("Done: loss ") and "accuracy 100%" in message(tab)
    table = tab.param_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["a", "b", "c"]
    trained = tab.shown_layers
    assert trained is not None and float(table.item(0, 1).text()) == pytest.approx(
        trained[0][0][0][0], rel=1e-5
    )
    assert tab.plane.plot.image.image is not None  # the heat map
    assert widget(tab, QPushButton, "classifyStartButton").isEnabled()
    assert widget(tab, QComboBox, "classifyModelCombo").isEnabled()


@pytest.fixture(params=["process", "thread"])
def trained_in(request, monkeypatch):
    """Where a run trains: in the training process, or (when it cannot take the run) on the worker thread."""
    from gradlab.ui.classify import runs

    monkeypatch.setattr(runs, "IN_ITS_OWN_PROCESS", request.param == "process")
    return request.param


def test_pause_resume_and_stop(tab, qtbot, trained_in):
    import torch

    threads = torch.get_num_threads()
    choose_preset(tab, "spiral")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(100_000)
    click(qtbot, tab, "classifyStartButton")
    qtbot.waitUntil(lambda: tab.steps_done > 0, timeout=10_000)
    assert (tab.inbox.remote is not None) == (trained_in == "process")
    click(qtbot, tab, "classifyPauseButton")
    assert widget(tab, QPushButton, "classifyPauseButton").text() == "Resume" and tab.paused
    qtbot.waitUntil(lambda: tab.worker is not None and tab.inbox.holding, timeout=5000)
    assert "paused" in widget(tab, QLabel, "classifyRateLabel").text()
    click(qtbot, tab, "classifyPauseButton")
    assert widget(tab, QPushButton, "classifyPauseButton").text() == "Pause" and not tab.paused
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "classifyStopButton")
    assert not tab.running and 0 < tab.steps_done < 100_000
    assert message(tab).startswith("Stopped at step")
    assert tab.shown_layers is not None and tab.model is not None  # the trained weights stay shown
    click(qtbot, tab, "classifyStartButton")
    qtbot.waitUntil(lambda: tab.steps_done > 0, timeout=10_000)
    click(qtbot, tab, "classifyPauseButton")
    qtbot.waitUntil(lambda: tab.inbox.holding, timeout=5000)
    # the reports sent before the run stopped are drawn: the step shown is the one it waits at
    qtbot.waitUntil(lambda: tab.steps_done == tab.inbox.held_at, timeout=5000)
    held = tab.steps_done
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "classifyStopButton")  # stopped while paused
    assert tab.steps_done == held and message(tab) == f"Stopped at step {held:,}."
    from gradlab.classify.training_process import shared_process

    assert torch.get_num_threads() == threads  # a stopped run put torch's thread count back
    assert not shared_process().busy  # and left the training process free for the next run


def test_a_training_process_that_dies_mid_run_is_said_in_one_line_and_start_trains_again(tab, qtbot):

    choose_preset(tab, "spiral")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(1_000_000)
    click(qtbot, tab, "classifyStartButton")
    qtbot.waitUntil(lambda: tab.steps_done > 0 and tab.shown_layers is not None, timeout=10_000)
    assert tab.inbox.remote is not None, "the run trains in this process: there is no training process to end"
    tab.inbox.remote.process._process.kill()
    wait_done(qtbot, tab)
    assert message(tab) == (
        f"✗ training stopped at step {tab.steps_done}: the training process ended unexpectedly; "
        "press Start to train again"
    )
    assert tab.shown_layers is not None  # what was trained until then stays shown
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(50)
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    assert message(tab).startswith("Done: loss ")


def test_a_preset_from_the_lesson_sets_the_tab_up_and_starts(tab, qtbot):
    tab.lesson_action("classify/preset/xor-2layer")
    assert widget(tab, QComboBox, "classifyDataCombo").currentData() == "xor"
    assert widget(tab, QComboBox, "classifyModelCombo").currentData() == "mlp"
    assert widget(tab, QSpinBox, "classifyLayersSpin").value() == 1
    assert widget(tab, QSpinBox, "classifyWidthSpin").value() == 2
    assert len(tab.plane.xy) == 4
    tab.lesson_action("classify/start")
    assert tab.running
    wait_done(qtbot, tab)
    assert tab.loss_plot.train.size == 1000
    tab.lesson_action("classify/preset/no-such-preset")
    assert widget(tab, QComboBox, "classifyDataCombo").currentData() == "xor"


def test_a_bad_learning_rate_is_one_line_and_the_work_is_kept(tab, qtbot):
    choose_preset(tab, "guide-linear")
    tab.plane.add_requested.emit(0.5, 2.0, 1)
    points = tab.settings.points
    lr = widget(tab, QLineEdit, "classifyLrEdit")
    type_into(qtbot, lr, "fast")
    said = message(tab)
    assert said.startswith("✗") and "learning rate" in said and "fast" in said and "\n" not in said
    click(qtbot, tab, "classifyStartButton")
    assert not tab.running and tab.settings.points == points and len(tab.plane.xy) == 7
    assert lr.text() == "fast"  # what was typed stays, to be corrected
    type_into(qtbot, lr, "0.01")
    assert message(tab) == ""
    click(qtbot, tab, "classifyStartButton")
    qtbot.waitUntil(lambda: tab.steps_done > 0, timeout=10_000)
    wait_done(qtbot, tab)
    assert tab.loss_plot.train.size == 400


def test_the_learning_rate_changes_during_a_run(tab, qtbot):
    choose_preset(tab, "spiral")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(100_000)
    click(qtbot, tab, "classifyStartButton")
    qtbot.waitUntil(lambda: tab.steps_done > 0, timeout=10_000)
    lr = widget(tab, QLineEdit, "classifyLrEdit")
    assert lr.isEnabled()
    lr.setText("0.002")
    click(qtbot, tab, "classifyApplyLrButton")
    assert "0.002" in message(tab)
    qtbot.waitUntil(lambda: tab.last_progress is not None and tab.last_progress.lr == 0.002, timeout=5000)
    lr.setText("-1")
    click(qtbot, tab, "classifyApplyLrButton")
    assert message(tab).startswith("✗") and tab.running
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "classifyStopButton")


def test_points_added_by_the_plane_and_undone(tab, qtbot):
    choose_preset(tab, "guide-linear")
    tab.plane.add_requested.emit(0.25, -0.5, -1)
    assert len(tab.settings.points) == 7 and tab.settings.points.labels[-1] == -1
    assert len(tab.plane.xy) == 7 and tuple(tab.plane.xy[-1]) == (0.25, -0.5)
    tab.plane.move_requested.emit(6, 1.0, 1.0)
    assert tab.settings.points.xy[6] == (1.0, 1.0)
    tab.plane.remove_requested.emit(0)
    assert len(tab.plane.xy) == 6
    tab.plane.undo_requested.emit()
    assert len(tab.plane.xy) == 7 and tuple(tab.plane.xy[6]) == (1.0, 1.0)
    click(qtbot, tab, "classifyUndoButton")
    click(qtbot, tab, "classifyUndoButton")
    assert len(tab.settings.points) == 6
    # during a run the points stay as they are, and the message says why
    choose_preset(tab, "spiral")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(100_000)
    click(qtbot, tab, "classifyStartButton")
    tab.plane.add_requested.emit(0.0, 0.0, 1)
    assert len(tab.settings.points) == 200 and "stopped" in message(tab)
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "classifyStopButton")


def test_a_weight_typed_in_the_network_changes_the_plane(tab, qtbot):
    choose_preset(tab, "guide-linear")
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    before = tab.plane.plot.image.image.copy()
    tab.network.weight_edited.emit(0, 0, 2, 5.0)  # the bias c
    assert tab.shown_layers[0][1][0] == 5.0
    assert tab.param_table.item(2, 1).text() == "5"
    assert (tab.plane.plot.image.image != before).any()


def test_a_weight_typed_during_a_run_pauses_it_and_trains_from_it(tab, qtbot, trained_in):
    choose_preset(tab, "xor-2layer")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(1_000_000)
    widget(tab, QLineEdit, "classifyLrEdit").setText("1e-6")  # the weights hardly move by themselves
    click(qtbot, tab, "classifyStartButton")
    qtbot.waitUntil(lambda: tab.steps_done > 0 and tab.shown_layers is not None, timeout=10_000)
    tab.network.edit_started.emit()  # the editor opened
    assert tab.paused and widget(tab, QPushButton, "classifyPauseButton").text() == "Resume"
    qtbot.waitUntil(lambda: tab.inbox.holding, timeout=5000)
    qtbot.waitUntil(
        lambda: tab.steps_done == tab.inbox.held_at, timeout=5000
    )  # the step shown: where it waits
    tab.network.weight_edited.emit(0, 0, 0, 7.5)
    steps_at_edit = tab.steps_done
    assert "7.5" in message(tab) and tab.shown_layers[0][0][0][0] == 7.5
    click(qtbot, tab, "classifyPauseButton")  # resume: the run goes on from the typed weight
    qtbot.waitUntil(lambda: tab.steps_done > steps_at_edit + 10, timeout=5000)
    with qtbot.waitSignal(tab.worker.finished, timeout=5000):
        click(qtbot, tab, "classifyStopButton")
    assert tab.shown_layers[0][0][0][0] == pytest.approx(7.5, abs=1e-3)


def test_a_session_keeps_the_set_up_and_the_edited_points(window, tab, qtbot, tmp_path):
    choose_preset(tab, "xor-2layer")
    tab.plane.add_requested.emit(0.5, 0.5, 1)
    widget(tab, QLineEdit, "classifyLrEdit").setText("0.3")
    path = tmp_path / "nets.gradlab"
    assert window.save_session_to(path)
    choose_preset(tab, "spiral")
    assert len(tab.settings.points) == 200
    assert window.open_session_from(path)
    assert len(tab.settings.points) == 5 and tab.settings.points.xy[-1] == (0.5, 0.5)
    assert widget(tab, QLineEdit, "classifyLrEdit").text() == "0.3"
    assert tab.settings.data == "xor"
    assert widget(tab, QComboBox, "classifyDataCombo").currentText() == "Edited points"  # what it holds
    assert widget(tab, QComboBox, "classifyPresetCombo").currentText() == "Custom"
    assert message(tab) == "The set-up and points as they were saved: press Start."
    assert widget(tab, QSpinBox, "classifyWidthSpin").value() == 2
    assert len(tab.plane.xy) == 5


def test_a_point_opens_in_the_graph_tab_with_torchs_gradients(window, tab, qtbot):
    pytest.importorskip("gradlab.classify.one_point")
    import torch

    from gradlab.classify.losses import total_loss
    from gradlab.classify.models import build_model, set_layers

    choose_preset(tab, "xor-2layer")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(200)
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    with qtbot.waitSignal(tab.open_in_graph, timeout=5000) as opened:
        tab.plane.open_point_requested.emit(1)
    graph_tab = window.graph_tab
    assert window.tabs.currentWidget() is graph_tab
    assert graph_tab.document.session_part()["graph"] == opened.args[0]["graph"]
    graph = graph_tab.graph
    graph.forward()
    graph.backward()
    # torch's gradients of the same sample's loss, at the weights shown
    setup = tab.model_setup
    model = build_model(setup, 0)
    set_layers(model, tab.shown_layers)
    point = torch.tensor([tab.settings.points.xy[1]], dtype=torch.float64)
    label = torch.tensor([float(tab.settings.points.labels[1])], dtype=torch.float64)
    loss, _ = total_loss(setup, model, point, label)
    loss.backward()
    assert graph.output.data == pytest.approx(loss.item(), rel=1e-9, abs=1e-12)
    grads = list(graph.gradients().values())
    torch_grads = [g for param in model.parameters() for g in param.grad.reshape(-1).tolist()]
    assert len(grads) >= len(torch_grads) == 9  # 2-2-1: every weight and bias is an input of the graph
    for g in torch_grads:
        assert min(abs(value - g) for value in grads) <= 1e-9 * max(1.0, abs(g))


def load_csv(qtbot, tab, path) -> bool:
    with qtbot.waitSignal(tab.csv_finished, timeout=10_000) as finished:
        assert tab.load_csv_from(path)
    return finished.args[0]


def test_points_from_a_csv_file_read_on_a_thread_and_a_bad_one_refused(tab, qtbot, tmp_path):
    choose_preset(tab, "guide-linear")
    good = tmp_path / "pets.csv"
    good.write_text("x1,x2,label\n0,0,cat\n1,1,dog\n0,1,cat\n1,0,dog\n")
    assert load_csv(qtbot, tab, good)
    assert len(tab.plane.xy) == 4 and tab.settings.points.classes in (("cat", "dog"), ("dog", "cat"))
    assert "pets.csv" in message(tab) and "4" in message(tab)
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n0,0,cat\n1,one,dog\n")
    assert not load_csv(qtbot, tab, bad)
    said = message(tab)
    assert said.startswith("✗") and "line 3" in said and "\n" not in said
    assert len(tab.plane.xy) == 4  # the points on screen are kept
    assert tab.save_csv_to(tmp_path / "again.csv")
    assert load_csv(qtbot, tab, tmp_path / "again.csv") and len(tab.settings.points) == 4


def test_a_checkpoint_saved_and_loaded_and_the_script_exported(tab, qtbot, tmp_path):
    choose_preset(tab, "guide-linear")
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    trained = tab.shown_layers
    assert tab.save_to(tmp_path / "guide.ckpt") and "guide.ckpt" in message(tab)
    choose_preset(tab, "spiral")
    assert tab.load_from(tmp_path / "guide.ckpt")
    assert widget(tab, QComboBox, "classifyDataCombo").currentData() == "guide"
    assert tab.shown_layers == trained and len(tab.plane.xy) == 6
    assert tab.loss_plot.train.size == 400  # its loss history
    (tmp_path / "junk.ckpt").write_bytes(b"not a checkpoint")
    assert not tab.load_from(tmp_path / "junk.ckpt")
    assert message(tab).startswith("✗") and tab.shown_layers == trained  # what was shown stays
    assert tab.export_to(tmp_path / "guide.py")
    compile((tmp_path / "guide.py").read_text(), "guide.py", "exec")
    assert not tab.export_to(tmp_path / "no such folder" / "guide.py") and message(tab).startswith("✗")


@pytest.mark.parametrize("size", [QSize(1024, 700)])
def test_start_pause_and_stop_are_in_view_at_1024_by_700(window, tab, qtbot, size):
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size.expandedTo(window.minimumSize()))
    QApplication.processEvents()
    frame = window.size() - tab.size()
    assert tab.minimumSizeHint().width() <= size.width() - frame.width()
    assert tab.minimumSizeHint().height() <= size.height() - frame.height()
    for name in ("classifyStartButton", "classifyPauseButton", "classifyStopButton"):
        button = widget(tab, QPushButton, name)
        assert button.isVisible() and button.visibleRegion().boundingRect() == button.rect(), name
        corner = button.mapTo(window, QPoint(0, 0))
        assert window.rect().contains(corner + QPoint(button.width() - 1, button.height() - 1)), name
        parent = button.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        assert parent is None, name  # pinned above the scrolling settings, never scrolled away


def test_every_control_is_named_and_listed(tab):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QTabBar

    import gradlab.ui.classify.tab as module

    listed = module.__doc__
    inputs = tab.findChildren(QAbstractButton) + tab.findChildren(QComboBox) + tab.findChildren(QLineEdit)
    inputs += tab.findChildren(QAbstractSpinBox)
    for control in inputs:
        name = control.objectName()
        if isinstance(control.parentWidget(), QTabBar) or tab.lesson.isAncestorOf(control):
            continue  # a tab bar's scroll arrows; the lesson's own (named for its tab's lesson)
        if name.startswith("qt_") or isinstance(control.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the parts Qt makes inside a spin box or a combo box
        assert name.startswith("classify"), name
    for name in (
        "classifyStartButton",
        "classifyLrEdit",
        "classifyDataCombo",
        "classifyPlane",
        "classifyNetwork",
    ):
        assert name in listed


def test_the_pictures_maps_are_the_cores_in_float32():
    import numpy as np
    import torch

    from gradlab.classify.models import build_model, neuron_maps
    from gradlab.classify.setup import Setup
    from gradlab.ui.classify.runs import pictures_of

    setup = Setup(model="mlp", hidden=(3, 4), activation="tanh")
    model = build_model(setup, 0)
    xs, ys = np.linspace(-2, 2, 7), np.linspace(-1, 3, 5)
    theirs, ours = neuron_maps(model, xs, ys), neuron_maps(model, xs, ys, torch.float32)
    assert [m.shape for m in ours] == [m.shape for m in theirs] == [(3, 5, 7), (4, 5, 7), (1, 5, 7)]
    for mine, core in zip(ours, theirs):
        assert mine.dtype == np.float32 and core.dtype == np.float64
        assert np.allclose(mine, core, atol=1e-5)
    (output,) = neuron_maps(model, xs, ys, torch.float32, output_only=True)
    assert np.array_equal(output, ours[-1])
    pictures = pictures_of(setup, model, (), (-2, 2, -1, 3), size=7)
    assert pictures.plane.dtype == np.float32 and pictures.plane.shape == (7, 7)
    assert model[0].weight.dtype == torch.float64  # the model itself is left as it was


def test_a_run_trains_on_one_torch_thread_and_puts_torchs_count_back():
    import torch

    from gradlab.classify.settings import ClassifySettings
    from gradlab.classify.setup import Setup
    from gradlab.ui.classify.runs import TRAINING_THREADS, Inbox, live_training, plane_extent

    settings = ClassifySettings(Setup(data="xor", model="guide2layer", steps=50))
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        run = live_training(settings.to_setup(), settings.points, Inbox(), plane_extent(settings.points.xy))
        counts = [torch.get_num_threads() for _ in run]
        assert counts and set(counts) == {TRAINING_THREADS} == {1}
        assert torch.get_num_threads() == 2  # put back when the run ended
        stopped = live_training(settings.to_setup(), settings.points, Inbox(), (-1, 1, -1, 1))
        next(stopped)
        stopped.close()  # stopped by the user
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)


def test_start_trains_from_typed_weights_and_a_fresh_start_after_a_change(tab, qtbot):
    choose_preset(tab, "guide-linear")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(20)
    for col, value in enumerate((1.0, -2.0, -1.0)):  # lesson 1: the guide's a = 1, b = −2, c = −1
        tab.network.weight_edited.emit(0, 0, col, value)
    click(qtbot, tab, "classifyStartButton")
    assert message(tab).startswith("Training from the weights shown")
    wait_done(qtbot, tab)
    assert tab.loss_plot.train.values[0] == pytest.approx(1.30)  # the guide's weights, not the seed's
    assert tab.param_plot.steps.values[0] == 0  # the parameter curves start at the first weights
    assert [b.values[0] for b in tab.param_plot.values] == [1.0, -2.0, -1.0]
    assert message(tab).startswith("Done: loss ") and "after the last update, accuracy " in message(tab)
    assert "Result" not in message(tab)
    click(qtbot, tab, "classifyStartButton")  # after a run: a fresh start from the seed's weights
    assert message(tab) == "Training…"
    wait_done(qtbot, tab)
    assert tab.loss_plot.train.values[0] == pytest.approx(1.8075790074118432)


def test_a_loaded_checkpoint_is_trained_on_and_a_new_seed_starts_afresh(tab, qtbot, tmp_path):
    choose_preset(tab, "guide-linear")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(30)
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    last = float(tab.loss_plot.train.values[-1])
    assert tab.save_to(tmp_path / "net.ckpt")
    choose_preset(tab, "guide-linear")
    assert tab.load_from(tmp_path / "net.ckpt")
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    assert tab.loss_plot.train.values[0] <= last  # on from the checkpoint, not from the start
    widget(tab, QSpinBox, "classifySeedSpin").setValue(3)
    click(qtbot, tab, "classifyStartButton")
    assert message(tab) == "Training…"
    wait_done(qtbot, tab)


def fake_run(monkeypatch, reports):
    """Start's worker yields these Progress reports (as the core would) instead of training."""
    from gradlab.ui.classify import running
    from gradlab.ui.classify.runs import Report

    def run(setup, points, inbox, extent, start, **_):
        for progress in reports:
            yield Report(progress)

    monkeypatch.setattr(running, "training_reports", run)


def progress(step, total=1000, warning="", done=False, rate=0.0, result=""):
    from gradlab.classify.training import Progress

    return Progress(
        step,
        total,
        step,
        [0.5],
        [0.5],
        [],
        [],
        0.01,
        None,
        warning=warning,
        done=done,
        steps_per_second=rate,
        result=result,
    )


def test_a_warning_that_the_run_recovered_from_is_not_left_standing(tab, qtbot, monkeypatch):
    died = "the gradients of the first layers have died out"
    end = "Result: loss 0.0 accuracy 1.0"
    reports = [progress(100, warning=died), progress(300), progress(1000, done=True, result=end)]
    fake_run(monkeypatch, reports)
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    assert message(tab).startswith("Done: loss 0 after the last update, accuracy 100%")
    assert died not in message(tab)
    assert message(tab).endswith("At step 100 the gradients had died out; they recovered by step 300.")
    fake_run(monkeypatch, [progress(100, warning=died), progress(1000, warning=died, done=True, result=end)])
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    assert message(tab).endswith(f"⚠ {died}")  # still dead at the end: said as it is


def test_the_first_report_gives_a_rate_and_no_time_left_yet(tab, qtbot, monkeypatch):
    import threading

    from gradlab.ui.classify import running
    from gradlab.ui.classify.runs import Report

    go_on = threading.Event()

    def run(setup, points, inbox, extent, start, **_):  # start-up took 1 s; the first 5 steps: 400/s
        yield Report(progress(5, total=2000, rate=400.0))
        go_on.wait(10)
        yield Report(progress(2000, total=2000, done=True))

    monkeypatch.setattr(running, "training_reports", run)
    click(qtbot, tab, "classifyStartButton")
    rate = widget(tab, QLabel, "classifyRateLabel")
    qtbot.waitUntil(lambda: rate.text().startswith("step 5 of 2,000"), timeout=5000)
    assert rate.text() == "step 5 of 2,000 · 400 steps/s"  # the rate from the first step; no time left yet
    assert tab.rate_and_left(5, 2000) == (400.0, None)
    go_on.set()
    wait_done(qtbot, tab)


def test_a_linear_model_on_points_no_line_separates_says_so(tab, qtbot):
    choose_preset(tab, "xor-neuron")
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    assert "no straight line separates these points" in message(tab)
    choose_preset(tab, "guide-linear")
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    assert "straight line" not in message(tab) and "grew" not in message(tab)
    choose_preset(tab, "circle")
    widget(tab, QComboBox, "classifyModelCombo").setCurrentIndex(
        widget(tab, QComboBox, "classifyModelCombo").findData("linear")
    )
    type_into(qtbot, widget(tab, QLineEdit, "classifyLrEdit"), "1e6")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(30)
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    assert "the loss grew from" in message(tab) and "the learning rate is too large" in message(tab)


def test_a_change_of_language_renames_the_form_without_an_exception(qtbot):
    """As the app makes it: the tab made when first shown (the fixture makes every tab at once)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    application()
    window = MainWindow(remember=False)
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.classify_tab)
    tab = window.classify_tab
    qtbot.waitUntil(lambda: tab.ready, timeout=60_000)
    try:
        with qtbot.captureExceptions() as exceptions:  # the saved labels' "already deleted", if any
            window.switch_language("zh_TW")
            QCoreApplication.sendPostedEvents()
            QApplication.processEvents()
        assert not exceptions, exceptions
        form = tab.form.layout()
        assert form.labelForField(tab.form.rows["data"]).text() == "資料集"
    finally:
        window.switch_language("en")
        QCoreApplication.sendPostedEvents()
        tab.shutdown()
        window.pages.make_all()
        window.close()


def test_the_combos_name_what_the_model_holds_and_a_session_keeps_no_path(window, tab, qtbot, tmp_path):
    import json

    data, preset = widget(tab, QComboBox, "classifyDataCombo"), widget(tab, QComboBox, "classifyPresetCombo")
    choose_preset(tab, "circle")
    assert (data.currentText(), preset.currentText()) == ("Circle", tab.form.preset.currentText())
    assert preset.currentData() == "circle"
    good = tmp_path / "pets.csv"
    good.write_text("x1,x2,label\n0,0,cat\n1,1,dog\n0,1,cat\n1,0,dog\n")
    assert load_csv(qtbot, tab, good)
    assert data.currentText() == "From file pets.csv" and preset.currentText() == "Custom"
    path = tmp_path / "class.gradlab"
    assert window.save_session_to(path)
    saved = path.read_text()
    assert str(tmp_path) not in saved and json.loads(saved)  # the file's name and points only
    choose_preset(tab, "guide-linear")
    assert window.open_session_from(path)
    assert data.currentText() == "From file pets.csv" and len(tab.settings.points) == 4
    type_into(qtbot, widget(tab, QLineEdit, "classifyLrEdit"), "0.5")
    assert preset.currentText() == "Custom"
    choose_preset(tab, "spiral")
    tab.plane.add_requested.emit(0.1, 0.2, 1)
    assert data.currentText() == "Edited points" and preset.currentText() == "Custom"
    data.setCurrentIndex(data.findData("moons"))  # the student picks a set: its own points
    assert data.currentText() == "Moons" or data.currentData() == "moons"
    assert data.findData("") == -1  # no "Edited points" entry left over


def test_every_action_that_works_replaces_an_old_message(tab, qtbot):
    choose_preset(tab, "guide-linear")
    type_into(qtbot, widget(tab, QLineEdit, "classifyLrEdit"), "-1")
    assert message(tab).startswith("✗")
    type_into(qtbot, widget(tab, QLineEdit, "classifyLrEdit"), "0.1")
    assert message(tab) == ""
    tab.files.load_from("/nonexistent/net.ckpt")
    assert message(tab).startswith("✗")
    tab.plane.add_requested.emit(0.5, 0.5, 1)
    assert message(tab) == ""  # the red message went with the edit that worked
    assert tab.undo_points() and tab.undo_points() is False
    assert message(tab) == "There is no point edit to undo."
    tab.plane.add_requested.emit(0.5, 0.5, -1)
    assert message(tab) == ""
    # undo says what it put back
    choose_preset(tab, "circle")
    data = widget(tab, QComboBox, "classifyDataCombo")
    data.setCurrentIndex(data.findData("moons"))
    assert tab.undo_points()
    assert message(tab) == "Undone: the data set back to Circle." and data.currentData() == "circle"
    widget(tab, QSpinBox, "classifyCountSpin").setValue(100)
    assert tab.undo_points() and message(tab) == "Undone: the point count back to 200."
    tab.plane.add_requested.emit(0.5, 0.5, 1)
    assert tab.undo_points() and message(tab) == "Point edit undone."


def test_a_big_network_asks_before_it_replaces_the_graph_tabs_graph(window, tab, qtbot, monkeypatch):
    choose_preset(tab, "spiral")  # 2-16-16-16-1: about 1,790 nodes for one point
    before = window.graph_tab.document.session_part()
    asked = []
    monkeypatch.setattr(tab, "confirm_big_graph", lambda size: asked.append(size) or False)
    tab.plane.open_point_requested.emit(0)
    assert asked and asked[0] > 1000
    assert message(tab) == "Not opened: the Graph tab keeps its graph."
    assert window.graph_tab.document.session_part() == before  # the student's graph is kept
    monkeypatch.setattr(tab, "confirm_big_graph", lambda size: True)
    with qtbot.waitSignal(tab.open_in_graph, timeout=5000):
        tab.plane.open_point_requested.emit(0)
    assert window.graph_tab.document.can_undo  # as the question says: Undo there brings the old one back
    window.graph_tab.undo()
    assert window.graph_tab.document.session_part() == before
    choose_preset(tab, "xor-2layer")  # a small one opens without a question
    monkeypatch.setattr(tab, "confirm_big_graph", lambda size: pytest.fail("asked about a small graph"))
    with qtbot.waitSignal(tab.open_in_graph, timeout=5000):
        tab.plane.open_point_requested.emit(0)


def test_the_curves_are_keyed_above_the_plots_and_the_parameters_named_on_hover(tab, qtbot):
    choose_preset(tab, "guide-linear")
    widget(tab, QSpinBox, "classifyStepsSpin").setValue(50)
    click(qtbot, tab, "classifyStartButton")
    wait_done(qtbot, tab)
    for plot in (tab.loss_plot, tab.accuracy_plot):
        assert plot.getPlotItem().legend is None  # no legend box over the curves
        assert "train" in plot.getPlotItem().titleLabel.text and "test" in plot.key
    low, high = tab.accuracy_plot.getPlotItem().vb.viewRange()[1]
    assert high > 100  # 100 % sits below the top edge: its tick label whole
    tab.views.setCurrentIndex(1)
    qtbot.waitUntil(tab.param_plot.isVisible)
    plot = tab.param_plot
    assert plot.steps.values[0] == 0 and plot.names == ["a", "b", "c"]
    c_first = plot.values[2].values[0]
    assert plot.name_at(0, c_first).startswith("c = ")
    center = plot.getPlotItem().vb.mapViewToScene(pg_point(0, c_first))
    plot._hovered(center)
    assert plot.toolTip().startswith("c = ") and "at step 0" in plot.toolTip()
    tab.show_run_for_screenshot(steps=3)  # the README's picture says the student's line too
    assert message(tab).startswith("Done: loss ") and "Result" not in message(tab)


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_a_run_that_ends_after_someone_else_set_torchs_thread_count_leaves_theirs():
    import torch

    from gradlab.classify.settings import ClassifySettings
    from gradlab.classify.setup import Setup
    from gradlab.ui.classify.runs import Inbox, live_training

    settings = ClassifySettings(Setup(data="xor", model="guide2layer", steps=10**6))
    before = torch.get_num_threads()
    try:
        torch.set_num_threads(2)
        run = live_training(settings.to_setup(), settings.points, Inbox(), (-1, 1, -1, 1))
        next(run)
        torch.set_num_threads(3)  # a fixture's teardown, say, while the run still goes on
        run.close()
        assert torch.get_num_threads() == 3
    finally:
        torch.set_num_threads(before)
