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


def pytest_collection_modifyitems(config, items):
    """The tests marked slow first (a stable sort: each file's order kept), so that none of them
    starts last and runs on alone while the other xdist workers have nothing left to do."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


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
def _translator_as_it_was():
    """Put back the core's translator a test replaced (a stand-in, or None for English): the next
    tests of that worker would otherwise read their messages through it (the Descent tab's names
    stayed English after a switch to Chinese, once a test had installed None)."""
    from gradlab import translation

    previous = translation._translator
    yield
    translation.install(previous)


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


def _top_level_widgets() -> list:
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets() if QApplication.instance() is not None else []


def _pointer(widget) -> int:
    from shiboken6 import getCppPointer

    return getCppPointer(widget)[0]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    item.windows_before = {_pointer(w) for w in _top_level_widgets()}
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the leak checks, delete the menus the test's plots left: for speed, not a check.

    pyqtgraph makes each plot's context menus without a parent, and they outlive the plot (about
    340 widgets a main window); a worker's later tests walked them all at each language switch
    (over 100,000 by the end). The test's closed windows are deleted here (else in the next test's
    first event loop), then the menus they left, unless something else the test made is alive.
    """
    result = yield
    if {"qtbot", "qapp"} & set(item.fixturenames):
        from pytestqt.exceptions import capture_exceptions, format_captured_exceptions

        with capture_exceptions() as raised:  # as pytest-qt fails a test for what its slots raise
            _delete_left_menus(getattr(item, "windows_before", set()))
        if raised:
            pytest.fail("deleting the test's windows raised:\n" + format_captured_exceptions(raised))
    return result


def _delete_left_menus(before: set[int]) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMenu

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    made = [w for w in _top_level_widgets() if _pointer(w) not in before]
    menus = [w for w in made if isinstance(w, QMenu) and w.parent() is None and not w.isVisible()]
    left = {_pointer(menu) for menu in menus}

    def in_a_left_menu(widget) -> bool:
        while widget.parentWidget() is not None:
            widget = widget.parentWidget()
        return _pointer(widget) in left

    # a window still alive (a fixture wider than the test) may own these menus: then leave them
    if menus and all(in_a_left_menu(w) for w in made):
        for menu in menus:
            menu.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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


@pytest.fixture(scope="session")
def course_model(tmp_path_factory):
    """model.ckpt as the course's regression1train.py writes it (seed 0). The script trains 10,000
    steps (about 6 s), so it runs once a test run, by whichever xdist worker asks first."""
    import fcntl

    from tests.test_regression_core import run_script

    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = folder.parent  # the run's folder, which its workers share
    folder /= "course-model"
    folder.mkdir(exist_ok=True)
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "model.ckpt").exists():
            (folder / "run").mkdir(exist_ok=True)
            run_script("regression1train", 0, folder / "run")
            os.replace(folder / "run" / "model.ckpt", folder / "model.ckpt")  # whole or not at all
    return folder / "model.ckpt"


# Programs run as scripts (runpy.run_path with the script's folder first on sys.path, as ``python
# script.py`` has it), all in one child interpreter: one torch import for them all, not one each.
_RUN_EACH = """
import contextlib, io, json, os, runpy, sys, traceback
answers = {}
for path in sys.argv[1:]:
    printed, error = io.StringIO(), ""
    sys.path.insert(0, os.path.dirname(path))
    try:
        with contextlib.redirect_stdout(printed):
            runpy.run_path(path, run_name="__main__")
    except BaseException:
        error = traceback.format_exc()
    finally:
        del sys.path[0]
    answers[path] = [printed.getvalue(), error]
print(json.dumps(answers))
"""


def run_as_scripts(paths, cwd) -> dict:
    """{path: (what the script printed, its traceback or "")} for each of ``paths``, run in ``cwd``."""
    import json
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _RUN_EACH, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    return {path: tuple(answers[str(path)]) for path in paths}


# --- torch and the command line in this process (shared by the core and command-line tests) ----------


@pytest.fixture
def one_thread():
    """torch on one thread: the models are tiny, and on a busy machine two threads only wait on each other."""
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield torch
    torch.set_num_threads(threads)


def in_process(capsys, *args):
    """``gradlab ARGS`` through ``cli.main`` in this process (no interpreter and torch to start): the
    same exit status, stdout and stderr as a CompletedProcess, for tests about what is said rather
    than about the process."""
    import subprocess

    from gradlab import cli

    try:
        code = cli.main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, code or 0, out, err)


# --- driving widgets the way a student does (shared by the tab tests) -------------------------------


@pytest.fixture
def regression_tab(make_main_window, qtbot):
    """The Regression tab of a shown window, once torch has loaded; its run stopped at teardown."""
    window = make_main_window()
    window.tabs.setCurrentWidget(window.regression_tab)
    qtbot.waitUntil(lambda: window.regression_tab.ready, timeout=60_000)
    yield window.regression_tab
    window.regression_tab.shutdown()


def deny_reading(monkeypatch, path) -> None:
    """Opening ``path`` fails with "permission denied" (as root, chmod 000 would not stop a read)."""
    import errno

    real_open = os.open

    def denied(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)


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


def wheel(target, notches=-1):
    """Turn the mouse wheel ``notches`` notches over ``target``; the event, to see whether anyone took it."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(target.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)
    return event


def input_state(target):
    """What a spin box, combo box or slider shows: what the wheel must leave alone."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    if isinstance(target, QComboBox):
        return target.currentIndex(), target.currentText()
    if isinstance(target, QAbstractSpinBox):
        return target.text()
    return target.value()


def in_reach(target) -> bool:
    """Whether all of ``target`` is on screen: shown, inside its window and every scroll area's view."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractScrollArea

    window = target.window()
    rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
    if not target.isVisible() or not window.rect().contains(rect):
        return False
    parent = target.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            port = parent.viewport()
            if not QRect(port.mapTo(window, QPoint(0, 0)), port.size()).contains(rect):
                return False
        parent = parent.parentWidget()
    return True
