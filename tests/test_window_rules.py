"""Rules that hold in every tab of the window: the wheel, the keys, the focus, the window's size."""

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from gradlab.ui.widgets import guard_wheel, wheel_inputs

from .conftest import input_state, wheel


@pytest.fixture
def window(make_main_window, qtbot):
    window = make_main_window()
    qtbot.waitUntil(
        lambda: window.descent_tab.ready and window.regression_tab.ready and window.classify_tab.ready,
        timeout=60_000,
    )
    return window


def enabled_wheel_inputs(root):
    return [w for w in wheel_inputs(root) if w.isEnabled()]


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_the_wheel_over_an_input_without_focus_changes_nothing(window, qtbot, index):
    """Scrolling a column passes over spin boxes, combo boxes and sliders: none of them may change."""
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.currentWidget()
    inputs = enabled_wheel_inputs(tab)
    assert inputs, "the tab has inputs"
    session = window.session_state()
    for widget in inputs:
        if widget.hasFocus():
            window.tabs.setFocus()
        before = input_state(widget)
        for notches in (-1, 1, -3):
            event = wheel(widget, notches)
            assert not event.isAccepted(), f"{widget.objectName()} took the wheel"
        assert input_state(widget) == before, widget.objectName()
    assert window.session_state() == session


def test_an_input_the_student_clicked_takes_the_wheel(window, qtbot):
    spin = window.regression_tab.findChild(QAbstractSpinBox, "regressionStepsSpin")
    spin.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(spin.hasFocus)
    before = spin.value()
    wheel(spin, -1)
    assert spin.value() != before
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone never gives it focus


def test_the_focus_the_window_gives_does_not_let_the_wheel_change_an_input(window, qtbot):
    """Ctrl+Tab to a tab puts the focus in its first input; scrolling over that input changes nothing."""
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.descent_tab.isAncestorOf(QApplication.focusWidget()))
    focused = QApplication.focusWidget()
    assert isinstance(focused, QComboBox), focused
    before = input_state(focused)
    assert not wheel(focused, -1).isAccepted()
    assert input_state(focused) == before


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_the_wheel_scrolls_every_column_and_lesson(window, qtbot, index):
    """The wheel over a column of settings or a lesson scrolls it (its scroll bar is no input to guard)."""
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QTextBrowser

    window.resize(1024, 700)
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.isVisible())
    QApplication.processEvents()
    areas = [
        a
        for a in tab.findChildren(QAbstractScrollArea)
        if isinstance(a, (QScrollArea, QTextBrowser)) and a.isVisible()
        if a.verticalScrollBar().maximum() > 0
    ]
    assert areas, "something in the tab scrolls at 1024×700"
    for area in areas:
        bar = area.verticalScrollBar()
        bar.setValue(0)
        wheel(area.viewport(), -1)
        assert bar.value() > 0, area.accessibleName() or area.objectName()


def test_inputs_made_later_are_guarded_when_asked(qtbot):
    from PySide6.QtWidgets import QSpinBox, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root)
    spin = QSpinBox(root)
    spin.setValue(5)
    assert wheel(spin).isAccepted() or spin.value() != 5  # a plain spin box takes the wheel
    guard_wheel(root)
    guard_wheel(root)  # twice is harmless
    spin.setValue(5)
    assert not wheel(spin).isAccepted() and spin.value() == 5


def test_focus_starts_in_the_tabs_first_input(window, qtbot):
    assert QApplication.focusWidget().objectName() == "graphExpressionEdit"
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.regression_tab.isAncestorOf(QApplication.focusWidget()))
    assert "Lesson" not in QApplication.focusWidget().objectName()
    window.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: window.classify_tab.isAncestorOf(QApplication.focusWidget()))
    assert "Lesson" not in QApplication.focusWidget().objectName()


def test_the_tab_bar_never_takes_alt_arrows(window, qtbot):
    """With the forward pass done, Alt+Right has nothing to step; it must not switch tabs either."""
    graph = window.graph_tab
    graph.run_forward()
    tab_bar = window.tabs.tabBar()
    assert tab_bar.focusPolicy() == Qt.FocusPolicy.NoFocus
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, key, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(tab_bar, key, Qt.KeyboardModifier.AltModifier)
        assert window.tabs.currentIndex() == 0


def test_a_saved_geometry_larger_than_the_screen_is_fitted(make_main_window, qtbot):
    window = make_main_window()
    free = window.screen().availableGeometry()
    window.resize(free.width() * 3, free.height() * 3)
    window.move(free.right() + 500, free.bottom() + 500)
    saved = window.saveGeometry()
    window.close()
    assert isinstance(saved, QByteArray)
    QSettings().setValue("window/geometry", saved)
    again = make_main_window()
    frame = again.frameGeometry()
    assert frame.width() <= free.width() and frame.height() <= free.height()
    assert free.contains(frame.topLeft()) and free.contains(frame.bottomRight())


def test_tabs_switch_from_the_keyboard_without_the_tab_bar(window, qtbot):
    """The tab bar takes no focus; Ctrl+Tab and the tabs' Alt+letters still switch tabs."""
    expression = QApplication.focusWidget()
    assert expression.objectName() == "graphExpressionEdit"
    qtbot.keyClick(expression, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 0


@pytest.mark.parametrize(
    "index, name",
    [(0, "graphVariableNameEdit"), (0, "graphCheckTable"), (1, "descentTable"), (2, "regressionParamTable")],
)
def test_ctrl_tab_switches_the_main_tab_from_inside_a_side_panel_or_a_table(window, qtbot, index, name):
    from PySide6.QtWidgets import QWidget

    window.tabs.setCurrentIndex(index)
    inside = window.tabs.currentWidget().findChild(QWidget, name)
    inside.window().activateWindow()
    for parent_tabs in _tab_widgets_above(inside, window.tabs):
        parent_tabs.setCurrentWidget(_page_holding(parent_tabs, inside))
    inside.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(inside.hasFocus)
    qtbot.keyClick(inside, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == (index + 1) % window.tabs.count()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == index


def _tab_widgets_above(widget, main_tabs):
    from PySide6.QtWidgets import QTabWidget

    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not main_tabs:
        if isinstance(parent, QTabWidget):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def _page_holding(tabs, widget):
    return next(tabs.widget(i) for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget))


def test_keys_read_the_same_in_both_languages(window):
    """Arrows, not Qt's words for them: in Chinese "Alt+右鍵" reads as Alt and the right mouse button."""
    from gradlab.ui.widgets import key_text

    try:
        window.language.switch("zh_TW")
        rows = {(what, keys) for _, what, keys in window.shortcuts()}
        assert any(keys == "Alt+→" for _, keys in rows)
        assert not any("鍵" in keys for _, keys in rows)
    finally:
        window.language.switch("en")
    from PySide6.QtGui import QKeySequence

    assert key_text(QKeySequence("Alt+Shift+Left")) == "Alt+Shift+←"
