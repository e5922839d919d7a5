"""The Neural Network tab's curves: loss and accuracy (train and test on one plot each), the parameters.

Each curve is made once and then only given new data (``Buffer`` histories, peak-decimated when
long); the parameters are a table (a, b, c, or every weight) and their values over time, from
step 0 (the first weights). The loss and accuracy plots name their two curves in a key above the
plot (a legend inside would sit on the curves), which also leaves room for the top tick's label;
hovering the parameter plot names the curve under the pointer (24 colours cannot be told apart
by a legend that fits).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ..plots import Buffer, StepPlot, ThemedPlot, cache_axes, peak_decimate

HOVER_PIXELS = 12  # the pointer names a parameter's curve this close to it

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
        self.getAxis("left").setStyle(hideOverlappingLabels=False)  # the top tick's label, whole
        cache_axes(self)
        self.train_curve = self.plot([], [])
        self.test_curve = self.plot([], [])
        self.recolour()
        self.train, self.test = Buffer(), Buffer()
        self._x_max = 0

    def recolour(self) -> None:
        self.train_curve.setPen(pg.mkPen(self.colors.accent, width=1.5))
        self.test_curve.setPen(pg.mkPen(self.colors.fit, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.show_key()

    def key_parts(self) -> list[tuple[str, str]]:
        """The key's entries: (text, colour), in the curves' order."""
        train_word, test_word = self.tr("train"), self.tr("test")
        return [("━ " + train_word, self.colors.accent), ("╌ " + test_word, self.colors.fit)]

    def show_key(self) -> None:
        """The curves' key above the plot, in their colours: "━ train  ╌ test"."""
        parts = self.key_parts()
        self.key = "   ".join(text for text, _colour in parts)
        self.setTitle(
            "&nbsp;&nbsp;&nbsp;".join(
                f"<span style='color:{colour}'>{text}</span>" for text, colour in parts
            ),
            size="9pt",
            justify="right",
        )

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == pg.QtCore.QEvent.Type.LanguageChange:
            self.show_key()

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
        self.twin_curve = pg.PlotDataItem([], [])  # in the key only while it has a curve to show
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
        if shown != self._twin_named:
            self._twin_named = shown
            self.show_key()

    def key_parts(self) -> list[tuple[str, str]]:
        parts = super().key_parts()
        if getattr(self, "_twin_named", False):
            twin_word = self.tr("torch, same start")
            parts.append(("┈ " + twin_word, self.colors.foreground))
        return parts


class AccuracyPlot(TrainTestPlot):
    def __init__(self, parent=None):
        super().__init__("classifyAccuracyPlot", "", parent)
        self.setLabel("left", self.tr("accuracy (%)"))
        self.setYRange(0, 100, padding=0.05)  # 100 % a little below the top: that curve in sight
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
        self.names: list[str] = []
        self.scene().sigMouseMoved.connect(self._hovered)

    def reset(self, names: list[str]) -> None:
        """Empty curves for ``names`` (the first MAX_PARAMETER_CURVES); those there are kept if they fit."""
        shown = names[:MAX_PARAMETER_CURVES]
        self.names = list(shown)
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

    def name_at(self, step: float, value: float) -> str:
        """The parameter whose curve passes nearest (step, value), within HOVER_PIXELS; "" if none."""
        steps = self.steps.values
        if not steps.size or not self.names:
            return ""
        box = self.getPlotItem().vb
        (x0, x1), (y0, y1) = box.viewRange()
        height = max(box.height(), 1.0)
        at = int(np.clip(np.searchsorted(steps, step), 0, steps.size - 1))
        if at > 0 and abs(steps[at - 1] - step) < abs(steps[at] - step):
            at -= 1
        values = np.array([buffer.values[at] for buffer in self.values])
        pixels = np.abs(values - value) * height / max(y1 - y0, 1e-300)
        pixels[~np.isfinite(pixels)] = np.inf
        nearest = int(np.argmin(pixels))
        if pixels[nearest] > HOVER_PIXELS:
            return ""
        return self.tr("{name} = {value:.4g} at step {step:,}").format(
            name=self.names[nearest], value=values[nearest], step=int(steps[at])
        )

    def _hovered(self, where) -> None:
        box = self.getPlotItem().vb
        if not box.sceneBoundingRect().contains(where):
            self.setToolTip("")
            return
        point = box.mapSceneToView(where)
        self.setToolTip(self.name_at(point.x(), point.y()))


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
