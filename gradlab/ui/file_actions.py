"""What the tabs' file actions share: a data file read on a thread, and the open and save dialogs.

A tab that reads a CSV file stays usable while it is read: ``CsvReader`` runs the tab's reading
function on a worker thread, says "Loading …" in the tab's message, keeps Start off until the file
is in or refused, and tells the tab (``csv_finished``) which it was. The dialogs' titles and filters
are the caller's own words (already translated).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ..files import shown


class CsvReader(QObject):
    """Reads one data file at a time on a thread for ``tab``, which it tells when the file is in.

    ``tab`` has ``running``, ``say``, ``_show_running`` and ``csv_finished``;
    ``on_read(path, result)`` takes what the file held and returns whether the tab took it;
    ``on_refused(path, error)`` says why a file was not read.
    """

    def __init__(
        self, tab, on_read: Callable[[Path, object], bool], on_refused: Callable[[Path, Exception], None]
    ):
        super().__init__(tab)
        self.tab = tab
        self.on_read = on_read
        self.on_refused = on_refused
        self.worker = None
        self._read_ok = False

    @property
    def loading(self) -> bool:
        return self.worker is not None

    def start(self, path: str | Path, read: Callable[[Path], object]) -> bool:
        """Start ``read(path)`` on a thread (False if a file is being read, or a run is going)."""
        from superqt.utils import create_worker

        if self.loading or self.tab.running:
            return False
        path, self._read_ok = Path(path), False
        worker = create_worker(read, path, _start_thread=False, _ignore_errors=True)  # on_refused says why
        worker.returned.connect(lambda result: self._read(path, result))
        worker.errored.connect(lambda error: self.on_refused(path, error))
        worker.finished.connect(self._done)
        self.worker = worker
        self.tab._show_running(False)
        self.tab.say(self.tr("Loading {name} …").format(name=shown(path)))
        worker.start()
        return True

    def _read(self, path: Path, result) -> None:
        self._read_ok = bool(self.on_read(path, result))

    def _done(self) -> None:
        self.worker = None
        self.tab._show_running(self.tab.running)
        self.tab.csv_finished.emit(self._read_ok)


def ask_open(parent: QWidget, title: str, *filters: str) -> str:
    """The file the student chose to open ("" for none), offered through ``filters`` ("CSV (*.csv)")."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", ";;".join(filters))
    return path


def ask_save(parent: QWidget, title: str, name: str, kind: str) -> str:
    """The file the student chose to save as ("" for none), ``name`` offered, of the ``kind`` filter."""
    path, _ = QFileDialog.getSaveFileName(parent, title, name, kind)
    return path
