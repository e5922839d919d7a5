"""The Graph tab's Strategies panel: the Hacker's guide's race of three ways up, on the tab's graph.

A thin view of ``gradlab.graph.strategies``: the fields make a ``RaceSettings``, the button (or
Enter in any field) races on a copy of the current graph, and the table shows a row per strategy.
It never changes the graph. Controls, by objectName: graphStrategyStepEdit, graphStrategyHEdit,
graphStrategyTriesSpin, graphStrategyTweakEdit, graphStrategySeedSpin, graphStrategyRunButton,
graphStrategyError, graphStrategyStart, graphStrategyTable, graphStrategySummary.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import Graph, format_number
from ...graph.strategies import SEED_MAX, SIZE_MAX, TRIES_MAX, Race, RaceError, RaceSettings, check, race
from .. import theme
from ..widgets import MessageLabel, scrolling, spin_box


class StrategiesPanel(QWidget):
    """Step, h, tries, tweak and seed; Race; a row per strategy and who climbed most."""

    def __init__(self, graph: Callable[[], Graph], parent: QWidget | None = None):
        super().__init__(parent)
        self._graph = graph
        self.race: Race | None = None  # the race shown
        defaults = RaceSettings()
        intro = QLabel(
            self.tr(
                "Three ways to make the output larger, from the graph's values: random tries, the "
                "numerical gradient (one forward pass per input) and the analytic gradient (one "
                "backward pass), the last two taking one step up, as in Karpathy's Hacker's guide."
            )
        )
        intro.setWordWrap(True)
        self.step = self._edit("graphStrategyStepEdit", defaults.step, self.tr("Step size"))
        self.h = self._edit("graphStrategyHEdit", defaults.h, self.tr("h"))
        self.tries = spin_box("graphStrategyTriesSpin", 1, TRIES_MAX)  # made in the form's order: Tab's
        self.tries.setValue(defaults.tries)
        self.tweak = self._edit("graphStrategyTweakEdit", defaults.tweak, self.tr("Tweak"))
        self.seed = spin_box("graphStrategySeedSpin", 0, SEED_MAX)
        self.seed.setValue(defaults.seed)
        self.step.setToolTip(self.tr("The gradients' step up: each input moves by step × ∂output/∂input"))
        self.h.setToolTip(self.tr("The numerical gradient's nudge: (f(x + h) − f(x)) / h"))
        self.tweak.setToolTip(self.tr("Random search moves every input by up to ± tweak in each try"))
        self.tries.setToolTip(self.tr("How many random tries; the best one is kept"))
        self.seed.setToolTip(self.tr("The random tries' seed: the same seed, the same tries"))
        self.tries.setAccessibleName(self.tr("Tries"))
        self.seed.setAccessibleName(self.tr("Seed"))
        self.run_button = QPushButton(self.tr("Race the three"), objectName="graphStrategyRunButton")
        self.run_button.setToolTip(self.tr("Race on a copy of the graph: the graph itself does not change"))
        self.error = MessageLabel(objectName="graphStrategyError")
        theme.tint(self.error, "error")
        self.start = MessageLabel(objectName="graphStrategyStart", max_lines=2)
        self.table = QTableWidget(0, 5, objectName="graphStrategyTable")
        self.table.setHorizontalHeaderLabels(  # the command line's order: what matters first
            [self.tr("strategy"), self.tr("output"), self.tr("unrounded"), self.tr("passes"),
             self.tr("new inputs")]
        )  # fmt: skip
        self.table.horizontalHeaderItem(1).setToolTip(
            self.tr(
                "The new output as the guide prints it: 2 decimals, or 4 significant digits below 1, "
                "cut, not rounded"
            )
        )
        self.table.horizontalHeaderItem(3).setToolTip(
            self.tr(
                "What each needed to choose its step; the gradients then take one more forward pass "
                "to compute the new output"
            )
        )
        self.table.setAccessibleName(self.tr("The three strategies' results"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # 3 rows, all shown
        self.summary = MessageLabel(objectName="graphStrategySummary", max_lines=6)

        fields = QGridLayout()  # two a row, in the order Tab walks them
        for i, (label, field) in enumerate(
            ((self.tr("Step size"), self.step), (self.tr("h"), self.h), (self.tr("Tries"), self.tries),
             (self.tr("Tweak"), self.tweak), (self.tr("Seed"), self.seed))
        ):  # fmt: skip
            fields.addWidget(QLabel(label), i // 2, 2 * (i % 2))
            fields.addWidget(field, i // 2, 2 * (i % 2) + 1)
        fields.addWidget(self.run_button, 2, 2, 1, 2)
        fields.setColumnStretch(1, 1)
        fields.setColumnStretch(3, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(intro)
        column.addLayout(fields)
        column.addWidget(self.error)
        column.addWidget(self.start)
        column.addWidget(self.table)
        column.addWidget(self.summary)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content, self.tr("Strategies race")))  # a short column scrolls
        self.run_button.clicked.connect(self.run_race)
        for edit in (self.step, self.h, self.tweak, self.tries.lineEdit(), self.seed.lineEdit()):
            edit.returnPressed.connect(self.run_race)
        self.clear()

    def _edit(self, name: str, value: float, spoken: str) -> QLineEdit:
        edit = QLineEdit(format_number(value), objectName=name)
        edit.setAccessibleName(spoken)
        edit.setMaximumWidth(120)
        return edit

    # --- reading the fields ------------------------------------------------------------------

    def settings(self) -> RaceSettings | None:
        """The settings the fields hold, or None after saying which field is wrong and why."""
        numbers = {}
        for key, edit, label, example in (
            ("step", self.step, self.tr("Step size"), "0.01"),
            ("h", self.h, self.tr("h"), "0.0001"),
            ("tweak", self.tweak, self.tr("Tweak"), "0.01"),
        ):
            try:
                value = float(edit.text().strip())
            except ValueError:
                self._say(
                    self.tr("{field} must be a number, like {example}.").format(field=label, example=example)
                )
                return None
            if not (math.isfinite(value) and 0 < value <= SIZE_MAX):
                self._say(
                    self.tr("{field} must be a positive number no larger than 1e6.").format(field=label)
                )
                return None
            numbers[key] = value
        settings = RaceSettings(tries=self.tries.value(), seed=self.seed.value(), **numbers)
        problem = settings.problem()  # the spin boxes hold the core's ranges: none, but said if so
        if problem is not None:
            self._say(problem)
            return None
        return settings

    def _say(self, message: str) -> None:
        self.error.setText(message)

    # --- racing ------------------------------------------------------------------------------

    @Slot()
    def run_race(self) -> None:
        """Race on the current graph; a mistake is one line and leaves the table as it was."""
        settings = self.settings()
        if settings is None:
            return
        try:
            result = race(self._graph(), settings)
        except RaceError as error:
            self._say(str(error))
            return
        self.error.clear()
        self.show_race(result)

    def show_race(self, result: Race) -> None:
        self.race = result
        start = ", ".join(f"{name} = {format_number(value)}" for name, value in result.start_inputs)
        self.start.setText(
            self.tr("From {inputs}: output {output}").format(
                inputs=start, output=format_number(result.start_output)
            )
        )
        winners = {o.strategy for o in result.winners()}
        self.table.setRowCount(len(result.outcomes))
        for row, outcome in enumerate(result.outcomes):
            exact = ", ".join(f"{name} = {value!r}" for name, value in outcome.inputs)
            cells = (outcome.title, outcome.output_text(), repr(outcome.output), outcome.cost_text(),
                     outcome.inputs_text())  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(exact if column == 4 else text)
                if outcome.strategy in winners and column == 1:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self._fit_table()
        self.summary.setText(result.summary())

    def _fit_table(self) -> None:
        """As tall as its rows: the column scrolls, not the table."""
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def clear(self) -> None:
        """The graph changed: the race shown is no longer its race."""
        self.race = None
        self.table.setRowCount(0)
        self._fit_table()
        self.error.clear()
        self.start.clear()
        self._invite()

    def _invite(self) -> None:
        self.summary.setText(self.tr("Race the three strategies to see which climbs most, and at what cost."))

    def changeEvent(self, event) -> None:
        """A new language: the rows, the summary and a message shown, again in it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            if self.race is not None:
                self.show_race(self.race)
            else:
                self._invite()
            if self.error.text():
                settings = self.settings()  # a field's mistake is said again by this
                if settings is not None:
                    self.error.setText(check(self._graph(), settings) or "")
