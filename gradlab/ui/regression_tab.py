"""The Regression tab: the course's training scripts as recipes, trained on a worker thread.

The training loop is ``gradlab.regression.training.train``, a plain generator; superqt's
GeneratorWorker runs it on a thread, pauses and aborts it between its reports (about 30 a second,
each with every loss since the last) and passes a new learning rate in with ``send``. The GUI
thread only draws. Controls, by objectName: regressionRecipeCombo, regressionSeedSpin,
regressionTargetCombo, regressionNoiseEdit, regressionPointsSpin, regressionModelCombo,
regressionHiddenSpin, regressionActivationCombo, regressionReductionCombo,
regressionOptimizerCombo, regressionLrEdit, regressionMomentumEdit, regressionStepsSpin,
regressionDeviceCombo, regressionStartButton, regressionPauseButton, regressionStopButton,
regressionApplyLrButton, regressionProgress, regressionRateLabel, regressionMessage,
regressionResultLabel, regressionStabilityLabel, regressionPowersLabel, regressionParamTable,
regressionSaveButton, regressionLoadButton, regressionLoadCsvButton, regressionExportButton,
regressionPredictXEdit, regressionPredictFeaturesEdit, regressionPredictButton,
regressionPredictLabel, regressionLossPlot, regressionFitPlot, regressionParamPlot.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..regression.recipes import ACTIVATIONS, CUBIC, MODELS, OPTIMIZERS, RECIPES, REDUCTIONS, Setup, recipe
from ..session import SessionError, whole_number
from ..translation import translate
from .lesson_pane import LessonColumn, LessonPane
from .regression_plots import FitPlot, LossHistoryPlot, ParameterPlot
from .torch_loader import shown_when_ready
from .widgets import narrow, scrolling

# The loss plot is the costliest view to redraw (and every redraw takes the GIL from the training
# thread): it is redrawn 4 times a second, the fit and the numbers with each snapshot (10 a second).
LOSS_DRAW_EVERY_S = 0.25
TRUE_CUBIC = {"1": 0.0, "x": 1.0, "x²": 2.0, "x³": 3.0, "x⁴ (x⁵)": 0.0}


class RegressionTab(QWidget):
    """Settings and run controls on the left; the loss, the fit and the parameters on the right."""

    status_message = Signal(str)
    session_changed = Signal()  # what a session file would hold has (perhaps) changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regressionTab")
        self.worker = None
        self.model = None
        self.model_setup: Setup | None = None
        self.csv_data = None
        self.history: list[float] = []
        self.ready = False
        self._pending_session = None  # a session opened before torch was ready: shown when it is
        self.loss_plot = LossHistoryPlot()
        self.fit_plot = FitPlot()
        self.param_plot = ParameterPlot()
        self.param_table = QTableWidget(0, 3, objectName="regressionParamTable")
        self.param_table.setHorizontalHeaderLabels(
            [self.tr("coefficient of"), self.tr("learned"), self.tr("true")]
        )
        self.param_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.param_table.verticalHeader().hide()
        self.param_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        views = QTabWidget(objectName="regressionViewTabs")
        views.setAccessibleName(self.tr("Fit and parameters"))
        self.loss_plot.setAccessibleName(self.tr("Loss per step"))
        self.fit_plot.setAccessibleName(self.tr("Data and the model's curve"))
        self.param_plot.setAccessibleName(self.tr("Coefficients per step"))
        params_page = QSplitter(Qt.Orientation.Horizontal)
        params_page.addWidget(self.param_table)
        params_page.addWidget(self.param_plot)
        params_page.setSizes([260, 600])
        views.addTab(self.fit_plot, self.tr("Fit"))
        views.addTab(params_page, self.tr("Parameters"))
        views.currentChanged.connect(lambda _: self._show_coefficients(getattr(self, "_coefficients", [])))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.loss_plot)
        right.addWidget(views)
        layout = QHBoxLayout(self)
        scroll = scrolling(self._controls(), self.tr("Training settings"))
        self.lesson = LessonPane("regression")
        self.lesson.action_requested.connect(self.lesson_action)
        column = LessonColumn(self.lesson, scroll)
        column.setMaximumWidth(440)
        column.setMinimumWidth(380)
        layout.addWidget(column)
        layout.addWidget(right, 1)
        self.setEnabled(False)  # until torch has loaded (see TorchLoader)
        self.loss_plot.setTitle(self.tr("Loading PyTorch…"))

    # --- controls -------------------------------------------------------------------------------

    def _controls(self) -> QWidget:
        self.recipe_combo = narrow(QComboBox(objectName="regressionRecipeCombo"))
        for r in RECIPES:
            self.recipe_combo.addItem(translate("regression.recipes", r.title), r.name)
        self.recipe_combo.activated.connect(lambda i: self.load_recipe(self.recipe_combo.itemData(i)))
        self.seed = QSpinBox(objectName="regressionSeedSpin")
        self.seed.setRange(-1, 2_147_483_647)
        self.seed.setSpecialValueText(self.tr("none"))
        self.seed.setToolTip(
            self.tr("torch.manual_seed(N); random.seed(N) before the model is made: same N, same losses")
        )
        self.target = narrow(QComboBox(objectName="regressionTargetCombo"))
        self.target.setEditable(True)
        self.target.addItems([CUBIC, "sin(x)"])
        self.target.setToolTip(self.tr("y as an expression of x"))
        self.noise = QLineEdit("0", objectName="regressionNoiseEdit")
        self.points = QSpinBox(objectName="regressionPointsSpin")
        self.points.setRange(2, 1_000_000)
        self.model_combo = self._combo("regressionModelCombo", MODELS)
        self.hidden = QSpinBox(objectName="regressionHiddenSpin")
        self.hidden.setRange(1, 4096)
        self.activation = QComboBox(objectName="regressionActivationCombo")
        self.activation.addItems(ACTIVATIONS)
        self.reduction = self._combo("regressionReductionCombo", REDUCTIONS)
        self.optimizer = self._combo("regressionOptimizerCombo", OPTIMIZERS)
        self.lr = QLineEdit(objectName="regressionLrEdit")
        self.momentum = QLineEdit(objectName="regressionMomentumEdit")
        self.steps = QSpinBox(objectName="regressionStepsSpin")
        self.steps.setRange(1, 10_000_000)
        self.steps.setSingleStep(1000)
        self.device = QComboBox(objectName="regressionDeviceCombo")
        self.device.addItem(self.tr("CPU"), "cpu")
        settings = QGroupBox(self.tr("Recipe and settings"))
        form = QFormLayout(settings)
        form.addRow(self.recipe_combo)
        for label, field in (
            (self.tr("Seed"), self.seed),
            (self.tr("Target y ="), self.target),
            (self.tr("Noise on y"), self.noise),
            (self.tr("Points"), self.points),
            (self.tr("Model"), self.model_combo),
            (self.tr("Hidden width"), self.hidden),
            (self.tr("Activation"), self.activation),
            (self.tr("Loss"), self.reduction),
            (self.tr("Optimizer"), self.optimizer),
            (self.tr("Learning rate"), self.lr),
            (self.tr("Momentum"), self.momentum),
            (self.tr("Steps"), self.steps),
            (self.tr("Device"), self.device),
        ):
            form.addRow(label, field)
        self.settings_box = settings
        # locked during a run; the learning rate stays editable, for "Apply rate now"
        self.locked_fields = [
            self.recipe_combo,
            self.seed,
            self.target,
            self.noise,
            self.points,
            self.model_combo,
            self.hidden,
            self.activation,
            self.reduction,
            self.optimizer,
            self.momentum,
            self.steps,
            self.device,
        ]
        for combo in (self.recipe_combo, self.model_combo, self.activation, self.reduction, self.optimizer):
            combo.currentIndexChanged.connect(self.session_changed)
        self.target.currentTextChanged.connect(self.session_changed)
        for spin in (self.seed, self.points, self.hidden, self.steps):
            spin.valueChanged.connect(self.session_changed)
        for edit in (self.noise, self.lr, self.momentum):
            edit.textChanged.connect(self.session_changed)

        self.start_button = QPushButton(self.tr("Start"), objectName="regressionStartButton")
        self.pause_button = QPushButton(self.tr("Pause"), objectName="regressionPauseButton")
        self.stop_button = QPushButton(self.tr("Stop"), objectName="regressionStopButton")
        self.apply_lr_button = QPushButton(self.tr("Apply rate now"), objectName="regressionApplyLrButton")
        self.apply_lr_button.setToolTip(
            self.tr("Change the learning rate of the running training from its next step")
        )
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.apply_lr_button.clicked.connect(self.apply_lr)
        self.progress = QProgressBar(objectName="regressionProgress")
        self.rate_label = QLabel(objectName="regressionRateLabel")
        self.message = QLabel(objectName="regressionMessage")
        self.message.setWordWrap(True)
        self.result_label = QLabel(objectName="regressionResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stability = QLabel(objectName="regressionStabilityLabel")
        self.stability.setWordWrap(True)
        self.powers = QLabel(objectName="regressionPowersLabel")
        self.powers.setWordWrap(True)
        self.rate_label.setWordWrap(True)
        run_row = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.stop_button):
            run_row.addWidget(b)

        self.save_button = QPushButton(self.tr("Save…"), objectName="regressionSaveButton")
        self.load_button = QPushButton(self.tr("Load…"), objectName="regressionLoadButton")
        self.csv_button = QPushButton(self.tr("Data from CSV…"), objectName="regressionLoadCsvButton")
        self.export_button = QPushButton(self.tr("Export script…"), objectName="regressionExportButton")
        self.save_button.clicked.connect(self._ask_save)
        self.load_button.clicked.connect(self._ask_load)
        self.csv_button.clicked.connect(self._ask_csv)
        self.export_button.clicked.connect(self._ask_export)
        file_row = QGridLayout()
        for i, b in enumerate((self.save_button, self.load_button, self.csv_button, self.export_button)):
            file_row.addWidget(b, i // 2, i % 2)

        self.predict_x = QLineEdit(objectName="regressionPredictXEdit", placeholderText="x, e.g. 2")
        self.predict_features = QLineEdit(
            objectName="regressionPredictFeaturesEdit", placeholderText="or 2, 4, 8"
        )
        self.predict_button = QPushButton(self.tr("Predict"), objectName="regressionPredictButton")
        self.predict_label = QLabel(objectName="regressionPredictLabel")
        self.predict_button.clicked.connect(self.predict)
        predict_box = QGroupBox(self.tr("Predict"))
        p_layout = QVBoxLayout(predict_box)
        p_row = QHBoxLayout()
        p_row.addWidget(self.predict_x)
        p_row.addWidget(self.predict_features)
        p_row.addWidget(self.predict_button)
        p_layout.addLayout(p_row)
        p_layout.addWidget(self.predict_label)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(settings)
        layout.addLayout(run_row)
        layout.addWidget(self.apply_lr_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.message)
        layout.addWidget(self.stability)
        layout.addWidget(self.powers)
        layout.addWidget(self.result_label)
        layout.addLayout(file_row)
        layout.addWidget(predict_box)
        layout.addStretch(1)
        return panel

    def _combo(self, name: str, items: dict[str, str]) -> QComboBox:
        combo = narrow(QComboBox(objectName=name))
        for key, text in items.items():
            combo.addItem(translate("regression.recipes", text), key)
        return combo

    # --- settings -------------------------------------------------------------------------------

    @Slot()
    def torch_ready(self) -> None:
        if self.ready:
            return
        import torch

        self.ready = True
        if torch.cuda.is_available():
            self.device.addItem(self.tr("CUDA ({name})").format(name=torch.cuda.get_device_name(0)), "cuda")
        self.loss_plot.setTitle(None)
        self.setEnabled(True)
        self._set_running(False)
        if self._pending_session is not None:
            self._show_session(self._pending_session)
            self._pending_session = None
        else:
            self.load_recipe(RECIPES[0].name)

    def load_recipe(self, name: str) -> None:
        self.show_setup(recipe(name).setup)
        self.csv_data = None
        self.message.setText(self.tr("Recipe {name}: press Start.").format(name=name))
        self._show_data()

    def show_setup(self, setup: Setup) -> None:
        self.recipe_combo.setCurrentIndex(max(self.recipe_combo.findData(setup.recipe), 0))
        self.seed.setValue(-1 if setup.seed is None else setup.seed)
        self.target.setCurrentText(setup.target)
        self.noise.setText(_text(setup.noise))
        self.points.setValue(setup.points)
        self.model_combo.setCurrentIndex(self.model_combo.findData(setup.model))
        self.hidden.setValue(setup.hidden)
        self.activation.setCurrentText(setup.activation)
        self.reduction.setCurrentIndex(self.reduction.findData(setup.reduction))
        self.optimizer.setCurrentIndex(self.optimizer.findData(setup.optimizer))
        self.lr.setText(_text(setup.lr))
        self.momentum.setText(_text(setup.momentum))
        self.steps.setValue(setup.steps)
        self._print_every = setup.print_every

    def read_setup(self) -> Setup | None:
        """The settings on screen, or None after saying what is wrong."""
        try:
            setup = Setup(
                recipe=self.recipe_combo.currentData(),
                seed=None if self.seed.value() < 0 else self.seed.value(),
                target=self.target.currentText().strip(),
                noise=float(self.noise.text()),
                points=self.points.value(),
                model=self.model_combo.currentData(),
                hidden=self.hidden.value(),
                activation=self.activation.currentText(),
                reduction=self.reduction.currentData(),
                optimizer=self.optimizer.currentData(),
                lr=float(self.lr.text()),
                momentum=float(self.momentum.text()),
                steps=self.steps.value(),
                print_every=getattr(self, "_print_every", 100),
                device=self.device.currentData(),
            )
            if not all(math.isfinite(v) for v in (setup.noise, setup.lr, setup.momentum)):
                raise ValueError(self.tr("numbers must be finite"))
            setup.validate()
        except ValueError as error:
            text = str(error)
            if "could not convert" in text:
                text = self.tr("noise, learning rate and momentum must be numbers")
            self.message.setText(self.tr("✗ {error}").format(error=text))
            return None
        return setup

    def _show_data(self) -> None:
        """The data on the fit plot, and the stability limit for the model."""
        from ..regression.data import make_data
        from ..regression.stability import stable_rate

        setup = self.read_setup()
        if setup is None:
            return
        try:
            x, y = self.csv_data if self.csv_data is not None else make_data(setup)
        except ValueError as error:
            self.message.setText(self.tr("✗ {error}").format(error=error))
            return
        self.fit_plot.show_data(x.numpy(), y.numpy())
        limit = stable_rate(setup, x)
        if limit is None or setup.optimizer not in ("manual", "sgd"):
            self.stability.setText("")
        else:
            self.stability.setText(
                self.tr("Plain descent is stable below 2/λmax = {limit:.3g} (chosen: {lr:.3g}).").format(
                    limit=limit, lr=setup.lr
                )
            )

    # --- running --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.worker is not None

    @Slot()
    def start(self) -> None:
        from superqt.utils import create_worker

        from ..regression.training import train

        if self.running:
            return
        setup = self.read_setup()
        if setup is None:
            return
        self._show_data()
        self.history = []
        self.loss_plot.reset()
        names = {"linear3": ["1", "x", "x²", "x³"], "poly3": ["1", "x", "x²", "x³"]}
        names["dynamic"] = names["poly3"] + ["x⁴ (x⁵)"]
        truth = TRUE_CUBIC if setup.target.replace(" ", "") == CUBIC.replace(" ", "") else {}
        self.param_plot.reset(names.get(setup.model, []), truth)
        self._truth = truth
        self.param_table.setRowCount(0)
        self.result_label.clear()
        self.powers.clear()
        self._power_counts = {3: 0, 4: 0, 5: 0}
        self.progress.setRange(0, setup.steps)
        self.progress.setValue(0)
        self._loss_drawn = 0.0
        self.running_setup = setup
        worker = create_worker(train, setup, self.csv_data, _start_thread=False)
        worker.yielded.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.errored.connect(self._on_error)
        self.worker = worker
        self._set_running(True)
        self.message.setText(self.tr("Training…"))
        worker.start()

    @Slot()
    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        paused = self.pause_button.text() == self.tr("Resume")
        self.worker.toggle_pause()
        self.pause_button.setText(self.tr("Pause") if paused else self.tr("Resume"))
        self.message.setText(self.tr("Training…") if paused else self.tr("Paused."))

    @Slot()
    def stop(self) -> None:
        if self.worker is not None:
            self.worker.quit()  # ends between two reports: within a thirtieth of a second
            if self.pause_button.text() == self.tr("Resume"):
                self.worker.resume()

    @Slot()
    def apply_lr(self) -> None:
        try:
            lr = float(self.lr.text())
        except ValueError:
            lr = math.nan
        if not (math.isfinite(lr) and 0 < lr <= 1e6):
            self.message.setText(self.tr("✗ the learning rate must be a positive number no larger than 1e6"))
            return
        if self.worker is not None:
            self.worker.send({"lr": lr})
            self.message.setText(self.tr("Learning rate {lr:g} from the next step.").format(lr=lr))

    def _on_progress(self, progress) -> None:
        """Every report's losses go into the history; the views are redrawn with each snapshot.

        Reports come 20 times a second, snapshots of the model in them 10 times a second. Drawing
        takes the GIL from the training thread, so drawing less often trains faster.
        """
        self.last_progress = progress
        self.history.extend(progress.losses)
        self.loss_plot.add(progress.losses, draw=False)
        for step, lr in progress.lr_changes:
            self.loss_plot.mark(step, f"lr → {lr:g}")
        for power in progress.powers:
            self._power_counts[power] += 1
        if progress.curve[0] or progress.done or progress.error:
            self._draw(progress)

    def _draw(self, progress) -> None:
        now = time.perf_counter()
        final = progress.done or bool(progress.error)
        if final or now - self._loss_drawn >= LOSS_DRAW_EVERY_S:
            self._loss_drawn = now
            self.loss_plot.draw(progress.total)
        self.fit_plot.show_fit(*progress.curve)
        self.param_plot.add(progress.step, progress.coefficients)
        self._coefficients = progress.coefficients
        if self.param_table.isVisible() or progress.done or progress.error:
            self._show_coefficients(progress.coefficients)
        if self._power_counts[3] + self._power_counts[4] + self._power_counts[5]:
            total = sum(self._power_counts.values())
            shares = ", ".join(
                f"x{'³⁴⁵'[p - 3]}: {100 * n / total:.0f}%" for p, n in self._power_counts.items()
            )
            last = progress.powers[-1] if progress.powers else 3
            self.powers.setText(
                self.tr("Highest power used, last step: x{p}; so far {shares}").format(
                    p="³⁴⁵"[last - 3], shares=shares
                )
            )
        self.progress.setValue(progress.step)
        rate = progress.steps_per_second
        left = (progress.total - progress.step) / rate if rate > 0 else 0
        self.rate_label.setText(
            self.tr("step {step:,} of {total:,} · {rate:,.0f} steps/s · {left:.0f} s left").format(
                step=progress.step, total=progress.total, rate=rate, left=left
            )
        )
        self.model, self.model_setup = progress.model, self.running_setup
        if progress.error:
            self.message.setText(f"✗ {progress.error}")
            self.status_message.emit(progress.error)
        elif progress.done:
            self.result_label.setText(progress.result)
            self.message.setText(self.tr("Done: {n:,} steps.").format(n=progress.step))

    def _show_coefficients(self, coefficients) -> None:
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

    def _on_finished(self) -> None:
        if self.message.text() in (self.tr("Training…"), self.tr("Paused.")):
            self.message.setText(self.tr("Stopped at step {n:,}.").format(n=len(self.history)))
        self.worker = None
        self._set_running(False)

    def _on_error(self, error: Exception) -> None:
        self.message.setText(self.tr("✗ training failed: {error}").format(error=error))
        self.status_message.emit(str(error))

    def _set_running(self, running: bool) -> None:
        for field in self.locked_fields:
            field.setEnabled(not running)
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.apply_lr_button.setEnabled(running)
        for button in (
            self.save_button,
            self.load_button,
            self.csv_button,
            self.export_button,
            self.predict_button,
        ):
            button.setEnabled(not running)
        self.pause_button.setText(self.tr("Pause"))

    def show_run_for_screenshot(self, steps: int = 1500) -> None:
        """A run part-way, trained here on the GUI thread (for ``--screenshot`` only, never live)."""
        from ..regression.training import train

        if not self.ready:
            return
        self.load_recipe("torchRegression6custom")
        setup = self.read_setup()
        self.history = []
        self.loss_plot.reset()
        self.param_plot.reset(["1", "x", "x²", "x³"], TRUE_CUBIC)
        self._truth, self._power_counts, self.running_setup = TRUE_CUBIC, {3: 0, 4: 0, 5: 0}, setup
        self._loss_drawn = 0.0
        self.progress.setRange(0, setup.steps)
        for progress in train(setup.with_changes(steps=steps), report_every=0.002):
            progress.total = setup.steps
            self._on_progress(progress)
        self.result_label.clear()
        self.message.setText(self.tr("Training…"))

    def shutdown(self) -> None:
        """Stop the training and wait for its thread (the window is closing)."""
        if self.worker is not None:
            from superqt.utils import WorkerBase

            self.worker.quit()
            self.worker.resume()
            try:
                WorkerBase.await_workers(msecs=5000)
            except RuntimeError:
                pass

    def changeEvent(self, event) -> None:
        """A new language: the lists whose names come from the recipes' table are written again."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "optimizer"):
            tables = {self.recipe_combo: {r.name: r.title for r in RECIPES}, self.model_combo: MODELS}
            tables.update({self.reduction: REDUCTIONS, self.optimizer: OPTIMIZERS})
            for combo, table in tables.items():
                for i in range(combo.count()):
                    combo.setItemText(i, translate("regression.recipes", table[combo.itemData(i)]))
        super().changeEvent(event)

    # --- the lesson's buttons --------------------------------------------------------------------

    @Slot(str)
    def lesson_action(self, action: str) -> None:
        """Set the tab up for the lesson's step: load a recipe, start training."""
        parts = action.split("/")
        if not self.ready:
            self.status_message.emit(self.tr("PyTorch is still loading; try again in a moment."))
        elif len(parts) == 3 and parts[1] == "recipe" and parts[2] in {r.name for r in RECIPES}:
            if self.running:
                self.stop()
            self.load_recipe(parts[2])
        elif parts[1:] == ["start"]:
            self.start()
        else:
            self.status_message.emit(
                self.tr("The lesson asked for something unknown: {action}").format(action=action)
            )

    # --- sessions -------------------------------------------------------------------------------

    def session_state(self) -> dict:
        """The tab's part of a session: the settings (not the weights: those go in a checkpoint)."""
        if not self.ready:
            return dict(self._pending_session or {})
        state = {
            "recipe": self.recipe_combo.currentData(),
            "seed": None if self.seed.value() < 0 else self.seed.value(),
            "target": self.target.currentText(),
            "noise": self.noise.text(),
            "points": self.points.value(),
            "model": self.model_combo.currentData(),
            "hidden": self.hidden.value(),
            "activation": self.activation.currentText(),
            "reduction": self.reduction.currentData(),
            "optimizer": self.optimizer.currentData(),
            "lr": self.lr.text(),
            "momentum": self.momentum.text(),
            "steps": self.steps.value(),
            "print_every": getattr(self, "_print_every", 100),
        }
        return state

    def prepare_session(self, state: dict):
        """Check a session's regression part; return the function that shows it (nothing changes before)."""
        if not isinstance(state, dict):
            raise SessionError(self.tr("The regression part is not a table of values."))
        if state:
            texts = (
                "recipe",
                "target",
                "noise",
                "model",
                "activation",
                "reduction",
                "optimizer",
                "lr",
                "momentum",
            )
            counts = {self.points: "points", self.hidden: "hidden", self.steps: "steps"}
            seed = state.get("seed")
            if (
                not all(isinstance(state.get(key), str) for key in texts)
                or not all(
                    whole_number(state.get(key), spin.minimum(), spin.maximum())
                    for spin, key in counts.items()
                )
                or not whole_number(state.get("print_every"), 1, 10**9)
                or not (seed is None or whole_number(seed, 0, self.seed.maximum()))
            ):
                raise SessionError(self.tr("The regression part is damaged: a setting has the wrong type."))
            try:
                values = dict(state)
                for key in ("noise", "lr", "momentum"):
                    values[key] = float(values.get(key, "nan"))
                    if not math.isfinite(values[key]):
                        raise ValueError(self.tr("{name} is not a number").format(name=key))
                Setup.from_dict(values)
            except (TypeError, ValueError) as error:
                raise SessionError(
                    self.tr("The regression settings cannot be used: {error}").format(error=error)
                ) from None
        return shown_when_ready(self, dict(state))

    def _show_session(self, state: dict) -> None:
        if self.running:
            self.stop()
        if not state:
            self.load_recipe(RECIPES[0].name)
            return
        values = {**state, **{key: float(state[key]) for key in ("noise", "lr", "momentum")}}
        self.show_setup(Setup.from_dict(values))
        for edit, key in ((self.noise, "noise"), (self.lr, "lr"), (self.momentum, "momentum")):
            edit.setText(state[key])  # as typed, so the session reads back the same
        self.csv_data = None
        self.message.setText(self.tr("Settings from the session: press Start."))
        self._show_data()

    # --- files and prediction -------------------------------------------------------------------

    def save_to(self, path: str | Path) -> bool:
        from ..regression.checkpoint import save_checkpoint

        if self.model is None:
            self.message.setText(self.tr("✗ train or load a model first"))
            return False
        try:
            save_checkpoint(path, self.model, self.model_setup, self.history)
        except OSError as error:
            self.message.setText(self.tr("✗ could not save: {error}").format(error=error.strerror or error))
            return False
        self.message.setText(self.tr("Saved {name}.").format(name=Path(path).name))
        return True

    def load_from(self, path: str | Path) -> bool:
        from ..regression.checkpoint import CheckpointError, load_checkpoint

        try:
            checkpoint = load_checkpoint(path)
        except CheckpointError as error:
            self.message.setText(f"✗ {error}")
            return False
        self.model, self.model_setup = checkpoint.model, checkpoint.setup
        self.history = list(checkpoint.history)
        self.show_setup(checkpoint.setup)
        self.loss_plot.reset()
        self.loss_plot.add(self.history)
        source = self.tr("the course's model.ckpt") if checkpoint.source == "course" else Path(path).name
        self.message.setText(self.tr("Loaded {source}: ready to predict.").format(source=source))
        return True

    def load_csv_from(self, path: str | Path) -> bool:
        from ..regression.data import DataError, load_csv

        try:
            self.csv_data = load_csv(path)
        except DataError as error:
            self.message.setText(f"✗ {error}")
            return False
        self.points.setValue(len(self.csv_data[0]))
        self.message.setText(
            self.tr("Data from {name}: {n:,} points.").format(name=Path(path).name, n=len(self.csv_data[0]))
        )
        self._show_data()
        return True

    def export_to(self, path: str | Path) -> bool:
        from ..regression.script import script_for

        setup = self.read_setup()
        if setup is None:
            return False
        try:
            Path(path).write_text(script_for(setup), encoding="utf-8")
        except (OSError, ValueError) as error:
            self.message.setText(self.tr("✗ could not export: {error}").format(error=error))
            return False
        self.message.setText(self.tr("Exported {name}.").format(name=Path(path).name))
        return True

    @Slot()
    def predict(self) -> None:
        from ..regression.checkpoint import predict

        if self.model is None:
            self.predict_label.setText(self.tr("✗ train or load a model first"))
            return
        try:
            if self.predict_features.text().strip():
                row = [
                    float(v)
                    for v in self.predict_features.text().replace("[", "").replace("]", "").split(",")
                ]
                width = 3 if self.model_setup.model == "linear3" else 1
                if len(row) != width:
                    raise ValueError(self.tr("this model takes {n} feature(s)").format(n=width))
                value = predict(self.model, self.model_setup, row=row)
                shown = f"[{', '.join(_text(v) for v in row)}]"
            else:
                x = float(self.predict_x.text())
                value = predict(self.model, self.model_setup, x=x)
                shown = f"x = {_text(x)}"
        except ValueError as error:
            text = str(error)
            if "could not convert" in text:
                text = self.tr("type a number for x, or numbers separated by commas")
            self.predict_label.setText(f"✗ {text}")
            return
        self.predict_label.setText(self.tr("{input} → y = {y:.6g}").format(input=shown, y=value))

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save checkpoint"), "model.ckpt", "Checkpoints (*.ckpt *.pt)"
        )
        if path:
            self.save_to(path)

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load checkpoint"), "", "Checkpoints (*.ckpt *.pt);;All files (*)"
        )
        if path:
            self.load_from(path)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Data from CSV"), "", "CSV (*.csv);;All files (*)"
        )
        if path:
            self.load_csv_from(path)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export script"), "train.py", "Python (*.py)")
        if path:
            self.export_to(path)


def _text(value: float) -> str:
    return f"{value:g}"
