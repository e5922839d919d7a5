"""What a regression run shows: the loss, the fit, the coefficients beside the true ones, and its notes.

``RunView`` takes the training generator's reports and draws them; it holds no settings. Drawing
takes the GIL from the training thread, so the loss plot is redrawn 4 times a second and the fit
and the numbers with each snapshot of the model (10 a second).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...regression.recipes import COEFFICIENTS, Setup, true_coefficients
from ..widgets import MessageLabel
from .plots import FitPlot, LossHistoryPlot, ParameterPlot

LOSS_DRAW_EVERY_S = 0.25
SUPERSCRIPTS = {3: "³", 4: "⁴", 5: "⁵"}


class RunView(QSplitter):
    """The loss above; the fit and the coefficients (table and plot) below, on two pages."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.loss_plot = LossHistoryPlot()
        self.fit_plot = FitPlot()
        self.param_plot = ParameterPlot()
        self.param_table = QTableWidget(0, 3, objectName="regressionParamTable")
        self.param_table.setAccessibleName(self.tr("Coefficients, learned and true"))
        self.param_table.setHorizontalHeaderLabels(
            [self.tr("coefficient of"), self.tr("learned"), self.tr("true")]
        )
        self.param_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.param_table.verticalHeader().hide()
        self.param_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.loss_plot.setAccessibleName(self.tr("Loss per step"))
        self.fit_plot.setAccessibleName(self.tr("Data and the model's curve"))
        self.param_plot.setAccessibleName(self.tr("Coefficients per step"))
        views = QTabWidget(objectName="regressionViewTabs")
        views.setAccessibleName(self.tr("Fit and parameters"))
        params_page = QSplitter(Qt.Orientation.Horizontal)
        params_page.addWidget(self.param_table)
        params_page.addWidget(self.param_plot)
        params_page.setSizes([260, 600])
        views.addTab(self.fit_plot, self.tr("Fit"))
        views.addTab(params_page, self.tr("Parameters"))
        views.currentChanged.connect(lambda _: self.show_coefficients(self._coefficients))
        self.addWidget(self.loss_plot)
        self.addWidget(views)
        # the run's notes, shown in the settings column
        self.notes = QWidget()
        self.stability = MessageLabel(objectName="regressionStabilityLabel")
        self.powers = MessageLabel(objectName="regressionPowersLabel")
        self.result_label = MessageLabel(objectName="regressionResultLabel")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes = QVBoxLayout(self.notes)
        notes.setContentsMargins(0, 0, 0, 0)
        for label in (self.stability, self.powers, self.result_label):
            notes.addWidget(label)
        self._coefficients: list[tuple[str, float]] = []
        self._truth: dict[str, float] = {}
        self._power_counts = {3: 0, 4: 0, 5: 0}
        self._loss_drawn = 0.0

    def begin(self, setup: Setup) -> None:
        """A new run of ``setup``: empty plots, the coefficients it fits, the truth if the target is known."""
        self.loss_plot.reset()
        self._truth = true_coefficients(setup.target)
        self.param_plot.reset(list(COEFFICIENTS[setup.model]), self._truth)
        self._coefficients = []
        self.param_table.setRowCount(0)
        self.result_label.clear()
        self.powers.clear()
        self._power_counts = {3: 0, 4: 0, 5: 0}
        self._loss_drawn = 0.0

    def add(self, progress) -> bool:
        """A report: its losses into the history; the views redrawn when it carries a snapshot.

        True when the loss plot was redrawn (4 times a second, and at the end): the moment for
        the other numbers that need not change faster (the progress bar, steps per second).
        """
        self.loss_plot.add(progress.losses, draw=False)
        for step, lr in progress.lr_changes:
            self.loss_plot.mark(step, f"lr → {lr:g}")
        for power in progress.powers:
            self._power_counts[power] += 1
        if progress.curve[0] or progress.done or progress.error:
            return self._draw(progress)
        return False

    def _draw(self, progress) -> bool:
        now = time.perf_counter()
        final = progress.done or bool(progress.error)
        loss_drawn = final or now - self._loss_drawn >= LOSS_DRAW_EVERY_S
        if loss_drawn:
            self._loss_drawn = now
            self.loss_plot.draw(progress.total)
        self.fit_plot.show_fit(*progress.curve)
        self.param_plot.add(progress.step, progress.coefficients)
        self._coefficients = progress.coefficients
        if self.param_table.isVisible() or final:
            self.show_coefficients(progress.coefficients)
        if progress.powers or any(self._power_counts.values()):
            total = sum(self._power_counts.values()) or 1
            shares = ", ".join(
                f"x{SUPERSCRIPTS[p]}: {100 * n / total:.0f}%" for p, n in self._power_counts.items()
            )
            last = progress.powers[-1] if progress.powers else 3
            self.powers.setText(
                self.tr("Highest power used, last step: x{p}; so far {shares}").format(
                    p=SUPERSCRIPTS[last], shares=shares
                )
            )
        if progress.done and not progress.error:
            self.result_label.setText(progress.result)
        return loss_drawn

    def show_stability(self, setup: Setup, x) -> None:
        """2/λmax for plain descent on a model linear in its parameters (nothing for the others)."""
        from ...regression.stability import stable_rate

        limit = stable_rate(setup, x)
        if limit is None or setup.optimizer not in ("manual", "sgd"):
            self.stability.setText("")
            return
        self.stability.setText(
            self.tr("Plain descent is stable below 2/λmax = {limit:.3g} (chosen: {lr:.3g}).").format(
                limit=limit, lr=setup.lr
            )
        )

    def show_coefficients(self, coefficients) -> None:
        self.param_table.setRowCount(len(coefficients))
        for row, (name, value) in enumerate(coefficients):
            truth = self._truth.get(name)
            cells = (name, f"{value:.6g}", "—" if truth is None else f"{truth:g}")
            for column, text in enumerate(cells):
                item = self.param_table.item(row, column)
                if item is None:
                    self.param_table.setItem(row, column, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
