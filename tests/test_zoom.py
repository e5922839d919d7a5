"""View → Zoom In / Zoom Out / Actual Size: every text and picture scales, from the menu and the keys;
the choice is remembered; at 200% on a 1280×800 screen each tab's primary actions stay in reach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from .conftest import in_reach, type_into, widget
from .test_graph_tab import PRIMARY as GRAPH_PRIMARY

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(make_main_window):
    from gradlab.ui import zoom

    window = make_main_window()
    yield window
    zoom.apply(1.0)  # the next test starts at 100%, whatever this one did
    window.language.switch("en")
    QApplication.processEvents()  # the plots' legends are checked once in the next turn


def action(window, name) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_steps_and_their_ends(qapp):
    from gradlab.ui import zoom

    assert zoom.STEPS == (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)
    assert zoom.larger(1.0) == 1.25 and zoom.larger(2.0) == 2.5 and zoom.larger(2.5) is None
    assert zoom.smaller(2.5) == 2.0 and zoom.smaller(1.25) == 1.0 and zoom.smaller(1.0) is None
    assert zoom.percent(1.75) == 175
    before = zoom.factor()
    with pytest.raises(ValueError):
        zoom.apply(1.1)
    assert zoom.factor() == before


def test_a_saved_zoom_that_is_not_a_step_is_100_percent(qapp):
    from gradlab.ui import zoom

    for stored in ("3", "banana", "0.5", ""):
        QSettings().setValue(zoom.SETTINGS_KEY, stored)
        assert zoom.saved() == 1.0
    QSettings().setValue(zoom.SETTINGS_KEY, 1.75)
    assert zoom.saved() == 1.75


def font_sizes(window) -> dict[str, float]:
    """The size of every kind of text in the window, in points (pixels for the network's titles)."""
    descent, graph, classify = window.descent_tab, window.graph_tab, window.classify_tab
    lesson = graph.lesson
    map_axis = widget(descent, QWidget, "descentMap").getPlotItem().getAxis("bottom")
    legend = widget(descent, QWidget, "descentLossPlot").getPlotItem().legend
    tick_font = map_axis.style["tickFont"]
    return {
        "application": QApplication.font().pointSizeF(),
        "button": widget(graph, QAbstractButton, "graphStepForwardButton").font().pointSizeF(),
        "graph log (fixed width)": widget(graph, QPlainTextEdit, "graphLog").font().pointSizeF(),
        "descent log (fixed width)": widget(descent, QPlainTextEdit, "descentLog").font().pointSizeF(),
        "lesson text": lesson.browser.document().defaultFont().pointSizeF(),
        "lesson's torch output": lesson.try_output.font().pointSizeF(),
        "tinted note": next(w for w in descent.findChildren(QLabel) if w.property("gradlabTint"))
        .font()
        .pointSizeF(),
        "tick labels": tick_font.pointSizeF() if tick_font is not None else QApplication.font().pointSizeF(),
        "axis title": float(
            map_axis.labelStyle.get("font-size", f"{QApplication.font().pointSizeF()}pt")[:-2]
        ),
        "legend": float(legend.opts["labelTextSize"][:-2]),
        "network titles": classify.network.canvas._title_font().pixelSize(),
    }


def test_zoom_in_doubles_every_text_and_actual_size_restores_it(window, qtbot):
    from gradlab.ui import zoom

    before = font_sizes(window)
    for _ in range(4):
        action(window, "zoomInAction").trigger()
    assert zoom.factor() == 2.0 and "200%" in window.statusBar().currentMessage()
    after = font_sizes(window)
    for name, size in before.items():
        assert after[name] == pytest.approx(2 * size, abs=0.51), name
    legend = widget(window.descent_tab, QWidget, "descentLossPlot").getPlotItem().legend
    assert all(f"{after['legend']:g}pt" in label.item.toHtml() for _, label in legend.items)
    action(window, "zoomResetAction").trigger()
    assert zoom.factor() == 1.0 and font_sizes(window) == before


def test_the_graph_canvas_draws_its_boxes_larger(window, qtbot):
    """A one-box graph is drawn at the canvas's largest scale: 1.4 at 100%, twice that at 200%."""
    tab = window.graph_tab
    type_into(qtbot, widget(tab, QLineEdit, "graphExpressionEdit"), "x", enter=False)
    type_into(qtbot, widget(tab, QLineEdit, "graphValuesEdit"), "x=1")
    qtbot.waitUntil(lambda: len(tab.canvas.nodes) == 1)
    assert tab.canvas.transform().m11() == pytest.approx(1.4)
    window.set_zoom(2.0)
    assert tab.canvas.transform().m11() == pytest.approx(2.8)
    window.set_zoom(1.0)
    assert tab.canvas.transform().m11() == pytest.approx(1.4)


def test_the_network_views_titles_and_their_room_grow(window, qtbot):
    canvas = window.classify_tab.network.canvas
    qtbot.waitUntil(
        lambda: window.classify_tab.ready and len(canvas.rows) > 0, timeout=60_000
    )  # torch, then drawn
    header = canvas.header()
    window.set_zoom(1.5)
    assert canvas.header() == pytest.approx(1.5 * header) and canvas._title_font().pixelSize() == round(
        1.5 * 11
    )
    assert min(top for rows in canvas.rows for top in rows[:, 1]) >= canvas.header()  # boxes under the titles


def test_a_widget_made_while_zoomed_is_shown_zoomed(window):
    """A fixed-width pane made at 175% (an examples dialog's source, say) is 1.75 times its usual size."""
    from gradlab.ui import zoom
    from gradlab.ui.widgets import monospace

    usual = monospace().font().pointSizeF()
    window.set_zoom(1.75)
    assert monospace().font().pointSizeF() == pytest.approx(1.75 * usual)
    assert zoom.factor() == 1.75


def test_the_zoom_keys_work_wherever_the_focus_is(window, qtbot):
    from gradlab.ui import zoom

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key.Key_Equal, CTRL)
        assert zoom.factor() == 1.25, window.tabs.tabText(index)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Plus, CTRL)
        assert zoom.factor() == 1.5
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Minus, CTRL)
        assert zoom.factor() == 1.25
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_0, CTRL | SHIFT)
        assert zoom.factor() == 1.0


