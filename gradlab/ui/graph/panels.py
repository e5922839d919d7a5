"""The Graph tab's side panels: the generated code, and gradient descent steps (the check: checks.py)."""

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
    """One click: forward, backward, and every variable moved against its gradient (net2.py's loop)."""

    step_requested = Signal(float, bool)
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rate = QLineEdit("0.02", objectName="graphLearningRateEdit")
        self.rate.setToolTip(self.tr("The learning rate: each variable moves by rate × gradient"))
        self.step_button = QPushButton(self.tr("Gradient descent step"), objectName="graphDescentStepButton")
        self.restart_button = QPushButton(self.tr("Restart"), objectName="graphDescentRestartButton")
        self.restart_button.setToolTip(self.tr("Put the variables back where the descent started"))
        self.classic = QCheckBox(self.tr("Classic net.py update"), objectName="graphClassicUpdateCheck")
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
        layout.addWidget(explanation)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.plot, 1)
        self.history: list[float] = []
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
            self.step_requested.emit(rate, self.classic.isChecked())

    def add_step(self, value: float) -> None:
        """Log ``i  =>  value`` as net2.py prints it, and plot it."""
        self.log.appendPlainText(f"{len(self.history)}  =>  {value!r}")
        self.history.append(value)
        finite = [v if math.isfinite(v) else float("nan") for v in self.history]
        self.curve.setData(list(range(len(finite))), finite)

    def clear(self) -> None:
        self.history = []
        self.log.clear()
        self.curve.setData([], [])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_curve()

    def _colour_curve(self) -> None:
        accent = theme.plot_colors(theme.of(self.palette())).accent
        self.curve.setPen(pg.mkPen(accent, width=2))
        self.curve.setSymbolBrush(accent)
