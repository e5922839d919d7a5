"""The Regression tab: the course's training scripts as recipes, trained on a worker thread.

The settings are a ``RegressionSettings`` model (``gradlab.regression.settings``); the form shows
it and reports the user's edits. The training loop is ``gradlab.regression.training.train``, a
plain generator; superqt's GeneratorWorker runs it on a thread, pauses and aborts it between its
reports and passes a new learning rate in with ``send``. CSV files are parsed on a thread too. The
GUI thread only draws. Controls, by objectName: regressionRecipeCombo, regressionSeedSpin,
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

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...files import shown
from ...regression.clock import RunClock
from ...regression.recipes import RECIPES, Setup
from ...regression.settings import RegressionSettings, SettingsError
from ...session import SessionError
from ..lesson_pane import LessonColumn, LessonPane
from ..tab import TorchTab, no_arguments, one_of
from ..widgets import RunBar, guard_wheel, with_pinned_bar
from .controls import FilesBox, SettingsForm
from .files import FileActions
from .results import RunView

DATA_KEYS = {"target", "noise", "points", "seed"}  # the settings that change the data on the fit plot
MADE_DATA_KEYS = {"target", "noise", "points"}  # what describes made data, not a CSV file's


class RegressionTab(TorchTab):
    """Settings and run controls on the left; the loss, the fit and the parameters on the right."""

    csv_finished = Signal(bool)  # a CSV file has been read (True) or refused (False)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regressionTab")
        self.settings = RegressionSettings()
        self.worker = None
        self.paused = False
        self.clock = RunClock()  # running time, pauses left out: steps/s and the time left
        self.ended = False  # the run reported its last step (done or failed), not stopped by the user
        self.input_error = False  # the message is about a setting or the target's data
        self.model = None  # the last trained or loaded model, with the Setup it was made by
        self.model_setup: Setup | None = None
        self.running_setup: Setup | None = None
        self.history: list[float] = []
        self.last_progress = None
        self.form = SettingsForm()
        self.run_bar = RunBar("regression")
        self.files_box = FilesBox()
        self.view = RunView()
        self.files = FileActions(self)
        self.message = self.run_bar.message
        self.loss_plot, self.fit_plot, self.param_plot = (
            self.view.loss_plot,
            self.view.fit_plot,
            self.view.param_plot,
        )
        self.param_table = self.view.param_table

        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        for part in (self.form, self.view.notes, self.files_box):
            column.addWidget(part)
        column.addStretch(1)
        below = with_pinned_bar(panel, self.tr("Training settings"), self.run_bar, above=True)
        self.lesson = LessonPane("regression")
        self.lesson.action_requested.connect(self.lesson_action)
        side = LessonColumn(self.lesson, below)
        side.setMaximumWidth(440)
        side.setMinimumWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.view, 1)
        guard_wheel(self)  # every input, in the scrolling column or not
        self.wait_for_torch(below, self.view)  # the lesson reads (and scrolls) while torch loads
        self.loss_plot.setTitle(self.tr("Loading PyTorch…"))

        self.form.edited.connect(self._edited)
        self.form.recipe_chosen.connect(self.load_recipe)
        self.run_bar.start_button.clicked.connect(self.start)
        self.run_bar.pause_button.clicked.connect(self.toggle_pause)
        self.run_bar.stop_button.clicked.connect(self.stop)
        self.run_bar.apply_lr_button.clicked.connect(self.apply_lr)
        self.files_box.predict_button.clicked.connect(self.files.predict)
        self.files.connect_buttons(self.files_box)

    # --- the settings model -----------------------------------------------------------------------

    def on_torch_ready(self) -> None:
        import torch

        if torch.cuda.is_available():
            name = torch.cuda.get_device_name(0)
            self.form.add_device(self.tr("CUDA ({name})").format(name=name), "cuda")
        self.loss_plot.setTitle(None)
        self._show_running(False)

    def show_default(self) -> None:
        self.load_recipe(RECIPES[0].name)

    def say(self, text: str, error: bool = False, about_input: bool = False) -> None:
        """The tab's message; an error in the theme's error colour; ``about_input``: cleared once valid."""
        self.run_bar.say(text, error)
        self.input_error = about_input

    @Slot(str, object)
    def _edited(self, key: str, value) -> None:
        """The user changed a field: the model takes it, and it is checked at once (with the data)."""
        self.settings = self.settings.with_changes(**{key: value})
        self.session_changed.emit()
        if self.running:  # only the learning rate can change: it is checked for "Apply rate now"
            try:
                self.settings.learning_rate()
            except SettingsError as error:
                self.say(self.tr("✗ {error}").format(error=error), error=True, about_input=True)
                return
            if self.input_error:
                self.say(self.tr("Paused.") if self.paused else self.tr("Training…"))
        elif self.ready:
            csv = self.files.csv_path if key in MADE_DATA_KEYS else None
            if csv is not None:  # made data follow the settings again: the fields shown are the truth
                self.files.forget_csv()
            if self._show_data(draw=key in DATA_KEYS) and csv is not None:
                said = self.tr("Data made from the settings again; {name} set aside.")
                self.say(said.format(name=shown(csv)))

    def show_settings(self, settings: RegressionSettings, keep_data: bool = False) -> None:
        """Make ``settings`` the tab's and show them (the data too); not a change of the user's."""
        self.settings = settings.with_changes(device=self.settings.device)
        self.form.show_settings(self.settings)
        if not keep_data:
            self.files.forget_csv()
        self._show_data()

    @Slot(str)
    def load_recipe(self, name: str) -> None:
        self.show_settings(RegressionSettings.for_recipe(name))
        self.say(self.tr("Recipe {name}: press Start.").format(name=name))
        self.session_changed.emit()

    def read_setup(self) -> Setup | None:
        """The settings as a Setup, or None after saying what is wrong."""
        try:
            return self.settings.to_setup()
        except SettingsError as error:
            self.say(self.tr("✗ {error}").format(error=error), error=True, about_input=True)
            return None

    def _show_data(self, draw: bool = True) -> bool:
        """Check the settings and their data; show the data (if ``draw``) and the stability limit.

        False, with the error said, if they cannot be used; an input error said before is cleared
        once everything is valid (2,000 points: a millisecond).
        """
        from ...regression.data import make_data

        setup = self.read_setup()
        if setup is None:
            self.view.stability.clear()
            return False
        try:
            x, y = self.files.csv_data if self.files.csv_data is not None else make_data(setup)
        except ValueError as error:
            self.say(self.tr("✗ {error}").format(error=error), error=True, about_input=True)
            self.view.stability.clear()  # it was about the settings before
            return False
        if draw:
            self.fit_plot.show_data(x.numpy(), y.numpy())
        self.view.show_stability(setup, x)
        if self.input_error:
            self.say("")
        return True

    # --- sessions -------------------------------------------------------------------------------

    def check_session(self, state: object) -> RegressionSettings | None:
        """The session's part as settings (None: none given), or SessionError naming what is wrong."""
        if isinstance(state, dict) and not state:
            return None
        try:
            return RegressionSettings.from_session(state)
        except SettingsError as error:
            raise SessionError(
                self.tr("The regression settings cannot be used: {error}").format(error=error)
            ) from None

    def show_session(self, checked: RegressionSettings | None) -> None:
        if self.running:
            self.stop()
        if checked is None:
            self.show_default()
            return
        self.show_settings(checked)
        if not self.input_error:
            self.say(self.tr("Settings from the session: press Start."))

    def current_session(self) -> dict:
        return self.settings.to_session()

    def pending_state(self, checked: object) -> dict:
        return checked.to_session() if isinstance(checked, RegressionSettings) else {}

    def lesson_actions(self) -> dict:
        """The lesson's verbs: ``regression/recipe/torchRegression4nn``, ``regression/start``."""

        def load(name: str) -> None:
            if self.running:
                self.stop()
            self.load_recipe(name)

        return {"recipe": one_of({r.name for r in RECIPES}, load), "start": no_arguments(self.start)}

    # --- running --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.worker is not None

    @Slot()
    def start(self) -> None:
        from superqt.utils import create_worker

        from ...regression.training import train

        if self.running or self.files.loading:
            return
        setup = self.read_setup()
        if setup is None or not self._show_data():
            return
        self.history = []
        self.view.begin(setup)
        self.run_bar.progress.setRange(0, setup.steps)
        self.run_bar.progress.setValue(0)
        self.run_bar.rate_label.clear()
        self.files_box.predict_label.clear()  # it was about the model this run replaces
        self.running_setup = setup
        worker = create_worker(train, setup, self.files.csv_data, _start_thread=False)
        worker.yielded.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.errored.connect(self._on_error)
        self.worker = worker
        self.paused, self.ended = False, False
        self._show_running(True)
        self.say(self.tr("Training…"))
        self.clock.start()
        worker.start()

    @Slot()
    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        self.worker.toggle_pause()
        self.paused = not self.paused
        if self.paused:
            self.clock.pause()
        else:
            self.clock.resume()
        self._show_running(True)
        self.say(self.tr("Paused.") if self.paused else self.tr("Training…"))
        self._show_progress(len(self.history))

    @Slot()
    def stop(self) -> None:
        if self.worker is not None:
            self.worker.quit()  # ends between two reports: within a twentieth of a second
            if self.paused:
                self.worker.resume()

    @Slot()
    def apply_lr(self) -> None:
        try:
            lr = self.settings.learning_rate()
        except SettingsError as error:
            self.say(self.tr("✗ {error}").format(error=error), error=True, about_input=True)
            return
        if self.worker is not None:
            self.worker.send({"lr": lr})
            self.say(self.tr("Learning rate {lr:g} from the next step.").format(lr=lr))

    def _on_progress(self, progress) -> None:
        """Every report's losses go into the history; the views draw them at their own pace."""
        self.last_progress = progress
        self.history.extend(progress.losses)
        if not self.view.add(progress):
            if self.paused:  # the report that was on its way: the paused line names its step
                self._show_progress(len(self.history))
            return
        self.run_bar.progress.setValue(progress.step)
        self.model, self.model_setup = progress.model, self.running_setup
        self.ended = progress.done or bool(progress.error)
        self._show_progress(progress.step, progress.total)
        if progress.error:
            self.say(self.tr("✗ {error}").format(error=progress.error), error=True)
            self.status_message.emit(progress.error)
        elif progress.done:
            self.say(self.tr("Done: {n:,} steps.").format(n=progress.step))

    def _show_progress(self, step: int, total: int | None = None) -> None:
        """The progress line: counting while running; "paused"; the last step, once the run is over."""
        total = self.running_setup.steps if total is None else total
        rate = self.clock.steps_per_second(step)
        if self.ended or not self.running:
            self.run_bar.show_progress(step, total, rate)
        elif self.paused:
            self.run_bar.show_progress(step, total)
        else:
            self.run_bar.show_progress(step, total, rate, self.clock.seconds_left(step, total))

    def _on_finished(self) -> None:
        if not self.ended:  # stopped by the user (running or paused)
            self.say(self.tr("Stopped at step {n:,}.").format(n=len(self.history)))
        self.worker = None
        self.clock.pause()
        self.paused = False
        self._show_running(False)
        self.run_bar.progress.setValue(len(self.history))
        self._show_progress(len(self.history))

    def _on_error(self, error: Exception) -> None:
        self.ended = True
        self.say(self.tr("✗ training failed: {error}").format(error=error), error=True)
        self.status_message.emit(str(error))

    def _show_running(self, running: bool) -> None:
        busy = running or self.files.loading
        self.form.lock(busy)
        self.run_bar.show_running(running, self.paused)
        self.run_bar.start_button.setEnabled(not busy)
        for button in self.files_box.buttons():
            button.setEnabled(not busy)

    def show_run_for_screenshot(self, steps: int = 1500) -> None:
        """A run part-way, trained here on the GUI thread (for ``--screenshot`` only, never live)."""
        from ...regression.training import train

        if not self.ready:
            return
        self.load_recipe("torchRegression6custom")
        setup = self.read_setup()
        self.history = []
        self.view.begin(setup)
        self.running_setup = setup
        self.run_bar.progress.setRange(0, setup.steps)
        self.clock.start()
        for progress in train(setup.with_changes(steps=steps), report_every=0.002):
            progress.total = setup.steps
            self._on_progress(progress)
        self.view.result_label.clear()
        self.say(self.tr("Training…"))

    def shutdown(self) -> None:
        """Stop the training and the CSV reading, and wait for their threads (the window is closing)."""
        from superqt.utils import WorkerBase

        if self.worker is not None:
            self.worker.quit()
            self.worker.resume()
        if self.worker is not None or self.files.loading:
            try:
                WorkerBase.await_workers(msecs=5000)
            except RuntimeError:
                pass

    # --- files, kept for callers that name them on the tab ------------------------------------------

    @property
    def csv_data(self):
        return self.files.csv_data

    def save_to(self, path: str | Path) -> bool:
        return self.files.save_to(path)

    def load_from(self, path: str | Path) -> bool:
        return self.files.load_from(path)

    def load_csv_from(self, path: str | Path) -> bool:
        return self.files.load_csv_from(path)

    def export_to(self, path: str | Path) -> bool:
        return self.files.export_to(path)
