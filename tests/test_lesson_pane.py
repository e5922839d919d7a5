"""The lesson pane, driven the way a student clicks: fold it, press its buttons, switch language."""

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QToolButton

from gradlab import translation
from gradlab.lessons import LESSONS, TABS
from gradlab.ui import lesson_pane
from gradlab.ui.lesson_pane import LessonPane


@pytest.fixture
def make_pane(qtbot):
    def make(tab="graph"):
        pane = LessonPane(tab)
        qtbot.addWidget(pane)
        pane.resize(420, 600)
        pane.show()
        qtbot.waitExposed(pane)
        return pane

    return make


def link_point(browser: QTextBrowser, href: str):
    """Where on the browser's viewport the link to ``href`` is drawn."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


@pytest.mark.parametrize("tab", TABS)
def test_each_tab_has_a_pane_with_its_names(make_pane, tab):
    pane = make_pane(tab)
    assert pane.objectName() == f"{tab}LessonPane"
    toggle = pane.findChild(QToolButton, f"{tab}LessonToggle")
    browser = pane.findChild(QTextBrowser, f"{tab}LessonBrowser")
    assert toggle is pane.toggle and browser is pane.browser
    assert toggle.text() == "Lesson" and toggle.accessibleName() and browser.accessibleName()
    assert not browser.openLinks()
    assert browser.document().toPlainText().count("\n") > 20
    assert browser.horizontalScrollBar().maximum() == 0  # nothing wider than the pane


def test_unknown_tab(qtbot):
    with pytest.raises(KeyError):
        LessonPane("nonsense")


def test_the_toggle_folds_and_unfolds_the_lesson(make_pane, qtbot):
    pane = make_pane()
    assert pane.expanded() and pane.browser.isVisible()
    with qtbot.waitSignal(pane.expanded_changed) as folded:
        qtbot.mouseClick(pane.toggle, Qt.MouseButton.LeftButton)
    assert folded.args == [False]
    assert not pane.expanded() and pane.browser.isHidden()
    assert pane.toggle.arrowType() == Qt.ArrowType.RightArrow
    with qtbot.waitSignal(pane.expanded_changed) as unfolded:
        qtbot.mouseClick(pane.toggle, Qt.MouseButton.LeftButton)
    assert unfolded.args == [True]
    assert pane.expanded() and pane.browser.isVisible()
    assert pane.toggle.arrowType() == Qt.ArrowType.DownArrow


def test_set_expanded_tells_only_of_a_change(make_pane, qtbot):
    pane = make_pane()
    with qtbot.assertNotEmitted(pane.expanded_changed):
        pane.set_expanded(True)
    with qtbot.waitSignal(pane.expanded_changed) as blocker:
        pane.set_expanded(False)
    assert blocker.args == [False] and not pane.expanded()


def test_a_gradlab_link_asks_the_tab_for_its_action(make_pane, qtbot):
    pane = make_pane()
    with qtbot.waitSignal(pane.action_requested) as blocker:
        pane.browser.anchorClicked.emit(QUrl("gradlab:graph/preset/net1"))
    assert blocker.args == ["graph/preset/net1"]
    with qtbot.waitSignal(pane.action_requested) as blocker:
        pane.browser.anchorClicked.emit(QUrl("gradlab:descent/race/sgd,rmsprop"))
    assert blocker.args == ["descent/race/sgd,rmsprop"]


def test_clicking_a_button_in_the_page(make_pane, qtbot):
    pane = make_pane("descent")
    point = link_point(pane.browser, "gradlab:descent/rate/sgd/1.05")
    with qtbot.waitSignal(pane.action_requested) as blocker:
        qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["descent/rate/sgd/1.05"]


def test_a_web_link_opens_in_the_browser(make_pane, qtbot, monkeypatch):
    pane = make_pane()
    opened = []
    monkeypatch.setattr(lesson_pane.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    with qtbot.assertNotEmitted(pane.action_requested):
        pane.browser.anchorClicked.emit(QUrl("http://karpathy.github.io/neuralnets/"))
        pane.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["http://karpathy.github.io/neuralnets/"]


def test_try_int_grad_shows_torchs_own_error_and_the_fix(make_pane, qtbot):
    pytest.importorskip("torch")
    pane = make_pane()
    output = pane.findChild(QPlainTextEdit, "graphLessonTryOutput")
    assert output.isHidden()
    with qtbot.assertNotEmitted(pane.action_requested):
        pane.browser.anchorClicked.emit(QUrl("gradlab:lesson/try-int-grad"))
    text = output.toPlainText()
    assert output.isVisible()
    assert "RuntimeError: Only Tensors of floating point and complex dtype can require gradients" in text
    assert "floating point" in text
    assert "dtype=torch.float32" in text and "tensor([1., 2., 3.], requires_grad=True)" in text
    pane.set_expanded(False)
    assert output.isHidden()
    pane.set_expanded(True)
    assert output.isVisible()


def test_try_int_grad_without_torch(make_pane, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch now raises ImportError
    pane = make_pane()
    pane.browser.anchorClicked.emit(QUrl("gradlab:lesson/try-int-grad"))
    assert "torch could not be loaded" in pane.try_output.toPlainText()


def _translator():
    from PySide6.QtCore import QTranslator

    class Catalog(QTranslator):
        """A stand-in for a .qm file: the pane's header and every lesson section in 'Chinese'."""

        def translate(self, context, source_text, disambiguation=None, n=-1):
            if context == "LessonPane" and source_text == "Lesson":
                return "課程"
            if context == "lessons":
                return "<h3>課</h3><p>" + "。" * 4000 + "</p>"
            return ""

        def isEmpty(self):
            return False

    return Catalog()


