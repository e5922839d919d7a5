"""The Gradient Descent tab's controls: the function and start, the optimizers with their rates, the race bar.

They show the race model's settings and report what the student edits (``edited`` carries the
changed settings, as typed); they decide nothing. The race bar (Play, Step, Reset, speed) lives
outside the scrolling settings, so it is always in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...descent import FUNCTIONS, OPTIMIZERS, RaceSettings
from ...descent.race import MAX_STEPS_RANGE, SPEED_RANGE, rate_field
from ...translation import translate
from .. import theme
from ..widgets import MessageLabel, guard_wheel, narrow


class DescentControls(QWidget):
    """The function, where to start, and each optimizer's switch and learning rate."""

    preset_chosen = Signal(str)
    expression_entered = Signal(str)
    edited = Signal(dict)  # RaceSettings fields that the student changed, as typed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.function_combo = narrow(QComboBox(objectName="descentFunctionCombo"), 18)
        self.function_combo.setAccessibleName(self.tr("Function"))
        for f in FUNCTIONS:
            self.function_combo.addItem(translate("descent.presets", f.title), f.key)
        self.function_combo.activated.connect(self._chosen)
        self.expression_edit = QLineEdit(objectName="descentExpressionEdit")
        self.expression_edit.setAccessibleName(self.tr("Function to descend"))
        self.expression_edit.setToolTip(
            self.tr("Any function of x, or of x and y, in the expression language")
        )
        self.apply_button = QPushButton(self.tr("Apply"), objectName="descentApplyButton")
        self.apply_button.clicked.connect(self._apply)
        self.expression_edit.returnPressed.connect(self._apply)
        self.expression_error = _error_label("descentExpressionError")
        self.note = MessageLabel(objectName="descentFunctionNote")
        theme.tint(self.note, "note")
        # under the function's description, where it is read (and in view at 1280×800)
        self.stability_label = MessageLabel(objectName="descentStabilityLabel", max_lines=8)
        self.start_edit = QLineEdit(objectName="descentStartEdit")
        self.start_edit.setAccessibleName(self.tr("Start point"))
        self.start_edit.setToolTip(self.tr("Where every optimizer starts; or click on the map"))
        self.start_edit.editingFinished.connect(lambda: self.edited.emit({"start": self.start_edit.text()}))

        function_box = QGroupBox(self.tr("Function"))
        f_layout = QVBoxLayout(function_box)
        f_layout.addWidget(self.function_combo)
        row = QHBoxLayout()
        row.addWidget(QLabel("f ="))
        row.addWidget(self.expression_edit, 1)
        row.addWidget(self.apply_button)
        f_layout.addLayout(row)
        f_layout.addWidget(self.expression_error)
        f_layout.addWidget(self.note)
        f_layout.addWidget(self.stability_label)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Start")))
        start_row.addWidget(self.start_edit, 1)
        f_layout.addLayout(start_row)
        # each input's message right under it, in the error colour, shown only while it is wrong
        self.errors: dict[str, MessageLabel] = {"start": _error_label("descentStartError")}
        f_layout.addWidget(self.errors["start"])

        optimizer_box = QGroupBox(self.tr("Optimizers (learning rate)"))
        grid = QGridLayout(optimizer_box)
        self.enabled: dict[str, QCheckBox] = {}
        self.rates: dict[str, QLineEdit] = {}
        for row_index, kind in enumerate(OPTIMIZERS):
            check = QCheckBox(objectName=f"descentOptimizer{kind}Check")
            check.toggled.connect(self._switched)
            rate = QLineEdit(objectName=f"descentRate{kind}Edit")
            rate.setMaximumWidth(90)
            rate.editingFinished.connect(self._rates_edited)
            self.enabled[kind], self.rates[kind] = check, rate
            grid.addWidget(check, 2 * row_index, 0)
            grid.addWidget(rate, 2 * row_index, 1)
            self.errors[rate_field(kind)] = _error_label(f"descentRate{kind}Error")
            grid.addWidget(self.errors[rate_field(kind)], 2 * row_index + 1, 0, 1, 2)
        self.momentum_edit = QLineEdit(objectName="descentMomentumEdit")
        self.momentum_edit.setAccessibleName(self.tr("Momentum"))
        self.momentum_edit.setToolTip(self.tr("Momentum and Nesterov keep this fraction of their last step"))
        self.momentum_edit.editingFinished.connect(
            lambda: self.edited.emit({"momentum": self.momentum_edit.text()})
        )
        self.max_steps = QSpinBox(objectName="descentMaxStepsSpin")
        self.max_steps.setAccessibleName(self.tr("Max steps"))
        self.max_steps.setRange(*MAX_STEPS_RANGE)
        self.max_steps.setSingleStep(500)
        self.max_steps.editingFinished.connect(
            lambda: self.edited.emit({"max_steps": self.max_steps.value()})
        )
        self.tolerance_edit = QLineEdit(objectName="descentToleranceEdit")
        self.tolerance_edit.setAccessibleName(self.tr("Stop at |grad| <"))
        self.tolerance_edit.setToolTip(
            self.tr("An optimizer stops when its gradient's length falls below this")
        )
        self.tolerance_edit.editingFinished.connect(
            lambda: self.edited.emit({"tolerance": self.tolerance_edit.text()})
        )
        self.errors["momentum"] = _error_label("descentMomentumError")
        self.errors["tolerance"] = _error_label("descentToleranceError")
        form = QFormLayout()
        form.addRow(self.tr("Momentum"), self.momentum_edit)
        form.addRow(self.errors["momentum"])
        form.addRow(self.tr("Max steps"), self.max_steps)  # a spin box: never wrong
        form.addRow(self.tr("Stop at |grad| <"), self.tolerance_edit)
        form.addRow(self.errors["tolerance"])
        grid.addLayout(form, 2 * len(OPTIMIZERS), 0, 1, 2)

        help_label = QLabel(
            self.tr(
                "Gradient descent is p -= lr × grad, as in torchGd1.py; the others follow torch.optim's "
                "algorithms, computed in float64. net2.py's classic update moves x in x·x twice per loop, "
                "so its run equals plain descent with learning rate 0.02 here. Click on the map to start "
                "somewhere else."
            )
        )
        help_label.setWordWrap(True)
        theme.tint(help_label, "note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (function_box, optimizer_box, help_label):
            layout.addWidget(part)
        layout.addStretch(1)
        guard_wheel(self)

    def rename(self, names: dict[str, str]) -> None:
        """The optimizers' and presets' names in the language now in use."""
        for kind, check in self.enabled.items():
            check.setText(names[kind])
            self.rates[kind].setAccessibleName(self.tr("{name}: learning rate").format(name=names[kind]))
        for i, f in enumerate(FUNCTIONS):
            self.function_combo.setItemText(i, translate("descent.presets", f.title))
        if self.function_combo.count() > len(FUNCTIONS):
            self.function_combo.setItemText(len(FUNCTIONS), self.tr("Your function"))

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each wrong input's message under it; the others' cleared (``problems``: field → sentence)."""
        for field_name, label in self.errors.items():
            label.setText(problems.get(field_name, ""))
            label.setVisible(field_name in problems)

    def show_note(self, text: str) -> None:
        """The function's description and, for a costly one, how coarse its map is ("" takes no room)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_expression_error(self, text: str) -> None:
        self.expression_error.setText(text)
        self.expression_error.setVisible(bool(text))

    def show_settings(self, settings: RaceSettings) -> None:
        """Show ``settings`` without reporting them back as edits."""
        widgets = [self.function_combo, self.max_steps, *self.enabled.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        combo, typed = self.function_combo, len(FUNCTIONS)  # the typed function's entry, after the presets
        if settings.function:
            if combo.count() > typed:
                combo.removeItem(typed)
            combo.setCurrentIndex(combo.findData(settings.function))
        else:  # not a preset's function: the combo says so, and any preset can be chosen again
            if combo.count() == typed:
                combo.addItem(self.tr("Your function"), "")
            combo.setCurrentIndex(typed)
        self.expression_edit.setText(settings.expression)
        self.start_edit.setText(settings.start)
        for kind in OPTIMIZERS:
            self.enabled[kind].setChecked(settings.on[kind])
            self.rates[kind].setText(settings.rates[kind])
        self.momentum_edit.setText(settings.momentum)
        self.tolerance_edit.setText(settings.tolerance)
        self.max_steps.setValue(settings.max_steps)
        del blockers

    def colour(self, colours: dict[str, str]) -> None:
        """Each optimizer's name in its curve's colour, as readable on a dark theme as on a light one."""
        for kind, check in self.enabled.items():
            check.setStyleSheet(f"QCheckBox {{ color: {colours[kind]}; font-weight: bold; }}")

    def _chosen(self, index: int) -> None:
        key = self.function_combo.itemData(index)
        if key:  # "Your function" is what is shown already
            self.preset_chosen.emit(key)

    def _apply(self) -> None:
        self.expression_entered.emit(self.expression_edit.text())

    def _switched(self) -> None:
        self.edited.emit({"on": {kind: check.isChecked() for kind, check in self.enabled.items()}})

    def _rates_edited(self) -> None:
        self.edited.emit({"rates": {kind: edit.text() for kind, edit in self.rates.items()}})


def _error_label(name: str) -> MessageLabel:
    """A message about one input, in the theme's error colour, hidden while there is none."""
    label = MessageLabel(objectName=name)
    theme.tint(label, "error")
    label.hide()
    return label


class RaceBar(QWidget):
    """Play/Pause, Step, Reset and the speed: the race's primary actions, pinned under the settings."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="descentRaceBar")
        self.play_button = QPushButton(self.tr("Play"), objectName="descentPlayButton")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Run or pause the race (F5)"))
        self.step_button = QPushButton(self.tr("Step"), objectName="descentStepButton")
        self.step_button.setToolTip(self.tr("One step for every optimizer still running (F6)"))
        self.reset_button = QPushButton(self.tr("Reset"), objectName="descentResetButton")
        self.reset_button.setToolTip(self.tr("Back to the start (Ctrl+R)"))
        self.speed = QSlider(Qt.Orientation.Horizontal, objectName="descentSpeedSlider")
        self.speed.setAccessibleName(self.tr("Race speed"))
        self.speed.setRange(*SPEED_RANGE)
        self.speed_label = QLabel(objectName="descentSpeedLabel")
        # why the race cannot start, one line, where the student looks when Play does nothing
        self.settings_error = MessageLabel(objectName="descentSettingsError", max_lines=2)
        theme.tint(self.settings_error, "error")
        self.settings_error.hide()
        buttons = QHBoxLayout()
        for button in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.settings_error)
        layout.addLayout(speed_row)
        guard_wheel(self)

    def set_playing(self, playing: bool) -> None:
        with QSignalBlocker(self.play_button):
            self.play_button.setChecked(playing)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def show_problem(self, text: str) -> None:
        """Why Play and Step cannot race now ("" when they can)."""
        self.settings_error.setText(text)
        self.settings_error.setVisible(bool(text))

    def show_speed(self, speed: int, steps_per_second: int) -> None:
        with QSignalBlocker(self.speed):
            self.speed.setValue(speed)
        self.speed_label.setText(self.tr("{n} steps/s").format(n=steps_per_second))
