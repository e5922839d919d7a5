"""The Neural Network tab: points in the plane, a classifier trained on them, and a look inside each neuron.

The set-up and the points are a ``ClassifySettings`` model (``gradlab.classify.settings``); the form
shows it and reports the user's edits, the plane reports the user's point edits, and the model
takes both. Training is ``gradlab.classify.training.train``, a plain generator, run in a process
of its own (``classify.training_process``, started with the tab) so that drawing costs it nothing;
superqt's GeneratorWorker relays its reports on a thread (``runs.training_reports``, which also
computes every neuron's map there), and the run's Inbox holds, stops and passes a new learning rate
or edited weights in. CSV files are read on a thread too. The GUI thread only draws, throttled.
Controls, by objectName: classifyPresetCombo, classifyDataCombo, classifyCountSpin,
classifySeedSpin, classifyNoiseEdit, classifyTestSpin, classifyModelCombo, classifyLayersSpin,
classifyWidthSpin, classifyActivationCombo, classifyLossCombo, classifyL2Edit,
classifyL2BiasesCheck, classifyOptimizerCombo, classifyLrEdit, classifyMomentumEdit,
classifyScheduleCombo, classifyStepsSpin, classifyEngineCombo, classifyStartButton,
classifyPauseButton, classifyStopButton, classifyApplyLrButton, classifyProgress,
classifyRateLabel, classifyMessage, classifyLoadCsvButton, classifySaveCsvButton,
classifySaveButton, classifyLoadButton, classifyExportButton, classifyUndoButton, classifyPlane,
classifyNetwork, classifyViewTabs, classifyLossPlot, classifyAccuracyPlot, classifyParamTable,
classifyParamPlot.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...classify.names import parameter_names
from ...regression.clock import RunClock
from ...session import SessionError
from ..lesson_pane import LessonColumn, LessonPane
from ..tab import TorchTab, no_arguments, one_of
from ..widgets import RunBar, guard_wheel, with_pinned_bar
from .controls import FilesBox, SettingsForm
from .edits import HandEdits
from .ending import RunEnding
from .files import FileActions
from .plots import AccuracyPlot, LossPlot, ParameterPlot, ParameterTable, parameter_values
from .running import RunningTraining
from .runs import IN_ITS_OWN_PROCESS, Inbox, pictures_of, plane_extent

TABLE_EVERY_S = 0.1
DATA_KEYS = {"data", "count", "seed", "noise", "test_percent"}  # what changes the points or the split
MODEL_KEYS = {"model", "hidden", "activation", "seed"}  # what changes the untrained network shown


class ClassifyTab(HandEdits, RunEnding, RunningTraining, TorchTab):
    """Settings and run controls on the left; the plane, the network and the curves on the right."""

    open_in_graph = Signal(dict)  # a Graph tab session part: one point's computation
    csv_finished = Signal(bool)  # a CSV file has been read (True) or refused (False)

    def __init__(self, parent: QWidget | None = None):
        from ...classify.settings import ClassifySettings
        from .network import NetworkView
        from .plane import PlaneView

        super().__init__(parent)
        self.setObjectName("classifyTab")
        self.settings = ClassifySettings()
        self.worker = None
        self.inbox = Inbox()
        if IN_ITS_OWN_PROCESS:
            from ...classify.training_process import shared_process

            shared_process()  # started now: it imports torch (a second) before the first Start
        self.paused = False
        self.clock = RunClock()
        self.ended = False  # the run reported its last step (done or failed), not stopped by the user
        self.input_error = False  # the message is about a setting: cleared once they are valid again
        self.model = None  # the last trained or loaded torch model, and the Setup it was made by
        self.model_setup = None
        self.model_points = None  # the points it was trained on (saved with it in a checkpoint)
        self.running_points = None
        self.running_setup = None
        self.shown_layers: list | None = None  # the weights the views show
        self.extent = plane_extent(())
        self.steps_done = 0
        self.last_progress = None
        self.warning = ""  # the run's warning (the gradients died out, say)
        self._unshown = None  # pictures that came while another tab was in front
        self._drawn = {"curves": 0.0, "table": 0.0}
        self.draws: dict = {}  # what draw_soon has queued, by name
        self._draw_timer = QTimer(self, singleShot=True, interval=0, objectName="classifyDrawTimer")
        self._draw_timer.timeout.connect(self._draw_next)
        self._names: list[str] = []

        self.form = SettingsForm()
        self.run_bar = RunBar("classify")
        self.files_box = FilesBox()
        self.files = FileActions(self)
        self.message = self.run_bar.message
        self.plane = PlaneView()
        self.network = NetworkView()
        self.network.setObjectName("classifyNetwork")
        self.loss_plot, self.accuracy_plot = LossPlot(), AccuracyPlot()
        self.param_table, self.param_plot = ParameterTable(), ParameterPlot()
        self.loss_plot.setAccessibleName(self.tr("Loss per step, training and test points"))
        self.accuracy_plot.setAccessibleName(self.tr("Accuracy per step, training and test points"))
        self.param_plot.setAccessibleName(self.tr("The parameters per step"))

        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addWidget(self.files_box)
        column.addStretch(1)
        below = with_pinned_bar(panel, self.tr("Network settings"), self.run_bar, above=True)
        self.lesson = LessonPane("classify")
        self.lesson.action_requested.connect(self.lesson_action)
        side = LessonColumn(self.lesson, below)
        side.setMaximumWidth(440)
        side.setMinimumWidth(360)
        pictures = QSplitter(Qt.Orientation.Horizontal)
        pictures.addWidget(self.plane)
        pictures.addWidget(self.network)
        pictures.setStretchFactor(0, 5)  # the plane a little wider than the network
        pictures.setStretchFactor(1, 4)
        pictures.setSizes([500, 400])
        self.views = QTabWidget(objectName="classifyViewTabs")
        self.views.setAccessibleName(self.tr("The curves and the parameters"))
        curves = QSplitter(Qt.Orientation.Horizontal)
        curves.addWidget(self.loss_plot)
        curves.addWidget(self.accuracy_plot)
        parameters = QSplitter(Qt.Orientation.Horizontal)
        parameters.addWidget(self.param_table)
        parameters.addWidget(self.param_plot)
        parameters.setSizes([240, 500])
        self.views.addTab(curves, self.tr("Loss and accuracy"))
        self.views.addTab(parameters, self.tr("Parameters"))
        self.views.currentChanged.connect(lambda _: self._show_table(force=True))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(pictures)
        right.addWidget(self.views)
        right.setSizes([460, 260])
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(right, 1)
        guard_wheel(self)
        self.wait_for_torch(below, right)  # the lesson reads while torch loads

        self.form.edited.connect(self._edited)
        self.form.preset_chosen.connect(self.load_preset)
        self.run_bar.start_button.clicked.connect(self.start)
        self.run_bar.pause_button.clicked.connect(self.toggle_pause)
        self.run_bar.stop_button.clicked.connect(self.stop)
        self.run_bar.apply_lr_button.clicked.connect(self.apply_lr)
        self.files.connect_buttons(self.files_box)
        self.files_box.undo_button.clicked.connect(self.undo_points)
        self.plane.add_requested.connect(self.add_point)
        self.plane.move_requested.connect(self.move_point)
        self.plane.remove_requested.connect(self.remove_point)
        self.plane.undo_requested.connect(self.undo_points)
        self.plane.open_point_requested.connect(self.open_point)
        self.plane.extent_changed.connect(self.show_extent)
        self.network.edit_started.connect(self._weight_edit_started)
        self.network.weight_edited.connect(self.edit_weight)

    # --- the model ------------------------------------------------------------------------------

    def show_default(self) -> None:
        self.load_preset("guide-linear")

    def say(self, text, error: bool = False, about_input: bool = False) -> None:
        """The tab's message; an error in the theme's error colour; ``about_input``: cleared once valid.

        ``text`` may be a function that writes it: such a message is written again in a new language
        (one built from a translated name would otherwise keep the old language's name).
        """
        self._said = (text, error) if callable(text) else None
        self.run_bar.say(text() if callable(text) else text, error)
        self.input_error = about_input

    def changeEvent(self, event) -> None:
        """A new language: a message written from names is written again."""
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_said", None):
            write, error = self._said
            self.run_bar.say(write(), error)
        super().changeEvent(event)

    def fail(self, text: str, about_input: bool = False) -> None:
        self.say(self.tr("✗ {error}").format(error=text), error=True, about_input=about_input)

    @Slot(str, object)
    def _edited(self, key: str, value) -> None:
        """The user changed a field: the model takes it and says at once what is wrong with it."""
        from ...classify.setup import SetupError

        problem = self.settings.update(key, value)
        self.session_changed.emit()
        self.form.show_preset(self.settings.preset())  # "Custom" once the set-up is no preset
        if problem:
            self.fail(problem, about_input=True)
            return
        if self.running:  # only the learning rate is editable: "Apply rate now" sends it
            if self.input_error:
                self.say(self.tr("Paused.") if self.paused else self.tr("Training…"))
            return
        if key == "data":  # a new set starts at its own count and noise
            self.files.forget_csv()
            self.form.show_setup(self.settings)
        self.form.unlock_for(self.settings)
        if key in DATA_KEYS:
            self.show_points(new_data=True)
        elif key in MODEL_KEYS:
            self.from_shown = False  # another network: Start starts it afresh
            if self.model is None:
                self._show_untrained()
        try:
            self.settings.to_setup()
        except SetupError as error:  # another field is still wrong: say so until it is right
            self.fail(str(error), about_input=True)
            return
        self.say("")  # a change that worked: no earlier message stays

    def show_setup(self) -> None:
        """Show the model's set-up and points (a preset, a session, a file); not a change of the user's."""
        self.form.show_setup(self.settings)
        self.form.show_preset(self.settings.preset())
        self.form.unlock_for(self.settings)
        self.show_points(new_data=True)

    @Slot(str)
    def load_preset(self, key: str) -> None:
        from ...classify.settings import ClassifySettings
        from ...classify.setup import PRESET_TITLES
        from ...translation import translate

        if self.running:
            self.say(self.tr("Stop the training first."), error=True)
            return
        self.settings = ClassifySettings.for_preset(key)
        self.files.forget_csv()
        self.show_setup()
        self.say(
            lambda: self.tr("{title}: press Start.").format(
                title=translate("classify.setup", PRESET_TITLES[key])
            )
        )
        self.session_changed.emit()

    def show_points(self, new_data: bool = False) -> None:
        """The points on the plane (test points hollow) and, if the data are new, an untrained plane."""
        from ...classify.points import split

        points, settings = self.settings.points, self.settings
        try:
            _, test = split(len(points), settings.test_percent, settings.seed, points.labels)
        except ValueError as error:
            self.fail(str(error), about_input=True)
            test = ()
        mask = [False] * len(points)
        for i in test:
            mask[i] = True
        self.plane.set_points(points.xy, points.labels, mask, points.classes)
        if new_data:
            self.extent = plane_extent(points.xy)
            self.model, self.shown_layers = None, None
            self.from_shown = False
            self.plane.set_pulls([])
            self._show_untrained()

    def _show_untrained(self) -> None:
        """The network as the set-up would start it (its seeded first weights), and that network's plane."""
        from ...classify.models import build_model
        from ...classify.setup import SetupError

        try:
            setup = self.settings.to_setup()
            model = build_model(setup, setup.seed)
        except (SetupError, ValueError):
            return
        self._show_pictures(pictures_of(setup, model, self.settings.points, self.extent), setup, new=True)

    def _show_pictures(self, pictures, setup, new: bool = False, live: bool = False) -> None:
        """The plane and the network of ``pictures``; ``live`` (a run): each later, in a turn of its own.

        Each part then holds the GUI thread only a few milliseconds at a time.
        """
        from ...classify.models import boundary_level

        level, margins = boundary_level(setup), setup.loss == "hinge"

        def draw_plane() -> None:
            self.plane.set_map(pictures.xs, pictures.ys, pictures.plane, level, margins)
            self.plane.set_pulls(pictures.pulls)

        if live:
            self.draw_soon("plane", draw_plane)
        else:
            self.draws.pop("plane", None)
            draw_plane()
        if new or self.shown_layers is None or _sizes(self.shown_layers) != _sizes(pictures.layers):
            self.draws.pop("network", None)
            self.network.set_network(
                _sizes(pictures.layers), pictures.layers, pictures.maps, _activations(setup)
            )
            self._names = parameter_names(pictures.layers)
            self.param_plot.reset(self._names)
        elif live:
            self.draw_soon("network", lambda: self.network.update_weights(pictures.layers, pictures.maps))
        else:
            self.draws.pop("network", None)
            self.network.update_weights(pictures.layers, pictures.maps)
        self.shown_layers = pictures.layers
        self._show_table(force=new)

    def draw_soon(self, name: str, draw) -> None:
        """Run ``draw`` in a later turn of the event loop, one drawing a turn (a newer one replaces it)."""
        self.draws[name] = draw
        if not self._draw_timer.isActive():
            self._draw_timer.start()

    def _draw_next(self) -> None:
        if self.draws:
            name = next(iter(self.draws))
            self.draws.pop(name)()
        if self.draws:
            self._draw_timer.start()

    def _show_table(self, force: bool = False) -> None:
        now = time.perf_counter()
        force = force or not self.running  # the last weights of a run, or the user's: shown at once
        if self.shown_layers is None or not (force or now - self._drawn["table"] >= TABLE_EVERY_S):
            return
        self._drawn["table"] = now
        values = parameter_values(self.shown_layers)
        if self.param_table.isVisible() or force:
            self.param_table.show_parameters(self._names, values)

    # --- sessions -------------------------------------------------------------------------------

    def check_session(self, state: object):
        """The session's part as ClassifySettings (None: none given); SessionError naming what is wrong."""
        from ...classify.settings import ClassifySettings

        if isinstance(state, dict) and not state:
            return None
        try:
            return ClassifySettings.from_session(state)
        except SessionError:
            raise
        except ValueError as error:
            message = self.tr("The Neural Network settings cannot be used: {error}")
            raise SessionError(message.format(error=error)) from None

    def show_session(self, checked) -> None:
        if self.running:
            self.stop_and_wait()
        if checked is None:
            self.show_default()
            return
        self.settings = checked
        self.files.forget_csv()
        self.show_setup()
        # a session opened, or the last set-up brought back at launch: both are the set-up as it was saved
        self.say(self.tr("The set-up and points as they were saved: press Start."))

    def current_session(self) -> dict:
        return self.settings.session_part()

    def pending_state(self, checked: object) -> dict:
        return {} if checked is None else checked.session_part()

    def lesson_actions(self) -> dict:
        """The lesson's verbs: ``classify/preset/xor-2layer``, ``classify/start``."""
        from ...classify.setup import PRESETS

        def preset(key: str) -> None:
            if self.running:
                self.stop_and_wait()
            self.load_preset(key)

        return {"preset": one_of(set(PRESETS), preset), "start": no_arguments(self.start)}

    # --- files, by name on the tab (the buttons ask for a path, then call these) -------------------

    def load_csv_from(self, path) -> bool:
        return self.files.load_csv_from(path)

    def save_csv_to(self, path) -> bool:
        return self.files.save_csv_to(path)

    def save_to(self, path) -> bool:
        return self.files.save_to(path)

    def load_from(self, path) -> bool:
        return self.files.load_from(path)

    def export_to(self, path) -> bool:
        return self.files.export_to(path)


def _sizes(layers) -> list[int]:
    """The network's widths, inputs first: [2, 16, 16, 1]."""
    return [len(layers[0][0][0]) if layers and layers[0][0] else 2, *(len(rows) for rows, _ in layers)]


def _activations(setup) -> list[str]:
    """Each layer's activation's name, the output's last ("sigmoid" for the neuron, else "linear")."""
    from ...classify.models import hidden_activation
    from ...classify.setup import widths

    hidden = len(widths(setup)) - 2
    return [hidden_activation(setup)] * hidden + ["sigmoid" if setup.output_is_probability else "linear"]
