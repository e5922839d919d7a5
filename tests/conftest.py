"""Test configuration: Qt draws offscreen, and a test that leaves a thread or a timer running fails.

The leak checks follow napari's conftest (_dangling_qthreads, _dangling_qthread_pool,
_dangling_qtimers) and apply only to tests that use Qt (the ``qtbot`` or ``qapp`` fixtures).
"""

from __future__ import annotations

import os
import weakref

import pytest

# Offscreen, on one screen the size of a common laptop's (1280×800 at 96 dpi), in every test and in
# the programs tests start.
SCREEN = os.path.join(os.path.dirname(__file__), "screen.json")
os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + SCREEN
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory):
    """Each test reads and writes QSettings in a fresh folder, never the user's own settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


def _uses_qt(request) -> bool:
    return bool({"qtbot", "qapp"} & set(request.fixturenames))


def _record_starts(monkeypatch, cls) -> list:
    """Patch ``cls.start`` so that every object started during the test is remembered (weakly)."""
    started: list[weakref.ref] = []
    original = cls.start

    def start(self, *args, **kwargs):
        started.append(weakref.ref(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, "start", start)
    return started


def _still(started: list, predicate) -> list:
    """The remembered objects for which ``predicate`` holds; deleted ones are not running."""
    found = []
    for ref in started:
        obj = ref()
        try:
            if obj is not None and predicate(obj):
                found.append(obj)
        except RuntimeError:  # the C++ object is already gone
            pass
    return found


@pytest.fixture(autouse=True)
def _dangling_qthreads(request, monkeypatch):
    """Fail a test that starts a QThread and leaves it running."""
    if not _uses_qt(request):
        yield
        return
    from PySide6.QtCore import QThread

    started = _record_starts(monkeypatch, QThread)
    yield
    running = _still(started, lambda thread: thread.isRunning() and not thread.wait(2000))
    if running:
        pytest.fail(f"the test left {len(running)} QThread(s) running")


@pytest.fixture(autouse=True)
def _dangling_qthread_pool(request):
    """Fail a test that leaves work running in the global QThreadPool."""
    yield
    if not _uses_qt(request):
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(2000):
        pytest.fail(f"the test left {pool.activeThreadCount()} thread-pool task(s) running")


@pytest.fixture(autouse=True)
def _dangling_qtimers(request, monkeypatch):
    """Fail a test that leaves a QTimer running (started during the test and still active)."""
    if not _uses_qt(request):
        yield
        return
    from PySide6.QtCore import QTimer

    started = _record_starts(monkeypatch, QTimer)
    yield
    active = _still(started, lambda timer: timer.isActive())
    if active:
        names = ", ".join(t.objectName() or repr(t) for t in active)
        pytest.fail(f"the test left {len(active)} QTimer(s) running: {names}")


@pytest.fixture
def make_main_window(qtbot):
    """A factory for gradlab's main window; every window made is closed at teardown."""
    from PySide6.QtWidgets import QMessageBox

    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    application()
    windows = []

    def make():
        window = MainWindow()
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # tests that ask replace it
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # keyboard shortcuts reach only the active window
        qtbot.waitUntil(window.isActiveWindow)
        window.pages.make_all()  # the tabs not shown are made just after the first paint; here at once
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


# --- driving widgets the way a student does (shared by the tab tests) -------------------------------


def widget(root, kind, name):
    """The child of ``root`` of type ``kind`` called ``name`` (its objectName); the test fails without it."""
    found = root.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} called {name}"
    return found


def click(qtbot, root, name):
    """Click the push button (or tool button) called ``name`` with the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    qtbot.mouseClick(widget(root, QAbstractButton, name), Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text, enter=True):
    """Select what ``edit`` holds, type ``text`` over it and (by default) press Return."""
    from PySide6.QtCore import Qt

    edit.selectAll()
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
