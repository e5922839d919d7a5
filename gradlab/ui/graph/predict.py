"""Predict mode: before a step is shown, the student types what it will write; gradlab says what was wrong.

``Predictor`` sits between the step keys and the walk (``Walk.asking``): a backward step (and, with
values asked too, a forward step) is posed as a question in the ``PredictBar`` instead of being
taken. A right answer takes the step (the canvas and the log show it) and poses the next; a wrong
one stays in the box, marked, with one line on which part was wrong (``graph.answers``). Show
takes the step without an answer (it does not count as right). The seed step (the output's
gradient, 1 by definition) is never asked. Objects: graphPredictBar, graphPredictQuestion,
graphPredictEdit, graphPredictAnswerButton, graphPredictShowButton, graphPredictMessage,
graphPredictScore.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...graph.answers import AnswerError, Score, judge_backward, judge_forward, read_answer
from .. import theme
from ..widgets import MessageLabel


class PredictBar(QWidget):
    """The question, the answer box, Check and Show, the verdict and the score, in one row."""

    answered = Signal(str)
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="graphPredictBar")
        self.question = QLabel(objectName="graphPredictQuestion")
        self.edit = QLineEdit(objectName="graphPredictEdit")
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setPlaceholderText(self.tr("a number, or local · upstream (2·3)"))
        self.edit.setToolTip(
            self.tr(
                "Type the number, or the chain rule's product: local derivative · upstream gradient "
                "(2·3), plus the gradient already there if the node had one (4 + 2·3). Enter checks it."
            )
        )
        self.edit.setMinimumWidth(120)
        self.edit.setMaximumWidth(220)
        self.check_button = QPushButton(self.tr("Check"), objectName="graphPredictAnswerButton")
        self.show_button = QPushButton(self.tr("Show"), objectName="graphPredictShowButton")
        self.show_button.setToolTip(self.tr("Show this step without an answer (it does not count as right)"))
        self.message = MessageLabel(objectName="graphPredictMessage", max_lines=2)
        self.score = QLabel(objectName="graphPredictScore")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question)
        row.addWidget(self.edit)
        row.addWidget(self.check_button)
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(self.score)
        column = QVBoxLayout(self)  # the verdict under the question, the whole width: read in full
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.message)
        self.edit.returnPressed.connect(lambda: self.answered.emit(self.edit.text()))
        self.check_button.clicked.connect(lambda: self.answered.emit(self.edit.text()))
        self.show_button.clicked.connect(self.show_requested)
        self.asking(False)

    def asking(self, on: bool) -> None:
        """Whether a question is posed (the box and its buttons take input only then)."""
        for widget in (self.edit, self.check_button, self.show_button):
            widget.setEnabled(on)

    def pose(self, question: str) -> None:
        self.question.setText(question)
        self.edit.clear()
        self.say("")
        self.asking(True)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str, role: str = "") -> None:
        self.message.setText(text)
        if role:
            theme.tint(self.message, role)
            theme.tint(self.edit, role) if role == "error" else theme.untint(self.edit)
        else:
            theme.untint(self.message)
            theme.untint(self.edit)


class Predictor(QObject):
    """Predict mode's state: on or off, whether values are asked too, the step posed, the score."""

    changed = Signal()  # on/off or the score changed (the panel shows them)

    def __init__(self, walk, bar: PredictBar, parent: QObject | None = None):
        super().__init__(parent)
        self.walk, self.bar = walk, bar
        self.on = False
        self.values = False  # forward steps asked too
        self.locked = False  # an exercise: Predict mode cannot be left but by leaving the exercise
        self.posed = None  # the step event asked about now
        self.score = Score()
        self.scored: set[int] = set()  # the walk's positions whose step has been scored
        bar.answered.connect(self.answer)
        bar.show_requested.connect(self.show_step)
        walk.took.connect(self._after_step)
        walk.undone.connect(self._after_undo)
        walk.restarted.connect(self._new_walk)
        bar.installEventFilter(self)

    def set_on(self, on: bool, values: bool | None = None) -> None:
        if values is not None:
            self.values = values
        if self.locked and not on:
            return
        self.on = on
        self.walk.asking = self._asks if on else None
        self.walk.refusal = self.refusal if on else None
        self.bar.setVisible(on)
        self.posed = None
        self.bar.asking(False)
        self.bar.question.setText(self.tr("Take a step: it is asked before it is shown.") if on else "")
        self.bar.say("")
        if on:
            self._pose_next()
        self._show_score()
        self.changed.emit()

    def _asks(self, event) -> bool:
        """Whether ``event`` (the step a key asked for) is posed instead of taken."""
        if event.kind == "seed" or (event.kind == "forward" and not self.values):
            return False
        self._pose(event)
        return True

    def _pose(self, event, keep_answer: bool = False) -> None:
        self.posed = event
        if event.kind == "backward":
            text = self.tr("{child}.g after the edge {parent} → {child} =").format(
                child=event.child.label, parent=event.parent.label
            )
        else:
            text = self.tr("{name} =").format(name=event.node.label)
        if keep_answer:  # the same question in another language: what was typed and said stays
            self.bar.question.setText(text)
        else:
            self.bar.pose(text)

    def _pose_next(self) -> None:
        """After a step (or when turned on): the next step is posed if it is one that is asked."""
        stepper = self.walk.stepper
        if stepper.done or self.walk.run.running:
            return
        event = stepper.step()
        stepper.undo()
        if event is not None and not (event.kind == "seed" or (event.kind == "forward" and not self.values)):
            self._pose(event)

    @Slot(str)
    def answer(self, text: str) -> None:
        event = self.posed
        if event is None:
            return
        try:
            given = read_answer(text)
        except AnswerError as error:
            self.bar.say(str(error), "error")
            return
        if event.kind == "backward":
            stepper = self.walk.stepper
            known = {n.label: n.grad for n in self.walk.document.graph.nodes if stepper.grad_known(n)}
            kept = id(event.child) not in stepper._grad_edges  # nothing yet this walk: Keep gradients' value
            verdict = judge_backward(event, given, known, kept=kept)
        else:
            verdict = judge_forward(event, given)
        position = self.walk.stepper.position
        if position not in self.scored:  # a step answered again after Step back is not scored again
            self.score.record(verdict.right)
            if verdict.right:
                self.scored.add(position)
        if not verdict.right:
            self.bar.say(verdict.message, "error")
            self._show_score()
            return
        self._take(verdict.message)

    @Slot()
    def show_step(self) -> None:
        if self.posed is None:
            return
        position = self.walk.stepper.position
        if position not in self.scored:
            self.score.shown()
            self.scored.add(position)
        self._take(
            self.tr("Shown: {step}").format(step=self.posed.explain(times="·", arrow="→")), role="note"
        )

    def _take(self, said: str, role: str = "good") -> None:
        self.posed = None
        self.bar.asking(False)
        asking, self.walk.asking = self.walk.asking, None
        try:
            if self.walk.stepper.phase == "forward":
                self.walk.step_forward()
            else:
                self.walk.step_backward()
        finally:
            self.walk.asking = asking
        self.bar.say(said, role)
        self._show_score()
        if self.walk.stepper.done:
            self.bar.question.setText(
                self.tr("The walk is complete. {score}").format(score=self.score.text())
            )

    def _after_step(self, *_) -> None:
        if self.on and self.posed is None:
            self._pose_next()

    def _after_undo(self) -> None:
        if self.on:  # the step posed is no longer the next one
            self.posed = None
            self.bar.asking(False)
            self.bar.say("")
            self.bar.question.setText(self.tr("Take a step: it is asked before it is shown."))
            self._pose_next()

    def _new_walk(self) -> None:
        self.score = Score()
        self.scored = set()
        self.posed = None
        if self.on:
            self.bar.asking(False)
            self.bar.say("")
            self._pose_next()
        self._show_score()

    def _show_score(self) -> None:
        self.bar.score.setText(self.score.text() if self.score.answered or self.score.tries else "")
        self.changed.emit()

    def refusal(self, kind: str) -> str:
        """Why a run cannot go now (it would show steps that are asked), or "" (``Walk.refusal``)."""
        if kind in ("forward", "backward") or (kind == "run-forward" and not self.values):
            return ""
        return self.tr(
            "Predict mode: answer each step (Enter), or Show it; leave Predict mode to run the rest."
        )

    def eventFilter(self, watched, event) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange and self.posed is not None:
            self._pose(self.posed, keep_answer=True)
        return False
