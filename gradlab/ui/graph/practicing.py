"""The Graph tab's practice: Predict mode, the hand table and exercises, wired into the tab (a mixin).

``GraphTab`` mixes this in: ``_make_practice`` builds the Predict bar, the Practice panel and the
exercise mode once the walk exists; the session part gains ``exercise`` (an empty dict: none);
the lesson's buttons wait while an exercise is open (they would change its graph).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from ...files import shown, why_not, write_atomic
from ...graph.exercise import ExerciseError, check_graph_for, exercise_from_part
from ...session import SessionError
from ..widgets import scrolling
from .exercise_mode import ExerciseMode, SaveExerciseDialog
from .practice import PracticePanel
from .predict import PredictBar, Predictor


class Practicing:
    """Predict mode, the hand table and exercises, for the GraphTab it is mixed into."""

    def _make_practice(self) -> None:
        self.predict_bar = PredictBar()
        self.predictor = Predictor(self.walk, self.predict_bar, self)
        self.predict_bar.hide()
        self.practice = PracticePanel()
        self.practice_page = scrolling(self.practice, self.tr("Practice"))  # the table's rows scroll with it
        self.side_tabs.addTab(self.practice_page, self.tr("Practice"))
        self.answer_panels = (self.strategies_panel,)  # closed in an exercise: it shows gradients
        self.exercise_mode = ExerciseMode(self, self)
        self.practice.predict_toggled.connect(self.predictor.set_on)
        # Predict mode from the keyboard, wherever the focus is in the tab (and in the F1 list)
        self.predict_action = QAction(self.tr("Predict mode"), self, objectName="graphPredictAction")
        self.predict_action.setCheckable(True)
        self.predict_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+P")))
        self.predict_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.predict_action)
        self.predict_action.toggled.connect(self.practice.predict.setChecked)
        self.practice.predict.toggled.connect(self.predict_action.setChecked)
        self.practice.export_requested.connect(self.export_table)
        self.practice.save_exercise_requested.connect(self.ask_save_exercise)
        self.exercise_mode.changed.connect(self.session_changed)

    def _practice_graph_changed(self) -> None:
        """A new graph: a new table (what was typed for the old graph is gone)."""
        exercise = self.exercise_mode.exercise
        self.practice.show_graph(self.graph, exercise.given if exercise is not None else "inputs")

    def lesson_refusal(self) -> str:
        if self.exercise_mode.active:
            return self.tr("The lesson's buttons wait until the exercise is over (Leave exercise…).")
        return ""

    def lesson_predict(self) -> None:
        """The lesson's "predict the backward pass": Predict mode on, the forward pass done, a step asked."""
        self.side_tabs.setCurrentWidget(self.practice_page)
        self.practice.predict.setChecked(True)
        if self.stepper.phase == "forward" and not self.predictor.values:
            self.run_forward()
        if self.stepper.phase == "backward" and self.predictor.posed is None:
            self.step_backward()  # the seed: shown, and the first edge asked

    # --- sessions ---------------------------------------------------------------------------------

    def practice_part(self, state: dict):
        """The exercise of a session's graph part (None: none); SessionError saying why it can't be."""
        try:
            return exercise_from_part(state.get("exercise", {}) if isinstance(state, dict) else {})
        except ExerciseError as error:
            raise SessionError(str(error)) from None

    def show_practice(self, exercise) -> None:
        """After a session's graph is shown: its exercise opened, or the open one left."""
        if exercise is None:
            self.exercise_mode.leave()
            return
        problem = check_graph_for(exercise, self.graph)
        if problem:
            self.status_message.emit(problem)
            return
        self.exercise_mode.enter(exercise)

    # --- the table's file and the teacher's -----------------------------------------------------

    @Slot()
    def export_table(self) -> bool:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the Table"),
            str(Path.home() / "backprop-table.md"),
            self.tr("Markdown (*.md);;CSV (*.csv)"),
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen.lower() else ".md"
        return self.export_table_to(path)

    def export_table_to(self, path: str) -> bool:
        """The table as filled, as CSV (``.csv``) or Markdown (anything else); a failure is one line."""
        table = self.practice.table
        if table is None:
            return False
        text = table.csv() if Path(path).suffix.lower() == ".csv" else table.markdown()
        try:
            written = write_atomic(path, lambda file: file.write(text.encode("utf-8")))
        except OSError as error:
            reason = why_not(error, Path(path), writing=True)
            self.practice.say(
                self.tr("{name} was not saved: {reason}").format(name=shown(path), reason=reason), "error"
            )
            return False
        self.practice.say(self.tr("Saved the table to {name}").format(name=shown(written)), "good")
        return True

    @Slot()
    def ask_save_exercise(self) -> None:
        """The teacher's dialog, then the window saves the session with the exercise in it."""
        dialog = SaveExerciseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        exercise = dialog.exercise()
        problem = check_graph_for(exercise, self.graph)
        if problem:
            self.status_message.emit(problem)
            return
        self.exercise_save_requested.emit(exercise.part())
