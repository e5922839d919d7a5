"""The Graph tab's Practice panel: Predict mode's switches and the course's hand-calculation table.

The table's state is a ``graph.hand_table.HandTable`` (rows, given cells, what the student typed,
the last check); the view only shows it: given cells grey and fixed, right cells green after
Check, the first wrong one red with its reason below. Export writes what was typed as CSV or
Markdown. Objects: graphPracticePanel, graphPredictCheck, graphPredictValuesCheck,
graphHandTable, graphTableCheckButton, graphTableClearButton, graphTableExportButton,
graphTableMessage, graphSaveExerciseButton.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import Graph
from ...graph.hand_table import COLUMNS, MAX_ROWS, HandTable
from .. import theme
from ..flow_layout import FlowLayout
from ..widgets import MessageLabel

_COLUMN_OF = {column: index + 1 for index, column in enumerate(COLUMNS)}  # column 0: the node


class HandTableView(QTableWidget):
    """One row per node: the node and its formula, then value, local gradient and gradient to fill."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent, objectName="graphHandTable")
        self.table: HandTable | None = None
        self.setAccessibleName(self.tr("Hand-calculation table"))
        self.setHorizontalHeaderLabels(
            [self.tr("node"), self.tr("value"), self.tr("local"), self.tr("gradient")]
        )
        self.horizontalHeaderItem(2).setToolTip(
            self.tr("the local gradient ∂parent/∂node: one per use, separated by commas")
        )
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # the marks stay seen
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._showing = False
        self.itemChanged.connect(self._edited)

    def show_table(self, table: HandTable) -> None:
        self.table = table
        self._showing = True
        try:
            self.setRowCount(len(table.rows))
            for i, row in enumerate(table.rows):
                label = f"{row.name} = {row.formula}" if row.formula else row.name
                node = QTableWidgetItem(label)
                node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if row.uses:
                    node.setToolTip(
                        self.tr("used by: {uses}").format(
                            uses=", ".join(f"{u.parent_formula}" for u in row.uses)
                        )
                    )
                self.setItem(i, 0, node)
                for column, index in _COLUMN_OF.items():
                    item = QTableWidgetItem(table.entries.get((i, column), ""))
                    if table.to_fill(i, column):
                        item.setFlags(
                            Qt.ItemFlag.ItemIsEnabled
                            | Qt.ItemFlag.ItemIsSelectable
                            | Qt.ItemFlag.ItemIsEditable
                        )
                        if column == "local" and len(row.uses) > 1:
                            item.setToolTip(
                                self.tr("one local gradient per use, in order, separated by commas")
                            )
                    else:
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                        if column == "local" and not row.uses:
                            item.setText("—")
                            item.setToolTip(self.tr("the output: no local gradient, its gradient is 1"))
                        else:
                            item.setToolTip(self.tr("given"))
                    self.setItem(i, index, item)
            self.show_marks()
        finally:
            self._showing = False
        self._fit_height()

    def _fit_height(self, most_rows: int = 12) -> None:
        """Tall enough for every row (up to ``most_rows``, then it scrolls): its column scrolls instead."""
        rows = min(self.rowCount(), most_rows)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += (
            sum(self.rowHeight(i) for i in range(rows))
            if rows
            else self.verticalHeader().defaultSectionSize()
        )
        self.setMinimumHeight(height)
        self.setMaximumHeight(height if self.rowCount() <= most_rows else 16_777_215)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._showing or self.table is None or item.column() == 0:
            return
        column = COLUMNS[item.column() - 1]
        if self.table.set_entry(item.row(), column, item.text()):
            self.show_marks()

    def show_marks(self) -> None:
        """Colours: given cells muted; after Check, right cells green and the first wrong one red."""
        table = self.table
        if table is None:
            return
        colors = theme.text_colors()
        checked = table.checked
        showing, self._showing = self._showing, True
        try:
            for i in range(len(table.rows)):
                for column, index in _COLUMN_OF.items():
                    item = self.item(i, index)
                    if item is None:
                        continue
                    mark = checked.marks.get((i, column)) if checked is not None else None
                    wrong = mark is not None and checked.first_wrong is mark
                    color = None
                    if table.is_given(i, column) or not table.to_fill(i, column):
                        item.setForeground(QBrush(QColor(colors.note)))
                    elif mark is not None and mark.right:
                        color = colors.good
                    elif wrong:
                        color = colors.error
                    if color is not None:  # a tint behind the number: seen in either theme
                        tint = QColor(color)
                        tint.setAlpha(60)
                        item.setBackground(QBrush(tint))
                        item.setForeground(QBrush(QColor(color)))
                    elif table.to_fill(i, column):
                        item.setBackground(QBrush())
                        item.setForeground(QBrush())
                    font = item.font()
                    font.setBold(wrong)
                    item.setFont(font)
        finally:
            self._showing = showing


