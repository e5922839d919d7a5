"""The main window: three tabs (Graph, Gradient Descent, Regression), menus, sessions and a status bar.

The window owns what spans the tabs: session files (each tab gives and checks its own part), the
title with the session's name and a modified mark, the language and theme, and the settings kept
between runs (QSettings: geometry, last tab, language, theme, each tab's last set-up).
"""

from __future__ import annotations

import json
import platform
import re
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSignalBlocker, Qt, QTimer, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..session import SUFFIX, SessionError, load_session, save_session
from . import theme
from .descent.tab import DescentTab
from .graph.tab import GraphTab
from .language import LANGUAGES, Language
from .regression.tab import RegressionTab
from .tab_pages import TabPages
from .torch_loader import TorchLoader
from .widgets import guard_wheel

RECENT_MAX = 8


def without_mnemonic(text: str) -> str:
    """A menu text as read aloud: "&File" -> "File", and Chinese "檔案(&F)" -> "檔案"."""
    return re.sub(r"\(&\w\)|&(?=\S)", "", text).strip()


def package_version(name: str) -> str:
    """The installed version of ``name`` without importing it (importing torch takes seconds)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton)


def first_input(tab: QWidget) -> QWidget | None:
    """The tab's ``first_input()`` if it names one, else its first enabled input in the focus chain.

    The lessons' own controls (their fold button and text) are not inputs of the tab.
    """
    named = getattr(tab, "first_input", None)
    if callable(named):
        return named()
    widget = tab.nextInFocusChain()
    while widget is not None and widget is not tab:  # the chain is a ring through the whole window
        usable = (
            tab.isAncestorOf(widget)
            and widget.isVisibleTo(tab)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        )
        if usable and isinstance(widget, INPUTS) and "Lesson" not in widget.objectName():
            return widget
        widget = widget.nextInFocusChain()
    return None


class AltArrowsPass(QObject):
    """On the tab bar: Alt+Left and Alt+Right are the tabs' stepping keys, never "switch tab"."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        ):
            event.ignore()
            return True
        return False


