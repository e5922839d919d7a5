"""The window's menus (File, View, Help), the keyboard shortcuts table and the About box."""

from __future__ import annotations

import platform
import re
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from .. import __version__
from . import theme, zoom
from .language import LANGUAGES
from .widgets import key_text


def without_mnemonic(text: str) -> str:
    """A menu text as read aloud: "&File" -> "File", and Chinese "檔案(&F)" -> "檔案"."""
    return re.sub(r"\(&\w\)|&(?=\S)", "", text).strip()


def package_version(name: str) -> str:
    """The installed version of ``name`` without importing it (importing torch takes seconds)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


class WindowMenus:
    """The menus half of ``MainWindow`` (a mixin): its actions call the window's slots."""

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.open_action = self._menu_action(
            file_menu,
            self.tr("&Open Session…"),
            "openSessionAction",
            self.open_session,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self.save_action = self._menu_action(
            file_menu,
            self.tr("&Save Session"),
            "saveSessionAction",
            self.save_session,
            QKeySequence.StandardKey.Save,
        )
        self.save_as_action = self._menu_action(
            file_menu,
            self.tr("Save Session &As…"),
            "saveSessionAsAction",
            self.save_session_as,
            QKeySequence(self.tr("Ctrl+Shift+S")),
        )
        file_menu.addSeparator()
        self.export_figure_action = self._menu_action(
            file_menu, self.tr("Export &Figure…"), "exportFigureAction", self.export_figure
        )
        self.export_figure_action.setStatusTip(
            self.tr("Save the current tab's picture as a PNG image (twice its size) or an SVG drawing")
        )
        self.export_notebook_action = self._menu_action(
            file_menu, self.tr("Export as &Notebook…"), "exportNotebookAction", self.export_notebook
        )
        self.export_notebook_action.setStatusTip(
            self.tr("A Jupyter notebook that rebuilds the current tab's set-up and prints the same numbers")
        )
        file_menu.addSeparator()
        self.examples_action = self._menu_action(
            file_menu,
            self.tr("Open &Example…"),
            "openExampleAction",
            self.show_examples,
            QKeySequence(self.tr("Ctrl+E")),
        )
        self.examples_action.setStatusTip(self.tr("The course's programs: read them and run them"))
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self, objectName="quitAction")
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setStatusTip(self.tr("Close gradlab"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.lesson_action = self._menu_action(
            view_menu, self.tr("&Lesson"), "lessonAction", self.toggle_lesson, QKeySequence(self.tr("Ctrl+L"))
        )
        self.lesson_action.setStatusTip(self.tr("Show or fold the lesson beside the current tab"))
        # the window's own, so that they switch the main tabs wherever the focus is (a side panel's
        # tabs or a table would take Ctrl+Tab for themselves)
        self.next_tab_action = self._menu_action(
            view_menu,
            self.tr("&Next Tab"),
            "nextTabAction",
            lambda: self.step_tab(1),
            QKeySequence("Ctrl+Tab"),
        )
        self.next_tab_action.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.previous_tab_action = self._menu_action(
            view_menu,
            self.tr("&Previous Tab"),
            "previousTabAction",
            lambda: self.step_tab(-1),
            QKeySequence("Ctrl+Shift+Tab"),
        )
        self.previous_tab_action.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
        for action in (self.next_tab_action, self.previous_tab_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        view_menu.addSeparator()
        self._create_zoom_actions(view_menu)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("L&anguage"))
        language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)  # each language named in itself, never translated
            action.setObjectName(f"language_{code}_Action")
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == self.language.code)
            action.triggered.connect(lambda _=False, code=code: self.switch_language(code))
            self.language_group.addAction(action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("themeMenu")
        self.theme_group = QActionGroup(self)
        names = {"system": self.tr("&System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        for name in theme.THEMES:
            action = theme_menu.addAction(names[name])
            action.setObjectName(f"theme_{name}_Action")
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name == theme.chosen())
            action.triggered.connect(lambda _=False, name=name: self.switch_theme(name))
            self.theme_group.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self.tr("&About gradlab"), self, objectName="aboutAction")
        self.about_action.setStatusTip(self.tr("Versions of gradlab and the libraries it uses"))
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self, objectName="shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence(self.tr("F1")))
        self.shortcuts_action.setStatusTip(self.tr("Every keyboard shortcut, tab by tab"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _create_zoom_actions(self, view_menu) -> None:
        """Zoom In (Ctrl+= or Ctrl++), Zoom Out (Ctrl+-) and Actual Size (Ctrl+Shift+0): the window's own.

        Ctrl+0 is the Graph tab's Fit; Actual Size takes Ctrl+Shift+0 instead, which no tab uses.
        """
        self.zoom_in_action = self._menu_action(
            view_menu, self.tr("Zoom &In"), "zoomInAction", self.zoom_in, QKeySequence(self.tr("Ctrl+="))
        )
        self.zoom_in_action.setShortcuts([QKeySequence(self.tr("Ctrl+=")), QKeySequence(self.tr("Ctrl++"))])
        self.zoom_in_action.setStatusTip(self.tr("Larger text and pictures, for a projector"))
        self.zoom_out_action = self._menu_action(
            view_menu, self.tr("Zoom &Out"), "zoomOutAction", self.zoom_out, QKeySequence(self.tr("Ctrl+-"))
        )
        self.zoom_out_action.setStatusTip(self.tr("Smaller text and pictures"))
        self.zoom_reset_action = self._menu_action(
            view_menu,
            self.tr("Actual &Size"),
            "zoomResetAction",
            self.zoom_reset,
            QKeySequence(self.tr("Ctrl+Shift+0")),
        )
        self.zoom_reset_action.setStatusTip(self.tr("Text and pictures at their usual size (100%)"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _menu_action(self, menu, text: str, name: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def shortcuts(self) -> list[tuple[str, str, str]]:
        """(where, what, keys) for every action with a shortcut: the window's, then each tab's."""
        window = [
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.examples_action,
            self.quit_action,
            self.lesson_action,
            self.next_tab_action,
            self.previous_tab_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.shortcuts_action,
            self.about_action,
        ]
        places = [(self.tr("Window"), window, [])]
        self.pages.make_all()
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            places.append((without_mnemonic(self.tabs.tabText(i)), page.actions(), _view_keys(page)))
        rows = []
        for place, actions, view_keys in places:
            for action in actions:
                what = without_mnemonic(action.text()).strip(" ▶◀") or action.toolTip().split(" (")[0]
                for shortcut in action.shortcuts():  # one row per key (Zoom In has two)
                    keys = key_text(shortcut)
                    if keys:
                        rows.append((place, what, keys))
            rows.extend((place, what, keys) for what, keys in view_keys)  # keys a view takes itself
        return rows

    @Slot()
    def show_shortcuts(self) -> None:
        """A table of every shortcut, without blocking (window-modal)."""
        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts"))
        table = QTableWidget(0, 3, dialog, objectName="shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for where, what, keys in self.shortcuts():
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((where, what, keys)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        # larger with the window's zoom, never past the window (its Keys column stays in sight)
        width, height = round(zoom.scaled(560)), round(zoom.scaled(480))
        dialog.resize(min(width, max(560, self.width())), min(height, max(480, self.height())))
        dialog.open()
        self.shortcuts_box = dialog

    def about_text(self) -> str:
        """The About box's text: gradlab's version and those of Qt, PySide6, torch and Python."""
        rows = [
            (self.tr("gradlab"), __version__),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), pyside_version),
            (self.tr("PyTorch"), package_version("torch")),
            (self.tr("pyqtgraph"), package_version("pyqtgraph")),
            (self.tr("Python"), platform.python_version()),
        ]
        table = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{version}</td></tr>" for name, version in rows)
        intro = self.tr("A lab for backpropagation and gradient descent.")
        return f"<h3>gradlab</h3><p>{intro}</p><table>{table}</table>"

    @Slot()
    def show_about(self) -> None:
        """Open the About box without blocking (window-modal)."""
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About gradlab"))
        box.setText(self.about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()
        self.about_box = box


def _view_keys(page) -> list[tuple[str, str]]:
    """(what, keys) a tab's views take while they have the focus (not actions): the Neural Network tab's."""
    if page.objectName() != "classifyTab" and page.findChild(QWidget, "classifyTab") is None:
        return []
    from .classify.keys import view_keys

    return view_keys()
