"""The main window: tabs, menus, About, quitting, and opening before torch is imported."""

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox, QTabWidget

import gradlab


def test_three_tabs_in_order(make_main_window):
    window = make_main_window()
    tabs = window.findChild(QTabWidget, "tabs")
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == ["Graph", "Gradient Descent", "Regression"]
    assert [tabs.widget(i).objectName() for i in range(3)] == ["graphTab", "descentTab", "regressionTab"]
    assert window.windowTitle() == "gradlab"
    assert window.statusBar().currentMessage() == "Ready"
    assert not window.windowIcon().isNull()


def test_menus(make_main_window):
    window = make_main_window()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_about_names_the_versions(make_main_window, qtbot):
    window = make_main_window()
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    for name in ("gradlab", "Qt", "PySide6", "PyTorch", gradlab.__version__):
        assert name in text
    box.close()


def test_quit_closes_the_window(make_main_window, qtbot):
    window = make_main_window()
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_window_appears_before_torch_is_imported(tmp_path):
    """torch loads on a background thread once the window is on screen; then the descent tab fills in."""
    program = textwrap.dedent(
        """
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from gradlab.ui.app import application
        from gradlab.ui.main_window import MainWindow
        app = application()
        window = MainWindow()
        before_show = "torch" in sys.modules
        window.show()
        app.processEvents()
        shown = window.isVisible()
        deadline = time.monotonic() + 60
        while not window.descent_tab.ready and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print(before_show, shown, window.descent_tab.ready)
        window.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]
