"""The Graph tab: build a computational graph, see it drawn, and walk its forward and backward passes.

Wiring only: the model is the ``GraphDocument`` (the graph, undo, Keep gradients, the session part)
and the walk's ``Stepper``; the widgets show them. Controls, by objectName: graphPresetCombo,
graphExpressionEdit, graphValuesEdit, graphBuildButton, graphExpressionError,
graphStepForwardButton, graphStepBackwardButton, graphStepBackButton, graphRunForwardButton,
graphRunBackwardButton, graphResetButton, graphPlayButton, graphSpeedSlider,
graphKeepGradientsCheck, graphFitButton, graphExportButton, graphUndoButton, graphRedoButton,
graphCanvas, graphLog, graphSideTabs; in the builder: graphVariableNameEdit,
graphVariableValueEdit, graphAddVariableButton, graphOperationCombo, graphOperandACombo,
graphOperandBCombo, graphOperationNameEdit, graphAddOperationButton, graphNodeList, graphRenameEdit,
graphRenameButton, graphDeleteButton, graphBuilderError, graphDeleteConfirm; in the panels:
graphCheckTable, graphCheckNote, graphCodeTabs, graphNetCode, graphTorchCode, graphCopyCodeButton,
graphLearningRateEdit, graphDescentStepButton, graphDescentRestartButton, graphClassicUpdateCheck,
graphDescentError, graphDescentLog, graphDescentPlot; the Strategies, Practice and Predict
panels' and the exercise's: their modules (strategies, practice, predict, exercise_mode).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...engine import ExprError, Graph, format_number, parse, parse_expression, parse_values
from ...graph import presets
from ...graph.check import cause_at
from ...graph.codegen import expression_text, values_text
from ...graph.document import GraphDocument
from ...session import SessionError
from ...translation import translate
from ..language import retranslated
from ..lesson_pane import LessonColumn, LessonPane
from ..tab import LessonVerbs, no_arguments, one_of
from ..widgets import guard_wheel, scrolling
from .builder import GraphBuilder
from .canvas import GraphCanvas
from .checks import CheckPanel, CheckRunner
from .controls import ExpressionBar, StepBar, WalkKeys
from .log import StepLog
from .panels import CodePanel, DescentPanel
from .practicing import Practicing
from .strategies import StrategiesPanel
from .walk import Walk


class GraphTab(Practicing, LessonVerbs, QWidget):
    """Expression and presets on top, the stepping bar, the canvas and log, panels on the right."""

    status_message = Signal(str)
    session_changed = Signal()  # what a session file would hold has (perhaps) changed
    exercise_save_requested = Signal(dict)  # a teacher's exercise part: the window saves it in a session

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphTab")
        self.document = GraphDocument(presets.net1())

        self.bar = ExpressionBar(self)
        self.steps = StepBar(self)
        self.expression_edit, self.values_edit = self.bar.expression_edit, self.bar.values_edit
        self.expression_error, self.preset_combo = self.bar.error, self.bar.preset_combo
        self.speed, self.keep_gradients = self.steps.speed, self.steps.keep_gradients
        self.play_action = self.steps.play_action
        self.canvas = GraphCanvas()
        self.log = StepLog()
        self.canvas.setAccessibleName(self.tr("Computational graph"))
        self.builder = GraphBuilder(self.document)
        self.check_panel = CheckPanel()
        self.checks = CheckRunner(self.check_panel)
        self.code_panel = CodePanel()
        self.descent_panel = DescentPanel()
        self.strategies_panel = StrategiesPanel(lambda: self.document.graph)  # it races on a copy

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.canvas)
        left.addWidget(self.log)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.side_tabs = QTabWidget(objectName="graphSideTabs")
        self.builder_page = scrolling(self.builder, self.tr("Builder"))  # its forms scroll when room is short
        self.side_tabs.addTab(self.builder_page, self.tr("Build"))
        self.side_tabs.addTab(self.check_panel, self.tr("Check"))
        self.side_tabs.addTab(self.code_panel, self.tr("Code"))
        self.descent_page = scrolling(
            self.descent_panel, self.tr("Descent")
        )  # short of room (zoomed): it scrolls
        self.side_tabs.addTab(self.descent_page, self.tr("Descent"))
        self.side_tabs.addTab(self.strategies_panel, self.tr("Strategies"))
        self.side_tabs.setMinimumWidth(300)
        self.side_tabs.setAccessibleName(self.tr("Build, check, code, descent and strategies panels"))
        self.side_tabs.currentChanged.connect(self._side_tab_opened)
        self.lesson = LessonPane("graph")
        self.lesson.action_requested.connect(self.lesson_action)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(LessonColumn(self.lesson, self.side_tabs, share=0.45))
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.steps)
        self._practice_row = layout.count()  # the exercise's banner and the Predict bar go here
        layout.addWidget(main, 1)
        guard_wheel(self)
        self.keys = WalkKeys(self.steps.walk_actions, self)
        self.keys.watch(self)

        self.walk = Walk(self.document, self)
        self.run, self.play_timer = self.walk.run, self.walk.play_timer
        self.step_forward, self.step_backward = self.walk.step_forward, self.walk.step_backward
        self.step_back, self.run_forward = self.walk.step_back, self.walk.run_forward
        self.run_backward = self.walk.run_backward
        self._make_practice()
        layout.insertWidget(self._practice_row, self.predict_bar)
        layout.insertWidget(self._practice_row, self.exercise_mode.banner)
        self._connect()
        self._document_changed()

    def _connect(self) -> None:
        bar, steps = self.bar, self.steps
        bar.build_requested.connect(self.build_from_text)
        bar.preset_chosen.connect(self.load_preset)
        bar.texts_edited.connect(self._texts_edited)
        self.walk.took.connect(self._took)
        self.walk.undone.connect(self._undone)
        self.walk.restarted.connect(self._refresh_walk)
        self.walk.refused.connect(self.status_message)
        bar.undo_action.triggered.connect(self.undo)
        bar.redo_action.triggered.connect(self.redo)
        for action, slot in (
            (steps.forward_action, self.step_forward),
            (steps.backward_action, self.step_backward),
            (steps.back_action, self.step_back),
            (steps.run_forward_action, self.run_forward),
            (steps.run_backward_action, self.run_backward),
            (steps.reset_action, self.reset),
            (steps.play_action, self._toggle_play),
            (steps.fit_action, self.canvas.fit_to_view),
            (steps.export_action, lambda: self.export_to(self.canvas.ask_export_path())),
        ):
            action.triggered.connect(slot)
        self.speed.valueChanged.connect(lambda v: self.walk.play_timer.setInterval(int(1000 / v)))
        self.keep_gradients.toggled.connect(self._keep_gradients_toggled)
        self.builder.edited.connect(self._document_changed)
        self.canvas.node_clicked.connect(self._select_node)
        self.descent_panel.step_requested.connect(self.descent_step)
        self.descent_panel.restart_requested.connect(self.restart_descent)

    def first_input(self) -> QWidget:
        """Where the focus goes when the tab is shown: the expression box."""
        return self.expression_edit

    @property
    def graph(self) -> Graph:
        return self.document.graph

    # --- the graph changes ----------------------------------------------------------------------

    def _document_changed(self, update_text: bool = True) -> None:
        """Redraw everything for the document's graph and start a new walk; the boxes' message goes."""
        self.stop_play()
        graph = self.graph
        self.canvas.set_graph(graph)
        self.code_panel.show_graph(graph)
        self.builder.refresh()
        self.check_panel.clear()
        self.descent_panel.clear()
        self.strategies_panel.clear()
        self._practice_graph_changed()
        self.log.clear()
        if update_text:
            text = expression_text(graph)
            self.bar.set_texts(text, values_text(graph), unwritable=not text and graph.output is not None)
        self.bar.show_error(None)  # the graph shown is the boxes' (or theirs now): nothing is wrong
        self.bar.buttons[self.bar.undo_action].setEnabled(self.document.can_undo)
        self.bar.buttons[self.bar.redo_action].setEnabled(self.document.can_redo)
        self.bar.undo_action.setStatusTip(self.document.undo_text)
        with QSignalBlocker(self.keep_gradients):
            self.keep_gradients.setChecked(self.document.keep_gradients)
        self.steps.keep_gradients_note.setVisible(self.document.keep_gradients)
        self._new_walk()
        self.session_changed.emit()

    def _check_texts(self, show: bool = True) -> Graph | None:
        """The graph the two boxes describe, or None (after showing what is wrong, if ``show``)."""
        text = self.expression_edit.text()
        try:
            parse_expression(text)
        except ExprError as error:
            if show:
                self.bar.show_error(error, "expression")
            return None
        try:
            graph = parse(text, **parse_values(self.values_edit.text()))
        except ExprError as error:  # a typo in the values, or a variable left without one
            if show:
                self.bar.show_error(error, "values")
            return None
        self.bar.show_error(None)
        return graph

    @Slot()
    def _texts_edited(self) -> None:
        """A shown message stays true while the user types: said again, or gone once the boxes are right."""
        if self.expression_error.isVisible():
            self._check_texts()

    @Slot()
    def build_from_text(self) -> None:
        """Build from the expression and values boxes; a mistake leaves the graph as it was."""
        if self.exercise_mode.active:
            return  # the boxes are read-only: the exercise's graph stays
        graph = self._check_texts()
        if graph is None:
            return
        text = self.expression_edit.text().strip()
        self.document.replace(graph, self.tr("build {text}").format(text=text))
        self._document_changed(update_text=False)

    @Slot(str)
    def load_preset(self, key: str) -> None:
        preset = presets.preset(key)
        title = translate("graph.presets", preset.title)
        self.document.replace(preset.build(), self.tr("load {title}").format(title=title))
        self._document_changed()
        self.status_message.emit(self.tr("Loaded {title}").format(title=title))

    @Slot()
    def undo(self) -> None:
        if self.document.undo():
            self._document_changed()

    @Slot()
    def redo(self) -> None:
        if self.document.redo():
            self._document_changed()

    @Slot(str)
    def _select_node(self, name: str) -> None:
        self.side_tabs.setCurrentWidget(self.builder_page)
        self.builder.select(name)

    # --- walking the passes ---------------------------------------------------------------------

    @property
    def stepper(self):
        return self.walk.stepper

    def _new_walk(self) -> None:
        self.walk.restart()

    @Slot()
    def _refresh_walk(self) -> None:
        self.canvas.show_walk(self.stepper)
        self.steps.show_walk(self.stepper.phase, bool(self.stepper.history), self.walk.playing)

    @Slot(list)
    def _took(self, events: list) -> None:
        if not self.walk.playing:
            self.play_action.setChecked(False)
        self.log.add(events)
        self._refresh_walk()
        bad = [e for e in events if e.kind == "forward" and not math.isfinite(e.value)]
        named = next((cause for cause in (cause_at(e.node) for e in bad) if cause is not None), None)
        if named is not None:  # the same words as the Check panel's, where the trouble starts
            self.status_message.emit(named.text)
        elif bad:  # a value that came in so (a variable set to inf): nothing computed made it
            self.status_message.emit(
                self.tr("{name} = {value}: not a finite number").format(
                    name=bad[0].node.label, value=format_number(bad[0].value)
                )
            )
        if self.stepper.done and events:
            self.run_checks()  # its worker starts once this has been drawn (CheckRunner)

    @Slot()
    def _undone(self) -> None:
        self.log.remove_last()
        self.check_panel.clear()
        self._refresh_walk()

    @Slot()
    def reset(self) -> None:
        """A new walk: values and gradients are blank again until the steps compute them."""
        self.stop_play()
        self.log.new_walk()
        self.check_panel.clear()
        self.walk.restart()

    @Slot(bool)
    def _keep_gradients_toggled(self, on: bool) -> None:
        self.document.keep_gradients = on
        self.steps.keep_gradients_note.setVisible(on)
        self.status_message.emit(
            self.tr("Keep gradients on: the next backward pass adds to the gradients already there.")
            if on
            else self.tr("Keep gradients off: every backward pass starts from zero, as after zero_grad().")
        )
        self.reset()
        self.session_changed.emit()

    @Slot()
    def _toggle_play(self) -> None:
        if self.play_action.isChecked():
            if self.stepper.done:
                self.reset()
                self.play_action.setChecked(True)
            self.walk.play(int(1000 / self.speed.value()))
        else:
            self.stop_play()
        self._refresh_walk()

    def stop_play(self) -> None:
        self.walk.play_timer.stop()
        self.play_action.setChecked(False)

    # --- checks and descent ---------------------------------------------------------------------

    @Slot(int)
    def _side_tab_opened(self, index: int) -> None:
        if self.side_tabs.widget(index) is self.check_panel:
            self.side_tabs.setTabText(index, self.tr("Check"))

    def run_checks(self) -> None:
        """The engine's gradients now; central differences and torch.autograd on a worker thread."""
        self.checks.start(self.graph, lambda: self.stepper.done)
        self.side_tabs.setTabText(1, self.tr("Check ●"))

    @Slot(float, bool)
    def descent_step(self, rate: float, classic: bool) -> None:
        value = self.document.descend(rate, classic)
        self.descent_panel.add_step(value)
        self.session_changed.emit()
        self._new_walk()
        self.stepper.run_forward()  # show the new values; gradients stay blank until a walk
        self._refresh_walk()
        if not math.isfinite(self.graph.output.data if self.graph.output else 0.0):
            self.status_message.emit(
                self.tr("The output is no longer finite: lower the learning rate and restart.")
            )

    @Slot()
    def restart_descent(self) -> None:
        self.document.restart_descent()
        self.descent_panel.clear()
        self._new_walk()
        self.session_changed.emit()

    def shutdown(self) -> None:
        """Stop the timers and wait for a running check (called when the window closes)."""
        self.stop_play()
        self.walk.stop()
        self.checks.shutdown()

    # --- export, the lesson's buttons ---------------------------------------------------------

    def export_to(self, path: str) -> bool:
        """Save the drawing; a failure is reported in the status bar, nothing is raised."""
        if not path:  # the dialog was cancelled
            return False
        try:
            self.canvas.export(path)
        except OSError as error:
            self.status_message.emit(self.tr("Could not export: {error}").format(error=error))
            return False
        self.status_message.emit(self.tr("Saved {path}").format(path=path))
        return True

    def lesson_actions(self) -> dict:
        """The lesson's verbs: ``graph/preset/net1``, ``graph/run-backward``, ..."""
        return {
            "preset": one_of({p.key for p in presets.PRESETS}, self.load_preset),
            "forward": no_arguments(self.step_forward),
            "backward": no_arguments(self._lesson_backward),
            "run-forward": no_arguments(self.run_forward),
            "run-backward": no_arguments(self.run_backward),
            "reset": no_arguments(self.reset),
            "check": no_arguments(lambda: self.side_tabs.setCurrentWidget(self.check_panel)),
            "strategies": no_arguments(lambda: self.side_tabs.setCurrentWidget(self.strategies_panel)),
            "practice": no_arguments(lambda: self.side_tabs.setCurrentWidget(self.practice_page)),
            "predict": no_arguments(self.lesson_predict),
        }

    def _lesson_backward(self) -> None:
        """The lesson's "one backward step": the forward pass first, if it is not done."""
        if self.stepper.phase == "forward":
            self._took(self.stepper.run_forward())
        self.step_backward()

    # --- language and sessions ------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        """A new language: write the log's chain-rule sentences and the panels again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.log.rewrite()
            self.code_panel.show_graph(self.graph)
            self.builder.refresh()
            if self.expression_error.isVisible():
                self._check_texts()  # the same mistake, said again in the new language
            self.bar.retranslate(lambda tip: retranslated(tip, ["ExpressionBar"]))
            self.steps.retranslate(lambda tip: retranslated(tip, ["StepBar"]))
            if getattr(self, "walk", None) is not None:
                self.canvas.forget_shown()  # the edges' chain-rule tooltips and the boxes' labels
                self._refresh_walk()
        super().changeEvent(event)

    def session_state(self) -> dict:
        """The tab's part of a session: the document's, and the exercise open (if one is)."""
        part = self.document.session_part()
        if self.exercise_mode.active:
            part["exercise"] = self.exercise_mode.part()
        return part

    def prepare_session(self, state: dict):
        """Check a session's graph part; return the function that shows it (nothing changes before)."""
        try:
            graph, keep = GraphDocument.check_session(state)
        except ValueError as error:
            raise SessionError(str(error)) from None
        exercise = self.practice_part(state)

        def show() -> None:
            self.document.open_session(graph, keep)
            self._document_changed()
            self.show_practice(exercise)

        return show
