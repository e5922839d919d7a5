"""The Neural Network tab's curves: loss and accuracy (train and test on one plot each), the parameters.

Each curve is made once and then only given new data (``Buffer`` histories, peak-decimated when
long); the parameters are a table (a, b, c, or every weight) and their values over time.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ..plots import Buffer, StepPlot, ThemedPlot, cache_axes, peak_decimate

MAX_PARAMETER_CURVES = 24  # more lines than this read as noise; the table still lists every weight


def parameter_values(layers) -> list[float]:
    """Every weight of ``layers`` in the order ``parameter_names`` names them."""
    values = []
    for rows, bias in layers:
        for row, b in zip(rows, bias):
            values += [float(v) for v in row]
            values.append(float(b))
    return values


class TrainTestPlot(ThemedPlot):
    """Two histories against the step: the training points' (solid) and the test points' (dashed)."""

    def __init__(self, name: str, left: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setLabel("bottom", self.tr("step"))
        self.setLabel("left", left)
        self.getAxis("left").enableAutoSIPrefix(False)  # a loss of 0.6 reads 0.6, not 600 × 0.001
        self.addLegend(offset=(10, 10), labelTextColor=self.colors.foreground)
        cache_axes(self)
        self.train_curve = self.plot([], [], name=self.tr("train"))
        self.test_curve = self.plot([], [], name=self.tr("test"))
        self.recolour()
        self.train, self.test = Buffer(), Buffer()
        self._x_max = 0

    def recolour(self) -> None:
        self.train_curve.setPen(pg.mkPen(self.colors.accent, width=1.5))
        self.test_curve.setPen(pg.mkPen(self.colors.fit, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))

    def reset(self) -> None:
        self.train, self.test = Buffer(), Buffer()
        self.train_curve.setData([], [])
        self.test_curve.setData([], [])
        self._x_max = 0

    def add(self, train, test) -> None:
        self.train.extend(train)
        self.test.extend(test)

    def draw(self, total: int | None = None) -> None:
        for curve, buffer in ((self.train_curve, self.train), (self.test_curve, self.test)):
            values = buffer.values
            if values.size:
                xs, ys = peak_decimate(np.where(np.isfinite(values), values, np.nan))
                curve.setData(xs + 1, ys, connect="finite")
            else:
                curve.setData([], [])
        x_max = total or max(self.train.size, 1)
        if x_max != self._x_max:  # the x axis moves only when the run's length does
            self._x_max = x_max
            self.setXRange(0, x_max, padding=0.02)


class LossPlot(TrainTestPlot):
    """The losses; with gradlab's engine, the torch twin's too (the same start, the same steps)."""

    def __init__(self, parent=None):
        super().__init__("classifyLossPlot", "", parent)
        self.setLabel("left", self.tr("loss"))
        self.twin_curve = pg.PlotDataItem([], [])  # in the legend only while it has a curve to show
        self.addItem(self.twin_curve)
        self.twin = Buffer()
        self._twin_named = False
        self.recolour()

    def recolour(self) -> None:
        super().recolour()
        if hasattr(self, "twin_curve"):
            self.twin_curve.setPen(
                pg.mkPen(self.colors.foreground, width=1, style=pg.QtCore.Qt.PenStyle.DotLine)
            )

    def reset(self) -> None:
        super().reset()
        self.twin = Buffer()
        self.twin_curve.setData([], [])
        self._name_twin(False)

    def add(self, train, test, twin=()) -> None:
        super().add(train, test)
        self.twin.extend(twin)

    def draw(self, total: int | None = None) -> None:
        super().draw(total)
        values = self.twin.values
        if values.size:
            xs, ys = peak_decimate(np.where(np.isfinite(values), values, np.nan))
            self.twin_curve.setData(xs + 1, ys, connect="finite")
        self._name_twin(bool(values.size))

    def _name_twin(self, shown: bool) -> None:
        legend = self.getPlotItem().legend
        if legend is None or shown == self._twin_named:
            return
        self._twin_named = shown
        if shown:
            legend.addItem(self.twin_curve, self.tr("torch, same start"))
        else:
            legend.removeItem(self.twin_curve)

    def changeEvent(self, event) -> None:
        """A new language: the twin's legend entry is named again."""
        super().changeEvent(event)
        if event.type() == pg.QtCore.QEvent.Type.LanguageChange and self._twin_named:
            self._twin_named = False
            self.getPlotItem().legend.removeItem(self.twin_curve)
            self._name_twin(True)


class AccuracyPlot(TrainTestPlot):
    def __init__(self, parent=None):
        super().__init__("classifyAccuracyPlot", "", parent)
        self.setLabel("left", self.tr("accuracy (%)"))
        self.setYRange(0, 100, padding=0.02)
        self.getPlotItem().vb.setMouseEnabled(x=True, y=False)

    def add(self, train, test) -> None:
        super().add(100 * np.asarray(train, dtype=float), 100 * np.asarray(test, dtype=float))


class ParameterPlot(StepPlot):
    """The first ``MAX_PARAMETER_CURVES`` parameters against the step (drawn only while on screen)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("classifyParamPlot")
        self.setLabel("bottom", self.tr("step"))
        self.setLabel("left", self.tr("value"))
        cache_axes(self)
        self.curves: list[pg.PlotDataItem] = []
        self.values: list[Buffer] = []

    def reset(self, names: list[str]) -> None:
        """Empty curves for ``names`` (the first MAX_PARAMETER_CURVES); those there are kept if they fit."""
        shown = names[:MAX_PARAMETER_CURVES]
        self.steps = Buffer(256)
        self.values = [Buffer(256) for _ in shown]
        if len(self.curves) == len(shown):  # making 24 curves takes a tenth of a second: reuse them
            for curve in self.curves:
                curve.setData([], [])
            return
        self.clear()
        self.curves = [self.plot([], []) for _ in shown]
        self.recolour()

    def recolour(self) -> None:
        palette = self.colors.curves
        for i, curve in enumerate(self.curves):
            curve.setPen(pg.mkPen(palette[i % len(palette)], width=1.5))

    def add(self, step: int, values: list[float]) -> None:
        if not self.curves or len(values) < len(self.curves):
            return
        self.steps.extend([step])
        for buffer, value in zip(self.values, values):
            buffer.extend([value])
        self.draw_if_shown()

    def draw(self) -> None:
        for curve, buffer in zip(self.curves, self.values):
            curve.setData(self.steps.values, buffer.values, connect="finite")


class ParameterTable(QTableWidget):
    """Every parameter's name and value now."""

    def __init__(self, parent=None):
        super().__init__(0, 2, parent)
        self.setObjectName("classifyParamTable")
        self.setAccessibleName(self.tr("The network's parameters"))
        self.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("value")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def show_parameters(self, names: list[str], values: list[float]) -> None:
        if self.rowCount() != len(names):
            self.setRowCount(len(names))
        for row, (name, value) in enumerate(zip(names, values)):
            for column, text in enumerate((name, f"{value:.6g}")):
                item = self.item(row, column)
                if item is None:
                    self.setItem(row, column, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