def test_a_language_change_renders_the_lesson_again(make_pane, qtbot):
    pane = make_pane("regression")
    bar = pane.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    QCoreApplication.sendEvent(pane, QEvent(QEvent.Type.LanguageChange))
    assert abs(bar.value() - middle) <= 2  # the same page: the reader keeps their place

    # As the app does it: tr() and gradlab.translation both go through Qt's installed translators.
    translation.install(lambda context, text: QCoreApplication.translate(context, text))
    catalog = _translator()
    app = QCoreApplication.instance()
    app.installTranslator(catalog)  # Qt tells every window: QEvent.LanguageChange
    try:
        qtbot.waitUntil(lambda: pane.toggle.text() == "課程")
        plain = pane.browser.document().toPlainText()
        assert plain.count("課") == len(LESSONS["regression"]) and "RMSprop" not in plain
        assert bar.maximum() > 0 and bar.value() > 0  # still part-way down the (longer) page
    finally:
        app.removeTranslator(catalog)
    qtbot.waitUntil(lambda: pane.toggle.text() == "Lesson")
    assert "RMSprop in regression1train.py" in pane.browser.document().toPlainText()


def test_try_output_follows_the_language(make_pane, qtbot):
    pytest.importorskip("torch")
    pane = make_pane()
    pane.try_int_grad()
    assert "# The fix: a floating-point dtype" in pane.try_output.toPlainText()
    QCoreApplication.sendEvent(pane, QEvent(QEvent.Type.LanguageChange))
    assert "# The fix: a floating-point dtype" in pane.try_output.toPlainText()


def test_a_dark_palette_recolours_the_lesson(make_pane):
    pane = make_pane()
    light = pane.browser.document().defaultStyleSheet()
    dark = QPalette(pane.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
    ):
        dark.setColor(role, QColor(colour))
    pane.setPalette(dark)
    sheet = pane.browser.document().defaultStyleSheet()
    assert sheet != light and "#e0e0e0" in sheet  # the buttons' text takes the palette's text colour
    assert "color: #000000" not in sheet
