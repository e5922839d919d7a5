"""gradlab's engine trains beside a torch twin from the same start: both losses, side by side."""

from __future__ import annotations

import dataclasses

import pytest

pytest.importorskip("torch")


def _run(setup):
    from gradlab.classify.datasets import make_points
    from gradlab.classify.training import train

    points = make_points(setup.data, setup.count, setup.seed, setup.noise)
    losses, twins, last = [], [], None
    for progress in train(setup, points):
        losses += progress.losses
        twins += progress.twin_losses
        last = progress
    return losses, twins, last


def test_the_engine_and_its_torch_twin_give_the_same_loss_at_every_step(one_thread):
    from gradlab.classify.setup import PRESETS

    setup = dataclasses.replace(PRESETS["micrograd-moons"], steps=8)
    losses, twins, last = _run(setup)
    assert len(losses) == len(twins) == 8
    assert max(abs(a - b) for a, b in zip(losses, twins)) < 1e-9
    assert last.largest_difference == max(abs(a - b) for a, b in zip(losses, twins))
    assert losses[-1] < losses[0]  # it trains: the two are not both stuck at the start
    # and the twin is the torch engine's own run of the set-up
    torch_losses, torch_twins, torch_last = _run(dataclasses.replace(setup, engine="torch"))
    assert max(abs(a - b) for a, b in zip(losses, torch_losses)) < 1e-9
    assert torch_twins == [] and torch_last.largest_difference != torch_last.largest_difference  # nan


def test_the_twin_follows_weights_typed_during_the_run(one_thread):
    from gradlab.classify.datasets import make_points
    from gradlab.classify.setup import PRESETS
    from gradlab.classify.training import train

    setup = dataclasses.replace(PRESETS["guide-linear"], engine="gradlab", steps=6)
    points = make_points(setup.data, setup.count, setup.seed, setup.noise)
    run = train(setup, points, report_every=0.0)
    first = next(run)
    new = run.send({"weights": [([[1.0, -2.0]], [-1.0])]})
    losses, twins = list(first.losses + new.losses), list(first.twin_losses + new.twin_losses)
    for progress in run:
        losses += progress.losses
        twins += progress.twin_losses
    assert max(abs(a - b) for a, b in zip(losses, twins)) < 1e-9


def test_the_tab_shows_the_two_engines_side_by_side(make_main_window, qtbot, one_thread):
    from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

    from .conftest import click, widget

    window = make_main_window()
    tab = window.classify_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.ready, timeout=60_000)
    combo = widget(tab, QComboBox, "classifyPresetCombo")
    combo.setCurrentIndex(combo.findData("micrograd-moons"))
    combo.activated.emit(combo.currentIndex())
    steps = widget(tab, QSpinBox, "classifyStepsSpin")
    steps.setValue(4)
    steps.editingFinished.emit()
    click(qtbot, tab, "classifyStartButton")
    qtbot.waitUntil(lambda: not tab.running, timeout=30_000)
    try:
        assert tab.loss_plot.train.size == tab.loss_plot.twin.size == 4
        assert abs(tab.loss_plot.train.values - tab.loss_plot.twin.values).max() < 1e-9
        assert tab.loss_plot.twin_curve.getData()[0] is not None
        assert "torch, same start" in tab.loss_plot.key  # the dotted curve is named in the key
        text = widget(tab, QLabel, "classifyMessage").text()
        assert "gradlab's engine and torch, from the same start" in text
    finally:
        tab.shutdown()


def test_a_zoomed_plane_gets_a_map_of_what_it_shows_and_a_new_run_fits_again(
    make_main_window, qtbot, one_thread
):
    """The plane's map follows a zoom (after a run, and during one), and Start shows all the points again."""
    from .conftest import click

    window = make_main_window()
    tab = window.classify_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.ready, timeout=60_000)
    try:
        click(qtbot, tab, "classifyStartButton")
        qtbot.waitUntil(lambda: not tab.running, timeout=30_000)
        home = tab.extent
        box = tab.plane.plot.getViewBox()
        with qtbot.waitSignal(tab.plane.extent_changed, timeout=5_000):
            box.scaleBy((0.25, 0.25))  # zoomed in, as the wheel does
            box.sigRangeChangedManually.emit(box.state["mouseEnabled"])
        assert tab.extent != home
        assert home[0] < tab.extent[0] < tab.extent[1] < home[1]
        assert tab.plane.extent == pytest.approx(tab.extent)  # the map drawn is over what is shown
        click(qtbot, tab, "classifyStartButton")
        assert tab.extent == home  # a new run: the whole of its points again
        qtbot.waitUntil(lambda: not tab.running, timeout=30_000)
        shown = tab.plane.shown_extent()
        assert abs(shown[0] - home[0]) < 1e-6 * max(1.0, abs(home[0])) and abs(
            shown[1] - home[1]
        ) < 1e-6 * max(1.0, abs(home[1]))
    finally:
        tab.shutdown()
