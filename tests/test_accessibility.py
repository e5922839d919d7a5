"""Keyboard and screen readers: every control that takes focus has a name, and Tab walks them sensibly."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QTabBar, QWidget

PARTS_OF_ONE_CONTROL = (QAbstractScrollArea, QAbstractSpinBox, QComboBox)  # their owner has the name


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(root) and not isinstance(w, QTabBar)
    ]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_every_control_has_a_name_a_screen_reader_can_say(make_main_window, qtbot, index):
    window = make_main_window()
    qtbot.waitUntil(lambda: window.descent_tab.ready and window.regression_tab.ready, timeout=60_000)
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.currentWidget()
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in focusable(tab)
        if not spoken_name(w).strip() and not isinstance(w.parent(), PARTS_OF_ONE_CONTROL)
    ]
    assert nameless == [], "\n".join(nameless)


def test_tab_moves_through_the_graph_tab_from_the_expression(make_main_window, qtbot):
    window = make_main_window()
    expression = window.graph_tab.findChild(QWidget, "graphExpressionEdit")
    expression.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expression)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "graphValuesEdit"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "graphBuildButton"
