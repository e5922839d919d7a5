"""Importing torch (over a second here) on a background thread once the window is on screen.

The tabs that compute with torch wait for ``ready`` before their first use, so neither the
window's appearance nor the event loop waits for the import. superqt's worker helpers are imported
first, on the same thread: the GUI thread imports them when it first starts a worker, and must
never wait there for a lock held by torch's import.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal


class TorchLoader(QObject):
    """Emits ``ready`` (in the GUI thread) once torch is imported; at once if it already was."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.is_ready = "torch" in sys.modules
        self._thread: threading.Thread | None = None
        self.ready.connect(self._mark_ready)

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._load, name="import torch", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            import superqt.utils  # noqa: F401 - before torch: see the module's docstring
            import torch  # noqa: F401
        except Exception as error:  # a broken install: say so in the window, don't crash
            self._tell(self.failed, f"{type(error).__name__}: {error}")
            return
        self._tell(self.ready)

    @staticmethod
    def _tell(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window closed while torch was loading: nobody to tell
            pass

    def _mark_ready(self) -> None:
        self.is_ready = True

    def wait(self, seconds: float = 60) -> None:
        """Block until the import is done (for rendering screenshots, not for the live window)."""
        self.start()
        self._thread.join(seconds)


def shown_when_ready(tab, state: dict):
    """The function that shows a session's part on a tab that needs torch: now, or once torch is in.

    ``tab`` has ``ready``, ``_pending_session``, ``_show_session(state)`` and ``session_changed``.
    """

    def show() -> None:
        if tab.ready:
            tab._show_session(state)
        else:
            tab._pending_session = state
            tab.session_changed.emit()

    return show
