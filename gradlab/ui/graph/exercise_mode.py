"""An exercise in the Graph tab: what shows the answers closed, the graph fixed, until the student leaves.

``ExerciseMode.enter`` applies a ``graph.exercise.Exercise``: Predict mode on (it cannot be turned
off) or the hand-calculation table (given cells filled); the Build, Strategies and Descent panels
closed (they change the graph or show its gradients), Check, Code and the log as the teacher
chose; the expression bar read-only; in table mode the walk does not step past what is given. A
banner says what to do, shows the teacher's note and has Leave exercise, which asks first: leaving
shows the answers. ``SaveExerciseDialog`` is the teacher's side: what the file asks of the student.
Objects: graphExerciseBanner, graphExerciseTitle, graphExerciseNote, graphLeaveExerciseButton,
graphExerciseDialog, graphExerciseModeCombo, graphExerciseValuesCheck, graphExerciseGivenCombo,
graphExerciseHide{Check,Code,Log}Check, graphExerciseNoteEdit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...graph.exercise import MAX_NOTE, Exercise
from .. import theme
from ..widgets import MessageLabel


class ExerciseBanner(QWidget):
    """What the exercise asks, the teacher's note, and Leave exercise."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="graphExerciseBanner")
        self.title = QLabel(objectName="graphExerciseTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = MessageLabel(objectName="graphExerciseNote", max_lines=3)
        theme.tint(self.note, "note")
        self.leave = QPushButton(self.tr("Leave exercise…"), objectName="graphLeaveExerciseButton")
        self.leave.setToolTip(
            self.tr("Back to the whole Graph tab: Check, Code and Run backward show the answers")
        )
        self.leave.clicked.connect(self.leave_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addWidget(self.note, 1)
        row.addWidget(self.leave)
        self.hide()


class ExerciseMode(QObject):
    """The Graph tab's exercise, if one is open (``exercise``), and what it closed to keep the answers."""

    changed = Signal()  # entered or left (the session part changes)

    def __init__(self, tab, parent: QObject | None = None):
        super().__init__(parent)
        self.tab = tab
        self.exercise: Exercise | None = None
        self.banner = ExerciseBanner()
        self.banner.leave_requested.connect(self.ask_to_leave)

    @property
    def active(self) -> bool:
        return self.exercise is not None

    def _closed_panels(self, exercise: Exercise) -> list[QWidget]:
        tab = self.tab
        panels = [tab.builder_page, tab.descent_page, *getattr(tab, "answer_panels", ())]
        if exercise.hides("check"):
            panels.append(tab.check_panel)
        if exercise.hides("code"):
            panels.append(tab.code_panel)
        return panels

    def enter(self, exercise: Exercise) -> None:
        """Open ``exercise`` on the tab's graph (already shown): close what shows the answers."""
        if self.active:
            self._open_everything()
        tab = self.tab
        self.exercise = exercise
        for panel in self._closed_panels(exercise):
            index = tab.side_tabs.indexOf(panel)
            if index >= 0:
                tab.side_tabs.setTabVisible(index, False)
        tab.log.setVisible(not exercise.hides("log"))
        tab.bar.set_locked(True)
        practice = tab.practice
        practice.predict.setEnabled(False)
        practice.values.setEnabled(False)
        tab.predict_action.setEnabled(False)
        practice.save_exercise.setEnabled(False)
        if exercise.mode == "predict":
            tab.predictor.locked = False
            tab.predictor.set_on(True, exercise.values)
            tab.predictor.locked = True
            practice.values.setChecked(exercise.values)
            practice.predict.setChecked(True)
            practice.values.setEnabled(False)  # the boxes show the exercise's choice, fixed
        else:
            tab.predictor.locked = False
            tab.predictor.set_on(False)
            tab.walk.refusal = self._table_refusal
            practice.show_graph(tab.graph, exercise.given)
        if exercise.mode == "table" or not tab.side_tabs.isTabVisible(tab.side_tabs.currentIndex()):
            tab.side_tabs.setCurrentWidget(tab.practice_page)
        self.banner.title.setText(self.tr("Exercise: {title}").format(title=exercise.title()))
        self.banner.note.setText(exercise.note or self._how(exercise))
        self.banner.show()
        self.changed.emit()

    def _how(self, exercise: Exercise) -> str:
        if exercise.mode == "predict":
            return self.tr("Step with Alt+Left: type each gradient before it is shown, then Enter.")
        return self.tr("Fill in the table in the Practice panel, then Check (Ctrl+Return).")

    def _table_refusal(self, kind: str) -> str:
        """In table mode the walk shows no more than is given: the values if given, never a gradient."""
        if self.exercise is None or self.exercise.mode != "table":
            return ""
        if self.exercise.given == "values" and kind in ("forward", "run-forward"):
            return ""
        return self.tr("In this exercise the walk shows only what is given: fill in the table first.")

    @Slot()
    def ask_to_leave(self) -> bool:
        answer = QMessageBox.question(
            self.tab,
            self.tr("Leave the exercise?"),
            self.tr(
                "Leaving the exercise opens every panel: Check, Code, the log and Run backward show the "
                "answers. Your answers so far stay on screen. Leave it?"
            ),
            defaultButton=QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.leave()
        return True

    def leave(self) -> None:
        """Back to the whole tab (what the student did stays: the walk, the table's cells)."""
        if not self.active:
            return
        self._open_everything()
        self.exercise = None
        self.banner.hide()
        self.tab.status_message.emit(self.tr("The exercise is over: every panel is open."))
        self.changed.emit()

    def _open_everything(self) -> None:
        tab = self.tab
        for index in range(tab.side_tabs.count()):
            tab.side_tabs.setTabVisible(index, True)
        tab.log.setVisible(True)
        tab.bar.set_locked(False)
        tab.walk.refusal = None
        tab.predictor.locked = False
        if tab.predictor.on:
            tab.walk.refusal = tab.predictor.refusal
        practice = tab.practice
        practice.predict.setEnabled(True)
        practice.values.setEnabled(practice.predict.isChecked())
        tab.predict_action.setEnabled(True)
        practice.save_exercise.setEnabled(True)

    def part(self) -> dict:
        return self.exercise.part() if self.exercise is not None else {}


class SaveExerciseDialog(QDialog):
    """What the exercise file asks of the student: the mode, what is given, what is hidden, a note."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="graphExerciseDialog")
        self.setWindowTitle(self.tr("Save as Exercise"))
        self.mode = QComboBox(objectName="graphExerciseModeCombo")
        self.mode.addItem(self.tr("Predict each step"), "predict")
        self.mode.addItem(self.tr("Fill in the table"), "table")
        self.values = QCheckBox(self.tr("Ask each forward value too"), objectName="graphExerciseValuesCheck")
        self.given = QComboBox(objectName="graphExerciseGivenCombo")
        self.given.addItem(self.tr("Only the inputs' values"), "inputs")
        self.given.addItem(self.tr("Every value (find the gradients)"), "values")
        self.hide_check = QCheckBox(
            self.tr("Check (torch's gradients)"), objectName="graphExerciseHideCheckCheck"
        )
        self.hide_code = QCheckBox(self.tr("Code (the programs)"), objectName="graphExerciseHideCodeCheck")
        self.hide_log = QCheckBox(self.tr("The step log"), objectName="graphExerciseHideLogCheck")
        self.hide_check.setChecked(True)
        self.hide_code.setChecked(True)
        self.note = QPlainTextEdit(objectName="graphExerciseNoteEdit")
        self.note.setPlaceholderText(self.tr("A note to the student (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.problem = MessageLabel(max_lines=2)
        theme.tint(self.problem, "error")
        hidden = QVBoxLayout()
        for box in (self.hide_check, self.hide_code, self.hide_log):
            hidden.addWidget(box)
        closed = QLabel(self.tr("Build, Strategies and Descent are always closed in an exercise."))
        closed.setWordWrap(True)
        hidden.addWidget(closed)
        form = QFormLayout()
        form.addRow(self.tr("The student"), self.mode)
        form.addRow("", self.values)
        form.addRow(self.tr("Given"), self.given)
        form.addRow(self.tr("Hidden"), hidden)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        predict = self.mode.currentData() == "predict"
        self.values.setEnabled(predict)
        self.given.setEnabled(not predict)

    def exercise(self) -> Exercise:
        hidden = [
            name
            for name, box in (("check", self.hide_check), ("code", self.hide_code), ("log", self.hide_log))
            if box.isChecked()
        ]
        return Exercise(
            self.mode.currentData(),
            self.values.isChecked(),
            self.given.currentData(),
            tuple(hidden),
            self.note.toPlainText().strip(),
        )

    def _accept(self) -> None:
        if len(self.note.toPlainText().strip()) > MAX_NOTE:
            self.problem.setText(
                self.tr("The note is longer than {limit:,} characters.").format(limit=MAX_NOTE)
            )
            return
        self.accept()