def test_ctrl_minus_on_the_plane_zooms_and_adds_no_point(window, qtbot):
    """The plane takes + and − to add points; with Ctrl they are the window's zoom."""
    from gradlab.ui import zoom

    window.tabs.setCurrentWidget(window.classify_tab)
    plane = window.classify_tab.plane
    plane.setFocus()
    qtbot.waitUntil(plane.hasFocus)
    with qtbot.assertNotEmitted(plane.add_requested):
        qtbot.keyClick(plane, Qt.Key.Key_Equal, CTRL)
        assert zoom.factor() == 1.25
        qtbot.keyClick(plane, Qt.Key.Key_Minus, CTRL)
        assert zoom.factor() == 1.0
    with qtbot.waitSignal(plane.add_requested) as added:
        qtbot.keyClick(plane, Qt.Key.Key_Minus)  # without Ctrl, still a point of class −1
    assert added.args[2] == -1


def test_the_menu_the_limits_and_the_keys_list(window):
    from gradlab.ui import zoom

    names = [a.objectName() for a in window.findChild(QWidget, "viewMenu").actions()]
    assert {"zoomInAction", "zoomOutAction", "zoomResetAction"} <= set(names)
    zoom_in, zoom_out, reset = (
        action(window, n) for n in ("zoomInAction", "zoomOutAction", "zoomResetAction")
    )
    assert zoom_in.isEnabled() and not zoom_out.isEnabled() and not reset.isEnabled()  # at 100%
    window.set_zoom(2.5)
    assert not zoom_in.isEnabled() and zoom_out.isEnabled() and reset.isEnabled()
    zoom_in.trigger()  # disabled: nothing happens
    assert zoom.factor() == 2.5
    rows = {(where, what, keys) for where, what, keys in window.shortcuts()}
    assert {("Window", "Zoom In", "Ctrl+="), ("Window", "Zoom In", "Ctrl++")} <= rows
    assert {("Window", "Zoom Out", "Ctrl+-"), ("Window", "Actual Size", "Ctrl+Shift+0")} <= rows
    assert ("Graph", "Fit", "Ctrl+0") in rows  # the key Actual Size leaves to the Graph tab
    keys = [keys for _, _, keys in window.shortcuts()]
    for shortcut in ("Ctrl+=", "Ctrl++", "Ctrl+-", "Ctrl+Shift+0"):
        assert keys.count(shortcut) == 1, shortcut  # no other action of the window or a tab takes it


def test_the_zoom_is_remembered(make_main_window):
    from gradlab.ui import zoom

    first = make_main_window()
    try:
        action(first, "zoomInAction").trigger()
        action(first, "zoomInAction").trigger()
        assert QSettings().value(zoom.SETTINGS_KEY, type=float) == 1.5
        first.close()
        zoom.apply(1.0)
        make_main_window()  # the next start
        assert zoom.factor() == 1.5
        assert QApplication.font().pointSizeF() == pytest.approx(1.5 * zoom._base_font.pointSizeF())
    finally:
        zoom.apply(1.0)


PRIMARY = {
    "graph": GRAPH_PRIMARY,  # the Graph tab's own reach test's
    "descent": ["descentPlayButton", "descentStepButton", "descentResetButton"],
    "regression": ["regressionStartButton", "regressionPauseButton", "regressionStopButton"],
    "classify": ["classifyStartButton", "classifyPauseButton", "classifyStopButton"],
}


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("name", list(PRIMARY))
def test_primary_actions_are_in_reach_at_200_percent(window, qtbot, name, language):
    """On a 1280×800 screen at 200%: the window stays on the screen, no primary button cut or hidden."""
    window.language.switch(language)
    window.set_zoom(2.0)
    window.resize(1280, 800)
    tab = window.pages.get(name)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1280, 800))
    if hasattr(tab, "ready"):
        qtbot.waitUntil(lambda: tab.ready, timeout=60_000)
    screen = window.screen().availableGeometry()
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.minimumSizeHint().height() <= screen.height()
    for button_name in PRIMARY[name]:
        button = widget(tab, QAbstractButton, button_name)
        qtbot.waitUntil(lambda button=button: in_reach(button))
        assert button.visibleRegion().boundingRect() == button.rect(), button_name  # nothing covers it
        assert button.sizeHint().width() <= button.width(), button_name  # its text is not cut


def test_a_small_plot_labels_fewer_ticks_when_zoomed(window, qtbot):
    """At 100% pyqtgraph's own spacing; at 200% the labelled step widens until the labels fit."""
    from gradlab.ui.plots import ThemedPlot

    plot = ThemedPlot()
    qtbot.addWidget(plot)
    plot.resize(250, 120)
    axis = plot.getPlotItem().getAxis("bottom")
    assert axis.tickSpacing(0, 1, 250)[0][0] == pytest.approx(0.2)
    window.set_zoom(2.0)
    major = axis.tickSpacing(0, 1, 250)[0][0]
    label = axis.style["tickFont"].pointSizeF() * 96 / 72 * 2.5  # "0.5" at the axis's zoomed font, in pixels
    assert major in (0.5, 1.0) and (1 / major) * label <= 250
    window.set_zoom(1.0)
    assert axis.tickSpacing(0, 1, 250)[0][0] == pytest.approx(0.2)
