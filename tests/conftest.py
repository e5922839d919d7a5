"""Test configuration: Qt draws offscreen, and a test that leaves a thread or a timer running fails.

The leak checks follow napari's conftest (_dangling_qthreads, _dangling_qthread_pool,
_dangling_qtimers) and apply only to tests that use Qt (the ``qtbot`` or ``qapp`` fixtures).
"""

from __future__ import annotations

import os
import weakref

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def _uses_qt(request) -> bool:
    return bool({"qtbot", "qapp"} & set(request.fixturenames))


@pytest.fixture(autouse=True)
def _dangling_qthreads(request, monkeypatch):
    """Fail a test that starts a QThread and leaves it running."""
    if not _uses_qt(request):
        yield
        return
    from PySide6.QtCore import QThread

    started: list[weakref.ref] = []
    original = QThread.start

    def start(self, *args, **kwargs):
        started.append(weakref.ref(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(QThread, "start", start)
    yield
    running = []
    for ref in started:
        thread = ref()
        try:
            if thread is not None and thread.isRunning() and not thread.wait(2000):
                running.append(thread)
        except RuntimeError:  # the C++ object is already gone: it is not running
            pass
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

    started: list[weakref.ref] = []
    original = QTimer.start

    def start(self, *args, **kwargs):
        started.append(weakref.ref(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(QTimer, "start", start)
    yield
    active = []
    for ref in started:
        timer = ref()
        try:
            if timer is not None and timer.isActive():
                active.append(timer)
        except RuntimeError:  # deleted with its parent
            pass
    if active:
        names = ", ".join(t.objectName() or repr(t) for t in active)
        pytest.fail(f"the test left {len(active)} QTimer(s) running: {names}")


@pytest.fixture
def make_main_window(qtbot):
    """A factory for gradlab's main window; every window made is closed at teardown."""
    from gradlab.ui.app import application
    from gradlab.ui.main_window import MainWindow

    application()
    windows = []

    def make():
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
