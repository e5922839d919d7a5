"""The Graph tab's controls: the expression row (presets, expression, values, Build) and the step bar.

Each command is a QAction on the tab with its shortcut, always enabled, so that its keys work
whichever of the tab's widgets has focus and never fall through to the window (a step that cannot
be taken now says why in the status bar). The buttons are separate from the actions: they show,
enabled or not, what the walk allows now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import ExprError
from ...files import escaped
from ...graph import presets
from ...translation import translate
from .. import theme
from ..flow_layout import FlowLayout
from ..widgets import MessageLabel, guard_wheel, key_text, narrow


def command(owner: QWidget, text: str, name: str, shortcut=None, tip: str = "") -> QAction:
    """An action of ``owner`` (the tab) whose keys work wherever the focus is inside it."""
    action = QAction(text, owner)
    action.setObjectName(name.replace("Button", "Action"))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        # only while the focus is in the tab: a hidden tab's keys do nothing, the shown one's always work
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setProperty("buttonName", name)
    describe(action, tip)
    owner.addAction(action)
    return action


def describe(action: QAction, tip: str | None = None) -> None:
    """The tooltip "Run backward: finish both passes (Alt+Shift+Left)": name, what it does, keys."""
    tip = tip or action.property("tip") or ""
    action.setProperty("tip", tip)
    keys = key_text(action.shortcut())
    name = action.text().strip(" ▶◀")
    if keys:
        action.setToolTip(f"{name}: {tip} ({keys})" if tip else f"{name} ({keys})")
    elif tip:
        action.setToolTip(tip)


class WalkKeys(QObject):
    """An event filter: the walk's keys win over an input's own use of them.

    A line edit takes Alt+Backspace as its undo; in the Graph tab that key is Step back, whichever
    widget has focus. Filtering the ShortcutOverride leaves it unaccepted, so the tab's shortcut runs.
    """

    def __init__(self, actions: list[QAction], parent: QObject | None = None):
        super().__init__(parent)
        self.keys = {a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 - Qt's virtual
        if event.type() == QEvent.Type.ShortcutOverride:
            if QKeySequence(event.keyCombination()).toString() in self.keys:
                event.ignore()
                return True
        return False

    def watch(self, root: QWidget) -> None:
        """Filter every text input in ``root``."""
        for child in root.findChildren(QWidget):
            if isinstance(child, (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QComboBox)):
                child.installEventFilter(self)


def adopt(bar: QWidget, actions) -> None:
    """Make ``bar`` the actions' parent (they stay the tab's, for their keys).

    A language switch tells two texts that read alike apart by the classes of a text's owners:
    the bar's class is the context its actions' texts were translated in ("Fit" is also the
    Regression tab's word for fitting a curve).
    """
    for action in actions:
        action.setParent(bar)


AROUND = 24  # characters of the text shown on each side of a mistake


def marked(source: str, column: int) -> str:
    """The text around ``column`` (1-based) with that character marked ⟦so⟧; far ends cut to "…"."""
    i = column - 1
    before, after = source[max(0, i - AROUND) : i], source[i + 1 : i + 1 + AROUND]
    head = "…" if i > AROUND else ""
    tail = "…" if i + 1 + AROUND < len(source) else ""
    return f"{head}{before}⟦{source[i : i + 1] or ' '}⟧{after}{tail}"


class CommandButton(QToolButton):
    """A button that triggers an action; enabled by what the walk allows, not by the action."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(parent, objectName=action.property("buttonName"))
        self.action = action
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCheckable(action.isCheckable())
        self.clicked.connect(lambda: action.trigger())
        action.changed.connect(self.follow)
        action.toggled.connect(self.setChecked)
        self.follow()

    def follow(self) -> None:
        """Take the action's text and tooltip (after a language switch too)."""
        self.setText(self.action.text())
        self.setToolTip(self.action.toolTip())
        self.setAccessibleName(self.action.text().strip(" ▶◀"))


class ExpressionBar(QWidget):
    """Presets, the expression and its values, Build, Undo and Redo; and the message about the boxes."""

    build_requested = Signal()
    preset_chosen = Signal(str)
    texts_edited = Signal()

    def __init__(self, owner: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.preset_combo = narrow(QComboBox(objectName="graphPresetCombo"), 12)
        self.preset_combo.addItem(self.tr("Presets…"), None)
        for p in presets.PRESETS:
            self.preset_combo.addItem(translate("graph.presets", p.title), p.key)
        self.preset_combo.setToolTip(self.tr("Load a graph from the course or from Karpathy's guide"))
        self.preset_combo.setAccessibleName(self.tr("Presets"))
        self.preset_combo.activated.connect(self._preset_activated)
        self.expression_edit = QLineEdit(objectName="graphExpressionEdit")
        self.expression_edit.setPlaceholderText("x*x + y*y")
        self.expression_edit.setToolTip(
            self.tr(
                "An expression: + - * / **, exp log sqrt sin cos tanh sigmoid relu abs, norm(a, b), "
                "max(a, b), min(a, b)"
            )
        )
        self.values_edit = QLineEdit(objectName="graphValuesEdit")
        self.values_edit.setPlaceholderText("x=1, y=3")
        self.values_edit.setToolTip(self.tr("The variables' values, like x=1, y=3"))
        self.values_edit.setAccessibleName(self.tr("Values"))
        self.expression_edit.setAccessibleName(self.tr("Expression"))
        for edit in (self.expression_edit, self.values_edit):
            # a long text scrolls inside the box: the box never asks the window for more room
            edit.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            edit.setMinimumWidth(80)
            edit.returnPressed.connect(self.build_requested)
            edit.textEdited.connect(self.texts_edited)
        self.build_action = command(owner, self.tr("Build"), "graphBuildButton")
        self.build_action.triggered.connect(self.build_requested)
        self.undo_action = command(owner, self.tr("Undo"), "graphUndoButton", QKeySequence.StandardKey.Undo)
        self.redo_action = command(
            owner, self.tr("Redo"), "graphRedoButton", QKeySequence(self.tr("Ctrl+Shift+Z"))
        )
        for action in (self.build_action, self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.buttons = {a: CommandButton(a) for a in (self.build_action, self.undo_action, self.redo_action)}
        adopt(self, self.buttons)
        self.error = MessageLabel(objectName="graphExpressionError", max_lines=2)
        theme.tint(self.error, "error")
        self.error.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preset_combo)
        row.addWidget(QLabel(self.tr("f =")))
        row.addWidget(self.expression_edit, 3)
        row.addWidget(QLabel(self.tr("at")))
        row.addWidget(self.values_edit, 2)
        for button in self.buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        guard_wheel(self)

    def set_locked(self, locked: bool) -> None:
        """An exercise: the graph stays as the teacher made it (the boxes read-only, Build and Undo off)."""
        for edit in (self.expression_edit, self.values_edit):
            edit.setReadOnly(locked)
        self.preset_combo.setEnabled(not locked)
        for action, button in self.buttons.items():
            action.setEnabled(not locked)
            button.setEnabled(not locked)

    def _preset_activated(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        self.preset_combo.setCurrentIndex(0)
        if key is not None:
            self.preset_chosen.emit(key)

    def set_texts(self, expression: str, values: str, unwritable: bool = False) -> None:
        """The boxes' texts; ``unwritable``: the graph is too big to write as one expression."""
        self.expression_edit.setText(expression)
        self.expression_edit.setPlaceholderText(
            self.tr("too big to write as one expression: change it in the builder")
            if unwritable
            else "x*x + y*y"
        )
        self.values_edit.setText(values)

    def show_error(self, error: ExprError | None, which: str = "expression") -> None:
        """Say what is wrong with a box, the bad character marked ⟦so⟧; None hides the message."""
        if error is None:
            self.error.hide()
            self.error.clear()
            return
        source = self.values_edit.text() if which == "values" else self.expression_edit.text()
        where = self.tr("in the values") if which == "values" else self.tr("in the expression")
        text = f"✗ {where}: {error.message}"
        if error.column and 0 < error.column <= len(source) + 1:
            text += "  " + self.tr("column {n}").format(n=error.column) + ": " + marked(source, error.column)
        self.error.setText(escaped(text))  # one line, whatever the boxes hold (a pasted newline)
        self.error.show()

    def retranslate(self, retranslated) -> None:
        """The presets' names and the buttons' tooltips in the new language (``retranslated(tip)``)."""
        for action in self.buttons:
            describe(action, retranslated(action.property("tip") or ""))
        for i in range(1, self.preset_combo.count()):
            key = self.preset_combo.itemData(i)
            self.preset_combo.setItemText(i, translate("graph.presets", presets.preset(key).title))


class StepBar(QWidget):
    """The walk's buttons (steps, runs, Reset, Play and its speed), Keep gradients, Export and Fit."""

    def __init__(self, owner: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.forward_action = command(
            owner,
            self.tr("Forward step ▶"),
            "graphStepForwardButton",
            "Alt+Right",
            self.tr("compute the next node"),
        )
        self.backward_action = command(
            owner,
            self.tr("◀ Backward step"),
            "graphStepBackwardButton",
            "Alt+Left",
            self.tr("send the gradient along the next edge"),
        )
        self.back_action = command(
            owner, self.tr("Step back"), "graphStepBackButton", "Alt+Backspace", self.tr("undo the last step")
        )
        self.run_forward_action = command(
            owner,
            self.tr("Run forward"),
            "graphRunForwardButton",
            "Alt+Shift+Right",
            self.tr("compute every node"),
        )
        self.run_backward_action = command(
            owner,
            self.tr("Run backward"),
            "graphRunBackwardButton",
            "Alt+Shift+Left",
            self.tr("finish both passes"),
        )
        self.reset_action = command(
            owner,
            self.tr("Reset"),
            "graphResetButton",
            "Ctrl+R",
            self.tr("start a new walk from the first node"),
        )
        self.play_action = QAction(self.tr("Play"), owner)
        self.play_action.setCheckable(True)
        self.play_action.setObjectName("graphPlayAction")
        self.play_action.setProperty("buttonName", "graphPlayButton")
        self.play_action.setShortcut(QKeySequence("F5"))
        self.play_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        describe(self.play_action, self.tr("take a step at a time, at the speed set"))
        owner.addAction(self.play_action)
        self.fit_action = command(
            owner, self.tr("Fit"), "graphFitButton", "Ctrl+0", self.tr("fit the graph to the view")
        )
        self.export_action = command(
            owner, self.tr("Export…"), "graphExportButton", tip=self.tr("save the drawing as PNG or SVG")
        )
        self.walk_actions = [
            self.back_action,
            self.forward_action,
            self.backward_action,
            self.run_forward_action,
            self.run_backward_action,
            self.reset_action,
            self.play_action,
        ]
        self.buttons = {
            a: CommandButton(a) for a in [*self.walk_actions, self.export_action, self.fit_action]
        }
        adopt(self, self.buttons)

        self.speed = QSlider(Qt.Orientation.Horizontal, objectName="graphSpeedSlider")
        self.speed.setRange(1, 20)
        self.speed.setValue(4)
        self.speed.setMinimumWidth(60)
        self.speed.setMaximumWidth(120)
        self.speed.setToolTip(self.tr("Play speed: steps per second"))
        self.speed.setAccessibleName(self.tr("Play speed"))
        self.keep_gradients = QCheckBox(self.tr("Keep gradients"), objectName="graphKeepGradientsCheck")
        self.keep_gradients.setToolTip(
            self.tr(
                "On: a new backward pass adds to the gradients already there instead of starting from "
                "zero. That is what forgetting zero_grad() does in PyTorch."
            )
        )
        self.keep_gradients_note = MessageLabel(
            self.tr("gradients pile up, as without zero_grad()"), max_lines=2
        )
        theme.tint(self.keep_gradients_note, "note")

        row = FlowLayout(self)  # two rows when zoomed (or narrow): no button off the window's edge
        row.setContentsMargins(0, 0, 0, 0)
        for action in self.walk_actions:
            row.addWidget(self.buttons[action])
        row.addWidget(self.speed)
        row.addSpacing(8)
        row.addWidget(self.keep_gradients)
        row.addWidget(self.keep_gradients_note, 1)
        row.addWidget(self.buttons[self.export_action])
        row.addWidget(self.buttons[self.fit_action])
        guard_wheel(self)

    def show_walk(self, phase: str, can_step_back: bool, playing: bool) -> None:
        """Enable the buttons the walk allows now (their keys stay live and say when they can't act)."""
        allowed = {
            self.forward_action: phase == "forward",
            self.backward_action: phase == "backward",
            self.back_action: can_step_back,
            self.run_forward_action: phase == "forward",
            self.run_backward_action: phase != "done",
            self.play_action: phase != "done" or playing,
        }
        for action, on in allowed.items():
            self.buttons[action].setEnabled(on)

    def retranslate(self, retranslated) -> None:
        """The tooltips again, in the new language (``retranslated(tip)`` gives the new words)."""
        for action in self.buttons:
            describe(action, retranslated(action.property("tip") or ""))
