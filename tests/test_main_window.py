"""The main window: tabs, menus, About, quitting, and opening before torch is imported."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox, QTabWidget

import gradlab


def test_four_tabs_in_order(make_main_window):
    window = make_main_window()
    tabs = window.findChild(QTabWidget, "tabs")
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == ["Graph", "Gradient Descent", "Regression", "Neural Network"]
    names = [tabs.widget(i).objectName() for i in range(4)]
    assert names == ["graphTab", "descentTab", "regressionTab", "classifyTab"]
    assert window.windowTitle() == "Untitled[*] — gradlab" and not window.isWindowModified()
    assert window.statusBar().currentMessage() == "Ready"
    assert not window.windowIcon().isNull()


def test_menus(make_main_window):
    window = make_main_window()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "View", "Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    assert window.open_action.shortcut().toString() == "Ctrl+O"


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
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)},  # the user's settings stay untouched
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]


def test_size_and_last_tab_are_remembered(make_main_window, qtbot):
    window = make_main_window()
    window.tabs.setCurrentIndex(2)
    window.resize(1300, 850)
    window.close()
    from PySide6.QtCore import QSettings

    assert not QSettings().value("window/geometry").isEmpty()  # Qt restores it, fitted to the screen
    again = make_main_window()
    assert again.tabs.currentIndex() == 2


def test_keyboard_shortcuts_are_listed(make_main_window, qtbot):
    from PySide6.QtWidgets import QDialog, QTableWidget

    window = make_main_window()
    rows = window.shortcuts()
    keys = {(where, keys) for where, _, keys in rows}
    assert ("Window", "Ctrl+Q") in keys and ("Window", "F1") in keys
    assert ("Graph", "Alt+→") in keys and ("Gradient Descent", "F5") in keys
    assert ("Window", "Ctrl+Tab") in keys and ("Window", "Ctrl+Shift+Tab") in keys
    window.shortcuts_action.trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QTableWidget, "shortcutsTable").rowCount() == len(rows)
    dialog.close()


def test_theme_and_language_choices_are_remembered(make_main_window, qtbot):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from gradlab.ui import theme
    from gradlab.ui.language import Language

    window = make_main_window()
    try:
        window.findChild(QAction, "theme_dark_Action").trigger()
        assert theme.current() == "dark" and theme.saved() == "dark"
        window.findChild(QAction, "language_zh_TW_Action").trigger()
        assert QSettings().value("language") == "zh_TW" and Language.saved() == "zh_TW"
        assert window.findChild(QAction, "theme_dark_Action").isChecked()
    finally:
        theme.apply("light")
        window.language.switch("en")


def test_file_open_example_shows_the_course_programs(make_main_window, qtbot):
    window = make_main_window()
    window.examples_action.trigger()
    dialog = window.examples_dialog
    qtbot.waitUntil(dialog.isVisible)
    from PySide6.QtWidgets import QListWidget

    names = [dialog.findChild(QListWidget, "examplesList").item(i).text() for i in range(14)]
    assert "net1.py" in names and "torchRegression7cws.py" in names
    window.examples_action.trigger()  # again: the same dialog comes forward
    assert window.examples_dialog is dialog
    dialog.close()


def test_restoring_the_last_set_ups_does_not_import_torch_before_the_window_shows(tmp_path):
    """A second start reads each tab's last set-up from QSettings; checking it must not load torch."""
    first = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QMessageBox
        from gradlab.ui.app import application
        from gradlab.ui.main_window import MainWindow
        app = application()
        window = MainWindow()
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        window.show()
        window.torch_loader.wait()
        app.processEvents()
        window.descent_tab.load_function("rosenbrock")
        window.close()
        """
    )
    second = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from gradlab.ui.app import application
        from gradlab.ui.main_window import MainWindow
        app = application()
        window = MainWindow()
        print("torch" in sys.modules, window.descent_tab.session_state()["function"])
        """
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path)}
    for program in (first, second):
        result = subprocess.run(
            [sys.executable, "-c", program], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=99
        )
        assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "rosenbrock"]
