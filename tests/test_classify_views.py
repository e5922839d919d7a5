"""The Neural Network tab's two pictures: the plane (map, boundary, points, pulls) and the network.

Driven the way a student uses them: the mouse on the plot at a point's place, the keyboard, hovering
and double-clicking the network's lines; every interaction is checked by the signal it emits.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from gradlab.ui import theme
from gradlab.ui.app import application
from gradlab.ui.classify import palette
from gradlab.ui.classify.isolines import iso_lines
from gradlab.ui.classify.network import NetworkView
from gradlab.ui.classify.plane import MAX_DRAWN_POINTS, PULL_SHARE, PlaneView

XS = np.linspace(-3, 3, 100)
YS = np.linspace(-3, 3, 100)
GRID_X, GRID_Y = np.meshgrid(XS, YS)
POINTS = np.array([[1.0, 1.0], [-1.0, -1.0], [2.0, -2.0], [-2.0, 2.0], [0.5, -1.5]])
LABELS = np.array([1, -1, 1, -1, 1])


@pytest.fixture
def plane(qtbot):
    application()
    view = PlaneView()
    qtbot.addWidget(view)
    view.resize(500, 460)
    view.set_map(XS, YS, GRID_X + 0.5 * GRID_Y, 0.0, True)
    view.set_points(POINTS, LABELS, np.array([False, False, False, False, True]))
    view.show()
    qtbot.waitExposed(view)
    return view


def at(plane: PlaneView, x: float, y: float) -> QPoint:
    """Where the data point (x, y) is on the plot's viewport, in its pixels."""
    return plane.plot.mapFromScene(plane.scene_position(x, y))


