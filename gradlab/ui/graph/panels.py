"""The Graph tab's side panels: the generated code, and steps of gradient descent or ascent.

(The check: checks.py; the strategies race: strategies.py.)
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine import Graph
from ...graph.codegen import net_program, torch_program
from .. import theme
from ..plots import ThemedPlot
from ..widgets import MessageLabel, monospace


class CodePanel(QWidget):
    """The graph as a gradlab.net program and as a PyTorch program, with a Copy button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.net_code = monospace()
        self.net_code.setObjectName("graphNetCode")
        self.torch_code = monospace()
        self.torch_code.setObjectName("graphTorchCode")
        self.tabs = QTabWidget(objectName="graphCodeTabs")
        self.tabs.addTab(self.net_code, self.tr("gradlab.net (net1.py)"))
        self.tabs.addTab(self.torch_code, self.tr("PyTorch (autograd0.py)"))
        self.copy_button = QPushButton(self.tr("Copy"), objectName="graphCopyCodeButton")
        self.copy_button.setToolTip(self.tr("Copy the program shown to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)

    def show_graph(self, graph: Graph) -> None:
        self.net_code.setPlainText(net_program(graph))
        self.torch_code.setPlainText(torch_program(graph))

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.tabs.currentWidget().toPlainText())


class DescentPanel(QWidget):
    """One click: forward, backward, and every variable moved against its gradient (net2.py's loop).

    With Ascent on, every variable moves *up* its gradient, as the Hacker's guide climbs: the step
    asked for is descent's with the rate's sign turned, x -= (−rate)·x.g, so the tab and the
    document take it as they take any step.
    """

    step_requested = Signal(float, bool)  # the signed rate (negative: ascent) and the classic update
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rate = QLineEdit("0.02", objectName="graphLearningRateEdit")
        self.step_button = QPushButton(objectName="graphDescentStepButton")
        self.restart_button = QPushButton(self.tr("Restart"), objectName="graphDescentRestartButton")
        self.restart_button.setToolTip(self.tr("Put the variables back where the first step started"))
        self.classic = QCheckBox(self.tr("Classic net.py update"), objectName="graphClassicUpdateCheck")
        self.ascent = QCheckBox(self.tr("Ascent (climb, as the guide does)"), objectName="graphAscentCheck")
        self.ascent.setToolTip(
            self.tr(
                "On: each step moves every variable up its gradient, x += rate × x.g, and the output "
                "climbs, as in Karpathy's Hacker's guide. Off: down, as in the course's net2.py."
            )
        )
        explanation = QLabel(
            self.tr(
                "net.py moves both inputs of every gate, so x in x·x moves twice per step: with rate 0.01 "
                "that is plain descent at 0.02, which is why net2.py's run looks like learning rate 0.02."
            )
        )
        explanation.setWordWrap(True)
        self.error = MessageLabel(objectName="graphDescentError")
        theme.tint(self.error, "error")
        self.log = monospace()
        self.log.setObjectName("graphDescentLog")
        self.plot = ThemedPlot(objectName="graphDescentPlot")
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setLabel("left", self.tr("output"))
        self.plot.setMinimumHeight(140)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.curve = self.plot.plot([], [], symbol="o", symbolSize=5)
        self._colour_curve()

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Learning rate")))
        self.rate.setMaximumWidth(90)
        row.addWidget(self.rate, 1)
        row.addWidget(self.step_button)
        row.addWidget(self.restart_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.classic)
        layout.addWidget(self.ascent)
        layout.addWidget(explanation)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.plot, 1)
        self.history: list[float] = []
        self.climbed: list[bool] = []  # per step logged: was it a step up (ascent)?
        self._show_direction()
        self.ascent.toggled.connect(self._show_direction)
        self.step_button.clicked.connect(self._request_step)
        self.rate.returnPressed.connect(self._request_step)
        self.restart_button.clicked.connect(self.restart_requested)

    def rate_value(self) -> float | None:
        """The learning rate typed, or None after showing why it can't be used."""
        text = self.rate.text().strip()
        try:
            rate = float(text)
        except ValueError:
            self.error.setText(self.tr("The learning rate must be a number, like 0.02."))
            return None
        if not math.isfinite(rate) or rate <= 0 or rate > 1e6:
            self.error.setText(self.tr("The learning rate must be a positive number no larger than 1e6."))
            return None
        self.error.clear()
        return rate

    @Slot()
    def _request_step(self) -> None:
        rate = self.rate_value()
        if rate is not None:
            self.step_requested.emit(-rate if self.ascent.isChecked() else rate, self.classic.isChecked())

    @Slot()
    def _show_direction(self) -> None:
        """The button and the rate's tooltip say which way the next step goes."""
        if self.ascent.isChecked():
            self.step_button.setText(self.tr("Gradient ascent step"))
            self.rate.setToolTip(
                self.tr("The step size: each variable moves up by rate × gradient, x += rate × x.g")
            )
        else:
            self.step_button.setText(self.tr("Gradient descent step"))
            self.rate.setToolTip(
                self.tr("The learning rate: each variable moves down by rate × gradient, x -= rate × x.g")
            )

    def add_step(self, value: float) -> None:
        """Log ``i  =>  value`` as net2.py prints it, and plot it; a line says where the direction turns."""
        up = self.ascent.isChecked()
        note = self._turn(len(self.history), up)
        if note:
            self.log.appendPlainText(note)
        self.log.appendPlainText(f"{len(self.history)}  =>  {value!r}")
        self.history.append(value)
        self.climbed.append(up)
        finite = [v if math.isfinite(v) else float("nan") for v in self.history]
        self.curve.setData(list(range(len(finite))), finite)

    def _turn(self, step: int, up: bool) -> str:
        """The line before step ``step`` where the direction turns (ascent at the start too), or ""."""
        before = self.climbed[step - 1] if step > 0 else False
        if up == before:
            return ""
        if up:
            text = self.tr("ascent from step {step}: up the gradient")
        else:
            text = self.tr("descent from step {step}: down the gradient")
        return "# " + text.format(step=step)

    def _rewrite_log(self) -> None:
        lines = []
        for step, (value, up) in enumerate(zip(self.history, self.climbed)):
            note = self._turn(step, up)
            lines += [note] if note else []
            lines.append(f"{step}  =>  {value!r}")
        self.log.setPlainText("\n".join(lines))

    def clear(self) -> None:
        self.history = []
        self.climbed = []
        self.log.clear()
        self.curve.setData([], [])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_curve()
        if event.type() == QEvent.Type.LanguageChange and any(self.climbed):
            self._rewrite_log()  # its ascent and descent lines, in the new language

    def _colour_curve(self) -> None:
        accent = theme.plot_colors(theme.of(self.palette())).accent
        self.curve.setPen(pg.mkPen(accent, width=2))
        self.curve.setSymbolBrush(accent)
