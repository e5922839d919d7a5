"""The main window: four tabs (Graph, Descent, Regression, Neural Network), menus, sessions, a status bar.

The window owns what spans the tabs: where the keyboard focus goes, the window's size on the
screen, the language and theme, torch's loading, and the settings kept between runs (QSettings:
geometry, last tab, language, theme, each tab's lesson and last set-up). Session files are
``SessionFiles``'s, the menus and Help's dialogs ``WindowMenus``'s.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from ..files import shown, why_not
from ..session import SessionError
from . import figure_export, theme, zoom
from .language import Language
from .session_files import SessionFiles
from .tab_pages import TabPages
from .torch_loader import TorchLoader
from .widgets import guard_wheel
from .window_menus import WindowMenus

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


class MainWindow(SessionFiles, WindowMenus, QMainWindow):
    """gradlab's window. Tabs are reachable as ``tabs`` and by objectName."""

    def __init__(self, remember: bool = True) -> None:
        """``remember``: restore the window's size and last tab, and save them on closing (QSettings)."""
        super().__init__()
        self.language = Language.instance()  # before any widget: it records where each text came from
        self.remember = remember
        if remember and zoom.saved() != zoom.factor():
            zoom.apply(zoom.saved())  # before the widgets: they are made at the scale chosen last time
        self.setObjectName("mainWindow")
        self.resize(1200, 800)
        self.about_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self.examples_dialog: QDialog | None = None
        self.session_path: Path | None = None
        self._clean_state: dict | None = None
        self._shown_once = False
        self._painted = False

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.pages = TabPages(
            self.tabs,
            {
                # each tab's module is imported when the tab is made: those not shown first cost
                # nothing before the window's first paint
                "graph": ("gradlab.ui.graph.tab.GraphTab", self.tr("&Graph")),
                "descent": ("gradlab.ui.descent.tab.DescentTab", self.tr("Gradient &Descent")),
                "regression": ("gradlab.ui.regression.tab.RegressionTab", self.tr("&Regression")),
                "classify": ("gradlab.ui.classify.tab.ClassifyTab", self.tr("&Neural Network")),
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
        self._show_zoom_limits()
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

    @property
    def classify_tab(self):
        return self.pages.get("classify")

    @Slot(dict)
    def open_in_graph(self, part: dict) -> None:
        """Show a graph session part (a point's computation, from the Neural Network tab) in the Graph tab."""
        graph_tab = self.graph_tab
        try:
            graph_tab.prepare_session(part)()
        except SessionError as error:
            self.show_status(self.tr("The graph could not be opened: {error}").format(error=error))
            return
        self.tabs.setCurrentWidget(graph_tab)
        self.show_status(self.tr("One point's computation: step it forward and backward."))

    @Slot(str)
    def _tab_made(self, name: str) -> None:
        """A tab's widget exists now: connect it, give it what was remembered for it, tell it of torch."""
        tab = self.pages.peek(name)
        tab.status_message.connect(self.show_status)
        if hasattr(tab, "open_in_graph"):
            tab.open_in_graph.connect(self.open_in_graph)
        if hasattr(tab, "exercise_save_requested"):  # the Graph tab's Save as Exercise…
            tab.exercise_save_requested.connect(self.save_exercise)
        guard_wheel(tab)
        if zoom.factor() != 1.0:
            zoom.scale_own_fonts(tab)  # its fixed-width panes, made at their size at 100%
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
            target.setFocus(Qt.FocusReason.OtherFocusReason)  # not the student's: the wheel scrolls past it

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        for name, tab in self.pages.made_tabs().items():  # one not made yet keeps what it had
            if getattr(tab, "user_changed", True):  # a tab may know that nothing in it was the user's doing
                settings.setValue(f"tabs/{name}", json.dumps(tab.session_state()))
            settings.setValue(f"lessons/{name}", tab.lesson.expanded())

    # --- torch ----------------------------------------------------------------------------------

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

    # --- zoom and figures ---------------------------------------------------------------------------

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(zoom.larger())

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(zoom.smaller())

    @Slot()
    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def set_zoom(self, value: float | None) -> None:
        """Every text and picture at ``value`` (one of zoom.STEPS; None, past the end: nothing); kept."""
        if value is None:
            return
        zoom.apply(value)
        QSettings().setValue(zoom.SETTINGS_KEY, value)
        self.fit_to_screen()  # a window the larger texts widened goes back inside its screen
        self._show_zoom_limits()
        self.show_status(self.tr("Zoom {percent}%").format(percent=zoom.percent()))

    def _show_zoom_limits(self) -> None:
        """Zoom In is off at the largest step, Zoom Out and Actual Size at 100%."""
        self.zoom_in_action.setEnabled(zoom.larger() is not None)
        self.zoom_out_action.setEnabled(zoom.smaller() is not None)
        self.zoom_reset_action.setEnabled(zoom.factor() != 1.0)

    @Slot()
    def export_figure(self) -> None:
        """Ask where, then write the current tab's picture (File → Export Figure…)."""
        name = self.pages.names()[self.tabs.currentIndex()]
        path = figure_export.ask_path(self, name)
        if path:
            self.export_figure_to(path)

    @Slot()
    def export_notebook(self) -> None:
        """File → Export as Notebook…: the current tab's set-up as a notebook that prints its numbers."""
        from .notebook_export import export_notebook

        export_notebook(self)

    def export_figure_to(self, path: str | Path) -> bool:
        """Write the current tab's picture to ``path`` (.png or .svg); a failure is one line in a message."""
        try:
            written = figure_export.export_figure(self.tabs.currentWidget(), path)
        except figure_export.FigureError as error:
            self._show_message(self.tr("Could not export the figure"), str(error))
            return False
        except OSError as error:
            reason = why_not(error, path, writing=True)
            self._show_message(
                self.tr("Could not export the figure"),
                self.tr("{name} was not saved: {reason}").format(name=shown(path), reason=reason),
            )
            return False
        self.show_status(self.tr("Saved {name}").format(name=shown(written)))
        return True

    def step_tab(self, by: int) -> None:
        """Show the next (1) or previous (-1) tab, round the end."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + by) % self.tabs.count())

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
        """Once the window has been painted, the other tabs are made, and then torch starts loading.

        torch's import would slow that paint; it also loads large shared libraries, and while it does,
        a library the GUI thread loads (as making a tab may) waits for it.
        """
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.pages.make_the_rest_soon(then=self.torch_loader.start)

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