class MainWindow(QMainWindow):
    """gradlab's window. Tabs are reachable as ``tabs`` and by objectName."""

    def __init__(self, remember: bool = True) -> None:
        """``remember``: restore the window's size and last tab, and save them on closing (QSettings)."""
        super().__init__()
        self.language = Language.instance()  # before any widget: it records where each text came from
        self.remember = remember
        self.setObjectName("mainWindow")
        self.resize(1200, 800)
        self.about_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self.examples_dialog: QDialog | None = None
        self.session_path: Path | None = None
        self._clean_state: dict | None = None
        self._shown_once = False

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.pages = TabPages(
            self.tabs,
            {
                "graph": (GraphTab, self.tr("&Graph")),
                "descent": (DescentTab, self.tr("Gradient &Descent")),
                "regression": (RegressionTab, self.tr("&Regression")),
            },
        )
        self.pages.made.connect(self._tab_made)
        # each tab's lesson folding and last set-up, kept until the tab is made
        self._restored: dict[str, tuple[bool, object]] = {}
        self.setCentralWidget(self.tabs)
        # The tab bar takes no focus: arrows (Alt+arrows included) then always reach the tab's own
        # shortcuts, never switch tabs. Tabs are switched with Ctrl+Tab, Ctrl+PgUp/PgDown or Alt+letter.
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._alt_arrows = AltArrowsPass(self)
        self.tabs.tabBar().installEventFilter(self._alt_arrows)
        self.tabs.currentChanged.connect(self._focus_first_input)
        guard_wheel(self.tabs)

        self.torch_loader = TorchLoader(self)
        self.torch_loader.ready.connect(self._torch_ready)
        self.torch_loader.failed.connect(self.show_status)
        self._create_menus()
        self.statusBar().setObjectName("statusBar")
        self.statusBar().showMessage(self.tr("Ready"))
        self.shortcuts_box: QDialog | None = None
        if self.remember:
            self._restore_settings()
        self.language.changed.connect(self._language_changed)
        self._clean_state = {}
        self.pages.get(self.pages.names()[self.tabs.currentIndex()])  # the tab shown first is made now
        self._mark_clean()

    # --- the tabs ---------------------------------------------------------------------------------

    @property
    def graph_tab(self):
        return self.pages.get("graph")

    @property
    def descent_tab(self):
        return self.pages.get("descent")

    @property
    def regression_tab(self):
        return self.pages.get("regression")

    @Slot(str)
    def _tab_made(self, name: str) -> None:
        """A tab's widget exists now: connect it, give it what was remembered for it, tell it of torch."""
        tab = self.pages.get(name)
        tab.status_message.connect(self.show_status)
        guard_wheel(tab)
        expanded, state = self._restored.pop(name, (True, None))
        tab.lesson.set_expanded(expanded)
        if state is not None:
            try:  # the tab's last set-up; one that can't be used is skipped
                tab.prepare_session(state)()
            except (ValueError, TypeError, SessionError):
                pass
        if self.torch_loader.is_ready and hasattr(tab, "torch_ready"):
            tab.torch_ready()
        if self._clean_state is not None:
            self._clean_state[name] = tab.session_state()  # nothing has changed it yet
        tab.session_changed.connect(self._update_modified)

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            self.fit_to_screen()
        try:
            tab = int(settings.value("window/tab", 0))
        except (TypeError, ValueError):
            tab = 0
        for name in self.pages.names():
            try:
                state = json.loads(settings.value(f"tabs/{name}", "") or "null")
            except (ValueError, TypeError):
                state = None
            self._restored[name] = (settings.value(f"lessons/{name}", True, type=bool), state)
        if 0 <= tab < self.tabs.count():
            with QSignalBlocker(self.tabs):  # the tab is made below, with what was just read
                self.tabs.setCurrentIndex(tab)

    def fit_to_screen(self) -> None:
        """Shrink and move the window into its screen's free area (a geometry saved on a larger screen)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        if self.isMaximized() or self.isFullScreen():
            return
        width = min(self.width(), free.width() - extra_w)
        height = min(self.height(), free.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumSizeHint().width()), max(height, 1))
        frame = self.frameGeometry()
        x = min(max(frame.x(), free.left()), free.right() + 1 - frame.width())
        y = min(max(frame.y(), free.top()), free.bottom() + 1 - frame.height())
        self.move(max(x, free.left()), max(y, free.top()))

    @Slot()
    def _focus_first_input(self) -> None:
        """Keys go where the user looks: the shown tab's first input has the focus."""
        tab = self.tabs.currentWidget()
        target = first_input(tab) if tab is not None else None
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        for name, tab in self.pages.made_tabs().items():  # one not made yet keeps what it had
            if getattr(tab, "user_changed", True):  # a tab may know that nothing in it was the user's doing
                settings.setValue(f"tabs/{name}", json.dumps(tab.session_state()))
            settings.setValue(f"lessons/{name}", tab.lesson.expanded())

    # --- sessions -------------------------------------------------------------------------------

    def tab_parts(self) -> dict:
        """The tabs by the name of their part in a session file (all made, if some were not yet)."""
        return self.pages.make_all()

    def session_state(self) -> dict:
        return {name: tab.session_state() for name, tab in self.tab_parts().items()}

    def _mark_clean(self) -> None:
        """What is on screen now is what the session file holds (just opened, saved, or new)."""
        self._clean_state = {name: tab.session_state() for name, tab in self.pages.made_tabs().items()}
        self._update_modified()

    @Slot()
    def _update_modified(self) -> None:
        """The title's modified mark: a tab not made yet is as it was."""
        if self._clean_state is None:
            return
        made = self.pages.made_tabs()
        self.setWindowModified(
            any(tab.session_state() != self._clean_state.get(n) for n, tab in made.items())
        )
        self._update_title()

    def _update_title(self) -> None:
        name = self.session_path.name if self.session_path is not None else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name}[*] — gradlab").format(name=name))

    @Slot()
    def _torch_ready(self) -> None:
        """The tabs that wait for torch fill in their set-ups; that alone is not a change to save."""
        clean = not self.isWindowModified()
        for tab in self.pages.made_tabs().values():
            if not hasattr(tab, "torch_ready"):  # e.g. the descent tab needs no torch: it is ready at once
                continue
            try:  # one tab's trouble must not leave the others waiting for torch for ever
                tab.torch_ready()
            except Exception as error:  # noqa: BLE001 - reported, and the window goes on
                self.show_status(self.tr("Could not set up a tab: {error}").format(error=error))
        if clean:
            self._mark_clean()
        focus = QApplication.focusWidget()
        if focus is None or not self.tabs.currentWidget().isAncestorOf(focus):
            self._focus_first_input()  # a tab that waited for torch has its inputs now

    def save_session_to(self, path: str | Path) -> bool:
        """Write the session; a failure is shown in a message and changes nothing."""
        path = Path(path).resolve()
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            save_session(path, self.session_state())
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self._show_message(
                self.tr("Could not save the session"),
                self.tr("{name} was not saved: {reason}").format(name=path.name, reason=reason),
            )
            return False
        self.session_path = path
        self._remember_recent(path)
        self._mark_clean()
        self.show_status(self.tr("Saved {name}").format(name=path.name))
        return True

    def open_session_from(self, path: str | Path) -> bool:
        """Show a session; one that is not a session, newer or damaged is refused and nothing changes."""
        path = Path(path).resolve()
        try:
            parts = load_session(path)
            shows = [tab.prepare_session(parts[name]) for name, tab in self.tab_parts().items()]
        except SessionError as error:
            self._show_message(self.tr("Could not open the session"), str(error))
            if not path.exists():
                self._forget_recent(path)
            return False
        try:
            for show in shows:
                show()
        except Exception as error:  # noqa: BLE001 - a check the tabs missed: say so, keep the old name
            self._show_message(
                self.tr("Could not open the session"),
                self.tr("{name} could not be shown completely: {error}").format(name=path.name, error=error),
            )
            self._update_modified()
            return False
        self.session_path = path
        self._remember_recent(path)
        self._mark_clean()
        self.show_status(self.tr("Opened {name}").format(name=path.name))
        return True

    @Slot()
    def save_session(self) -> bool:
        if self.session_path is None:
            return self.save_session_as()
        return self.save_session_to(self.session_path)

    @Slot()
    def save_session_as(self) -> bool:
        start = str(self.session_path or Path.home() / (self.tr("session") + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Session"), start, self.tr("gradlab sessions (*.gradlab)")
        )
        return bool(path) and self.save_session_to(path)

    @Slot()
    def open_session(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.session_path.parent if self.session_path else Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Session"), start, self.tr("gradlab sessions (*.gradlab);;All files (*)")
        )
        if path:
            self.open_session_from(path)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for the unsaved changes (tests replace this to answer)."""
        name = self.session_path.name if self.session_path is not None else self.tr("Untitled")
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} first?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def maybe_save(self) -> bool:
        """True when the work on screen may be replaced: saved, discarded, or nothing to save."""
        if not self.isWindowModified():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_session()
        return answer == QMessageBox.StandardButton.Discard

    def recent_sessions(self) -> list[str]:
        recent = QSettings().value("sessions/recent", [])
        if isinstance(recent, str):
            recent = [recent]
        return [str(p) for p in recent or []][:RECENT_MAX]

    def _remember_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text, *(p for p in self.recent_sessions() if p != text)][:RECENT_MAX]
        QSettings().setValue("sessions/recent", recent)

    def _forget_recent(self, path: Path) -> None:
        text = str(path.resolve())
        QSettings().setValue("sessions/recent", [p for p in self.recent_sessions() if p != text])

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_sessions()
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1}  {Path(path).name}")
            action.setObjectName(f"recentSession{i}Action")
            action.setStatusTip(path)
            action.triggered.connect(
                lambda _=False, path=path: self.maybe_save() and self.open_session_from(path)
            )
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent sessions"))
            empty.setEnabled(False)

    def _show_message(self, title: str, text: str) -> None:
        """A warning that does not block (window-modal); the last one is kept as ``message_box``."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.open()
        self.message_box = box
        self.show_status(text)

    # --- language, theme, examples --------------------------------------------------------------

    @Slot(str)
    def switch_language(self, code: str) -> None:
        if not self.language.switch(code):
            self.show_status(self.tr("The {language} translation could not be loaded.").format(language=code))
            self._language_changed(self.language.code)
            return
        QSettings().setValue("language", code)

    @Slot(str)
    def _language_changed(self, code: str) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == code)
        self._update_title()

    @Slot(str)
    def switch_theme(self, name: str) -> None:
        """Light, dark or the system's; remembered for the next start."""
        theme.apply(name)
        QSettings().setValue(theme.SETTINGS_KEY, name)
        for action in self.theme_group.actions():
            action.setChecked(action.data() == name)

    @Slot()
    def toggle_lesson(self) -> None:
        lesson = self.tabs.currentWidget().lesson
        lesson.set_expanded(not lesson.expanded())

    @Slot()
    def show_examples(self) -> None:
        from .examples_dialog import ExamplesDialog

        if self.examples_dialog is None:
            self.examples_dialog = ExamplesDialog(self)
        self.examples_dialog.show()
        self.examples_dialog.raise_()
        self.examples_dialog.activateWindow()

    @Slot(str)
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def paintEvent(self, event) -> None:
        """Once the window has first been painted, torch starts loading (so it cannot slow that paint)."""
        super().paintEvent(event)
        if not self.torch_loader.started:
            QTimer.singleShot(0, self.torch_loader.start)
            self.pages.make_the_rest_soon()

    def showEvent(self, event) -> None:
        """The window is on screen: the tab's first input has the focus."""
        super().showEvent(event)
        if not self._shown_once:  # the frame's size is known only now
            self._shown_once = True
            self.fit_to_screen()
        focus = QApplication.focusWidget()
        if focus is None or not self.tabs.isAncestorOf(focus):
            self._focus_first_input()

    def closeEvent(self, event) -> None:
        """Offer to save unsaved work, then stop what the tabs have running before the window goes."""
        if not self.maybe_save():
            event.ignore()
            return
        if self.examples_dialog is not None:
            self.examples_dialog.close()
        for tab in self.pages.made_tabs().values():
            tab.shutdown()
        if self.remember:
            self._save_settings()
        super().closeEvent(event)

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
            self.shortcuts_action,
            self.about_action,
        ]
        places = [(self.tr("Window"), window)]
        self.pages.make_all()
        for i in range(self.tabs.count()):
            places.append((without_mnemonic(self.tabs.tabText(i)), self.tabs.widget(i).actions()))
        rows = []
        for place, actions in places:
            for action in actions:
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    what = without_mnemonic(action.text()).strip(" ▶◀") or action.toolTip().split(" (")[0]
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
