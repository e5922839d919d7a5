"""Light and dark themes: the palette, and every plot and the graph canvas following it.

Each test puts the light theme back at its end, so the other tests see the usual colours.
"""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gradlab.graph.presets import net1
from gradlab.ui import theme
from gradlab.ui.app import application
from gradlab.ui.descent.plots import FunctionMap, LossPlot
from gradlab.ui.graph.canvas import GraphCanvas
from gradlab.ui.graph.panels import DescentPanel
from gradlab.ui.regression.plots import FitPlot, LossHistoryPlot, ParameterPlot

DARK, LIGHT = theme.plot_colors("dark"), theme.plot_colors("light")


@pytest.fixture(autouse=True)
def light_again(qtbot):
    """The application, and the light theme restored after the test whatever it did."""
    application()
    yield
    theme.apply("light")


def lightness(colour) -> int:
    return QColor(colour).lightness()


def background(plot: pg.PlotWidget) -> int:
    return lightness(plot.backgroundBrush().color())


def assert_plot_in(plot: pg.PlotWidget, colors: theme.PlotColors) -> None:
    assert plot.backgroundBrush().color() == QColor(colors.background)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        assert axis.pen().color() == QColor(colors.foreground)
        assert axis.textPen().color() == QColor(colors.foreground)


def test_dark_then_light_recolours_plots_made_before_and_after_the_switch(qtbot):
    before = LossPlot()
    qtbot.addWidget(before)
    assert theme.apply("dark") == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    after = FitPlot()
    qtbot.addWidget(after)
    for plot in (before, after):
        assert background(plot) < 100
        assert lightness(plot.getAxis("left").pen().color()) > 150
        assert_plot_in(plot, DARK)
    assert theme.current() == "dark"

    assert theme.apply("light") == "light"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    for plot in (before, after):
        assert background(plot) > 200
        assert_plot_in(plot, LIGHT)
    assert theme.current() == "light"


def test_curves_legends_and_markers_take_the_theme_colours(qtbot):
    fit, params, losses, descent = FitPlot(), ParameterPlot(), LossHistoryPlot(), LossPlot()
    for widget in (fit, params, losses, descent):
        qtbot.addWidget(widget)
    params.reset(["1", "x"], {"1": 0.0, "x": 1.0})
    losses.mark(10, "lr → 0.1")
    theme.apply("dark")
    assert fit.fit.opts["pen"].color() == QColor(DARK.fit)
    assert params.curves["x"].opts["pen"].color() == QColor(DARK.curves[1])
    assert params.truths["x"].pen.color() == QColor(DARK.curves[1])
    assert losses.curve.opts["pen"].color() == QColor(DARK.accent)
    assert losses.markers[0].pen.color() == QColor(DARK.marker)
    for _sample, label in fit.getPlotItem().legend.items:
        assert DARK.foreground in label.item.toHtml().lower()
    # a run started after the switch draws in the dark theme's colours too
    params.reset(["1"], {})
    assert params.curves["1"].opts["pen"].color() == QColor(DARK.curves[0])
    theme.apply("light")
    assert fit.fit.opts["pen"].color() == QColor(LIGHT.fit)
    assert params.curves["1"].opts["pen"].color() == QColor(LIGHT.curves[0])


def test_black_lines_become_light_on_dark(qtbot):
    """f(x) in one variable is drawn near-black on white and near-white on the dark background."""
    assert lightness(LIGHT.line) < 100 and lightness(DARK.line) > 180
    for colors in (LIGHT, DARK):
        for colour in [*colors.optimizers.values(), *colors.curves, colors.accent, colors.fit, colors.line]:
            # every curve stands out from its background: a lightness gap of at least 60 of 255
            assert abs(lightness(colour) - lightness(colors.background)) >= 60, colour
    assert set(LIGHT.optimizers) == set(DARK.optimizers)


def test_the_graph_canvas_follows(qtbot):
    canvas = GraphCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(500, 300)
    canvas.set_graph(net1())
    canvas.show_walk(None)
    canvas.show()
    qtbot.waitExposed(canvas)
    theme.apply("dark")
    dark = theme.canvas_colors("dark")
    assert canvas.backgroundBrush().color() == dark.background
    assert all(node.colors is dark for node in canvas.nodes.values())
    assert all(edge.pen().color() == dark.edge for edge in canvas.edges.values())
    corner = canvas.grab().toImage().pixelColor(3, 3)
    assert corner.lightness() < 100
    later = GraphCanvas()  # made after the switch
    qtbot.addWidget(later)
    assert later.backgroundBrush().color() == dark.background

    theme.apply("light")
    light = theme.canvas_colors("light")
    assert canvas.backgroundBrush().color() == light.background
    assert all(edge.pen().color() == light.edge for edge in canvas.edges.values())
    assert canvas.grab().toImage().pixelColor(3, 3).lightness() > 200


def test_every_plot_in_the_main_window_follows(make_main_window):
    window = make_main_window()
    plots = window.findChildren(pg.PlotWidget)
    assert len(plots) >= 6  # the descent map and losses, three regression plots, the graph's descent plot
    theme.apply("dark")
    for plot in plots:
        assert background(plot) < 100, plot.objectName()
        assert lightness(plot.getAxis("bottom").textPen().color()) > 150, plot.objectName()
    assert lightness(window.findChild(GraphCanvas).backgroundBrush().color()) < 100
    theme.apply("light")
    for plot in plots:
        assert background(plot) > 200, plot.objectName()


def test_the_graph_tabs_descent_plot_and_the_map_follow(qtbot):
    panel, function_map = DescentPanel(), FunctionMap()
    qtbot.addWidget(panel)
    qtbot.addWidget(function_map)
    theme.apply("dark")
    assert_plot_in(panel.plot, DARK)
    assert panel.curve.opts["pen"].color() == QColor(DARK.accent)
    assert_plot_in(function_map, DARK)


def test_changed_is_emitted_with_the_effective_theme(qtbot):
    with qtbot.waitSignal(theme.theme_notifier().changed) as blocker:
        theme.apply("dark")
    assert blocker.args == ["dark"]
    assert theme.chosen() == "dark"
    assert QApplication.style().name().lower() == "fusion"


def test_system_follows_the_desktops_colour_scheme(qtbot, monkeypatch):
    plot = LossPlot()
    qtbot.addWidget(plot)
    monkeypatch.setattr(theme, "_system_scheme", lambda: Qt.ColorScheme.Unknown)
    assert theme.effective("system") == "light"  # a platform that does not say: light
    assert theme.apply("system") == "light"
    monkeypatch.setattr(theme, "_system_scheme", lambda: Qt.ColorScheme.Dark)
    assert theme.effective("system") == "dark"
    with qtbot.waitSignal(theme.theme_notifier().changed):
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert background(plot) < 100
    # a theme chosen explicitly stays, whatever the desktop does
    theme.apply("light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert background(plot) > 200


def test_an_unknown_theme_is_refused_and_nothing_changes(qtbot):
    theme.apply("dark")
    with pytest.raises(ValueError, match="unknown theme 'blue'"):
        theme.apply("blue")
    with pytest.raises(ValueError):
        theme.effective("Dark")
    assert theme.current() == "dark" and theme.chosen() == "dark"


def test_the_saved_choice(qtbot):
    from PySide6.QtCore import QSettings

    assert theme.saved() == "system"
    QSettings().setValue(theme.SETTINGS_KEY, "dark")
    assert theme.saved() == "dark"
    QSettings().setValue(theme.SETTINGS_KEY, "purple")
    assert theme.saved() == "system"
