"""File → Export Figure…: each tab's main picture as PNG at twice its size and as SVG; bad names refused."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMenu

SVG = "{http://www.w3.org/2000/svg}svg"


@pytest.fixture
def window(make_main_window):
    return make_main_window()


def show(window, qtbot, name):
    """The tab ``name`` shown, its picture drawn (a tab waiting for torch: once torch has loaded)."""
    tab = window.pages.get(name)
    window.tabs.setCurrentWidget(tab)
    if hasattr(tab, "ready"):
        qtbot.waitUntil(lambda: tab.ready, timeout=60_000)
    qtbot.waitUntil(tab.isVisible)
    return tab


def colours(image: QImage) -> set[int]:
    """The colours on a coarse grid over ``image``: a blank picture has one."""
    return {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}


def expected_png_size(name, picture):
    """Twice the picture on screen; for the graph, twice its whole drawing (as its own Export… saves it)."""
    if name == "graph":
        drawing = picture.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        return (drawing.size() * 2).toSize()
    return picture.size() * 2


@pytest.mark.parametrize("name", ["graph", "descent", "regression", "classify"])
def test_each_tabs_picture_as_png_at_twice_its_size_and_as_svg(window, qtbot, tmp_path, name):
    from gradlab.ui import figure_export

    tab = show(window, qtbot, name)
    picture = figure_export.picture_of(tab)
    assert picture is not None and picture.objectName() == figure_export.PICTURES[tab.objectName()]
    assert picture.isVisible()
    png = tmp_path / f"{name}.png"
    assert window.export_figure_to(png)
    assert window.statusBar().currentMessage() == f"Saved {name}.png"
    image = QImage(str(png))
    assert image.size() == expected_png_size(name, picture)
    assert len(colours(image)) > 3  # a drawing, not an empty sheet
    svg = tmp_path / f"{name}.svg"
    assert window.export_figure_to(svg)
    root = ElementTree.parse(svg).getroot()
    assert root.tag == SVG
    drawn = [
        e for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("path", "polyline", "image", "text", "rect")
    ]
    assert len(drawn) > 5, name


def test_the_graphs_svg_names_every_node(window, qtbot, tmp_path):
    tab = show(window, qtbot, "graph")
    window.export_figure_to(tmp_path / "graph.svg")
    text = "".join(ElementTree.parse(tmp_path / "graph.svg").getroot().itertext())
    for item in tab.canvas.nodes.values():
        assert item.node.label in text


def test_a_zoomed_window_exports_twice_the_picture_as_shown(window, qtbot, tmp_path):
    from gradlab.ui import figure_export, zoom

    try:
        window.set_zoom(1.5)
        picture = figure_export.picture_of(show(window, qtbot, "descent"))
        assert window.export_figure_to(tmp_path / "map.png")
        assert QImage(str(tmp_path / "map.png")).size() == picture.size() * 2
    finally:
        zoom.apply(1.0)


def test_exporting_leaves_the_picture_as_it_was(window, qtbot, tmp_path):
    from gradlab.ui import figure_export

    picture = figure_export.picture_of(show(window, qtbot, "descent"))
    view = picture.getPlotItem().getViewBox()
    before = view.viewRange(), picture.size()
    for suffix in (".png", ".svg"):
        window.export_figure_to(tmp_path / f"map{suffix}")
    assert (view.viewRange(), picture.size()) == before


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("figure.jpg", "figure.jpg was not saved: a figure is a .png or an .svg file"),
        ("figure.PNG.txt", "figure.PNG.txt was not saved: a figure is a .png or an .svg file"),
        ("missing/figure.png", "figure.png was not saved: the folder {tmp}/missing does not exist"),
        ("folder.svg", "folder.svg was not saved: {tmp}/folder.svg is a folder"),
    ],
)
def test_a_name_or_a_place_that_cannot_take_the_figure_is_one_line(window, qtbot, tmp_path, name, says):
    (tmp_path / "folder.svg").mkdir()
    show(window, qtbot, "descent")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert not window.export_figure_to(tmp_path / name)
    message = says.format(tmp=tmp_path)
    box = window.message_box
    assert box.isVisible() and box.text() == message and "\n" not in message
    assert window.statusBar().currentMessage() == message
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
    box.close()


def test_the_menu_asks_where_and_takes_the_chosen_kind(window, qtbot, tmp_path, monkeypatch):
    asked = []

    def choose(parent, title, name, filters):
        asked.append((title, name, filters))
        return str(tmp_path / "plane"), "SVG drawing (*.svg)"  # no suffix typed: the filter's

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    show(window, qtbot, "classify")
    window.findChild(QAction, "exportFigureAction").trigger()
    assert asked == [("Export Figure", "classify.png", "PNG image (*.png);;SVG drawing (*.svg)")]
    assert ElementTree.parse(tmp_path / "plane.svg").getroot().tag == SVG


def test_cancelling_the_dialog_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    show(window, qtbot, "graph")
    message = window.statusBar().currentMessage()
    window.findChild(QAction, "exportFigureAction").trigger()
    assert window.statusBar().currentMessage() == message and window.message_box is None


def test_export_figure_is_in_the_file_menu_with_its_own_mnemonic(window):
    from gradlab.ui.window_menus import without_mnemonic

    menu = window.findChild(QMenu, "fileMenu")
    names = [a.objectName() for a in menu.actions()]
    assert (
        names.index("saveSessionAsAction")
        < names.index("exportFigureAction")
        < names.index("openExampleAction")
    )
    action = window.findChild(QAction, "exportFigureAction")
    assert without_mnemonic(action.text()) == "Export Figure…" and action.statusTip()
    mnemonics = [a.text().split("&")[1][0].lower() for a in menu.actions() if "&" in a.text()]
    assert len(mnemonics) == len(set(mnemonics))  # Alt+F, then F, reaches it alone


def test_the_graph_png_is_on_the_themes_paper(window, qtbot, tmp_path):
    from gradlab.ui import theme

    tab = show(window, qtbot, "graph")
    window.export_figure_to(tmp_path / "graph.png")
    corner = QColor(QImage(str(tmp_path / "graph.png")).pixel(1, 1))
    assert corner == tab.canvas.colors.paper == theme.canvas_colors(theme.current()).paper
