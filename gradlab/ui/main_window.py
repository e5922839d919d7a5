"""The main window: three tabs (Graph, Gradient Descent, Regression), menus and a status bar."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QSettings, Slot, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from .. import __version__
from .descent_tab import DescentTab
from .graph_tab import GraphTab
from .regression_tab import RegressionTab
from .torch_loader import TorchLoader


def package_version(name: str) -> str:
    """The installed version of ``name`` without importing it (importing torch takes seconds)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


class MainWindow(QMainWindow):
    """gradlab's window. Tabs are reachable as ``tabs`` and by objectName."""

    def __init__(self, remember: bool = True) -> None:
        """``remember``: restore the window's size and last tab, and save them on closing (QSettings)."""
        super().__init__()
        self.remember = remember
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("gradlab"))
        self.resize(1200, 800)
        self.about_box: QMessageBox | None = None

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.graph_tab = GraphTab()
        self.graph_tab.status_message.connect(self.show_status)
        self.tabs.addTab(self.graph_tab, self.tr("&Graph"))
        self.descent_tab = DescentTab()
        self.descent_tab.status_message.connect(self.show_status)
        self.tabs.addTab(self.descent_tab, self.tr("Gradient &Descent"))
        self.regression_tab = RegressionTab()
        self.regression_tab.status_message.connect(self.show_status)
        self.tabs.addTab(self.regression_tab, self.tr("&Regression"))
        self.setCentralWidget(self.tabs)

        self.torch_loader = TorchLoader(self)
        self.torch_loader.ready.connect(self.descent_tab.torch_ready)
        self.torch_loader.ready.connect(self.regression_tab.torch_ready)
        self.torch_loader.failed.connect(self.show_status)
        self._create_menus()
        self.statusBar().setObjectName("statusBar")
        self.statusBar().showMessage(self.tr("Ready"))
        self.shortcuts_box: QDialog | None = None
        if self.remember:
            self._restore_settings()

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        try:
            tab = int(settings.value("window/tab", 0))
        except (TypeError, ValueError):
            tab = 0
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())

    @Slot(str)
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def showEvent(self, event) -> None:
        """The window is on screen: now torch may load, in the background."""
        super().showEvent(event)
        self.torch_loader.start()

    def closeEvent(self, event) -> None:
        """Stop what the tabs have running (timers, workers) before the window goes."""
        self.graph_tab.shutdown()
        self.descent_tab.shutdown()
        self.regression_tab.shutdown()
        if self.remember:
            self._save_settings()
        super().closeEvent(event)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.quit_action = QAction(self.tr("&Quit"), self, objectName="quitAction")
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setStatusTip(self.tr("Close gradlab"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

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

    def shortcuts(self) -> list[tuple[str, str, str]]:
        """(where, what, keys) for every action with a shortcut: the window's, then each tab's."""
        places = [(self.tr("Window"), [self.quit_action, self.shortcuts_action, self.about_action])]
        for i in range(self.tabs.count()):
            places.append((self.tabs.tabText(i).replace("&", ""), self.tabs.widget(i).actions()))
        rows = []
        for place, actions in places:
            for action in actions:
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    what = action.text().replace("&", "").strip(" ▶◀") or action.toolTip().split(" (")[0]
                    rows.append((place, what, keys))
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
        dialog.resize(560, 480)
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