class PracticePanel(QWidget):
    """Predict mode's two switches, the hand table with Check, Clear and Export, and Save as exercise."""

    predict_toggled = Signal(bool, bool)  # on, values too
    export_requested = Signal()
    save_exercise_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="graphPracticePanel")
        self._pending = None  # (graph, given): the table to make once the panel is seen
        predict = QGroupBox(self.tr("Predict mode"))
        self.predict = QCheckBox(self.tr("Predict each backward step"), objectName="graphPredictCheck")
        self.predict.setToolTip(
            self.tr(
                "Before each backward step is shown, type the gradient it will write; gradlab checks it "
                "(Ctrl+Shift+P)"
            )
        )
        self.values = QCheckBox(self.tr("and each forward value"), objectName="graphPredictValuesCheck")
        explanation = QLabel(
            self.tr(
                "Step with Alt+Left (and Alt+Right): the step is asked first. A wrong answer is kept and "
                "marked, with what was wrong: the local derivative, the upstream gradient, or the sum "
                "over uses."
            )
        )
        explanation.setWordWrap(True)
        column = QVBoxLayout(predict)
        column.addWidget(self.predict)
        column.addWidget(self.values)
        column.addWidget(explanation)
        hand = QGroupBox(self.tr("Hand-calculation table"))
        self.view = HandTableView()
        self.check_button = QPushButton(self.tr("Check"), objectName="graphTableCheckButton")
        self.check_button.setToolTip(
            self.tr("Mark the cells filled: right ones green, the first wrong one red (Ctrl+Return)")
        )
        self.clear_button = QPushButton(self.tr("Clear"), objectName="graphTableClearButton")
        self.export_button = QPushButton(self.tr("Export…"), objectName="graphTableExportButton")
        self.export_button.setToolTip(self.tr("Save the table as filled, as CSV or Markdown (for homework)"))
        self.message = MessageLabel(objectName="graphTableMessage", max_lines=4)
        buttons = QWidget()
        row = FlowLayout(buttons)  # the buttons wrap in a narrow column (or at a projector's zoom)
        for button in (self.check_button, self.clear_button, self.export_button):
            row.addWidget(button)
        column = QVBoxLayout(hand)
        column.addWidget(self.view)
        column.addWidget(buttons)
        column.addWidget(self.message)
        self.save_exercise = QPushButton(self.tr("Save as Exercise…"), objectName="graphSaveExerciseButton")
        self.save_exercise.setToolTip(
            self.tr(
                "For a teacher: save this graph as an exercise file, with the panels the student may not see"
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(predict)
        layout.addWidget(hand)
        layout.addWidget(self.save_exercise)
        layout.addStretch(1)
        self.predict.toggled.connect(self._predict_toggled)
        self.values.toggled.connect(self._predict_toggled)
        self.check_button.clicked.connect(self.check)
        self.clear_button.clicked.connect(self.clear)
        self.export_button.clicked.connect(self.export_requested)
        self.save_exercise.clicked.connect(self.save_exercise_requested)
        QShortcut(
            QKeySequence("Ctrl+Return"), self.view, self.check, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.values.setEnabled(False)

    def _predict_toggled(self) -> None:
        self.values.setEnabled(self.predict.isChecked())
        self.predict_toggled.emit(self.predict.isChecked(), self.values.isChecked())

    def show_graph(self, graph, given: str = "inputs") -> None:
        """A new table for ``graph`` (what was typed for another graph is gone), made once it is seen."""
        self._pending = (graph, given)
        if self.isVisible():
            self._make_table()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._make_table()

    def _make_table(self) -> None:
        if self._pending is None:
            return
        graph, given = self._pending
        self._pending = None
        self.say("")
        nodes = sum(1 for node in graph.nodes if node._op != "const")
        if nodes > MAX_ROWS:
            self.view.show_table(HandTable(Graph(), given))
            self.say(
                self.tr(
                    "The table is for graphs of up to {most} nodes to fill by hand; this one has {count:,}."
                ).format(most=MAX_ROWS, count=nodes),
                "note",
            )
            return
        self.view.show_table(HandTable(graph, given))

    @property
    def table(self) -> HandTable | None:
        """The table now shown (made at once, if it was waiting to be seen)."""
        self._make_table()
        return self.view.table

    @Slot()
    def check(self) -> None:
        table = self.table
        if table is None:
            return
        result = table.check()
        self.view.show_marks()
        self.say(result.summary(), "error" if result.first_wrong is not None else "good")
        if result.first_wrong is not None:
            self.view.setCurrentCell(result.first_wrong.row, _COLUMN_OF[result.first_wrong.column])

    @Slot()
    def clear(self) -> None:
        if self.table is not None:
            self.view.table.clear()
            self.view.show_table(self.view.table)
        self.say("")

    def say(self, text: str, role: str = "") -> None:
        self.message.setText(text)
        if role:
            theme.tint(self.message, role)
        else:
            theme.untint(self.message)
