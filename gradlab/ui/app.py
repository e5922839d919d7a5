"""Starting the application: QApplication, icon, translations, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..paths import resource_path
from . import theme
from .language import Language


def application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication, created once, with gradlab's name, icon and translation.

    ``language``: "en" or "zh_TW"; None keeps the language in use, or on first start takes the one
    chosen last time in View → Language (else the system's).
    """
    app = QApplication.instance()
    first = app is None or getattr(app, "_gradlab_language", None) is None
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("gradlab")
    app.setOrganizationName("gradlab")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("gradlab")
    app.setWindowIcon(QIcon(str(resource_path("icons", "gradlab.svg"))))
    if first:
        theme.apply(theme.saved())
    if language is None and first:
        language = Language.saved()
    if language is not None:
        Language.instance().switch(language)
    return app


def run(language: str | None = None, session: str | None = None) -> int:
    """Open the main window (on ``session``, a file: an exercise opens on the Graph tab) until it closes."""
    app = application(language=language)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    if session is not None:
        window.tabs.setCurrentWidget(window.graph_tab)
        window.open_session_from(session)
    return app.exec()


def save_screenshots(directory: str | os.PathLike, language: str | None = None) -> list[Path]:
    """Render the main window once per tab into ``directory`` (graph, descent, regression, classify .png)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application(language=language)
    from .main_window import MainWindow

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    previous = qInstallMessageHandler(_quiet_offscreen)
    window = MainWindow(remember=False)  # the same pictures whatever the user last did
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # nothing here to keep
    window.show()
    window.resize(1280, 800)  # after show, which fits the window to the screen (offscreen: 800×800)
    window.graph_tab.run_backward()  # show the walk done: values, gradients and the chain-rule log
    while not window.graph_tab.stepper.done:  # the walk goes in slices, from the event loop
        app.processEvents()
    window.torch_loader.wait()
    app.processEvents()  # delivers "torch is ready": the descent tab draws its map
    window.descent_tab.show_race_for_screenshot()
    window.regression_tab.show_run_for_screenshot()
    window.classify_tab.show_run_for_screenshot()
    saved = []
    try:
        for index, name in enumerate(("graph", "descent", "regression", "classify")):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            path = folder / f"{name}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            saved.append(path)
    finally:
        window.close()  # waits for the gradient check's worker
        window.deleteLater()
        app.processEvents()
        qInstallMessageHandler(previous)
    return saved


def _quiet_offscreen(kind, context, message: str) -> None:
    """Pass Qt's messages on to stderr, except the offscreen platform's harmless size-hint notice."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)
