"""The Check panel: each input's gradient three ways, and why they differ, computed off the GUI thread.

The engine's gradients are shown at once; central differences (two forward passes per input) and
torch.autograd (whose import takes seconds) run on a worker thread, and their results come back
by signal. A result for a graph or a walk that has changed since is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...engine import Graph, format_number
from ...graph.check import Cause, GradientCheck, causes, compare, numeric_and_torch
from .. import theme
from ..widgets import MessageLabel


class CheckPanel(QWidget):
    """A table: each input's gradient from the engine, torch.autograd and central differences."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = MessageLabel(objectName="graphCheckNote", max_lines=8)
        self.table = QTableWidget(0, 4, objectName="graphCheckTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("input"), self.tr("gradlab"), self.tr("torch"), self.tr("numeric")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(
            self.tr(
                "gradlab: this engine's backward pass; torch: torch.autograd in float64; "
                "numeric: central differences"
            )
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.clear()

    def clear(self) -> None:
        self._shown: tuple | None = None
        self.table.setRowCount(0)
        self.note.setText(
            self.tr("Run the backward pass to compare gradlab's gradients with torch and with numbers.")
        )

    def show_checks(self, rows: list[GradientCheck], causes: list[Cause], torch_error: str = "") -> None:
        """The three gradients per input, and the note: agreement, or why they differ (node by node)."""
        self._shown = (rows, causes, torch_error)
        self.table.setRowCount(len(rows))
        pending = torch_error or self.tr("computing…")
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(row.name))
            self.table.setItem(r, 1, self._cell(row.engine, None))
            for column, value, agrees in (
                (2, row.torch, row.torch_agrees),
                (3, row.numeric, row.numeric_agrees),
            ):
                if value is None:
                    self.table.setItem(
                        r, column, QTableWidgetItem(pending if column == 2 else self.tr("computing…"))
                    )
                else:
                    self.table.setItem(r, column, self._cell(value, agrees))
        differ = [row.name for row in rows if row.torch_agrees is False or row.numeric_agrees is False]
        lines = []
        if torch_error:
            lines.append(self.tr("torch could not check this graph: {error}").format(error=torch_error))
        elif differ:
            lines.append(self.tr("✗ marks a disagreement, at {names}.").format(names=", ".join(differ)))
        elif all(row.numeric is not None and row.torch is not None for row in rows):
            lines.append(self.tr("✓ all three agree."))
        lines += [cause.text for cause in causes]
        self.note.setText("\n".join(lines))

    def changeEvent(self, event) -> None:
        """A new language or theme: the same results, in its words and colours (no new computation)."""
        kinds = (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and getattr(self, "_shown", None) is not None:
            self.show_checks(*self._shown)
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "_shown"):
            self.clear()
        super().changeEvent(event)

    def _cell(self, value: float, agrees: bool | None) -> QTableWidgetItem:
        mark = "" if agrees is None else ("  ✓" if agrees else "  ✗")
        item = QTableWidgetItem(f"{format_number(value, 7)}{mark}")
        item.setToolTip(repr(value))
        if agrees is not None:
            colours = theme.text_colors(theme.of(self.palette()))
            item.setForeground(QColor(colours.good if agrees else colours.error))
        return item


WORKER_AFTER_MS = 30  # from the walk's end to the worker's start: time for the walk to be drawn


class CheckRunner:
    """Starts the checks of a finished walk and shows them in a CheckPanel when they come back."""

    def __init__(self, panel: CheckPanel):
        self.panel = panel
        self.worker = None
        self.started = 0  # how many checks were started (a language switch starts none)
        self._token = 0

    def start(self, graph: Graph, still_current) -> None:
        """Check ``graph`` (backward done); ``still_current()`` says whether a result is still wanted."""
        self._token += 1
        self.started += 1
        token = self._token
        trouble = causes(graph)
        self.panel.show_checks(compare(graph, None, None), trouble)

        def arrived(numeric, grads, error: str) -> None:
            if token == self._token and still_current():
                self.panel.show_checks(compare(graph, numeric, grads), trouble, error)

        def begin() -> None:
            if token != self._token or not still_current():
                return
            # superqt's helpers are imported here, not at start-up (they cost 0.15 s before the first
            # paint): the thread that imports torch imports them first, so this never waits for torch
            from superqt.utils import create_worker

            worker = create_worker(numeric_and_torch, graph.to_spec(), _start_thread=False)
            worker.returned.connect(lambda found: arrived(*found, ""))
            worker.errored.connect(lambda error: arrived(None, None, str(error)))
            self.worker = worker
            worker.start()

        # The worker shares the GIL with this thread: started while a big graph is still to be
        # redrawn, it made that repaint (a call into Python for every box) wait a second. It starts
        # once the finished walk has been drawn.
        QTimer.singleShot(WORKER_AFTER_MS, begin)

    def cancel(self) -> None:
        """A result arriving from now on is dropped."""
        self._token += 1

    def shutdown(self) -> None:
        """Drop any result and wait for a running check (the window is closing)."""
        self.cancel()
        if self.worker is not None:
            from superqt.utils import WorkerBase

            try:
                WorkerBase.await_workers(msecs=5000)
            except RuntimeError:  # still importing torch after 5 s: it ends with the process
                pass
