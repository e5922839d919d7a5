"""The race's table (step, x, y, f, |grad|, status for each optimizer) and its log in net2.py's form.

Both only show the race model's rows and runs; the table's status column is as wide as its
longest text, and a status's cause is its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...descent.race import Row, cell
from ..widgets import monospace

STATUS = 6  # the status column
MARGIN = 8  # pixels a cell keeps around its text


class RaceTable(QTableWidget):
    """One row per optimizer: where it is after its last step, f and |grad| there, and its status."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 7, parent, objectName="descentTable")
        self.setAccessibleName(self.tr("Optimizers' positions"))
        self.set_headers()
        header = self.horizontalHeader()
        # widened by hand when a text needs it: ResizeToContents measures every cell on every change
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # a stretched last column is cut to what is left ("runni")
        # Shown next to the name, before the point: how each run stands (its status, its step, f and
        # |grad| there) is in view at any width; x and y come last.
        for place, column in enumerate((STATUS, STATUS - 1, 3, 4), start=1):
            header.moveSection(header.visualIndex(column), place)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # room for a six-digit number from the start, so that columns rarely widen while the race runs
        number = self.fontMetrics().horizontalAdvance("-0.000000") + 2 * MARGIN
        for column in range(1, STATUS):
            self.setColumnWidth(column, number if column < STATUS - 1 else number // 2)

    def set_headers(self) -> None:
        labels = [self.tr("optimizer"), "x", "y", "f", "|grad|", self.tr("step"), self.tr("status")]
        self.setHorizontalHeaderLabels(labels)

    def show_rows(self, rows: list[Row], names: dict[str, str], colours: dict[str, str]) -> None:
        kinds = [row.kind for row in rows]
        if kinds != getattr(self, "_kinds", None):  # another race: every cell anew, in its colour
            self._kinds = kinds
            self.setRowCount(0)
            self.setRowCount(len(rows))
        metrics = self.fontMetrics()
        too_narrow: set[int] = set()
        for index, row in enumerate(rows):
            cells = [
                names[row.kind],
                cell(row.point[0]),
                cell(row.point[1]) if len(row.point) > 1 else "—",
                cell(row.value),
                cell(row.grad_norm, 4),
                str(row.step),
                row.status,
            ]
            for column, text in enumerate(cells):
                item = self.item(index, column)
                if item is None:
                    item = QTableWidgetItem(text)
                    self.setItem(index, column, item)
                elif item.text() != text:
                    item.setText(text)
                else:
                    continue
                if column in (0, STATUS):
                    item.setForeground(QColor(colours[row.kind]))
                if metrics.horizontalAdvance(text) + 2 * MARGIN > self.columnWidth(column):
                    too_narrow.add(column)
            tip = f"{row.status}: {row.explanation}" if row.explanation else row.status
            if self.item(index, STATUS).toolTip() != tip:
                self.item(index, STATUS).setToolTip(tip)
        for column in too_narrow:
            self.resizeColumnToContents(column)

    def recolour(self, colours: dict[str, str], kinds: list[str]) -> None:
        """The optimizers' names and statuses in the theme's colours."""
        for index, kind in enumerate(kinds):
            for column in (0, STATUS):
                item = self.item(index, column)
                if item is not None:
                    item.setForeground(QColor(colours[kind]))


class RaceLog(QWidget):
    """One optimizer's steps as net2.py prints them (``i  =>  value``), growing as it runs; can be copied."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox(objectName="descentLogCombo")
        self.combo.setAccessibleName(self.tr("Optimizer whose log is shown"))
        self.text = monospace("descentLog")
        self.text.setAccessibleName(self.tr("Log"))
        self.text.setMaximumBlockCount(200_000)
        self.copy_button = QPushButton(self.tr("Copy"), objectName="descentCopyLogButton")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.combo.currentIndexChanged.connect(self._refill)
        self.label = QLabel(self.tr("Log of"))
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.runs: dict = {}
        self._logged = 0

    def show_runs(self, runs: dict, names: dict[str, str]) -> None:
        """A new race: its optimizers in the list (the chosen one kept if it still runs), the log empty."""
        current = self.combo.currentData()
        self.runs = runs
        self.combo.blockSignals(True)
        self.combo.clear()
        for kind in runs:
            self.combo.addItem(names[kind], kind)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)
        self._refill()

    def rename(self, names: dict[str, str]) -> None:
        for i in range(self.combo.count()):
            self.combo.setItemText(i, names[self.combo.itemData(i)])

    def append(self) -> None:
        """The chosen run's lines since the last call."""
        run = self.runs.get(self.combo.currentData())
        if run is None:
            return
        lines = list(run.log_lines(self._logged))
        if lines:
            self.text.appendPlainText("\n".join(lines))
        self._logged += len(lines)

    @Slot()
    def _refill(self) -> None:
        self.text.clear()
        self._logged = 0
        self.append()
