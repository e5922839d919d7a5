"""The Graph tab: build a computational graph, see it drawn, and walk its forward and backward passes.

The tab only wires widgets to the pure core (``gradlab.engine``, ``gradlab.graph``). Controls, by
objectName: graphPresetCombo, graphExpressionEdit, graphValuesEdit, graphBuildButton,
graphExpressionError, graphStepForwardButton, graphStepBackwardButton, graphStepBackButton,
graphRunForwardButton, graphRunBackwardButton, graphResetButton, graphPlayButton,
graphSpeedSlider, graphKeepGradientsCheck, graphFitButton, graphExportButton, graphUndoButton,
graphRedoButton,
graphCanvas, graphLog, graphSideTabs; in the builder: graphVariableNameEdit,
graphVariableValueEdit, graphAddVariableButton, graphOperationCombo, graphOperandACombo,
graphOperandBCombo, graphOperationNameEdit, graphAddOperationButton, graphNodeList, graphRenameEdit,
graphRenameButton, graphDeleteButton, graphBuilderError, graphDeleteConfirm; in the panels:
graphCheckTable, graphCheckNote, graphCodeTabs, graphNetCode, graphTorchCode, graphCopyCodeButton,
graphLearningRateEdit, graphDescentStepButton, graphDescentRestartButton, graphClassicUpdateCheck,
graphDescentError, graphDescentLog, graphDescentPlot.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..engine import ExprError, Graph, format_number, parse, parse_expression, parse_values
from ..graph import presets
from ..graph.check import check_gradients, torch_gradients
from ..graph.codegen import expression_text, values_text
from ..graph.document import GraphDocument
from ..session import SessionError
from ..translation import translate
from . import theme
from .graph_builder import GraphBuilder
from .graph_canvas import GraphCanvas
from .graph_panels import CheckPanel, CodePanel, DescentPanel
from .language import retranslated
from .lesson_pane import LessonColumn, LessonPane
from .widgets import monospace


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
        self._descent_start: dict[str, float] | None = None

        self.canvas = GraphCanvas()
        self.log = monospace()
        self.log.setObjectName("graphLog")
        self.log.setAccessibleName(self.tr("Step log"))
        self.canvas.setAccessibleName(self.tr("Computational graph"))
        self.log.setPlaceholderText(self.tr("Every step's chain-rule sentence appears here."))
        self.builder = GraphBuilder(self.document)
        self.check_panel = CheckPanel()
        self.code_panel = CodePanel()
        self.descent_panel = DescentPanel()

        layout = QVBoxLayout(self)
        layout.addLayout(self._expression_bar())
        self.expression_error = QLabel(objectName="graphExpressionError")
        self.expression_error.setTextFormat(Qt.TextFormat.RichText)
        self.expression_error.hide()
        layout.addWidget(self.expression_error)
        layout.addLayout(self._step_bar())

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
        self.side_tabs.setMinimumWidth(380)
        self.side_tabs.setAccessibleName(self.tr("Build, check, code and descent panels"))
        self.side_tabs.currentChanged.connect(self._side_tab_opened)
        self.lesson = LessonPane("graph")
        self.lesson.action_requested.connect(self.lesson_action)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(LessonColumn(self.lesson, self.side_tabs, share=0.45))
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 1)
        layout.addWidget(main, 1)

        self.play_timer = QTimer(self, objectName="graphPlayTimer")
        self.play_timer.timeout.connect(self._play_tick)
        self.builder.edited.connect(self._document_changed)
        self.canvas.node_clicked.connect(self._select_node)
        self.descent_panel.step_requested.connect(self.descent_step)
        self.descent_panel.restart_requested.connect(self.restart_descent)
        self._document_changed()

    # --- building the controls ----------------------------------------------------------------

    def _expression_bar(self) -> QHBoxLayout:
        self.preset_combo = QComboBox(objectName="graphPresetCombo")
        self.preset_combo.addItem(self.tr("Presets…"), None)
        for p in presets.PRESETS:
            self.preset_combo.addItem(translate("graph.presets", p.title), p.key)
        self.preset_combo.setToolTip(self.tr("Load a graph from the course or from Karpathy's guide"))
        self.preset_combo.activated.connect(self._load_preset)
        self.expression_edit = QLineEdit(objectName="graphExpressionEdit")
        self.expression_edit.setPlaceholderText("x*x + y*y")
        self.expression_edit.setToolTip(
            self.tr("An expression: + - * / **, exp log sqrt sin cos tanh sigmoid relu abs, norm(a, b)")
        )
        self.values_edit = QLineEdit(objectName="graphValuesEdit")
        self.values_edit.setPlaceholderText("x=1, y=3")
        self.values_edit.setToolTip(self.tr("The variables' values, like x=1, y=3"))
        self.values_edit.setAccessibleName(self.tr("Values"))
        self.expression_edit.setAccessibleName(self.tr("Expression"))
        self.build_action = self._action(self.tr("Build"), "graphBuildButton", self.build_from_text)
        self.expression_edit.returnPressed.connect(self.build_from_text)
        self.values_edit.returnPressed.connect(self.build_from_text)
        self.undo_action = self._action(
            self.tr("Undo"), "graphUndoButton", self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.tr("Redo"), "graphRedoButton", self.redo, QKeySequence(self.tr("Ctrl+Shift+Z"))
        )
        row = QHBoxLayout()
        row.addWidget(self.preset_combo)
        row.addWidget(QLabel(self.tr("f =")))
        row.addWidget(self.expression_edit, 3)
        row.addWidget(QLabel(self.tr("at")))
        row.addWidget(self.values_edit, 2)
        for action in (self.build_action, self.undo_action, self.redo_action):
            row.addWidget(self._button(action))
        return row

    def _step_bar(self) -> QHBoxLayout:
        self.forward_action = self._action(
            self.tr("Forward step ▶"),
            "graphStepForwardButton",
            self.step_forward,
            "Alt+Right",
            self.tr("compute the next node"),
        )
        self.backward_action = self._action(
            self.tr("◀ Backward step"),
            "graphStepBackwardButton",
            self.step_backward,
            "Alt+Left",
            self.tr("send the gradient along the next edge"),
        )
        self.back_action = self._action(
            self.tr("Step back"),
            "graphStepBackButton",
            self.step_back,
            "Alt+Backspace",
            self.tr("undo the last step"),
        )
        self.run_forward_action = self._action(
            self.tr("Run forward"),
            "graphRunForwardButton",
            self.run_forward,
            "Alt+Shift+Right",
            self.tr("compute every node"),
        )
        self.run_backward_action = self._action(
            self.tr("Run backward"),
            "graphRunBackwardButton",
            self.run_backward,
            "Alt+Shift+Left",
            self.tr("finish both passes"),
        )
        self.reset_action = self._action(
            self.tr("Reset"),
            "graphResetButton",
            self.reset,
            "Ctrl+R",
            self.tr("start a new walk from the first node"),
        )
        self.play_action = self._action(
            self.tr("Play"),
            "graphPlayButton",
            self._toggle_play,
            "F5",
            self.tr("take a step at a time, at the speed set"),
        )
        self.play_action.setCheckable(True)
        self.fit_action = self._action(
            self.tr("Fit"),
            "graphFitButton",
            self.canvas.fit_to_view,
            "Ctrl+0",
            self.tr("fit the graph to the view"),
        )
        self.speed = QSlider(Qt.Orientation.Horizontal, objectName="graphSpeedSlider")
        self.speed.setRange(1, 20)
        self.speed.setValue(4)
        self.speed.setMinimumWidth(80)
        self.speed.setMaximumWidth(120)
        self.speed.setToolTip(self.tr("Play speed: steps per second"))
        self.speed.setAccessibleName(self.tr("Play speed"))
        self.speed.valueChanged.connect(lambda v: self.play_timer.setInterval(int(1000 / v)))
        self.keep_gradients = QCheckBox(self.tr("Keep gradients"), objectName="graphKeepGradientsCheck")
        self.keep_gradients.setToolTip(
            self.tr(
                "On: a new backward pass adds to the gradients already there instead of starting from "
                "zero. That is what forgetting zero_grad() does in PyTorch."
            )
        )
        self.keep_gradients.toggled.connect(self._keep_gradients_toggled)
        row = QHBoxLayout()
        for action in (
            self.back_action,
            self.forward_action,
            self.backward_action,
            self.run_forward_action,
            self.run_backward_action,
            self.reset_action,
            self.play_action,
        ):
            row.addWidget(self._button(action))
        row.addWidget(self.speed)
        row.addSpacing(12)
        row.addWidget(self.keep_gradients)
        self.keep_gradients_note = QLabel(self.tr("gradients pile up, as without zero_grad()"))
        theme.tint(self.keep_gradients_note, "note")
        row.addWidget(self.keep_gradients_note)
        row.addStretch(1)
        self.export_action = self._action(
            self.tr("Export…"),
            "graphExportButton",
            self._ask_export,
            tip=self.tr("save the drawing as PNG or SVG"),
        )
        row.addWidget(self._button(self.export_action))
        row.addWidget(self._button(self.fit_action))
        return row

    @Slot()
    def _ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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

    def _action(self, text, name, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name.replace("Button", "Action"))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the tab is shown
        self._set_tooltip(action, tip)
        action.triggered.connect(slot)
        action.setProperty("buttonName", name)
        self.addAction(action)
        return action

    def _set_tooltip(self, action: QAction, tip: str | None) -> None:
        """The tooltip "Run backward: finish both passes (Alt+Shift+Left)": name, what it does, keys."""
        tip = tip or action.property("tip") or ""
        action.setProperty("tip", tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = action.text().strip(" ▶◀")
        if keys:
            action.setToolTip(f"{name}: {tip} ({keys})" if tip else f"{name} ({keys})")
        elif tip:
            action.setToolTip(tip)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(objectName=action.property("buttonName"))
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # --- the graph changes ----------------------------------------------------------------------

    @property
    def graph(self) -> Graph:
        return self.document.graph

    def _document_changed(self, update_text: bool = True) -> None:
        """Redraw everything for the document's graph and start a new walk."""
        self.stop_play()
        graph = self.graph
        self.canvas.set_graph(graph)
        self.code_panel.show_graph(graph)
        self.builder.refresh()
        self.check_panel.clear()
        self.descent_panel.clear()
        self._descent_start = None
        self.log.clear()
        self._log_entries = []
        if update_text:
            self.expression_edit.setText(expression_text(graph))
            self.values_edit.setText(values_text(graph))
            self._show_expression_error(None)
        self.undo_action.setEnabled(self.document.can_undo)
        self.redo_action.setEnabled(self.document.can_redo)
        self.undo_action.setStatusTip(self.document.undo_text)
        self._new_walk()
        self.session_changed.emit()

    def _check_texts(self) -> Graph | None:
        """The graph the two boxes describe, or None after showing what is wrong with them."""
        text = self.expression_edit.text()
        try:
            parse_expression(text)
        except ExprError as error:
            self._show_expression_error(error, "expression")
            return None
        try:
            return parse(text, **parse_values(self.values_edit.text()))
        except ExprError as error:  # a typo in the values, or a variable left without one
            self._show_expression_error(error, "values")
            return None

    def _recheck_texts(self) -> None:
        """Show the boxes' mistake again (new words or colours); none left, no message."""
        if self._check_texts() is not None:
            self._show_expression_error(None)

    @Slot()
    def build_from_text(self) -> None:
        """Build from the expression and values boxes; a mistake leaves the graph as it was."""
        text = self.expression_edit.text()
        graph = self._check_texts()
        if graph is None:
            return
        self.document.replace(graph, self.tr("build {text}").format(text=text.strip()))
        self._document_changed(update_text=False)

    def _show_expression_error(self, error: ExprError | None, which: str = "expression") -> None:
        if error is None:
            self.expression_error.hide()
            self.expression_error.clear()
            return
        source = self.values_edit.text() if which == "values" else self.expression_edit.text()
        message = html.escape(error.message)
        where = self.tr("in the values") if which == "values" else self.tr("in the expression")
        marked = ""
        if error.column and 0 < error.column <= len(source) + 1:
            i = error.column - 1
            before, bad, after = source[:i], source[i : i + 1] or " ", source[i + 1 :]
            marked = (
                f"<br><code>{html.escape(before)}<span style='background:#f5b7b1;color:#7b1f18'>"
                f"<b><u>{html.escape(bad)}</u></b></span>{html.escape(after)}</code>"
                f" &nbsp;<small>{self.tr('column {n}').format(n=error.column)}</small>"
            )
        red = theme.text_colors().error
        self.expression_error.setText(f"<span style='color:{red}'>✗ {where}: {message}</span>{marked}")
        self.expression_error.show()

    @Slot(int)
    def _load_preset(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key is None:
            return
        self.load_preset(key)
        self.preset_combo.setCurrentIndex(0)

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
        self.stepper = self.graph.steps(accumulate=self.keep_gradients.isChecked())
        self._refresh_walk()

    def _refresh_walk(self) -> None:
        self.canvas.show_walk(self.stepper)
        phase = self.stepper.phase
        self.forward_action.setEnabled(phase == "forward")
        self.backward_action.setEnabled(phase == "backward")
        self.back_action.setEnabled(bool(self.stepper.history))
        self.run_forward_action.setEnabled(phase == "forward")
        self.run_backward_action.setEnabled(phase != "done")
        self.play_action.setEnabled(phase != "done" or self.play_action.isChecked())

    def _took(self, events: list) -> None:
        for event in events:
            self._log_entries.append(event)
            self.log.appendPlainText(self._log_line(event))
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

    @Slot()
    def step_forward(self) -> None:
        if self.stepper.phase == "forward":
            self._took([self.stepper.step()])

    @Slot()
    def step_backward(self) -> None:
        if self.stepper.phase == "backward":
            self._took([self.stepper.step()])

    @Slot()
    def step_back(self) -> None:
        if self.stepper.undo() is not None:
            cursor = QTextCursor(self.log.document().lastBlock())
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)  # the line and the break before it
            cursor.removeSelectedText()
            if self._log_entries:
                self._log_entries.pop()
            self.check_panel.clear()
            self._refresh_walk()

    @Slot()
    def run_forward(self) -> None:
        self._took(self.stepper.run_forward())

    @Slot()
    def run_backward(self) -> None:
        self._took(self.stepper.run_backward())

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
        """Engine and central differences now; torch.autograd on a worker thread (its import is slow)."""
        from superqt.utils import create_worker

        self._check_token += 1
        token = self._check_token
        self.check_panel.show_checks(check_gradients(self.graph, None))
        self.side_tabs.setTabText(1, self.tr("Check ●"))
        worker = create_worker(torch_gradients, self.graph.to_spec(), _start_thread=False)
        worker.returned.connect(lambda grads: self._torch_checked(token, grads, ""))
        worker.errored.connect(lambda error: self._torch_checked(token, None, str(error)))
        self._check_worker = worker
        worker.start()

    def _torch_checked(self, token: int, grads: dict | None, error: str) -> None:
        if token != self._check_token or not self.stepper.done:
            return  # the graph or the walk changed while torch was working
        self.check_panel.show_checks(check_gradients(self.graph, grads), error)

    @Slot(float, bool)
    def descent_step(self, rate: float, classic: bool) -> None:
        if self._descent_start is None:
            self._descent_start = self.graph.values()
        value = self.graph.descend(rate, classic)
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
        if self._descent_start is not None:
            self.graph.set_values(**self._descent_start)
            self.graph.forward()
        self._descent_start = None
        self.descent_panel.clear()
        self._new_walk()
        self.session_changed.emit()

    def shutdown(self) -> None:
        """Stop the play timer and wait for a running torch check (called when the window closes)."""
        self.stop_play()
        self._check_token += 1  # a result arriving now is for a tab that is going away
        if self._check_worker is not None:
            from superqt.utils import WorkerBase

            try:
                WorkerBase.await_workers(msecs=5000)
            except RuntimeError:  # still importing torch after 5 s: it ends with the process
                pass

    # --- the lesson's buttons --------------------------------------------------------------------

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
        if event.type() == QEvent.Type.PaletteChange and self.expression_error.isVisible():
            self._recheck_texts()  # its red, for the new theme
        if event.type() == QEvent.Type.LanguageChange:
            self.log.setPlainText("\n".join(self._log_line(entry) for entry in self._log_entries))
            self.log.moveCursor(QTextCursor.MoveOperation.End)
            self.code_panel.show_graph(self.graph)
            self.builder.refresh()
            if self.expression_error.isVisible():
                self._recheck_texts()  # the same mistake, said again in the new language
            for i in range(1, self.preset_combo.count()):
                key = self.preset_combo.itemData(i)
                self.preset_combo.setItemText(i, translate("graph.presets", presets.preset(key).title))
            for action in self.actions():
                self._set_tooltip(action, retranslated(action.property("tip") or "", ["GraphTab"]))
            if self.stepper is not None:
                self._refresh_walk()
            self.canvas.viewport().update()  # the boxes' "var" and "const" labels
        super().changeEvent(event)

    def session_state(self) -> dict:
        """The tab's part of a session: the graph (names, values, operations) and Keep gradients."""
        return {"graph": self.graph.to_spec(), "keep_gradients": self.keep_gradients.isChecked()}

    def prepare_session(self, state: dict):
        """Check a session's graph part; return the function that shows it (nothing changes before)."""
        if not isinstance(state, dict):
            raise SessionError(self.tr("The graph part is not a table of values."))
        try:
            graph = Graph.from_spec(state.get("graph"))
        except ValueError as error:
            raise SessionError(self.tr("The graph cannot be built: {error}").format(error=error)) from None
        keep = state.get("keep_gradients", False)
        if not isinstance(keep, bool):
            raise SessionError(self.tr("The graph part's Keep gradients is not true or false."))

        def show() -> None:
            with QSignalBlocker(self.keep_gradients):
                self.keep_gradients.setChecked(keep)
            self.document.replace(graph, self.tr("open session"))
            self._document_changed()

        return show