def click(qtbot, plane, x, y, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(plane.plot.viewport(), button, modifier, at(plane, x, y))


def send_mouse(target: QWidget, kind, pos: QPoint, buttons) -> None:
    """A mouse event with the buttons held (a drag's moves need them; QTest's moves carry none)."""
    button = Qt.MouseButton.LeftButton if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(target.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def drawn(curve) -> int:
    """How many points a curve item is given (none: None or an empty array)."""
    x = curve.getData()[0]
    return 0 if x is None else len(x)


def test_a_left_click_on_empty_space_asks_for_a_plus_one_point(plane, qtbot):
    with qtbot.waitSignal(plane.add_requested) as blocker:
        click(qtbot, plane, 1.5, 2.5)
    x, y, label = blocker.args
    assert label == 1 and x == pytest.approx(1.5, abs=0.05) and y == pytest.approx(2.5, abs=0.05)


@pytest.mark.parametrize(
    "button, modifier",
    [
        (Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier),
        (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_a_right_or_shift_click_asks_for_a_minus_one_point(plane, qtbot, button, modifier):
    with qtbot.waitSignal(plane.add_requested) as blocker:
        click(qtbot, plane, -1.5, 2.5, button, modifier)
    assert blocker.args[2] == -1 and blocker.args[0] == pytest.approx(-1.5, abs=0.05)
    assert plane.menu is None  # empty space: no point's menu


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_a_click_selects_a_point_and_delete_asks_to_remove_it(plane, qtbot, key):
    with qtbot.assertNotEmitted(plane.add_requested):
        click(qtbot, plane, 2.03, -1.97)  # a few pixels off point 2: still on it
    assert plane.selected == 2 and plane.hasFocus()
    assert plane.plot.selection.data["x"].tolist() == [2.0]
    with qtbot.waitSignal(plane.remove_requested) as blocker:
        qtbot.keyClick(plane, key)
    assert blocker.args == [2] and plane.selected is None
    with qtbot.assertNotEmitted(plane.remove_requested):
        qtbot.keyClick(plane, Qt.Key.Key_Delete)  # nothing selected now


def test_ctrl_z_asks_for_undo(plane, qtbot):
    with qtbot.waitSignal(plane.undo_requested):
        qtbot.keyClick(plane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_arrow_keys_move_the_selection(plane, qtbot):
    qtbot.keyClick(plane, Qt.Key.Key_Right)
    assert plane.selected == 0
    qtbot.keyClick(plane, Qt.Key.Key_Left)
    assert plane.selected == len(POINTS) - 1


def every_move(plane, monkeypatch) -> None:
    """pyqtgraph drops mouse moves closer than 10 ms apart; a hand is slower than this test."""
    monkeypatch.setattr(plane.plot.scene(), "_moveEventIsAllowed", lambda: True)


def test_dragging_a_point_draws_it_moving_and_asks_to_move_it_on_release(plane, qtbot, monkeypatch):
    every_move(plane, monkeypatch)
    viewport = plane.plot.viewport()
    held = Qt.MouseButton.LeftButton
    send_mouse(viewport, QMouseEvent.Type.MouseButtonPress, at(plane, -1.0, -1.0), held)
    send_mouse(viewport, QMouseEvent.Type.MouseMove, at(plane, -0.5, -0.5), held)
    send_mouse(viewport, QMouseEvent.Type.MouseMove, at(plane, 0.0, 0.5), held)
    drawn = plane.plot.dragging.data
    assert len(drawn) == 1 and drawn["x"][0] == pytest.approx(0.0, abs=0.05)
    with qtbot.waitSignal(plane.move_requested) as blocker:
        send_mouse(
            viewport, QMouseEvent.Type.MouseButtonRelease, at(plane, 0.0, 0.5), Qt.MouseButton.NoButton
        )
    index, x, y = blocker.args
    assert index == 1 and x == pytest.approx(0.0, abs=0.05) and y == pytest.approx(0.5, abs=0.05)
    assert len(plane.plot.dragging.data) == 0


def test_dragging_empty_space_pans_and_asks_for_nothing(plane, qtbot, monkeypatch):
    every_move(plane, monkeypatch)
    viewport = plane.plot.viewport()
    before = plane.plot.getViewBox().viewRange()
    held = Qt.MouseButton.LeftButton
    with qtbot.assertNotEmitted(plane.move_requested), qtbot.assertNotEmitted(plane.add_requested):
        send_mouse(viewport, QMouseEvent.Type.MouseButtonPress, at(plane, 0.0, 2.0), held)
        send_mouse(viewport, QMouseEvent.Type.MouseMove, at(plane, 0.5, 2.0), held)
        send_mouse(viewport, QMouseEvent.Type.MouseMove, at(plane, 1.0, 2.0), held)
        send_mouse(
            viewport, QMouseEvent.Type.MouseButtonRelease, at(plane, 1.0, 2.0), Qt.MouseButton.NoButton
        )
    assert plane.plot.getViewBox().viewRange()[0][0] < before[0][0]  # the view moved left
    with qtbot.waitSignal(plane.extent_changed) as asked:  # once it rests: a map over what it shows
        pass
    assert asked.args == pytest.approx(list(plane.shown_extent()))
    assert asked.args[0] < -3


def test_the_view_shows_the_maps_extent_whatever_the_plots_shape(plane, qtbot):
    for size in ((900, 300), (300, 700), (500, 460)):
        plane.resize(*size)
        qtbot.waitUntil(lambda: plane.plot.getViewBox().width() > 0)
        assert plane.shown_extent() == pytest.approx((-3, 3, -3, 3))  # no band without a map


def test_a_zoom_asks_for_a_map_over_what_is_shown_and_keeps_it_fit_and_a_new_run_show_all(plane, qtbot):
    box = plane.plot.getViewBox()
    with qtbot.waitSignal(plane.extent_changed) as asked:
        box.scaleBy((3, 3))  # zoomed out, as the wheel does
        box.sigRangeChangedManually.emit(box.state["mouseEnabled"])
    x0, x1, y0, y1 = asked.args
    assert x0 < -8 and x1 > 8
    xs, ys = np.linspace(x0, x1, 100), np.linspace(y0, y1, 100)
    plane.set_map(xs, ys, np.add.outer(ys, xs), 0.0, True)  # the tab's map for it: the zoom stays
    assert plane.shown_extent() == pytest.approx(asked.args)
    assert plane.plot.image.sceneBoundingRect().contains(plane.plot.getViewBox().sceneBoundingRect())
    assert plane.fit_button.isVisible() and plane.fit_button.toolTip()
    with qtbot.waitSignal(plane.extent_changed) as home:
        qtbot.mouseClick(plane.fit_button, Qt.MouseButton.LeftButton)
    assert home.args == pytest.approx([-3, 3, -3, 3]) and plane.shown_extent() == pytest.approx(home.args)
    box.scaleBy((0.5, 0.5))
    plane.fit_next_map()  # a new run
    plane.set_map(XS, YS, GRID_X, 0.0, True)
    assert plane.shown_extent() == pytest.approx((-3, 3, -3, 3))
    box.scaleBy((0.5, 0.5))
    plane.set_map(XS * 2, YS, GRID_X, 0.0, True)  # a new data set's map
    assert plane.shown_extent() == pytest.approx((-6, 6, -3, 3))


def test_home_fits_and_keys_add_points_at_the_middle_or_beside_the_selected_one(plane, qtbot):
    plane.plot.getViewBox().scaleBy((0.5, 0.5))
    qtbot.keyClick(plane, Qt.Key.Key_Home)
    assert plane.shown_extent() == pytest.approx((-3, 3, -3, 3))
    with qtbot.waitSignal(plane.add_requested) as added:
        qtbot.keyClick(plane, Qt.Key.Key_Plus)
    assert added.args == pytest.approx([0, 0, 1])
    plane.set_points(np.vstack([POINTS, [[0, 0]]]), np.append(LABELS, 1))  # the tab adds it
    assert plane.selected == len(POINTS)  # selected, to move with Shift+arrows
    with qtbot.waitSignal(plane.add_requested) as added:
        qtbot.keyClick(plane, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    assert added.args == pytest.approx([0.24, 0.24, -1])
    with qtbot.waitSignal(plane.add_requested) as added:
        qtbot.keyClick(plane, Qt.Key.Key_Minus)
    assert added.args[2] == -1


@pytest.mark.parametrize("key, dx, dy", [(Qt.Key.Key_Right, 1, 0), (Qt.Key.Key_Down, 0, -1)])
def test_shift_arrows_move_the_selected_point_a_small_step(plane, qtbot, key, dx, dy):
    click(qtbot, plane, 1.0, 1.0)
    with qtbot.waitSignal(plane.move_requested) as moved:
        qtbot.keyClick(plane, key, Qt.KeyboardModifier.ShiftModifier)
    assert moved.args == pytest.approx([0, 1 + 0.12 * dx, 1 + 0.12 * dy])


@pytest.mark.parametrize(
    "key, modifier",
    [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)],
)
def test_the_menu_key_opens_the_selected_points_menu(plane, qtbot, key, modifier):
    qtbot.keyClick(plane, Qt.Key.Key_Right)  # the keyboard selects point 0
    qtbot.keyClick(plane, key, modifier)
    assert plane.menu is not None
    qtbot.waitUntil(plane.menu.isVisible)
    with qtbot.waitSignal(plane.open_point_requested) as opened:
        plane.menu.findChild(QAction, "classifyOpenPointAction").trigger()
    assert opened.args == [0]
    plane.menu.close()


def test_the_legend_wraps_and_the_key_explains_the_colours(plane, qtbot):
    plane.set_points(
        POINTS,
        LABELS,
        np.array([False, False, False, False, True]),
        ("a long class name", "another long one"),
    )
    plane.resize(260, 460)
    qtbot.waitUntil(lambda: plane.legend.width() < 260)
    assert plane.legend.wordWrap() and "hollow: test points" in plane.legend.toolTip()
    assert plane.legend.heightForWidth(plane.legend.width()) <= plane.legend.height()  # all of it shows
    assert "boundary" in plane.key.text() and "orange" in plane.key.text()
    assert plane.key.is_cut() == (plane.key.toolTip() == plane.key.text()) or not plane.key.is_cut()
    assert plane.colour_bar.isVisible() and "blue" in plane.colour_bar.toolTip()
    assert plane.minimumSizeHint().width() < 260  # never widens the window


@pytest.mark.parametrize(
    "action, signal",
    [("classifyOpenPointAction", "open_point_requested"), ("classifyRemovePointAction", "remove_requested")],
)
def test_a_right_click_on_a_point_offers_the_graph_tab_and_removal(plane, qtbot, action, signal):
    with qtbot.assertNotEmitted(plane.add_requested):
        click(qtbot, plane, 1.0, 1.0, Qt.MouseButton.RightButton)
    menu = plane.menu
    assert menu is not None and menu.objectName() == "classifyPointMenu"
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Open this point in the Graph tab", "Remove point"]
    with qtbot.waitSignal(getattr(plane, signal)) as blocker:
        menu.findChild(type(menu.actions()[0]), action).trigger()
    assert blocker.args == [0]
    menu.close()


def test_test_points_are_hollow_and_classes_have_their_own_colour_and_symbol(plane):
    points = plane.plot.points
    assert len(points[(1, True)].data) == 1 and len(points[(1, False)].data) == 2
    assert len(points[(-1, False)].data) == 2 and len(points[(-1, True)].data) == 0
    assert points[(1, True)].opts["brush"].style() == Qt.BrushStyle.NoBrush
    assert points[(1, False)].opts["symbol"] != points[(-1, False)].opts["symbol"]
    assert points[(1, False)].opts["brush"].color() != points[(-1, False)].opts["brush"].color()
    assert "test points" in plane.legend.text()
    plane.set_points(POINTS, LABELS, None, classes=("cat", "dog <b>"))
    assert "cat" in plane.legend.text() and "dog &lt;b&gt;" in plane.legend.text()  # shown, not markup
    assert "test points" not in plane.legend.text()


def test_over_five_thousand_points_are_drawn_decimated_and_say_so(plane):
    rng = np.random.default_rng(1)
    many = rng.normal(size=(100_000, 2))
    plane.set_points(many, np.where(many[:, 0] > 0, 1, -1), np.zeros(100_000, bool))
    drawn = sum(len(item.data) for item in plane.plot.points.values())
    assert drawn == MAX_DRAWN_POINTS
    assert plane.note.text() == "showing 5,000 of 100,000 points"
    plane.set_points(POINTS, LABELS)
    assert plane.note.text() == "" and sum(len(item.data) for item in plane.plot.points.values()) == 5


def test_redraws_only_give_the_items_new_data(plane):
    items = list(plane.plot.getPlotItem().items)
    scene_items = len(plane.plot.scene().items())
    image = plane.plot.image
    for k in range(5):
        plane.set_map(XS, YS, np.sin(GRID_X + k) + GRID_Y, 0.0, True)
        plane.set_points(POINTS + 0.1 * k, LABELS)
        plane.set_pulls([(0, 1.0, 0.5)])
    assert plane.plot.getPlotItem().items == items and len(plane.plot.scene().items()) == scene_items
    assert plane.plot.image is image


def test_the_boundary_lies_on_the_level_and_the_margins_are_dashed_at_plus_minus_one(plane):
    score = GRID_X**2 + GRID_Y**2 - 4  # boundary: the circle of radius 2
    plane.set_map(XS, YS, score, 0.0, True)
    x, y = plane.plot.boundary.getData()
    finite = np.isfinite(x)
    assert finite.sum() > 50 and np.allclose(np.hypot(x[finite], y[finite]), 2.0, atol=0.01)
    mx, my = plane.plot.margins.getData()
    radii = np.hypot(mx[np.isfinite(mx)], my[np.isfinite(my)])
    assert np.all((np.abs(radii - np.sqrt(3)) < 0.01) | (np.abs(radii - np.sqrt(5)) < 0.01))
    assert plane.plot.margins.pen().style() == Qt.PenStyle.DashLine
    plane.set_map(XS, YS, score, 0.0, False)
    assert drawn(plane.plot.margins) == 0


def test_a_sigmoid_output_is_coloured_from_0_to_1_around_its_boundary_at_one_half(plane):
    output = 1 / (1 + np.exp(-GRID_X))
    plane.set_map(XS, YS, output, 0.5, False)
    assert tuple(plane.plot.image.levels) == (0.0, 1.0)
    x, _ = plane.plot.boundary.getData()
    assert np.allclose(x[np.isfinite(x)], 0.0, atol=0.05)
    plane.set_map(XS, YS, 40 * GRID_X, 0.0, False)  # a large score saturates at ±3
    assert tuple(plane.plot.image.levels) == (-3.0, 3.0)
    plane.set_map(XS, YS, np.full_like(GRID_X, np.nan), 0.0, True)  # nan: drawn blank, no crash
    assert drawn(plane.plot.boundary) == 0


def test_pulls_are_arrows_at_the_wrong_points_the_longest_a_fixed_share(plane):
    plane.set_pulls([(0, 2.0, 0.0), (1, 0.0, -1.0), (99, 1.0, 1.0)])  # 99: no such point, skipped
    x, y = plane.plot.pulls.getData()
    assert len(x) == 2 * 6  # two arrows: shaft and two head strokes, as pairs
    span = 6.0
    assert (x[0], y[0]) == (1.0, 1.0) and x[1] == pytest.approx(1.0 + PULL_SHARE * span)
    assert (x[6], y[6]) == (-1.0, -1.0) and y[7] == pytest.approx(-1.0 - PULL_SHARE * span / 2)
    plane.set_pulls([])
    assert drawn(plane.plot.pulls) == 0


def test_a_highlight_rings_one_point(plane):
    plane.set_highlight(3)
    assert plane.plot.highlight.data["x"].tolist() == [-2.0]
    plane.set_highlight(None)
    assert len(plane.plot.highlight.data) == 0


def test_iso_lines_are_joined_into_lines():
    x, y = iso_lines(GRID_X**2 + GRID_Y**2 - 4, XS, YS, 0.0)
    assert np.isnan(x).sum() == 1  # one closed line, then the end
    assert (x[0], y[0]) == (x[-2], y[-2])  # closed where it began
    assert len(iso_lines(GRID_X, XS, YS, 10.0)[0]) == 0


# --- the network ---------------------------------------------------------------------------------

SMALL = [2, 1, 1]  # lines far apart: each is easy to point at
SMALL_LAYERS = [([[0.75, -1.5]], [0.25]), ([[-0.314]], [2.0])]


def small_maps(shift: float = 0.0) -> list[np.ndarray]:
    grid = np.tanh(GRID_X[::5, ::5] + shift)
    return [grid[None], -grid[None]]


@pytest.fixture
def network(qtbot):
    application()
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(400, 420)
    view.set_network(SMALL, SMALL_LAYERS, small_maps(), ["tanh", "linear"])
    view.show()
    qtbot.waitExposed(view)
    return view


def line_middle(view: NetworkView, layer: int, row: int, col: int) -> QPoint:
    x0, y0, x1, y1 = (end[row, col] for end in view.canvas.ends[layer])
    return QPoint(round((x0 + x1) / 2), round((y0 + y1) / 2))


def box_middle(view: NetworkView, layer: int, row: int) -> QPoint:
    left, top = view.canvas.rows[layer + 1][row]
    return QPoint(round(left + view.canvas.box / 2), round(top + view.canvas.box / 2))


def test_hovering_a_line_shows_its_value_and_highlights_it(network, qtbot):
    qtbot.mouseMove(network.canvas, line_middle(network, 0, 0, 1))
    assert network.canvas.toolTip() == "w1_1_2: layer 1, into neuron 1 from x2 = \u22121.5"
    assert network.canvas.highlight == (0, 0, 1)
    qtbot.mouseMove(network.canvas, line_middle(network, 1, 0, 0))
    assert network.canvas.toolTip() == "w2_1_1: layer 2, into neuron 1 from 1 = \u22120.314"
    qtbot.mouseMove(network.canvas, box_middle(network, 0, 0))
    assert network.canvas.toolTip() == "b1_1: layer 1, the bias of neuron 1 = 0.25"
    assert network.canvas.highlight == (0, 0, 2)
    qtbot.mouseMove(network.canvas, QPoint(2, network.canvas.height() - 2))
    assert network.canvas.toolTip() == "" and network.canvas.highlight is None


def double_click(qtbot, view, where):
    qtbot.mouseMove(view.canvas, where)
    with qtbot.waitSignal(view.edit_started):
        qtbot.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=where)
    editor = view.findChild(QLineEdit, "classifyWeightEdit")
    assert editor.isVisible()
    return editor


def type_value(qtbot, editor, text):
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_double_clicked_weight_takes_a_typed_value_and_bad_text_keeps_the_old(network, qtbot):
    editor = double_click(qtbot, network, line_middle(network, 1, 0, 0))
    assert editor.text() == "-0.314"
    with qtbot.assertNotEmitted(network.weight_edited):
        type_value(qtbot, editor, "abc")
    message = network.message.text()
    name = "w2_1_1: layer 2, into neuron 1 from 1"
    assert message == f"“abc” is not a finite number: {name} keeps its value \u22120.314"
    assert network.message.isVisible() and editor.isVisible()
    with qtbot.assertNotEmitted(network.weight_edited):
        type_value(qtbot, editor, "inf")
    editor.setText("\u22122.5")  # the minus sign as the tooltips write it (QTest types ASCII only)
    with qtbot.waitSignal(network.weight_edited) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == [1, 0, 0, -2.5]
    assert not editor.isVisible() and not network.message.isVisible()
    assert network.value((1, 0, 0)) == -0.314  # the view changed nothing: the tab gives it back


def test_a_double_clicked_box_edits_its_bias_and_escape_leaves(network, qtbot):
    editor = double_click(qtbot, network, box_middle(network, 0, 0))
    with qtbot.waitSignal(network.weight_edited) as blocker:
        type_value(qtbot, editor, "1e-3")
    assert blocker.args == [0, 0, 2, 0.001]  # col == the layer's inputs: the bias
    editor = double_click(qtbot, network, box_middle(network, 1, 0))
    with qtbot.assertNotEmitted(network.weight_edited):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def wide_network(rng, sizes=(2, 16, 16, 1)):
    layers = [
        (rng.normal(size=(sizes[k + 1], sizes[k])).tolist(), rng.normal(size=sizes[k + 1]).tolist())
        for k in range(len(sizes) - 1)
    ]
    maps = [rng.normal(size=(n, 100, 100)) for n in sizes[1:]]
    return layers, maps


def test_update_weights_refills_the_same_pictures(network, qtbot):
    rng = np.random.default_rng(0)
    layers, maps = wide_network(rng)
    network.set_network([2, 16, 16, 1], layers, maps, ["relu", "relu", "linear"])
    canvas = network.canvas
    images = [id(image) for layer in canvas.images for image in layer]
    assert len(images) == 33
    buffers = [id(pixels) for pixels in canvas.pixels]
    children = len(network.findChildren(QWidget))
    before = canvas.pixels[0].copy()
    for _ in range(3):
        network.update_weights(*wide_network(rng))
        canvas.repaint()
    assert [id(image) for layer in canvas.images for image in layer] == images
    assert [id(pixels) for pixels in canvas.pixels] == buffers
    assert len(network.findChildren(QWidget)) == children
    assert not np.array_equal(canvas.pixels[0], before)  # the same pictures show the new maps
    network.update_weights(layers, None)  # weights only: the maps stay
    assert network.value((1, 3, 4)) == layers[1][0][3][4]


def test_weights_of_the_wrong_shape_are_refused_in_one_line(network):
    with pytest.raises(ValueError, match="layer 1's weights are"):
        network.set_network([2, 3, 1], SMALL_LAYERS, None, ["relu", "linear"])


def test_six_layers_fit_the_width_with_square_boxes_and_scroll_down_only(network, qtbot):
    rng = np.random.default_rng(2)
    sizes = [2, 16, 16, 16, 16, 16, 16, 1]
    layers, maps = wide_network(rng, sizes)
    network.set_network(sizes, layers, maps, ["tanh"] * 6 + ["linear"])
    for width in (420, 250):
        network.resize(width, 420)
        qtbot.waitUntil(lambda width=width: network.canvas.width() <= width)
        canvas = network.canvas
        assert not network.scroll.horizontalScrollBar().isVisible()  # the output column always in sight
        right = max(rows[:, 0].max() for rows in canvas.rows) + canvas.box
        assert right <= canvas.width()
    network.resize(420, 420)
    qtbot.waitUntil(lambda: network.canvas.box >= 24)  # as large as the room across allows, at least 24
    assert network.scroll.verticalScrollBar().maximum() > 0  # 16 boxes of 24 pixels: it scrolls down
    network.resize(600, 1000)
    qtbot.waitUntil(lambda: network.canvas.box > 40)  # room: larger boxes
    assert network.scroll.verticalScrollBar().maximum() == 0


def test_column_titles_never_overlap_and_are_short_when_narrow_the_whole_in_the_tooltip(network, qtbot):
    rng = np.random.default_rng(3)
    sizes = [2, 16, 16, 16, 16, 16, 16, 1]
    layers, _ = wide_network(rng, sizes)
    network.set_network(sizes, layers, None, ["tanh"] * 6 + ["linear"])
    canvas = network.canvas
    for width in (420, 300):
        network.resize(width, 420)
        qtbot.waitUntil(lambda width=width: canvas.width() <= width)
        rects = [canvas.title_rect(column, 0, 14) for column in range(len(sizes))]
        assert all(a.right() <= b.left() + 1e-9 for a, b in zip(rects, rects[1:]))  # side by side
        assert all(r.left() >= 0 and r.right() <= canvas.width() for r in rects)
    titles = canvas.titles()
    assert titles[1][:2] == ("L1", "tanh") and titles[-1][0] == "out" and titles[0][0] == "in"
    qtbot.mouseMove(canvas, rects[1].center().toPoint())
    assert canvas.toolTip() == "layer 1: 16 × tanh"
    network.set_network(SMALL, SMALL_LAYERS, small_maps(), ["tanh", "linear"])
    assert [title for title, _, _ in network.canvas.titles()] == ["inputs", "layer 1", "output"]


def test_a_click_on_a_neuron_shows_its_map_large_live_and_escape_closes(network, qtbot):
    qtbot.mouseClick(network.canvas, Qt.MouseButton.LeftButton, pos=box_middle(network, 0, 0))
    qtbot.waitUntil(network.zoom.isVisible)
    zoom = network.zoom
    assert zoom.neuron == (0, 0) and "Layer 1, neuron 1" in zoom.title
    assert zoom.picture_rect().width() >= 200  # large: a projector shows it
    picture = zoom.grab().toImage()
    middle = zoom.picture_rect().center().toPoint()
    before = picture.pixelColor(middle.x() - 40, middle.y())
    network.update_weights(SMALL_LAYERS, small_maps(shift=3.0))
    qtbot.waitUntil(lambda: zoom.grab().toImage().pixelColor(middle.x() - 40, middle.y()) != before)
    qtbot.keyClick(zoom, Qt.Key.Key_Escape)
    assert not zoom.isVisible()


def test_the_keyboard_selects_a_weight_and_enter_or_f2_opens_its_editor(network, qtbot):
    canvas = network.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.highlight == (0, 0, 0) and canvas.toolTip().startswith("w1_1_1")
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.highlight == (0, 0, 2) and canvas.toolTip().startswith(
        "b1_1"
    )  # the bias, after the weights
    with qtbot.waitSignal(network.edit_started):
        qtbot.keyClick(canvas, Qt.Key.Key_F2)
    assert network.editor.isVisible() and network.editing == (0, 0, 2)
    qtbot.keyClick(network.editor, Qt.Key.Key_Escape)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    with qtbot.waitSignal(network.weight_edited) as edited:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
        type_value(qtbot, network.editor, "0.5")
    assert edited.args == [0, 0, 1, 0.5]
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert network.zoom.isVisible() and network.zoom.neuron == (0, 0)
    network.zoom.close_neuron()


def test_the_network_key_explains_the_lines_and_never_widens_the_window(network, qtbot):
    assert "positive" in network.key.text() and "thicker" in network.key.text()
    network.resize(200, 420)
    qtbot.waitUntil(lambda: network.key.width() <= 200)
    assert network.minimumSizeHint().width() <= 200
    assert not network.key.is_cut() or network.key.toolTip() == network.key.text()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_both_pictures_paint_in_both_themes(plane, network, qtbot, name):
    try:
        theme.apply(name)
        colours = palette.colors(name)
        network.set_network(
            [2, 16, 16, 1], *wide_network(np.random.default_rng(3)), ["relu", "relu", "linear"]
        )
        image = network.scroll.grab().toImage()
        assert QColor(image.pixel(2, image.height() - 2)) == QColor(colours.middle)
        assert len({image.pixel(x, y) for x in range(0, 400, 9) for y in range(0, 420, 9)}) > 20
        plane.set_points(POINTS, LABELS)
        picture = plane.plot.grab().toImage()
        assert QColor(picture.pixel(2, 2)) == QColor(theme.plot_colors(name).background)
        corner = plane.plot.mapFromScene(plane.scene_position(-2.95, -2.95))
        # the map's far negative corner, in the negative hue faded towards the background
        shade = QColor(picture.pixel(corner))
        negative, middle = QColor(colours.negative), QColor(colours.middle)
        assert abs(shade.red() - (middle.red() + 0.55 * (negative.red() - middle.red()))) < 12
    finally:
        theme.apply("light")


def test_ctrl_z_and_delete_reach_the_plane_before_a_windows_shortcut(plane, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    window = QWidget()
    qtbot.addWidget(window)
    plane.setParent(window)
    undo = QAction("Undo", window, shortcut=QKeySequence.StandardKey.Undo)
    window.addAction(undo)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    plane.setFocus()
    qtbot.waitUntil(plane.hasFocus)
    with qtbot.assertNotEmitted(undo.triggered), qtbot.waitSignal(plane.undo_requested):
        qtbot.keyClick(plane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    plane.setParent(None)


def test_the_views_have_names_a_screen_reader_says(plane, network):
    assert plane.accessibleName() and "Delete" in plane.accessibleDescription()
    assert network.scroll.accessibleName() and "double-click" in network.scroll.accessibleDescription()


def test_points_at_inf_or_nan_and_an_empty_set_draw_without_a_warning(plane, qtbot):
    bad = np.array([[np.inf, 0.0], [np.nan, 1.0], [1.0, 1.0]])
    plane.set_points(bad, [1, -1, 1], [False, True, False])
    plane.set_pulls([(0, 1.0, 0.0), (1, np.nan, 1.0), (2, 1.0, 1.0)])
    plane.set_map(XS, YS, np.where(GRID_X > 0, np.inf, -np.inf), 0.0, True)
    plane.set_highlight(0)
    plane.plot.grab()
    with qtbot.waitSignal(plane.add_requested):
        click(qtbot, plane, -2.0, -2.5)  # the nan point is on no pixel: still empty space
    plane.set_points(np.empty((0, 2)), [], [])
    plane.set_pulls([(0, 1.0, 1.0)])
    plane.plot.grab()
    assert sum(len(item.data) for item in plane.plot.points.values()) == 0


def test_a_diverged_network_draws_its_nan_and_inf_without_a_warning(network, qtbot):
    layers = [([[np.nan, np.inf]], [-np.inf]), ([[1e300]], [np.nan])]
    maps = [np.full((1, 20, 20), np.nan), np.full((1, 20, 20), np.inf)]
    network.set_network(SMALL, layers, maps, ["relu", "sigmoid"])
    network.grab()
    qtbot.mouseMove(network.canvas, line_middle(network, 0, 0, 0))
    assert network.canvas.toolTip() == "w1_1_1: layer 1, into neuron 1 from x1 = nan"
    qtbot.mouseMove(network.canvas, box_middle(network, 0, 0))
    assert network.canvas.toolTip() == "b1_1: layer 1, the bias of neuron 1 = \u2212inf"


def test_the_views_keys_are_in_the_keyboard_shortcuts_list(make_main_window):
    window = make_main_window()
    rows = window.shortcuts()
    places = {where for where, what, _ in rows if what.startswith(("Plane:", "Network:"))}
    assert len(places) == 1 and "Window" not in places  # under the Neural Network tab alone
    keys = {keys for _, what, keys in rows if what.startswith(("Plane:", "Network:"))}
    assert {"Menu, Shift+F10", "Enter, F2", "Home", "+ / -, Insert / Shift+Insert"} <= keys
