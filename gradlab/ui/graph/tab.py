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
graphDescentError, graphDescentLog, graphDescentPlot.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QSplitter, QTabWidget, QVBoxLayout, QWidget

# Imported with the tab, at start-up: imported later, on the first check, it would wait for the
# import lock that the thread importing torch holds, and freeze the window for seconds.
from superqt.utils import WorkerBase, create_worker

from ...engine import ExprError, Graph, format_number, parse, parse_expression, parse_values
from ...graph import presets
from ...graph.check import causes, compare, numeric_and_torch
from ...graph.codegen import expression_text, values_text
from ...graph.document import GraphDocument
from ...session import SessionError
from ...translation import translate
from ..language import retranslated
from ..lesson_pane import LessonColumn, LessonPane
from ..widgets import guard_wheel, monospace
from .builder import GraphBuilder
from .canvas import GraphCanvas
from .controls import ExpressionBar, StepBar
from .panels import CheckPanel, CodePanel, DescentPanel
from .walk import SlicedRun


class GraphTab(QWidget):
    """Expression and presets on top, the stepping bar, the canvas and log, panels on the right."""

    status_message = Signal(str)
    session_changed = Signal()  # what a session file would hold has (perhaps) changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("graphTab")
        self._log_entries: list = []  # the log as step events (None: a new walk), for a new language
        self.document = GraphDocument(presets.net1())
        self.stepper = None
        self._check_worker = None
        self._check_token = 0

        self.bar = ExpressionBar(self)
        self.steps = StepBar(self)
        self.expression_edit, self.values_edit = self.bar.expression_edit, self.bar.values_edit
        self.expression_error, self.preset_combo = self.bar.error, self.bar.preset_combo
        self.speed, self.keep_gradients = self.steps.speed, self.steps.keep_gradients
        self.play_action = self.steps.play_action
        self.canvas = GraphCanvas()
        self.log = monospace("graphLog")
        self.log.setAccessibleName(self.tr("Step log"))
        self.canvas.setAccessibleName(self.tr("Computational graph"))
        self.log.setPlaceholderText(self.tr("Every step's chain-rule sentence appears here."))
        self.builder = GraphBuilder(self.document)
        self.check_panel = CheckPanel()
        self.code_panel = CodePanel()
        self.descent_panel = DescentPanel()

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.canvas)
        left.addWidget(self.log)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.side_tabs = QTabWidget(objectName="graphSideTabs")
        self.side_tabs.addTab(self.builder, self.tr("Build"))
        self.side_tabs.addTab(self.check_panel, self.tr("Check"))
        self.side_tabs.addTab(self.code_panel, self.tr("Code"))
        self.side_tabs.addTab(self.descent_panel, self.tr("Descent"))
        self.side_tabs.setMinimumWidth(300)
        self.side_tabs.setAccessibleName(self.tr("Build, check, code and descent panels"))
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
        layout.addWidget(main, 1)
        guard_wheel(self)

        self.play_timer = QTimer(self, objectName="graphPlayTimer")
        self.play_timer.timeout.connect(self._play_tick)
        self.run = SlicedRun(self)
        self.run.took.connect(self._took)
        self._connect()
        self._document_changed()

    def _connect(self) -> None:
        bar, steps = self.bar, self.steps
        bar.build_requested.connect(self.build_from_text)
        bar.preset_chosen.connect(self.load_preset)
        bar.texts_edited.connect(self._texts_edited)
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
            (steps.export_action, self._ask_export),
        ):
            action.triggered.connect(slot)
        self.speed.valueChanged.connect(lambda v: self.play_timer.setInterval(int(1000 / v)))
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
        self.log.clear()
        self._log_entries = []
        if update_text:
            self.bar.set_texts(expression_text(graph), values_text(graph))
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
        self.side_tabs.setCurrentWidget(self.builder)
        self.builder.select(name)

    # --- walking the passes ---------------------------------------------------------------------

    def _new_walk(self) -> None:
        self.run.stop()
        self.stepper = self.graph.steps(accumulate=self.document.keep_gradients)
        self._refresh_walk()

    def _refresh_walk(self) -> None:
        self.canvas.show_walk(self.stepper)
        self.steps.show_walk(self.stepper.phase, bool(self.stepper.history), self.play_action.isChecked())

    @Slot(list)
    def _took(self, events: list) -> None:
        if events:
            self._log_entries.extend(events)
            self.log.appendPlainText("\n".join(self._log_line(e) for e in events))
        self._refresh_walk()
        bad = next((e for e in events if e.kind == "forward" and not math.isfinite(e.value)), None)
        if bad is not None:
            self.status_message.emit(
                self.tr(
                    "{name} = {value}: a number too large for floating point, or an undefined operation"
                ).format(name=bad.node.label, value=format_number(bad.value))
            )
        if self.stepper.done and events:
            self.run_checks()

    def _cannot(self, why: str) -> None:
        """A key whose step is not possible now: say so (the key is the tab's, it never switches tabs)."""
        self.status_message.emit(why)

    def _done_message(self) -> str:
        return self.tr("The walk is complete: Reset (Ctrl+R) starts a new one.")

    @Slot()
    def step_forward(self) -> None:
        self.run.stop()
        if self.stepper.phase == "forward":
            self._took([self.stepper.step()])
        elif self.stepper.phase == "backward":
            self._cannot(self.tr("The forward pass is done: Backward step (Alt+Left) goes on."))
        else:
            self._cannot(self._done_message())

    @Slot()
    def step_backward(self) -> None:
        self.run.stop()
        if self.stepper.phase == "backward":
            self._took([self.stepper.step()])
        elif self.stepper.phase == "forward":
            self._cannot(self.tr("Finish the forward pass first: Forward step (Alt+Right)."))
        else:
            self._cannot(self._done_message())

    @Slot()
    def step_back(self) -> None:
        self.run.stop()
        if self.stepper.undo() is None:
            self._cannot(self.tr("Nothing to step back: the walk is at its start."))
            return
        cursor = QTextCursor(self.log.document().lastBlock())
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)  # the line and the break before it
        cursor.removeSelectedText()
        if self._log_entries:
            self._log_entries.pop()
        self.check_panel.clear()
        self._refresh_walk()

    @Slot()
    def run_forward(self) -> None:
        if self.stepper.phase != "forward":
            self._cannot(self.tr("The forward pass is already done."))
            return
        self.run.start(self.stepper, "forward")

    @Slot()
    def run_backward(self) -> None:
        """Both passes to the end: a small graph at once, a big one in slices from the event loop."""
        if self.stepper.done:
            self._cannot(self._done_message())
            return
        self.run.start(self.stepper, "done")

    @Slot()
    def reset(self) -> None:
        """A new walk: values and gradients are blank again until the steps compute them."""
        self.stop_play()
        if self.log.toPlainText():
            self._log_entries.append(None)
            self.log.appendPlainText(self._log_line(None))
        self.check_panel.clear()
        self._new_walk()

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
            self.run.stop()
            if self.stepper.done:
                self.reset()
                self.play_action.setChecked(True)
            self.play_timer.start(int(1000 / self.speed.value()))
        else:
            self.stop_play()

    def stop_play(self) -> None:
        self.play_timer.stop()
        self.play_action.setChecked(False)

    @Slot()
    def _play_tick(self) -> None:
        if self.stepper.done:
            self.stop_play()
            self._refresh_walk()
            return
        self._took([self.stepper.step()])

    # --- checks and descent ---------------------------------------------------------------------

    @Slot(int)
    def _side_tab_opened(self, index: int) -> None:
        if self.side_tabs.widget(index) is self.check_panel:
            self.side_tabs.setTabText(index, self.tr("Check"))

    def run_checks(self) -> None:
        """The engine's gradients now; central differences and torch.autograd on a worker thread."""
        self._check_token += 1
        token = self._check_token
        trouble = causes(self.graph)
        self.check_panel.show_checks(compare(self.graph, None, None), trouble)
        self.side_tabs.setTabText(1, self.tr("Check ●"))
        worker = create_worker(numeric_and_torch, self.graph.to_spec(), _start_thread=False)
        worker.returned.connect(lambda found: self._checked(token, trouble, *found, ""))
        worker.errored.connect(lambda error: self._checked(token, trouble, None, None, str(error)))
        self._check_worker = worker
        worker.start()

    def _checked(self, token: int, trouble: list, numeric, grads, error: str) -> None:
        if token != self._check_token or not self.stepper.done:
            return  # the graph or the walk changed while the worker was computing
        self.check_panel.show_checks(compare(self.graph, numeric, grads), trouble, error)

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
        self.run.stop()
        self._check_token += 1  # a result arriving now is for a tab that is going away
        if self._check_worker is not None:
            try:
                WorkerBase.await_workers(msecs=5000)
            except RuntimeError:  # still importing torch after 5 s: it ends with the process
                pass

    # --- export, the lesson's buttons ---------------------------------------------------------

    @Slot()
    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the graph"), "graph.png", self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Save the drawing; a failure is reported in the status bar, nothing is raised."""
        try:
            self.canvas.export(path)
        except OSError as error:
            self.status_message.emit(self.tr("Could not export: {error}").format(error=error))
            return False
        self.status_message.emit(self.tr("Saved {path}").format(path=path))
        return True

    @Slot(str)
    def lesson_action(self, action: str) -> None:
        """Set the tab up for the lesson's step: ``graph/preset/net1``, ``graph/run-backward``, ..."""
        parts = action.split("/")
        simple = {
            "forward": self.step_forward,
            "run-forward": self.run_forward,
            "run-backward": self.run_backward,
            "reset": self.reset,
            "check": lambda: self.side_tabs.setCurrentWidget(self.check_panel),
        }
        known = {p.key for p in presets.PRESETS}
        if len(parts) == 3 and parts[:2] == ["graph", "preset"] and parts[2] in known:
            self.load_preset(parts[2])
        elif len(parts) == 2 and parts[0] == "graph" and parts[1] == "backward":
            if self.stepper.phase == "forward":
                self._took(self.stepper.run_forward())
            self.step_backward()
        elif len(parts) == 2 and parts[0] == "graph" and parts[1] in simple:
            simple[parts[1]]()
        else:
            self.status_message.emit(
                self.tr("The lesson asked for something unknown: {action}").format(action=action)
            )

    # --- language and sessions ------------------------------------------------------------------

    def _log_line(self, entry) -> str:
        return self.tr("— new walk —") if entry is None else entry.explain(times="·", arrow="→")

    def changeEvent(self, event) -> None:
        """A new language: write the log's chain-rule sentences and the panels again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.log.setPlainText("\n".join(self._log_line(entry) for entry in self._log_entries))
            self.log.moveCursor(QTextCursor.MoveOperation.End)
            self.code_panel.show_graph(self.graph)
            self.builder.refresh()
            if self.expression_error.isVisible():
                self._check_texts()  # the same mistake, said again in the new language
            self.bar.retranslate()
            self.steps.retranslate(lambda tip: retranslated(tip, ["StepBar"]))
            if self.stepper is not None:
                self._refresh_walk()
            self.canvas.viewport().update()  # the boxes' "var" and "const" labels
        super().changeEvent(event)

    def session_state(self) -> dict:
        """The tab's part of a session: the document's."""
        return self.document.session_part()

    def prepare_session(self, state: dict):
        """Check a session's graph part; return the function that shows it (nothing changes before)."""
        try:
            graph, keep = GraphDocument.check_session(state)
        except ValueError as error:
            raise SessionError(str(error)) from None

        def show() -> None:
            self.document.open_session(graph, keep)
            self._document_changed()

        return show
