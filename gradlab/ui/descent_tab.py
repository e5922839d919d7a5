"""The Gradient Descent tab: optimizers race down a function, live, on its map and in a loss plot.

Steps are computed in small chunks from a 30 Hz timer, within a time budget, so the window never
stops answering; the plots are redrawn once per tick. Controls, by objectName:
descentFunctionCombo, descentExpressionEdit, descentApplyButton, descentExpressionError,
descentStartEdit, descentOptimizer<kind>Check and descentRate<kind>Edit for each optimizer
(sgd, momentum, nesterov, adagrad, rmsprop, adam), descentMomentumEdit, descentMaxStepsSpin,
descentToleranceEdit, descentPlayButton, descentStepButton, descentResetButton,
descentSpeedSlider, descentSpeedLabel, descentStabilityLabel, descentSettingsError, descentMap,
descentLossPlot, descentTable, descentLogCombo, descentLog, descentCopyLogButton, descentTimer.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..descent.presets import FUNCTIONS, OPTIMIZERS, function_variables
from ..engine import ExprError
from ..session import SessionError, whole_number
from ..translation import translate
from . import theme
from .descent_view import FunctionMap, LossPlot
from .lesson_pane import LessonColumn, LessonPane
from .torch_loader import shown_when_ready
from .widgets import monospace, scrolling

TICK_MS = 33  # redraws at most 30 times a second
BUDGET_S = 0.012  # computing time per tick, so the event loop stays free


class DescentTab(QWidget):
    """Controls on the left; the map, the losses, the table and the log on the right."""

    status_message = Signal(str)
    session_changed = Signal()  # what a session file would hold has (perhaps) changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("descentTab")
        self.functions = FUNCTIONS
        self.objective = None
        self.region = None
        self.runs: dict = {}
        self._due = 0.0
        self._logged: dict[str, int] = {}

        self.map = FunctionMap()
        self.loss_plot = LossPlot()
        self.table = QTableWidget(0, 7, objectName="descentTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("optimizer"), "x", "y", "f", "|grad|", self.tr("step"), self.tr("status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Optimizers' positions"))
        self.map.setAccessibleName(self.tr("Function map"))
        self.loss_plot.setAccessibleName(self.tr("Loss per step"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log_combo = QComboBox(objectName="descentLogCombo")
        self.log = monospace()
        self.log.setObjectName("descentLog")
        self.log.setMaximumBlockCount(200_000)
        self.copy_button = QPushButton(self.tr("Copy"), objectName="descentCopyLogButton")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.log.toPlainText()))
        self.log_combo.currentIndexChanged.connect(self._refill_log)

        log_page = QWidget()
        log_layout = QVBoxLayout(log_page)
        log_row = QHBoxLayout()
        log_row.addWidget(QLabel(self.tr("Log of")))
        log_row.addWidget(self.log_combo, 1)
        log_row.addWidget(self.copy_button)
        log_layout.addLayout(log_row)
        log_layout.addWidget(self.log)
        details = QTabWidget(objectName="descentDetailTabs")
        details.setAccessibleName(self.tr("Table and log"))
        details.addTab(self.table, self.tr("Table"))
        details.addTab(log_page, self.tr("Log (i  =>  value)"))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_plot)
        bottom.addWidget(details)
        bottom.setSizes([560, 440])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.map)
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)

        layout = QHBoxLayout(self)
        scroll = scrolling(self._controls(), self.tr("Function, optimizers and race controls"))
        self.lesson = LessonPane("descent")
        self.lesson.action_requested.connect(self.lesson_action)
        column = LessonColumn(self.lesson, scroll)
        column.setMinimumWidth(360)
        column.setMaximumWidth(400)
        layout.addWidget(column)
        layout.addWidget(right, 1)

        self.timer = QTimer(self, objectName="descentTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.map.clicked.connect(self._map_clicked)
        self._colour_optimizers()
        self.ready = False
        self._pending_session = None  # a session opened before torch was ready: shown when it is
        self.setEnabled(False)  # until torch has loaded (see TorchLoader): the map needs it
        self.map.setTitle(self.tr("Loading PyTorch…"))

    @Slot()
    def torch_ready(self) -> None:
        """Torch is imported: draw the first function."""
        if self.ready:
            return
        self.ready = True
        self.setEnabled(True)
        self.map.setTitle(None)
        if self._pending_session is not None:
            self._show_session(self._pending_session)
            self._pending_session = None
        else:
            self.load_function(self.functions[0].key)

    @property
    def names(self) -> dict[str, str]:
        """Each optimizer's name, in the language now in use."""
        return {kind: translate("descent.presets", name) for kind, name in OPTIMIZERS.items()}

    # --- controls -------------------------------------------------------------------------------

    def _controls(self) -> QWidget:
        self.function_combo = QComboBox(objectName="descentFunctionCombo")
        for f in self.functions:
            self.function_combo.addItem(translate("descent.presets", f.title), f.key)
        self.function_combo.activated.connect(lambda i: self.load_function(self.function_combo.itemData(i)))
        self.expression_edit = QLineEdit(objectName="descentExpressionEdit")
        self.expression_edit.setToolTip(
            self.tr("Any function of x, or of x and y, in the expression language")
        )
        self.apply_button = QPushButton(self.tr("Apply"), objectName="descentApplyButton")
        self.apply_button.clicked.connect(self.apply_expression)
        self.expression_edit.returnPressed.connect(self.apply_expression)
        self.expression_error = QLabel(objectName="descentExpressionError")
        self.expression_error.setWordWrap(True)
        theme.tint(self.expression_error, "error")
        self.note = QLabel(objectName="descentFunctionNote")
        self.note.setWordWrap(True)
        theme.tint(self.note, "note")
        self.start_edit = QLineEdit(objectName="descentStartEdit")
        self.start_edit.setToolTip(self.tr("Where every optimizer starts; or click on the map"))
        self.start_edit.editingFinished.connect(self._settings_changed)

        function_box = QGroupBox(self.tr("Function"))
        f_layout = QVBoxLayout(function_box)
        f_layout.addWidget(self.function_combo)
        row = QHBoxLayout()
        row.addWidget(QLabel("f ="))
        row.addWidget(self.expression_edit, 1)
        row.addWidget(self.apply_button)
        f_layout.addLayout(row)
        f_layout.addWidget(self.expression_error)
        f_layout.addWidget(self.note)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Start")))
        start_row.addWidget(self.start_edit, 1)
        f_layout.addLayout(start_row)

        optimizer_box = QGroupBox(self.tr("Optimizers (learning rate)"))
        grid = QGridLayout(optimizer_box)
        self.enabled: dict[str, QCheckBox] = {}
        self.rates: dict[str, QLineEdit] = {}
        for row_index, (kind, name) in enumerate(self.names.items()):
            check = QCheckBox(name, objectName=f"descentOptimizer{kind}Check")
            check.setChecked(kind in ("sgd", "momentum", "rmsprop", "adam"))
            check.toggled.connect(self._settings_changed)
            rate = QLineEdit(objectName=f"descentRate{kind}Edit")
            rate.setMaximumWidth(90)
            rate.editingFinished.connect(self._settings_changed)
            self.enabled[kind], self.rates[kind] = check, rate
            grid.addWidget(check, row_index, 0)
            grid.addWidget(rate, row_index, 1)
        self.momentum_edit = QLineEdit("0.9", objectName="descentMomentumEdit")
        self.momentum_edit.setToolTip(self.tr("Momentum and Nesterov keep this fraction of their last step"))
        self.momentum_edit.editingFinished.connect(self._settings_changed)
        self.max_steps = QSpinBox(objectName="descentMaxStepsSpin")
        self.max_steps.setRange(1, 1_000_000)
        self.max_steps.setValue(5000)
        self.max_steps.setSingleStep(500)
        self.max_steps.editingFinished.connect(self._settings_changed)
        self.tolerance_edit = QLineEdit("1e-8", objectName="descentToleranceEdit")
        self.tolerance_edit.setToolTip(
            self.tr("An optimizer stops when its gradient's length falls below this")
        )
        self.tolerance_edit.editingFinished.connect(self._settings_changed)
        form = QFormLayout()
        form.addRow(self.tr("Momentum"), self.momentum_edit)
        form.addRow(self.tr("Max steps"), self.max_steps)
        form.addRow(self.tr("Stop at |grad| <"), self.tolerance_edit)
        grid.addLayout(form, len(self.names), 0, 1, 2)
        self.settings_error = QLabel(objectName="descentSettingsError")
        self.settings_error.setWordWrap(True)
        theme.tint(self.settings_error, "error")
        grid.addWidget(self.settings_error, len(self.names) + 1, 0, 1, 2)

        self.play_button = QPushButton(self.tr("Play"), objectName="descentPlayButton")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Run or pause the race (F5)"))
        self.play_button.toggled.connect(self._play_toggled)
        self.step_button = QPushButton(self.tr("Step"), objectName="descentStepButton")
        self.step_button.setToolTip(self.tr("One step for every optimizer still running (F6)"))
        self.step_button.clicked.connect(self.single_step)
        self.reset_button = QPushButton(self.tr("Reset"), objectName="descentResetButton")
        self.reset_button.setToolTip(self.tr("Back to the start (Ctrl+R)"))
        shortcuts = (("F5", self.play_button), ("F6", self.step_button), ("Ctrl+R", self.reset_button))
        for keys, button in shortcuts:
            action = QAction(button.text(), self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this tab is shown
            action.triggered.connect(button.click)
            self.addAction(action)
        self.reset_button.clicked.connect(self.reset)
        self.speed = QSlider(Qt.Orientation.Horizontal, objectName="descentSpeedSlider")
        self.speed.setAccessibleName(self.tr("Race speed"))
        self.speed.setRange(0, 30)  # 10 ** (value / 10) steps a second: 1 to 1000
        self.speed.setValue(18)
        self.speed_label = QLabel(objectName="descentSpeedLabel")
        self.speed.valueChanged.connect(self._speed_changed)
        self._speed_changed(self.speed.value())
        buttons = QHBoxLayout()
        for b in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(b)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_label)

        self.stability_label = QLabel(objectName="descentStabilityLabel")
        self.stability_label.setWordWrap(True)
        help_label = QLabel(
            self.tr(
                "Gradient descent is p -= lr × grad, as in torchGd1.py; the others are torch.optim's own. "
                "net2.py's classic update moves x in x·x twice per loop, so its run equals plain descent "
                "with learning rate 0.02 here. Click on the map to start somewhere else."
            )
        )
        help_label.setWordWrap(True)
        theme.tint(help_label, "note")

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(function_box)
        layout.addWidget(optimizer_box)
        layout.addLayout(buttons)
        layout.addLayout(speed_row)
        layout.addWidget(self.stability_label)
        layout.addWidget(help_label)
        layout.addStretch(1)
        return panel

    # --- function and settings -----------------------------------------------------------------

    def load_function(self, key: str) -> None:
        from ..descent import Objective, function_preset
        from ..descent.presets import DEFAULT_RATES

        preset = function_preset(key)
        self.function_combo.setCurrentIndex(self.function_combo.findData(key))
        self.expression_edit.setText(preset.text)
        self.start_edit.setText(", ".join(_short(v) for v in preset.start))
        rates = {**DEFAULT_RATES, **dict(preset.rates)}
        for kind, edit in self.rates.items():
            edit.setText(_short(rates[kind]))
        self.note.setText(translate("descent.presets", preset.note) if preset.note else "")
        self.expression_error.clear()
        self._use(Objective(preset.text), preset.region)

    @Slot()
    def apply_expression(self) -> None:
        """Use the typed function; a mistake leaves the previous one in place."""
        from ..descent import Objective
        from ..descent.function import default_region

        try:
            objective = Objective(self.expression_edit.text())
        except ExprError as error:
            self.expression_error.setText(f"✗ {error}")
            return
        self.expression_error.clear()
        start = self._start(objective.dims)
        if start is None:
            start = (0.0,) * objective.dims
            self.start_edit.setText(", ".join(_short(v) for v in start))
        self.note.clear()
        self._use(objective, default_region(objective, start))

    def _use(self, objective, region) -> None:
        self.objective, self.region = objective, region
        self.map.show_function(objective, region)
        self._show_stability()
        self.reset()
        self.session_changed.emit()

    def _start(self, dims: int) -> tuple[float, ...] | None:
        try:
            values = tuple(float(v) for v in self.start_edit.text().replace(" ", "").split(","))
        except ValueError:
            return None
        if len(values) != dims or not all(math.isfinite(v) and abs(v) < 1e6 for v in values):
            return None
        return values

    def _settings(self):
        """The settings typed, or None after saying what is wrong with them."""
        problems = []
        start = self._start(self.objective.dims)
        if start is None:
            problems.append(self.tr("Start needs {n} number(s), like 1, 3.").format(n=self.objective.dims))
        rates = {}
        for kind, edit in self.rates.items():
            try:
                rate = float(edit.text())
            except ValueError:
                rate = math.nan
            if not (math.isfinite(rate) and 0 < rate <= 1e6):
                problems.append(
                    self.tr("{name}: the learning rate must be a positive number.").format(
                        name=self.names[kind]
                    )
                )
            rates[kind] = rate
        try:
            momentum = float(self.momentum_edit.text())
            tolerance = float(self.tolerance_edit.text())
        except ValueError:
            momentum = tolerance = math.nan
        if not (0 <= momentum < 1):
            problems.append(self.tr("Momentum must be at least 0 and below 1."))
        if not (math.isfinite(tolerance) and tolerance >= 0):
            problems.append(self.tr("The tolerance must be 0 or a positive number."))
        self.settings_error.setText("\n".join(problems))
        if problems:
            return None
        return start, rates, momentum, tolerance

    def _signature(self) -> tuple:
        """Everything typed into the settings, to tell a real change from a focus change."""
        return (
            self.start_edit.text(),
            tuple(edit.text() for edit in self.rates.values()),
            tuple(check.isChecked() for check in self.enabled.values()),
            self.momentum_edit.text(),
            self.tolerance_edit.text(),
            self.max_steps.value(),
        )

    @Slot()
    def _settings_changed(self) -> None:
        """A setting was edited (or its box lost focus): start over, but only if something changed."""
        if self._signature() == getattr(self, "_applied", None):
            return
        self._show_stability()
        self.reset()
        self.session_changed.emit()

    def _show_stability(self) -> None:
        from ..descent import stability

        if self.objective is None:
            return
        limit = stability(self.objective)
        if limit is None:
            self.stability_label.setText(
                self.tr("Not a quadratic: no single learning rate is safe everywhere.")
            )
            return
        chosen = self.rates["sgd"].text()
        self.stability_label.setText(
            self.tr(
                "Quadratic: the Hessian's largest eigenvalue is {lam}, so plain descent converges for "
                "learning rates below 2/λmax = {limit} (chosen: {chosen})."
            ).format(lam=_short(limit.largest_eigenvalue), limit=_short(limit.max_rate), chosen=chosen)
        )

    @Slot(float, float)
    def _map_clicked(self, x: float, y: float) -> None:
        point = (x,) if self.objective.dims == 1 else (x, y)
        self.start_edit.setText(", ".join(_short(v, 4) for v in point))
        self.reset()
        self.session_changed.emit()
        self.status_message.emit(self.tr("Start moved to ({point})").format(point=self.start_edit.text()))

    # --- the race -------------------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        """New runs from the start with the current settings (and pause)."""
        from ..descent import Run

        self.pause()
        self.runs = {}
        self._applied = self._signature()
        settings = self._settings()
        self.loss_plot.reset()
        self.map.show_function(self.objective, self.region) if self.map.paths else None
        if settings is not None:
            start, rates, momentum, tolerance = settings
            for kind, check in self.enabled.items():
                if check.isChecked():
                    self.runs[kind] = Run(
                        self.objective, start, kind, rates[kind], momentum, tolerance, self.max_steps.value()
                    )
        self._logged = {}
        current = self.log_combo.currentData()
        self.log_combo.blockSignals(True)
        self.log_combo.clear()
        for kind in self.runs:
            self.log_combo.addItem(self.names[kind], kind)
        index = self.log_combo.findData(current)
        self.log_combo.setCurrentIndex(max(index, 0))
        self.log_combo.blockSignals(False)
        self.log.clear()
        self._draw()

    def pause(self) -> None:
        self.timer.stop()
        self.play_button.setChecked(False)

    @Slot(bool)
    def _play_toggled(self, on: bool) -> None:
        if on:
            if not any(run.running for run in self.runs.values()):
                self.reset()
                self.play_button.setChecked(bool(self.runs))
                if not self.runs:
                    return
            self._due = 0.0
            self.play_button.setText(self.tr("Pause"))
            self.timer.start()
        else:
            self.timer.stop()
            self.play_button.setText(self.tr("Play"))

    @Slot()
    def single_step(self) -> None:
        for run in self.runs.values():
            run.advance(1)
        self._draw()

    @Slot(int)
    def _speed_changed(self, value: int) -> None:
        self.steps_per_second = round(10 ** (value / 10))
        self.speed_label.setText(self.tr("{n} steps/s").format(n=self.steps_per_second))
        self.session_changed.emit()

    @Slot()
    def _tick(self) -> None:
        """Advance every running optimizer by the steps due, within the time budget, then draw."""
        self._due += self.steps_per_second * TICK_MS / 1000
        steps = int(self._due)
        self._due -= steps
        deadline = time.perf_counter() + BUDGET_S
        for _ in range(steps):
            running = [run for run in self.runs.values() if run.running]
            if not running or time.perf_counter() > deadline:
                break
            for run in running:
                run.advance(1)
        self._draw()
        if not any(run.running for run in self.runs.values()):
            self.pause()
            self.status_message.emit(self.tr("Every optimizer has stopped."))

    def _draw(self) -> None:
        self.map.show_runs(self.runs)
        self.loss_plot.show_runs(self.runs, self.names)
        self._fill_table()
        self._append_log()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.runs))
        for row, (kind, run) in enumerate(self.runs.items()):
            values = run.path.values
            # where f was last evaluated, so x, y and f in a row belong together
            position = run.path.points[-1] if run.path.size else run.position
            value = values[-1] if len(values) else math.nan
            grad = run.path.grad_norms[-1] if run.path.size else math.nan
            status = {
                "running": self.tr("running"),
                "converged": self.tr("converged at step {n}"),
                "diverged": self.tr("diverged at step {n}"),
                "finished": self.tr("stopped after {n} steps"),
            }[run.status].format(n=(run.stopped_at or 1) - 1 if run.status != "finished" else run.steps)
            cells = [
                self.names[kind],
                _short(position[0], 6),
                _short(position[1], 6) if len(position) > 1 else "—",
                _short(value, 6),
                _short(grad, 4),
                str(run.steps),
                status,
            ]
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem(text)
                    self.table.setItem(row, column, item)
                elif item.text() != text:
                    item.setText(text)
                if column in (0, 6):
                    item.setForeground(QColor(self._colours()[kind]))

    def _append_log(self) -> None:
        kind = self.log_combo.currentData()
        run = self.runs.get(kind)
        if run is None:
            return
        start = self._logged.get(kind, 0)
        lines = list(run.log_lines(start))
        if lines:
            self.log.appendPlainText("\n".join(lines))
        self._logged[kind] = start + len(lines)

    @Slot()
    def _refill_log(self) -> None:
        self.log.clear()
        self._logged = {}
        self._append_log()

    def show_race_for_screenshot(self, steps: int = 400) -> None:
        """Four optimizers part-way down Rosenbrock's valley: the picture for the README."""
        if not self.ready:
            return
        self.load_function("rosenbrock")
        for kind, check in self.enabled.items():
            check.setChecked(kind in ("sgd", "momentum", "rmsprop", "adam"))
        self.reset()
        for run in self.runs.values():
            run.advance(steps)
        self._draw()

    def shutdown(self) -> None:
        self.pause()

    # --- the lesson's buttons --------------------------------------------------------------------

    @Slot(str)
    def lesson_action(self, action: str) -> None:
        """Set the tab up for the lesson's step: a function, which optimizers race, a rate, play."""
        parts = action.split("/")
        if not self.ready:
            self.status_message.emit(self.tr("PyTorch is still loading; try again in a moment."))
            return
        keys = {f.key for f in self.functions}
        if len(parts) == 3 and parts[1] == "function" and parts[2] in keys:
            self.load_function(parts[2])
        elif len(parts) == 3 and parts[1] == "race" and set(parts[2].split(",")) <= set(self.enabled):
            chosen = set(parts[2].split(","))
            for kind, check in self.enabled.items():
                with QSignalBlocker(check):
                    check.setChecked(kind in chosen)
            self._settings_changed()
        elif len(parts) == 4 and parts[1] == "rate" and parts[2] in self.rates:
            self.rates[parts[2]].setText(parts[3])
            self._settings_changed()
        elif parts[1:] == ["play"]:
            self.play_button.setChecked(True)
        else:
            self.status_message.emit(
                self.tr("The lesson asked for something unknown: {action}").format(action=action)
            )

    # --- language and sessions ------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        """A new language: the texts built from numbers are written again in it."""
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "enabled"):
            self._colour_optimizers()
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "speed_label"):
            names = self.names
            for kind, check in self.enabled.items():
                check.setText(names[kind])
            for i in range(self.log_combo.count()):
                self.log_combo.setItemText(i, names[self.log_combo.itemData(i)])
            for i in range(self.function_combo.count()):
                title = next(f.title for f in self.functions if f.key == self.function_combo.itemData(i))
                self.function_combo.setItemText(i, translate("descent.presets", title))
            self.loss_plot.rename(names)
            self._speed_changed(self.speed.value())
            self._show_stability()
            if self.objective is not None and self._settings() is not None:
                self._draw()
        super().changeEvent(event)

    def _colours(self) -> dict:
        return theme.plot_colors(theme.of(self.palette())).optimizers

    def _colour_optimizers(self) -> None:
        """Each optimizer's name in its curve's colour, as readable on a dark theme as on a light one."""
        colours = self._colours()
        for kind, check in self.enabled.items():
            check.setStyleSheet(f"QCheckBox {{ color: {colours[kind]}; font-weight: bold; }}")
        if self.objective is not None and self.runs:
            self._draw()

    def session_state(self) -> dict:
        """The tab's part of a session: the function, the start and every optimizer's settings."""
        if not self.ready:
            return dict(self._pending_session or {})
        return {
            "function": self.function_combo.currentData() or "",
            "expression": self.expression_edit.text(),
            "start": self.start_edit.text(),
            "optimizers": {
                kind: {"on": self.enabled[kind].isChecked(), "rate": self.rates[kind].text()}
                for kind in self.enabled
            },
            "momentum": self.momentum_edit.text(),
            "tolerance": self.tolerance_edit.text(),
            "max_steps": self.max_steps.value(),
            "speed": self.speed.value(),
        }

    def prepare_session(self, state: dict):
        """Check a session's descent part; return the function that shows it (nothing changes before)."""
        if not isinstance(state, dict):
            raise SessionError(self.tr("The descent part is not a table of values."))
        if not state:
            return lambda: self._show_session({})  # an empty part: the first preset, as at start
        texts = ("function", "expression", "start", "momentum", "tolerance")
        optimizers = state.get("optimizers")
        if (
            not all(isinstance(state.get(key), str) for key in texts)
            or not isinstance(optimizers, dict)
            or not all(
                isinstance(v, dict) and isinstance(v.get("on"), bool) and isinstance(v.get("rate"), str)
                for v in optimizers.values()
            )
            or not whole_number(state.get("max_steps"), self.max_steps.minimum(), self.max_steps.maximum())
            or not whole_number(state.get("speed"), self.speed.minimum(), self.speed.maximum())
        ):
            raise SessionError(self.tr("The descent part is damaged: a setting has the wrong type."))
        try:
            function_variables(state["expression"])  # x, or x and y; checked without torch
        except (ExprError, ValueError) as error:
            raise SessionError(
                self.tr("The descent function cannot be read: {error}").format(error=error)
            ) from None
        return shown_when_ready(self, dict(state))

    def _show_session(self, state: dict) -> None:
        from ..descent import Objective, function_preset
        from ..descent.function import default_region

        if not state:
            self.load_function(self.functions[0].key)
            return
        self.pause()
        widgets = [self.start_edit, self.momentum_edit, self.tolerance_edit, self.max_steps, self.speed]
        widgets += [*self.enabled.values(), *self.rates.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.start_edit.setText(state["start"])
        self.momentum_edit.setText(state["momentum"])
        self.tolerance_edit.setText(state["tolerance"])
        self.max_steps.setValue(state["max_steps"])
        self.speed.setValue(state["speed"])
        for kind, saved in state["optimizers"].items():
            if kind in self.enabled:
                self.enabled[kind].setChecked(saved["on"])
                self.rates[kind].setText(saved["rate"])
        del blockers
        self._speed_changed(self.speed.value())
        self.expression_edit.setText(state["expression"])
        self.expression_error.clear()
        index = self.function_combo.findData(state["function"]) if state["function"] else -1
        preset = function_preset(state["function"]) if index >= 0 else None
        if preset is not None and preset.text == state["expression"]:
            self.function_combo.setCurrentIndex(index)
            self.note.setText(translate("descent.presets", preset.note) if preset.note else "")
            self._use(Objective(preset.text), preset.region)
            return
        objective = Objective(state["expression"])
        start = self._start(objective.dims) or (0.0,) * objective.dims
        self.note.clear()
        self._use(objective, default_region(objective, start))


def _short(value: float, digits: int = 6) -> str:
    from ..engine import format_number

    return format_number(float(value), digits)
